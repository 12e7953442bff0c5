// The methods of HashSet[T], Queue[T], Stack[T] and System.Collections.Queue/Stack (collection-types.ts),
// and building one from items.

import { TypedArray, enumerate, toPSString, unwrap, exceptionValueText } from './convert.js';
import { ConversionError } from './conversion-error.js';
import { DotNetException, argumentConversionError, invocationFailed } from './member-error.js';
import { DotNetCollection, type CollectionKind } from './collection-types.js';

export function newCollection(kind: CollectionKind, elementType: string | undefined, items: Iterable<unknown> = [], ignoreCase = false): DotNetCollection {
  const c = new DotNetCollection();
  c.kind = kind;
  c.elementType = elementType;
  c.ignoreCase = ignoreCase;
  for (const item of items) add(c, convert(c, item));
  return c;
}

/** Converts a value to a type argument; the generic types module installs PowerShell's conversion. */
let convertToType: (fullName: string, value: unknown) => unknown = (_, v) => v;
export function setCollectionConverter(convert: typeof convertToType): void {
  convertToType = convert;
}

/** A value converted to a generic type argument as PowerShell converts (a List[int] is given '5'); throws ConversionError. */
export function toElementType(fullName: string, value: unknown): unknown {
  return fullName === 'System.Object' ? value : convertToType(fullName, value);
}

function convert(c: DotNetCollection, value: unknown): unknown {
  return c.elementType === undefined || c.elementType === 'System.Object' ? value : convertToType(c.elementType, value);
}

/** EqualityComparer<T>.Default (strings by ordinal, or ignoring case for a set built so), or Object.Equals. */
function same(c: DotNetCollection, a: unknown, b: unknown): boolean {
  const x = unwrap(a);
  const y = unwrap(b);
  if (c.ignoreCase && typeof x === 'string' && typeof y === 'string') return x.toLowerCase() === y.toLowerCase();
  return x === y;
}

function add(c: DotNetCollection, item: unknown): boolean {
  if (c.kind === 'HashSet') {
    if (c.some((x) => same(c, x, item))) return false;
    c.push(item);
  } else if (c.kind === 'Stack') {
    c.unshift(item);
  } else {
    c.push(item);
  }
  return true;
}

const METHOD_NAMES = ['Add', 'Remove', 'Contains', 'Clear', 'UnionWith', 'IntersectWith', 'ExceptWith', 'IsSubsetOf', 'IsSupersetOf', 'Overlaps', 'SetEquals', 'Enqueue', 'Dequeue', 'Push', 'Pop', 'Peek', 'ToArray'];

/** `$c.Method(args)` for the methods scripts call; undefined when the collection has no such method. */
export function collectionMethod(c: DotNetCollection, name: string, args: readonly unknown[]): { value: unknown } | undefined {
  const spelled = METHOD_NAMES.find((m) => m.toLowerCase() === name.toLowerCase());
  if (!spelled) return undefined;
  const one = args.length === 1;
  const argument = (parameter: string, value: unknown) => convertArgument(c, spelled, parameter, value);
  const empty = () => {
    throw invocationFailed(spelled, args.length, new DotNetException(`${c.kind} empty.`, 'InvalidOperationException'));
  };
  const others = () => [...enumerate(unwrap(args[0]))].map((x) => argument('other', x));
  switch (spelled) {
    case 'Contains':
      return one ? { value: c.some((x) => same(c, x, argument('item', args[0]))) } : undefined;
    case 'Clear':
      if (args.length) return undefined;
      c.length = 0;
      return { value: undefined };
    case 'ToArray':
      return c.kind === 'HashSet' || args.length ? undefined : { value: c.elementType === undefined ? [...c] : TypedArray.of2(c.elementType, [...c]) };
  }
  if (c.kind === 'HashSet') {
    if (!one) return undefined;
    switch (spelled) {
      case 'Add':
        return { value: add(c, argument('item', args[0])) };
      case 'Remove': {
        const item = argument('item', args[0]);
        const i = c.findIndex((x) => same(c, x, item));
        if (i >= 0) c.splice(i, 1);
        return { value: i >= 0 };
      }
      case 'UnionWith':
        for (const x of others()) add(c, x);
        return { value: undefined };
      case 'IntersectWith': {
        const keep = others();
        const kept = c.filter((x) => keep.some((y) => same(c, x, y)));
        c.length = 0;
        c.push(...kept);
        return { value: undefined };
      }
      case 'ExceptWith': {
        const drop = others();
        const kept = c.filter((x) => !drop.some((y) => same(c, x, y)));
        c.length = 0;
        c.push(...kept);
        return { value: undefined };
      }
      case 'IsSubsetOf': {
        const set = others();
        return { value: c.every((x) => set.some((y) => same(c, x, y))) };
      }
      case 'IsSupersetOf':
        return { value: others().every((y) => c.some((x) => same(c, x, y))) };
      case 'Overlaps':
        return { value: others().some((y) => c.some((x) => same(c, x, y))) };
      case 'SetEquals': {
        const set = others();
        return { value: set.every((y) => c.some((x) => same(c, x, y))) && c.every((x) => set.some((y) => same(c, x, y))) };
      }
    }
    return undefined;
  }
  const take = spelled === 'Dequeue' || spelled === 'Pop';
  if ((spelled === 'Enqueue' && c.kind === 'Queue') || (spelled === 'Push' && c.kind === 'Stack')) {
    if (!one) return undefined;
    add(c, argument('item', args[0]));
    return { value: undefined };
  }
  if ((take && spelled === (c.kind === 'Queue' ? 'Dequeue' : 'Pop')) || spelled === 'Peek') {
    if (args.length) return undefined;
    if (c.length === 0) empty();
    return { value: take ? c.shift() : c[0] };
  }
  return undefined;
}

/** One argument converted to the type argument, or pwsh's MethodException when it does not convert. */
function convertArgument(c: DotNetCollection, method: string, parameter: string, value: unknown): unknown {
  try {
    return convert(c, value);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw argumentConversionError(method, parameter, exceptionValueText(value), c.elementType ?? 'System.Object', e.message);
  }
}
