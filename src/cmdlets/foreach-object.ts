// ForEach-Object (aliases %, foreach): runs script blocks for each pipeline object ($_), or reads a
// property / calls a method of each (-MemberName, `% Length`, `% ToUpper`).
//
// Script blocks run in the caller's scope, as in PowerShell (`1..3 | % { $last = $_ }` leaves
// $last set). Several positional blocks are PowerShell's begin, process..., end: two blocks are
// begin and process, three or more begin, process..., end.

import { evaluateScriptProperty } from '../engine/script-properties.js';
import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { ScriptBlock } from '../engine/script-block.js';
import { enumerate, isTrue, toPSString, unwrap } from '../engine/convert.js';
import { operationQuestion, shouldProcess, shouldProcessObjectText, shouldProcessSpeaks } from '../engine/should-process.js';
import { PSHashtable } from '../engine/values.js';
import { getMember, invokeMethod } from '../engine/values-members.js';
import { CORE } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { asScriptBlock } from './param-builders.js';
import { MemberError, MethodCallError } from '../engine/member-error.js';

const SCRIPT_BLOCK = 'System.Management.Automation.ScriptBlock';
const PARALLEL = 'ParallelParameterSet';

interface Plan {
  begin: ScriptBlock[];
  process: ScriptBlock[];
  end: ScriptBlock[];
  member?: string;
  memberArgs: unknown[];
}

const plans = new WeakMap<CmdletContext, Plan>();

