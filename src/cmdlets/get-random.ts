// Get-Random: a random number (Int32, Int64 or Double, by the types of -Minimum and -Maximum, as pwsh
// 7.6.10 chooses), random items of the input (-Count without repeats), or the input shuffled. -SetSeed
// reseeds the session's generator with .NET's seeded System.Random, so later calls continue the same
// repeatable sequence as pwsh's. Without a seed the bytes are cryptographically random.

import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ErrorSpec, type ParameterMetadata } from '../engine/cmdlet.js';
import { toPSString, unwrap, unwrapArgument } from '../engine/convert.js';
import { DecimalValue, TypedNumber, typed } from '../engine/numeric.js';
import type { Session } from '../engine/session.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { SeededDotNetRandom } from '../engine/dotnet-random.js';

const NUMBER_SET = 'RandomNumberParameterSet';
const LIST_SET = 'RandomListItemParameterSet';
const SHUFFLE_SET = 'ShuffleParameterSet';

const INT32_MAX = 2147483647;
const INT64_MAX = 9223372036854775807n;

/**
 * pwsh's generator: every number is built from random bytes, which come from .NET's seeded System.Random
 * after -SetSeed and from the system's cryptographic source otherwise. The arithmetic on the bytes
 * follows pwsh's (an Int32 from four bytes, fudged into [0, Int32.MaxValue)), so seeded sequences match.
 */
export class RandomGenerator {
  readonly #seeded: SeededDotNetRandom | undefined;
  constructor(seed?: number) {
    this.#seeded = seed === undefined ? undefined : new SeededDotNetRandom(seed);
  }
  bytes(count: number): Uint8Array {
    if (this.#seeded) return this.#seeded.nextBytes(count);
    return globalThis.crypto.getRandomValues(new Uint8Array(count));
  }
  /** An Int32 of four random bytes (little-endian, as BitConverter reads them). */
  #int32(): number {
    const b = this.bytes(4);
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) | 0;
  }
  /** [0, Int32.MaxValue). */
  next(): number {
    let n: number;
    do n = this.#int32();
    while (n === INT32_MAX);
    return n < 0 ? n + INT32_MAX : n;
  }
  nextDouble(): number {
    return this.next() * (1 / INT32_MAX);
  }
  /** [min, max) for Int32 bounds. */
  nextBetween(min: number, max: number): number {
    const range = max - min;
    if (range <= INT32_MAX) return Math.trunc(this.nextDouble() * range) + min;
    let n: number;
    do n = this.#int32();
    while (n === INT32_MAX);
    const large = (n + INT32_MAX) * (1 / 4294967294);
    return Math.trunc(large * range) + min;
  }
  /** [min, max) for Int64 bounds: masked random bytes, added in Double arithmetic as pwsh does. */
  nextInt64(min: bigint, max: bigint): bigint {
    const diff = max - min;
    if (diff <= BigInt(INT32_MAX)) return min + BigInt(this.nextBetween(0, Number(diff)));
    const mask = (1n << BigInt(diff.toString(2).length)) - 1n;
    let r: bigint;
    do {
      const b = this.bytes(8);
      r = 0n;
      for (let i = 7; i >= 0; i--) r = (r << 8n) | BigInt(b[i]!);
      r &= mask;
    } while (diff <= r);
    const sum = Number(min) + Number(r);
    return sum >= 9223372036854775807 ? INT64_MAX : BigInt(Math.trunc(sum));
  }
  /** [min, max) for Double bounds, retried (on a narrowing range) where rounding reaches max. */
  nextDoubleBetween(min: number, max: number): number {
    let diff = max - min;
    let n: number;
    if (!Number.isFinite(diff)) {
      do {
        const r = this.nextDouble();
        n = min + r * max - r * min;
      } while (n >= max);
      return n;
    }
    do {
      const r = this.nextDouble();
      n = min + r * diff;
      diff *= r;
    } while (n >= max);
    return n;
  }
}

const generators = new WeakMap<Session, RandomGenerator>();

