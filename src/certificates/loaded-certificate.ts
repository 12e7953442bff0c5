// A certificate read from a file or a store: its public facts, and (when the file had it) its private key.
// The key is held in a module-private WeakMap, not in a property: it cannot be printed, enumerated,
// serialised or reached by reflection, and only this folder's modules hand it on (to msal, or into a store).

import { createHash, X509Certificate, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { dotnetDistinguishedName } from './distinguished-name.js';

const privateKeys = new WeakMap<LoadedCertificate, KeyObject>();

export class LoadedCertificate {
  /** SHA-1 of the DER certificate, upper-case hex (X509Certificate2.Thumbprint). */
  readonly thumbprint: string;
  /** SHA-256 of the DER certificate, upper-case hex. */
  readonly thumbprintSha256: string;
  /** As .NET prints it: `CN=…, O=…, C=…`. */
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Upper-case hex, as X509Certificate2.SerialNumber. */
  readonly serialNumber: string;
  readonly hasPrivateKey: boolean;
  /** 'rsa', 'ec', … (the public key's type). */
  readonly keyType: string;
  /** Where it was read from (a file path), if anywhere. */
  readonly source: string | undefined;
  /** The certificate itself (public). */
  readonly x509: X509Certificate;
  /** Further certificates that came in the same file (a chain), leaf excluded. */
  readonly chain: readonly X509Certificate[];

  constructor(x509: X509Certificate, privateKey: KeyObject | undefined, options: { source?: string; chain?: readonly X509Certificate[] } = {}) {
    this.x509 = x509;
    this.thumbprint = x509.fingerprint.replace(/:/g, '').toUpperCase();
    this.thumbprintSha256 = x509.fingerprint256.replace(/:/g, '').toUpperCase();
    this.subject = dotnetDistinguishedName(x509.subject);
    this.issuer = dotnetDistinguishedName(x509.issuer);
    this.notBefore = new Date(x509.validFrom);
    this.notAfter = new Date(x509.validTo);
    this.serialNumber = x509.serialNumber.toUpperCase();
    this.keyType = x509.publicKey.asymmetricKeyType ?? 'unknown';
    this.hasPrivateKey = privateKey !== undefined;
    this.source = options.source;
    this.chain = options.chain ?? [];
    if (privateKey) privateKeys.set(this, privateKey);
    Object.freeze(this);
  }

  /** The DER bytes (X509Certificate2.RawData). */
  get rawData(): Buffer {
    return this.x509.raw;
  }

  /** The DER certificate's hash (GetCertHash with a HashAlgorithmName): undefined for a name .NET does not know. */
  hash(algorithm: string): Buffer | undefined {
    const name = ({ MD5: 'md5', SHA1: 'sha1', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512' } as Record<string, string>)[algorithm];
    return name ? createHash(name).update(this.x509.raw).digest() : undefined;
  }

  /** The public key's size in bits (RSA's modulus), undefined where .NET prints none. */
  get keyBits(): number | undefined {
    return this.x509.publicKey.asymmetricKeyDetails?.modulusLength;
  }

  /** The certificate (not the key) as PEM. */
  toPem(): string {
    return this.x509.toString();
  }

  /** Public facts only: JSON.stringify never sees the key. */
  toJSON(): Record<string, unknown> {
    return {
      thumbprint: this.thumbprint,
      subject: this.subject,
      issuer: this.issuer,
      notBefore: this.notBefore.toISOString(),
      notAfter: this.notAfter.toISOString(),
      serialNumber: this.serialNumber,
      hasPrivateKey: this.hasPrivateKey,
    };
  }

  toString(): string {
    return `[Subject]\n  ${this.subject}\n\n[Issuer]\n  ${this.issuer}\n\n[Serial Number]\n  ${this.serialNumber}\n\n[Not Before]\n  ${this.notBefore.toISOString()}\n\n[Not After]\n  ${this.notAfter.toISOString()}\n\n[Thumbprint]\n  ${this.thumbprint}\n`;
  }

  [inspect.custom](): string {
    return `LoadedCertificate ${inspect(this.toJSON())}`;
  }
}

/** The private key, for this folder's modules only (index.ts does not export it). */
export function privateKeyOf(certificate: LoadedCertificate): KeyObject | undefined {
  return privateKeys.get(certificate);
}
