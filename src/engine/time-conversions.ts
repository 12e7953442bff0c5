// Conversions to System.DateTime and System.TimeSpan ([datetime]'2026-01-02', [timespan]'01:02:03',
// and the operands of date arithmetic), with PowerShell's failure texts.

import { CAST_ERROR_ID, ConversionError, castFailure, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DateTimeValue, parseDateTime } from './datetime.js';
import { TypedNumber } from './numeric.js';
import { parseTimeSpan, TimeSpanValue } from './timespan.js';

const DATETIME = 'System.DateTime';
const TIMESPAN = 'System.TimeSpan';
/** The types whose value DateTime's Int64 constructor takes as ticks. */
const INTEGER_TYPES = new Set(['System.Int32', 'System.Int64', 'System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.UInt32', 'System.UInt64', 'System.Char']);

export function toDateTime(value: unknown): DateTimeValue {
  const v = unwrap(value);
  if (v instanceof DateTimeValue) return v;
  if (typeof v === 'string') {
    const parsed = parseDateTime(v);
    if (parsed) return parsed;
    throw new ConversionError(`Cannot convert value "${v}" to type "${DATETIME}". Error: "The string '${v}' was not recognized as a valid DateTime. There is an unknown word starting at index '0'."`, CAST_ERROR_ID.parseWithFormat);
  }
  // A whole number is a count of ticks (DateTime's Int64 constructor).
  const raw = unwrapArgument(value);
  const ticks = raw instanceof TypedNumber ? (raw.exact ?? raw.value) : v;
  if ((typeof ticks === 'number' && Number.isInteger(ticks)) || typeof ticks === 'bigint') {
    if (INTEGER_TYPES.has(typeNameOf(raw))) {
      if (BigInt(ticks) >= 0n && BigInt(ticks) <= 3155378975999999999n) return DateTimeValue.fromTicks(BigInt(ticks));
      throw new ConversionError(`Cannot convert value "${toPSString(raw)}" to type "${DATETIME}". Error: "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'ticks')"`, 'InvalidCastConstructorException');
    }
  }
  // A Boolean goes through IConvertible, which has no conversion to DateTime.
  if (typeof v === 'boolean') throw new ConversionError(`Cannot convert value "${toPSString(v)}" to type "${DATETIME}". Error: "Invalid cast from 'Boolean' to 'DateTime'."`, CAST_ERROR_ID.iConvertible);
  throw castFailure(value, DATETIME);
}

export function toTimeSpan(value: unknown): TimeSpanValue {
  const raw = unwrap(value);
  const v = raw instanceof TypedNumber ? raw.value : raw;
  if (v instanceof TimeSpanValue) return v;
  // A number is a count of ticks, as TimeSpan's Int64 constructor reads it.
  if (typeof v === 'number' && Number.isInteger(v) && INTEGER_TYPES.has(typeNameOf(unwrapArgument(value)))) return new TimeSpanValue(v);
  if (typeof v === 'string') {
    const parsed = parseTimeSpan(v);
    if (parsed) return parsed;
    throw new ConversionError(`Cannot convert value "${v}" to type "${TIMESPAN}". Error: "String '${v}' was not recognized as a valid TimeSpan."`, CAST_ERROR_ID.parseWithFormat);
  }
  // A Double (or Single, Decimal) is read as its text: 2.0 is "2", two days; 2.5 is no TimeSpan.
  if (typeof v === 'number') return toTimeSpan(toPSString(raw));
  if (v === null || v === undefined) throw new ConversionError(`Cannot convert null to type "${TIMESPAN}".`, 'nullToObjectInvalidCast');
  // A DateTime or a Boolean goes through IConvertible, which words its refusal with full type names.
  if (v instanceof DateTimeValue || typeof v === 'boolean') {
    throw new ConversionError(`Cannot convert value "${toPSString(v)}" to type "${TIMESPAN}". Error: "Invalid cast from '${typeNameOf(v)}' to '${TIMESPAN}'."`, CAST_ERROR_ID.iConvertible);
  }
  throw castFailure(value, TIMESPAN);
}

/** Orders two DateTimes or two TimeSpans (the right operand converted to the left's type). */
export function compareTime(left: DateTimeValue | TimeSpanValue, right: unknown): number {
  if (left instanceof DateTimeValue) {
    const r = toDateTime(right);
    return left.ticks < r.ticks ? -1 : left.ticks > r.ticks ? 1 : 0;
  }
  return Math.sign(left.ticks - toTimeSpan(right).ticks);
}
