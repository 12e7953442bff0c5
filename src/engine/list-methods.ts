// The methods of System.Collections.ArrayList and System.Collections.Generic.List[T] (GenericList), with
// .NET 10's argument checks: an index or range outside the list throws the exception and text pwsh 7.6.10
// shows (`Exception calling "RemoveAt" with "1" argument(s): "Index was out of range. …"`). The two types
// word some checks differently (List[T].Insert: "Index must be within the bounds of the List."; ArrayList's
// negative index: "index ('-1') must be a non-negative value."), as recorded from pwsh.
// A lazy module (scripts/build.mjs LAZY_MODULES): only scripts that call a list's methods load it.

import { TypedArray, toInt, toPSString, unwrap, exceptionValueText } from './convert.js';
import { ConversionError } from './conversion-error.js';
import { toElementType } from './dotnet-collections.js';
import { argumentConversionError } from './member-error.js';
import { compareValues } from './compare-values.js';
import { DotNetException, invocationFailed, noOverload } from './method-binder.js';
import { ArrayList, GenericList } from './values.js';

type Equals = (a: unknown, b: unknown) => boolean;

const INDEX_IN_LIST = 'Index was out of range. Must be non-negative and less than the size of the collection.';
const INDEX_IN_OR_AT_END = 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.';
const RANGE = 'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.';
const COUNT_IN_RANGE = 'Count must be positive and count must refer to a location within the string/array/collection.';

const outOfRange = (text: string, parameter: string) => new DotNetException(`${text} (Parameter '${parameter}')`, 'ArgumentOutOfRangeException');

/** A negative index or count: ArrayList uses .NET's ThrowIfNegative text, List[T] the older "Non-negative number required.". */
function negative(list: ArrayList, parameter: string, value: number): DotNetException {
  return list instanceof GenericList
    ? outOfRange('Non-negative number required.', parameter)
    : new DotNetException(`${parameter} ('${value}') must be a non-negative value. (Parameter '${parameter}')\nActual value was ${value}.`, 'ArgumentOutOfRangeException');
}

/** RemoveRange, GetRange and Reverse's (index, count): both non-negative and inside the list. */
function checkRange(list: ArrayList, index: number, count: number): void {
  if (index < 0) throw negative(list, 'index', index);
  if (count < 0) throw negative(list, 'count', count);
  if (list.length - index < count) throw new DotNetException(RANGE);
}

/** The collection argument of AddRange/InsertRange/SetRange: its elements ($null is .NET's ArgumentNullException). */
function elementsOf(list: ArrayList, value: unknown): unknown[] {
  const v = unwrap(value);
  if (v === null || v === undefined) throw new DotNetException(`Value cannot be null. (Parameter '${list instanceof GenericList ? 'collection' : 'c'}')`, 'ArgumentNullException');
  return Array.isArray(v) ? [...(v as unknown[])] : [value];
}

function copyOf(list: ArrayList, items: unknown[]): ArrayList {
  if (list instanceof GenericList) {
    const copy = GenericList.from(items) as GenericList;
    copy.elementType = list.elementType;
    return copy;
  }
  return ArrayList.from(items) as ArrayList;
}

/** The methods by their .NET names (the spelling pwsh's messages use) and the argument counts they take. */
const METHODS: Readonly<Record<string, readonly [name: string, counts: readonly number[]]>> = {
  add: ['Add', [1]],
  addrange: ['AddRange', [1]],
  clear: ['Clear', [0]],
  contains: ['Contains', [1]],
  getrange: ['GetRange', [2]],
  indexof: ['IndexOf', [1, 2, 3]],
  insert: ['Insert', [2]],
  insertrange: ['InsertRange', [2]],
  lastindexof: ['LastIndexOf', [1, 2, 3]],
  remove: ['Remove', [1]],
  removeat: ['RemoveAt', [1]],
  removerange: ['RemoveRange', [2]],
  reverse: ['Reverse', [0, 2]],
  setrange: ['SetRange', [2]],
  sort: ['Sort', [0]],
  toarray: ['ToArray', [0]],
};

