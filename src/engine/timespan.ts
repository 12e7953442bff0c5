// System.TimeSpan: a signed length of time in 100-ns ticks (an Int64), with .NET's constant ("c") text
// form, its components (Days..Milliseconds, negative for a negative span) and totals.
//
// Ticks are a Number while they are safe integers (every span a script meets in practice, so the
// common arithmetic stays on Numbers); past 2^53 (up to TimeSpan.MaxValue, 2^63 - 1) the exact value
// is kept as a BigInt beside its Double, as Int64 values are elsewhere (TypedNumber.exact).

import { DotNetException } from './member-error.js';
import { typed } from './numeric.js';

const TICKS_PER_MS = 10_000;
const TICKS_PER_SECOND = 10_000_000;
const TICKS_PER_MINUTE = 600_000_000;
const TICKS_PER_HOUR = 36_000_000_000;
const TICKS_PER_DAY = 864_000_000_000;
export const MAX_TICKS = 9223372036854775807n;
export const MIN_TICKS = -9223372036854775808n;
/** Int64.MaxValue / MinValue as Doubles (2^63 and -2^63), the bounds .NET checks a Double count of ticks against. */
const MAX_TICKS_DOUBLE = 9223372036854775807;
/** TotalMilliseconds is clamped to these (long.MaxValue / TicksPerMillisecond and long.MinValue / TicksPerMillisecond). */
const MAX_MILLISECONDS = 922337203685477;

/** .NET's OverflowException for a span past Int64's range; the caller wraps it for its method or operator. */
export function timeSpanOverflow(): DotNetException {
  return new DotNetException('TimeSpan overflowed because the duration is too long.', 'OverflowException');
}

/** The properties PowerShell's default (list) view shows, in its order. */
export const TIMESPAN_PROPERTIES = [
  'Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks',
  'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds',
] as const;

const ALL_PROPERTIES = [
  'Ticks', 'Days', 'Hours', 'Milliseconds', 'Microseconds', 'Nanoseconds', 'Minutes', 'Seconds',
  'TotalDays', 'TotalHours', 'TotalMilliseconds', 'TotalMicroseconds', 'TotalNanoseconds', 'TotalMinutes', 'TotalSeconds',
];

export class TimeSpanFormatError extends Error {}

/** The clock parts of a span's absolute value, as its text forms print them. */
interface Clock {
  negative: boolean;
  days: string;
  hours: number;
  minutes: number;
  seconds: number;
  /** The 7 digits of the fraction of a second. */
  fraction: string;
}

export class TimeSpanValue {
  readonly typeName = 'System.TimeSpan';
  /** The exact ticks when they are past 2^53 (`ticks` is then their nearest Double); undefined otherwise. */
  readonly exact: bigint | undefined;

  /** `ticks` a whole number; past 2^53 use fromBig, which keeps the exact value. */
  constructor(readonly ticks: number, exact?: bigint) {
    this.exact = exact ?? (Number.isSafeInteger(ticks) ? undefined : BigInt(ticks));
  }

  /** A span of exactly `ticks`, or .NET's OverflowException past Int64's range. */
  static fromBig(ticks: bigint): TimeSpanValue {
    if (ticks > MAX_TICKS || ticks < MIN_TICKS) throw timeSpanOverflow();
    const n = Number(ticks);
    return Number.isSafeInteger(n) ? new TimeSpanValue(n) : new TimeSpanValue(n, ticks);
  }

  /** .NET's IntervalFromDoubleTicks: a Double count of ticks truncated, past Int64's range an overflow (2^63 itself is MaxValue). */
  static fromDoubleTicks(ticks: number): TimeSpanValue {
    if (!(ticks <= MAX_TICKS_DOUBLE && ticks >= -MAX_TICKS_DOUBLE - 1)) throw timeSpanOverflow();
    const t = Math.trunc(ticks);
    if (Number.isSafeInteger(t)) return new TimeSpanValue(t === 0 ? 0 : t);
    return TimeSpanValue.fromBig(t >= MAX_TICKS_DOUBLE ? MAX_TICKS : BigInt(t));
  }

  static fromParts(days: number, hours = 0, minutes = 0, seconds = 0, ms = 0): TimeSpanValue {
    return new TimeSpanValue(Math.round(days * TICKS_PER_DAY + hours * TICKS_PER_HOUR + minutes * TICKS_PER_MINUTE + seconds * TICKS_PER_SECOND + ms * TICKS_PER_MS));
  }

