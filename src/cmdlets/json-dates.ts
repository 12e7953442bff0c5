// The strings Newtonsoft.Json's reader turns into DateTimes (DateParseHandling.DateTime, RoundtripKind, as
// pwsh's ConvertFrom-Json sets it): ISO 8601 as its DateTimeParser reads it (yyyy-MM-ddTHH:mm:ss, up to
// seven fraction digits, then Z, an offset or nothing) and Microsoft's "/Date(ms[+-hhmm])/". Anything
// else stays a string.

import { DateTimeValue } from '../engine/datetime.js';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A two-digit number at `at` (before `end`), or -1. */
function twoDigits(text: string, at: number, end: number): number {
  if (!(at + 1 < end)) return -1;
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a < 10 && b >= 0 && b < 10 ? a * 10 + b : -1;
}

/** DateTimeParser.Parse and DateTimeUtils.TryParseDateTimeIso. */
function isoDate(text: string): DateTimeValue | undefined {
  const end = text.length;
  const y1 = twoDigits(text, 0, end);
  const y2 = twoDigits(text, 2, end);
  if (y1 < 0 || y2 < 0) return undefined;
  const year = y1 * 100 + y2;
  const month = text[4] === '-' ? twoDigits(text, 5, end) : -1;
  const day = text[7] === '-' ? twoDigits(text, 8, end) : -1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || text[10] !== 'T') return undefined;
  let hour = twoDigits(text, 11, end);
  const minute = text[13] === ':' ? twoDigits(text, 14, end) : -1;
  const second = text[16] === ':' ? twoDigits(text, 17, end) : -1;
  if (hour < 0 || hour > 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60 || (hour === 24 && (minute !== 0 || second !== 0))) return undefined;
  let at = 19;
  let fraction = 0;
  if (at < end && text[at] === '.') {
    let digits = 0;
    while (++at < end && digits < 7) {
      const d = text.charCodeAt(at) - 48;
      if (d < 0 || d > 9) break;
      fraction = fraction * 10 + d;
      digits++;
    }
    if (digits < 7) {
      if (digits === 0) return undefined;
      fraction *= 10 ** (7 - digits);
    }
    if (hour === 24 && fraction !== 0) return undefined;
  }
  // The zone, as ParseZone reads it (the sign decides the zone only before two digits).
  let zone: 'none' | 'utc' | 'west' | 'east' = 'none';
  let zoneHour = 0;
  let zoneMinute = 0;
  if (at < end) {
    const ch = text[at];
    if (ch === 'Z' || ch === 'z') {
      zone = 'utc';
      at++;
    } else {
      const h = at + 2 < end ? twoDigits(text, at + 1, end) : -1;
      if (h >= 0 && (ch === '-' || ch === '+')) {
        zoneHour = h;
        zone = ch === '-' ? 'west' : 'east';
        at += 3;
      }
      if (at < end) {
        if (text[at] === ':') at++;
        const m = at + 1 < end ? twoDigits(text, at, end) : -1;
        if (m >= 0) {
          zoneMinute = m;
          at += 2;
        }
      }
    }
  }
  if (at !== end) return undefined;
  const is24 = hour === 24;
  if (is24) hour = 0;
  const ms = Math.floor(fraction / 10000);
  const subTicks = fraction % 10000;
  const dayMs = is24 ? 86400000 : 0;
  if (zone === 'none') {
    const wall = DateTimeValue.fromParts(year, month, day, hour, minute, second, ms, 'Unspecified');
    return new DateTimeValue(wall.epochMs + dayMs, 'Unspecified', subTicks);
  }
  const utc = DateTimeValue.fromParts(year, month, day, hour, minute, second, ms, 'Utc').epochMs + dayMs;
  if (zone === 'utc') return new DateTimeValue(utc, 'Utc', subTicks);
  const offset = (zoneHour * 60 + zoneMinute) * 60000;
  return new DateTimeValue(zone === 'west' ? utc + offset : utc - offset, 'Local', subTicks);
}

const MICROSOFT_DATE = /^\/Date\((-?\d+)([+-]\d\d(?:\d\d)?)?\)\/$/;

/** "/Date(ms)/" (UTC) or "/Date(ms+hhmm)/" (local). */
function microsoftDate(text: string): DateTimeValue | undefined {
  const m = MICROSOFT_DATE.exec(text);
  if (!m) return undefined;
  const ms = BigInt(m[1]!);
  if (ms < -(2n ** 63n) || ms >= 2n ** 63n) return undefined;
  return new DateTimeValue(Number(ms), m[2] ? 'Local' : 'Utc');
}

/** The DateTime a JSON string value reads as, or undefined for a string that stays one. */
export function jsonDate(text: string): DateTimeValue | undefined {
  const length = text.length;
  const first = text.charCodeAt(0);
  if (first === 47 /* / */) return length >= 9 && text.startsWith('/Date(') && text.endsWith(')/') ? microsoftDate(text) : undefined;
  if (length >= 19 && length <= 40 && first >= 48 && first <= 57 && text[10] === 'T') return isoDate(text);
  return undefined;
}
