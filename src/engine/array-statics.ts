// System.Array's static methods that scripts call on their arrays: `[array]::IndexOf($a, $x)`,
// `[array]::Reverse($a)`, `[array]::Sort($a)`, `[array]::Resize([ref]$a, n)`, `[array]::Clear($a)`.
// Reverse, Sort and Clear change the array itself, as .NET's do (the variable holds the same array).
// Checked with pwsh 7.6.10: IndexOf compares as Object.Equals (the Int32 4 is not the string '4'),
// Sort uses the default comparer (strings by the culture, case-sensitive; elements of different types
// cannot be compared), and a null array is .NET's ArgumentNullException.

import { TypedArray, toInt, typeNameOf, unwrap } from './convert.js';
import { compareValues } from './compare-values.js';
import { DateTimeValue } from './datetime.js';
import { DotNetException, noOverload } from './member-error.js';
import { TypedNumber } from './numeric.js';
import { PSReference } from './values.js';

type Handler = (args: unknown[]) => unknown;

const NULL_ARRAY = "Value cannot be null. (Parameter 'array')";
const START_INDEX = "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')";
const COUNT = "Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')";
const OFFSET = 'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.';

function arrayArgument(value: unknown): unknown[] {
  const v = unwrap(value);
  if (v === null || v === undefined) throw new DotNetException(NULL_ARRAY, 'ArgumentNullException');
  return Array.isArray(v) ? v : [v];
}

/** Object.Equals for the values scripts hold: the same type and the same value (dates by their ticks). */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeNameOf(a) !== typeNameOf(b)) return false;
  const x = unwrap(a);
  const y = unwrap(b);
  if (x instanceof DateTimeValue && y instanceof DateTimeValue) return x.ticks === y.ticks;
  return x === y;
}

/** (array, value[, startIndex[, count]]): where the search runs. */
function searchRange(name: string, a: unknown[]): { array: unknown[]; start: number; end: number } {
  if (a.length < 2 || a.length > 4) throw noOverload(name, a.length);
  const array = arrayArgument(a[0]);
  const start = a.length > 2 ? toInt(a[2]) : 0;
  if (start < 0 || start > array.length) throw new DotNetException(START_INDEX, 'ArgumentOutOfRangeException');
  const count = a.length > 3 ? toInt(a[3]) : array.length - start;
  if (count < 0 || start + count > array.length) throw new DotNetException(COUNT, 'ArgumentOutOfRangeException');
  return { array, start, end: start + count };
}

/** (array) or (array, index, length): the part a method works on. */
function part(name: string, a: unknown[]): { array: unknown[]; index: number; length: number } {
  if (a.length !== 1 && a.length !== 3) throw noOverload(name, a.length);
  const array = arrayArgument(a[0]);
  if (a.length === 1) return { array, index: 0, length: array.length };
  const index = toInt(a[1]);
  const length = toInt(a[2]);
  if (index < 0 || length < 0 || index + length > array.length) throw new DotNetException(OFFSET, 'ArgumentException');
  return { array, index, length };
}

/** default(T) of an element type: 0 (in its type) for numbers, $false, $null for the rest (also list-delegates.ts). */
export function defaultOfType(type: string): unknown {
  if (type === 'System.Boolean') return false;
  if (/^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal)$/.test(type)) return type === 'System.Int32' ? 0 : new TypedNumber(0, type);
  return null;
}

/** What a new element of an array holds: its element type's default. */
function defaultElement(array: unknown[]): unknown {
  return defaultOfType(array instanceof TypedArray ? array.elementType : 'System.Object');
}

function sortElements(array: unknown[], index: number, length: number): void {
  const items = array.slice(index, index + length);
  const types = new Set(items.filter((x) => unwrap(x) !== null && unwrap(x) !== undefined).map((x) => typeNameOf(x)));
  if (types.size > 1) throw new DotNetException('Failed to compare two elements in the array.', 'InvalidOperationException');
  items.sort((x, y) => compareValues(x, y, true));
  array.splice(index, length, ...items);
}

export const ARRAY_METHODS: Record<string, Handler> = {
  indexof: (a) => {
    const { array, start, end } = searchRange('IndexOf', a);
    for (let i = start; i < end; i++) if (sameValue(array[i], a[1])) return i;
    return -1;
  },
  lastindexof: (a) => {
    if (a.length !== 2) throw noOverload('LastIndexOf', a.length);
    const array = arrayArgument(a[0]);
    for (let i = array.length - 1; i >= 0; i--) if (sameValue(array[i], a[1])) return i;
    return -1;
  },
  reverse: (a) => {
    const { array, index, length } = part('Reverse', a);
    array.splice(index, length, ...array.slice(index, index + length).reverse());
    return undefined;
  },
  sort: (a) => {
    const { array, index, length } = part('Sort', a);
    sortElements(array, index, length);
    return undefined;
  },
  clear: (a) => {
    const { array, index, length } = part('Clear', a);
    const empty = defaultElement(array);
    for (let i = index; i < index + length; i++) array[i] = empty;
    return undefined;
  },
  resize: (a) => {
    if (a.length !== 2) throw noOverload('Resize', a.length);
    const reference = a[0];
    if (!(reference instanceof PSReference)) throw new DotNetException("Value cannot be null. (Parameter 'array')", 'ArgumentNullException');
    const size = toInt(a[1]);
    if (size < 0) throw new DotNetException("Non-negative number required. (Parameter 'newSize')", 'ArgumentOutOfRangeException');
    const current = unwrap(reference.read());
    const old = Array.isArray(current) ? current : current === null || current === undefined ? [] : [current];
    const type = old instanceof TypedArray ? old.elementType : 'System.Object';
    const empty = defaultElement(old);
    const items = Array.from({ length: size }, (_, i) => (i < old.length ? old[i] : empty));
    reference.write(type === 'System.Object' ? items : TypedArray.of2(type, items));
    return undefined;
  },
};
