// System.DateTime: a point in time with .NET's Kind (Local, Utc, Unspecified), 100-ns ticks, and
// .NET's standard and custom format strings.
//
// Cultures: the shell formats as en-US wherever .NET would use the current culture (Get-Date's
// display, -Format, .ToString()), deliberately, so output is the same on every machine (pwsh on
// Linux with LANG=C.UTF-8 would use the invariant culture instead: docs/language.md). Conversion
// to [string] ("$date") is culture-invariant in PowerShell, and is here too.

import { TimeSpanValue } from './timespan.js';
import { typed } from './numeric.js';
import { DATE_TIME_KIND, DAY_OF_WEEK } from './enum-types.js';
import { DotNetException } from './member-error.js';
import { CULTURE_DATES } from './culture-data.js';

/** An Int64 value past 2^53 kept exact (Ticks). */
const int64 = (n: bigint) => typed(Number(n), 'System.Int64', Number.isSafeInteger(Number(n)) ? undefined : n);

export type DateTimeKind = 'Unspecified' | 'Utc' | 'Local';

interface Culture {
  shortDate: string;
  longDate: string;
  shortTime: string;
  longTime: string;
  monthDay: string;
  yearMonth: string;
  am: string;
  pm: string;
  /** A culture's own names (culture-data.ts); English when absent. */
  names?: DateNames;
}

interface DateNames {
  months: readonly string[];
  abbreviatedMonths: readonly string[];
  /** The forms after a day number (`d MMMM`: Russian марта, Polish marca). */
  genitiveMonths: readonly string[];
  abbreviatedGenitiveMonths: readonly string[];
  days: readonly string[];
  abbreviatedDays: readonly string[];
}

const dateCultures = new Map<string, Culture>();

/** The date formats of a culture the table holds, by name (`de-DE`); undefined for the others. */
function dateCulture(name: string): Culture | undefined {
  const key = name.toLowerCase();
  const cached = dateCultures.get(key);
  if (cached) return cached;
  const entry = Object.entries(CULTURE_DATES()).find(([n]) => n.toLowerCase() === key)?.[1];
  if (!entry) return undefined;
  const [patterns, months, abbreviated, genitive, abbreviatedGenitive, days, abbreviatedDays] = entry.map((f) => f.split('|'));
  const [shortDate, longDate, shortTime, longTime, monthDay, yearMonth, am, pm] = patterns as string[];
  const culture: Culture = {
    shortDate: shortDate!,
    longDate: longDate!,
    shortTime: shortTime!,
    longTime: longTime!,
    monthDay: monthDay!,
    yearMonth: yearMonth!,
    am: am!,
    pm: pm!,
    names: {
      months: months!,
      abbreviatedMonths: abbreviated!,
      genitiveMonths: genitive!.length > 1 ? genitive! : months!,
      abbreviatedGenitiveMonths: abbreviatedGenitive!.length > 1 ? abbreviatedGenitive! : abbreviated!,
      days: days!,
      abbreviatedDays: abbreviatedDays!,
    },
  };
  dateCultures.set(key, culture);
  return culture;
}

/** A CultureInfo argument's name (`.ToString('d', [cultureinfo]'de-DE')`); undefined for any other value. */
export function cultureNameOf(value: unknown): string | undefined {
  const v = value as { typeName?: unknown; get?: (name: string) => unknown } | null;
  return v && typeof v === 'object' && v.typeName === 'System.Globalization.CultureInfo' && typeof v.get === 'function' ? String(v.get('Name') ?? '') : undefined;
}

/** Whether MMMM at `at` is read in the genitive: the pattern has a day number (d or dd) outside quotes. */
function usesGenitive(pattern: string): boolean {
  return /(^|[^d])d{1,2}(?!d)/.test(pattern.replace(/'[^']*'|"[^"]*"/g, ''));
}

const EN_US: Culture = {
  shortDate: 'M/d/yyyy',
  longDate: 'dddd, MMMM d, yyyy',
  shortTime: 'h:mm tt',
  longTime: 'h:mm:ss tt',
  monthDay: 'MMMM d',
  yearMonth: 'MMMM yyyy',
  am: 'AM',
  pm: 'PM',
};

const INVARIANT: Culture = {
  shortDate: 'MM/dd/yyyy',
  longDate: 'dddd, dd MMMM yyyy',
  shortTime: 'HH:mm',
  longTime: 'HH:mm:ss',
  monthDay: 'MMMM dd',
  yearMonth: 'yyyy MMMM',
  am: 'AM',
  pm: 'PM',
};

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Ticks (100 ns) between 0001-01-01 and 1970-01-01. */
const EPOCH_TICKS = 621355968000000000n;
/** DateTime.MaxValue.Ticks: 9999-12-31 23:59:59.9999999. */
export const MAX_DATE_TICKS = 3155378975999999999n;
/** The Unix-epoch milliseconds of 0001-01-01 00:00 and of 10000-01-01 00:00 (UTC wall clock). */
const MIN_WALL_MS = -62135596800000;
const END_WALL_MS = 253402300800000;
/**
 * Within this distance of either end an instant's wall clock may fall outside DateTime's range (a time
 * zone's offset is well under a day), so only there is the exact check needed.
 */
const EDGE_MS = 2 * 86400000;

/** .NET's ArgumentOutOfRangeException for a result before 0001-01-01 or after 9999-12-31; `parameter` names the argument as the .NET method does. */
export function dateArithmeticError(parameter: string): DotNetException {
  return new DotNetException(`The added or subtracted value results in an un-representable DateTime. (Parameter '${parameter}')`, 'ArgumentOutOfRangeException');
}

/** AddDays and the other Double adders refuse a value past the whole range (MaxDays and the like) before adding. */
const addOutOfRange = () => new DotNetException("Value to add was out of range. (Parameter 'value')", 'ArgumentOutOfRangeException');

/** The DateTime adders' units: milliseconds and ticks per unit, and the most units DateTime's range holds. */
const UNITS = {
  days: { ms: 86400000, ticks: 864000000000, max: 3652058 },
  hours: { ms: 3600000, ticks: 36000000000, max: 87649415 },
  minutes: { ms: 60000, ticks: 600000000, max: 5258964959 },
  seconds: { ms: 1000, ticks: 10000000, max: 315537897599 },
  milliseconds: { ms: 1, ticks: 10000, max: 315537897599999 },
} as const;
type DateUnit = (typeof UNITS)[keyof typeof UNITS];
/** Days, for callers that move a date by whole days (Get-Date -Day). */
export const DAY_UNIT: DateUnit = UNITS.days;

/** The wall-clock fields of a moment (local or UTC, by Kind). */
interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  dayOfWeek: number;
}

