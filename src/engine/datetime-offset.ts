// System.DateTimeOffset: an instant (UTC ticks) with the offset its clock was read at. Scripts meet it
// in REST payloads and Unix timestamps (`[datetimeoffset]::FromUnixTimeSeconds($t)`, `.ToUnixTimeSeconds()`).
// Its clock formats through datetime.ts (a UTC-kind clock whose `fixedOffset` the z and K specifiers
// print); its properties are filled when it is made, so lists, tables and Select-Object see them.
// Measured against pwsh 7.6.10 (.NET 10).

import { cultureNameOf, DAY_NAMES, DateTimeValue, dateTimeMethod, MAX_DATE_TICKS, notADateText, parseDateTime, utcFromTicks, utcTicksOf } from './datetime.js';
import { DAY_OF_WEEK } from './enum-types.js';
import { DotNetException, noOverload } from './member-error.js';
import { typed } from './numeric.js';
import { TimeSpanValue } from './timespan.js';
import { EnumValue, PSObject } from './values.js';

export const DATETIME_OFFSET = 'System.DateTimeOffset';

const TICKS_PER_MINUTE = 600000000n;
const EPOCH_TICKS = 621355968000000000n;
const int64 = (n: bigint) => typed(Number(n), 'System.Int64', Number.isSafeInteger(Number(n)) ? undefined : n);

/** The property order pwsh's list shows (reflection's order). */
const PROPERTIES = ['DateTime', 'UtcDateTime', 'LocalDateTime', 'Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Millisecond', 'Microsecond', 'Nanosecond', 'Minute', 'Month', 'Offset', 'TotalOffsetMinutes', 'Second', 'Ticks', 'UtcTicks', 'TimeOfDay', 'Year'];

/** .NET's check of an offset: whole minutes, within ±14 hours. */
export function checkedOffset(span: TimeSpanValue): number {
  const ticks = BigInt(span.exact ?? span.ticks);
  if (ticks % TICKS_PER_MINUTE !== 0n) throw new DotNetException("Offset must be specified in whole minutes. (Parameter 'offset')");
  const minutes = Number(ticks / TICKS_PER_MINUTE);
  if (Math.abs(minutes) > 14 * 60) throw new DotNetException("Offset must be within plus or minus 14 hours. (Parameter 'offset')", 'ArgumentOutOfRangeException');
  return minutes;
}

const outOfRangeOffset = () => new DotNetException("The UTC time represented when the offset is applied must be between year 0 and 10,000. (Parameter 'offset')", 'ArgumentOutOfRangeException');

export class DateTimeOffsetValue extends PSObject {
  constructor(
    /** The instant as .NET ticks on the UTC clock. */
    readonly utcTicks: bigint,
    /** Minutes east of UTC. */
    readonly offsetMinutes: number,
  ) {
    super(DATETIME_OFFSET, {}, undefined, undefined);
    // The machine's offset in UTC reads as -0 (getTimezoneOffset); .NET has one zero.
    this.offsetMinutes = offsetMinutes || 0;
    if (utcTicks < 0n || utcTicks > MAX_DATE_TICKS || this.clockTicks < 0n || this.clockTicks > MAX_DATE_TICKS) throw outOfRangeOffset();
    const clock = this.clock;
    const f = clock.fields;
    const values: Record<string, unknown> = {
      DateTime: clock,
      UtcDateTime: this.utcDateTime,
      LocalDateTime: this.utcDateTime.toLocalTime(),
      Date: DateTimeValue.fromTicks(this.clockTicks - (this.clockTicks % 864000000000n)),
      Day: f.day,
      DayOfWeek: new EnumValue(DAY_OF_WEEK, DAY_NAMES[f.dayOfWeek]!),
      DayOfYear: clock.dayOfYear,
      Hour: f.hour,
      Millisecond: f.millisecond,
      Microsecond: Math.floor(clock.subTicks / 10),
      Nanosecond: (clock.subTicks % 10) * 100,
      Minute: f.minute,
      Month: f.month,
      Offset: new TimeSpanValue(this.offsetMinutes * 600000000),
      TotalOffsetMinutes: this.offsetMinutes,
      Second: f.second,
      Ticks: int64(this.clockTicks),
      UtcTicks: int64(utcTicks),
      TimeOfDay: new TimeSpanValue(Number(this.clockTicks % 864000000000n)),
      Year: f.year,
    };
    for (const name of PROPERTIES) this.properties.set(name, values[name]);
  }

