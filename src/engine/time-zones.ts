// System.TimeZoneInfo as .NET on Linux has it, for [TimeZoneInfo] and Get-TimeZone: IANA ids (and the
// Windows ids .NET converts through ICU), names (time-zone-names.ts) and offsets from ICU. Node's Intl
// carries the same ICU time zone data, so offsets come from Intl.DateTimeFormat and no rules are kept here.
// Measured against pwsh 7.6.10 (.NET 10).

import { DateTimeValue, utcFromTicks, utcTicksOf } from './datetime.js';
import { DateTimeOffsetValue } from './datetime-offset.js';
import { DotNetException } from './member-error.js';
import { TimeSpanValue } from './timespan.js';
import { PSObject } from './values.js';
import { isUtcZone, knownZone, localZone, zoneIds, zoneNames } from './time-zone-names.js';

export const TIME_ZONE_INFO = 'System.TimeZoneInfo';

const EPOCH_TICKS = 621355968000000000n;
const TICKS_PER_MINUTE = 600000000n;

/** The Windows ids scripts use most, with the IANA zone ICU maps each to (its "001" territory). */
const WINDOWS_IDS: Readonly<Record<string, string>> = {
  'utc': 'Etc/UTC',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Los_Angeles',
  'alaskan standard time': 'America/Anchorage',
  'hawaiian standard time': 'Pacific/Honolulu',
  'atlantic standard time': 'America/Halifax',
  'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Argentina/Buenos_Aires',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kyiv',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'israel standard time': 'Asia/Jerusalem',
  'south africa standard time': 'Africa/Johannesburg',
  'arabian standard time': 'Asia/Dubai',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'se asia standard time': 'Asia/Bangkok',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'aus eastern standard time': 'Australia/Sydney',
  'new zealand standard time': 'Pacific/Auckland',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A zone's formatter for one kind of name ('longOffset', 'long', 'longGeneric'); undefined when ICU has no such zone. */
function formatter(zone: string, name: 'longOffset' | 'long' | 'longGeneric'): Intl.DateTimeFormat | undefined {
  const key = `${zone}|${name}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: name });
    } catch {
      return undefined;
    }
    formatters.set(key, f);
  }
  return f;
}

function zoneName(zone: string, name: 'longOffset' | 'long' | 'longGeneric', epochMs: number): string {
  return formatter(zone, name)!.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** The zone's offset from UTC in minutes at an instant (ICU's `GMT+01:00`; seconds of a local mean time dropped). */
function offsetAt(zone: string, epochMs: number): number {
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(zoneName(zone, 'longOffset', epochMs));
  if (!m || !m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}


export class TimeZoneInfoValue extends PSObject {
  constructor(
    /** The id as the script named it (its canonical spelling). */
    readonly id: string,
    /** The IANA zone whose rules it has. */
    readonly zone: string,
    readonly hasIanaId: boolean,
  ) {
    const names = zoneNames(zone);
    super(TIME_ZONE_INFO, {
      Id: id,
      HasIanaId: hasIanaId,
      DisplayName: names.displayName,
      StandardName: names.standardName,
      DaylightName: names.daylightName,
      BaseUtcOffset: new TimeSpanValue(names.baseOffset * 600000000),
      SupportsDaylightSavingTime: names.supportsDaylightSavingTime,
    });
  }

  get baseOffset(): number {
    return (this.get('BaseUtcOffset') as TimeSpanValue).ticks / 600000000;
  }

  get isUtc(): boolean {
    return isUtcZone(this.zone);
  }

  override toString(): string {
    return String(this.get('DisplayName'));
  }

  /** The offset in minutes at an instant (ms since the Unix epoch). */
  offsetAtInstant(epochMs: number): number {
    return offsetAt(this.zone, epochMs);
  }

  /** The instant a clock reading in this zone names (the later offset where a change repeats or skips it). */
  instantOfClock(clockTicks: bigint): bigint {
    const clockMs = Number((clockTicks - EPOCH_TICKS) / 10000n);
    const first = offsetAt(this.zone, clockMs);
    const offset = offsetAt(this.zone, clockMs - first * 60000);
    return clockTicks - BigInt(offset) * TICKS_PER_MINUTE;
  }

  /** The instant a DateTime names, reading an Unspecified one as this zone's clock. */
  instantOf(value: DateTimeValue): bigint {
    return value.kind === 'Unspecified' ? this.instantOfClock(value.ticks) : utcTicksOf(value);
  }

  /** This zone's clock at an instant, as a DateTime of `kind`. */
  clockAt(utcTicks: bigint, kind: 'Utc' | 'Local' | 'Unspecified'): DateTimeValue {
    if (kind === 'Utc') return utcFromTicks(utcTicks);
    if (kind === 'Local') return utcFromTicks(utcTicks).toLocalTime();
    const offset = this.offsetAtInstant(Number((utcTicks - EPOCH_TICKS) / 10000n));
    return DateTimeValue.fromTicks(utcTicks + BigInt(offset) * TICKS_PER_MINUTE);
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = name.toLowerCase();
    if (method === 'tostring' && args.length === 0) return { value: this.toString() };
    if (method !== 'getutcoffset' && method !== 'isdaylightsavingtime') return undefined;
    const value = args[0];
    const instant = value instanceof DateTimeOffsetValue ? value.utcTicks : value instanceof DateTimeValue ? this.instantOf(value) : undefined;
    if (instant === undefined || args.length !== 1) return undefined;
    const epochMs = Number((instant - EPOCH_TICKS) / 10000n);
    const offset = this.offsetAtInstant(epochMs);
    if (method === 'getutcoffset') return { value: new TimeSpanValue(offset * 600000000) };
    const year = new Date(epochMs).getUTCFullYear();
    return { value: offset > Math.min(offsetAt(this.zone, Date.UTC(year, 0, 1)), offsetAt(this.zone, Date.UTC(year, 6, 1))) };
  }
}





/** TimeZoneNotFoundException for an id neither ICU nor the Windows table knows. */
function notFound(id: string): DotNetException {
  return new DotNetException(`The time zone ID '${id}' was not found on the local computer.`, 'TimeZoneNotFoundException');
}

/** FindSystemTimeZoneById: an IANA id (any case; its canonical spelling kept) or a Windows id. */
export function findTimeZone(id: string): TimeZoneInfoValue {
  if (id === '' || /^local$/i.test(id)) throw notFound(id);
  const windows = WINDOWS_IDS[id.toLowerCase()];
  if (windows && id.toLowerCase() !== 'utc') return new TimeZoneInfoValue(id.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/^Us /, 'US ').replace(/^Aus /, 'AUS ').replace(/^Fle /, 'FLE ').replace(/^Gtb /, 'GTB ').replace(/^Gmt /, 'GMT ').replace(/^Se /, 'SE '), windows, false);
  const known = knownZone(id);
  if (!known) throw notFound(id);
  return new TimeZoneInfoValue(known, known, true);
}

let utcZone: TimeZoneInfoValue | undefined;
let localZone_: TimeZoneInfoValue | undefined;

export function utcTimeZone(): TimeZoneInfoValue {
  return (utcZone ??= new TimeZoneInfoValue('UTC', 'UTC', true));
}

/** The machine's zone as .NET reads it once (time-zone-names.ts localZone). */
export function localTimeZone(): TimeZoneInfoValue {
  return (localZone_ ??= new TimeZoneInfoValue(localZone(), localZone(), true));
}


const KIND_MISMATCH = "The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local. (Parameter 'sourceTimeZone')";

/** The Kind a converted DateTime has: Utc and Local for those zones, Unspecified for any other. */
function kindFor(zone: TimeZoneInfoValue): 'Utc' | 'Local' | 'Unspecified' {
  return zone.isUtc ? 'Utc' : zone.id === localTimeZone().id ? 'Local' : 'Unspecified';
}

/** ConvertTime(DateTime, source, destination): a Local or Utc DateTime must come from that zone. */
export function convertTime(value: DateTimeValue, source: TimeZoneInfoValue, destination: TimeZoneInfoValue): DateTimeValue {
  if ((value.kind === 'Local' && source.id !== localTimeZone().id) || (value.kind === 'Utc' && !source.isUtc)) throw new DotNetException(KIND_MISMATCH);
  const instant = value.kind === 'Unspecified' ? source.instantOfClock(value.ticks) : utcTicksOf(value);
  return destination.clockAt(instant, kindFor(destination));
}

/** ConvertTime(DateTime, destination): the source is the DateTime's own zone (UTC for Utc, the machine's otherwise). */
export function convertTimeTo(value: DateTimeValue, destination: TimeZoneInfoValue): DateTimeValue {
  return convertTime(value, value.kind === 'Utc' ? utcTimeZone() : localTimeZone(), destination);
}

/** ConvertTime(DateTimeOffset, destination): the same instant at the destination's offset then. */
export function convertOffsetTo(value: DateTimeOffsetValue, destination: TimeZoneInfoValue): DateTimeOffsetValue {
  return new DateTimeOffsetValue(value.utcTicks, destination.offsetAtInstant(Number((value.utcTicks - EPOCH_TICKS) / 10000n)));
}

/** ConvertTimeFromUtc: a Local DateTime is refused; any other is read as UTC. */
export function convertTimeFromUtc(value: DateTimeValue, destination: TimeZoneInfoValue): DateTimeValue {
  if (value.kind === 'Local') throw new DotNetException(KIND_MISMATCH);
  return destination.clockAt(value.kind === 'Utc' ? value.ticks : value.ticks, kindFor(destination));
}

/** Get-TimeZone's zone for an IANA id it has checked (time-zone-names.ts knownZone). */
export function timeZoneInfo(id: string): TimeZoneInfoValue {
  return new TimeZoneInfoValue(id, id, true);
}

/** GetSystemTimeZones: every zone ICU knows, by base offset and then display name, as .NET sorts them. */
export function systemTimeZones(): TimeZoneInfoValue[] {
  const zones = zoneIds().map((id) => new TimeZoneInfoValue(id, id, true));
  return zones.sort((a, b) => a.baseOffset - b.baseOffset || (String(a.get('DisplayName')) < String(b.get('DisplayName')) ? -1 : String(a.get('DisplayName')) > String(b.get('DisplayName')) ? 1 : 0));
}
