// The parts of a DER certificate that X509Certificate2 shows and node:crypto does not: the version, the
// signature algorithm, the public key's algorithm, parameters and bits, the extensions' OIDs, and the
// encoded subject and issuer names. A small DER reader (definite lengths, as DER requires).

interface Element {
  tag: number;
  /** The whole element, header included. */
  start: number;
  contentStart: number;
  end: number;
}

function readElement(der: Uint8Array, at: number): Element {
  const tag = der[at]!;
  let length = der[at + 1]!;
  let contentStart = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[contentStart + i]!;
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > der.length) throw new RangeError('truncated DER');
  return { tag, start: at, contentStart, end };
}

function children(der: Uint8Array, parent: Element): Element[] {
  const out: Element[] = [];
  for (let at = parent.contentStart; at < parent.end; ) {
    const e = readElement(der, at);
    out.push(e);
    at = e.end;
  }
  return out;
}

function oidText(der: Uint8Array, e: Element): string {
  const bytes = der.subarray(e.contentStart, e.end);
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

export interface CertificateExtension {
  oid: string;
  critical: boolean;
  /** The extension's value (the OCTET STRING's content). */
  value: Uint8Array;
}

export interface CertificateFields {
  /** 1, 2 or 3 (X509Certificate2.Version). */
  version: number;
  signatureAlgorithm: string;
  publicKeyAlgorithm: string;
  /** The AlgorithmIdentifier's parameters as DER (05 00 for RSA's NULL). */
  publicKeyParameters: Uint8Array;
  /** The subjectPublicKey BIT STRING's bytes (its unused-bits octet left out). */
  publicKey: Uint8Array;
  subjectName: Uint8Array;
  issuerName: Uint8Array;
  extensions: CertificateExtension[];
}

const BOOLEAN = 0x01;
const CONTEXT_0 = 0xa0;
const CONTEXT_3 = 0xa3;

export function certificateFields(der: Uint8Array): CertificateFields {
  const certificate = readElement(der, 0);
  const [tbs, signatureAlgorithm] = children(der, certificate);
  const parts = children(der, tbs!);
  let i = 0;
  let version = 1;
  if (parts[0]!.tag === CONTEXT_0) {
    const [v] = children(der, parts[0]!);
    version = der[v!.end - 1]! + 1;
    i = 1;
  }
  const [issuer, , subject, spki] = parts.slice(i + 2, i + 6);
  const [keyAlgorithm, keyBits] = children(der, spki!);
  const [keyOid, keyParameters] = children(der, keyAlgorithm!);
  const extensions: CertificateExtension[] = [];
  const holder = parts.slice(i + 6).find((p) => p.tag === CONTEXT_3);
  if (holder) {
    const [sequence] = children(der, holder);
    for (const ext of children(der, sequence!)) {
      const fields = children(der, ext);
      const critical = fields.length === 3 && fields[1]!.tag === BOOLEAN && der[fields[1]!.contentStart] !== 0;
      const value = fields[fields.length - 1]!;
      extensions.push({ oid: oidText(der, fields[0]!), critical, value: der.subarray(value.contentStart, value.end) });
    }
  }
  return {
    version,
    signatureAlgorithm: oidText(der, children(der, signatureAlgorithm!)[0]!),
    publicKeyAlgorithm: oidText(der, keyOid!),
    publicKeyParameters: keyParameters ? der.subarray(keyParameters.start, keyParameters.end) : new Uint8Array(),
    publicKey: der.subarray(keyBits!.contentStart + 1, keyBits!.end),
    subjectName: der.subarray(subject!.start, subject!.end),
    issuerName: der.subarray(issuer!.start, issuer!.end),
    extensions,
  };
}

/** Oid.FriendlyName on Linux (.NET asks OpenSSL for extensions' names), recorded from PowerShell 7.6.10. */
const FRIENDLY_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.113549.1.1.5': 'sha1RSA',
  '1.2.840.113549.1.1.11': 'sha256RSA',
  '1.2.840.113549.1.1.12': 'sha384RSA',
  '1.2.840.113549.1.1.13': 'sha512RSA',
  '1.2.840.10045.2.1': 'ECC',
  '1.2.840.10045.4.3.2': 'sha256ECDSA',
  '1.2.840.10045.4.3.3': 'sha384ECDSA',
  '2.5.29.14': 'X509v3 Subject Key Identifier',
  '2.5.29.15': 'X509v3 Key Usage',
  '2.5.29.17': 'X509v3 Subject Alternative Name',
  '2.5.29.19': 'X509v3 Basic Constraints',
  '2.5.29.31': 'X509v3 CRL Distribution Points',
  '2.5.29.32': 'X509v3 Certificate Policies',
  '2.5.29.35': 'X509v3 Authority Key Identifier',
  '2.5.29.37': 'X509v3 Extended Key Usage',
  '1.3.6.1.5.5.7.1.1': 'Authority Information Access',
};

/** The OID's friendly name, or empty when .NET would know none that is recorded here. */
export function oidFriendlyName(oid: string): string {
  return FRIENDLY_NAMES[oid] ?? '';
}
