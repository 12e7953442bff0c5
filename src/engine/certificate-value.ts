// System.Security.Cryptography.X509Certificates.X509Certificate2 as a PowerShell value (its own module:
// its dates are DateTimeValues, and datetime.ts already depends on values.ts through enum-types.ts).

import type { LoadedCertificate } from '../certificates/index.js';
// The two small modules directly: the certificates folder's index (node-forge's loader, the stores) stays lazy.
import { certificateFields, oidFriendlyName, type CertificateExtension, type CertificateFields } from '../certificates/certificate-fields.js';
import { dotnetDistinguishedName } from '../certificates/distinguished-name.js';
import { DateTimeValue } from './datetime.js';
import { MethodCallError } from './member-error.js';
import { PSObject } from './values.js';

export const X509_CERTIFICATE2 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';
const OID = 'System.Security.Cryptography.Oid';

/**
 * System.Security.Cryptography.X509Certificates.X509Certificate2: the public facts of a
 * LoadedCertificate as PowerShell properties, in the order `Format-List *` lists them in pwsh 7.6.10
 * on Linux. PrivateKey names the key's type only (the key stays inside the LoadedCertificate:
 * src/certificates keeps it out of reach); Handle is left out (docs/language.md). `certificateOf`
 * hands the certificate to the sign-in. `PSParentPath` is set for certificates that come from the
 * Cert: drive (it groups the table).
 */