export class DateTimeValue {
  readonly typeName = 'System.DateTime';
  /**
   * The DisplayHint note property Get-Date adds (a DisplayHintType; a script may assign it anything, as
   * to any note property); undefined on other DateTimes, which have no such property.
   */
  displayHintNote?: unknown;
  /** A DateTimeOffset's offset in minutes when this value is its clock being formatted (z and K print it). */
  fixedOffset?: number;

  /** What Out-Default and the DateTime script property show: the DisplayHint note's text, compared as pwsh's DateTime view compares it. */
  get displayHint(): 'Date' | 'Time' | 'DateTime' {
    const text = String(this.displayHintNote ?? '').toLowerCase();
    return text === 'date' ? 'Date' : text === 'time' ? 'Time' : 'DateTime';
  }
  constructor(
    /** Milliseconds since the Unix epoch (the instant; for Unspecified, the wall clock read as local). */
    readonly epochMs: number,
    readonly kind: DateTimeKind = 'Local',
    /** 100-ns ticks below the millisecond (0..9999). */
    readonly subTicks = 0,
  ) {}

  static now(): DateTimeValue {
    // The process's start on the wall clock plus a monotonic clock: sub-millisecond ticks that never
    // go backwards between two readings (New-TimeSpan -Start ([datetime]::Now) is never negative).
    const t = performance.timeOrigin + performance.now();
    const ms = Math.floor(t);
    return new DateTimeValue(ms, 'Local', Math.min(9999, Math.floor((t - ms) * 10000)));
  }

