// Numbers whose .NET type is not the one a plain JavaScript number implies. A plain number is an
// Int32 when it is a whole number in Int32's range and a Double otherwise; a TypedNumber says its type
// (an Int64, a Double that happens to be whole, a Decimal, a Byte, a Char ...), so GetType(), display
// and arithmetic follow PowerShell. Code that only needs the value reads it through convert.unwrap.

import { classifyNumberLiteral } from '../language/number-literals.js';
import { singleText } from './float-text.js';
import { type Dec, DecimalOverflow, dec, fit, fromBigInt, fromDouble, parseDecimalText, toDouble, toText } from './decimal.js';

export class TypedNumber {
  constructor(
    readonly value: number,
    /** The .NET full name: System.Int64, System.Double, System.Decimal, System.Char, ... */
    readonly type: string,
    /** The exact value of a whole number past 2^53 (Int64, UInt64, Decimal, BigInteger). */
    readonly exact?: bigint,
  ) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return typedNumberText(this, (n) => String(n));
  }
}

/** A System.Decimal: its mantissa and scale (decimal.ts computes with them); `value` is its Double. */
export class DecimalValue extends TypedNumber {
  constructor(readonly dec: Dec) {
    super(toDouble(dec), 'System.Decimal', dec.scale === 0 && !Number.isSafeInteger(Number(dec.mantissa)) ? dec.mantissa : undefined);
  }
  override toString(): string {
    return toText(this.dec);
  }
}

/**
 * A Decimal from what a caller has: the exact mantissa (and scale), else a JavaScript number read by its
 * shortest digits (0.1 is 0.1). Throws DecimalOverflow past the range.
 */
export function decimalOf(value: number, exact?: bigint, scale?: number): DecimalValue {
  if (exact !== undefined) return new DecimalValue(scale === undefined ? fromBigInt(exact) : fit(exact, scale));
  if (Number.isSafeInteger(value)) return new DecimalValue(dec(BigInt(value)));
  if (!Number.isFinite(value)) throw new DecimalOverflow();
  const d = parseDecimalText(String(value));
  if (!d) throw new DecimalOverflow();
  return new DecimalValue(d);
}

/**
 * A number converted to Decimal as the binder converts an operand (the value already unwrapped of its
 * argument form): integers exactly, a Double or Single through new Decimal(double) (15 digits), a
 * Boolean as 0 or 1. Throws DecimalOverflow for a Double past the range, NaN and the infinities.
 */
export function toDec(v: unknown): Dec {
  if (v instanceof DecimalValue) return v.dec;
  if (v instanceof TypedNumber) {
    if (v.type === 'System.Double') return fromDouble(v.value);
    // new Decimal(float) keeps 7 significant digits ([decimal][single]0.1 is 0.1).
    if (v.type === 'System.Single') return fromDouble(Number(v.value.toPrecision(7)));
    if (v.exact !== undefined) return fromBigInt(v.exact);
    return Number.isInteger(v.value) ? dec(BigInt(v.value)) : fromDouble(v.value);
  }
  if (typeof v === 'boolean') return dec(v ? 1n : 0n);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? dec(BigInt(v)) : fromDouble(v);
  return dec(BigInt(Number(v) || 0));
}

/** The Decimal inside a value, if it is one. */
export function decimalIn(raw: unknown): Dec | undefined {
  return raw instanceof DecimalValue ? raw.dec : undefined;
}

export const INTEGER_TYPES: Record<string, [number, number]> = {
  'System.SByte': [-128, 127],
  'System.Byte': [0, 255],
  'System.Int16': [-32768, 32767],
  'System.UInt16': [0, 65535],
  'System.Int32': [-2147483648, 2147483647],
  'System.UInt32': [0, 4294967295],
  'System.Int64': [-(2 ** 63), 2 ** 63 - 1],
  'System.UInt64': [0, 2 ** 64 - 1],
  'System.Char': [0, 65535],
};

/**
 * An integer type's exact range ([long] is -9223372036854775808..9223372036854775807): INTEGER_TYPES'
 * Int64 and UInt64 maxima are rounded up as JavaScript numbers.
 */
export function exactIntegerRange(type: string): [bigint, bigint] {
  if (type === 'System.Int64') return [-(2n ** 63n), 2n ** 63n - 1n];
  if (type === 'System.UInt64') return [0n, 2n ** 64n - 1n];
  const [min, max] = INTEGER_TYPES[type]!;
  return [BigInt(min), BigInt(max)];
}

/** A number of a given type: a plain number where that already reads as the type. */
export function typed(value: number, type: string, exact?: bigint, scale?: number): unknown {
  if (type === 'System.Decimal') return decimalOf(value, exact, scale);
  if (type === 'System.Int32' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647) return value === 0 ? 0 : value;
  if (type === 'System.Double' && !Number.isInteger(value) && Number.isFinite(value)) return value;
  return new TypedNumber(value, type, exact);
}

