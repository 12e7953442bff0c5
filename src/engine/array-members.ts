// System.Array's own members (`(1,2).Rank`, `.IsFixedSize`, `.GetValue(1)`, the IList members PowerShell
// exposes such as `.Contains(x)`), and PowerShell's method enumeration: a method the array does not have
// is called on each element (`('a','b').ToUpper()`), failing on the first element that lacks it.

import { typeNameOf, unwrap } from './convert.js';
import { DotNetException, MethodArguments, methodNotFound, noOverload, overloadsFor, overloadsOf } from './method-binder.js';

const OBJECT_ARRAY = 'System.Object[]';

/** .NET's Object.Equals as IList.Contains/IndexOf use it: same type and value (strings ordinal). */
function dotNetEquals(a: unknown, b: unknown): boolean {
  const x = unwrap(a);
  const y = unwrap(b);
  if (x === y) return typeof x !== 'number' || typeNameOf(a) === typeNameOf(b) || (x === null && y === null);
  return false;
}

/** Array properties beyond Count/Length; undefined when the name is not one. */
export function arrayProperty(v: unknown[], name: string): { value: unknown } | undefined {
  switch (name.toLowerCase()) {
    case 'isfixedsize':
      return { value: true };
    case 'isreadonly':
    case 'issynchronized':
      return { value: false };
    case 'rank':
      return { value: 1 };
    case 'longlength':
      return { value: v.length };
    case 'syncroot':
      return { value: v };
    default:
      return undefined;
  }
}

function dimension(a: MethodArguments): void {
  const d = a.int(0);
  if (d !== 0) throw new DotNetException("Index was outside the bounds of the array.", 'IndexOutOfRangeException');
}

function index(v: unknown[], a: MethodArguments): number {
  const i = a.int(0);
  if (i < 0 || i >= v.length) throw new DotNetException('Index was outside the bounds of the array.', 'IndexOutOfRangeException');
  return i;
}

const METHODS: Record<string, (v: unknown[], a: MethodArguments) => unknown> = {
  tostring: (v) => typeNameOf(v),
  equals: (v, a) => a.raw(0) === v,
  clone: (v) => [...v],
  contains: (v, a) => v.some((x) => dotNetEquals(x, a.values[0])),
  indexof: (v, a) => v.findIndex((x) => dotNetEquals(x, a.values[0])),
  getlength: (v, a) => (dimension(a), v.length),
  getlonglength: (v, a) => (dimension(a), v.length),
  getlowerbound: (_v, a) => (dimension(a), 0),
  getupperbound: (v, a) => (dimension(a), v.length - 1),
  getvalue: (v, a) => v[index(v, a)],
  get: (v, a) => v[index(v, a)],
  add: () => {
    throw new DotNetException('Collection was of a fixed size.', 'NotSupportedException');
  },
  insert: () => {
    throw new DotNetException('Collection was of a fixed size.', 'NotSupportedException');
  },
  remove: () => {
    throw new DotNetException('Collection was of a fixed size.', 'NotSupportedException');
  },
  removeat: () => {
    throw new DotNetException('Collection was of a fixed size.', 'NotSupportedException');
  },
  clear: (v) => {
    v.fill(null);
    return undefined;
  },
};

/** `$array.Name(args)`: the array's own method, else each element's (through `invokeMethod`). */
export function arrayMethod(v: unknown[], name: string, args: unknown[], invokeMethod: (target: unknown, name: string, args: unknown[]) => unknown): unknown {
  const lower = name.toLowerCase();
  const impl = METHODS[lower];
  if (impl && overloadsOf(OBJECT_ARRAY, name)) {
    if (!overloadsFor(OBJECT_ARRAY, name, args.length).length) throw noOverload(name, args.length);
    return impl(v, new MethodArguments(OBJECT_ARRAY, name, args));
  }
  if (v.length === 0) throw methodNotFound(v, name);
  const results: unknown[] = [];
  for (const item of v) {
    const r = invokeMethod(item, name, args);
    if (r !== undefined) results.push(r);
  }
  return results.length === 1 ? results[0] : results;
}
