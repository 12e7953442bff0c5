// System.Convert's static methods as pwsh 7.6.10 calls them (.NET 10): ToXxx of a value to each numeric type,
// Boolean, Char, DateTime and String; the integer types from text in base 2, 8, 10 or 16 and back
// (ToInt32('ff', 16), ToString(10, 2)); Base64 and hex texts of byte arrays. Convert differs from a cast:
// text is read with Int32.Parse's NumberStyles.Integer (no `0x`, no `1kb`, no thousands separators), its
// failures are .NET's own FormatException/OverflowException texts, which pwsh wraps as
// `Exception calling "ToInt32" with "1" argument(s): "…"` (the executor does that for a DotNetException).

import { TypedArray, enumerate, toInt, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DotNetException, overloads } from './member-error.js';
import { DecimalValue, TypedNumber, decimalIn, exactIntegerRange, typed } from './numeric.js';
import { DotNetFailure, numberToInteger, overflowText, parseDecimal, parseDouble, type NumberValue } from './string-numbers.js';
import { DateTimeValue, notADateText, parseDateTime } from './datetime.js';
import { byteArray, convertHexCall } from './bytes.js';
import { EnumValue } from './values.js';

type Handler = (args: unknown[]) => unknown;

const INTEGER_TARGETS = {
  tosbyte: 'System.SByte',
  tobyte: 'System.Byte',
  toint16: 'System.Int16',
  touint16: 'System.UInt16',
  toint32: 'System.Int32',
  touint32: 'System.UInt32',
  toint64: 'System.Int64',
  touint64: 'System.UInt64',
} as const;

/** Bits of each integer type, for text in another base (two's complement: 'ffffffff' is -1 to ToInt32). */
const WIDTH: Record<string, bigint> = {
  'System.SByte': 8n,
  'System.Byte': 8n,
  'System.Int16': 16n,
  'System.UInt16': 16n,
  'System.Int32': 32n,
  'System.UInt32': 32n,
  'System.Int64': 64n,
  'System.UInt64': 64n,
};

const formatError = (message: string) => new DotNetException(message, 'FormatException');
const overflow = (type: string) => new DotNetException(overflowText(type), 'OverflowException');
const badFormat = (text: string) => formatError(`The input string '${text}' was not in a correct format.`);
const shortName = (type: string) => type.replace(/^System\./, '');

/** What an IConvertible is not: an array, a hashtable, a custom object ... */
function notConvertible(v: unknown): DotNetException {
  return new DotNetException(`Unable to cast object of type '${typeNameOf(v)}' to type 'System.IConvertible'.`, 'InvalidCastException');
}

/** A number argument with its .NET type (an Int64 stays one, a whole Double stays a Double). */
function numberValue(raw: unknown): NumberValue | undefined {
  const t = unwrapArgument(raw);
  if (t instanceof TypedNumber) return { value: t.value, type: t.type, exact: t.exact, dec: decimalIn(t) };
  return typeof t === 'number' ? { value: t, type: typeNameOf(t) } : undefined;
}

/** Int32.Parse(text, NumberStyles.Integer): blanks around, one sign, decimal digits. */
function parseIntegerText(text: string, type: string): unknown {
  const m = /^[\t\n\v\f\r ]*([+-]?)(\d+)[\t\n\v\f\r ]*$/.exec(text);
  if (!m) throw badFormat(text);
  const value = BigInt(m[2]!) * (m[1] === '-' ? -1n : 1n);
  const [min, max] = exactIntegerRange(type);
  if (value < min || value > max) throw overflow(type);
  const n = Number(value);
  return typed(n === 0 ? 0 : n, type, Number.isSafeInteger(n) ? undefined : value);
}

