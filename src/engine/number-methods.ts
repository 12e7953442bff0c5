// Numbers' `.ToString(format)`: .NET's standard and custom numeric format strings, through the same
// formatter as the -f operator (`(5).ToString('x4')` is 0005, `(1234.5).ToString('N1')` is 1,234.5).

import { formatString } from './format-operator.js';
import { DotNetException } from './method-binder.js';

export function numberToString(value: unknown, format: string): string {
  // A format holding braces is not a composite item: .NET rejects it as a bad specifier.
  if (/[{}]/.test(format)) throw new DotNetException('Format specifier was invalid.', 'FormatException');
  try {
    return formatString(`{0:${format}}`, [value]);
  } catch {
    throw new DotNetException('Format specifier was invalid.', 'FormatException');
  }
}