  /** The exact ticks. */
  get big(): bigint {
    return this.exact ?? BigInt(this.ticks);
  }

  /** `this + other`, or the overflow past Int64's range. */
  plus(other: TimeSpanValue): TimeSpanValue {
    if (this.exact === undefined && other.exact === undefined) {
      const sum = this.ticks + other.ticks;
      if (Number.isSafeInteger(sum)) return new TimeSpanValue(sum);
    }
    return TimeSpanValue.fromBig(this.big + other.big);
  }

  /** `this - other`, or the overflow past Int64's range. */
  minus(other: TimeSpanValue): TimeSpanValue {
    if (this.exact === undefined && other.exact === undefined) {
      const difference = this.ticks - other.ticks;
      if (Number.isSafeInteger(difference)) return new TimeSpanValue(difference === 0 ? 0 : difference);
    }
    return TimeSpanValue.fromBig(this.big - other.big);
  }

  /** -1, 0 or 1, exactly. */
  compare(other: TimeSpanValue): number {
    if (this.exact === undefined && other.exact === undefined) return this.ticks < other.ticks ? -1 : this.ticks > other.ticks ? 1 : 0;
    const a = this.big;
    const b = other.big;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: TimeSpanValue): boolean {
    return this.ticks === other.ticks && this.exact === other.exact;
  }

  /** A component: whole units of `unit` ticks within `range`, truncated toward zero as .NET does. */
  private part(unit: number, range: number): number {
    if (this.exact !== undefined) {
      const whole = this.exact / BigInt(unit);
      return Number(range === Infinity ? whole : whole % BigInt(range));
    }
    // Integer arithmetic on Doubles: exact, where a Double quotient could round up to the next unit.
    const whole = (this.ticks - (this.ticks % unit)) / unit;
    const v = range === Infinity ? whole : whole % range;
    return v === 0 ? 0 : v;
  }

  get days(): number {
    return this.part(TICKS_PER_DAY, Infinity);
  }

  member(name: string): unknown {
    switch (name.toLowerCase()) {
      case 'days': return this.days;
      case 'hours': return this.part(TICKS_PER_HOUR, 24);
      case 'minutes': return this.part(TICKS_PER_MINUTE, 60);
      case 'seconds': return this.part(TICKS_PER_SECOND, 60);
      case 'milliseconds': return this.part(TICKS_PER_MS, 1000);
      case 'microseconds': return this.part(10, 1000);
      case 'nanoseconds': return this.part(1, 10) * 100;
      case 'ticks': return typed(this.ticks, 'System.Int64', this.exact);
      case 'totaldays': return typed(this.ticks / TICKS_PER_DAY, 'System.Double');
      case 'totalhours': return typed(this.ticks / TICKS_PER_HOUR, 'System.Double');
      case 'totalminutes': return typed(this.ticks / TICKS_PER_MINUTE, 'System.Double');
      case 'totalseconds': return typed(this.ticks / TICKS_PER_SECOND, 'System.Double');
      // .NET clamps this one total to the whole milliseconds Int64 ticks can hold.
      case 'totalmilliseconds': return typed(Math.max(-MAX_MILLISECONDS, Math.min(MAX_MILLISECONDS, this.ticks / TICKS_PER_MS)), 'System.Double');
      case 'totalmicroseconds': return typed(this.ticks / 10, 'System.Double');
      case 'totalnanoseconds': return typed(this.ticks * 100, 'System.Double');
      default: return undefined;
    }
  }

  /** The absolute value's days, clock and fraction (exact at the ends of the range). */
  private clock(): Clock {
    if (this.exact === undefined) {
      const abs = Math.abs(this.ticks);
      const rest = abs % TICKS_PER_DAY;
      return {
        negative: this.ticks < 0,
        days: String((abs - rest) / TICKS_PER_DAY),
        hours: Math.floor(rest / TICKS_PER_HOUR),
        minutes: Math.floor(rest / TICKS_PER_MINUTE) % 60,
        seconds: Math.floor(rest / TICKS_PER_SECOND) % 60,
        fraction: pad(rest % TICKS_PER_SECOND, 7),
      };
    }
    const abs = this.exact < 0n ? -this.exact : this.exact;
    const rest = Number(abs % BigInt(TICKS_PER_DAY));
    return {
      negative: this.exact < 0n,
      days: String(abs / BigInt(TICKS_PER_DAY)),
      hours: Math.floor(rest / TICKS_PER_HOUR),
      minutes: Math.floor(rest / TICKS_PER_MINUTE) % 60,
      seconds: Math.floor(rest / TICKS_PER_SECOND) % 60,
      fraction: pad(rest % TICKS_PER_SECOND, 7),
    };
  }