/** Convert.ToXxx(value) for an integer type. */
function toInteger(raw: unknown, type: string): unknown {
  const v = unwrap(raw);
  if (v === null || v === undefined) return typed(0, type);
  if (typeof v === 'boolean') return typed(v ? 1 : 0, type);
  if (typeof v === 'string') return parseIntegerText(v, type);
  if (v instanceof EnumValue) return toInteger(v.value, type);
  if (v instanceof DateTimeValue) throw new DotNetException(`Invalid cast from 'DateTime' to '${shortName(type)}'.`, 'InvalidCastException');
  const n = numberValue(raw);
  if (!n) throw notConvertible(v);
  // A char converts by its code; to the signed byte it is checked like any other number.
  const number = n.type === 'System.Char' ? { value: n.value, type: 'System.Int32' } : n;
  try {
    return numberToInteger(number, type);
  } catch (e) {
    if (e instanceof DotNetFailure) throw new DotNetException(e.message, 'OverflowException');
    throw e;
  }
}

/** ParseNumbers.StringToLong as Convert.ToXxx(string, fromBase) uses it: a `0x` prefix in base 16, no blanks. */
function integerFromBase(textArg: unknown, base: number, type: string): unknown {
  if (![2, 8, 10, 16].includes(base)) throw new DotNetException('Invalid Base.');
  const text = unwrap(textArg) === null || unwrap(textArg) === undefined ? '' : toPSString(textArg);
  if (text === '') {
    throw new DotNetException("Specified argument was out of the range of valid values. (Parameter 'Index was out of range. Must be non-negative and less than the size of the collection.')", 'ArgumentOutOfRangeException');
  }
  const unsigned = type.startsWith('System.U') || type === 'System.Byte';
  let i = 0;
  let negative = false;
  if (text[0] === '-') {
    if (base !== 10) throw new DotNetException('String cannot contain a minus sign if the base is not 10.');
    if (unsigned) throw new DotNetException('The string was being parsed as an unsigned number and could not have a negative sign.', 'OverflowException');
    negative = true;
    i = 1;
  } else if (text[0] === '+') i = 1;
  if (base === 16 && /^0x/i.test(text.slice(i))) i += 2;
  const digits = /^[0-9a-fA-F]*/.exec(text.slice(i))![0];
  let end = 0;
  let value = 0n;
  for (; end < digits.length; end++) {
    const d = parseInt(digits[end]!, 16);
    if (d >= base) break;
    value = value * BigInt(base) + BigInt(d);
  }
  if (end === 0) throw formatError('Could not find any recognizable digits.');
  if (i + end < text.length) throw formatError('Additional non-parsable characters are at the end of the string.');
  const width = WIDTH[type]!;
  // Other bases read the bits of the type (Int64 and UInt64 alike); base 10 reads a signed or unsigned value.
  if (base !== 10) {
    const bits = width === 64n ? 64n : width < 32n ? 32n : width;
    if (value >= 2n ** bits) throw overflow(width === 64n ? 'System.UInt64' : 'System.UInt32');
    if (width < 32n && value >= 2n ** width) throw overflow(type);
    if (!unsigned && value >= 2n ** (width - 1n)) value -= 2n ** width;
  } else {
    if (negative) value = -value;
    const [min, max] = exactIntegerRange(type);
    if (value < min || value > max) throw overflow(type);
  }
  const n = Number(value);
  return typed(n === 0 ? 0 : n, type, Number.isSafeInteger(n) ? undefined : value);
}

/** Convert.ToString(value, toBase) of Byte, Int16, Int32 or Int64: two's complement digits outside base 10. */
function integerToBase(raw: unknown, base: number): string {
  if (![2, 8, 10, 16].includes(base)) throw new DotNetException('Invalid Base.');
  const n = numberValue(raw);
  // pwsh picks the overload by the value's type; other values go to the Int32 one (1.5 is 2, '12' is 12).
  const type = n && (n.type === 'System.Byte' || n.type === 'System.Int16' || n.type === 'System.Int64') ? n.type : 'System.Int32';
  const converted = unwrapArgument(toInteger(raw, type));
  const whole = converted instanceof TypedNumber ? (converted.exact ?? BigInt(converted.value)) : BigInt(converted as number);
  if (base === 10) return whole.toString();
  const width = WIDTH[type]!;
  return (whole < 0n ? whole + 2n ** width : whole).toString(base);
}

