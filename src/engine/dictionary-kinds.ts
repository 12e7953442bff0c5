// The other generic dictionaries admin scripts build: System.Collections.Generic.SortedDictionary[K,V]
// and SortedList[K,V] (kept in their comparer's order: sort-comparers.ts), and
// System.Collections.Concurrent.ConcurrentDictionary[K,V] (what `ForEach-Object -Parallel` blocks fill
// through `$using:`; spo runs the blocks on one thread, so every block holds the same object, as in pwsh).
// Each is a Dictionary[K,V] to the language (generic-types.ts: indexing, `.Keys`, KeyValuePair entries,
// not enumerated by a pipeline); the methods that differ are here. Checked with pwsh 7.6.10:
// - SortedDictionary.Add of a key that is there names the pair (`Key: [b, 9]`), SortedList.Add the key
//   and its parameter (`Key: a (Parameter 'key')`);
// - SortedList's Capacity is 0, then 4, doubling as it fills; its index methods fail as .NET's do;
// - ConcurrentDictionary has no public Add (`Cannot find an overload for "Add"`); TryAdd, TryRemove,
//   TryUpdate, GetOrAdd and AddOrUpdate (their delegate overloads take a script block: list-delegates.ts).

import { TypedArray, toPSString, unwrap, exceptionValueText } from './convert.js';
import { ConversionError } from './conversion-error.js';
import { DotNetException, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import { GenericDictionary, KEY_VALUE_PAIR_DEFINITION, convertTypeArgument, dotnetText, genericFullName } from './generic-types.js';
import { PSObject } from './values.js';
import { NamedCollection } from './named-collection.js';
import { defaultOfType } from './array-statics.js';
import { outArgument } from './dotnet-collections.js';
import { BucketOrder, keyHash } from './concurrent-order.js';
import { sortComparer, type Compare, type StringComparison } from './sort-comparers.js';

export type DictionaryKind = 'SortedDictionary' | 'SortedList' | 'ConcurrentDictionary';

const NAMESPACE: Readonly<Record<DictionaryKind, string>> = {
  SortedDictionary: 'System.Collections.Generic',
  SortedList: 'System.Collections.Generic',
  ConcurrentDictionary: 'System.Collections.Concurrent',
};

export class KindedDictionary extends GenericDictionary {
  readonly #compare: Compare | undefined;
  readonly #buckets: BucketOrder | undefined;
  /** SortedList's Capacity: grows as .NET's list does (0, 4, 8 ...), never shrinks by itself. */
  capacity = 0;
  constructor(
    readonly kind: DictionaryKind,
    keyType: string,
    valueType: string,
    /** The StringComparer it was built with (its `.Comparer`), if any. */
    readonly stringComparer: (PSObject & { ignoreCase: boolean }) | undefined,
    strings: StringComparison | undefined,
  ) {
    super(keyType, valueType, strings?.ignoreCase ?? false);
    this.#compare = kind === 'ConcurrentDictionary' ? undefined : sortComparer(keyType, strings);
    this.#buckets = kind === 'ConcurrentDictionary' ? new BucketOrder() : undefined;
  }
  override get definition(): string {
    return `${NAMESPACE[this.kind]}.${this.kind}\`2`;
  }
  override set(key: unknown, value: unknown): void {
    const isNew = this.#buckets !== undefined && !this.has(key);
    super.set(key, value);
    if (isNew) {
      const stored = convertTypeArgument(this.keyType, key);
      this.#buckets!.add(this.keyFor(stored), keyHash(this.keyType, stored, this.ignoreCase));
    }
    if (this.kind === 'SortedList' && this.size > this.capacity) this.capacity = this.capacity === 0 ? 4 : this.capacity * 2;
  }
  override delete(key: unknown): boolean {
    const removed = super.delete(key);
    if (removed) this.#buckets?.remove(this.keyFor(key));
    return removed;
  }
  /** The entries in key order for a sorted one, in .NET's bucket order for a concurrent one (concurrent-order.ts). */
  override entries(): Array<[unknown, unknown]> {
    const all = super.entries();
    if (this.#compare) return all.sort(([a], [b]) => this.#compare!(a, b));
    if (!this.#buckets) return all;
    const byId = new Map(all.map((entry) => [this.keyFor(entry[0]), entry] as const));
    return this.#buckets.order().map((id) => byId.get(id)!);
  }
  override keys(): unknown[] {
    return this.entries().map(([k]) => k);
  }
  override values(): unknown[] {
    return this.entries().map(([, v]) => v);
  }
  override ownProperty(name: string): unknown {
    const n = name.toLowerCase();
    if (n === 'comparer') return this.stringComparer ?? defaultComparer(this.kind, this.keyType);
    if (n === 'isempty' && this.kind === 'ConcurrentDictionary') return this.size === 0;
    if (n === 'capacity' && this.kind === 'SortedList') return this.capacity;
    return undefined;
  }
}

/** Comparer<TKey>.Default (GenericComparer`1) of a sorted one; a concurrent one's EqualityComparer<string>. */
function defaultComparer(kind: DictionaryKind, keyType: string): PSObject {
  if (kind === 'ConcurrentDictionary') {
    const name = keyType === 'System.String' ? 'System.Collections.Generic.StringEqualityComparer' : `System.Collections.Generic.GenericEqualityComparer\`1`;
    return new PSObject(keyType === 'System.String' ? name : genericFullName(name, [keyType]), {}, undefined, keyType === 'System.String' ? name : dotnetText(name, [keyType]));
  }
  const definition = 'System.Collections.Generic.GenericComparer`1';
  return new PSObject(genericFullName(definition, [keyType]), {}, undefined, dotnetText(definition, [keyType]));
}

/** One argument converted to a type argument, or pwsh's "Cannot convert argument" MethodException. */
function converted(method: string, typeName: string, parameter: string, value: unknown): unknown {
  try {
    return convertTypeArgument(typeName, value);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw argumentConversionError(method, parameter, exceptionValueText(value), typeName, e.message);
  }
}

const OUT_OF_RANGE = (index: number) => `Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')\nActual value was ${index}.`;

/** Each kind's own methods and how many arguments each takes (those it shares with Dictionary are generic-types'). */
const METHODS: Readonly<Record<DictionaryKind, Readonly<Record<string, readonly number[]>>>> = {
  SortedDictionary: { Add: [2] },
  SortedList: { Add: [2], IndexOfKey: [1], IndexOfValue: [1], RemoveAt: [1], GetKeyAtIndex: [1], GetValueAtIndex: [1], SetValueAtIndex: [2], TrimExcess: [0] },
  ConcurrentDictionary: { Add: [], TryAdd: [2], TryRemove: [2], TryUpdate: [3], GetOrAdd: [2, 3], AddOrUpdate: [3, 4], ToArray: [0], Clear: [0] },
};

/** `$d.Method(args)` for the methods a sorted or concurrent dictionary has of its own; undefined for the rest. */
export function kindedDictionaryMethod(d: KindedDictionary, name: string, args: readonly unknown[]): { value: unknown } | undefined {
  const table = METHODS[d.kind];
  const spelled = Object.keys(table).find((m) => m.toLowerCase() === name.toLowerCase());
  if (!spelled) return undefined;
  if (!table[spelled]!.includes(args.length)) throw noOverload(spelled, args.length);
  const key = (method = spelled) => converted(method, d.keyType, 'key', args[0]);
  const value = (i: number, parameter = 'value') => converted(spelled, d.valueType, parameter, args[i]);
  const index = () => {
    const i = converted(spelled, 'System.Int32', 'index', args[0]) as number;
    if (i < 0 || i >= d.size) throw invocationFailed(spelled, args.length, new DotNetException(OUT_OF_RANGE(i), 'ArgumentOutOfRangeException'));
    return i;
  };
  switch (spelled) {
    case 'Add': {
      const [k, v] = [key(), value(1)];
      if (d.has(k)) {
        const message = d.kind === 'SortedList' ? `An item with the same key has already been added. Key: ${toPSString(k)} (Parameter 'key')` : `An item with the same key has already been added. Key: [${toPSString(k)}, ${toPSString(v)}]`;
        throw invocationFailed(spelled, 2, new DotNetException(message));
      }
      d.set(k, v);
      return { value: undefined };
    }
    case 'IndexOfKey': {
      const k = key();
      return { value: d.keys().findIndex((x) => sameKey(d, x, k)) };
    }
    case 'IndexOfValue':
      return { value: d.values().findIndex((x) => unwrap(x) === unwrap(args[0])) };
    case 'RemoveAt':
      d.delete(d.keys()[index()]);
      return { value: undefined };
    case 'GetKeyAtIndex':
      return { value: d.keys()[index()] };
    case 'GetValueAtIndex':
      return { value: d.values()[index()] };
    case 'SetValueAtIndex': {
      const k = d.keys()[index()];
      d.set(k, value(1));
      return { value: undefined };
    }
    case 'TrimExcess':
      d.capacity = d.size;
      return { value: undefined };
    case 'TryAdd': {
      const k = key();
      if (d.has(k)) return { value: false };
      d.set(k, value(1));
      return { value: true };
    }
    case 'TryRemove': {
      const k = key();
      const out = outArgument(args, 1);
      const found = d.has(k);
      out.Value = found ? d.get(k) : defaultOfType(d.valueType);
      if (found) d.delete(k);
      return { value: found };
    }
    case 'TryUpdate': {
      const [k, v, comparison] = [key(), value(1, 'newValue'), value(2, 'comparisonValue')];
      if (!d.has(k) || unwrap(d.get(k)) !== unwrap(comparison)) return { value: false };
      d.set(k, v);
      return { value: true };
    }
    case 'GetOrAdd': {
      // GetOrAdd(key, value); the factory overloads (a script block) are list-delegates.ts's.
      if (args.length !== 2) throw noOverload(spelled, args.length);
      const k = key();
      if (!d.has(k)) d.set(k, value(1));
      return { value: d.get(k) };
    }
    case 'AddOrUpdate':
      // Every overload takes an update delegate: a script block is list-delegates.ts's, anything else does not convert.
      throw noOverload(spelled, args.length);
    case 'ToArray': {
      const pairs = d.pairs();
      return { value: TypedArray.of2(genericFullName(KEY_VALUE_PAIR_DEFINITION, [d.keyType, d.valueType]), pairs) };
    }
    case 'Clear':
      for (const k of d.keys()) d.delete(k);
      return { value: undefined };
  }
  return undefined;
}

function sameKey(d: KindedDictionary, a: unknown, b: unknown): boolean {
  const probe = new GenericDictionary(d.keyType, 'System.Object', d.ignoreCase);
  probe.set(a, true);
  return probe.has(b);
}

/**
 * `$d.Keys` / `$d.Values` of a generic dictionary: a list to scripts (it indexes, counts and enumerates)
 * whose GetType() is .NET's (Dictionary`2+KeyCollection, SortedList`2+KeyList, a concurrent one's
 * ReadOnlyCollection`1[TKey]).
 */
export function keysOrValues(d: GenericDictionary, values: boolean): NamedCollection {
  const items = values ? d.values() : d.keys();
  if (d instanceof KindedDictionary && d.kind === 'ConcurrentDictionary') {
    return NamedCollection.named(genericFullName('System.Collections.ObjectModel.ReadOnlyCollection`1', [values ? d.valueType : d.keyType]), items);
  }
  const nested = d instanceof KindedDictionary && d.kind === 'SortedList' ? (values ? 'ValueList' : 'KeyList') : values ? 'ValueCollection' : 'KeyCollection';
  return NamedCollection.named(genericFullName(`${d.definition}+${nested}`, [d.keyType, d.valueType]), items);
}
