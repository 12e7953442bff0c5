// Text to numbers the way PowerShell's LanguagePrimitives and binders read it:
// - Parser.ScanNumber: the trimmed text as one number token of the language (`0x10`, `1kb`, `1e3`, `1.5d`,
//   a leading sign), each with the type the tokenizer gives it;
// - the .NET readers LanguagePrimitives falls back to: an integer type's TypeConverter (`#10`, `0x10`,
//   `&h10`, else Int32.Parse with NumberStyles.Integer), Double.Parse (Float | AllowThousands: `1,000.5`,
//   `Infinity`) and Decimal.Parse (Number: `5-`);
// - Convert.ToXxx from one number type to an integer type, with .NET's overflow texts.
// A cast tries the token first, then the .NET reader, and reports the .NET reader's failure.

import { classifyNumberLiteral } from '../language/number-literals.js';
import { ConversionError, CAST_ERROR_ID } from './conversion-error.js';
import { DecimalValue, INTEGER_TYPES, exactIntegerRange, typed } from './numeric.js';
import { type Dec, DecimalOverflow, dec, fit, fromDouble, toWholeEven } from './decimal.js';
import * as R from './runtime-strings.js';

/** A number with its .NET type (System.Int32, System.Double, System.Decimal, System.Numerics.BigInteger ...). */
export interface NumberValue {
  value: number;
  type: string;
  /** The exact whole value past 2^53; a Decimal literal's mantissa when `scale` is set. */
  exact?: bigint;
  /** A Decimal literal's scale (see NumberLiteral). */
  scale?: number;
  /** A Decimal's mantissa and scale. */
  dec?: Dec;
}

/** A .NET exception's message (OverflowException, FormatException) inside a conversion. */
export class DotNetFailure extends Error {}

const OVERFLOW_NOUN: Record<string, string> = {
  'System.SByte': 'a signed byte',
  'System.Byte': 'an unsigned byte',
  'System.Int16': 'an Int16',
  'System.UInt16': 'a UInt16',
  'System.Int32': 'an Int32',
  'System.UInt32': 'a UInt32',
  'System.Int64': 'an Int64',
  'System.UInt64': 'a UInt64',
  'System.Decimal': 'a Decimal',
  'System.Char': 'a character',
};

/** .NET's OverflowException text for a conversion to `type`. */
export const overflowText = (type: string) => `Value was either too large or too small for ${OVERFLOW_NOUN[type]}.`;
const ARITHMETIC_OVERFLOW = 'Arithmetic operation resulted in an overflow.';

const REAL_TYPES = new Set(['System.Double', 'System.Single']);

/** MidpointRounding.ToEven, as Convert.ToInt32(double) and Decimal.Round round. */
function roundHalfEven(n: number): number {
  const f = Math.floor(n);
  const d = n - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/**
 * Convert.ToXxx of a number to an integer type (Byte ... UInt64, Char): reals round half to even; a value
 * out of range throws DotNetFailure with .NET's text. Convert.ToByte/SByte/Int16/UInt16(double) go through
 * ToInt32 (so 3e9 overflows "an Int32"), ToInt64/UInt64(double) are checked casts, BigInteger's explicit
 * operators say "Arithmetic operation resulted in an overflow." for the small types.
 */
export function numberToInteger(n: NumberValue, type: string): unknown {
  const [min, max] = exactIntegerRange(type);
  let whole: bigint;
  if (n.type === 'System.Decimal') {
    // Rounded half to even from the exact digits (2.5 is 2, 3.5 is 4); past the type's range it overflows.
    whole = toWholeEven(n.dec ?? (n.exact !== undefined ? dec(n.exact) : fromDouble(n.value)));
  } else if (REAL_TYPES.has(n.type)) {
    if (!Number.isFinite(n.value)) throw new DotNetFailure(type === 'System.Int64' || type === 'System.UInt64' ? ARITHMETIC_OVERFLOW : overflowText(viaInt32(type)));
    const r = roundHalfEven(n.value);
    if (type === 'System.Int64' || type === 'System.UInt64') {
      if (r < Number(min) || r >= Number(max) + 1) throw new DotNetFailure(ARITHMETIC_OVERFLOW);
    } else if (viaInt32(type) === 'System.Int32' && (r < -2147483648 || r > 2147483647)) throw new DotNetFailure(overflowText('System.Int32'));
    whole = BigInt(r);
  } else {
    whole = n.exact ?? BigInt(n.value);
  }
  if (whole < min || whole > max) {
    throw new DotNetFailure(n.type === 'System.Numerics.BigInteger' && type !== 'System.Int32' && type !== 'System.Int64' && type !== 'System.UInt32' && type !== 'System.UInt64' ? ARITHMETIC_OVERFLOW : overflowText(type));
  }
  const value = Number(whole);
  return typed(value === 0 ? 0 : value, type, Number.isSafeInteger(value) ? undefined : whole);
}

/** The types whose Convert.ToXxx(double) converts through Int32 first. */
function viaInt32(type: string): string {
  return type === 'System.UInt32' || type === 'System.Int32' ? type : 'System.Int32';
}

/** Parser.ScanNumber without coercion: the trimmed text as one number token, or undefined. Empty text is 0. */
export function scanNumber(text: string): NumberValue | undefined {
  const t = text.trim();
  if (t === '') return { value: 0, type: 'System.Int32' };
  const sign = /^[-+\u2013\u2014\u2015]/.test(t) ? t[0]! : '';
  const body = t.slice(sign.length);
  // `0x` with no digits is a zero to the tokenizer.
  if (/^0x$/i.test(body)) return { value: 0, type: 'System.Int32' };
  if (!/^[0-9.]/.test(body)) return undefined;
  const lit = classifyNumberLiteral(body, sign !== '' && sign !== '+');
  return lit && { value: lit.value, type: lit.type, exact: lit.exact, scale: lit.scale };
}

const NUMBER_WHITE = /^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g;

/** Double.Parse(text, NumberStyles.Float | AllowThousands, invariant culture); undefined when it fails. */
export function parseDouble(text: string): number | undefined {
  const t = text.replace(NUMBER_WHITE, '');
  const special = /^([+-]?)(infinity|nan)$/i.exec(t);
  if (special) return special[2]!.toLowerCase() === 'nan' ? Number.NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:(\d[\d,]*)(?:\.(\d*))?|\.(\d+))(?:e([+-]?\d+))?$/i.exec(t);
  if (!m) return undefined;
  return Number(`${m[1]}${(m[2] ?? '0').replace(/,/g, '')}.${m[3] ?? m[4] ?? ''}0e${m[5] ?? '0'}`);
}