/** Convert.ToDouble / ToSingle of a value: text by Double.Parse (Float | AllowThousands). */
function toReal(raw: unknown, type: 'System.Double' | 'System.Single'): unknown {
  const v = unwrap(raw);
  let d: number;
  if (v === null || v === undefined) d = 0;
  else if (typeof v === 'boolean') d = v ? 1 : 0;
  else if (typeof v === 'string') {
    const parsed = parseDouble(v);
    if (parsed === undefined) throw badFormat(v);
    d = parsed;
  } else if (v instanceof DateTimeValue) throw new DotNetException(`Invalid cast from 'DateTime' to '${shortName(type)}'.`, 'InvalidCastException');
  else if (typeof v === 'number') {
    if (numberValue(raw)?.type === 'System.Char') throw new DotNetException(`Invalid cast from 'Char' to '${shortName(type)}'.`, 'InvalidCastException');
    d = v;
  } else throw notConvertible(v);
  return type === 'System.Single' ? new TypedNumber(Math.fround(d), type) : typed(d, type);
}

function toDecimal(raw: unknown): unknown {
  const v = unwrap(raw);
  if (unwrapArgument(raw) instanceof DecimalValue) return unwrapArgument(raw);
  if (typeof v === 'string') {
    try {
      return new DecimalValue(parseDecimal(v));
    } catch (e) {
      if (e instanceof DotNetFailure) throw badFormat(v);
      throw e;
    }
  }
  if (v === null || v === undefined) return typed(0, 'System.Decimal');
  if (typeof v === 'boolean') return typed(v ? 1 : 0, 'System.Decimal');
  if (typeof v === 'number') return typed(v, 'System.Decimal');
  throw notConvertible(v);
}

function toBoolean(raw: unknown): boolean {
  const v = unwrap(raw);
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
    throw formatError(`String '${v}' was not recognized as a valid Boolean.`);
  }
  if (typeof v === 'number') return v !== 0;
  throw notConvertible(v);
}

function toChar(raw: unknown): unknown {
  const v = unwrap(raw);
  if (typeof v === 'string') {
    if (v.length !== 1) throw formatError('String must be exactly one character long.');
    return typed(v.charCodeAt(0), 'System.Char');
  }
  if (v === null || v === undefined) return typed(0, 'System.Char');
  if (typeof v === 'boolean') throw new DotNetException("Invalid cast from 'Boolean' to 'Char'.", 'InvalidCastException');
  const n = numberValue(raw);
  if (!n) throw notConvertible(v);
  if (n.type === 'System.Double' || n.type === 'System.Single' || n.type === 'System.Decimal') {
    throw new DotNetException(`Invalid cast from '${shortName(n.type)}' to 'Char'.`, 'InvalidCastException');
  }
  if (n.value < 0 || n.value > 0xffff) throw overflow('System.Char');
  return typed(n.value, 'System.Char');
}

function toDateTime(raw: unknown): unknown {
  const v = unwrap(raw);
  if (v === null || v === undefined) return DateTimeValue.fromParts(1, 1, 1);
  if (v instanceof DateTimeValue) return v;
  if (typeof v === 'string') {
    const parsed = parseDateTime(v);
    if (!parsed) throw formatError(notADateText(v));
    return parsed;
  }
  if (typeof v === 'number') throw new DotNetException(`Invalid cast from '${shortName(typeNameOf(raw))}' to 'DateTime'.`, 'InvalidCastException');
  throw notConvertible(v);
}

