// `-replace pattern, { … }` (PowerShell 6 and later): each match is replaced by what the script block
// writes, run with `$_` the Match object. Checked with pwsh 7.6.10: the block runs in the caller's scope
// (`$x = 5` inside it sets the caller's $x), several values it writes are joined with spaces, nothing is
// an empty piece, an error that ends the block ends the statement as it would anywhere, and Write-Error
// inside points at the statement (pwsh runs it with no InvocationInfo of its own). The block
// runs once per match, so this is async where the pattern form (operators.ts) is not.

import { collapse, enumerate, toPSString, unwrap } from './convert.js';
import { operatorReplaceEach, type Compiled } from './regex-type.js';
import { ScriptBlock } from './script-block.js';

/** The pattern and block of `-replace`'s right operand when it is `pattern, { … }`; undefined otherwise. */
export function replaceEvaluator(op: string, right: unknown): { pattern: unknown; block: ScriptBlock; caseSensitive: boolean } | undefined {
  const operator = /^-([ci]?)replace$/i.exec(op);
  if (!operator) return undefined;
  const parts = unwrap(right);
  if (!Array.isArray(parts) || parts.length !== 2) return undefined;
  const block = unwrap(parts[1]);
  if (!(block instanceof ScriptBlock)) return undefined;
  return { pattern: parts[0], block, caseSensitive: operator[1]!.toLowerCase() === 'c' };
}

/** `left -replace pattern, { … }`: a string, or for a collection on the left an array of them. */
export async function replaceByScriptBlock(left: unknown, compiled: Compiled, block: ScriptBlock, signal: AbortSignal): Promise<unknown> {
  const piece = async (match: unknown): Promise<string> => {
    const output = await block.invoke({ dollarUnder: { value: match }, dotSource: true, anonymousInvocation: true }, signal);
    return output.length === 0 ? '' : toPSString(collapse(output));
  };
  const one = (value: unknown) => operatorReplaceEach(compiled, toPSString(value), piece);
  const value = unwrap(left);
  if (!Array.isArray(value)) return one(left);
  const out: string[] = [];
  for (const item of enumerate(value)) out.push(await one(item));
  return out;
}
