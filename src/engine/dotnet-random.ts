// .NET's System.Random as it behaves with a seed (the legacy subtractive generator .NET keeps for seeded
// instances), so `Get-Random -SetSeed 42` and `[System.Random]::new(42)` give pwsh's numbers.

import { ConversionError, TypedArray, isTrue, toPSString, typeNameOf, unwrap } from './convert.js';
import { DotNetException, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import { TypedNumber, typed } from './numeric.js';
import { toIntegerType } from './numeric-casts.js';
import { int64Argument, integerArgument } from './time-conversions.js';
import { PSObject } from './values.js';

const MBIG = 2147483647;
const MSEED = 161803398;

/** The seeded System.Random: Knuth's subtractive generator over 55 words, as .NET seeds it. */
export class SeededDotNetRandom {
  readonly #seeds = new Int32Array(56);
  #inext = 0;
  #inextp = 21;

  constructor(seed: number) {
    const s = this.#seeds;
    const subtraction = seed === -2147483648 ? MBIG : Math.abs(seed);
    let mj = MSEED - subtraction;
    s[55] = mj;
    let mk = 1;
    let ii = 0;
    for (let i = 1; i < 55; i++) {
      ii += 21;
      if (ii >= 55) ii -= 55;
      s[ii] = mk;
      mk = (mj - mk) | 0;
      if (mk < 0) mk += MBIG;
      mj = s[ii]!;
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let n = i + 30;
        if (n >= 55) n -= 55;
        // Int32 arithmetic: a seed near Int32.MaxValue leaves a word below -MBIG, and the difference wraps as in .NET.
        let v = (s[i]! - s[1 + n]!) | 0;
        if (v < 0) v += MBIG;
        s[i] = v;
      }
    }
  }

  /** A whole number in [0, Int32.MaxValue). */
  sample(): number {
    const s = this.#seeds;
    let a = this.#inext + 1;
    if (a >= 56) a = 1;
    let b = this.#inextp + 1;
    if (b >= 56) b = 1;
    let v = (s[a]! - s[b]!) | 0;
    if (v === MBIG) v--;
    if (v < 0) v += MBIG;
    s[a] = v;
    this.#inext = a;
    this.#inextp = b;
    return v;
  }

  /** Random.NextDouble(). */
  nextDouble(): number {
    return this.sample() * (1 / MBIG);
  }

  /** Random.Next(): [0, Int32.MaxValue). */
  next(): number {
    return this.sample();
  }

  /** Random.Next(max) and Random.Next(min, max) (arguments already checked). */
  nextBetween(min: number, max: number): number {
    const range = max - min;
    if (range <= MBIG) return Math.trunc(this.nextDouble() * range) + min;
    let result = this.sample();
    if (this.sample() % 2 === 0) result = -result;
    const d = (result + (MBIG - 1)) / (2 * MBIG - 1);
    return Math.trunc(d * range) + min;
  }

  /** Random.NextInt64() and its ranges: 64 bits made of three Next(2^22/2^20) draws, as .NET's compatible generator does. */
  nextInt64(min = 0n, max = 0x7fffffffffffffffn, whole = false): bigint {
    const uint64 = () => BigInt(this.nextBetween(0, 1 << 22)) | (BigInt(this.nextBetween(0, 1 << 22)) << 22n) | (BigInt(this.nextBetween(0, 1 << 20)) << 44n);
    if (whole) {
      // The top 63 bits, drawn again on Int64.MaxValue (the range is [0, MaxValue)).
      for (;;) {
        const result = uint64() >> 1n;
        if (result !== 0x7fffffffffffffffn) return result;
      }
    }
    const range = BigInt.asUintN(64, max - min);
    if (range <= 1n) return min;
    // The smallest power of two holding the range; a draw outside the range is drawn again.
    const bits = BigInt((range - 1n).toString(2).length);
    for (;;) {
      const result = uint64() >> (64n - bits);
      if (result < range) return BigInt.asIntN(64, result + min);
    }
  }

  /** Random.NextSingle(): the sample as a Single, 1.0 (a rounding of the largest samples) drawn again. */
  nextSingle(): number {
    for (;;) {
      const f = Math.fround(this.nextDouble());
      if (f < 1) return f;
    }
  }

  /** Random.NextBytes(): each byte the low byte of one sample. */
  nextBytes(count: number): Uint8Array {
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) bytes[i] = this.sample() & 0xff;
    return bytes;
  }
}