function bytesOf(raw: unknown, offsetArg?: unknown, lengthArg?: unknown): Buffer {
  const all = enumerate(unwrap(raw)).map((b) => toInt(b) & 0xff);
  if (offsetArg === undefined) return Buffer.from(all);
  const offset = toInt(offsetArg);
  const length = toInt(lengthArg);
  if (offset < 0 || length < 0 || offset + length > all.length) {
    throw new DotNetException("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'offset')", 'ArgumentOutOfRangeException');
  }
  return Buffer.from(all.slice(offset, offset + length));
}

const BASE64_ERROR = 'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.';

/** Convert.FromBase64String: blanks are skipped; anything else outside the alphabet, or a bad length, fails. */
function fromBase64(text: string): TypedArray {
  const t = text.replace(/[\t\n\r ]/g, '');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) throw formatError(BASE64_ERROR);
  return byteArray(Buffer.from(t, 'base64'));
}

/**
 * Convert.ToBase64String's overloads: (bytes), (bytes, options), (bytes, offset, length), (bytes, offset,
 * length, options). Base64FormattingOptions.InsertLineBreaks breaks the text every 76 characters with CRLF, as .NET does.
 */
function toBase64(a: unknown[]): string {
  const bytes = a.length >= 3 ? bytesOf(a[0], a[1], a[2]) : bytesOf(a[0]);
  const options = a.length === 2 ? a[1] : a.length === 4 ? a[3] : undefined;
  const text = bytes.toString('base64');
  const v = unwrap(options);
  const breaks = v instanceof EnumValue ? v.name === 'InsertLineBreaks' : typeof v === 'string' ? /^\s*InsertLineBreaks\s*$/i.test(v) : v === 1;
  return breaks ? (text.match(/.{1,76}/g) ?? []).join('\r\n') : text;
}

/** Convert.ToString(value): the value's own text (numbers in the invariant form PowerShell prints). */
function toText(raw: unknown): string {
  const v = unwrapArgument(raw);
  if (v === null || v === undefined) return '';
  // Object.ToString(): a collection names its type.
  return Array.isArray(unwrap(v)) ? typeNameOf(v) : toPSString(v);
}

function integerMethod(name: string, type: string): Handler {
  return overloads(name, [1, 2], (a) => (a.length === 2 && typeof unwrap(a[1]) === 'number' && typeof unwrap(a[0]) !== 'number' ? integerFromBase(a[0], toInt(a[1]), type) : toInteger(a[0], type)));
}

/** The `[System.Convert]` static methods, by lower-case name. */
export function convertMethods(): Record<string, Handler> {
  const methods: Record<string, Handler> = {
    todouble: overloads('ToDouble', [1, 2], (a) => toReal(a[0], 'System.Double')),
    tosingle: overloads('ToSingle', [1, 2], (a) => toReal(a[0], 'System.Single')),
    todecimal: overloads('ToDecimal', [1, 2], (a) => toDecimal(a[0])),
    toboolean: overloads('ToBoolean', [1, 2], (a) => toBoolean(a[0])),
    tochar: overloads('ToChar', [1, 2], (a) => toChar(a[0])),
    todatetime: overloads('ToDateTime', [1, 2], (a) => toDateTime(a[0])),
    tostring: overloads('ToString', [1, 2], (a) => (a.length === 2 && typeof unwrap(a[1]) === 'number' ? integerToBase(a[0], toInt(a[1])) : toText(a[0]))),
    tobase64string: overloads('ToBase64String', [1, 2, 3, 4], toBase64),
    frombase64string: overloads('FromBase64String', [1], (a) => fromBase64(toPSString(a[0]))),
    // The hex texts are bytes.ts's, with its checks of each argument.
    tohexstring: (a) => convertHexCall('tohexstring', a),
    tohexstringlower: (a) => convertHexCall('tohexstringlower', a),
    fromhexstring: (a) => convertHexCall('fromhexstring', a),
  };
  for (const [name, type] of Object.entries(INTEGER_TARGETS)) methods[name] = integerMethod(`To${shortName(type)}`, type);
  return methods;
}