  /** A local date from wall-clock parts (month 1-12). */
  static fromParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, kind: DateTimeKind = 'Local'): DateTimeValue {
    const epoch = kind === 'Utc' ? utcMs(year, month, day, hour, minute, second, ms) : localMs(year, month, day, hour, minute, second, ms);
    return new DateTimeValue(epoch, kind);
  }

  /** A DateTime of Kind Unspecified from .NET ticks (0 is 0001-01-01). */
  static fromTicks(ticks: bigint): DateTimeValue {
    const ms = ticks / 10000n;
    // Milliseconds from 0001-01-01 to the Unix epoch.
    const wall = new Date(Number(ms - 62135596800000n));
    const date = DateTimeValue.fromParts(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds(), 'Unspecified');
    return new DateTimeValue(date.epochMs, 'Unspecified', Number(ticks % 10000n));
  }

  get fields(): Fields {
    const d = new Date(this.epochMs);
    if (this.kind === 'Utc') {
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(), dayOfWeek: d.getUTCDay() };
    }
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds(), millisecond: d.getMilliseconds(), dayOfWeek: d.getDay() };
  }

  /** .NET ticks of the wall-clock value. */
  get ticks(): bigint {
    const f = this.fields;
    const wallMs = utcMs(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond);
    return BigInt(wallMs) * 10000n + EPOCH_TICKS + BigInt(this.subTicks);
  }

  /** Offset from UTC in minutes for this moment (0 for Utc). */
  get offsetMinutes(): number {
    if (this.fixedOffset !== undefined) return this.fixedOffset;
    return this.kind === 'Utc' ? 0 : -new Date(this.epochMs).getTimezoneOffset();
  }

  get dayOfYear(): number {
    const f = this.fields;
    return Math.round((utcMs(f.year, f.month, f.day) - utcMs(f.year, 1, 1)) / 86400000) + 1;
  }

  /**
   * A DateTime of this Kind at `epochMs` + `subTicks`, or .NET's un-representable-DateTime error when its
   * wall clock falls outside 0001-01-01 .. 9999-12-31 23:59:59.9999999. Away from the two ends no check runs.
   */
  private within(epochMs: number, subTicks: number, parameter: string): DateTimeValue {
    const value = new DateTimeValue(epochMs, this.kind, subTicks);
    if (epochMs > MIN_WALL_MS + EDGE_MS && epochMs < END_WALL_MS - EDGE_MS) return value;
    if (!(epochMs > MIN_WALL_MS - EDGE_MS && epochMs < END_WALL_MS + EDGE_MS)) throw dateArithmeticError(parameter);
    const ticks = value.ticks;
    if (ticks < 0n || ticks > MAX_DATE_TICKS) throw dateArithmeticError(parameter);
    return value;
  }

  /** Adds whole milliseconds and ticks (|ticks| below a day's), keeping Kind and the sub-millisecond ticks exact. */
  private plus(ms: number, ticks: number, parameter: string): DateTimeValue {
    const r = ticks % 10000;
    let sub = this.subTicks + r;
    let whole = ms + (ticks - r) / 10000;
    if (sub >= 10000) {
      sub -= 10000;
      whole++;
    } else if (sub < 0) {
      sub += 10000;
      whole--;
    }
    return this.within(this.epochMs + whole, sub, parameter);
  }

  /**
   * AddDays, AddHours, … AddMilliseconds: .NET's AddUnits, the whole units and the fraction's ticks (truncated)
   * added separately, so a fraction of a millisecond counts. Adds to elapsed time (.NET adds to the wall
   * clock; the same away from DST changes).
   */
  addUnits(value: number, u: DateUnit): DateTimeValue {
    if (Math.abs(value) > u.max) throw addOutOfRange();
    // .NET's conversion of NaN to Int64 gives 0: nothing is added.
    if (Number.isNaN(value)) return this;
    const whole = Math.trunc(value);
    return this.plus(whole * u.ms, Math.trunc((value - whole) * u.ticks), 'value');
  }

  /** AddMicroseconds: the whole microseconds and the fraction's ticks (truncated), as .NET's AddUnits adds them. */
  addMicroseconds(value: number): DateTimeValue {
    if (Math.abs(value) > 315537897599999999) throw addOutOfRange();
    if (Number.isNaN(value)) return this;
    const whole = Math.trunc(value);
    return this.addTicks(BigInt(whole) * 10n + BigInt(Math.trunc((value - whole) * 10)));
  }

  /** Adds 100-ns ticks (AddTicks, a TimeSpan), exactly; `parameter` names the argument in the range error. */
  addTicks(ticks: number | bigint, parameter = 'value'): DateTimeValue {
    if (typeof ticks === 'number') {
      if (Number.isSafeInteger(ticks)) return this.plus(0, ticks, parameter);
      if (!Number.isFinite(ticks)) throw dateArithmeticError(parameter);
      ticks = BigInt(Math.trunc(ticks));
    }
    // Past DateTime's whole range nothing can land inside it; within it the milliseconds are safe integers.
    if (ticks > MAX_DATE_TICKS || ticks < -MAX_DATE_TICKS) throw dateArithmeticError(parameter);
    return this.plus(Number(ticks / 10000n), Number(ticks % 10000n), parameter);
  }

  /** Adds a TimeSpan (Add, Subtract with `sign` -1, and the + and - operators, whose argument is 't'). */
  addSpan(span: TimeSpanValue, sign: 1 | -1, parameter: string): DateTimeValue {
    if (span.exact === undefined) return this.addTicks(sign * span.ticks, parameter);
    return this.addTicks(sign === 1 ? span.exact : -span.exact, parameter);
  }

  /** `a - b` between DateTimes: the difference of their wall-clock ticks, as .NET subtracts. */
  minus(other: DateTimeValue): TimeSpanValue {
    return TimeSpanValue.fromBig(this.ticks - other.ticks);
  }

  /** AddMonths (and AddYears, 12 months each): the day kept within the new month; `parameter` names the argument in the range error. */
  addMonths(months: number, parameter = 'months'): DateTimeValue {
    if (Math.abs(months) > 120000) {
      throw new DotNetException(parameter === 'months' ? "Months value must be between +/-120000. (Parameter 'months')" : "Years value must be between +/-10000. (Parameter 'value')", 'ArgumentOutOfRangeException');
    }
    const f = this.fields;
    const total = f.year * 12 + (f.month - 1) + Math.trunc(months);
    const year = Math.floor(total / 12);
    if (year < 1 || year > 9999) throw dateArithmeticError(parameter);
    const month = (total % 12) + 1;
    const day = Math.min(f.day, daysInMonth(year, month));
    return new DateTimeValue(DateTimeValue.fromParts(year, month, day, f.hour, f.minute, f.second, f.millisecond, this.kind).epochMs, this.kind, this.subTicks);
  }

  toUniversalTime(): DateTimeValue {
    return new DateTimeValue(this.epochMs, 'Utc', this.subTicks);
  }

  toLocalTime(): DateTimeValue {
    return new DateTimeValue(this.epochMs, 'Local', this.subTicks);
  }

  /** .NET ToString(format) in en-US (the shell's culture); no format = "G". */
  /** Text in a format, in en-US (the shell's culture), the invariant culture, or a culture the table holds by name ('' invariant). */
  format(format?: string | null, culture: string = 'en-US', explicit = false): string {
    // The shell's own en-US (docs/language.md) has Windows' plain spaces; a CultureInfo argument reads .NET's ICU data.
    const c = culture === 'en-US' && !explicit ? EN_US : culture === 'invariant' || culture === '' ? INVARIANT : (dateCulture(culture) ?? INVARIANT);
    return formatDate(this, format ?? 'G', c);
  }

  /** PowerShell's Out-Default view of a DateTime (DisplayHint DateTime): long date and long time. */
  displayText(hint: 'Date' | 'Time' | 'DateTime' = 'DateTime'): string {
    if (hint === 'Date') return this.format('D');
    if (hint === 'Time') return this.format('T');
    return `${this.format('D')} ${this.format('T')}`;
  }

  /** [string] conversion: invariant culture, as PowerShell converts. */
  toString(): string {
    return this.format('G', 'invariant');
  }

  /** ConvertTo-Json's form (Json.NET's): ISO 8601, the fraction without trailing zeros, the offset of a local time and Z of a UTC one. */
  toJsonValue(): string {
    return this.format('yyyy-MM-ddTHH:mm:ss.FFFFFFFK', 'invariant');
  }
}

