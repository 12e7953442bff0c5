// System.Security.Cryptography.RandomNumberGenerator and RNGCryptoServiceProvider, the cryptographic
// generators admin scripts fill an AES key with (`$key = New-Object Byte[] 32;
// [Security.Cryptography.RNGCryptoServiceProvider]::Create().GetBytes($key)`), with .NET's overloads and
// exception texts as pwsh 7.6.10 reports them. The bytes come from the operating system's generator
// (Web Crypto's getRandomValues, which Node loads on first use), never from a seeded one.

import { TypedArray, isTrue, toPSString, unwrap } from './convert.js';
import { byteArrayCopy } from './dotnet-random.js';
import { DotNetException, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import { typed } from './numeric.js';
import { integerArgument } from './time-conversions.js';
import { PSObject } from './values.js';

export const RANDOM_NUMBER_GENERATOR = 'System.Security.Cryptography.RandomNumberGenerator';
/** What RandomNumberGenerator.Create() returns: an internal type, so `[T]` does not find it. */
const IMPLEMENTATION = 'System.Security.Cryptography.RandomNumberGeneratorImplementation';
export const RNG_CRYPTO_SERVICE_PROVIDER = 'System.Security.Cryptography.RNGCryptoServiceProvider';
/** getRandomValues fills at most this many bytes at a time. */
const CHUNK = 65536;

/** Cryptographically strong bytes. */
function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  for (let at = 0; at < count; at += CHUNK) globalThis.crypto.getRandomValues(bytes.subarray(at, Math.min(count, at + CHUNK)));
  return bytes;
}

/** Writes strong random bytes into a byte[] in place (non-zero ones for GetNonZeroBytes). */
function fillBytes(target: unknown[], from: number, count: number, nonZero = false): void {
  let i = from;
  while (i < from + count) {
    for (const b of randomBytes(from + count - i)) {
      if (nonZero && b === 0) continue;
      target[i++] = typed(b, 'System.Byte');
    }
  }
}

/** A value [0, range) without modulo bias: draws above the largest whole multiple of the range are drawn again. */
function uniformBelow(range: number): number {
  const limit = Math.floor(0x100000000 / range) * range;
  for (;;) {
    const [draw] = globalThis.crypto.getRandomValues(new Uint32Array(1));
    if (draw! < limit) return draw! % range;
  }
}

const outOfRange = (message: string) => new DotNetException(message, 'ArgumentOutOfRangeException');

/**
 * An instance: what `RandomNumberGenerator.Create()` returns (RandomNumberGeneratorImplementation) or
 * `[RNGCryptoServiceProvider]::new()`. Dispose changes nothing, as in .NET, whose generator keeps working.
 */
export class RandomNumberGeneratorValue extends PSObject {
  constructor(typeName = IMPLEMENTATION) {
    super(typeName, {}, undefined, typeName);
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = ['GetBytes', 'GetNonZeroBytes', 'Dispose'].find((m) => m.toLowerCase() === name.toLowerCase());
    if (method === undefined) return undefined;
    const count = args.length;
    switch (`${method}/${count}`) {
      case 'Dispose/0':
        return { value: undefined };
      case 'GetBytes/1':
      case 'GetNonZeroBytes/1': {
        const target = byteArray(args[0], method, count);
        fillBytes(target, 0, target.length, method === 'GetNonZeroBytes');
        return { value: undefined };
      }
      case 'GetBytes/3': {
        const target = byteArray(args[0], method, count);
        const offset = integerArgument(args[1], method, 'offset', 'System.Int32') as number;
        const length = integerArgument(args[2], method, 'count', 'System.Int32') as number;
        if (offset < 0) throw invocationFailed(method, count, outOfRange(`offset ('${offset}') must be a non-negative value. (Parameter 'offset')\nActual value was ${offset}.`));
        if (length < 0) throw invocationFailed(method, count, outOfRange(`count ('${length}') must be a non-negative value. (Parameter 'count')\nActual value was ${length}.`));
        if (offset + length > target.length) {
          throw invocationFailed(method, count, new DotNetException('Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.', 'ArgumentException'));
        }
        fillBytes(target, offset, length);
        return { value: undefined };
      }
    }
    throw noOverload(method, count);
  }
}

/** A byte[] argument: the array itself, or the copy pwsh's binder makes of another value (filled unseen). */
function byteArray(value: unknown, method: string, count: number): unknown[] {
  const v = unwrap(value);
  if (v === null || v === undefined) throw invocationFailed(method, count, new DotNetException("Value cannot be null. (Parameter 'data')", 'ArgumentNullException'));
  return v instanceof TypedArray && v.elementType === 'System.Byte' ? v : byteArrayCopy(v, method, 'data');
}

