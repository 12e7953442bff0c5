// System.Security.Cryptography.X509Certificates.X509Certificate2 as a PowerShell value (its own module:
// its dates are DateTimeValues, and datetime.ts already depends on values.ts through enum-types.ts).

import type { LoadedCertificate } from '../certificates/index.js';
import { DateTimeValue } from './datetime.js';
import { PSObject } from './values.js';

export const X509_CERTIFICATE2 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

/**
 * System.Security.Cryptography.X509Certificates.X509Certificate2: the public facts of a
 * LoadedCertificate as PowerShell properties. The private key stays inside the LoadedCertificate
 * (src/certificates keeps it out of reach); `certificateOf` hands the certificate to the sign-in.
 * `PSParentPath` is set for certificates that come from the Cert: drive (it groups the table).
 */
export class X509Certificate2 extends PSObject {
  readonly #certificate: LoadedCertificate;
  constructor(certificate: LoadedCertificate, psParentPath?: string) {
    super(
      X509_CERTIFICATE2,
      {
        Thumbprint: certificate.thumbprint,
        Subject: certificate.subject,
        Issuer: certificate.issuer,
        // System.DateTime values, so `$cert.NotAfter -lt (Get-Date).AddDays(30)` compares as in pwsh.
        NotBefore: new DateTimeValue(certificate.notBefore.getTime()),
        NotAfter: new DateTimeValue(certificate.notAfter.getTime()),
        HasPrivateKey: certificate.hasPrivateKey,
        FriendlyName: '',
        SerialNumber: certificate.serialNumber,
        EnhancedKeyUsageList: [],
        ...(psParentPath ? { PSParentPath: psParentPath } : {}),
      },
      ['Thumbprint', 'Subject', 'EnhancedKeyUsageList'],
      certificateText(certificate),
    );
    this.#certificate = certificate;
  }
  get certificate(): LoadedCertificate {
    return this.#certificate;
  }
}

/** X509Certificate2.ToString(): the bracketed sections .NET prints (dates in the invariant `G` format). */
function certificateText(c: LoadedCertificate): string {
  const sections: Array<[string, string]> = [
    ['Subject', c.subject],
    ['Issuer', c.issuer],
    ['Serial Number', c.serialNumber],
    ['Not Before', new DateTimeValue(c.notBefore.getTime()).toString()],
    ['Not After', new DateTimeValue(c.notAfter.getTime()).toString()],
    ['Thumbprint', c.thumbprint],
  ];
  return sections.map(([name, value]) => `[${name}]\n  ${value}\n`).join('\n');
}

/**
 * The certificate behind a value that a script passes on (`Connect-SPOService -Certificate $cert`):
 * an X509Certificate2, also when it arrives in a one-element array; undefined for anything else.
 */
export function certificateOf(value: unknown): LoadedCertificate | undefined {
  const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return v instanceof X509Certificate2 ? v.certificate : undefined;
}
