// The constructors of System.DateTime and System.TimeSpan (`[datetime]::new(2026, 1, 2)`,
// `New-Object TimeSpan 1,2,3`): the overload is chosen by the argument count, each argument converts
// to the parameter's integer type (a failure names the parameter), and .NET's range checks throw
// their own messages. Both are value types: New-Object without arguments gives the zero value.

import { ConversionError } from './conversion-error.js';
import type { ConstructOutcome, ConstructibleType } from './construct-types.js';
import { DateTimeValue, daysInMonth, MAX_DATE_TICKS } from './datetime.js';
import { toIntegerType } from './numeric-casts.js';
import { TimeSpanValue } from './timespan.js';
import { unwrapArgument } from './convert.js';
import { TypedNumber } from './numeric.js';

class Mismatch extends Error {
  constructor(readonly outcome: ConstructOutcome) {
    super('argument mismatch');
  }
}

/** An argument converted to Int32/Int64 as the method binder converts it (exactly, past 2^53), or the mismatch naming its parameter. */
function integer(value: unknown, parameter: string, type: 'System.Int32' | 'System.Int64'): bigint {
  try {
    const n = unwrapArgument(toIntegerType(value, type));
    return n instanceof TypedNumber ? (n.exact ?? BigInt(n.value)) : BigInt(n as number);
  } catch (e) {
    if (e instanceof ConversionError) throw new Mismatch({ kind: 'argumentMismatch', parameter, value, targetType: type, method: '.ctor', inner: e.message });
    throw e;
  }
}

const outOfRange = (message: string): ConstructOutcome => ({ kind: 'failed', message, errorId: 'ArgumentOutOfRangeException' });

function constructDateTime(args: readonly unknown[]): ConstructOutcome {
  if (args.length === 0) return { kind: 'created', value: DateTimeValue.fromTicks(0n) };
  if (args.length === 1) {
    const ticks = integer(args[0], 'ticks', 'System.Int64');
    if (ticks < 0n || ticks > MAX_DATE_TICKS) return outOfRange("Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'ticks')");
    return { kind: 'created', value: DateTimeValue.fromTicks(ticks) };
  }
  if (args.length !== 3 && args.length !== 6 && args.length !== 7) return { kind: 'noOverload' };
  const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
  const [year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0] = args.map((a, i) => Number(integer(a, names[i]!, 'System.Int32')));
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
  if (args.length === 1) return { kind: 'created', value: TimeSpanValue.fromBig(integer(args[0], 'ticks', 'System.Int64')) };
  const names = TIMESPAN_OVERLOADS[args.length];
  if (!names) return { kind: 'noOverload' };
  let ticks = 0n;
  names.forEach((name, i) => (ticks += integer(args[i], name, 'System.Int32') * UNIT_TICKS[name]!));
  if (ticks > 2n ** 63n - 1n || ticks < -(2n ** 63n)) return outOfRange('TimeSpan overflowed because the duration is too long.');
  return { kind: 'created', value: TimeSpanValue.fromBig(ticks) };
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