const RANDOM = 'System.Random';
const SHARED = 'System.Random+ThreadSafeRandom';
/** .NET's Array.MaxLength: a longer array does not exist. */
const MAX_ARRAY_LENGTH = 0x7fffffc7;

const argumentOutOfRange = (message: string) => new DotNetException(message, 'ArgumentOutOfRangeException');
const notNegative = (name: string, value: number | bigint) => argumentOutOfRange(`${name} ('${value}') must be a non-negative value. (Parameter '${name}')\nActual value was ${value}.`);
const minAboveMax = () => argumentOutOfRange("'minValue' cannot be greater than maxValue. (Parameter 'minValue')");
const emptyChoices = () => new DotNetException("Span may not be empty. (Parameter 'choices')", 'ArgumentException');

/**
 * The T[] a generic method (GetItems[T], Shuffle[T]) is given, as PowerShell infers T: a typed array is
 * itself; an object[] whose elements are all of one type is copied into an array of that type (so a shuffle
 * of `1..5` changes a copy nobody sees); any other object[] is T=object, itself. Anything else: no overload.
 */
function genericArray(value: unknown): { elementType: string; items: unknown[] } | undefined {
  const v = unwrap(value);
  if (v instanceof TypedArray) return { elementType: v.elementType, items: v };
  if (!Array.isArray(v) || v.constructor !== Array) return undefined;
  const first = v.length > 0 && v[0] !== null && v[0] !== undefined ? typeNameOf(v[0]) : undefined;
  if (first !== undefined && v.every((x) => x !== null && x !== undefined && typeNameOf(x) === first)) return { elementType: first, items: [...v] };
  return { elementType: 'System.Object', items: v };
}

/**
 * A System.Random object (`[System.Random]::new(42)`, `New-Object System.Random`, `[Random]::Shared`) with
 * .NET's methods and argument checks. With a seed it gives .NET's numbers; without one any seed will do
 * (.NET's unseeded generator is another algorithm whose numbers nobody can reproduce). It shows as its type
 * name, as in pwsh.
 */
