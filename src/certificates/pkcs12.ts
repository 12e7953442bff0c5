// Reading certificates from PKCS#12 (.pfx) files. node-forge decrypts every variant OpenSSL writes
// (OpenSSL 3's default AES-256-CBC with PBKDF2 and a SHA-256 MAC, legacy 3DES, -legacy RC2-40, files
// without a password, files without a MAC); Node's crypto cannot do RC2, and no other maintained library
// reads them all (facts §3). forge is used only to decrypt: the key goes straight to
// crypto.createPrivateKey and the certificate DER to crypto.X509Certificate, which compute everything else.

import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileNotFound, noCertificate, notPkcs12, unreadable, wrongPassword } from './errors.js';
import { fromBinary, loadForge, toBinary, type Forge } from './forge.js';
import { LoadedCertificate } from './loaded-certificate.js';

/**
 * Reads a certificate file as X509Certificate2's constructor does: a PKCS#12 file (with `password`; an
 * absent or empty password opens files made without one), or a plain X.509 certificate (DER or PEM,
 * which has no private key). Errors are CertificateError, each one sentence naming the path.
 */
export async function readCertificateFile(path: string, password?: string | null): Promise<LoadedCertificate> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fileNotFound(path);
    if (code === 'EISDIR') throw unreadable(path, 'it is a directory');
    if (code === 'EACCES' || code === 'EPERM') throw unreadable(path, 'permission denied');
    throw unreadable(path, (e as Error).message);
  }
  return readCertificateBytes(bytes, password, path);
}

/** As readCertificateFile, for bytes already in memory; `source` names them in errors. */
export async function readCertificateBytes(bytes: Uint8Array, password: string | null | undefined, source: string): Promise<LoadedCertificate> {
  const plain = plainCertificate(bytes);
  if (plain) return new LoadedCertificate(plain, undefined, { source });
  return readPfx(bytes, password, source);
}

/** Reads a PKCS#12 file's bytes. */
export async function readPfx(bytes: Uint8Array, password: string | null | undefined, source: string): Promise<LoadedCertificate> {
  const forge = await loadForge();
  const asn1 = parsePfxStructure(forge, bytes);
  if (!asn1) throw notPkcs12(source);
  // PKCS#12 tells "no password" (no bytes) from "empty password" (a BMPString terminator); OpenSSL and
  // .NET try both when none is given, and so does this.
  const attempts: Array<string | null> = password ? [password] : [password === null ? null : '', password === null ? '' : null];
  let pfx: ReturnType<Forge['pkcs12']['pkcs12FromAsn1']> | undefined;
  let failure = '';
  let macPassedWithoutPassword = false;
  for (const attempt of attempts) {
    try {
      pfx = forge.pkcs12.pkcs12FromAsn1(asn1, false, attempt);
      break;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
      if (attempt === null && !/MAC could not be verified/.test(failure)) macPassedWithoutPassword = true;
    }
  }
  if (!pfx && macPassedWithoutPassword) {
    // .NET's store files: the MAC is keyed with no password at all but the contents are encrypted with
    // the empty one, which forge cannot do in one call. The MAC has just been verified (without a
    // password), so decrypt with "" from a copy that leaves the MAC out.
    try {
      const parts = asn1.value as Array<(typeof asn1)>;
      pfx = forge.pkcs12.pkcs12FromAsn1({ ...asn1, value: parts.slice(0, 2) }, false, '');
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
  }
  if (!pfx) {
    // forge names what it does not implement; anything else in a well-formed PFX is a failed MAC or
    // decryption, i.e. the wrong password.
    if (/unsupported|not supported/i.test(failure)) throw unreadable(source, `it uses a PKCS#12 feature this shell cannot read (${failure.replace(/\.$/, '')})`);
    throw wrongPassword(source);
  }
  return pairKeyAndCertificate(forge, pfx, source);
}

/** The outer PFX structure (version 3, authSafe ContentInfo), or undefined when the bytes are not one. */
function parsePfxStructure(forge: Forge, bytes: Uint8Array): ReturnType<Forge['asn1']['fromDer']> | undefined {
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(toBinary(bytes)), { strict: false, parseAllBytes: false });
    const parts = asn1.value;
    if (asn1.type !== forge.asn1.Type.SEQUENCE || !Array.isArray(parts) || parts.length < 2) return undefined;
    const [version, authSafe] = parts as [(typeof parts)[number], (typeof parts)[number]];
    if (version.type !== forge.asn1.Type.INTEGER || version.value !== '\u0003') return undefined;
    if (authSafe.type !== forge.asn1.Type.SEQUENCE || !Array.isArray(authSafe.value)) return undefined;
    const contentType = authSafe.value[0];
    if (!contentType || contentType.type !== forge.asn1.Type.OID || typeof contentType.value !== 'string') return undefined;
    const oid = forge.asn1.derToOid(contentType.value);
    return oid === forge.pki.oids.data || oid === forge.pki.oids.signedData ? asn1 : undefined;
  } catch {
    return undefined;
  }
}

