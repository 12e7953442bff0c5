// The methods of HashSet[T], SortedSet[T], Queue[T], Stack[T], the concurrent bag, queue and stack, and
// System.Collections.Queue/Stack (collection-types.ts), and building one from items.
// Checked with pwsh 7.6.10: a method the type has, given a wrong number of arguments, is "Cannot find an
// overload"; one it does not have (ConcurrentBag.Contains, SortedSet.ToArray) is "does not contain a
// method named"; an out parameter given a value instead of `[ref]$x` is NonRefArgumentToRefParameterMsg.

import { TypedArray, enumerate, unwrap, exceptionValueText } from './convert.js';
import { ConversionError } from './conversion-error.js';
import { DotNetException, MethodCallError, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import { DotNetCollection, type CollectionKind } from './collection-types.js';
import { PSReference } from './values.js';
import { NonRefArgumentToRefParameter } from './runtime-strings.js';
import { defaultOfType } from './array-statics.js';

export function newCollection(kind: CollectionKind, elementType: string | undefined, items: Iterable<unknown> = [], ignoreCase = false, compare?: DotNetCollection['compare']): DotNetCollection {
  const c = new DotNetCollection();
  c.kind = kind;
  c.elementType = elementType;
  c.ignoreCase = ignoreCase;
  c.compare = compare;
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

/** EqualityComparer<T>.Default (strings by ordinal, or ignoring case for a set built so), Object.Equals, or a sorted set's comparer. */
function same(c: DotNetCollection, a: unknown, b: unknown): boolean {
  if (c.compare) return c.compare(a, b) === 0;
  const x = unwrap(a);
  const y = unwrap(b);
  if (c.ignoreCase && typeof x === 'string' && typeof y === 'string') return x.toLowerCase() === y.toLowerCase();
  return x === y;
}

function add(c: DotNetCollection, item: unknown): boolean {
  if (c.kind === 'HashSet' || c.kind === 'SortedSet') {
    if (c.some((x) => same(c, x, item))) return false;
    if (c.compare) {
      const at = c.findIndex((x) => c.compare!(x, item) > 0);
      c.splice(at < 0 ? c.length : at, 0, item);
    } else c.push(item);
  } else if (c.kind === 'Stack' || c.kind === 'ConcurrentStack' || c.kind === 'ConcurrentBag') {
    // A bag filled on one thread gives back (and enumerates) its newest item first.
    c.unshift(item);
  } else {
    c.push(item);
  }
  return true;
}

/** The out parameter (`[ref]$x`) at `index`, or pwsh's MethodException for a value given instead. */
export function outArgument(args: readonly unknown[], index: number): PSReference {
  const given = unwrap(args[index]);
  if (given instanceof PSReference) return given;
  const { errorId, message } = NonRefArgumentToRefParameter(index + 1);
  throw new MethodCallError(message, 'MethodException', errorId);
}

const SET_METHODS = ['Add', 'Remove', 'Contains', 'Clear', 'UnionWith', 'IntersectWith', 'ExceptWith', 'IsSubsetOf', 'IsSupersetOf', 'Overlaps', 'SetEquals'];
/** Each kind's methods and how many arguments each takes. */
const METHODS: Readonly<Record<CollectionKind, Readonly<Record<string, number>>>> = {
  HashSet: { ...Object.fromEntries(SET_METHODS.map((m) => [m, 1])), Clear: 0 },
  SortedSet: { ...Object.fromEntries(SET_METHODS.map((m) => [m, 1])), Clear: 0, Reverse: 0, GetViewBetween: 2 },
  Queue: { Enqueue: 1, Dequeue: 0, Peek: 0, Contains: 1, Clear: 0, ToArray: 0 },
  Stack: { Push: 1, Pop: 0, Peek: 0, Contains: 1, Clear: 0, ToArray: 0 },
  ConcurrentBag: { Add: 1, TryTake: 1, TryPeek: 1, Clear: 0, ToArray: 0 },
  ConcurrentQueue: { Enqueue: 1, TryDequeue: 1, TryPeek: 1, Clear: 0, ToArray: 0 },
  ConcurrentStack: { Push: 1, TryPop: 1, TryPeek: 1, Clear: 0, ToArray: 0 },
};

/** `$c.Property` for the members a collection type has beyond Count: undefined for any other name. */
export function collectionProperty(c: DotNetCollection, name: string): { value: unknown } | undefined {
  const n = name.toLowerCase();
  if (c.kind === 'SortedSet' && (n === 'min' || n === 'max')) {
    // An empty set's Min and Max are default(T).
    if (c.length === 0) return { value: defaultOfType(c.elementType ?? 'System.Object') };
    return { value: n === 'min' ? c[0] : c[c.length - 1] };
  }
  if (c.kind.startsWith('Concurrent') && n === 'isempty') return { value: c.length === 0 };
  return undefined;
}

/** `$c.Method(args)` for the methods scripts call; undefined when the collection has no such method. */
export function collectionMethod(c: DotNetCollection, name: string, args: readonly unknown[]): { value: unknown } | undefined {
  const table = METHODS[c.kind];
  const spelled = Object.keys(table).find((m) => m.toLowerCase() === name.toLowerCase());
  if (!spelled) return undefined;
  if (args.length !== table[spelled]) throw noOverload(spelled, args.length);
  const argument = (parameter: string, value: unknown) => convertArgument(c, spelled, parameter, value);
  const others = () => [...enumerate(unwrap(args[0]))].map((x) => argument('other', x));
  const keepOnly = (keep: (x: unknown) => boolean) => {
    const kept = c.filter(keep);
    c.length = 0;
    c.push(...kept);
  };
  switch (spelled) {
    case 'Contains':
      return { value: c.some((x) => same(c, x, argument('item', args[0]))) };
    case 'Clear':
      c.length = 0;
      return { value: undefined };
    case 'ToArray':
      return { value: c.elementType === undefined ? [...c] : TypedArray.of2(c.elementType, [...c]) };
    case 'Add': {
      const added = add(c, argument('item', args[0]));
      return { value: c.kind === 'ConcurrentBag' ? undefined : added };
    }
    case 'Enqueue':
    case 'Push':
      add(c, argument('item', args[0]));
      return { value: undefined };
    case 'Dequeue':
    case 'Pop':
    case 'Peek':
      if (c.length === 0) throw invocationFailed(spelled, args.length, new DotNetException(`${c.kind} empty.`, 'InvalidOperationException'));
      return { value: spelled === 'Peek' ? c[0] : c.shift() };
    case 'TryTake':
    case 'TryDequeue':
    case 'TryPop':
    case 'TryPeek': {
      // The out parameter gets the item, or T's default when there is none.
      const out = outArgument(args, 0);
      const found = c.length > 0;
      out.Value = found ? (spelled === 'TryPeek' ? c[0] : c.shift()) : defaultOfType(c.elementType ?? 'System.Object');
      return { value: found };
    }
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
      keepOnly((x) => keep.some((y) => same(c, x, y)));
      return { value: undefined };
    }
    case 'ExceptWith': {
      const drop = others();
      keepOnly((x) => !drop.some((y) => same(c, x, y)));
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
    case 'Reverse':
      return { value: [...c].reverse() };
    case 'GetViewBetween': {
      const [lower, upper] = [argument('lowerValue', args[0]), argument('upperValue', args[1])];
      if (c.compare!(lower, upper) > 0) throw invocationFailed(spelled, 2, new DotNetException("Must be less than or equal to upperValue. (Parameter 'lowerValue')"));
      return { value: newCollection('SortedSet', c.elementType, c.filter((x) => c.compare!(x, lower) >= 0 && c.compare!(x, upper) <= 0), c.ignoreCase, c.compare) };
    }
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
