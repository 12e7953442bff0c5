// The other collections admin scripts build up and drain: System.Collections.Generic.HashSet[T],
// Queue[T] and Stack[T], and the non-generic System.Collections.Queue and Stack. Checked with pwsh 7.6.10:
// each is an enumerable to PowerShell (a pipeline, foreach and Out-Default see its items: a Stack's top
// first), `.Count` is its size, `"$q"` joins its items; HashSet.Add says whether the item was new; Dequeue,
// Pop and Peek on an empty one fail with .NET's "Queue empty." / "Stack empty."; a generic one converts
// what it is given to its type argument (`Cannot convert argument "item" ...` when it cannot).
// SortedSet[T] keeps its items in its comparer's order (sort-comparers.ts); the System.Collections.Concurrent
// ConcurrentBag[T], ConcurrentQueue[T] and ConcurrentStack[T] are what `ForEach-Object -Parallel` blocks
// fill through `$using:` (spo runs the blocks on one thread, so they are the same object everywhere).
// The values live here; what they do is dotnet-collections.ts (kept apart: convert.ts needs the class).

import { ArrayList } from './values.js';

export type CollectionKind = 'HashSet' | 'Queue' | 'Stack' | 'SortedSet' | 'ConcurrentBag' | 'ConcurrentQueue' | 'ConcurrentStack';

/** The generic definition of a kind: System.Collections.Generic.HashSet`1, System.Collections.Concurrent.ConcurrentBag`1 ... */
export function collectionDefinition(kind: CollectionKind): string {
  return `System.Collections.${kind.startsWith('Concurrent') ? 'Concurrent' : 'Generic'}.${kind}\`1`;
}

/** Items kept in enumeration order: a queue's front first, a stack's top first, a set's in insertion order. */
export class DotNetCollection<T = unknown> extends ArrayList<T> {
  kind: CollectionKind = 'Queue';
  /** The type argument's .NET full name; undefined for System.Collections.Queue and Stack. */
  elementType: string | undefined = undefined;
  /** A HashSet built with StringComparer.*IgnoreCase. */
  ignoreCase = false;
  /** A SortedSet's order (and its equality: items that compare as 0 are one item). */
  compare: ((a: unknown, b: unknown) => number) | undefined = undefined;
  /** The StringComparer it was built with (a set's `.Comparer`). */
  stringComparer: (object & { typeName: string; ignoreCase: boolean }) | undefined = undefined;
}

/** Type.FullName of a non-generic collection (System.Collections.Queue); undefined for a generic one. */
export function nonGenericTypeName(c: DotNetCollection): string | undefined {
  return c.elementType === undefined ? `System.Collections.${c.kind}` : undefined;
}