/** The value of a number literal (its text as typed, with any sign) as PowerShell types it. */
export function literalValue(text: string, fallback: number): unknown {
  const negative = /^[-\u2013\u2014\u2015]/.test(text);
  const body = /^[-+\u2013\u2014\u2015]/.test(text) ? text.slice(1) : text;
  const lit = classifyNumberLiteral(body, negative);
  if (!lit) return fallback;
  return typed(lit.value, lit.type, lit.exact, lit.scale);
}

/** Display text: `format` formats a Double the PowerShell way (15 significant digits). */
export function typedNumberText(n: TypedNumber, format: (n: number) => string): string {
  if (n.type === 'System.Char') return String.fromCharCode(n.value);
  if (n instanceof DecimalValue) return toText(n.dec);
  if (n.exact !== undefined) return n.exact.toString();
  if (n.type === 'System.Single') return singleText(n.value);
  if (n.type === 'System.Double') {
    if (Object.is(n.value, -0)) return '-0';
    return format(n.value);
  }
  // A Decimal that came from a Double keeps the Double's digits (new Decimal(double) keeps 15).
  if (Number.isInteger(n.value) && n.type !== 'System.Decimal') return Number.isSafeInteger(n.value) ? String(n.value) : BigInt(n.value).toString();
  // A Decimal: never exponent notation; the shortest digits that read back as the value.
  return plainNotation(n.value);
}

const RANK = ['System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.Char', 'System.Int32', 'System.UInt32', 'System.Int64', 'System.UInt64', 'System.Decimal', 'System.Single', 'System.Double'];

/** The .NET type an arithmetic operator computes in, for two operand types (PowerShell widens small integers to Int32). */
export function arithmeticType(a: string, b: string): string {
  // A Decimal wins over a Double: PowerShell converts the Double to Decimal (`1d + 1.5` is a Decimal).
  if (a === 'System.Decimal' || b === 'System.Decimal') return 'System.Decimal';
  if (a === 'System.Double' || b === 'System.Double' || a === 'System.Single' || b === 'System.Single') return 'System.Double';
  const ra = Math.max(RANK.indexOf(a), RANK.indexOf('System.Int32'));
  const rb = Math.max(RANK.indexOf(b), RANK.indexOf('System.Int32'));
  const t = RANK[Math.max(ra, rb)]!;
  // Mixed signed/unsigned of the same width widen: UInt32 with Int32 computes in Int64, UInt64 with Int64 in Double.
  if ((t === 'System.UInt32' && (a === 'System.Int32' || b === 'System.Int32')) || (t === 'System.UInt32' && (a.startsWith('System.Int') || b.startsWith('System.Int')) && a !== b)) return 'System.Int64';
  return t === 'System.Char' ? 'System.Int32' : t;
}

/**
 * An unsigned integer with a signed one: pwsh computes in the unsigned type when the signed value is
 * not negative (`1u + 1` is a UInt32), else in the next wider type (`1u + -1` an Int64, `1ul + -1` a
 * Decimal). Undefined when the operands do not mix signs that way.
 */
export function mixedSignType(a: string, b: string, x: number, y: number): string | undefined {
  const unsigned = (t: string) => t === 'System.UInt32' || t === 'System.UInt64';
  const signed = ['System.SByte', 'System.Byte', 'System.Int16', 'System.UInt16', 'System.Char', 'System.Int32', 'System.Int64'];
  if (unsigned(a) === unsigned(b)) return undefined;
  const [u, s, sv] = unsigned(a) ? [a, b, y] : [b, a, x];
  if (!signed.includes(s) || (s === 'System.Int64' && u === 'System.UInt32')) return undefined;
  if (sv >= 0) return u;
  return u === 'System.UInt32' ? 'System.Int64' : 'System.Decimal';
}

/** The result of integer arithmetic in `type`: an overflow gives a Double, as PowerShell's binder does. */
export function arithmeticResult(value: number, type: string): unknown {
  if (type === 'System.Double' || type === 'System.Decimal') return typed(value, type);
  const range = INTEGER_TYPES[type];
  if (!range || !Number.isInteger(value)) return typed(value, 'System.Double');
  // 2^63 - 1 and 2^64 - 1 round up to 2^63 and 2^64 as JavaScript numbers: those are overflows too.
  const past64 = (type === 'System.Int64' && value >= 2 ** 63) || (type === 'System.UInt64' && value >= 2 ** 64);
  if (value < range[0] || value > range[1] || past64) return typed(value, 'System.Double');
  return typed(value, type);
}

/** A number's shortest round-trip digits (String(n)) written without an exponent: 1e+21 → 1000000000000000000000. */
export function plainNotation(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[2]! + (m[3] ?? '');
  const point = 1 + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${'0'.repeat(-point)}${digits}`;
  return m[1] + (point >= digits.length ? digits.padEnd(point, '0') : `${digits.slice(0, point)}.${digits.slice(point)}`);
}