function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function localMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setFullYear(year, month - 1, day);
  d.setHours(hour, minute, second, ms);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number, withMinutes: boolean, padHours: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const hours = padHours ? pad(h, 2) : String(h);
  return withMinutes ? `${sign}${hours}:${pad(abs % 60, 2)}` : `${sign}${hours}`;
}

/** Expands a one-letter standard format to its custom pattern; undefined for a custom format. */
function standardPattern(format: string, c: Culture, value: DateTimeValue): string | undefined {
  switch (format) {
    case 'd':
      return c.shortDate;
    case 'D':
      return c.longDate;
    case 'f':
      return `${c.longDate} ${c.shortTime}`;
    case 'F':
      return `${c.longDate} ${c.longTime}`;
    case 'g':
      return `${c.shortDate} ${c.shortTime}`;
    case 'G':
      return `${c.shortDate} ${c.longTime}`;
    case 'm':
    case 'M':
      return c.monthDay;
    case 'o':
    case 'O':
      return value.kind === 'Unspecified' ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
    case 'r':
    case 'R':
      return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
    case 's':
      return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
    case 't':
      return c.shortTime;
    case 'T':
      return c.longTime;
    case 'u':
      return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
    case 'U':
      return `${c.longDate} ${c.longTime}`;
    case 'y':
    case 'Y':
      return c.yearMonth;
    default:
      return undefined;
  }
}

export class DateFormatError extends Error {}

function formatDate(value: DateTimeValue, format: string, c: Culture): string {
  let v = value;
  if (format.length === 1) {
    const pattern = standardPattern(format, c, value);
    if (pattern === undefined) throw new DateFormatError('Input string was not in a correct format.');
    // R and u print universal time; U converts to it.
    if ('rRuU'.includes(format)) v = format === 'U' ? value.toUniversalTime() : value.kind === 'Local' ? value.toUniversalTime() : value;
    return formatCustom(v, pattern, format === 'r' || format === 'R' || format === 'o' || format === 'O' || format === 's' || format === 'u' ? INVARIANT : c);
  }
  return formatCustom(v, format, c);
}

function formatCustom(value: DateTimeValue, pattern: string, c: Culture): string {
  const f = value.fields;
  const fraction = pad(f.millisecond, 3) + pad(value.subTicks, 4);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'" || ch === '"') {
      const end = pattern.indexOf(ch, i + 1);
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      out += pattern[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (ch === '%' && pattern.length > 1) {
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 1 ? String(f.year % 100) : n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        break;
      case 'M': {
        const names = c.names;
        const genitive = names && n >= 3 && usesGenitive(pattern);
        if (n <= 2) out += n === 1 ? String(f.month) : pad(f.month, 2);
        else if (!names) out += n === 3 ? MONTH_NAMES[f.month - 1]!.slice(0, 3) : MONTH_NAMES[f.month - 1]!;
        else out += (n === 3 ? (genitive ? names.abbreviatedGenitiveMonths : names.abbreviatedMonths) : genitive ? names.genitiveMonths : names.months)[f.month - 1]!;
        break;
      }
      case 'd':
        if (n <= 2) out += n === 1 ? String(f.day) : pad(f.day, 2);
        else if (c.names) out += (n === 3 ? c.names.abbreviatedDays : c.names.days)[f.dayOfWeek]!;
        else out += n === 3 ? DAY_NAMES[f.dayOfWeek]!.slice(0, 3) : DAY_NAMES[f.dayOfWeek]!;
        break;
      case 'H':
        out += n === 1 ? String(f.hour) : pad(f.hour, 2);
        break;
      case 'h': {
        const h = f.hour % 12 === 0 ? 12 : f.hour % 12;
        out += n === 1 ? String(h) : pad(h, 2);
        break;
      }
      case 'm':
        out += n === 1 ? String(f.minute) : pad(f.minute, 2);
        break;
      case 's':
        out += n === 1 ? String(f.second) : pad(f.second, 2);
        break;
      case 'f':
        out += fraction.slice(0, Math.min(n, 7));
        break;
      case 'F': {
        const t = fraction.slice(0, Math.min(n, 7)).replace(/0+$/, '');
        out += t;
        if (t === '' && out.endsWith('.')) out = out.slice(0, -1);
        break;
      }
      case 't': {
        const designator = f.hour < 12 ? c.am : c.pm;
        out += n === 1 ? designator.slice(0, 1) : designator;
        break;
      }
      case 'K':
        out += value.fixedOffset !== undefined ? offsetText(value.fixedOffset, true, true) : value.kind === 'Utc' ? 'Z' : value.kind === 'Local' ? offsetText(value.offsetMinutes, true, true) : '';
        break;
      case 'z':
        out += offsetText(value.offsetMinutes, n >= 3, n >= 2);
        break;
      case 'g':
        out += 'A.D.';
        break;
      case ':':
      case '/':
        out += ch.repeat(n);
        break;
      default:
        out += ch.repeat(n);
    }
  }
  return out;
}

