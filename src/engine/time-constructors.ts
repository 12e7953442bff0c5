// The constructors of System.DateTime and System.TimeSpan (`[datetime]::new(2026, 1, 2)`,
// `New-Object TimeSpan 1,2,3`): the overload is chosen by the argument count, each argument converts
// to the parameter's integer type (a failure names the parameter), and .NET's range checks throw
// their own messages. Both are value types: New-Object without arguments gives the zero value.

import { ConversionError } from './conversion-error.js';
import type { ConstructOutcome, ConstructibleType } from './construct-types.js';
import { DateTimeValue, daysInMonth, MAX_DATE_TICKS } from './datetime.js';
import { toIntegerType } from './numeric-casts.js';
import { TimeSpanValue } from './timespan.js';
import { checkedOffset, DateTimeOffsetValue } from './datetime-offset.js';
import { DotNetException } from './member-error.js';
import { unwrapArgument } from './convert.js';
import { TypedNumber } from './numeric.js';

class Mismatch extends Error {
  constructor(readonly outcome: ConstructOutcome) {
    super('argument mismatch');
  }
}

/** An argument converted to Int32/Int64 as the method binder converts it (exactly, past 2^53), or the mismatch naming its parameter. */
function integer(value: unknown, parameter: string, type: 'System.Int32' | 'System.Int64', position: number): bigint {
  try {
    const n = unwrapArgument(toIntegerType(value, type));
    return n instanceof TypedNumber ? (n.exact ?? BigInt(n.value)) : BigInt(n as number);
  } catch (e) {
    if (e instanceof ConversionError) throw new Mismatch({ kind: 'argumentMismatch', parameter, value, targetType: type, method: '.ctor', inner: e.message, position });
    throw e;
  }
}

const outOfRange = (message: string): ConstructOutcome => ({ kind: 'failed', message, errorId: 'ArgumentOutOfRangeException' });

function constructDateTime(args: readonly unknown[]): ConstructOutcome {
  if (args.length === 0) return { kind: 'created', value: DateTimeValue.fromTicks(0n) };
  if (args.length === 1) {
    const ticks = integer(args[0], 'ticks', 'System.Int64', 0);
    if (ticks < 0n || ticks > MAX_DATE_TICKS) return outOfRange("Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'ticks')");
    return { kind: 'created', value: DateTimeValue.fromTicks(ticks) };
  }
  if (args.length !== 3 && args.length !== 6 && args.length !== 7) return { kind: 'noOverload' };
  const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
  const [year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0] = args.map((a, i) => Number(integer(a, names[i]!, 'System.Int32', i)));
  if (year! < 1 || year! > 9999 || month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!)) {
    return outOfRange('Year, Month, and Day parameters describe an un-representable DateTime.');
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return outOfRange('Hour, Minute, and Second parameters describe an un-representable DateTime.');
  if (millisecond < 0 || millisecond > 999) return outOfRange("Valid values are between 0 and 999, inclusive. (Parameter 'millisecond')");
  return { kind: 'created', value: DateTimeValue.fromParts(year!, month!, day!, hour, minute, second, millisecond, 'Unspecified') };
}

const TIMESPAN_OVERLOADS: Record<number, string[]> = {
  3: ['hours', 'minutes', 'seconds'],
  4: ['days', 'hours', 'minutes', 'seconds'],
  5: ['days', 'hours', 'minutes', 'seconds', 'milliseconds'],
  6: ['days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'],
};
/** Ticks per unit of each TimeSpan constructor parameter. */
const UNIT_TICKS: Record<string, bigint> = { days: 864000000000n, hours: 36000000000n, minutes: 600000000n, seconds: 10000000n, milliseconds: 10000n, microseconds: 10n };

function constructTimeSpan(args: readonly unknown[]): ConstructOutcome {
  if (args.length === 0) return { kind: 'created', value: new TimeSpanValue(0) };
  if (args.length === 1) return { kind: 'created', value: TimeSpanValue.fromBig(integer(args[0], 'ticks', 'System.Int64', 0)) };
  const names = TIMESPAN_OVERLOADS[args.length];
  if (!names) return { kind: 'noOverload' };
  let ticks = 0n;
  names.forEach((name, i) => (ticks += integer(args[i], name, 'System.Int32', i) * UNIT_TICKS[name]!));
  if (ticks > 2n ** 63n - 1n || ticks < -(2n ** 63n)) return outOfRange('TimeSpan overflowed because the duration is too long.');
  return { kind: 'created', value: TimeSpanValue.fromBig(ticks) };
}

/**
 * DateTimeOffset's constructors: (DateTime), (DateTime, offset), (ticks, offset), and the clock's parts
 * (year .. second or millisecond) with an offset; .NET's checks of the offset and of the UTC time.
 */
function constructDateTimeOffset(args: readonly unknown[]): ConstructOutcome {
  if (args.length === 0) return { kind: 'created', value: new DateTimeOffsetValue(0n, 0) };
  const offsetArgument = args.length > 1 ? unwrapArgument(args[args.length - 1]) : undefined;
  if (args.length > 1 && !(offsetArgument instanceof TimeSpanValue)) return { kind: 'noOverload' };
  try {
    const offset = offsetArgument instanceof TimeSpanValue ? checkedOffset(offsetArgument) : undefined;
    const first = unwrapArgument(args[0]);
    if (args.length <= 2) {
      if (first instanceof DateTimeValue) {
        if (offset === undefined) return { kind: 'created', value: DateTimeOffsetValue.fromDateTime(first) };
        if (first.kind === 'Utc' && offset !== 0) return { kind: 'failed', message: "The UTC Offset for Utc DateTime instances must be 0. (Parameter 'offset')", errorId: 'ArgumentException' };
        return { kind: 'created', value: DateTimeOffsetValue.fromClock(first.ticks, offset) };
      }
      if (args.length === 1) return { kind: 'noOverload' };
      const ticks = integer(args[0], 'ticks', 'System.Int64', 0);
      if (ticks < 0n || ticks > MAX_DATE_TICKS) return outOfRange("Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'ticks')");
      return { kind: 'created', value: DateTimeOffsetValue.fromClock(ticks, offset!) };
    }
    if (args.length !== 7 && args.length !== 8) return { kind: 'noOverload' };
    const clock = constructDateTime(args.slice(0, -1));
    if (clock.kind !== 'created') return clock;
    return { kind: 'created', value: DateTimeOffsetValue.fromClock((clock.value as DateTimeValue).ticks, offset!) };
  } catch (e) {
    if (e instanceof DotNetException) return { kind: 'failed', message: e.message, errorId: e.exceptionType };
    throw e;
  }
}

const valueType = (shortName: string, fullName: string, construct: (args: readonly unknown[]) => ConstructOutcome): ConstructibleType => ({
  shortName,
  fullName,
  parameterless: true,
  valueType: true,
  construct(args) {
    try {
      return construct(args);
    } catch (e) {
      if (e instanceof Mismatch) return e.outcome;
      throw e;
    }
  },
});

export const dateTimeType = valueType('DateTime', 'System.DateTime', constructDateTime);
export const timeSpanType = valueType('TimeSpan', 'System.TimeSpan', constructTimeSpan);
export const dateTimeOffsetType = valueType('DateTimeOffset', 'System.DateTimeOffset', constructDateTimeOffset);