  /** .NET's "c" form: [-][d.]hh:mm:ss[.fffffff]. */
  toString(): string {
    const c = this.clock();
    return `${c.negative ? '-' : ''}${c.days !== '0' ? `${c.days}.` : ''}${pad(c.hours, 2)}:${pad(c.minutes, 2)}:${pad(c.seconds, 2)}${c.fraction !== '0000000' ? `.${c.fraction}` : ''}`;
  }

  /** ToString(format): "c", "g", "G" or a custom format (d, hh, mm, ss, f…, quoted and \-escaped text). */
  format(format: string): string {
    if (format === '' || format === 'c' || format === 't' || format === 'T') return this.toString();
    const { negative, days, hours: h, minutes: m, seconds: s, fraction } = this.clock();
    const sign = negative ? '-' : '';
    if (format === 'g') return `${sign}${days !== '0' ? `${days}:` : ''}${h}:${pad(m, 2)}:${pad(s, 2)}${fraction !== '0000000' ? `.${fraction.replace(/0+$/, '')}` : ''}`;
    if (format === 'G') return `${sign}${days}:${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${fraction}`;
    if (format.length === 1) throw new TimeSpanFormatError('Input string was not in a correct format.');
    let out = '';
    let i = 0;
    while (i < format.length) {
      const ch = format[i]!;
      if (ch === "'" || ch === '"') {
        const end = format.indexOf(ch, i + 1);
        if (end < 0) throw new TimeSpanFormatError('Input string was not in a correct format.');
        out += format.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (ch === '\\') {
        out += format[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (ch === '%') {
        i++;
        continue;
      }
      let n = 1;
      while (format[i + n] === ch) n++;
      i += n;
      switch (ch) {
        case 'd': out += days.padStart(n, '0'); break;
        case 'h': out += pad(h, Math.min(n, 2)); break;
        case 'm': out += pad(m, Math.min(n, 2)); break;
        case 's': out += pad(s, Math.min(n, 2)); break;
        case 'f': out += fraction.slice(0, Math.min(n, 7)); break;
        case 'F': out += fraction.slice(0, Math.min(n, 7)).replace(/0+$/, ''); break;
        default: throw new TimeSpanFormatError('Input string was not in a correct format.');
      }
    }
    return out;
  }

  /** Every property, in .NET's reflection order (ConvertTo-Json, Select-Object *). */
  toProperties(): Array<[string, unknown]> {
    return ALL_PROPERTIES.map((name) => [name, this.member(name)]);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * TimeSpan.Parse for the invariant forms: [-]d, [-][d.]hh:mm[:ss[.fffffff]]; undefined if not one,
 * 'overflow' for one whose components are out of range or past TimeSpan's range.
 */
export function parseTimeSpan(text: string): TimeSpanValue | 'overflow' | undefined {
  const t = text.trim();
  const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(t) ?? /^(-)?(\d+):(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?$/.exec(t);
  if (m) {
    const [, neg, d, h, mi, s, frac] = m;
    if (+h! > 23 || +mi! > 59 || +(s ?? 0) > 59) return 'overflow';
    const ticks = BigInt(d ?? 0) * BigInt(TICKS_PER_DAY) + BigInt(+h! * TICKS_PER_HOUR + +mi! * TICKS_PER_MINUTE + +(s ?? 0) * TICKS_PER_SECOND + Number((frac ?? '').padEnd(7, '0')));
    return spanWithin(neg ? -ticks : ticks);
  }
  const days = /^(-)?(\d+)$/.exec(t);
  if (days) return spanWithin((days[1] ? -1n : 1n) * BigInt(days[2]!) * BigInt(TICKS_PER_DAY));
  return undefined;
}

/** TimeSpan.Parse's result: the span, or .NET's FormatException or OverflowException for the text. */
export function timeSpanParsed(text: string, parse: (text: string) => TimeSpanValue | 'overflow' | undefined): TimeSpanValue {
  const parsed = parse(text);
  if (parsed instanceof TimeSpanValue) return parsed;
  if (parsed === 'overflow') throw new DotNetException(`The TimeSpan string '${text}' could not be parsed because at least one of the numeric components is out of range or contains too many digits.`, 'OverflowException');
  throw new DotNetException(`String '${text}' was not recognized as a valid TimeSpan.`, 'FormatException');
}

/** A custom TimeSpan format's fields: how many digits each takes and what it counts. */
const EXACT_FIELDS: Record<string, { ticks: number; max: number }> = {
  d: { ticks: TICKS_PER_DAY, max: 10675199 },
  h: { ticks: TICKS_PER_HOUR, max: 23 },
  m: { ticks: TICKS_PER_MINUTE, max: 59 },
  s: { ticks: TICKS_PER_SECOND, max: 59 },
};

/**
 * TimeSpan.ParseExact: the standard formats (c, g, G) read as Parse reads, a custom one (`hh\:mm`, `d\.hh`)
 * field by field; a format with an unknown letter is .NET's FormatException.
 */
export function parseTimeSpanExact(text: string, format: string): TimeSpanValue | 'overflow' | undefined {
  if (/^[cgGtT]$/.test(format)) return parseTimeSpan(text);
  let pattern = '';
  const fields: string[] = [];
  for (const [token] of format.matchAll(/d{1,8}|h{1,2}|m{1,2}|s{1,2}|f{1,7}|F{1,7}|'[^']*'|\\.|./gs)) {
    const letter = token[0]!;
    if ('dhms'.includes(letter)) {
      if (letter !== 'd' && token.length > 2) throw new DotNetException('Input string was not in a correct format.', 'FormatException');
      fields.push(letter);
      pattern += token.length === 1 ? '(\\d+)' : `(\\d{${token.length},})`;
    } else if (letter === 'f' || letter === 'F') {
      fields.push(`f${token.length}`);
      pattern += letter === 'f' ? `(\\d{${token.length}})` : `(\\d{0,${token.length}})`;
    } else if (letter === "'") pattern += token.slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (letter === '\\') pattern += token.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else throw new DotNetException('Input string was not in a correct format.', 'FormatException');
  }
  const m = new RegExp(`^${pattern}$`).exec(text);
  if (!m) return undefined;
  let ticks = 0n;
  for (const [i, field] of fields.entries()) {
    const digits = m[i + 1]!;
    if (field.startsWith('f')) {
      ticks += BigInt(digits.padEnd(7, '0').slice(0, 7) || '0');
      continue;
    }
    const { ticks: unit, max } = EXACT_FIELDS[field]!;
    if (Number(digits) > max) return 'overflow';
    ticks += BigInt(digits) * BigInt(unit);
  }
  return spanWithin(ticks);
}

/** The parsed span, or 'overflow' past TimeSpan's range. */
function spanWithin(ticks: bigint): TimeSpanValue | 'overflow' {
  return ticks > MAX_TICKS || ticks < MIN_TICKS ? 'overflow' : TimeSpanValue.fromBig(ticks);
}

/** A TimeSpan method call; undefined when there is no such method. */
export function timeSpanMethod(v: TimeSpanValue, name: string, args: unknown[]): { value: unknown } | undefined {
  const other = args[0];
  switch (name.toLowerCase()) {
    case 'tostring': return { value: args.length ? v.format(String(other ?? '')) : v.toString() };
    case 'add': return other instanceof TimeSpanValue ? { value: v.plus(other) } : undefined;
    case 'subtract': return other instanceof TimeSpanValue ? { value: v.minus(other) } : undefined;
    case 'negate':
      if (v.exact === MIN_TICKS) throw new DotNetException('Negating the minimum value of a twos complement number is invalid.', 'OverflowException');
      return { value: TimeSpanValue.fromBig(-v.big) };
    case 'duration':
      if (v.exact === MIN_TICKS) throw new DotNetException('The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.', 'OverflowException');
      return { value: v.compare(ZERO) < 0 ? TimeSpanValue.fromBig(-v.big) : v };
    case 'compareto': return other instanceof TimeSpanValue ? { value: v.compare(other) } : undefined;
    case 'equals': return { value: other instanceof TimeSpanValue && other.equals(v) };
    default: return undefined;
  }
}

const ZERO = new TimeSpanValue(0);