/** Get-Date -UFormat: the Unix date(1) specifiers PowerShell supports. */
export function uformat(value: DateTimeValue, format: string): string {
  const f = value.fields;
  const week = (startMonday: boolean) => {
    const jan1 = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
    const offset = startMonday ? (jan1 + 6) % 7 : jan1;
    return Math.floor((value.dayOfYear - 1 + offset) / 7);
  };
  return format.replace(/%(.)/g, (_, s: string) => {
    switch (s) {
      case 'a': return DAY_NAMES[f.dayOfWeek]!.slice(0, 3);
      case 'A': return DAY_NAMES[f.dayOfWeek]!;
      case 'b': case 'h': return MONTH_NAMES[f.month - 1]!.slice(0, 3);
      case 'B': return MONTH_NAMES[f.month - 1]!;
      case 'C': return pad(Math.floor(f.year / 100), 2);
      case 'c': return `${DAY_NAMES[f.dayOfWeek]!.slice(0, 3)} ${MONTH_NAMES[f.month - 1]!.slice(0, 3)} ${String(f.day).padStart(2, ' ')} ${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${f.year}`;
      case 'D': return `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`;
      case 'd': return pad(f.day, 2);
      case 'e': return String(f.day).padStart(2, ' ');
      case 'F': return `${f.year}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
      case 'H': return pad(f.hour, 2);
      case 'I': return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
      case 'j': return pad(value.dayOfYear, 3);
      case 'k': return String(f.hour).padStart(2, ' ');
      case 'l': return String(f.hour % 12 === 0 ? 12 : f.hour % 12).padStart(2, ' ');
      case 'M': return pad(f.minute, 2);
      case 'm': return pad(f.month, 2);
      case 'n': return '\n';
      case 'p': return f.hour < 12 ? 'AM' : 'PM';
      case 'R': return `${pad(f.hour, 2)}:${pad(f.minute, 2)}`;
      case 'r': return `${pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${f.hour < 12 ? 'AM' : 'PM'}`;
      case 'S': return pad(f.second, 2);
      case 's': return String(Math.floor(value.epochMs / 1000));
      case 'T': case 'X': return `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
      case 't': return '\t';
      case 'U': return pad(week(false), 2);
      case 'u': return String(f.dayOfWeek === 0 ? 7 : f.dayOfWeek);
      case 'W': return pad(week(true), 2);
      case 'w': return String(f.dayOfWeek);
      case 'x': return `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`;
      case 'Y': return pad(f.year, 4);
      case 'y': return pad(f.year % 100, 2);
      case 'Z': return offsetText(value.offsetMinutes, false, true);
      case '%': return '%';
      default: return s;
    }
  });
}

/** Whether the parts name a moment of DateTime's range (no rollover: 2024-13-01 is no date). */
function validClock(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * Why text is no DateTime, in .NET's words: text that starts like a date but names none (2024-13-01,
 * 10000-01-01) is a bad date; anything else has an unknown word.
 */
export function notADateText(text: string): string {
  if (parseNamedMonthDate(text.trim(), true) !== undefined) return `String '${text}' was not recognized as a valid DateTime because the day of week was incorrect.`;
  return /^\s*\d/.test(text) ? `String '${text}' was not recognized as a valid DateTime.` : `The string '${text}' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.`;
}

/** Reads a date the way [datetime] conversion does for the common forms; undefined if not a date. */
export function parseDateTime(text: string): DateTimeValue | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    if (!validClock(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0))) return undefined;
    const fracText = (frac ?? '').padEnd(7, '0');
    const ms = Number(fracText.slice(0, 3));
    const sub = Number(fracText.slice(3, 7));
    if (zone) {
      const offset = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
      const epoch = utcMs(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms) - offset * 60000;
      return new DateTimeValue(epoch, 'Local', sub);
    }
    const v = DateTimeValue.fromParts(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms, 'Unspecified');
    return new DateTimeValue(v.epochMs, 'Unspecified', sub);
  }
  // Invariant culture: month/day/year, optional time with AM/PM.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(t);
  if (m) {
    const [, mo, d, y, h, mi, s, ampm] = m;
    let hour = +(h ?? 0);
    if (ampm) hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > daysInMonth(+y!, +mo!)) return undefined;
    return DateTimeValue.fromParts(+y!, +mo!, +d!, hour, +(mi ?? 0), +(s ?? 0), 0, 'Unspecified');
  }
  return parseNamedMonthDate(t);
}

