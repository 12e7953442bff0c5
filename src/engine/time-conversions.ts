// Conversions to System.DateTime and System.TimeSpan ([datetime]'2026-01-02', [timespan]'01:02:03',
// and the operands of date arithmetic), with PowerShell's failure texts.

import { CAST_ERROR_ID, ConversionError, castFailure, exceptionValueText, toNumber, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DateTimeValue, notADateText, parseDateTime } from './datetime.js';
import { DateTimeOffsetValue, parseDateTimeOffset } from './datetime-offset.js';
import { TypedNumber } from './numeric.js';
import { toIntegerType } from './numeric-casts.js';
import { argumentConversionError, DotNetException } from './member-error.js';
import { MAX_TICKS, parseTimeSpan, timeSpanOverflow, TimeSpanValue } from './timespan.js';

const DATETIME = 'System.DateTime';
const TIMESPAN = 'System.TimeSpan';
/** The types whose value DateTime's Int64 constructor takes as ticks. */
const INTEGER_TYPES = new Set(['System.Int32', 'System.Int64', 'System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.UInt32', 'System.UInt64', 'System.Char']);

export function toDateTime(value: unknown): DateTimeValue {
  const v = unwrap(value);
  if (v instanceof DateTimeValue) return v;
  if (v === null || v === undefined) throw new ConversionError(`Cannot convert null to type "${DATETIME}".`, 'nullToObjectInvalidCast');
  if (typeof v === 'string') {
    const parsed = parseDateTime(v);
    if (parsed) return parsed;
    throw new ConversionError(`Cannot convert value "${v}" to type "${DATETIME}". Error: "${notADateText(v)}"`, CAST_ERROR_ID.parseWithFormat);
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

const DATETIME_OFFSET = 'System.DateTimeOffset';

/** [datetimeoffset] of text (a date with an optional zone) or of a DateTime (a UTC one at offset 0, any other at the machine's offset). */
export function toDateTimeOffset(value: unknown): DateTimeOffsetValue {
  const v = unwrap(value);
  if (v instanceof DateTimeOffsetValue) return v;
  if (v === null || v === undefined) throw new ConversionError(`Cannot convert null to type "${DATETIME_OFFSET}".`, 'nullToObjectInvalidCast');
  if (v instanceof DateTimeValue) return DateTimeOffsetValue.fromDateTime(v);
  if (typeof v === 'string') {
    const parsed = parseDateTimeOffset(v);
    if (parsed) return parsed;
    throw new ConversionError(`Cannot convert value "${v}" to type "${DATETIME_OFFSET}". Error: "${notADateText(v)}"`, CAST_ERROR_ID.parseWithFormat);
  }
  throw castFailure(value, DATETIME_OFFSET);
}

export function toTimeSpan(value: unknown): TimeSpanValue {
  const raw = unwrap(value);
  const v = raw instanceof TypedNumber ? raw.value : raw;
  if (v instanceof TimeSpanValue) return v;
  // A number is a count of ticks, as TimeSpan's Int64 constructor reads it (exactly, past 2^53).
  if (typeof v === 'number' && Number.isInteger(v) && INTEGER_TYPES.has(typeNameOf(unwrapArgument(value)))) {
    const typed = unwrapArgument(value);
    return typed instanceof TypedNumber && typed.exact !== undefined && typed.exact <= MAX_TICKS ? TimeSpanValue.fromBig(typed.exact) : new TimeSpanValue(v);
  }
  if (typeof v === 'string') {
    const parsed = parseTimeSpan(v);
    if (parsed === 'overflow') {
      throw new ConversionError(`Cannot convert value "${v}" to type "${TIMESPAN}". Error: "The TimeSpan string '${v}' could not be parsed because at least one of the numeric components is out of range or contains too many digits."`, CAST_ERROR_ID.parseWithFormat);
    }
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
  return left.compare(toTimeSpan(right));
}

/** An Int64 method argument (AddTicks' and FromTicks' ticks): exact past 2^53; a failure names the argument, as the binder's does. */
export function int64Argument(raw: unknown, method: string, parameter: string): number | bigint {
  const n = integerArgument(raw, method, parameter, 'System.Int64');
  return n instanceof TypedNumber ? (n.exact ?? n.value) : (n as number);
}

/** An integer method argument converted as PowerShell's method binder converts it; a failure names the argument and the method. */
export function integerArgument(raw: unknown, method: string, parameter: string, type: 'System.Int32' | 'System.Int64' | 'System.Byte'): unknown {
  try {
    return unwrapArgument(toIntegerType(raw, type));
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    const v = unwrapArgument(raw);
    throw argumentConversionError(method, parameter, v === null || v === undefined ? '' : exceptionValueText(v), type, e.message);
  }
}

/** Ticks per unit of TimeSpan's From* factories. */
const FACTORY_TICKS: Readonly<Record<string, number>> = {
  fromdays: 864_000_000_000,
  fromhours: 36_000_000_000,
  fromminutes: 600_000_000,
  fromseconds: 10_000_000,
  frommilliseconds: 10_000,
  frommicroseconds: 10,
};
/** The later parameters' units of .NET 9's integer overloads (FromDays(days, hours, minutes, seconds, milliseconds, microseconds), …). */
const UNIT_ORDER = ['fromdays', 'fromhours', 'fromminutes', 'fromseconds', 'frommilliseconds', 'frommicroseconds'];
const NOT_DOUBLE = new Set(['System.Double', 'System.Single', 'System.Decimal', 'System.String']);

/**
 * [timespan]::FromTicks(…), FromDays(…) and the other factories, as the method binder picks among .NET 9's
 * overloads: a whole number takes the integer one (exact; past the range an ArgumentOutOfRangeException),
 * a Double the Double one (truncated to ticks; past the range an OverflowException). Undefined for no such factory.
 */
export function timeSpanFactory(name: string, args: readonly unknown[]): { value: TimeSpanValue } | undefined {
  const method = name.toLowerCase();
  if (method === 'fromticks') {
    const t = int64Argument(args[0], 'FromTicks', 'value');
    return { value: typeof t === 'bigint' ? TimeSpanValue.fromBig(t) : new TimeSpanValue(t) };
  }
  const unit = FACTORY_TICKS[method];
  if (unit === undefined || args.length === 0) return undefined;
  const first = unwrapArgument(args[0]);
  if (args.length === 1 && (NOT_DOUBLE.has(typeNameOf(first)) || typeof unwrap(first) !== 'number')) {
    const value = toNumber(args[0]);
    if (Number.isNaN(value)) throw new DotNetException('TimeSpan does not accept floating point Not-a-Number values.', 'ArgumentException');
    return { value: TimeSpanValue.fromDoubleTicks(value * unit) };
  }
  let ticks = 0n;
  const start = UNIT_ORDER.indexOf(method);
  const methodName = `From${method[4]!.toUpperCase()}${method.slice(5)}`;
  for (let i = 0; i < args.length; i++) {
    const part = UNIT_ORDER[start + i];
    if (part === undefined) return undefined;
    const t = int64Argument(args[i], methodName, part.slice(4));
    ticks += BigInt(t) * BigInt(FACTORY_TICKS[part]!);
  }
  try {
    return { value: TimeSpanValue.fromBig(ticks) };
  } catch {
    throw new DotNetException(timeSpanOverflow().message, 'ArgumentOutOfRangeException');
  }
}