  /** A DateTimeOffset for a DateTime: a UTC one at offset 0, any other at the machine's offset then. */
  static fromDateTime(d: DateTimeValue): DateTimeOffsetValue {
    return new DateTimeOffsetValue(utcTicksOf(d), d.kind === 'Utc' ? 0 : d.toLocalTime().offsetMinutes);
  }

  /** A clock reading and its offset (the constructor DateTimeOffset(DateTime, TimeSpan)). */
  static fromClock(clockTicks: bigint, offsetMinutes: number): DateTimeOffsetValue {
    return new DateTimeOffsetValue(clockTicks - BigInt(offsetMinutes) * TICKS_PER_MINUTE, offsetMinutes);
  }

  static now(): DateTimeOffsetValue {
    return DateTimeOffsetValue.fromDateTime(DateTimeValue.now());
  }

  get clockTicks(): bigint {
    return this.utcTicks + BigInt(this.offsetMinutes) * TICKS_PER_MINUTE;
  }

  /** The clock as DateTime (Kind Unspecified), the DateTime property. */
  get clock(): DateTimeValue {
    return DateTimeValue.fromTicks(this.clockTicks);
  }

  get utcDateTime(): DateTimeValue {
    return utcFromTicks(this.utcTicks);
  }

  /** Text in a format: the clock's, the offset printed by z and K; u and r the UTC time's; no format is G and zzz. */
  format(format: string | null | undefined, culture = 'en-US', explicit = false): string {
    const fmt = format || 'G';
    if (/^[rRuU]$/.test(fmt)) return this.utcDateTime.format(fmt, culture, explicit);
    const clock = utcFromTicks(this.clockTicks);
    clock.fixedOffset = this.offsetMinutes;
    if (format === null || format === undefined || format === '') return `${clock.format('G', culture, explicit)} ${clock.format('zzz')}`;
    return clock.format(fmt, culture, explicit);
  }

  /** [string] conversion: the invariant culture's G and the offset. */
  override toString(): string {
    return this.format(null, 'invariant');
  }

  /** ConvertTo-Json's form: ISO 8601 with the offset, the fraction without trailing zeros. */
  toJsonValue(): string {
    return this.format('yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz', 'invariant');
  }

  compareTo(other: DateTimeOffsetValue): number {
    return this.utcTicks < other.utcTicks ? -1 : this.utcTicks > other.utcTicks ? 1 : 0;
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = name.toLowerCase();
    const other = args[0];
    switch (method) {
      case 'tostring': {
        const culture = args.length ? cultureNameOf(args[args.length - 1]) : undefined;
        if (culture !== undefined) return { value: this.format(args.length === 2 ? String(args[0] ?? '') : null, culture, true) };
        return { value: this.format(args.length ? String(args[0] ?? '') : null) };
      }
      case 'tounixtimeseconds': return { value: int64(floorDiv(this.utcTicks - EPOCH_TICKS, 10000000n)) };
      case 'tounixtimemilliseconds': return { value: int64(floorDiv(this.utcTicks - EPOCH_TICKS, 10000n)) };
      case 'touniversaltime': return { value: new DateTimeOffsetValue(this.utcTicks, 0) };
      case 'tolocaltime': return { value: DateTimeOffsetValue.fromDateTime(this.utcDateTime.toLocalTime()) };
      case 'tooffset':
        if (args.length !== 1 || !(other instanceof TimeSpanValue)) throw noOverload('ToOffset', args.length);
        return { value: new DateTimeOffsetValue(this.utcTicks, checkedOffset(other)) };
      case 'tofiletime': {
        const ticks = this.utcTicks - 504911232000000000n;
        if (ticks < 0n) throw new DotNetException('Not a valid Win32 FileTime.', 'ArgumentOutOfRangeException');
        return { value: int64(ticks) };
      }
      case 'subtract':
        if (other instanceof DateTimeOffsetValue) return { value: TimeSpanValue.fromBig(this.utcTicks - other.utcTicks) };
        if (other instanceof TimeSpanValue) return { value: this.shifted(utcFromTicks(this.clockTicks).addSpan(other, -1, 'value')) };
        return undefined;
      case 'add':
        return other instanceof TimeSpanValue ? { value: this.shifted(utcFromTicks(this.clockTicks).addSpan(other, 1, 'value')) } : undefined;
      case 'equals': return { value: other instanceof DateTimeOffsetValue && other.utcTicks === this.utcTicks };
      case 'equalsexact': return { value: other instanceof DateTimeOffsetValue && other.utcTicks === this.utcTicks && other.offsetMinutes === this.offsetMinutes };
      case 'compareto':
        if (other === null || other === undefined) return { value: 1 };
        if (!(other instanceof DateTimeOffsetValue)) throw new DotNetException('Object must be of type DateTimeOffset.');
        return { value: this.compareTo(other) };
      default:
        if (!/^add(years|months|days|hours|minutes|seconds|milliseconds|microseconds|ticks)$/.test(method)) return undefined;
        return this.adder(name, args);
    }
  }

