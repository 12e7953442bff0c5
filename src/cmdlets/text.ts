// How a value turns into text when a cmdlet prints it the way .NET's ToString() would.

import { toPSString } from '../engine/convert.js';
import { PSObject } from '../engine/values.js';

/** Object.ToString() as PowerShell cmdlets see it: no enumeration, .NET spellings for scalars. */
export function toDotNetString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return '\u221E';
    if (value === -Infinity) return '-\u221E';
    return String(value).replace('e+', 'E+').replace('e-', 'E-');
  }
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof PSObject) return toPSString(value); // a PSCustomObject reads as @{a=1}
  return String(value);
}
