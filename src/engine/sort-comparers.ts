// How the sorted collections (SortedDictionary, SortedList, SortedSet) order their keys, as .NET's
// Comparer<T>.Default or a StringComparer does. Checked with pwsh 7.6.10: strings by default compare by
// the culture (ICU on Linux: `a, b, B, C`, lower case first), StringComparer.Ordinal by UTF-16 code units
// (`B, Z, _x, a, b`), OrdinalIgnoreCase by the upper-cased code units (`a, b, Z, _x`); numbers and
// dates by value.

import { toPSString, unwrap } from './convert.js';
import { compareValues } from './compare-values.js';
import { DateTimeValue } from './datetime.js';

/** The StringComparer a collection was built with: which rule, and whether case counts. */
export interface StringComparison {
  ordinal: boolean;
  ignoreCase: boolean;
}

export type Compare = (a: unknown, b: unknown) => number;

// Made on first use: a collator costs milliseconds (docs/startup.md).
const collators = new Map<boolean, Intl.Collator>();
function cultureCompare(ignoreCase: boolean): Compare {
  let collator = collators.get(ignoreCase);
  if (!collator) {
    collator = new Intl.Collator('en-US', { sensitivity: ignoreCase ? 'accent' : 'variant', caseFirst: 'lower' });
    collators.set(ignoreCase, collator);
  }
  const c = collator;
  return (a, b) => c.compare(toPSString(a), toPSString(b));
}

function ordinalCompare(ignoreCase: boolean): Compare {
  return (a, b) => {
    let x = toPSString(a);
    let y = toPSString(b);
    if (ignoreCase) {
      x = x.toUpperCase();
      y = y.toUpperCase();
    }
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** The comparison a sorted collection of `typeName` keys uses; `strings` is the StringComparer it was given. */
export function sortComparer(typeName: string, strings?: StringComparison): Compare {
  if (typeName === 'System.String' || strings) {
    return strings?.ordinal ? ordinalCompare(strings.ignoreCase) : cultureCompare(strings?.ignoreCase ?? false);
  }
  return (a, b) => {
    const x = unwrap(a);
    const y = unwrap(b);
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
    if (x instanceof DateTimeValue && y instanceof DateTimeValue) return x.ticks < y.ticks ? -1 : x.ticks > y.ticks ? 1 : 0;
    return compareValues(x, y, true);
  };
}

/** The StringComparer value's rule, from its type name (System.OrdinalIgnoreCaseComparer ...). */
export function stringComparison(comparer: { typeName: string; ignoreCase: boolean } | undefined): StringComparison | undefined {
  return comparer ? { ordinal: /Ordinal/.test(comparer.typeName), ignoreCase: comparer.ignoreCase } : undefined;
}