/** The invariant culture's month and day names in lower case, for reading dates. */
export const MONTH_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const DAY_WORDS = DAY_NAMES.map((d) => d.toLowerCase());

/** A month or day name, whole or its first three letters (`Mar`, `Tue`, `Sept`), as an index; -1 when it is none. */
export function nameIndex(names: readonly string[], word: string): number {
  const w = word.toLowerCase();
  return names.findIndex((n) => n === w || (w.length >= 3 && n.startsWith(w) && (w.length === 3 || w === 'sept')));
}

/**
 * Dates written with a month's name, as DateTime.Parse reads them in the invariant culture: `March 5,
 * 2024`, `5 Mar 2024 10:00`, `Tuesday, March 5, 2024 3:04 PM`, `2024 March 5`, `March 2024` (the 1st),
 * and RFC 1123's `Tue, 05 Mar 2024 10:00:00 GMT` (a UTC time, made local). A day name must be the
 * date's own (unless `anyWeekday`: notADateText's test). Undefined for anything else.
 */
function parseNamedMonthDate(text: string, anyWeekday = false): DateTimeValue | undefined {
  const token = /\s*(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:\s*([AaPp][Mm])\b)?|([A-Za-z]+)\.?|(\d+)|([,/\-.]))/y;
  const numbers: string[] = [];
  let month = 0;
  let weekday = -1;
  let utc = false;
  let clock: { hour: number; minute: number; second: number; ms: number } | undefined;
  let at = 0;
  while (at < text.length) {
    token.lastIndex = at;
    const m = token.exec(text);
    if (!m || m[0].length === 0) return undefined;
    at = token.lastIndex;
    const [, h, mi, sec, frac, ampm, word, number] = m;
    if (h !== undefined) {
      if (clock) return undefined;
      let hour = Number(h);
      if (ampm) {
        if (hour < 1 || hour > 12) return undefined;
        hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
      }
      clock = { hour, minute: Number(mi), second: Number(sec ?? 0), ms: Math.round(Number(`0.${frac ?? '0'}`) * 1000) };
    } else if (word !== undefined) {
      const w = word.toLowerCase();
      const monthIndex = nameIndex(MONTH_WORDS, w);
      const dayIndex = nameIndex(DAY_WORDS, w);
      if (monthIndex >= 0 && month === 0) month = monthIndex + 1;
      else if (dayIndex >= 0 && weekday < 0) weekday = dayIndex;
      else if ((w === 'gmt' || w === 'utc' || w === 'z') && !utc) utc = true;
      else return undefined;
    } else if (number !== undefined) numbers.push(number);
  }
  if (month === 0 || numbers.length === 0 || numbers.length > 2) return undefined;
  // The year is the number of four digits (or above 31); the other is the day. A lone day is this year's.
  let year: number;
  let day: number;
  if (numbers.length === 1) {
    const n = Number(numbers[0]);
    if (numbers[0]!.length >= 3 || n > 31) [year, day] = [n, 1];
    else [year, day] = [DateTimeValue.now().fields.year, n];
  } else {
    const yearAt = numbers.findIndex((n) => n.length >= 3 || Number(n) > 31);
    const y = yearAt >= 0 ? yearAt : 1;
    year = Number(numbers[y]);
    day = Number(numbers[1 - y]);
  }
  const { hour = 0, minute = 0, second = 0, ms = 0 } = clock ?? {};
  if (!validClock(year, month, day, hour, minute, second)) return undefined;
  if (utc) return new DateTimeValue(utcMs(year, month, day, hour, minute, second, ms), 'Local');
  const value = DateTimeValue.fromParts(year, month, day, hour, minute, second, ms, 'Unspecified');
  if (weekday >= 0 && value.fields.dayOfWeek !== weekday && !anyWeekday) return undefined;
  return value;
}

/** DateTime's .NET properties in the order pwsh lists them (reflection's order). */
const DATETIME_PROPERTIES = ['Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Kind', 'Millisecond', 'Microsecond', 'Nanosecond', 'Minute', 'Month', 'Second', 'Ticks', 'TimeOfDay', 'Year'];

/** A DateTime's properties as `.psobject.Properties`, Select-Object * and Format-List * list them: the note, the DateTime script property, the .NET ones. */
export function dateTimePropertyNames(v: DateTimeValue): string[] {
  return [...(v.displayHintNote !== undefined ? ['DisplayHint'] : []), 'DateTime', ...DATETIME_PROPERTIES];
}

