// How Sort-Object and Group-Object order and match values: numbers numerically, everything else
// by its text with the culture's ordering (case-insensitive unless asked), $null first.

import { toPSString, unwrap } from './convert.js';

const insensitive = new Intl.Collator('en-US', { sensitivity: 'accent' });
const sensitive = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

export function compareValues(a: unknown, b: unknown, caseSensitive = false): number {
  const x = unwrap(a);
  const y = unwrap(b);
  const xNull = x === null || x === undefined;
  const yNull = y === null || y === undefined;
  if (xNull || yNull) return xNull && yNull ? 0 : xNull ? -1 : 1;
  if ((typeof x === 'number' || typeof x === 'boolean') && (typeof y === 'number' || typeof y === 'boolean')) return Number(x) - Number(y);
  if (typeof x === 'number' && typeof y === 'string' && y.trim() !== '' && !Number.isNaN(Number(y))) return x - Number(y);
  return (caseSensitive ? sensitive : insensitive).compare(toPSString(x), toPSString(y));
}
