// What msal-node 7's ConfidentialClientApplication needs to sign a client assertion with a certificate:
// `auth.clientCertificate = { thumbprintSha256 | thumbprint, privateKey (PEM), x5c? }` (Configuration.ts).
// With thumbprintSha256 msal signs PS256 and sends `x5t#S256` and `x5c`; with the (deprecated) SHA-1
// thumbprint it signs RS256 with `x5t` (facts §3). Entra ID accepts only RSA certificate keys.

import type { KeyObject } from 'node:crypto';
import { noPrivateKey, notRsa } from './errors.js';
import { privateKeyOf, type LoadedCertificate } from './loaded-certificate.js';

export interface MsalClientCertificate {
  thumbprintSha256?: string;
  thumbprint?: string;
  /** PKCS#8 PEM. Lives only in memory, inside msal's configuration. */
  privateKey: string;
  /** The certificate (and its chain) as PEM; msal sends it as the x5c header with thumbprintSha256. */
  x5c?: string;
}

/**
 * The clientCertificate option for msal-node. Throws CertificateError (NoPrivateKey, NotRsa) in one
 * sentence when the certificate cannot sign. `sha1: true` picks the deprecated SHA-1 thumbprint (RS256).
 */
export function msalClientCertificate(certificate: LoadedCertificate, options: { sha1?: boolean } = {}): MsalClientCertificate {
  const key = signingKey(certificate);
  const privateKey = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  if (options.sha1) return { thumbprint: certificate.thumbprint, privateKey };
  const x5c = [certificate.toPem(), ...certificate.chain.map((c) => c.toString())].join('');
  return { thumbprintSha256: certificate.thumbprintSha256, privateKey, x5c };
}

/** Checks up front (before any request) that the certificate can sign an assertion. */
export function assertCanSign(certificate: LoadedCertificate): void {
  signingKey(certificate);
}

function signingKey(certificate: LoadedCertificate): KeyObject {
  const key = privateKeyOf(certificate);
  if (!key) throw noPrivateKey(certificate.thumbprint, certificate.subject);
  if (key.asymmetricKeyType !== 'rsa') throw notRsa(certificate.thumbprint, key.asymmetricKeyType ?? 'unknown');
  return key;
}