/** Format-List's default for a DateTime: the note, the .NET properties, then the script property. */
export function dateTimeListNames(v: DateTimeValue): string[] {
  return [...(v.displayHintNote !== undefined ? ['DisplayHint'] : []), ...DATETIME_PROPERTIES, 'DateTime'];
}

/** What kind of member each DateTime property is (psobject.Properties' MemberType). */
export function dateTimeMemberType(name: string): 'NoteProperty' | 'ScriptProperty' | 'Property' {
  const n = name.toLowerCase();
  return n === 'displayhint' ? 'NoteProperty' : n === 'datetime' ? 'ScriptProperty' : 'Property';
}


/** A DateTime property, or undefined when it has none of that name. */
export function dateTimeMember(v: DateTimeValue, name: string, makeEnum: (type: { fullName: string; names: readonly string[] }, value: string) => unknown): unknown {
  const f = v.fields;
  switch (name.toLowerCase()) {
    case 'year': return f.year;
    case 'month': return f.month;
    case 'day': return f.day;
    case 'hour': return f.hour;
    case 'minute': return f.minute;
    case 'second': return f.second;
    case 'millisecond': return f.millisecond;
    case 'microsecond': return Math.floor(v.subTicks / 10);
    case 'nanosecond': return (v.subTicks % 10) * 100;
    case 'dayofweek': return makeEnum(DAY_OF_WEEK, DAY_NAMES[f.dayOfWeek]!);
    case 'dayofyear': return v.dayOfYear;
    case 'ticks': return int64(v.ticks);
    case 'kind': return makeEnum(DATE_TIME_KIND, v.kind);
    case 'date': return DateTimeValue.fromParts(f.year, f.month, f.day, 0, 0, 0, 0, v.kind);
    case 'timeofday': return new TimeSpanValue(Number(v.ticks % 864000000000n));
    // The DateTime script property PowerShell's type data adds: the long date and/or time, by DisplayHint.
    case 'datetime': return v.displayText(v.displayHint);
    case 'displayhint': return v.displayHintNote;
    default: return undefined;
  }
}

/**
 * A DateTime method call; undefined when there is no such method. `toNumber` reads a Double argument,
 * `toTicks` the first argument as it was given (`rawFirst`) as AddTicks' Int64 (exact past 2^53).
 */
export function dateTimeMethod(v: DateTimeValue, name: string, args: unknown[], toNumber: (x: unknown) => number, rawFirst: unknown, toTicks: (raw: unknown) => number | bigint): { value: unknown } | undefined {
  const n = () => toNumber(args[0]);
  switch (name.toLowerCase()) {
    case 'tostring': {
      // ToString(IFormatProvider) and ToString(format, IFormatProvider): the culture's patterns and names.
      const culture = args.length ? cultureNameOf(args[args.length - 1]) : undefined;
      if (culture !== undefined) return { value: v.format(args.length === 2 ? String(args[0] ?? '') || 'G' : 'G', culture, true) };
      return { value: v.format(args.length ? String(args[0] ?? '') || 'G' : 'G') };
    }
    case 'adddays': return { value: v.addUnits(n(), UNITS.days) };
    case 'addhours': return { value: v.addUnits(n(), UNITS.hours) };
    case 'addminutes': return { value: v.addUnits(n(), UNITS.minutes) };
    case 'addseconds': return { value: v.addUnits(n(), UNITS.seconds) };
    case 'addmilliseconds': return { value: v.addUnits(n(), UNITS.milliseconds) };
    case 'addmonths': return { value: v.addMonths(n()) };
    case 'addticks': return { value: v.addTicks(toTicks(rawFirst)) };
    case 'add': return args[0] instanceof TimeSpanValue ? { value: v.addSpan(args[0], 1, 'value') } : undefined;
    case 'subtract':
      if (args[0] instanceof TimeSpanValue) return { value: v.addSpan(args[0], -1, 'value') };
      return args[0] instanceof DateTimeValue ? { value: v.minus(args[0]) } : undefined;
    case 'addyears': return { value: v.addMonths(n() * 12, 'value') };
    // Equals and CompareTo compare the wall-clock ticks, whatever the Kind (as .NET does).
    case 'equals': return { value: args[0] instanceof DateTimeValue && args[0].ticks === v.ticks };
    case 'compareto': {
      const other = args[0];
      if (other === null || other === undefined) return { value: 1 };
      if (!(other instanceof DateTimeValue)) throw new DotNetException('Object must be of type DateTime.');
      const a = v.ticks;
      const b = other.ticks;
      return { value: a < b ? -1 : a > b ? 1 : 0 };
    }
    case 'touniversaltime': return { value: v.toUniversalTime() };
    case 'tolocaltime': return { value: v.toLocalTime() };
    case 'toshortdatestring': return { value: v.format('d') };
    case 'tolongdatestring': return { value: v.format('D') };
    case 'toshorttimestring': return { value: v.format('t') };
    case 'tolongtimestring': return { value: v.format('T') };
    case 'addmicroseconds': return { value: v.addMicroseconds(n()) };
    case 'tofiletime': return { value: int64(fileTime(v.kind === 'Utc' ? v : v.toUniversalTime())) };
    case 'tofiletimeutc': return { value: int64(fileTime(v.kind === 'Local' ? v.toUniversalTime() : v)) };
    case 'tooadate': return { value: toOADate(v.ticks) };
    case 'tobinary': return { value: int64(toBinary(v)) };
    case 'isdaylightsavingtime': return { value: v.kind !== 'Utc' && isLocalDaylightTime(v.epochMs) };
    default: return undefined;
  }
}

