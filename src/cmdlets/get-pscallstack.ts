// Get-PSCallStack (`gcs`): the running script blocks, innermost first, as pwsh's CallStackFrame objects
// (its default view: Command, Arguments, Location). The executor keeps the frames (engine/call-stack.ts);
// this builds what pwsh shows of each.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import type { CallStackEntry, CallStackSource } from '../engine/call-stack.js';
import { SCRIPT_RUNNER_SERVICE } from '../engine/script-block.js';
import { GenericDictionary } from '../engine/generic-types.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import { toPSString } from '../engine/convert.js';
import type { SourceExtent } from '../engine/position.js';
import { invocationInfo } from '../engine/function-invocation.js';
import type { Variable } from '../engine/session.js';
import { variableObject } from './variable-info.js';
import { UTILITY } from './modules.js';

const CALL_STACK_FRAME = 'System.Management.Automation.CallStackFrame';
const SCRIPT_EXTENT = 'System.Management.Automation.Language.InternalScriptExtent';
const NO_FILE = '<No file>';

/** A CallStackFrame: its properties in pwsh's order (Format-List *), ToString `at f, <No file>: line 1`, and GetFrameVariables(). */
class CallStackFrame extends PSObject {
  /** `(Get-PSCallStack)[0]` is the one frame at the top level, as for any single object. */
  static readonly indexesAsScalar = true;
  constructor(
    props: Record<string, unknown>,
    text: string,
    private readonly variables: () => GenericDictionary,
  ) {
    super(CALL_STACK_FRAME, props, ['Command', 'Arguments', 'Location'], text);
  }
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    if (args.length !== 0) return undefined;
    const method = name.toLowerCase();
    if (method === 'getframevariables') return { value: this.variables() };
    if (method === 'getscriptlocation') return { value: this.get('Location') };
    return undefined;
  }
}

export const getPSCallStack = lazyCmdlet('Get-PSCallStack', (): CmdletDefinition => ({
  name: 'Get-PSCallStack',
  implementingType: 'Microsoft.PowerShell.Commands.GetPSCallStackCommand',
  module: UTILITY,
  synopsis: 'Displays the current call stack.',
  parameters: [],
  process(ctx) {
    const source = ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as CallStackSource | undefined;
    const entries = source?.callStack() ?? [];
    const invocations = invocationsOf(ctx, entries);
    entries.forEach((entry, i) => ctx.writeObject(frameObject(ctx, entry, invocations[i])));
  },
}));

/**
 * Each frame's InvocationInfo, as pwsh gives it: a call's own; the script's for the outermost frame; a ForEach-Object
 * block shares its caller's; a block with none of its own (Where-Object, .ForEach(), .Invoke(), a class's method)
 * gets one that names no command and points at the statement the script has reached.
 */
function invocationsOf(ctx: CmdletContext, entries: readonly CallStackEntry[]): unknown[] {
  const invocations: unknown[] = new Array(entries.length);
  for (let i = entries.length - 1; i >= 0; i--) {
    const { call, root } = entries[i]!;
    if (root) invocations[i] = ctx.session.getVariable('MyInvocation', 'global')?.value ?? null;
    else if (call && call.invocation === undefined) invocations[i] = invocations[i + 1] ?? null;
    else invocations[i] = call?.invocation ?? anonymousInvocation(ctx, entries[entries.length - 1]?.extent);
  }
  return invocations;
}

/** pwsh's InvocationInfo for a block run with none of its own (function-invocation.ts's fields, no command). */
function anonymousInvocation(ctx: CmdletContext, extent: SourceExtent | undefined): PSObject {
  const parts = { MyCommand: null, BoundParameters: new GenericDictionary('System.String', 'System.Object', true), UnboundArguments: [], InvocationName: '', PipelinePosition: 0, CommandOrigin: 'Internal' };
  return invocationInfo(ctx, extent, parts, 'global');
}

function frameObject(ctx: CmdletContext, entry: CallStackEntry, invocation: unknown): CallStackFrame {
  const { name, file, extent, call } = entry;
  const line = extent?.startLine ?? 0;
  const fileName = file === undefined ? undefined : file.split(/[\\/]/).pop()!;
  // The script the host ran is named by its file (`x.ps1`), the command line by its frame name; a block with no
  // call of its own (a class's method) names no command.
  const command = call?.command ?? (entry.root ? (fileName ?? name) : call ? name : '');
  const props = {
    Command: command,
    Location: fileName === undefined ? NO_FILE : `${fileName}: line ${line}`,
    Arguments: argumentsText(entry),
    ScriptName: file ?? null,
    ScriptLineNumber: line,
    InvocationInfo: invocation,
    Position: extent ? extentObject(extent) : null,
    FunctionName: name,
  };
  return new CallStackFrame(props, `at ${name}, ${file ?? NO_FILE}: line ${line}`, () => frameVariables(ctx, entry));
}

/** `{x=1, s=True, extra}`: the bound parameters as bound now, then the arguments no parameter took. */
function argumentsText(entry: CallStackEntry): string {
  const parts: string[] = [];
  const bound = entry.call?.bound;
  if (bound instanceof PSHashtable) for (const [key, value] of bound.entries()) parts.push(`${toPSString(key)}=${toPSString(value)}`);
  for (const value of entry.call?.args ?? []) parts.push(toPSString(value));
  return `{${parts.join(', ')}}`;
}

/** GetFrameVariables(): the frame's own variables by name (any case), a Dictionary[string, PSVariable]. */
function frameVariables(ctx: CmdletContext, entry: CallStackEntry): GenericDictionary {
  const dictionary = new GenericDictionary('System.String', 'System.Management.Automation.PSVariable', true);
  const scope = entry.call?.scope ?? (entry.root ? ctx.session.scopeHandle('global') : undefined);
  if (!scope) return dictionary;
  // Stored as they are: the value type names the class, the variables are already PSVariables.
  const add = (variable: Variable) => PSHashtable.prototype.set.call(dictionary, variable.name, variableObject(variable, ctx.session, !entry.root));
  const own = ctx.session.moduleVariables(scope);
  if (entry.root) {
    own.forEach(add);
    return dictionary;
  }
  // A function's frame lists its locals as pwsh keeps them: no `$?` (pwsh's is not a scope's), none of the
  // AllScope variables every scope shares ($HOME), and its $PSCommandPath and $PSScriptRoot always
  // (spo-shell keeps those in a script's scope only).
  for (const variable of own) if (variable.name !== '?' && !variable.options.allScope) add(variable);
  for (const name of ['PSCommandPath', 'PSScriptRoot']) {
    if (!dictionary.has(name)) add({ name, value: ctx.session.getVariable(name)?.value ?? '', options: {} });
  }
  return dictionary;
}

/** The frame's position: an IScriptExtent whose text is the statement it reached. */
function extentObject(extent: SourceExtent): PSObject {
  return new PSObject(
    SCRIPT_EXTENT,
    {
      File: extent.file ?? null,
      StartLineNumber: extent.startLine,
      StartColumnNumber: extent.startColumn,
      EndLineNumber: extent.endLine,
      EndColumnNumber: extent.endColumn,
      Text: extent.text,
    },
    undefined,
    extent.text,
  );
}
