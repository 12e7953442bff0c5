// The intrinsic collection methods `.ForEach()` and `.Where()` (about_Arrays), which every value
// has in PowerShell: a scalar acts as a one-element collection. They return a collection
// (Collection<PSObject>), shown here as an array.

import { ScriptBlock } from './script-block.js';
import { collapse, enumerate, isTrue, pipelineInput, toInt, toPSString, unwrap } from './convert.js';
import { PSHashtable } from './values.js';
import { getMember, invokeMethod, MemberError } from './values-members.js';

/** `.Where()` modes (System.Management.Automation.WhereOperatorSelectionMode). */
const WHERE_MODES = ['default', 'first', 'last', 'skipuntil', 'until', 'split'];

/** Runs `.ForEach(…)` / `.Where(…)` on target; undefined when the call is another method. */
export async function invokeCollectionMethod(target: unknown, name: string, args: unknown[], signal: AbortSignal): Promise<unknown[] | undefined> {
  const lower = name.toLowerCase();
  if (lower !== 'foreach' && lower !== 'where') return undefined;
  const v = unwrap(target);
  // A .NET type's own ForEach (List<T>.ForEach) is not modelled: the intrinsic one always answers.
  // .ForEach() skips an AutomationNull element, as a pipeline does (convert.ts pipelineInput); .Where() keeps it.
  const items = v === null || v === undefined ? [] : v instanceof PSHashtable ? [v] : lower === 'foreach' ? pipelineInput(v) : enumerate(v);
  const first = unwrap(args[0]);
  if (lower === 'foreach') {
    if (first instanceof ScriptBlock) {
      const out: unknown[] = [];
      for (const item of items) out.push(...(await first.invoke({ dotSource: true, dollarUnder: { value: item }, args: args.slice(1), anonymousInvocation: true }, signal)));
      return out;
    }
    if (first === undefined) throw new MemberError('Cannot find an overload for "ForEach" and the argument count: "0".', 'MethodCountCouldNotFindBest');
    const member = toPSString(first);
    const out: unknown[] = [];
    for (const item of items) out.push(...enumerate(args.length > 1 ? invokeMethod(item, member, args.slice(1)) : getMember(item, member)));
    return out;
  }
  if (!(first instanceof ScriptBlock)) throw new MemberError('Cannot find an overload for "Where" and the argument count: "' + args.length + '".', 'MethodCountCouldNotFindBest');
  const mode = args.length > 1 ? toPSString(args[1]).toLowerCase() : 'default';
  if (!WHERE_MODES.includes(mode)) {
    throw new MemberError(
      `Cannot convert argument "mode", with value: "${toPSString(args[1])}", for "Where" to type "System.Management.Automation.WhereOperatorSelectionMode": "Cannot convert value "${toPSString(args[1])}" to type "System.Management.Automation.WhereOperatorSelectionMode". Error: "Unable to match the identifier name ${toPSString(args[1])} to a valid enumerator name. Specify one of the following enumerator names and try again:\nDefault, First, Last, SkipUntil, Until, Split""`,
      'MethodArgumentConversionInvalidCastArgument',
    );
  }
  const count = args.length > 2 ? toInt(args[2]) : 0;
  const test = async (item: unknown) => isTrue(collapse(await first.invoke({ dotSource: true, dollarUnder: { value: item }, anonymousInvocation: true }, signal)));
  const out: unknown[] = [];
  const rest: unknown[] = [];
  let switched = false;
  for (const item of items) {
    if (mode === 'skipuntil' || mode === 'until') {
      if (!switched && (await test(item))) switched = true;
      if (mode === 'skipuntil' ? switched : !switched) out.push(item);
      if (mode === 'until' && switched) break;
      continue;
    }
    const passed = await test(item);
    if (passed && (mode !== 'split' || !count || out.length < count)) out.push(item);
    else if (mode === 'split') rest.push(item);
    if (mode === 'first' && out.length >= (count || 1)) break;
  }
  if (mode === 'last') return out.slice(-(count || 1));
  if (mode === 'default' && count) return out.slice(0, count);
  if (mode === 'skipuntil' && count) return out.slice(0, count);
  if (mode === 'until' && count) return out.slice(0, count);
  if (mode === 'split') return [out, rest];
  return out;
}
