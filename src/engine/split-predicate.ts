// `-split { predicate }`: the delimiter is every character for which the script block, run with `$_` set to
// the character ([char]), returns a true value; the character itself is dropped. An optional maximum count
// follows the block (`'a1b2' -split { $_ -match '\d' }, 2`). PowerShell runs the block per character, so
// this is async where the pattern form (operators-split.ts) is not.

import { TypedArray, collapse, enumerate, isTrue, toInt, toPSString, unwrap } from './convert.js';
import { isItemInvocable, type ItemInvocable } from './invocable.js';
import { TypedNumber } from './numeric.js';

/** The predicate and count when `right` is `{ … }` or `{ … }, n`; undefined for a pattern. */
export function splitPredicate(right: unknown): { block: ItemInvocable; limit: number } | undefined {
  const v = unwrap(right);
  const parts = Array.isArray(v) ? v : [v];
  const block = unwrap(parts[0]);
  if (!isItemInvocable(block)) return undefined;
  return { block, limit: parts.length > 1 ? toInt(parts[1]) : 0 };
}

export async function splitByPredicate(left: unknown, block: ItemInvocable, limit: number, signal: AbortSignal): Promise<TypedArray> {
  const out: string[] = [];
  for (const item of enumerate(unwrap(left))) {
    const text = toPSString(item);
    let start = 0;
    let pieces = 1;
    for (let i = 0; i < text.length && (limit <= 0 || pieces < limit); i++) {
      const hit = isTrue(collapse(await block.invokeWithItem(new TypedNumber(text.charCodeAt(i), 'System.Char'), signal)));
      if (!hit) continue;
      out.push(text.slice(start, i));
      start = i + 1;
      pieces++;
    }
    out.push(text.slice(start));
  }
  return TypedArray.of2('System.String', out);
}
