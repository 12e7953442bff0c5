// System.TimeSpan: a signed length of time in 100-ns ticks, with .NET's constant ("c") text form,
// its components (Days..Milliseconds, negative for a negative span) and totals.

const TICKS_PER_MS = 10_000;
const TICKS_PER_SECOND = 10_000_000;
const TICKS_PER_MINUTE = 600_000_000;
const TICKS_PER_HOUR = 36_000_000_000;
const TICKS_PER_DAY = 864_000_000_000;

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

export class TimeSpanValue {
  readonly typeName = 'System.TimeSpan';
  constructor(readonly ticks: number) {}

  static fromParts(days: number, hours = 0, minutes = 0, seconds = 0, ms = 0): TimeSpanValue {
    return new TimeSpanValue(Math.round(days * TICKS_PER_DAY + hours * TICKS_PER_HOUR + minutes * TICKS_PER_MINUTE + seconds * TICKS_PER_SECOND + ms * TICKS_PER_MS));
  }

  /** A component: whole units of `unit` ticks within `range`, truncated toward zero as .NET does. */
  private part(unit: number, range: number): number {
    const v = Math.trunc(this.ticks / unit) % range;
    return v === 0 ? 0 : v;
  }

  get days(): number {
    return this.part(TICKS_PER_DAY, Infinity);
  }

  member(name: string): number | undefined {
    switch (name.toLowerCase()) {
      case 'days': return this.days;
      case 'hours': return this.part(TICKS_PER_HOUR, 24);
      case 'minutes': return this.part(TICKS_PER_MINUTE, 60);
      case 'seconds': return this.part(TICKS_PER_SECOND, 60);
      case 'milliseconds': return this.part(TICKS_PER_MS, 1000);
      case 'microseconds': return this.part(10, 1000);
      case 'nanoseconds': return this.part(1, 10) * 100;
      case 'ticks': return this.ticks;
      case 'totaldays': return this.ticks / TICKS_PER_DAY;
      case 'totalhours': return this.ticks / TICKS_PER_HOUR;
      case 'totalminutes': return this.ticks / TICKS_PER_MINUTE;
      case 'totalseconds': return this.ticks / TICKS_PER_SECOND;
      case 'totalmilliseconds': return this.ticks / TICKS_PER_MS;
      case 'totalmicroseconds': return this.ticks / 10;
      case 'totalnanoseconds': return this.ticks * 100;
      default: return undefined;
    }
  }

  /** .NET's "c" form: [-][d.]hh:mm:ss[.fffffff]. */
  toString(): string {
    const abs = Math.abs(this.ticks);
    const days = Math.floor(abs / TICKS_PER_DAY);
    const rest = abs % TICKS_PER_DAY;
    const fraction = rest % TICKS_PER_SECOND;
    const clock = `${pad(Math.floor(rest / TICKS_PER_HOUR), 2)}:${pad(Math.floor(rest / TICKS_PER_MINUTE) % 60, 2)}:${pad(Math.floor(rest / TICKS_PER_SECOND) % 60, 2)}`;
    return `${this.ticks < 0 ? '-' : ''}${days ? `${days}.` : ''}${clock}${fraction ? `.${pad(fraction, 7)}` : ''}`;
  }

  /** ToString(format): "c", "g", "G" or a custom format (d, hh, mm, ss, f…, quoted and \-escaped text). */
  format(format: string): string {
    if (format === '' || format === 'c' || format === 't' || format === 'T') return this.toString();
    const abs = Math.abs(this.ticks);
    const days = Math.floor(abs / TICKS_PER_DAY);
    const rest = abs % TICKS_PER_DAY;
    const h = Math.floor(rest / TICKS_PER_HOUR);
    const m = Math.floor(rest / TICKS_PER_MINUTE) % 60;
    const s = Math.floor(rest / TICKS_PER_SECOND) % 60;
    const fraction = pad(rest % TICKS_PER_SECOND, 7);
    const sign = this.ticks < 0 ? '-' : '';
    if (format === 'g') return `${sign}${days ? `${days}:` : ''}${h}:${pad(m, 2)}:${pad(s, 2)}${fraction !== '0000000' ? `.${fraction.replace(/0+$/, '')}` : ''}`;
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
        case 'd': out += pad(days, n); break;
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

/** TimeSpan.Parse for the invariant forms: [-]d, [-][d.]hh:mm[:ss[.fffffff]]; undefined if not one. */
export function parseTimeSpan(text: string): TimeSpanValue | undefined {
  const t = text.trim();
  const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(t) ?? /^(-)?(\d+):(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?$/.exec(t);
  if (m) {
    const [, neg, d, h, mi, s, frac] = m;
    if (+h! > 23 || +mi! > 59 || +(s ?? 0) > 59) return undefined;
    const ticks = +(d ?? 0) * TICKS_PER_DAY + +h! * TICKS_PER_HOUR + +mi! * TICKS_PER_MINUTE + +(s ?? 0) * TICKS_PER_SECOND + Number((frac ?? '').padEnd(7, '0'));
    return new TimeSpanValue(neg ? -ticks : ticks);
  }
  const days = /^(-)?(\d+)$/.exec(t);
  if (days) return new TimeSpanValue((days[1] ? -1 : 1) * +days[2]! * TICKS_PER_DAY);
  return undefined;
}

/** A TimeSpan method call; undefined when there is no such method. */
export function timeSpanMethod(v: TimeSpanValue, name: string, args: unknown[]): { value: unknown } | undefined {
  const other = args[0];
  switch (name.toLowerCase()) {
    case 'tostring': return { value: args.length ? v.format(String(other ?? '')) : v.toString() };
    case 'add': return other instanceof TimeSpanValue ? { value: new TimeSpanValue(v.ticks + other.ticks) } : undefined;
    case 'subtract': return other instanceof TimeSpanValue ? { value: new TimeSpanValue(v.ticks - other.ticks) } : undefined;
    case 'negate': return { value: new TimeSpanValue(-v.ticks) };
    case 'duration': return { value: new TimeSpanValue(Math.abs(v.ticks)) };
    case 'compareto': return other instanceof TimeSpanValue ? { value: Math.sign(v.ticks - other.ticks) } : undefined;
    case 'equals': return { value: other instanceof TimeSpanValue && other.ticks === v.ticks };
    default: return undefined;
  }
}

/** [timespan]::FromDays(…) and friends. */
export const TIMESPAN_FACTORIES: Readonly<Record<string, number>> = {
  fromdays: TICKS_PER_DAY,
  fromhours: TICKS_PER_HOUR,
  fromminutes: TICKS_PER_MINUTE,
  fromseconds: TICKS_PER_SECOND,
  frommilliseconds: TICKS_PER_MS,
  fromticks: 1,
};
