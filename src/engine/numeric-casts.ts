// Casts to the numeric types and [char] (LanguagePrimitives' conversions to them), with .NET's
// overflow and format messages. types.ts registers them; arrays of them ([int[]], [char[]]...) too.

import { classifyNumberLiteral } from '../language/number-literals.js';
import { ConversionError, TypedArray, enumerate, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { INTEGER_TYPES, TypedNumber, typed } from './numeric.js';
import * as R from './runtime-strings.js';
import { EnumValue } from './values.js';

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

const withInner = (value: unknown, type: string, inner: string) => new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(value), type, inner));
const overflow = (value: unknown, type: string) => withInner(value, type, `Value was either too large or too small for ${OVERFLOW_NOUN[type]}.`);

function roundHalfEven(n: number): number {
  const f = Math.floor(n);
  const d = n - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

/** A string read as a number the way PowerShell's casts read it: blanks, a sign, hex, exponents, kb..pb and thousands separators. */
function parseNumericString(text: string, type: string): { value: number; exact?: bigint } {
  const t = text.trim();
  if (t === '') return { value: 0 };
  const negative = t.startsWith('-');
  const body = t.replace(/^[+-]/, '');
  const plain = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(body) || /^\d+,\d+$/.test(body) ? body.replace(/,/g, '') : body;
  const lit = /^[0-9.]/.test(plain) ? classifyNumberLiteral(plain, negative) : undefined;
  if (lit === undefined || /[lusnyd]$/i.test(plain.replace(/[kmgtp]b$/i, ''))) throw withInner(text, type, R.NumberFormat(text));
  return { value: lit.value, exact: lit.exact };
}

/** Conversion to an integer type (Byte, SByte, Int16, UInt16, UInt32, Int64, UInt64). */
export function toIntegerType(raw: unknown, type: string): unknown {
  const v = unwrap(raw);
  const [min, max] = INTEGER_TYPES[type]!;
  const check = (n: number, exact?: bigint): unknown => {
    if (exact !== undefined) {
      if (exact < BigInt(min) || exact > BigInt(max === 2 ** 63 ? 2n ** 63n - 1n : max === 2 ** 64 ? 2n ** 64n - 1n : max)) throw overflow(raw, type);
      return typed(Number(exact), type, Number.isSafeInteger(Number(exact)) ? undefined : exact);
    }
    if (!Number.isFinite(n)) throw overflow(raw, type);
    const r = roundHalfEven(n);
    const past64 = (type === 'System.Int64' && r >= 2 ** 63) || (type === 'System.UInt64' && r >= 2 ** 64);
    if (r < min || r > max || past64) throw overflow(raw, type);
    return typed(r === 0 ? 0 : r, type);
  };
  if (typeof v === 'number') {
    const t = unwrapArgument(raw);
    return check(v, t instanceof TypedNumber ? t.exact : undefined);
  }
  if (typeof v === 'boolean') return typed(v ? 1 : 0, type);
  if (v === null || v === undefined) return typed(0, type);
  if (v instanceof EnumValue) return check(v.value);
  if (typeof v === 'string') {
    const n = parseNumericString(v, type);
    return check(n.value, n.exact);
  }
  throw new ConversionError(R.InvalidCastException(toPSString(v), typeNameOf(v), type));
}

/** Conversion to [double] or [decimal]. */
export function toRealType(raw: unknown, type: 'System.Double' | 'System.Decimal'): unknown {
  const v = unwrap(raw);
  if (typeof v === 'number') {
    const t = unwrapArgument(raw);
    return typed(v, type, type === 'System.Decimal' && t instanceof TypedNumber ? t.exact : undefined);
  }
  if (typeof v === 'boolean') return typed(v ? 1 : 0, type);
  if (v === null || v === undefined) return typed(0, type);
  if (v instanceof EnumValue) return typed(v.value, type);
  if (typeof v === 'string') {
    const n = parseNumericString(v, type);
    return typed(n.value, type, type === 'System.Decimal' ? n.exact : undefined);
  }
  throw new ConversionError(R.InvalidCastException(toPSString(v), typeNameOf(v), type));
}

const DOTNET_SHORT: Record<string, string> = { 'System.Boolean': 'Boolean', 'System.Double': 'Double', 'System.Decimal': 'Decimal' };

/** Conversion to [char]: a one-character string, or a whole number that is a UTF-16 code. */
export function toChar(raw: unknown): unknown {
  const v = unwrap(raw);
  const type = 'System.Char';
  if (v === null || v === undefined) return new TypedNumber(0, type);
  if (typeof v === 'string') {
    if (v.length !== 1) throw withInner(v, type, 'String must be exactly one character long.');
    return new TypedNumber(v.charCodeAt(0), type);
  }
  const from = typeNameOf(unwrapArgument(raw));
  if (typeof v === 'boolean' || from === 'System.Double' || from === 'System.Decimal' || from === 'System.Single') {
    throw withInner(raw, type, `Invalid cast from '${DOTNET_SHORT[from] ?? from.replace(/^System\./, '')}' to 'Char'.`);
  }
  if (typeof v === 'number') {
    if (v < 0 || v > 65535) throw overflow(raw, type);
    return new TypedNumber(v, type);
  }
  throw new ConversionError(R.InvalidCastException(toPSString(v), typeNameOf(v), type));
}

/** Conversion to an array type: each element converted, a failure worded for the array type. */
export function toTypedArray(raw: unknown, elementType: string, convert: (v: unknown) => unknown): unknown[] | null {
  const v = unwrapArgument(raw);
  if (v === null || v === undefined) return null;
  return TypedArray.of2(elementType, enumerate(v).map((x) => {
    try {
      return convert(x);
    } catch (e) {
      if (e instanceof ConversionError) throw withInner(x, `${elementType}[]`, e.message);
      throw e;
    }
  }));
}

/** A scalar cast applied to an array: one element converts, more fail as .NET's cast does. */
export function scalarOf(convert: (v: unknown) => unknown, type: string): (v: unknown) => unknown {
  return (raw) => {
    const v = unwrap(raw);
    if (Array.isArray(v)) {
      if (v.length === 1) return convert(v[0]);
      throw new ConversionError(R.InvalidCastException(typeNameOf(v), typeNameOf(v), type));
    }
    return convert(raw);
  };
}