/** Ticks between 0001-01-01 and 1601-01-01, where Windows file times start. */
const FILE_TIME_OFFSET = 504911232000000000n;
/** Ticks between 0001-01-01 and 1899-12-30, where OLE Automation dates start. */
const OA_EPOCH_TICKS = 599264352000000000n;
const MS_PER_DAY = 86400000;
/** DateTime's ToBinary flags: Utc and Local kinds, and the Local value's wrap-around (TicksCeiling). */
const KIND_UTC = 0x4000000000000000n;
const KIND_LOCAL = 0x8000000000000000n;
const TICKS_MASK = 0x3fffffffffffffffn;

/** A UTC DateTime from .NET ticks. */
export function utcFromTicks(ticks: bigint): DateTimeValue {
  const rel = ticks - EPOCH_TICKS;
  let ms = rel / 10000n;
  let sub = rel % 10000n;
  if (sub < 0n) {
    sub += 10000n;
    ms -= 1n;
  }
  return new DateTimeValue(Number(ms), 'Utc', Number(sub));
}

/** The instant's ticks on the UTC clock. */
export function utcTicksOf(v: DateTimeValue): bigint {
  return v.kind === 'Utc' ? v.ticks : v.toUniversalTime().ticks;
}

function fileTime(utc: DateTimeValue): bigint {
  const ticks = utc.ticks - FILE_TIME_OFFSET;
  if (ticks < 0n) throw new DotNetException('Not a valid Win32 FileTime.', 'ArgumentOutOfRangeException');
  return ticks;
}

/** DateTime.FromFileTime (Local) and FromFileTimeUtc. */
export function fromFileTime(raw: bigint, local: boolean): DateTimeValue {
  if (raw < 0n || raw > MAX_DATE_TICKS - FILE_TIME_OFFSET) throw new DotNetException("Not a valid Win32 FileTime. (Parameter 'fileTime')", 'ArgumentOutOfRangeException');
  const utc = utcFromTicks(raw + FILE_TIME_OFFSET);
  return local ? utc.toLocalTime() : utc;
}

/** DateTime.ToOADate: days since 1899-12-30 to the millisecond, a negative date's fraction counted forward as OLE does. */
function toOADate(ticks: bigint): number {
  if (ticks === 0n) return 0;
  if (ticks < 864000000000n) ticks += OA_EPOCH_TICKS;
  if (ticks < 31241376000000000n) throw new DotNetException('Not a legal OleAut date.', 'OverflowException');
  let ms = Number((ticks - OA_EPOCH_TICKS) / 10000n);
  if (ms < 0) {
    const frac = ms % MS_PER_DAY;
    if (frac !== 0) ms -= (MS_PER_DAY + frac) * 2;
  }
  return ms / MS_PER_DAY;
}

/** DateTime.FromOADate (Unspecified). */
export function fromOADate(d: number): DateTimeValue {
  if (!(d < 2958466 && d > -657435)) throw new DotNetException('Not a legal OleAut date.');
  let ms = Math.trunc(d * MS_PER_DAY + (d >= 0 ? 0.5 : -0.5));
  if (ms < 0) ms -= (ms % MS_PER_DAY) * 2;
  return DateTimeValue.fromTicks(BigInt(ms) * 10000n + OA_EPOCH_TICKS);
}

/** DateTime.ToBinary: the ticks with the Kind in the top bits (a Local time's as UTC ticks, wrapped). */
function toBinary(v: DateTimeValue): bigint {
  if (v.kind === 'Unspecified') return v.ticks;
  if (v.kind === 'Utc') return v.ticks | KIND_UTC;
  let ticks = v.ticks - BigInt(v.offsetMinutes) * 600000000n;
  if (ticks < 0n) ticks += KIND_UTC;
  return BigInt.asIntN(64, ticks | KIND_LOCAL);
}

/** DateTime.FromBinary. */
export function fromBinary(data: bigint): DateTimeValue {
  const bits = BigInt.asUintN(64, data);
  const kind = bits >> 62n;
  let ticks = bits & TICKS_MASK;
  if (kind >= 2n) {
    if (ticks > KIND_UTC - 864000000000n) ticks -= KIND_UTC;
    return utcFromTicks(ticks).toLocalTime();
  }
  if (ticks > MAX_DATE_TICKS) throw new DotNetException("The binary data must result in a DateTime with ticks between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. (Parameter 'dateData')");
  return kind === 1n ? utcFromTicks(ticks) : DateTimeValue.fromTicks(ticks);
}

/** Whether the machine's zone keeps daylight time at this instant (its offset past the year's standard one). */
function isLocalDaylightTime(epochMs: number): boolean {
  const year = new Date(epochMs).getFullYear();
  const standard = Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset());
  return new Date(epochMs).getTimezoneOffset() < standard;
}