function pairKeyAndCertificate(forge: Forge, pfx: ReturnType<Forge['pkcs12']['pkcs12FromAsn1']>, source: string): LoadedCertificate {
  const oids = forge.pki.oids;
  const bags = (type: string) => pfx.getBags({ bagType: type })[type] ?? [];
  const keys: KeyObject[] = [];
  for (const bag of [...bags(oids.pkcs8ShroudedKeyBag!), ...bags(oids.keyBag!)]) {
    // forge decodes RSA keys itself and keeps any other kind (EC, …) as PrivateKeyInfo ASN.1.
    const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
    if (!info) continue;
    try {
      keys.push(createPrivateKey({ key: fromBinary(forge.asn1.toDer(info).getBytes()), format: 'der', type: 'pkcs8' }));
    } catch {
      // An unusable key bag is ignored, as .NET does; the certificate then has no private key.
    }
  }
  const certificates: X509Certificate[] = [];
  for (const bag of bags(oids.certBag!)) {
    const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    if (!asn1) continue;
    try {
      certificates.push(new X509Certificate(fromBinary(forge.asn1.toDer(asn1).getBytes())));
    } catch {
      // Not an X.509 certificate Node can read: skipped.
    }
  }
  if (certificates.length === 0) throw noCertificate(source);
  // The certificate that goes with a key is the one to use (a file may also carry its chain).
  for (const certificate of certificates) {
    const key = keys.find((k) => matches(certificate, k));
    if (key) return new LoadedCertificate(certificate, key, { source, chain: certificates.filter((c) => c !== certificate) });
  }
  return new LoadedCertificate(certificates[0]!, undefined, { source, chain: certificates.slice(1) });
}

function matches(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    return false;
  }
}

/** A lone X.509 certificate in DER or PEM (a .cer/.crt file), or undefined. */
function plainCertificate(bytes: Uint8Array): X509Certificate | undefined {
  const text = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  const looksPem = text.includes('-----BEGIN CERTIFICATE-----') || Buffer.from(bytes).includes('-----BEGIN CERTIFICATE-----');
  // A DER certificate is SEQUENCE { SEQUENCE (tbs) …}; a PFX is SEQUENCE { INTEGER 3 …}: tell them apart cheaply.
  const looksDer = bytes[0] === 0x30 && derSecondElementIsSequence(bytes);
  if (!looksPem && !looksDer) return undefined;
  try {
    return new X509Certificate(Buffer.from(bytes));
  } catch {
    return undefined;
  }
}

function derSecondElementIsSequence(bytes: Uint8Array): boolean {
  const lengthByte = bytes[1] ?? 0;
  const headerLength = lengthByte < 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  return bytes[headerLength] === 0x30;
}
