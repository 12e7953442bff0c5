// System.Security.Cryptography's hash algorithms as admin scripts use them: SHA1/SHA256/SHA384/SHA512/MD5
// ::Create() and ::HashData(), the older SHA256Managed and *CryptoServiceProvider classes, HashAlgorithm's
// Create(name), and HMACSHA1/256/384/512 and HMACMD5 with their Key. node:crypto is fetched on the first
// hash (process.getBuiltinModule: synchronous, as the .NET calls are), not at start-up. The objects' type
// names, properties and exceptions are pwsh 7.6.10's.

import type * as NodeCrypto from 'node:crypto';
import { ConversionError, unwrap } from './convert.js';
import { DotNetException, MethodCallError, noOverload } from './member-error.js';
import { PSObject } from './values.js';
import { byteArray, bytesArgument, intArgument, notNegative, toBytes } from './bytes.js';
import { streamOf } from './streams.js';
import type { ConstructOutcome } from './construct-types.js';

const crypto = (): typeof NodeCrypto => process.getBuiltinModule('node:crypto') as typeof NodeCrypto;

const CRYPTOGRAPHY = 'System.Security.Cryptography';
/** Each algorithm's node:crypto name, hash size in bits, and HMAC block size in bytes. */
const ALGORITHMS: Readonly<Record<string, readonly [node: string, bits: number, block: number]>> = {
  SHA1: ['sha1', 160, 64],
  SHA256: ['sha256', 256, 64],
  SHA384: ['sha384', 384, 128],
  SHA512: ['sha512', 512, 128],
  MD5: ['md5', 128, 64],
};

const ambiguous = (name: string, count: number) =>
  new MethodCallError(`Multiple ambiguous overloads found for "${name}" and the argument count: "${count}".`, 'MethodException', 'MethodCountCouldNotFindBest');

/** The bytes a ComputeHash/HashData argument stands for: a byte[] or the rest of a stream. */
function hashInput(value: unknown, method: string, parameter: string, count: number): Uint8Array {
  const v = unwrap(value);
  // $null fits both the byte[] and the Stream overload.
  if (v === null || v === undefined) throw ambiguous(method, count);
  const stream = streamOf(v);
  if (stream) return stream.readRest();
  return bytesArgument(value, method, parameter)!;
}