export class X509Certificate2 extends PSObject {
  readonly #certificate: LoadedCertificate;
  readonly #fields: CertificateFields;
  constructor(certificate: LoadedCertificate, psParentPath?: string) {
    const fields = certificateFields(certificate.rawData);
    super(
      X509_CERTIFICATE2,
      {
        // pwsh's script properties: on Linux they read Windows' stores and give nothing.
        EnhancedKeyUsageList: null,
        DnsNameList: null,
        SendAsTrustedIssuer: null,
        Archived: false,
        Extensions: fields.extensions.map(extensionValue),
        FriendlyName: '',
        HasPrivateKey: certificate.hasPrivateKey,
        // Only the key's type, as pwsh prints it (an RSA key: RSAOpenSsl; .NET gives null for an EC key);
        // the placeholder has no members, so nothing of the key can be read through it.
        PrivateKey: certificate.hasPrivateKey && certificate.keyType === 'rsa' ? typeOnly('System.Security.Cryptography.RSAOpenSsl') : null,
        IssuerName: distinguishedNameValue(certificate.issuer, fields.issuerName),
        // System.DateTime values, so `$cert.NotAfter -lt (Get-Date).AddDays(30)` compares as in pwsh.
        NotAfter: new DateTimeValue(certificate.notAfter.getTime()),
        NotBefore: new DateTimeValue(certificate.notBefore.getTime()),
        PublicKey: publicKeyValue(fields, certificate.keyBits),
        RawData: [...certificate.rawData],
        RawDataMemory: memoryOf(certificate.rawData.length),
        SerialNumber: certificate.serialNumber,
        SignatureAlgorithm: oidValue(fields.signatureAlgorithm),
        SubjectName: distinguishedNameValue(certificate.subject, fields.subjectName),
        Thumbprint: certificate.thumbprint,
        Version: fields.version,
        Issuer: certificate.issuer,
        Subject: certificate.subject,
        SerialNumberBytes: memoryOf(certificate.serialNumber.length / 2),
        ...(psParentPath ? { PSParentPath: psParentPath } : {}),
      },
      ['Thumbprint', 'Subject', 'EnhancedKeyUsageList'],
      certificateText(certificate),
    );
    this.#certificate = certificate;
    this.#fields = fields;
  }
  get certificate(): LoadedCertificate {
    return this.#certificate;
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const c = this.#certificate;
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').toUpperCase();
    switch (`${name.toLowerCase()}/${args.length}`) {
      case 'getcerthash/0':
        return { value: [...Buffer.from(c.thumbprint, 'hex')] };
      case 'getcerthashstring/0':
        return { value: c.thumbprint };
      case 'getcerthash/1':
        return { value: [...hashOf(c, name, args[0])] };
      case 'getcerthashstring/1':
        return { value: hex(hashOf(c, name, args[0])) };
      case 'getrawcertdata/0':
        return { value: [...c.rawData] };
      case 'getrawcertdatastring/0':
        return { value: hex(c.rawData) };
      case 'getserialnumber/0':
        // The legacy X509Certificate API gives the serial number's bytes least significant first.
        return { value: [...Buffer.from(c.serialNumber.padStart(c.serialNumber.length + (c.serialNumber.length % 2), '0'), 'hex')].reverse() };
      case 'getserialnumberstring/0':
        return { value: c.serialNumber };
      case 'getname/0':
        return { value: dotnetDistinguishedName(c.x509.subject, 'forward') };
      case 'getissuername/0':
        return { value: dotnetDistinguishedName(c.x509.issuer, 'forward') };
      case 'geteffectivedatestring/0':
        return { value: new DateTimeValue(c.notBefore.getTime()).toString() };
      case 'getexpirationdatestring/0':
        return { value: new DateTimeValue(c.notAfter.getTime()).toString() };
      case 'getkeyalgorithm/0':
        return { value: this.#fields.publicKeyAlgorithm };
      case 'getpublickeystring/0':
        return { value: hex(this.#fields.publicKey) };
      case 'getpublickey/0':
        return { value: [...this.#fields.publicKey] };
      case 'getformat/0':
        return { value: 'X509' };
      case 'export/1':
        return { value: exportCertificate(c, args[0]) };
      case 'tostring/0':
        return { value: this.toString() };
      case 'tostring/1':
        return { value: isTrue(args[0]) ? verboseText(c, this.#fields) : this.toString() };
      default:
        return undefined;
    }
  }
}

function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'number' && v !== 0) || (typeof v === 'string' && v.length > 0);
}

function hashOf(c: LoadedCertificate, method: string, algorithm: unknown): Buffer {
  const name = String(algorithm ?? '');
  const digest = c.hash(name);
  if (!digest) throw new MethodCallError(`Exception calling "${method}" with "1" argument(s): "'${name}' is not a known hash algorithm."`, 'MethodInvocationException', 'CryptographicException');
  return digest;
}

/** Export(X509ContentType): 'Cert' (1) gives the DER certificate; the types that would carry the key are not offered. */
function exportCertificate(c: LoadedCertificate, contentType: unknown): number[] {
  const text = String(contentType);
  if (/^(cert|1)$/i.test(text)) return [...c.rawData];
  throw new MethodCallError(`Exception calling "Export" with "1" argument(s): "spo-shell exports certificates as 'Cert' only."`, 'MethodInvocationException', 'CryptographicException');
}

/** An object of which spo-shell shows only the type's name (it has no members). */
function typeOnly(type: string): PSObject {
  return new PSObject(type, {}, undefined, type);
}

/** System.ReadOnlyMemory<byte>: pwsh shows its type and length; the bytes are RawData's. */
function memoryOf(length: number): PSObject {
  return new PSObject('System.ReadOnlyMemory`1[[System.Byte, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]', { Length: length, IsEmpty: length === 0 }, undefined, `System.ReadOnlyMemory<Byte>[${length}]`);
}

/** System.Security.Cryptography.Oid: its text is the type's name, as PowerShell shows it in a list. */
function oidValue(oid: string): PSObject {
  return new PSObject(OID, { Value: oid, FriendlyName: oidFriendlyName(oid) }, undefined, OID);
}

function distinguishedNameValue(name: string, der: Uint8Array): PSObject {
  const type = 'System.Security.Cryptography.X509Certificates.X500DistinguishedName';
  return new PSObject(type, { Name: name, Oid: oidValue(''), RawData: [...der] }, undefined, type);
}

function extensionValue(e: CertificateExtension): PSObject {
  // pwsh shows each extension in the Extensions list as `System.Security.Cryptography.Oid`.
  return new PSObject('System.Security.Cryptography.X509Certificates.X509Extension', { Critical: e.critical, Oid: oidValue(e.oid), RawData: [...e.value] }, undefined, OID);
}

function publicKeyValue(f: CertificateFields, _bits: number | undefined): PSObject {
  const type = 'System.Security.Cryptography.X509Certificates.PublicKey';
  const asn = 'System.Security.Cryptography.AsnEncodedData';
  const encoded = (bytes: Uint8Array) => new PSObject(asn, { Oid: oidValue(f.publicKeyAlgorithm), RawData: [...bytes] }, undefined, asn);
  return new PSObject(type, { EncodedKeyValue: encoded(f.publicKey), EncodedParameters: encoded(f.publicKeyParameters), Oid: oidValue(f.publicKeyAlgorithm) }, undefined, type);
}

/** X509Certificate2.ToString(): the bracketed sections .NET prints (dates in the invariant `G` format). */
function certificateText(c: LoadedCertificate): string {
  return sectionsText([
    ['Subject', [c.subject]],
    ['Issuer', [c.issuer]],
    ['Serial Number', [c.serialNumber]],
    ['Not Before', [new DateTimeValue(c.notBefore.getTime()).toString()]],
    ['Not After', [new DateTimeValue(c.notAfter.getTime()).toString()]],
    ['Thumbprint', [c.thumbprint]],
  ]);
}

function sectionsText(sections: ReadonlyArray<readonly [string, readonly string[]]>): string {
  return sections.map(([name, lines]) => `[${name}]\n${lines.map((l) => `  ${l}\n`).join('')}`).join('\n');
}

/** The common name .NET gives as the Simple and DNS names (its GetNameInfo), when the name has one. */
function commonName(nodeText: string): string {
  const cn = nodeText.split('\n').reverse().find((l) => l.startsWith('CN='));
  return cn ? cn.slice(3).replace(/\\(.)/g, '$1') : '';
}

/** X509Certificate2.ToString(true), as .NET 10 on Linux words it. */
function verboseText(c: LoadedCertificate, f: CertificateFields): string {
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').toUpperCase();
  const named = (dn: string, nodeText: string) => [dn, `Simple Name: ${commonName(nodeText)}`, `DNS Name: ${commonName(nodeText)}`];
  const head = sectionsText([
    ['Version', [`V${f.version}`]],
    ['Subject', named(c.subject, c.x509.subject)],
    ['Issuer', named(c.issuer, c.x509.issuer)],
    ['Serial Number', [c.serialNumber]],
    ['Not Before', [new DateTimeValue(c.notBefore.getTime()).toString()]],
    ['Not After', [new DateTimeValue(c.notAfter.getTime()).toString()]],
    ['Thumbprint', [c.thumbprint]],
    ['Signature Algorithm', [`${oidFriendlyName(f.signatureAlgorithm)}(${f.signatureAlgorithm})`]],
    ['Public Key', [`Algorithm: ${oidFriendlyName(f.publicKeyAlgorithm)}`, `Length: ${c.keyBits ?? ''}`, `Key Blob: ${hex(f.publicKey)}`, `Parameters: ${hex(f.publicKeyParameters)}`]],
  ]);
  // The private key's section names nothing of the key (.NET prints no key material on Linux either).
  const privateKey = c.hasPrivateKey ? '\n[Private Key]\n\n' : '';
  const extensions = f.extensions.length
    ? '\n[Extensions]\n' + f.extensions.map((e) => `* ${oidFriendlyName(e.oid) || e.oid}(${e.oid}):\n  ${extensionText(e)}\n`).join('')
    : '';
  return head + privateKey + extensions;
}

const USAGES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'TLS Web Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'TLS Web Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'E-mail Protection',
};

/** OpenSSL's wording of the common extensions' values (what .NET's Format prints on Linux); colon hex otherwise. */
function extensionText(e: CertificateExtension): string {
  const colonHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(':');
  const v = e.value;
  try {
    switch (e.oid) {
      case '2.5.29.14': // SubjectKeyIdentifier: OCTET STRING
        return colonHex(v.subarray(2, 2 + v[1]!));
      case '2.5.29.35': // AuthorityKeyIdentifier: SEQUENCE { [0] keyIdentifier }
        if (v[2] === 0x80) return colonHex(v.subarray(4, 4 + v[3]!));
        break;
      case '2.5.29.19': {
        // BasicConstraints: SEQUENCE { BOOLEAN cA DEFAULT FALSE, INTEGER pathLen OPTIONAL }
        const ca = v[2] === 0x01 && v[4] !== 0;
        const rest = ca ? v.subarray(5) : v.subarray(2);
        return `CA:${ca ? 'TRUE' : 'FALSE'}${rest[0] === 0x02 ? `, pathlen:${rest[2]}` : ''}`;
      }
      case '2.5.29.37': {
        // ExtendedKeyUsage: SEQUENCE OF OBJECT IDENTIFIER
        const names: string[] = [];
        for (let at = 2; at < v.length; at += 2 + v[at + 1]!) names.push(USAGES[oidOf(v.subarray(at + 2, at + 2 + v[at + 1]!))] ?? oidOf(v.subarray(at + 2, at + 2 + v[at + 1]!)));
        return names.join(', ');
      }
    }
  } catch {
    // fall through to the bytes
  }
  return colonHex(v);
}

function oidOf(bytes: Uint8Array): string {
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0) parts.push(Math.min(2, Math.floor(value / 40)), value - Math.min(2, Math.floor(value / 40)) * 40);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/**
 * The certificate behind a value that a script passes on (`Connect-SPOService -Certificate $cert`):
 * an X509Certificate2, also when it arrives in a one-element array; undefined for anything else.
 */
export function certificateOf(value: unknown): LoadedCertificate | undefined {
  const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return v instanceof X509Certificate2 ? v.certificate : undefined;
}
