// Script properties (Add-Member -MemberType ScriptProperty) for the commands that read properties
// without running scripts: the formatter, Select-Object, the JSON and CSV writers. pwsh's adapter runs a
// getter whenever anything reads the property; spo's member access in the evaluator does the same
// (executor.ts), and these commands run the getters of the objects they are handed first, keeping the
// values on the members for values-members.ts's synchronous reads.

import { collapse } from './convert.js';
import { loadMemberExtras } from './psobject-api.js';
import { instanceMembersOf, type InstanceMember } from './instance-members.js';

/**
 * A script property's value now: its getter run with `$this` the object. As in pwsh's formatting and
 * Select-Object, a getter that fails gives $null (the error is not shown); only a stop (Ctrl+C) ends it.
 */
export async function scriptPropertyValue(target: unknown, member: Extract<InstanceMember, { kind: 'ScriptProperty' }>, signal: AbortSignal): Promise<unknown> {
  let value: unknown = null;
  try {
    if (member.getter) value = collapse(await member.getter.invokeAsMember(target, [], signal, 'quiet'));
  } catch (e) {
    if (signal.aborted) throw e;
  }
  member.evaluated = { value };
  return value;
}

/** Runs the getter of one script property of `value`, if it has one by that name (ForEach-Object -MemberName, Where-Object -Property). */
export async function evaluateScriptProperty(value: unknown, name: string, signal: AbortSignal): Promise<void> {
  // `ForEach-Object psobject`: a .NET value's members in pwsh's order need their rows loaded (psobject-api.ts).
  if (/^psobject$/i.test(name)) await loadMemberExtras();
  const member = instanceMembersOf(value)?.get(name);
  if (member?.kind === 'ScriptProperty') await scriptPropertyValue(value, member, signal);
}

/** Runs the getters of the script properties of `values` (and of an array's elements among them), keeping each result on its member. */
export async function evaluateScriptProperties(values: readonly unknown[], signal: AbortSignal, nested = true): Promise<void> {
  for (const value of values) {
    if (nested && Array.isArray(value)) {
      await evaluateScriptProperties(value, signal, false);
      continue;
    }
    const members = instanceMembersOf(value);
    if (!members) continue;
    for (const m of members.all()) if (m.kind === 'ScriptProperty') await scriptPropertyValue(value, m, signal);
  }
}