function blocks(value: unknown): unknown[] {
  const v = unwrap(value);
  return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function plan(ctx: CmdletContext): Plan {
  let p = plans.get(ctx);
  if (p) return p;
  const process = blocks(ctx.params.get('Process'));
  const remaining = blocks(ctx.params.get('RemainingScripts'));
  const member = ctx.params.get<string>('MemberName') ?? (process.length === 1 && !(unwrap(process[0]) instanceof ScriptBlock) ? toPSString(process[0]) : undefined);
  if (member !== undefined) {
    p = { begin: [], process: [], end: [], member, memberArgs: [...blocks(ctx.params.get('ArgumentList')), ...remaining] };
  } else {
    const all = [...process, ...remaining].map((b) => asBlock(ctx, b));
    const begin = blocks(ctx.params.get('Begin')).map((b) => asBlock(ctx, b));
    const end = blocks(ctx.params.get('End')).map((b) => asBlock(ctx, b));
    if (all.length === 1 || ctx.params.has('Begin') || ctx.params.has('End')) p = { begin, process: all, end, memberArgs: [] };
    else if (all.length === 2) p = { begin: [all[0]!], process: [all[1]!], end, memberArgs: [] };
    else p = { begin: [all[0]!], process: all.slice(1, -1), end: [all[all.length - 1]!], memberArgs: [] };
  }
  plans.set(ctx, p);
  return p;
}

function asBlock(ctx: CmdletContext, value: unknown): ScriptBlock {
  const v = unwrap(value);
  if (v instanceof ScriptBlock) return v;
  ctx.throwTerminatingError({
    message: `Cannot bind parameter 'Process'. Cannot convert the "${toPSString(v)}" value of type "${v === null ? 'null' : typeof v === 'string' ? 'System.String' : 'System.Object'}" to type "${SCRIPT_BLOCK}".`,
    errorId: 'CannotConvertArgumentNoMessage',
    category: 'InvalidArgument',
    exceptionType: 'ParameterBindingException',
  });
}

async function run(ctx: CmdletContext, list: ScriptBlock[], withInput: boolean): Promise<void> {
  // Each statement's objects go down the pipeline as the block writes them (`% { $row; Start-Sleep 1 }` streams).
  const send = ctx.sendObjects?.bind(ctx);
  for (const block of list) {
    const out = await block.invoke({ dotSource: true, dollarUnder: withInput ? { value: ctx.input } : undefined, emit: send }, ctx.signal);
    for (const v of out) ctx.writeObject(v);
  }
}

export const foreachObject = lazyCmdlet('ForEach-Object', (): CmdletDefinition => ({
  name: 'ForEach-Object',
  implementingType: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
  collectsInnerErrors: true,
  module: CORE,
  synopsis: 'Performs an operation against each item in a collection of input objects.',
  defaultParameterSet: 'ScriptBlockSet',
  supportsShouldProcess: true,
  parameters: [
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [ALL_SETS]: { valueFromPipeline: true } }, allowNull: true, description: 'The input objects.' },
    { name: 'Begin', kind: 'object', typeName: SCRIPT_BLOCK, sets: { ScriptBlockSet: {} }, description: 'A script block that runs before the first input object.' },
    { name: 'Process', kind: 'object[]', typeName: 'System.Management.Automation.ScriptBlock[]', sets: { ScriptBlockSet: { mandatory: true, position: 0 } }, coerce: asScriptBlock, description: 'The script block run for each input object ($_).' },
    { name: 'End', kind: 'object', typeName: SCRIPT_BLOCK, sets: { ScriptBlockSet: {} }, description: 'A script block that runs after the last input object.' },
    // As pwsh declares them: -RemainingScripts and -ArgumentList have no position, they take what is left
    // over; -MemberName is position 0 of its set (a name that is no script block binds to it).
    { name: 'RemainingScripts', kind: 'object[]', typeName: 'System.Management.Automation.ScriptBlock[]', sets: { ScriptBlockSet: { valueFromRemainingArguments: true } }, coerce: asScriptBlock, description: 'Further script blocks given by position.' },
    { name: 'MemberName', kind: 'string', typeName: 'System.String', sets: { PropertyAndMethodSet: { mandatory: true, position: 0 } }, description: 'The property to get or the method to call on each input object.' },
    { name: 'ArgumentList', kind: 'object[]', typeName: 'System.Object[]', aliases: ['Args'], sets: { PropertyAndMethodSet: { valueFromRemainingArguments: true } }, description: 'The arguments of the method call.' },
    { name: 'Parallel', kind: 'object', typeName: SCRIPT_BLOCK, sets: { [PARALLEL]: { mandatory: true } }, coerce: asScriptBlock, description: 'A script block run for each input object in a runspace of its own, several at a time.' },
    { name: 'ThrottleLimit', kind: 'int', typeName: 'System.Int32', sets: { [PARALLEL]: {} }, range: [1, 2147483647], description: 'How many -Parallel blocks run at once (default 5).' },
    { name: 'TimeoutSeconds', kind: 'int', typeName: 'System.Int32', sets: { [PARALLEL]: {} }, range: [0, 2147483], description: 'Stops the -Parallel blocks still running after this many seconds (0: no limit).' },
    { name: 'AsJob', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [PARALLEL]: {} }, description: 'Runs the -Parallel blocks as a job (a PSTaskJob) and writes the job.' },
    { name: 'UseNewRunspace', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [PARALLEL]: {} }, description: 'A new runspace for each block (every block gets a fresh one in spo-shell anyway).' },
  ],
  async begin(ctx) {
    if (ctx.invocation.parameterSetName === PARALLEL) return (await import('./foreach-parallel.js')).beginParallel(ctx);
    const p = plan(ctx);
    // Script blocks cannot be asked about (pwsh): -WhatIf or -Confirm given to them stops the command.
    if (p.member === undefined && (isTrue(ctx.params.get('WhatIf') ?? false) || isTrue(ctx.params.get('Confirm') ?? false))) {
      ctx.throwTerminatingError({
        message: 'The -WhatIf and -Confirm parameters are not supported for script blocks.',
        errorId: 'NoShouldProcessForScriptBlockSet',
        category: 'InvalidOperation',
        exceptionType: 'InvalidOperationException',
        exceptionFullName: 'System.InvalidOperationException',
      });
    }
    await run(ctx, p.begin, false);
  },
  async process(ctx) {
    if (ctx.invocation.parameterSetName === PARALLEL) return (await import('./foreach-parallel.js')).processParallel(ctx);
    const p = plan(ctx);
    if (p.member === undefined) return run(ctx, p.process, true);
    const target = unwrap(ctx.input);
    if (p.memberArgs.length) return callMember(ctx, p.member, p.memberArgs);
    if (!(await memberShouldProcess(ctx, p.member, []))) return;
    if (target === null || target === undefined) {
      // pwsh writes $null for a null input (`$null | % Foo | % { "[$_]" }` runs once), an error under strict mode 2.
      if (ctx.session.strictVersion >= 2) {
        return ctx.writeError({ message: "Cannot operate on a 'null' input object.", errorId: 'InputObjectIsNull', category: 'InvalidArgument', exceptionType: 'PSArgumentException', exceptionFullName: 'System.Management.Automation.PSArgumentException', targetObject: null });
      }
      return ctx.writeObject(null);
    }
    // A collection that comes down the pipeline whole (`,@($a, $b) | % Name`) is asked for a member of its
    // own: pwsh's ForEach-Object does no member enumeration, and writes nothing for a name it lacks.
    if (Array.isArray(target)) {
      const member = await collectionMember(target, p.member);
      if (member === undefined) return;
      const value = member === 'method' ? invokeMethod(target, p.member, []) : getMember(target, p.member);
      if (value !== undefined) for (const v of enumerate(value)) ctx.writeObject(v);
      return;
    }
    await evaluateScriptProperty(target, p.member, ctx.signal);
    const value = p.memberArgs.length || !hasProperty(target, p.member) ? callOrGet(target, p.member, p.memberArgs) : getMember(target, p.member);
    if (value === undefined) return;
    for (const v of enumerate(value)) ctx.writeObject(v);
  },
  async end(ctx) {
    if (ctx.invocation.parameterSetName === PARALLEL) return (await import('./foreach-parallel.js')).endParallel(ctx);
    await run(ctx, plan(ctx).end, false);
  },
}));