  /** AddDays, AddMonths, …: DateTime's adders on the clock, the offset kept. */
  private adder(name: string, args: unknown[]): { value: unknown } | undefined {
    const toNumber = (x: unknown) => Number(x instanceof Object && 'value' in x ? (x as { value: unknown }).value : x);
    const toTicks = (raw: unknown) => {
      const v = raw instanceof Object && 'exact' in raw && (raw as { exact?: bigint }).exact !== undefined ? (raw as { exact: bigint }).exact : toNumber(raw);
      return typeof v === 'bigint' ? v : Math.trunc(v);
    };
    const moved = dateTimeMethod(utcFromTicks(this.clockTicks), name, args, toNumber, args[0], toTicks);
    return moved && { value: this.shifted(moved.value as DateTimeValue) };
  }

  /** This offset at a new clock reading (a UTC-kind DateTime holding the clock). */
  private shifted(clock: DateTimeValue): DateTimeOffsetValue {
    return DateTimeOffsetValue.fromClock(clock.ticks, this.offsetMinutes);
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** The zone at the end of a date's text: Z, +hh:mm, +hhmm, +hh. */
const ZONE_SUFFIX = /\s*(Z|[+-]\d{1,2}(?::?\d{2})?)$/i;

function zoneMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.length > 2 ? digits.slice(0, -2) : digits);
  const minutes = digits.length > 2 ? Number(digits.slice(-2)) : 0;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** DateTimeOffset.Parse: a date with an optional zone (none: the machine's offset at that clock); undefined if no date. */
export function parseDateTimeOffset(text: string): DateTimeOffsetValue | undefined {
  const t = text.trim();
  const zone = ZONE_SUFFIX.exec(t);
  // A bare number at the end of a date-only text ("2026-01-01") is its day, not a zone.
  if (zone && /\d$/.test(t.slice(0, zone.index)) && !/[:T ]/.test(t)) return parseWithoutZone(t);
  if (zone) {
    const clock = parseDateTime(t.slice(0, zone.index));
    if (!clock || clock.kind !== 'Unspecified') return undefined;
    return DateTimeOffsetValue.fromClock(clock.ticks, zoneMinutes(zone[1]!));
  }
  return parseWithoutZone(t);
}

function parseWithoutZone(t: string): DateTimeOffsetValue | undefined {
  const date = parseDateTime(t);
  return date && DateTimeOffsetValue.fromDateTime(date);
}

/** DateTimeOffset.Parse's FormatException. */
export function notADateTimeOffset(text: string): DotNetException {
  return new DotNetException(notADateText(text), 'FormatException');
}

/** FromUnixTimeSeconds and FromUnixTimeMilliseconds, with .NET's range checks. */
export function fromUnixTime(value: bigint, milliseconds: boolean): DateTimeOffsetValue {
  const [min, max, parameter] = milliseconds ? [-62135596800000n, 253402300799999n, 'milliseconds'] : [-62135596800n, 253402300799n, 'seconds'];
  if (value < min || value > max) throw new DotNetException(`Valid values are between ${min} and ${max}, inclusive. (Parameter '${parameter}')\nActual value was ${value}.`, 'ArgumentOutOfRangeException');
  return new DateTimeOffsetValue(EPOCH_TICKS + value * (milliseconds ? 10000n : 10000000n), 0);
}
