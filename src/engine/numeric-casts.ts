// Casts to the numeric types and [char] (LanguagePrimitives' conversions to them), with .NET's
// overflow and format messages. types.ts registers them; arrays of them ([int[]], [char[]]...) too.

import { CAST_ERROR_ID, ConversionError, TypedArray, exceptionValueText, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DecimalValue, TypedNumber, decimalIn, toDec, typed } from './numeric.js';
import { DecimalOverflow, dec } from './decimal.js';
import { DotNetFailure, numberToInteger, overflowText, stringToDecimal, stringToDouble, stringToInteger, type NumberValue } from './string-numbers.js';
import * as R from './runtime-strings.js';
import { EnumValue, PSHashtable, PSObject } from './values.js';
import { DateTimeValue } from './datetime.js';

const withInner = (value: unknown, type: string, inner: string, errorId: string = CAST_ERROR_ID.iConvertible) =>
  new ConversionError(R.InvalidCastExceptionWithInnerException(exceptionValueText(value), type, inner), errorId);
/** No conversion to a number type: a DateTime goes through IConvertible, which words its own failure. */
const cannotConvert = (v: unknown, type: string) =>
  v instanceof DateTimeValue
    ? withInner(v, type, `Invalid cast from 'DateTime' to '${type.replace(/^System\./, '')}'.`)
    : new ConversionError(R.InvalidCastException(toPSString(v), typeNameOf(v), type));

/** A number as LanguagePrimitives sees it: its value and .NET type. */
function numberOf(raw: unknown, v: number): NumberValue {
  const t = unwrapArgument(raw);
  return t instanceof TypedNumber ? { value: t.value, type: t.type, exact: t.exact, dec: decimalIn(t) } : { value: v, type: typeNameOf(v) };
}

/** Conversion to an integer type (Byte, SByte, Int16, UInt16, Int32, UInt32, Int64, UInt64). */
export function toIntegerType(raw: unknown, type: string): unknown {
  const v = unwrap(raw);
  const convert = (n: NumberValue) => {
    try {
      return numberToInteger(n, type);
    } catch (e) {
      if (e instanceof DotNetFailure) throw withInner(raw, type, e.message);
      throw e;
    }
  };
  if (typeof v === 'number') return convert(numberOf(raw, v));
  if (typeof v === 'boolean') return typed(v ? 1 : 0, type);
  if (v === null || v === undefined) return typed(0, type);
  if (v instanceof EnumValue) return convert({ value: v.value, type: 'System.Int32' });
  if (typeof v === 'string') return stringToInteger(v, type);
  throw cannotConvert(v, type);
}

/** Conversion to [double], [single] (the nearest Single; past its range an infinity) or [decimal]. */
export function toRealType(raw: unknown, type: 'System.Double' | 'System.Single' | 'System.Decimal', named: string = type): unknown {
  if (type === 'System.Decimal') return toDecimal(raw);
  if (type === 'System.Single') {
    const d = unwrap(toRealType(raw, 'System.Double', type));
    return new TypedNumber(Math.fround(d as number), type);
  }
  const v = unwrap(raw);
  if (typeof v === 'number') return typed(v, type);
  if (typeof v === 'boolean') return typed(v ? 1 : 0, type);
  if (v === null || v === undefined) return typed(0, type);
  if (v instanceof EnumValue) return typed(v.value, type);
  if (typeof v === 'string') return typed(stringToDouble(v, named), type);
  throw cannotConvert(v, named);
}

/** Conversion to [decimal]: integers exactly, a Double to 15 significant digits, text as stringToDecimal reads it. */
function toDecimal(raw: unknown): DecimalValue {
  const t = unwrapArgument(raw);
  if (t instanceof DecimalValue) return t;
  const v = unwrap(raw);
  if (typeof v === 'number') {
    try {
      return new DecimalValue(toDec(t instanceof TypedNumber ? t : v));
    } catch (e) {
      // Decimal holds up to 2^96 - 1; a Double past it (or NaN) overflows.
      if (e instanceof DecimalOverflow) throw withInner(raw, 'System.Decimal', overflowText('System.Decimal'));
      throw e;
    }
  }
  if (typeof v === 'boolean') return new DecimalValue(dec(v ? 1n : 0n));
  if (v === null || v === undefined) return new DecimalValue(dec(0n));
  if (v instanceof EnumValue) return new DecimalValue(dec(BigInt(v.value)));
  if (typeof v === 'string') return stringToDecimal(v);
  // Decimal has a parameterless constructor: a dictionary converts by setting its keys as properties
  // (none gives 0; Decimal has no settable property for any key), an empty custom object is 0 too.
  if (v instanceof PSHashtable) {
    const first = v.keys()[0];
    if (first === undefined) return new DecimalValue(dec(0n));
    throw new ConversionError(`Cannot create object of type "System.Decimal". The property '${toPSString(first)}' was not found for the 'System.Decimal' object. There is no settable property available.`, 'ObjectCreationError');
  }
  if (v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject') {
    if (v.properties.size === 0) return new DecimalValue(dec(0n));
    const text = toPSString(v);
    throw new ConversionError(`Cannot convert value "${text}" to type "System.Decimal". Error: "Cannot convert the "${text}" value of type "System.Management.Automation.PSCustomObject" to type "System.Decimal"."`, 'InvalidCastConstructorException');
  }
  throw cannotConvert(v, 'System.Decimal');
}