export class RandomValue extends PSObject {
  readonly #generator: SeededDotNetRandom;
  constructor(seed?: number, typeName = RANDOM) {
    super(typeName, {}, undefined, typeName);
    this.#generator = new SeededDotNetRandom(seed ?? Math.floor(Math.random() * MBIG));
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = METHODS.find((m) => m.toLowerCase() === name.toLowerCase());
    if (method === undefined) return undefined;
    const g = this.#generator;
    // Int32 arguments; the parameter names are those of the overload of this arity (Next(maxValue), Next(minValue, maxValue)).
    const int = (i: number, parameter: string) => integerArgument(args[i], method, parameter, 'System.Int32') as number;
    const count = args.length;
    const fail = (e: DotNetException) => invocationFailed(method, count, e);
    switch (`${method}/${count}`) {
      case 'Next/0':
        return { value: g.next() };
      case 'Next/1': {
        const max = int(0, 'maxValue');
        if (max < 0) throw fail(notNegative('maxValue', max));
        return { value: g.nextBetween(0, max) };
      }
      case 'Next/2': {
        const [min, max] = [int(0, 'minValue'), int(1, 'maxValue')];
        if (min > max) throw fail(minAboveMax());
        return { value: g.nextBetween(min, max) };
      }
      case 'NextDouble/0':
        return { value: g.nextDouble() };
      case 'NextSingle/0':
        return { value: new TypedNumber(g.nextSingle(), 'System.Single') };
      case 'NextInt64/0':
        return { value: int64(g.nextInt64(0n, 0n, true)) };
      case 'NextInt64/1': {
        const max = BigInt(int64Argument(args[0], method, 'maxValue'));
        if (max < 0n) throw fail(notNegative('maxValue', max));
        return { value: int64(g.nextInt64(0n, max)) };
      }
      case 'NextInt64/2': {
        const min = BigInt(int64Argument(args[0], method, 'minValue'));
        const max = BigInt(int64Argument(args[1], method, 'maxValue'));
        if (min > max) throw fail(minAboveMax());
        return { value: int64(g.nextInt64(min, max)) };
      }
      case 'NextBytes/1':
        return { value: this.#nextBytes(args[0], fail) };
      case 'GetItems/2': {
        const choices = genericArray(args[0]);
        if (choices === undefined) throw noOverload(method, count);
        const length = int(1, 'length');
        if (choices.items.length === 0) throw fail(emptyChoices());
        if (length < 0) throw fail(notNegative('length', length));
        if (length > MAX_ARRAY_LENGTH) throw fail(new DotNetException('Array dimensions exceeded supported range.', 'OutOfMemoryException'));
        const picked = Array.from({ length }, () => choices.items[g.nextBetween(0, choices.items.length)]);
        return { value: choices.elementType === 'System.Object' ? picked : TypedArray.of2(choices.elementType, picked) };
      }
      case 'Shuffle/1': {
        const values = genericArray(args[0]);
        if (values === undefined) throw noOverload(method, count);
        shuffle(values.items, g);
        return { value: undefined };
      }
      case 'GetString/2': {
        const choices = stringChoices(args[0]);
        const length = int(1, 'length');
        if (choices.length === 0) throw fail(emptyChoices());
        if (length < 0) throw fail(notNegative('length', length));
        return { value: Array.from({ length }, () => choices[g.nextBetween(0, choices.length)]).join('') };
      }
      case 'GetHexString/1':
      case 'GetHexString/2': {
        const length = int(0, 'stringLength');
        if (length < 0) throw fail(notNegative('length', length)); // .NET names the parameter of the span it makes
        const digits = count === 2 && isTrue(args[1]) ? '0123456789abcdef' : '0123456789ABCDEF';
        return { value: Array.from({ length }, () => digits[g.nextBetween(0, 16)]).join('') };
      }
    }
    throw noOverload(method, count);
  }

  /** NextBytes(byte[]): fills the array itself; any other value is converted to a new byte[] (as pwsh's binder does), which nobody sees. */
  #nextBytes(buffer: unknown, fail: (e: DotNetException) => Error): undefined {
    const v = unwrap(buffer);
    if (v === null || v === undefined) throw fail(new DotNetException("Value cannot be null. (Parameter 'buffer')", 'ArgumentNullException'));
    const target = v instanceof TypedArray && v.elementType === 'System.Byte' ? v : byteArrayCopy(v, 'NextBytes', 'buffer');
    this.#generator.nextBytes(target.length).forEach((b, i) => (target[i] = typed(b, 'System.Byte')));
    return undefined;
  }
}

/** The new byte[] PowerShell's binder makes of another value for a byte[] parameter, with its conversion error. */
export function byteArrayCopy(v: unknown, method: string, parameter: string): unknown[] {
  const items = Array.isArray(v) ? v : [v];
  return items.map((x) => {
    try {
      return toIntegerType(x, 'System.Byte');
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      // A scalar is converted to the array first, so its error wraps the element's.
      const inner = Array.isArray(v) ? e.message : `Cannot convert value "${toPSString(v)}" to type "System.Byte[]". Error: "${e.message}"`;
      throw argumentConversionError(method, parameter, Array.isArray(v) ? typeNameOf(v) : toPSString(v), 'System.Byte[]', inner);
    }
  });
}

/** GetString's ReadOnlySpan<char>: a string (anything else is a ByRef-like conversion PowerShell refuses). */
function stringChoices(value: unknown): string {
  const v = unwrap(value);
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  const span = 'System.ReadOnlySpan`1[System.Char]';
  throw argumentConversionError('GetString', 'choices', toPSString(v), span, `Cannot convert to the ByRef-like type "${span}". ByRef-like types are not supported in PowerShell.`);
}

const METHODS = ['Next', 'NextDouble', 'NextSingle', 'NextInt64', 'NextBytes', 'GetItems', 'Shuffle', 'GetString', 'GetHexString'];

const int64 = (n: bigint) => typed(Number(n), 'System.Int64', n);

/** Random.Shuffle: Fisher-Yates from the front, each place swapped with one drawn from it to the end. */
function shuffle(values: unknown[], g: SeededDotNetRandom): void {
  for (let i = 0; i < values.length - 1; i++) {
    const j = g.nextBetween(i, values.length);
    if (j !== i) [values[i], values[j]] = [values[j], values[i]];
  }
}

let shared: RandomValue | undefined;
/** `[Random]::Shared`: one thread-safe instance for the session. */
export function sharedRandom(): RandomValue {
  return (shared ??= new RandomValue(undefined, SHARED));
}
