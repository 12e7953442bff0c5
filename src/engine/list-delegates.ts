// List[T]'s methods that take a delegate, called with a script block as pwsh converts one
// (`$list.Find({ param($i) $i.Name -eq 'x' })`): the block runs with the item as its argument ($args[0]
// or its param), not as `$_`; a Predicate's answer is the block's output as a Boolean. Checked with pwsh
// 7.6.10: Find and FindLast give the element type's default when nothing matches, FindAll a new List,
// RemoveAll the count removed, ForEach (List's own, not the .ForEach() intrinsic) nothing, Sort a
// Comparison's sign. The blocks run once per element, so this is async where list-methods.ts is not.

import { collapse, isTrue, toNumber } from './convert.js';
import { ScriptBlock } from './script-block.js';
import { defaultOfType } from './array-statics.js';
import { GenericList } from './values.js';
import { KindedDictionary } from './dictionary-kinds.js';
import { convertTypeArgument } from './generic-types.js';
import { noOverload } from './member-error.js';

/** A merge sort with an async comparison (Array.prototype.sort cannot await). */
async function sortAsync(items: unknown[], compare: (a: unknown, b: unknown) => Promise<number>): Promise<unknown[]> {
  if (items.length < 2) return items;
  const middle = items.length >> 1;
  const left = await sortAsync(items.slice(0, middle), compare);
  const right = await sortAsync(items.slice(middle), compare);
  const out: unknown[] = [];
  while (left.length && right.length) out.push((await compare(left[0], right[0])) <= 0 ? left.shift() : right.shift());
  return [...out, ...left, ...right];
}

/** `$list.Name({ … })` for List[T]'s delegate methods; undefined for any other call. */
export async function listDelegateCall(target: unknown, name: string, args: readonly unknown[], signal: AbortSignal): Promise<{ value: unknown } | undefined> {
  if (target instanceof KindedDictionary) return factoryCall(target, name, args, signal);
  if (!(target instanceof GenericList) || args.length !== 1 || !(args[0] instanceof ScriptBlock)) return undefined;
  const block = args[0];
  const run = async (...items: unknown[]) => collapse(await block.invoke({ args: items }, signal));
  const test = async (item: unknown) => isTrue(await run(item));
  const items = [...target];
  switch (name.toLowerCase()) {
    case 'find':
      for (const item of items) if (await test(item)) return { value: item };
      return { value: defaultOfType(target.elementType) };
    case 'findlast':
      for (const item of items.reverse()) if (await test(item)) return { value: item };
      return { value: defaultOfType(target.elementType) };
    case 'findindex':
      for (let i = 0; i < items.length; i++) if (await test(items[i])) return { value: i };
      return { value: -1 };
    case 'findlastindex':
      for (let i = items.length - 1; i >= 0; i--) if (await test(items[i])) return { value: i };
      return { value: -1 };
    case 'findall': {
      const found = new GenericList();
      found.elementType = target.elementType;
      for (const item of items) if (await test(item)) found.push(item);
      return { value: found };
    }
    case 'exists':
      for (const item of items) if (await test(item)) return { value: true };
      return { value: false };
    case 'trueforall':
      for (const item of items) if (!(await test(item))) return { value: false };
      return { value: true };
    case 'removeall': {
      const kept: unknown[] = [];
      for (const item of items) if (!(await test(item))) kept.push(item);
      const removed = items.length - kept.length;
      target.splice(0, target.length, ...kept);
      return { value: removed };
    }
    case 'foreach':
      for (const item of items) await run(item);
      return { value: undefined };
    case 'sort': {
      const sorted = await sortAsync(items, async (a, b) => Math.sign(toNumber(await run(a, b))));
      target.splice(0, target.length, ...sorted);
      return { value: undefined };
    }
    default:
      return undefined;
  }
}

/**
 * ConcurrentDictionary's GetOrAdd(key, valueFactory[, factoryArgument]) and AddOrUpdate(key, addValue or
 * addValueFactory, updateValueFactory[, factoryArgument]) with script blocks as the factories (pwsh
 * converts a block to the Func): the block gets the key (and the old value, then the factory argument) as
 * its arguments, and what it writes is the value, converted to TValue. Checked with pwsh 7.6.10.
 */
async function factoryCall(d: KindedDictionary, name: string, args: readonly unknown[], signal: AbortSignal): Promise<{ value: unknown } | undefined> {
  const n = name.toLowerCase();
  if (d.kind !== 'ConcurrentDictionary' || (n !== 'getoradd' && n !== 'addorupdate') || !args.some((a) => a instanceof ScriptBlock)) return undefined;
  const run = async (block: unknown, ...items: unknown[]) => convertTypeArgument(d.valueType, collapse(await (block as ScriptBlock).invoke({ args: items }, signal)));
  const key = convertTypeArgument(d.keyType, args[0]);
  // Other blocks (ForEach-Object -Parallel) may change the entry while a factory runs: as .NET does, the
  // value is stored only if the entry is still as the factory saw it, else the factory runs again.
  if (n === 'getoradd') {
    if ((args.length !== 2 && args.length !== 3) || !(args[1] instanceof ScriptBlock)) throw noOverload('GetOrAdd', args.length);
    if (!d.has(key)) {
      const made = await run(args[1], key, ...args.slice(2));
      if (!d.has(key)) d.set(key, made);
    }
    return { value: d.get(key) };
  }
  if ((args.length !== 3 && args.length !== 4) || !(args[2] instanceof ScriptBlock)) throw noOverload('AddOrUpdate', args.length);
  const extra = args.slice(3);
  for (;;) {
    if (d.has(key)) {
      const old = d.get(key);
      const updated = await run(args[2], key, old, ...extra);
      if (d.has(key) && d.get(key) === old) {
        d.set(key, updated);
        return { value: updated };
      }
    } else {
      const added = args[1] instanceof ScriptBlock ? await run(args[1], key, ...extra) : convertTypeArgument(d.valueType, args[1]);
      if (!d.has(key)) {
        d.set(key, added);
        return { value: added };
      }
    }
  }
}
