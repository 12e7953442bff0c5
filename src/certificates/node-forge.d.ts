// The few parts of node-forge that src/certificates uses (the package ships no types, and only the
// dependency itself may be added to package.json). Byte strings are forge's "binary" strings: one
// character per byte.

declare module 'node-forge' {
  namespace forge {
    interface Asn1 {
      tagClass: number;
      type: number;
      constructed: boolean;
      value: Asn1[] | string;
    }
    interface ByteStringBuffer {
      getBytes(): string;
    }
    interface PrivateKey {
      readonly n: unknown;
    }
    interface PublicKey {
      readonly n: unknown;
    }
    interface Certificate {
      publicKey: PublicKey;
      serialNumber: string;
      signatureOid: string | null;
      siginfo: { algorithmOid: string | null };
      signature: string;
      validity: { notBefore: Date; notAfter: Date };
      setSubject(attrs: Array<{ name?: string; shortName?: string; value: string }>): void;
      setIssuer(attrs: Array<{ name?: string; shortName?: string; value: string }>): void;
      setExtensions(exts: Array<Record<string, unknown>>): void;
    }
    interface Bag {
      type: string;
      key?: PrivateKey | null;
      cert?: Certificate | null;
      asn1?: Asn1;
    }
    interface Pkcs12Pfx {
      getBags(filter: { bagType: string }): Record<string, Bag[] | undefined>;
    }
    interface Pkcs12Options {
      algorithm?: 'aes128' | 'aes192' | 'aes256' | '3des' | 'des';
      prfAlgorithm?: 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
      count?: number;
      useMac?: boolean;
      friendlyName?: string;
      generateLocalKeyId?: boolean;
    }
    const asn1: {
      Class: { UNIVERSAL: number; CONTEXT_SPECIFIC: number };
      Type: { INTEGER: number; SEQUENCE: number; OID: number; OCTETSTRING: number };
      fromDer(bytes: ByteStringBuffer | string, options?: boolean | { strict?: boolean; parseAllBytes?: boolean; decodeBitStrings?: boolean }): Asn1;
      toDer(obj: Asn1): ByteStringBuffer;
      derToOid(bytes: string): string;
    };
    const util: {
      createBuffer(bytes: string, encoding?: 'raw' | 'utf8'): ByteStringBuffer;
    };
    const pkcs12: {
      pkcs12FromAsn1(obj: Asn1, strict: boolean, password?: string | null): Pkcs12Pfx;
      toPkcs12Asn1(key: PrivateKey | null, cert: Certificate | Certificate[], password: string | null, options?: Pkcs12Options): Asn1;
    };
    const pki: {
      oids: Record<string, string>;
      certificateToAsn1(cert: Certificate): Asn1;
      certificateFromAsn1(obj: Asn1, computeHash?: boolean): Certificate;
      privateKeyToAsn1(key: PrivateKey): Asn1;
      privateKeyFromAsn1(obj: Asn1): PrivateKey;
      wrapRsaPrivateKey(rsaKey: Asn1): Asn1;
      publicKeyFromAsn1(obj: Asn1): PublicKey;
      createCertificate(): Certificate;
      getTBSCertificate(cert: Certificate): Asn1;
    };
  }
  export default forge;
}