const DOTNET_SHORT: Record<string, string> = { 'System.Boolean': 'Boolean', 'System.Double': 'Double', 'System.Single': 'Single', 'System.Decimal': 'Decimal' };

/** Conversion to [char]: a one-character string, or a whole number that is a UTF-16 code. */
export function toChar(raw: unknown): unknown {
  const v = unwrap(raw);
  const type = 'System.Char';
  if (v === null || v === undefined) return new TypedNumber(0, type);
  if (typeof v === 'string') {
    if (v.length !== 1) throw withInner(v, type, 'String must be exactly one character long.', CAST_ERROR_ID.parse);
    return new TypedNumber(v.charCodeAt(0), type);
  }
  const from = typeNameOf(unwrapArgument(raw));
  if (typeof v === 'boolean' || from === 'System.Double' || from === 'System.Decimal' || from === 'System.Single') {
    throw withInner(raw, type, `Invalid cast from '${DOTNET_SHORT[from] ?? from.replace(/^System\./, '')}' to 'Char'.`);
  }
  if (typeof v === 'number') {
    if (v < 0 || v > 65535) throw withInner(raw, type, overflowText(type));
    return new TypedNumber(v, type);
  }
  throw cannotConvert(v, type);
}

/**
 * Conversion to an array type: each element converted. An element of a collection fails with its own
 * error; a single value that fails is worded for the array type (InvalidCastExceptionScalarToArray).
 */
export function toTypedArray(raw: unknown, elementType: string, convert: (v: unknown) => unknown): unknown[] | null {
  const v = unwrapArgument(raw);
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return TypedArray.of2(elementType, v.map(convert));
  try {
    // The element converts from the value as given: [string[]] of a number typed as an argument keeps its text.
    return TypedArray.of2(elementType, [convert(raw)]);
  } catch (e) {
    if (e instanceof ConversionError) throw scalarToArrayFailure(raw, `${elementType}[]`, e);
    throw e;
  }
}

/**
 * A scalar whose element conversion failed. pwsh converts a scalar to T[] through T only when a conversion
 * from the scalar's type to T exists; when none does (the element's failure is ConvertToFinal, or
 * IConvertible's "Invalid cast"), the failure names the array type itself (`[hashtable[]]1`,
 * `[datetime[]]$true`). Otherwise the element's failure is wrapped (`[datetime[]]'x'`).
 */
function scalarToArrayFailure(raw: unknown, arrayType: string, e: ConversionError): ConversionError {
  const v = unwrapArgument(raw);
  if (e.errorId === CAST_ERROR_ID.final) return new ConversionError(R.InvalidCastException(toPSString(v), typeNameOf(v), arrayType));
  if (e.errorId === CAST_ERROR_ID.iConvertible && e.message.includes('Error: "Invalid cast from ')) return withInner(v, arrayType, `Invalid cast from '${typeNameOf(v)}' to '${arrayType}'.`);
  return withInner(v, arrayType, e.message, CAST_ERROR_ID.scalarToArray);
}

/**
 * A scalar cast applied to a collection: pwsh 7 has no conversion from a collection to a number or a
 * [char], whatever its length (`[int]@(5)` and `[int][array]'5'` fail as `[int]@(1,2)` does).
 */
export function scalarOf(convert: (v: unknown) => unknown, type: string): (v: unknown) => unknown {
  return (raw) => {
    const v = unwrap(raw);
    if (Array.isArray(v)) throw new ConversionError(R.InvalidCastException(typeNameOf(v), typeNameOf(v), type));
    return convert(raw);
  };
}
