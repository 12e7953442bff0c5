// Get-Random: a random number (Int32, Int64 or Double, by the types of -Minimum and -Maximum, as pwsh
// 7.6.10 chooses), random items of the input (-Count without repeats), or the input shuffled. -SetSeed
// reseeds the session's generator, so later calls continue one repeatable sequence; the sequence is
// spo's own (a seeded xoshiro128** generator), not .NET's Random: the same seed gives other numbers than
// in pwsh (docs/Get-Random.md). Without a seed the generator starts from crypto-random bits.

import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ErrorSpec } from '../engine/cmdlet.js';
import { toPSString, unwrap, unwrapArgument } from '../engine/convert.js';
import { DecimalValue, TypedNumber, typed } from '../engine/numeric.js';
import type { Session } from '../engine/session.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const NUMBER_SET = 'RandomNumberParameterSet';
const LIST_SET = 'RandomListItemParameterSet';
const SHUFFLE_SET = 'ShuffleParameterSet';

const INT32_MAX = 2147483647;
const INT64_MAX = 9223372036854775807n;

/** xoshiro128**: four 32-bit words of state, seeded through splitmix32. */
export class RandomGenerator {
  #s: Uint32Array;
  constructor(seed: number) {
    this.#s = new Uint32Array(4);
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.#s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }
  /** 32 random bits. */
  next32(): number {
    const s = this.#s;
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }
  /** A Double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    return ((this.next32() >>> 5) * 67108864 + (this.next32() >>> 6)) / 9007199254740992;
  }
  /** A whole number in [0, range) without bias (range ≥ 1). */
  nextBelow(range: bigint): bigint {
    const bits = range.toString(2).length;
    const words = Math.ceil(bits / 32);
    const mask = (1n << BigInt(bits)) - 1n;
    for (;;) {
      let v = 0n;
      for (let i = 0; i < words; i++) v = (v << 32n) | BigInt(this.next32());
      v &= mask;
      if (v < range) return v;
    }
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

const generators = new WeakMap<Session, RandomGenerator>();

function generatorOf(ctx: CmdletContext): RandomGenerator {
  const seed = ctx.params.get<number>('SetSeed');
  if (seed !== undefined && seed !== null) generators.set(ctx.session, new RandomGenerator(seed));
  let g = generators.get(ctx.session);
  if (!g) {
    // An unpredictable seed; node:crypto is not loaded at start-up for it.
    g = new RandomGenerator(Math.floor(Math.random() * 2 ** 32));
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

const states = new WeakMap<CmdletContext, unknown[]>();

export const getRandom = lazyCmdlet('Get-Random', (): CmdletDefinition => ({
  name: 'Get-Random',
  implementingType: 'Microsoft.PowerShell.Commands.GetRandomCommand',
  module: UTILITY,
  synopsis: 'Gets a random number, or random items of a collection.',
  defaultParameterSet: NUMBER_SET,
  parameters: [
    { name: 'SetSeed', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, validateNotNull: true, description: 'Reseeds the generator: the numbers that follow repeat for the same seed (not the same numbers as pwsh).' },
    { name: 'Maximum', kind: 'object', typeName: 'System.Object', sets: { [NUMBER_SET]: { position: 0 } }, description: 'The upper bound, not included (Int32.MaxValue by default).' },
    { name: 'Minimum', kind: 'object', typeName: 'System.Object', sets: { [NUMBER_SET]: {} }, description: 'The lower bound, included (0 by default).' },
    { name: 'InputObject', kind: 'object[]', typeName: 'System.Object[]', sets: { [LIST_SET]: { position: 0, mandatory: true, valueFromPipeline: true }, [SHUFFLE_SET]: { position: 0, mandatory: true, valueFromPipeline: true } }, allowNull: true, description: 'The items to choose from.' },
    { name: 'Count', kind: 'int', typeName: 'System.Int32', sets: { [NUMBER_SET]: {}, [LIST_SET]: {} }, range: [1, INT32_MAX], description: 'How many numbers or items (items are never repeated).' },
    { name: 'Shuffle', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [SHUFFLE_SET]: { mandatory: true } }, description: 'Writes all the items in random order.' },
  ],
  begin(ctx) {
    states.set(ctx, []);
  },
  process(ctx) {
    if (ctx.invocation.parameterSetName === NUMBER_SET) return;
    const items = states.get(ctx)!;
    const given = unwrap(ctx.hasInput ? ctx.input : ctx.params.get('InputObject'));
    if (given === null || given === undefined) return;
    if (Array.isArray(given)) items.push(...given.filter((x) => x !== null && x !== undefined));
    else items.push(ctx.hasInput ? ctx.input : given);
  },
  end(ctx) {
    const generator = generatorOf(ctx);
    if (ctx.invocation.parameterSetName === NUMBER_SET) return randomNumbers(ctx, generator);
    const items = [...states.get(ctx)!];
    if (items.length === 0) return;
    const count = ctx.invocation.parameterSetName === SHUFFLE_SET ? items.length : ctx.params.get<number>('Count') ?? 1;
    // A partial Fisher–Yates shuffle: the first `count` places, each drawn from what is left.
    const take = Math.min(count, items.length);
    for (let i = 0; i < take; i++) {
      const j = i + Number(generator.nextBelow(BigInt(items.length - i)));
      [items[i], items[j]] = [items[j], items[i]];
    }
    for (const item of items.slice(0, take)) ctx.writeObject(item, false);
  },
}));

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
      const r = low + generator.nextDouble() * (high - low);
      ctx.writeObject(typed(r >= high ? low : r, 'System.Double'));
    }
    return;
  }
  const low = min?.whole ?? 0n;
  const high = max?.whole ?? (kind === 'long' ? INT64_MAX : BigInt(INT32_MAX));
  if (low >= high) failure(String(low), String(high));
  for (let i = 0; i < count; i++) {
    const r = low + generator.nextBelow(high - low);
    ctx.writeObject(kind === 'int' ? Number(r) : typed(Number(r), 'System.Int64', Number.isSafeInteger(Number(r)) ? undefined : r));
  }
}
