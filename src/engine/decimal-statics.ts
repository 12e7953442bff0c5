// [Math]'s Decimal overloads and [decimal]'s own static members. PowerShell's method binder picks
// Math's Decimal overload when the first argument is a Decimal (`[math]::Max(1d, 1.5)` is a Decimal,
// `[math]::Max(1.5, 1d)` a Double), converting the other arguments to Decimal.

import { toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DotNetException } from './member-error.js';
import { DecimalValue, toDec } from './numeric.js';
import { type Dec, type Rounding, DecimalOverflow, MAX_MANTISSA, ceiling, compare, dec, floor, round, truncate } from './decimal.js';
import { DotNetFailure, parseDecimal } from './string-numbers.js';
import * as R from './runtime-strings.js';

type Handler = (args: unknown[]) => unknown;

const ROUNDING_MODES: readonly Rounding[] = ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity'];

/** A MidpointRounding argument: its name (any case) or its number. */
function roundingMode(arg: unknown): Rounding {
  const v = unwrap(arg);
  if (typeof v === 'number') return ROUNDING_MODES[v] ?? 'ToEven';
  const text = toPSString(v).trim().toLowerCase();
  return ROUNDING_MODES.find((m) => m.toLowerCase() === text) ?? 'ToEven';
}

const isModeArgument = (arg: unknown): boolean => {
  const v = unwrap(arg);
  return typeof v === 'string' || (typeof v === 'object' && v !== null && 'type' in v);
};

function decimalArgument(arg: unknown): Dec {
  try {
    return toDec(unwrapArgument(arg));
  } catch (e) {
    if (e instanceof DecimalOverflow) throw new DotNetException(e.message, 'OverflowException');
    throw e;
  }
}

/** Math.Round(decimal[, digits][, mode]): digits 0..28, a tie as the mode says (to even unless told). */
function roundDecimal(args: unknown[]): DecimalValue {
  const d = decimalArgument(args[0]);
  let digits = 0;
  let mode: Rounding = 'ToEven';
  if (args.length === 3) {
    digits = Number(unwrap(args[1]));
    mode = roundingMode(args[2]);
  } else if (args.length === 2) {
    if (isModeArgument(args[1])) mode = roundingMode(args[1]);
    else digits = Number(unwrap(args[1]));
  }
  if (!(digits >= 0 && digits <= 28)) throw new DotNetException("Decimal can only round to between 0 and 28 digits of precision. (Parameter 'decimals')", 'ArgumentOutOfRangeException');
  return new DecimalValue(round(d, digits, mode));
}

const one = (f: (d: Dec) => Dec): Handler => (a) => new DecimalValue(f(decimalArgument(a[0])));

/** Math's Decimal overloads, by lower-case method name. */
export const DECIMAL_MATH: Record<string, Handler> = {
  round: roundDecimal,
  floor: one(floor),
  ceiling: one(ceiling),
  truncate: one(truncate),
  abs: one((d) => (d.mantissa < 0n ? dec(-d.mantissa, d.scale) : d)),
  // Equal values: Max and Min return the first (Max(1.10, 1.1) is 1.10).
  max: (a) => {
    const [x, y] = [decimalArgument(a[0]), decimalArgument(a[1])];
    return new DecimalValue(compare(x, y) >= 0 ? x : y);
  },
  min: (a) => {
    const [x, y] = [decimalArgument(a[0]), decimalArgument(a[1])];
    return new DecimalValue(compare(x, y) <= 0 ? x : y);
  },
  sign: (a) => {
    const m = decimalArgument(a[0]).mantissa;
    return m > 0n ? 1 : m < 0n ? -1 : 0;
  },
};

/** Is this Math call one for the Decimal overloads (a Decimal first argument)? */
export function usesDecimalOverload(method: string, args: unknown[]): boolean {
  if (!(method in DECIMAL_MATH)) return false;
  if (unwrapArgument(args[0]) instanceof DecimalValue) return true;
  // Round, Floor, Ceiling and Truncate have no integer overload: an integer converts to Decimal before
  // Double in PowerShell's binder (`[math]::Round(2, 2)` and `[math]::Floor(5)` are Decimals in pwsh 7.6.10).
  return NO_INTEGER_OVERLOAD.has(method) && INTEGER_TYPE.test(typeNameOf(args[0]));
}
const NO_INTEGER_OVERLOAD = new Set(['round', 'floor', 'ceiling', 'truncate']);
const INTEGER_TYPE = /^System\.(?:S?Byte|U?Int(?:16|32|64))$/;

/** [decimal]::Parse(text): NumberStyles.Number, invariant culture. */
function parse(args: unknown[]): DecimalValue {
  const v = unwrap(args[0]);
  if (v === null || v === undefined) throw new DotNetException("Value cannot be null. (Parameter 's')", 'ArgumentNullException');
  const text = toPSString(v);
  try {
    return new DecimalValue(parseDecimal(text));
  } catch (e) {
    if (!(e instanceof DotNetFailure)) throw e;
    const overflow = e.message.startsWith('Value was');
    throw new DotNetException(overflow ? e.message : R.NumberFormat(text), overflow ? 'OverflowException' : 'FormatException');
  }
}

export const DECIMAL_METHODS: Record<string, Handler> = {
  parse,
  round: roundDecimal,
  floor: DECIMAL_MATH.floor!,
  ceiling: DECIMAL_MATH.ceiling!,
  truncate: DECIMAL_MATH.truncate!,
};

export const DECIMAL_PROPERTIES: Record<string, () => unknown> = {
  maxvalue: () => new DecimalValue(dec(MAX_MANTISSA)),
  minvalue: () => new DecimalValue(dec(-MAX_MANTISSA)),
  zero: () => new DecimalValue(dec(0n)),
  one: () => new DecimalValue(dec(1n)),
  minusone: () => new DecimalValue(dec(-1n)),
};