/**
 * The last reading of ConvertStringToInteger: the text as a real number with thousands separators
 * (NumberStyles.Float | AllowThousands, `1,5.5`), exactly, rounded half to even to a whole number.
 */
function parseWhole(text: string): bigint | undefined {
  const m = /^([+-]?)(?:(\d[\d,]*)(?:\.(\d*))?|\.(\d+))(?:e([+-]?\d+))?$/i.exec(text.replace(NUMBER_WHITE, ''));
  if (!m) return undefined;
  const exponent = Number(m[5] ?? '0');
  if (exponent > 40) return undefined;
  let digits = (m[2] ?? '0').replace(/,/g, '') + (m[3] ?? m[4] ?? '');
  let point = digits.length - (m[3] ?? m[4] ?? '').length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point, '0');
  let whole = BigInt(digits.slice(0, point) || '0');
  const rest = digits.slice(point);
  const half = rest === '' ? -1 : rest[0]! > '5' || (rest[0] === '5' && /[1-9]/.test(rest.slice(1))) ? 1 : rest[0] === '5' ? 0 : -1;
  if (half > 0 || (half === 0 && whole % 2n === 1n)) whole += 1n;
  return m[1] === '-' ? -whole : whole;
}

/** Decimal.Parse(text, NumberStyles.Number, invariant culture): the exact digits and their scale, or the .NET failure text. */
export function parseDecimal(text: string): Dec {
  const t = text.replace(NUMBER_WHITE, '');
  const m = /^([+-]?)[\t\n\v\f\r ]*(?:(\d[\d,]*)(?:\.(\d*))?|\.(\d+))[\t\n\v\f\r ]*([+-]?)$/.exec(t);
  if (!m || (m[1] && m[5])) throw new DotNetFailure(R.NumberFormat(text));
  const negative = m[1] === '-' || m[5] === '-';
  const whole = (m[2] ?? '0').replace(/,/g, '');
  const fraction = m[3] ?? m[4] ?? '';
  const mantissa = BigInt(whole + fraction);
  try {
    return fit(negative ? -mantissa : mantissa, fraction.length);
  } catch (e) {
    if (e instanceof DecimalOverflow) throw new DotNetFailure(overflowText('System.Decimal'));
    throw e;
  }
}

/** A number token as a Decimal: a `d` literal keeps its digits, a real goes through new Decimal(double). */
function tokenDecimal(token: NumberValue): DecimalValue {
  if (token.type === 'System.Decimal') return typed(token.value, token.type, token.exact, token.scale) as DecimalValue;
  if (REAL_TYPES.has(token.type)) return new DecimalValue(fromDouble(token.value));
  return typed(token.value, 'System.Decimal', token.exact) as DecimalValue;
}

/**
 * An integer type's TypeConverter (BaseNumberConverter.ConvertFrom): `#`, `0x` and `&h` read the rest
 * as hex through Convert.ToXxx(text, 16), anything else goes to Xxx.Parse with NumberStyles.Integer.
 */
