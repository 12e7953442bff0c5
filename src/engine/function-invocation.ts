// $MyInvocation inside a function (pwsh's InvocationInfo for the call): the function as MyCommand (a
// FunctionInfo), its $PSBoundParameters as BoundParameters (the same dictionary), the name it was called
// by, and where the call is. The script's own $MyInvocation is automatic-variables.ts'.

import type { CmdletContext } from './cmdlet.js';
import { positionMessage, type SourceExtent } from './position.js';
import { PSObject } from './values.js';

const INVOCATION_INFO = 'System.Management.Automation.InvocationInfo';
const FUNCTION_INFO = 'System.Management.Automation.FunctionInfo';

/** `command`: a script file's ExternalScriptInfo, instead of a FunctionInfo. */
export function functionInvocation(name: string, definition: string, ctx: CmdletContext, boundParameters: unknown, unboundArguments: unknown[], command?: PSObject): PSObject {
  return invocationInfo(ctx, ctx.invocation.extent, {
    MyCommand: command ?? new PSObject(FUNCTION_INFO, { Name: name, CommandType: 'Function', Definition: definition, Source: '', Version: '', ModuleName: '' }, ['CommandType', 'Name', 'Version', 'Source'], name),
    BoundParameters: boundParameters,
    UnboundArguments: unboundArguments,
    InvocationName: ctx.invocation.invocationName,
    PipelinePosition: ctx.invocation.pipelinePosition,
    // Runspace for a call the host submitted (-c text, a console line), Internal from a script file or a function.
    // (pwsh also says Internal inside `& { }` at the top level, which spo-shell does not tell apart.)
    CommandOrigin: ctx.invocation.caller?.kind === 'script' && ctx.invocation.caller.file === undefined ? 'Runspace' : 'Internal',
  });
}

/** What an InvocationInfo names of a call. */
export interface InvocationParts {
  MyCommand: unknown;
  BoundParameters: unknown;
  UnboundArguments: unknown[];
  InvocationName: string;
  PipelinePosition: number;
  CommandOrigin: string;
}

/**
 * An InvocationInfo in pwsh's property order: the call's parts, and where it is (`extent`) with the
 * calling script's path and folder (`scriptScope`: the scope whose $PSCommandPath is read; empty for -c
 * text and console lines).
 */
export function invocationInfo(ctx: CmdletContext, extent: SourceExtent | undefined, parts: InvocationParts, scriptScope?: 'global'): PSObject {
  const scriptValue = (variable: string) => ctx.session.getVariable(variable, scriptScope)?.value ?? '';
  return new PSObject(INVOCATION_INFO, {
    MyCommand: parts.MyCommand,
    BoundParameters: parts.BoundParameters,
    UnboundArguments: parts.UnboundArguments,
    ScriptLineNumber: extent?.startLine ?? 0,
    OffsetInLine: extent?.startColumn ?? 0,
    HistoryId: ctx.session.historyId,
    ScriptName: extent?.file ?? '',
    Line: extent ? extent.lineText + (extent.lineBreak ? '\n' : '') : '',
    PositionMessage: extent ? positionMessage(extent) : '',
    PSScriptRoot: scriptValue('PSScriptRoot'),
    PSCommandPath: scriptValue('PSCommandPath'),
    InvocationName: parts.InvocationName,
    PipelinePosition: parts.PipelinePosition,
    CommandOrigin: parts.CommandOrigin,
    DisplayScriptPosition: null,
  });
}