const SPAN = 'System.Span`1[System.Byte]';

/**
 * The statics of RandomNumberGenerator, which RNGCryptoServiceProvider inherits: Create(), GetBytes(count),
 * Fill(Span<byte>) (a byte[] converts to the span; anything else is a ByRef-like conversion pwsh refuses),
 * GetInt32(toExclusive) and GetInt32(fromInclusive, toExclusive).
 */
export const RANDOM_NUMBER_GENERATOR_STATICS: Readonly<Record<string, (args: unknown[]) => unknown>> = {
  // Create(string rngName) looks the name up in CryptoConfig, which knows no generator by any name on .NET 10: $null.
  create: (a) => {
    if (a.length > 1) throw noOverload('Create', a.length);
    return a.length === 0 ? new RandomNumberGeneratorValue() : null;
  },
  getbytes: (a) => {
    if (a.length !== 1) throw noOverload('GetBytes', a.length);
    const count = integerArgument(a[0], 'GetBytes', 'count', 'System.Int32') as number;
    if (count < 0) throw invocationFailed('GetBytes', 1, outOfRange(`count ('${count}') must be a non-negative value. (Parameter 'count')\nActual value was ${count}.`));
    return TypedArray.of2('System.Byte', [...randomBytes(count)].map((b) => typed(b, 'System.Byte')));
  },
  fill: (a) => {
    if (a.length !== 1) throw noOverload('Fill', a.length);
    const v = unwrap(a[0]);
    if (!(v instanceof TypedArray && v.elementType === 'System.Byte')) {
      const shown = v === null || v === undefined ? '' : Array.isArray(v) ? 'System.Object[]' : toPSString(v);
      throw argumentConversionError('Fill', 'data', shown, SPAN, `Cannot convert to the ByRef-like type "${SPAN}". ByRef-like types are not supported in PowerShell.`);
    }
    fillBytes(v, 0, v.length);
    return undefined;
  },
  gethexstring: (a) => {
    if (a.length !== 1 && a.length !== 2) throw noOverload('GetHexString', a.length);
    const length = integerArgument(a[0], 'GetHexString', 'stringLength', 'System.Int32') as number;
    if (length < 0) throw invocationFailed('GetHexString', a.length, outOfRange("Specified argument was out of the range of valid values. (Parameter 'length')"));
    const digits = a.length === 2 && isTrue(a[1]) ? '0123456789abcdef' : '0123456789ABCDEF';
    return Array.from({ length }, () => digits[uniformBelow(16)]).join('');
  },
  getstring: (a) => {
    if (a.length !== 2) throw noOverload('GetString', a.length);
    const choices = toPSString(unwrap(a[0]) ?? '');
    const length = integerArgument(a[1], 'GetString', 'length', 'System.Int32') as number;
    if (choices.length === 0) throw invocationFailed('GetString', 2, new DotNetException("Span may not be empty. (Parameter 'choices')", 'ArgumentException'));
    if (length < 0) throw invocationFailed('GetString', 2, outOfRange(`length ('${length}') must be a non-negative value. (Parameter 'length')\nActual value was ${length}.`));
    return Array.from({ length }, () => choices[uniformBelow(choices.length)]).join('');
  },
  // Their only overloads take spans, which PowerShell cannot make: no call binds.
  getitems: (a) => {
    throw noOverload('GetItems', a.length);
  },
  shuffle: (a) => {
    throw noOverload('Shuffle', a.length);
  },
  getint32: (a) => {
    if (a.length === 1) {
      const max = integerArgument(a[0], 'GetInt32', 'toExclusive', 'System.Int32') as number;
      if (max <= 0) throw invocationFailed('GetInt32', 1, outOfRange(`toExclusive ('${max}') must be a non-negative and non-zero value. (Parameter 'toExclusive')\nActual value was ${max}.`));
      return uniformBelow(max);
    }
    if (a.length !== 2) throw noOverload('GetInt32', a.length);
    const min = integerArgument(a[0], 'GetInt32', 'fromInclusive', 'System.Int32') as number;
    const max = integerArgument(a[1], 'GetInt32', 'toExclusive', 'System.Int32') as number;
    if (min >= max) throw invocationFailed('GetInt32', 2, new DotNetException('Range of random number does not contain at least one possibility.', 'ArgumentException'));
    return min + uniformBelow(max - min);
  },
};
