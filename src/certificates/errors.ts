// Certificate failures, each one sentence a person can act on. `dotnetMessage` is what .NET's
// X509Certificate2 constructor says for the same failure on Linux (PowerShell 7.6.10, observed), for the
// language's `[X509Certificate2]::new($path, $password)`, which wraps it as PowerShell does.

export type CertificateErrorReason =
  | 'FileNotFound'
  | 'Unreadable'
  | 'WrongPassword'
  | 'NotPkcs12'
  | 'NoCertificate'
  | 'NoPrivateKey'
  | 'NotRsa'
  | 'ThumbprintNotFound';

/** The SharePoint Online module's own text for a thumbprint that matches nothing (facts §3, topedia). */
export const THUMBPRINT_NOT_FOUND =
  'No certificate was found matching the specified parameters. Check the thumbprint or path, and then try again.';

const DOTNET: Partial<Record<CertificateErrorReason, string>> = {
  FileNotFound: 'error:10000080:BIO routines::no such file',
  WrongPassword: 'The certificate data cannot be read with the provided password, the password may be incorrect.',
  NotPkcs12: 'ASN1 corrupted data.',
  NoCertificate: 'Cannot find the requested object.',
};

export class CertificateError extends Error {
  override readonly name = 'CertificateError';
  /** What .NET's X509Certificate2 constructor says for this failure (undefined where .NET has no such failure). */
  readonly dotnetMessage: string | undefined;

  constructor(
    readonly reason: CertificateErrorReason,
    message: string,
  ) {
    super(message);
    this.dotnetMessage = DOTNET[reason];
  }
}

export function fileNotFound(path: string): CertificateError {
  return new CertificateError('FileNotFound', `Cannot find the certificate file '${path}' because it does not exist.`);
}

export function unreadable(path: string, why: string): CertificateError {
  return new CertificateError('Unreadable', `Cannot read the certificate file '${path}': ${why}.`);
}

export function wrongPassword(path: string): CertificateError {
  return new CertificateError('WrongPassword', `The certificate file '${path}' cannot be read with the provided password, the password may be incorrect.`);
}

export function notPkcs12(path: string): CertificateError {
  return new CertificateError('NotPkcs12', `The file '${path}' is not a PKCS#12 (.pfx) certificate file.`);
}

export function noCertificate(path: string): CertificateError {
  return new CertificateError('NoCertificate', `The PKCS#12 file '${path}' contains no certificate.`);
}

export function noPrivateKey(thumbprint: string, subject: string): CertificateError {
  return new CertificateError(
    'NoPrivateKey',
    `The certificate ${thumbprint} (${subject}) has no private key, and app-only sign-in needs the certificate with its private key.`,
  );
}

export function notRsa(thumbprint: string, keyType: string): CertificateError {
  return new CertificateError(
    'NotRsa',
    `The certificate ${thumbprint} has an ${keyType.toUpperCase()} key, and Microsoft Entra ID accepts only RSA keys for certificate sign-in.`,
  );
}

export function thumbprintNotFound(): CertificateError {
  return new CertificateError('ThumbprintNotFound', THUMBPRINT_NOT_FOUND);
}
