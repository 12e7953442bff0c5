// .NET's System.Random as it behaves with a seed (the legacy subtractive generator .NET keeps for seeded
// instances), so `Get-Random -SetSeed 42` and `[System.Random]::new(42)` give pwsh's numbers.

import { toInt } from './convert.js';
import { DotNetException, noOverload } from './member-error.js';
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
      mk = mj - mk;
      if (mk < 0) mk += MBIG;
      mj = s[ii]!;
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let n = i + 30;
        if (n >= 55) n -= 55;
        let v = s[i]! - s[1 + n]!;
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
    let v = s[a]! - s[b]!;
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

  /** Random.NextBytes(): each byte the low byte of one sample. */
  nextBytes(count: number): Uint8Array {
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) bytes[i] = this.sample() & 0xff;
    return bytes;
  }
}

/**
 * A System.Random object (`[System.Random]::new(42)`, `New-Object System.Random`): Next and NextDouble with
 * .NET's argument checks. With a seed it gives .NET's numbers; without one any seed will do (.NET's unseeded
 * generator is another algorithm whose numbers nobody can reproduce). It shows as its type name, as in pwsh.
 */
export class RandomValue extends PSObject {
  readonly #generator: SeededDotNetRandom;
  constructor(seed?: number) {
    super('System.Random', {}, undefined, 'System.Random');
    this.#generator = new SeededDotNetRandom(seed ?? Math.floor(Math.random() * MBIG));
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = name.toLowerCase();
    if (method === 'nextdouble') {
      if (args.length !== 0) throw noOverload('NextDouble', args.length);
      return { value: this.#generator.nextDouble() };
    }
    if (method !== 'next') return undefined;
    if (args.length === 0) return { value: this.#generator.next() };
    if (args.length === 1) {
      const max = toInt(args[0]);
      if (max < 0) throw new DotNetException(`maxValue ('${max}') must be a non-negative value. (Parameter 'maxValue')\nActual value was ${max}.`, 'ArgumentOutOfRangeException');
      return { value: this.#generator.nextBetween(0, max) };
    }
    if (args.length === 2) {
      const min = toInt(args[0]);
      const max = toInt(args[1]);
      if (min > max) throw new DotNetException("'minValue' cannot be greater than maxValue. (Parameter 'minValue')", 'ArgumentOutOfRangeException');
      return { value: this.#generator.nextBetween(min, max) };
    }
    throw noOverload('Next', args.length);
  }
}