function run(list: ArrayList, method: string, args: unknown[], equals: Equals): unknown {
  const generic = list instanceof GenericList;
  const int = (i: number) => toInt(args[i]);
  switch (method) {
    case 'add':
      list.push(args[0]);
      return generic ? undefined : list.length - 1;
    case 'addrange':
      list.push(...elementsOf(list, args[0]));
      return undefined;
    case 'clear':
      list.length = 0;
      return undefined;
    case 'contains':
      return list.some((x) => equals(x, args[0]));
    case 'getrange': {
      const [index, count] = [int(0), int(1)];
      checkRange(list, index, count);
      return copyOf(list, list.slice(index, index + count));
    }
    case 'indexof':
    case 'lastindexof':
      return indexOf(list, method === 'lastindexof', args, equals);
    case 'insert': {
      const index = int(0);
      if (index < 0 || index > list.length) throw generic ? outOfRange('Index must be within the bounds of the List.', 'index') : outOfRange(INDEX_IN_OR_AT_END, 'index');
      list.splice(index, 0, args[1]);
      return undefined;
    }
    case 'insertrange': {
      const index = int(0);
      const items = elementsOf(list, args[1]);
      if (index < 0 || index > list.length) throw outOfRange(INDEX_IN_OR_AT_END, 'index');
      list.splice(index, 0, ...items);
      return undefined;
    }
    case 'remove': {
      const i = list.findIndex((x) => equals(x, args[0]));
      if (i >= 0) list.splice(i, 1);
      return generic ? i >= 0 : undefined;
    }
    case 'removeat': {
      const index = int(0);
      if (index < 0 || index >= list.length) throw outOfRange(INDEX_IN_LIST, 'index');
      list.splice(index, 1);
      return undefined;
    }
    case 'removerange': {
      const [index, count] = [int(0), int(1)];
      checkRange(list, index, count);
      list.splice(index, count);
      return undefined;
    }
    case 'reverse': {
      const [index, count] = args.length ? [int(0), int(1)] : [0, list.length];
      checkRange(list, index, count);
      list.splice(index, count, ...list.slice(index, index + count).reverse());
      return undefined;
    }
    case 'setrange': {
      // ArrayList only (List[T] has no SetRange: the caller reports MethodNotFound).
      const index = int(0);
      const items = elementsOf(list, args[1]);
      if (index < 0 || index > list.length - items.length) throw outOfRange(INDEX_IN_OR_AT_END, 'index');
      list.splice(index, items.length, ...items);
      return undefined;
    }
    case 'sort':
      list.sort((a, b) => compareValues(a, b));
      return undefined;
    default:
      // ToArray: a List[T]'s is a T[] (`[string[]]`), an ArrayList's an Object[].
      return list instanceof GenericList && list.elementType ? TypedArray.of2(list.elementType, [...list]) : [...list];
  }
}

/** IndexOf(value[, startIndex[, count]]) and LastIndexOf, searching forward or backward from startIndex. */
function indexOf(list: ArrayList, last: boolean, args: unknown[], equals: Equals): number {
  const size = list.length;
  const start = args.length > 1 ? toInt(args[1]) : last ? size - 1 : 0;
  // List[T]'s two-argument IndexOf names the start 'index' when it is past the end, 'startIndex' when negative.
  const startName = list instanceof GenericList && args.length === 2 && start >= 0 ? 'index' : 'startIndex';
  if (!last) {
    if (start < 0 || start > size) throw outOfRange(INDEX_IN_OR_AT_END, startName);
    const count = args.length > 2 ? toInt(args[2]) : size - start;
    if (count < 0 || start > size - count) throw outOfRange(COUNT_IN_RANGE, 'count');
    for (let i = start; i < start + count; i++) if (equals(list[i], args[0])) return i;
    return -1;
  }
  if (size === 0) return -1;
  if (start < 0 || start >= size) throw outOfRange(INDEX_IN_LIST, list instanceof GenericList ? 'index' : 'startIndex');
  const count = args.length > 2 ? toInt(args[2]) : start + 1;
  if (count < 0 || start - count + 1 < 0) throw outOfRange(COUNT_IN_RANGE, 'count');
  for (let i = start; i > start - count; i--) if (equals(list[i], args[0])) return i;
  return -1;
}

/** `$list.M(args)` on an ArrayList or List[T]; undefined when the type has no such method. */
/** Which argument of a List[T] method is a T (converted as .NET's method binder converts it). */
const ITEM_ARGUMENT: Record<string, number> = { add: 0, contains: 0, indexof: 0, lastindexof: 0, remove: 0, insert: 1 };

function typedArguments(list: GenericList, method: string, spelled: string, args: unknown[]): unknown[] {
  const at = ITEM_ARGUMENT[method];
  if (at === undefined || list.elementType === 'System.Object') return args;
  try {
    const converted = [...args];
    converted[at] = toElementType(list.elementType, args[at]);
    return converted;
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw argumentConversionError(spelled, 'item', exceptionValueText(args[at]), list.elementType, e.message);
  }
}

export function listMethod(list: ArrayList, name: string, args: unknown[], equals: Equals): { value: unknown } | undefined {
  const method = name.toLowerCase();
  const known = METHODS[method];
  if (!known || (method === 'setrange' && list instanceof GenericList)) return undefined;
  const [spelled, counts] = known;
  if (!counts.includes(args.length)) throw noOverload(spelled, args.length);
  if (list instanceof GenericList) args = typedArguments(list, method, spelled, args);
  try {
    return { value: run(list, method, args, equals) };
  } catch (e) {
    if (e instanceof DotNetException) throw invocationFailed(spelled, args.length, e);
    throw e;
  }
}
