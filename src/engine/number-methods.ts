// Numbers' `.ToString(format)`: .NET's standard and custom numeric format strings, through the same
// formatter as the -f operator (`(5).ToString('x4')` is 0005, `(1234.5).ToString('N1')` is 1,234.5).

import { formatString } from './format-operator.js';
import { DotNetException } from './method-binder.js';
import { toPSString, typeNameOf } from './convert.js';
import { TypedNumber } from './numeric.js';
import { roundTripText } from './float-text.js';
import { type Culture } from './cultures.js';

/**
 * A number's own ToString(): a Double or Single gives .NET Core's shortest round-trip digits
 * (`(0.1+0.2).ToString()` is 0.30000000000000004), where PowerShell's display rounds to 15 (or 7).
 */
export function numberText(value: unknown): string {
  const type = typeNameOf(value);
  if (type === 'System.Double' || type === 'System.Single') return roundTripText(Number(value instanceof TypedNumber ? value.value : value), type === 'System.Single');
  return toPSString(value);
}

export function numberToString(value: unknown, format: string, culture?: Culture): string {
  // A format holding braces is not a composite item: .NET rejects it as a bad specifier.
  if (/[{}]/.test(format)) throw new DotNetException('Format specifier was invalid.', 'FormatException');
  try {
    return formatString(format === '' ? '{0}' : `{0:${format}}`, [value], culture);
  } catch {
    throw new DotNetException('Format specifier was invalid.', 'FormatException');
  }
}
