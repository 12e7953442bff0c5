// System.Object's two static methods, which pwsh finds on every type (its static lookup walks the base
// types: `[int]::ReferenceEquals` is Object's): ReferenceEquals(objA, objB) and Equals(objA, objB).
//
// pwsh passes each argument as an object, so a value type is boxed: two boxes are two objects. Which
// arguments share a box depends on where they came from, and spo-shell keeps numbers, strings and
// booleans as JavaScript values, which have no identity. The rules below follow pwsh 7.6.10 for the
// ways scripts write the call: a literal or a computed value (`1`, `'abc'`, `$i + 1`) is a box of its
// own; a value read from a variable, an element or a property is the box stored there, so two reads of
// one value are the same object; `$true` and `$false` box afresh where they are written; the empty
// string is a single object. One
// difference is documented (docs/language.md): two variables given equal values separately
// (`$a = 'x'; $b = 'x'`) are two objects in pwsh and one here.

import type { Expr } from '../language/ast.js';
import { typeNameOf, unwrapArgument } from './convert.js';
import { noOverload } from './method-binder.js';

/** Whether an argument expression makes a new box on every evaluation (a literal, an operator's result). */
export function boxesAfresh(arg: Expr): boolean {
  // $true and $false are constants that pwsh boxes where they are written, as it does a literal.
  return arg.kind === 'number' || arg.kind === 'string' || arg.kind === 'expandable' || arg.kind === 'binary' || arg.kind === 'unary' || (arg.kind === 'variable' && /^(?:true|false)$/i.test(arg.name));
}

const isNull = (x: unknown): boolean => x === null || x === undefined;

function referenceEquals(a: unknown, b: unknown, freshA: boolean, freshB: boolean): boolean {
  const x = unwrapArgument(a);
  const y = unwrapArgument(b);
  if (isNull(x) || isNull(y)) return isNull(x) && isNull(y);
  if (typeof x === 'object' || typeof x === 'function') return x === y;
  if (x === '' && y === '') return true;
  if (freshA || freshB) return false;
  return x === y && typeNameOf(a) === typeNameOf(b);
}

/** How a value's own Equals(obj) is called (values-members.ts's invokeMethod, which imports this module's users). */
export type InstanceInvoker = (target: unknown, name: string, args: unknown[]) => unknown;

/**
 * Object.Equals(objA, objB), which .NET's collections compare with: the same object, or neither null and
 * objA.Equals(objB) (a number equals only a number of its type; text is compared case by case).
 */
export function objectEquals(a: unknown, b: unknown, invoke: InstanceInvoker): boolean {
  const x = unwrapArgument(a);
  const y = unwrapArgument(b);
  if (x === y && (typeof x === 'object' || isNull(x))) return true;
  if (isNull(x) || isNull(y)) return false;
  if (typeof x !== 'object' || typeof y !== 'object') return typeNameOf(a) === typeNameOf(b) && x === y;
  if (typeNameOf(a) !== typeNameOf(b)) return false;
  try {
    return invoke(a, 'Equals', [b]) === true;
  } catch {
    return false;
  }
}

/**
 * `[T]::ReferenceEquals(a, b)` and `[T]::Equals(a, b)` when T has no static method of that name of its
 * own; undefined for other methods. `fresh` says which arguments were written as literals or operators.
 */
export function objectStaticCall(method: string, args: readonly unknown[], fresh: readonly boolean[], invoke: InstanceInvoker): { value: boolean } | undefined {
  const name = method.toLowerCase();
  if (name !== 'referenceequals' && name !== 'equals') return undefined;
  if (args.length !== 2) throw noOverload(name === 'equals' ? 'Equals' : 'ReferenceEquals', args.length);
  return { value: name === 'equals' ? objectEquals(args[0], args[1], invoke) : referenceEquals(args[0], args[1], fresh[0] === true, fresh[1] === true) };
}
