// Writing certificates: a self-signed certificate for an app registration (the sandbox's), and PKCS#12
// files (a password-protected .pfx to hand to people, and the password-less files .NET keeps in its
// directory stores). RSA keys come from node:crypto; forge only lays out the certificate and the PFX,
// and the certificate is signed with node:crypto (forge's pure-JavaScript RSA is ten times slower).

import { generateKeyPair, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { fromBinary, loadForge, toBinary } from './forge.js';
import { LoadedCertificate, privateKeyOf } from './loaded-certificate.js';

const generateRsa = promisify(generateKeyPair);

export interface SelfSignedOptions {
  /** The subject's common name. */
  commonName: string;
  /** Further subject attributes, e.g. { O: 'Contoso' }. */
  organization?: string;
  /** Validity from now; default 365 days. */
  days?: number;
  /** RSA modulus; default 2048. */
  modulusLength?: number;
}

/** A new RSA key and a self-signed certificate for it (client authentication), kept in memory. */
export async function createSelfSignedCertificate(options: SelfSignedOptions): Promise<LoadedCertificate> {
  const [forge, pair] = await Promise.all([loadForge(), generateRsa('rsa', { modulusLength: options.modulusLength ?? 2048 })]);
  const { publicKey, privateKey } = pair as { publicKey: KeyObject; privateKey: KeyObject };
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(toBinary(spki))));
  // A positive 16-byte serial number, as certificate tools make.
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f;
  cert.serialNumber = serial.toString('hex');
  const now = Date.now();
  cert.validity.notBefore = new Date(Math.floor(now / 1000) * 1000 - 60_000);
  cert.validity.notAfter = new Date(cert.validity.notBefore.getTime() + (options.days ?? 365) * 86_400_000);
  // Most significant first, so .NET prints `CN=…, O=…`.
  const name = [...(options.organization ? [{ shortName: 'O', value: options.organization }] : []), { shortName: 'CN', value: options.commonName }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true },
  ]);
  cert.signatureOid = forge.pki.oids.sha256WithRSAEncryption!;
  cert.siginfo.algorithmOid = cert.signatureOid;
  const tbs = fromBinary(forge.asn1.toDer(forge.pki.getTBSCertificate(cert)).getBytes());
  cert.signature = toBinary(sign('sha256', tbs, privateKey));
  const der = fromBinary(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes());
  return new LoadedCertificate(new X509Certificate(der), privateKey);
}

export interface PfxWriteOptions {
  /** null: no password, no encryption, no MAC (what .NET's stores on Linux hold). */
  password: string | null;
  /** PBKDF2 / MAC iterations; default 2048 (OpenSSL's). */
  iterations?: number;
}

/**
 * The certificate (and its private key, if it has one) as a PKCS#12 file: with a password, the key
 * encrypted with AES-256-CBC and PBKDF2-HMAC-SHA256 and a MAC, which OpenSSL 3, .NET and this shell read.
 */
export async function writePfx(certificate: LoadedCertificate, options: PfxWriteOptions): Promise<Buffer> {
  const forge = await loadForge();
  const key = privateKeyOf(certificate);
  let forgeKey = null;
  if (key) {
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`writePfx handles RSA keys only, not ${key.asymmetricKeyType}.`);
    const pkcs1 = key.export({ type: 'pkcs1', format: 'der' });
    forgeKey = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(toBinary(pkcs1))));
  }
  const forgeCert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.createBuffer(toBinary(certificate.rawData))));
  const asn1 = forge.pkcs12.toPkcs12Asn1(forgeKey, [forgeCert], options.password, {
    algorithm: 'aes256',
    prfAlgorithm: 'sha256',
    count: options.iterations ?? 2048,
    useMac: options.password !== null,
  });
  return fromBinary(forge.asn1.toDer(asn1).getBytes());
}
