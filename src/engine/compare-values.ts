// How Sort-Object and Group-Object order and match values: numbers numerically, everything else
// by its text with the culture's ordering (case-insensitive unless asked), $null first.

import { toPSString, unwrap } from './convert.js';
import { DateTimeValue } from './datetime.js';
import { DateTimeOffsetValue } from './datetime-offset.js';
import { TimeSpanValue } from './timespan.js';
import { compareVersions } from './version-types.js';

// Made on first use: a collator costs milliseconds (ICU data) that a short script never needs.
let insensitiveCollator: Intl.Collator | undefined;
let sensitiveCollator: Intl.Collator | undefined;
const collator = (caseSensitive: boolean): Intl.Collator =>
  caseSensitive
    ? (sensitiveCollator ??= new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' }))
    : (insensitiveCollator ??= new Intl.Collator('en-US', { sensitivity: 'accent' }));

export function compareValues(a: unknown, b: unknown, caseSensitive = false): number {
  const x = unwrap(a);
  const y = unwrap(b);
  const xNull = x === null || x === undefined;
  const yNull = y === null || y === undefined;
  if (xNull || yNull) return xNull && yNull ? 0 : xNull ? -1 : 1;
  if ((typeof x === 'number' || typeof x === 'boolean') && (typeof y === 'number' || typeof y === 'boolean')) return Number(x) - Number(y);
  // Dates and time spans sort by their ticks.
  if (x instanceof DateTimeValue && y instanceof DateTimeValue) return x.ticks < y.ticks ? -1 : x.ticks > y.ticks ? 1 : 0;
  if (x instanceof DateTimeOffsetValue && y instanceof DateTimeOffsetValue) return x.compareTo(y);
  if (x instanceof TimeSpanValue && y instanceof TimeSpanValue) return x.compare(y);
  const versions = compareVersions(x, y);
  if (versions !== undefined) return versions;
  if (typeof x === 'number' && typeof y === 'string' && y.trim() !== '' && !Number.isNaN(Number(y))) return x - Number(y);
  return collator(caseSensitive).compare(toPSString(x), toPSString(y));
}
