// Script blocks as values (System.Management.Automation.ScriptBlock) and what runs them.
//
// A script block remembers the source it was written in (errors inside it point at that text,
// wherever it is called from) and the runner of the shell that created it, so cmdlets such as
// ForEach-Object and methods such as .Where() can invoke it without knowing the evaluator.

import type { ScriptBlockAst } from '../language/ast.js';
import type { SourceMap } from './source-map.js';
import type { ItemInvocable } from './invocable.js';
import type { ErrorRecord } from './errors.js';
import type { MemberErrors } from './instance-members.js';

export interface ScriptBlockInvocation {
  /** Positional arguments ($args, and the param block's parameters in order). */
  args?: unknown[];
  /** The current pipeline object: `$_` / `$PSItem`. */
  dollarUnder?: { value: unknown };
  /** `$input`. */
  input?: unknown[];
  /** `$this`: the object whose script property or script method runs (instance-members.ts). */
  thisValue?: { value: unknown };
  /** Runs in the caller's scope (`.`, ForEach-Object, Where-Object) instead of a new one. */
  dotSource?: boolean;
  /**
   * The block runs with no InvocationInfo of its own (pwsh's DoInvokeReturnAsIs: Where-Object, .Where(),
   * .ForEach(), Measure-Command, calculated properties): pwsh makes it one that names no command and points
   * at the statement the script (the outermost block running) has reached, which Write-Error inside takes.
   */
  anonymousInvocation?: true;
  /**
   * Errors written inside go to pwsh's external error pipe (calculated properties, Sort-Object and
   * Group-Object keys: WriteToExternalErrorPipe): shown as their bare message, and an error that would end
   * a statement ends the block, as in ScriptBlock.Invoke().
   */
  externalErrors?: true;
  /** An error that would end a statement ends the block, as in a class's method (pwsh 7.6.10). */
  propagatingErrors?: true;
  /** Where the output goes as each statement writes it (ForEach-Object); without it, the output is returned. */
  emit?: (values: unknown[]) => Promise<void> | void;
  /**
   * Where the errors the block writes go instead of the error stream (Invoke-History writes them as its
   * own, as pwsh's nested pipeline hands them to the cmdlet's WriteError).
   */
  errors?: (record: ErrorRecord) => void;
  /**
   * A class's method or constructor (class-definition.ts): what its statements write is dropped and
   * `return`'s value is kept in `returned`; `prologue` runs once the parameters are bound (a
   * constructor's `: base( )` call and its class's property initializers). `frameName`: the method's
   * name in a ScriptStackTrace (a constructor's is its class's).
   */
  method?: { returned?: unknown[]; prologue?: () => Promise<void>; frameName?: string };
}

/** The evaluator's side: runs a script block's statements and returns its output (none when it has `emit`). */
export interface ScriptBlockRunner {
  invokeScriptBlock(block: ScriptBlock, invocation: ScriptBlockInvocation, signal: AbortSignal): Promise<unknown[]>;
}

/** The key of the session's ScriptBlockRunner in Session.services (for commands that run text: Invoke-Expression). */
export const SCRIPT_RUNNER_SERVICE = 'engine.scriptRunner';

export class ScriptBlock implements ItemInvocable {
  constructor(
    readonly ast: ScriptBlockAst,
    readonly source: SourceMap,
    readonly runner: ScriptBlockRunner,
    /** GetNewClosure's captured scope (Session.captureLocals): the parent of the scope the block runs in. */
    readonly closure?: object,
  ) {}

  /** Runs the block and returns its output objects. */
  invoke(invocation: ScriptBlockInvocation, signal: AbortSignal): Promise<unknown[]> {
    return this.runner.invokeScriptBlock(this, invocation, signal);
  }

  /**
   * Calculated properties and Sort-Object/Group-Object keys: a child scope (as in pwsh, where
   * `$i++` inside `@{e={…}}` leaves the caller's `$i` alone), `$_` bound to the item.
   */
  invokeWithItem(item: unknown, signal: AbortSignal): Promise<unknown[]> {
    return this.invoke({ dollarUnder: { value: item }, anonymousInvocation: true, externalErrors: true }, signal);
  }

  /** A script property's getter or setter, or a script method: `$this` is the object (instance-members.ts). */
  invokeAsMember(target: unknown, args: unknown[], signal: AbortSignal, errors?: MemberErrors): Promise<unknown[]> {
    const shown = errors === 'quiet' ? { errors: () => {} } : errors === 'external' ? { externalErrors: true as const } : {};
    return this.invoke({ args, thisValue: { value: target }, ...shown }, signal);
  }

  /** What PowerShell prints for a script block: the text between its braces. */
  toString(): string {
    return this.ast.text;
  }
}