/** A HashAlgorithm (SHA256+Implementation, SHA256Managed, MD5CryptoServiceProvider, HMACSHA256 ...). */
export class HashAlgorithmValue extends PSObject {
  #disposed = false;
  #key: Uint8Array | undefined;
  constructor(
    typeName: string,
    readonly algorithm: string,
    key?: Uint8Array,
  ) {
    const [, bits] = ALGORITHMS[algorithm]!;
    const common = { HashSize: bits, Hash: null, InputBlockSize: 1, OutputBlockSize: 1, CanTransformMultipleBlocks: true, CanReuseTransform: true };
    super(typeName, key ? { Key: null, HashName: algorithm, ...common } : common, undefined, typeName);
    if (key) this.#setKey(key);
  }
  get isHmac(): boolean {
    return this.#key !== undefined;
  }
  /** .NET keeps a key longer than the hash's block as the key's hash. */
  #setKey(key: Uint8Array): void {
    const [node, , block] = ALGORITHMS[this.algorithm]!;
    this.#key = key.length > block ? new Uint8Array(crypto().createHash(node).update(key).digest()) : Uint8Array.from(key);
    this.properties.set('Key', byteArray(this.#key));
  }
  compute(bytes: Uint8Array): Uint8Array {
    const [node] = ALGORITHMS[this.algorithm]!;
    const c = crypto();
    const digest = this.#key ? c.createHmac(node, this.#key).update(bytes).digest() : c.createHash(node).update(bytes).digest();
    const hash = new Uint8Array(digest);
    this.properties.set('Hash', byteArray(hash));
    return hash;
  }
  override assign(name: string, value: unknown): boolean {
    if (name.toLowerCase() !== 'key' || !this.#key) return false;
    let bytes: Uint8Array | null;
    try {
      bytes = unwrap(value) === null || unwrap(value) === undefined ? null : toBytes(value);
    } catch (e) {
      if (e instanceof ConversionError) throw new MethodCallError(`Exception setting "Key": "${e.message}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
      throw e;
    }
    if (bytes === null) throw new MethodCallError(`Exception setting "Key": "Value cannot be null. (Parameter 'value')"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
    this.#setKey(bytes);
    return true;
  }
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    switch (name.toLowerCase()) {
      case 'computehash':
        return { value: this.#computeHash(args) };
      case 'dispose':
      case 'clear':
        if (args.length !== 0) throw noOverload(name.toLowerCase() === 'clear' ? 'Clear' : 'Dispose', args.length);
        this.#disposed = true;
        this.properties.set('Hash', null);
        return { value: undefined };
      case 'initialize':
        if (args.length !== 0) throw noOverload('Initialize', args.length);
        return { value: undefined };
      case 'tostring':
        if (args.length !== 0) throw noOverload('ToString', args.length);
        return { value: this.typeName };
    }
    return undefined;
  }
  #computeHash(args: unknown[]): unknown {
    if (args.length === 1) {
      const bytes = hashInput(args[0], 'ComputeHash', 'buffer', 1);
      this.#checkDisposed();
      return byteArray(this.compute(bytes));
    }
    if (args.length !== 3) throw noOverload('ComputeHash', args.length);
    const bytes = bytesArgument(args[0], 'ComputeHash', 'buffer');
    const offset = intArgument(args[1], 'ComputeHash', 'offset');
    const count = intArgument(args[2], 'ComputeHash', 'count');
    if (bytes === null) throw new DotNetException("Value cannot be null. (Parameter 'buffer')", 'ArgumentNullException');
    if (offset < 0) throw notNegative('offset', offset);
    if (count < 0 || count > bytes.length) throw new DotNetException('Value was invalid.', 'ArgumentException');
    if (bytes.length - count < offset) {
      throw new DotNetException('Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.', 'ArgumentException');
    }
    this.#checkDisposed();
    return byteArray(this.compute(bytes.subarray(offset, offset + count)));
  }
  #checkDisposed(): void {
    if (this.#disposed) throw new DotNetException(`Cannot access a disposed object.\nObject name: '${this.typeName}'.`, 'ObjectDisposedException');
  }
}

/** The class names each algorithm goes by, and the type its objects report. */
const CLASS_NAMES: ReadonlyArray<readonly [className: string, algorithm: string, instanceType: string]> = [
  ...Object.keys(ALGORITHMS).map((a) => [a, a, `${CRYPTOGRAPHY}.${a}+Implementation`] as const),
  ...['SHA1', 'SHA256', 'SHA384', 'SHA512'].map((a) => [`${a}Managed`, a, `${CRYPTOGRAPHY}.${a}Managed`] as const),
  ...Object.keys(ALGORITHMS).map((a) => [`${a}CryptoServiceProvider`, a, `${CRYPTOGRAPHY}.${a}CryptoServiceProvider`] as const),
];

/** The names HashAlgorithm.Create(name) knows (.NET's CryptoConfig), and the class each makes. */
function createByName(name: string): HashAlgorithmValue | null {
  const n = name.toUpperCase().replace(/^SYSTEM\.SECURITY\.CRYPTOGRAPHY\./, '').replace(/^SHA-?(\d+)$/, 'SHA$1');
  const made: Readonly<Record<string, string>> = { SHA: 'SHA1CryptoServiceProvider', SHA1: 'SHA1CryptoServiceProvider', MD5: 'MD5CryptoServiceProvider', SHA256: 'SHA256Managed', SHA384: 'SHA384Managed', SHA512: 'SHA512Managed' };
  const className = made[n] ?? made[n.replace(/(MANAGED|CRYPTOSERVICEPROVIDER)$/, '')];
  return className ? newHashAlgorithm(className) : null;
}

function newHashAlgorithm(className: string): HashAlgorithmValue {
  const [, algorithm, instanceType] = CLASS_NAMES.find(([c]) => c === className)!;
  return new HashAlgorithmValue(instanceType, algorithm);
}

/** The full names of the hash algorithm classes a script can name (`[System.Security.Cryptography.SHA256]`). */
export function hashTypeNames(): string[] {
  return [`${CRYPTOGRAPHY}.HashAlgorithm`, ...CLASS_NAMES.map(([c]) => `${CRYPTOGRAPHY}.${c}`), ...Object.keys(ALGORITHMS).map((a) => `${CRYPTOGRAPHY}.HMAC${a}`)];
}

/** The static methods of each class: Create(), Create(name), HashData(source), HMAC's HashData(key, source). */
export function hashStaticMethods(): Record<string, Record<string, (args: unknown[]) => unknown>> {
  const create = (args: unknown[]) => {
    if (args.length === 0) throw new DotNetException('This platform does not allow the automatic selection of an algorithm.', 'PlatformNotSupportedException');
    if (args.length !== 1) throw noOverload('Create', args.length);
    const v = unwrap(args[0]);
    if (v === null || v === undefined) throw new DotNetException("Value cannot be null. (Parameter 'name')", 'ArgumentNullException');
    return createByName(String(v));
  };
  const table: Record<string, Record<string, (args: unknown[]) => unknown>> = {
    [`${CRYPTOGRAPHY}.HashAlgorithm`.toLowerCase()]: { create },
  };
  for (const algorithm of Object.keys(ALGORITHMS)) {
    table[`${CRYPTOGRAPHY}.${algorithm}`.toLowerCase()] = {
      create: (args) => (args.length === 0 ? newHashAlgorithm(algorithm) : create(args)),
      hashdata: (args) => {
        if (args.length !== 1) throw noOverload('HashData', args.length);
        return byteArray(new HashAlgorithmValue(algorithm, algorithm).compute(hashInput(args[0], 'HashData', 'source', 1)));
      },
    };
    table[`${CRYPTOGRAPHY}.HMAC${algorithm}`.toLowerCase()] = {
      hashdata: (args) => {
        if (args.length !== 2) throw noOverload('HashData', args.length);
        const key = unwrap(args[0]) === null ? null : bytesArgument(args[0], 'HashData', 'key');
        if (key === null) throw ambiguous('HashData', 2);
        return byteArray(new HashAlgorithmValue(algorithm, algorithm, key).compute(hashInput(args[1], 'HashData', 'source', 2)));
      },
    };
  }
  return table;
}

/** The constructors: SHA256Managed(), MD5CryptoServiceProvider() ...; HMACSHA256() (a random key) and HMACSHA256(byte[] key). */
export function constructHashAlgorithm(fullName: string, args: readonly unknown[]): ConstructOutcome {
  const className = fullName.slice(CRYPTOGRAPHY.length + 1);
  const hmac = /^HMAC(\w+)$/.exec(className);
  if (!hmac) {
    const known = CLASS_NAMES.find(([c, , instance]) => c === className && !instance.endsWith('+Implementation'));
    if (!known || args.length !== 0) return { kind: 'noOverload' };
    return { kind: 'created', value: newHashAlgorithm(className) };
  }
  const algorithm = hmac[1]!;
  if (args.length === 0) return { kind: 'created', value: new HashAlgorithmValue(fullName, algorithm, new Uint8Array(crypto().randomBytes(ALGORITHMS[algorithm]![2]))) };
  if (args.length !== 1) return { kind: 'noOverload' };
  const v = unwrap(args[0]);
  if (v === null || v === undefined) return { kind: 'failed', message: "Value cannot be null. (Parameter 'key')", errorId: 'ArgumentNullException' };
  try {
    const key = toBytes(args[0]);
    return { kind: 'created', value: new HashAlgorithmValue(fullName, algorithm, key) };
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    return { kind: 'argumentMismatch', parameter: 'key', value: v, targetType: 'System.Byte[]', method: '.ctor', inner: e.message };
  }
}

/** Whether a class has a public constructor (SHA256 itself is abstract: `::new()` finds none). */
export const isConstructibleHash = (className: string): boolean => /^HMAC/.test(className) || /(Managed|CryptoServiceProvider)$/.test(className);

/** The hash of a stream's rest or a file's bytes for Get-FileHash (upper-case hex). */
export function hexHash(algorithm: string, bytes: Uint8Array): string {
  return crypto().createHash(ALGORITHMS[algorithm]![0]).update(bytes).digest('hex').toUpperCase();
}

let statics: Record<string, Record<string, (args: unknown[]) => unknown>> | undefined;
/** `[<type>]::<name>(args)` for the hash classes (name in lower case): Create and HashData, inherited by every class. */
export function hashStaticCall(fullName: string, name: string, args: unknown[]): unknown {
  statics ??= hashStaticMethods();
  const className = fullName.slice(CRYPTOGRAPHY.length + 1);
  // SHA256Managed::Create() is SHA256's (a static inherited from it).
  const owner = /^HMAC/.test(className) || className === 'HashAlgorithm' ? className : className.replace(/(Managed|CryptoServiceProvider)$/, '');
  return statics[`${CRYPTOGRAPHY}.${owner}`.toLowerCase()]![name]!(args);
}