function generatorOf(ctx: CmdletContext): RandomGenerator {
  const seed = ctx.params.get<number>('SetSeed');
  if (seed !== undefined && seed !== null) generators.set(ctx.session, new RandomGenerator(seed));
  let g = generators.get(ctx.session);
  if (!g) {
    g = new RandomGenerator();
    generators.set(ctx.session, g);
  }
  return g;
}

type Kind = 'int' | 'long' | 'double';

/** A -Minimum/-Maximum value: its kind and value (exact as a bigint for whole numbers). */
interface Bound {
  kind: Kind;
  value: number;
  whole?: bigint;
  text: string;
}

function boundOf(ctx: CmdletContext, raw: unknown): Bound | undefined {
  const v = unwrapArgument(raw);
  if (v === null || v === undefined) return undefined;
  if (v instanceof DecimalValue || (v instanceof TypedNumber && ['System.Double', 'System.Single'].includes(v.type))) return { kind: 'double', value: v.value, text: toPSString(v) };
  if (v instanceof TypedNumber) {
    // An Int64 near its ends may be held as the nearest Double (2^63): it is the end itself.
    const whole = clampInt64(v.exact ?? BigInt(Math.trunc(v.value)));
    return { kind: whole >= -2147483648n && whole <= 2147483647n && v.type !== 'System.Int64' ? 'int' : 'long', value: v.value, whole, text: toPSString(v) };
  }
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return { kind: 'double', value: v, text: toPSString(v) };
    const whole = clampInt64(BigInt(v));
    return { kind: v >= -2147483648 && v <= INT32_MAX ? 'int' : 'long', value: v, whole, text: String(whole) };
  }
  const text = toPSString(v).trim();
  if (/^[-+]?\d+$/.test(text)) {
    const whole = BigInt(text);
    return { kind: whole >= -2147483648n && whole <= 2147483647n ? 'int' : 'long', value: Number(whole), whole, text: String(whole) };
  }
  const n = text === '' ? NaN : Number(text);
  if (Number.isFinite(n)) return { kind: 'double', value: n, text: toPSString(n) };
  const spec: ErrorSpec = {
    message: `Cannot convert value "${toPSString(v)}" to type "System.Int32". Error: "The input string '${toPSString(v)}' was not in a correct format."`,
    errorId: 'InvalidCastFromStringToInteger',
    category: 'InvalidArgument',
    exceptionType: 'PSInvalidCastException',
    exceptionFullName: 'System.Management.Automation.PSInvalidCastException',
  };
  return ctx.throwTerminatingError(spec);
}

function clampInt64(n: bigint): bigint {
  return n > INT64_MAX ? INT64_MAX : n < -INT64_MAX - 1n ? -INT64_MAX - 1n : n;
}

const states = new WeakMap<CmdletContext, { chosen: unknown[]; seen: number; generator: RandomGenerator }>();

export const getRandom = lazyCmdlet('Get-Random', (): CmdletDefinition => randomCommand(false));

/**
 * Get-Random, or (`secure`) Get-SecureRandom (pwsh 7.4+): the same parameters but -SetSeed, and always the
 * system's cryptographic source, whatever Get-Random's seed (pwsh 7.6.10 checked: the same errors).
 */