/** Whether the object has a property of that name (else the name is taken as a method's). */
function hasProperty(target: unknown, name: string): boolean {
  try {
    const v = getMember(target, name);
    return v !== undefined && v !== null;
  } catch {
    return false;
  }
}

/**
 * `-MemberName m -ArgumentList …` (or arguments left over after the name): a method call on each input
 * object. What fails is a non-terminating error of ForEach-Object, as pwsh writes it: no input object,
 * no such method, or the call's own MethodException.
 */
async function callMember(ctx: CmdletContext, name: string, args: unknown[]): Promise<void> {
  const target = unwrap(ctx.input);
  const fail = (message: string, errorId: string, exceptionType: string, category: string) =>
    ctx.writeError({ message, errorId, category, exceptionType, exceptionFullName: `System.Management.Automation.${exceptionType}`, targetObject: ctx.input, targetType: 'PSObject' });
  if (target === null || target === undefined) return fail('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'PSArgumentException', 'InvalidArgument');
  if (Array.isArray(target) && (await collectionMember(target, name)) !== 'method') {
    return fail(`Input name "${name}" cannot be resolved to a method.`, 'MethodNotFound', 'PSArgumentException', 'InvalidArgument');
  }
  if (!(await memberShouldProcess(ctx, name, args))) return;
  let value: unknown;
  try {
    value = invokeMethod(target, name, args);
  } catch (e) {
    if (e instanceof MemberError && e.errorId === 'MethodNotFound') return fail(`Input name "${name}" cannot be resolved to a method.`, 'MethodNotFound', 'PSArgumentException', 'InvalidArgument');
    if (e instanceof MethodCallError) return fail(e.message, 'MethodInvocationError', e.exceptionType, 'InvalidOperation');
    throw e;
  }
  if (value === undefined) return;
  for (const v of enumerate(value)) ctx.writeObject(v);
}

function callOrGet(target: unknown, name: string, args: unknown[]): unknown {
  try {
    return invokeMethod(target, name, args);
  } catch {
    // Neither a property with a value nor a method: PowerShell writes nothing for this object.
    return undefined;
  }
}

const SUPPORT = { supportsShouldProcess: true, confirmImpact: 'Medium' } as const;

/**
 * ForEach-Object's ShouldProcess for `-MemberName` (pwsh's words: `Retrieve the value for property 'Length'`,
 * `Invoke method 'Replace' with arguments: a, b`, `Retrieve the value for key 'k'`, on target `InputObject: …`).
 * The member's own spelling is looked up only when something is to be shown or asked.
 */
async function memberShouldProcess(ctx: CmdletContext, name: string, args: unknown[]): Promise<boolean> {
  if (!shouldProcessSpeaks(ctx, SUPPORT)) return true;
  const target = unwrap(ctx.input);
  const subject = `InputObject: ${shouldProcessObjectText(ctx.input)}`;
  const property = (n: string) => operationQuestion(subject, `Retrieve the value for property '${n}'`);
  if (target === null || target === undefined) return shouldProcess(ctx, SUPPORT, property(name));
  if (!args.length && target instanceof PSHashtable && target.has(name)) return shouldProcess(ctx, SUPPORT, operationQuestion(subject, `Retrieve the value for key '${name}'`));
  const row = await memberRow(ctx.input, name);
  const isMethod = row !== undefined && /Method$/.test(row[1]);
  if (args.length) {
    // A method that is not there is an error before any question (MethodNotFound).
    if (!isMethod) return true;
    return shouldProcess(ctx, SUPPORT, operationQuestion(subject, `Invoke method '${row[0]}' with arguments: ${args.map(shouldProcessObjectText).join(', ')}`));
  }
  return shouldProcess(ctx, SUPPORT, isMethod ? operationQuestion(subject, `Invoke method '${row[0]}'`) : property(row?.[0] ?? name));
}

/** Get-Member's row (name as spelt, member type, definition) of the value's member of that name, if it has one. */
async function memberRow(value: unknown, name: string): Promise<readonly [string, string, string] | undefined> {
  const { membersOf } = await import('./get-member.js');
  return membersOf(value).rows.find((r) => r[0].toLowerCase() === name.toLowerCase());
}

/** Whether a collection itself (not its items) has the member: 'method', 'property', or undefined. */
async function collectionMember(target: unknown[], name: string): Promise<'method' | 'property' | undefined> {
  const row = await memberRow(target, name);
  return row === undefined ? undefined : /Method$/.test(row[1]) ? 'method' : 'property';
}