function integerConverter(text: string, type: string): unknown {
  const t = text.trim();
  const hex = /^(#|0x|&h)/i.exec(t);
  if (hex) return hexToInteger(t.slice(hex[0].length), type);
  const m = /^([+-]?)(\d+)$/.exec(t.replace(NUMBER_WHITE, ''));
  if (!m) throw new DotNetFailure(R.NumberFormat(t));
  const [min, max] = exactIntegerRange(type);
  const v = (m[1] === '-' ? -1n : 1n) * BigInt(m[2]!);
  if (v < min || v > max) throw new DotNetFailure(overflowText(type));
  return typed(Number(v) === 0 ? 0 : Number(v), type, Number.isSafeInteger(Number(v)) ? undefined : v);
}

/** Convert.ToXxx(digits, 16): the bits of a 32-bit (or 64-bit) word, read as the type (0xFF is -1 as an SByte). */
function hexToInteger(digits: string, type: string): unknown {
  if (digits === '') throw new DotNetFailure("Specified argument was out of the range of valid values. (Parameter 'Index was out of range. Must be non-negative and less than the size of the collection.')");
  if (digits.startsWith('-')) throw new DotNetFailure('String cannot contain a minus sign if the base is not 10.');
  const m = /^[0-9a-f]+/i.exec(digits);
  if (!m) throw new DotNetFailure('Could not find any recognizable digits.');
  if (m[0].length !== digits.length) throw new DotNetFailure('Additional non-parsable characters are at the end of the string.');
  const wide = type === 'System.Int64' || type === 'System.UInt64';
  let v = BigInt(`0x${digits}`);
  if (v > (wide ? 2n ** 64n - 1n : 2n ** 32n - 1n)) throw new DotNetFailure(overflowText(wide ? 'System.UInt64' : 'System.UInt32'));
  const width = { 'System.SByte': 8n, 'System.Int16': 16n, 'System.Int32': 32n, 'System.Int64': 64n }[type];
  if (width !== undefined) {
    // Signed types take the bits when they fit the unsigned type of the same width.
    if (v >= 2n ** width) throw new DotNetFailure(overflowText(type));
    if (v >= 2n ** (width - 1n)) v -= 2n ** width;
  } else if (v > exactIntegerRange(type)[1]) throw new DotNetFailure(overflowText(type));
  return typed(Number(v), type, Number.isSafeInteger(Number(v)) ? undefined : v);
}

/** LanguagePrimitives.ConvertStringToInteger: the token, then the type's converter, then Double.Parse; the converter's failure is reported. */
export function stringToInteger(text: string, type: string): unknown {
  if (text === '') return typed(0, type);
  const token = scanNumber(text);
  if (token) {
    try {
      return numberToInteger(token, type);
    } catch (e) {
      if (!(e instanceof DotNetFailure)) throw e;
    }
  }
  try {
    return integerConverter(text, type);
  } catch (e) {
    if (!(e instanceof DotNetFailure)) throw e;
    const whole = parseWhole(text);
    if (whole !== undefined) {
      try {
        return numberToInteger({ value: Number(whole), type: 'System.Int64', exact: whole }, type);
      } catch (inner) {
        if (!(inner instanceof DotNetFailure)) throw inner;
      }
    }
    throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, type, e.message), CAST_ERROR_ID.stringToInteger);
  }
}

/** Conversion of text to [double]: Double.Parse, then the token; Double.Parse's failure is reported. */
export function stringToDouble(text: string, type = 'System.Double'): number {
  if (text.trim() === '') return 0;
  const real = parseDouble(text);
  if (real !== undefined) return real;
  const token = scanNumber(text);
  if (token) return token.value;
  throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, type, R.NumberFormat(text)), CAST_ERROR_ID.stringToDouble);
}

/** Conversion of text to [decimal]: the token (when it fits a Decimal: '1.50' is the Double 1.5), then Decimal.Parse ('1,000.50'), whose failure is reported. */
export function stringToDecimal(text: string): DecimalValue {
  if (text.trim() === '') return new DecimalValue(dec(0n));
  const token = scanNumber(text);
  if (token && Number.isFinite(token.value) && Math.abs(token.value) < 2 ** 96) return tokenDecimal(token);
  try {
    return new DecimalValue(parseDecimal(text));
  } catch (e) {
    if (!(e instanceof DotNetFailure)) throw e;
    throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, 'System.Decimal', e.message), CAST_ERROR_ID.stringToDecimal);
  }
}

/**
 * Parser.ScanNumber with coercion, as the arithmetic and comparison operators read a text operand: the
 * trimmed text as a number token, else the text converted to the other operand's numeric type (whose
 * failure names the trimmed text).
 */
export function scanOperand(text: string, otherType: string): unknown {
  const token = scanNumber(text);
  if (token) return typed(token.value, token.type, token.exact, token.scale);
  const t = text.trim();
  if (otherType === 'System.Double' || otherType === 'System.Single') return typed(stringToDouble(t), 'System.Double');
  if (otherType === 'System.Decimal') return stringToDecimal(t);
  return stringToInteger(t, INTEGER_TYPES[otherType] && otherType !== 'System.Char' ? otherType : 'System.Int32');
}