export const randomCommand = (secure: boolean): CmdletDefinition => ({
  name: secure ? 'Get-SecureRandom' : 'Get-Random',
  implementingType: secure ? 'Microsoft.PowerShell.Commands.GetSecureRandomCommand' : 'Microsoft.PowerShell.Commands.GetRandomCommand',
  module: UTILITY,
  synopsis: secure ? 'Gets a random number, or random items of a collection, from a cryptographically secure source.' : 'Gets a random number, or random items of a collection.',
  defaultParameterSet: NUMBER_SET,
  parameters: [
    ...(secure ? [] : [{ name: 'SetSeed', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, validateNotNull: true, description: 'Reseeds the generator: the numbers that follow repeat for the same seed, as in pwsh.' } satisfies ParameterMetadata]),
    { name: 'Maximum', kind: 'object', typeName: 'System.Object', sets: { [NUMBER_SET]: { position: 0 } }, description: 'The upper bound, not included (Int32.MaxValue by default).' },
    { name: 'Minimum', kind: 'object', typeName: 'System.Object', sets: { [NUMBER_SET]: {} }, description: 'The lower bound, included (0 by default).' },
    { name: 'InputObject', kind: 'object[]', typeName: 'System.Object[]', sets: { [LIST_SET]: { position: 0, mandatory: true, valueFromPipeline: true }, [SHUFFLE_SET]: { position: 0, mandatory: true, valueFromPipeline: true } }, allowNull: true, description: 'The items to choose from.' },
    { name: 'Count', kind: 'int', typeName: 'System.Int32', sets: { [NUMBER_SET]: {}, [LIST_SET]: {} }, range: [1, INT32_MAX], description: 'How many numbers or items (items are never repeated).' },
    { name: 'Shuffle', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [SHUFFLE_SET]: { mandatory: true } }, description: 'Writes all the items in random order.' },
  ],
  begin(ctx) {
    states.set(ctx, { chosen: [], seen: 0, generator: secure ? new RandomGenerator() : generatorOf(ctx) });
  },
  process(ctx) {
    if (ctx.invocation.parameterSetName === NUMBER_SET) return;
    const state = states.get(ctx)!;
    const given = unwrap(ctx.hasInput ? ctx.input : ctx.params.get('InputObject'));
    // pwsh keeps $null items (a $null argument is one $null item).
    const items = Array.isArray(given) ? given : [given === undefined ? null : ctx.hasInput ? ctx.input : given];
    if (ctx.invocation.parameterSetName === SHUFFLE_SET) {
      state.chosen.push(...items);
      return;
    }
    // Reservoir sampling as pwsh does it, so a seeded generator picks the same items.
    const count = ctx.params.get<number>('Count') ?? 1;
    for (const item of items) {
      if (state.seen < count) state.chosen.push(item);
      else if (state.generator.nextBetween(0, state.seen + 1) < count) state.chosen[state.generator.nextBetween(0, state.chosen.length)] = item;
      state.seen++;
    }
  },
  end(ctx) {
    const { chosen, generator } = states.get(ctx)!;
    if (ctx.invocation.parameterSetName === NUMBER_SET) return randomNumbers(ctx, generator);
    // The chosen items in random order: each place drawn from what is left.
    const n = chosen.length;
    for (let i = 0; i < n; i++) {
      const j = generator.nextBetween(i, n);
      ctx.writeObject(chosen[j], false);
      if (i !== j) chosen[j] = chosen[i];
    }
  },
});

function randomNumbers(ctx: CmdletContext, generator: RandomGenerator): void {
  const min = boundOf(ctx, ctx.params.get('Minimum'));
  const max = boundOf(ctx, ctx.params.get('Maximum'));
  const kinds = [min?.kind, max?.kind];
  const kind: Kind = kinds.includes('double') ? 'double' : kinds.includes('long') ? 'long' : 'int';
  const count = ctx.params.get<number>('Count') ?? 1;
  const failure = (low: string, high: string): never =>
    ctx.throwTerminatingError({
      message: `The Minimum value (${low}) cannot be greater than or equal to the Maximum value (${high}).`,
      errorId: 'MinGreaterThanOrEqualMax',
      category: 'InvalidArgument',
      exceptionType: 'ArgumentException',
      exceptionFullName: 'System.ArgumentException',
    });
  if (kind === 'double') {
    const low = min?.value ?? 0;
    const high = max?.value ?? Number.MAX_VALUE;
    if (low >= high) failure(min?.text ?? '0', max?.text ?? toPSString(Number.MAX_VALUE));
    for (let i = 0; i < count; i++) {
      ctx.writeObject(typed(generator.nextDoubleBetween(low, high), 'System.Double'));
    }
    return;
  }
  const low = min?.whole ?? 0n;
  const high = max?.whole ?? (kind === 'long' ? INT64_MAX : BigInt(INT32_MAX));
  if (low >= high) failure(String(low), String(high));
  for (let i = 0; i < count; i++) {
    if (kind === 'int') {
      ctx.writeObject(generator.nextBetween(Number(low), Number(high)));
      continue;
    }
    const r = generator.nextInt64(low, high);
    ctx.writeObject(typed(Number(r), 'System.Int64', Number.isSafeInteger(Number(r)) ? undefined : r));
  }
}
