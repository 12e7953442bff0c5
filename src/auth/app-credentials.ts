// What app-only and managed-identity sign-in need before any request: the certificate (from a file, the
// CurrentUser\My store or an X509Certificate2 value) and a managed-identity environment. Failures are
// one sentence each, and are found here, before anything goes over the wire.

import { resolve } from 'node:path';
import { ConnectArgumentError } from './clouds.js';
import type { ConnectArgs } from './connect-attempt.js';
import { SignInStrings as S } from './sign-in-strings.js';

export class AppCredentialError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
    readonly category: string,
  ) {
    super(message);
  }
}

/** The variables msal-node reads to find a managed-identity source other than IMDS. */
export const MANAGED_IDENTITY_VARIABLES = ['IDENTITY_ENDPOINT', 'MSI_ENDPOINT', 'IMDS_ENDPOINT', 'AZURE_POD_IDENTITY_AUTHORITY_HOST'] as const;

export const NO_MANAGED_IDENTITY =
  'No managed identity source is set up here: none of IDENTITY_ENDPOINT, MSI_ENDPOINT, IMDS_ENDPOINT or AZURE_POD_IDENTITY_AUTHORITY_HOST is set. On an Azure VM whose identity comes from the instance metadata service, set IMDS_ENDPOINT=http://169.254.169.254 and run the command again; elsewhere, sign in with -Credential, interactively, or as an app with a certificate.';

/**
 * Deliberate deviation (docs/sign-in.md): without any of these variables msal-node would probe the
 * instance metadata address 169.254.169.254 and wait for its timeout; the shell says so at once instead.
 */
export function assertManagedIdentityEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  if (MANAGED_IDENTITY_VARIABLES.some((name) => (env[name] ?? '') !== '')) return;
  throw new AppCredentialError(NO_MANAGED_IDENTITY, 'NoManagedIdentity', 'ResourceUnavailable');
}

/**
 * The user-assigned identity's client id, or undefined for the system-assigned identity. A client id
 * without -ManagedIdentityType means the user-assigned identity: signing in as the system-assigned one
 * instead would quietly act as another identity. UserAssigned without an id, or SystemAssigned with
 * one, cannot be meant: refused before any request.
 */
export function userAssignedClientId(args: ConnectArgs): string | undefined {
  const id = args.managedIdentityClientId === '' ? undefined : args.managedIdentityClientId;
  if (args.managedIdentityType === 'UserAssigned' && id === undefined) throw new ConnectArgumentError(S.ManagedIdentityClientIdMissing());
  if (args.managedIdentityType === 'SystemAssigned' && id !== undefined) throw new ConnectArgumentError(S.ManagedIdentityTypeConflict());
  return id;
}

/** The cmdlet gives a full path; a Windows drive path on Linux or macOS stays as typed (it names no file there). */
function certificateFilePath(path: string, cwd: string): string {
  return process.platform !== 'win32' && /^[A-Za-z]:([\\/]|$)/.test(path) ? path : resolve(cwd, path);
}

/** The certificate the app signs in with; CertificateError (one sentence) becomes AppCredentialError. */
export async function loadAppCertificate(args: ConnectArgs, cwd: string = process.cwd()) {
  const certs = await import('../certificates/index.js');
  const given = [args.certificate, args.certificatePath, args.certificateThumbprint].filter((v) => v !== undefined).length;
  if (given === 0) {
    throw new AppCredentialError(
      'App-only sign-in needs a certificate: give -CertificatePath (with -CertificatePassword when the file has one), -CertificateThumbprint or -Certificate.',
      'CertificateMissing',
      'InvalidArgument',
    );
  }
  if (given > 1) {
    throw new AppCredentialError('Give only one of -CertificatePath, -CertificateThumbprint and -Certificate.', 'CertificateAmbiguous', 'InvalidArgument');
  }
  // An empty path would name the current folder; say what is wrong instead.
  if (args.certificatePath !== undefined && args.certificatePath.trim() === '') {
    throw new AppCredentialError('-CertificatePath is empty: give the path of the certificate file (.pfx).', 'CertificateMissing', 'InvalidArgument');
  }
  try {
    const certificate =
      args.certificate ??
      (args.certificatePath !== undefined
        ? await certs.readCertificateFile(certificateFilePath(args.certificatePath, cwd), args.certificatePassword?.revealForSignIn() ?? null)
        : await certs.findCertificateByThumbprint(args.certificateThumbprint!));
    certs.assertCanSign(certificate);
    return { certificate, msal: certs.msalClientCertificate(certificate) };
  } catch (e) {
    if (e instanceof certs.CertificateError) {
      const category = e.reason === 'FileNotFound' || e.reason === 'ThumbprintNotFound' ? 'ObjectNotFound' : 'InvalidArgument';
      throw new AppCredentialError(e.message, `Certificate${e.reason}`, category);
    }
    throw e;
  }
}
