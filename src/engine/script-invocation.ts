// Running script blocks and functions (PowerShell's ScriptBlock.InvokeWithPipe and the
// DlrScriptCommandProcessor): a new scope unless dot-sourced, the automatic variables ($args,
// $_/$PSItem, $input, $PSBoundParameters, $PSCmdlet), parameters from their bound values or
// defaults, the begin/process/end blocks, and `return` ending the block it is in.
//
// The executor runs the statements (StatementRunner); this file only sets the stage around them.

import type { Expr, ParameterAst, ScriptBlockAst, Statement } from '../language/ast.js';
import { ScriptCmdlet } from './script-cmdlet.js';
import { functionInvocation } from './function-invocation.js';
import { BoundParametersDictionary } from './generic-types.js';
import type { CmdletContext } from './cmdlet.js';
import { ACTION_PREFERENCE, COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from './common-parameters.js';
import { SwitchParameter, asSwitchParameter, isSwitchTypeName } from './switch-parameter.js';
import { ReturnSignal } from './control-flow.js';
import { castTo, TypeNotFoundError } from './types.js';
import { REMAINING_ARGUMENTS, functionDefinition, isAdvanced, shouldProcessSupportOf, type FunctionInvoker, type ScriptFunction } from './function-definition.js';
import type { ScriptBlockInvocation, ScriptBlockRunner } from './script-block.js';
import type { Session, Variable, VariableOptions } from './session.js';
import type { SourceMap } from './source-map.js';
import { EnumValue, PSObject } from './values.js';
import { ConversionError, automationNullToNull, isTrue, unwrap } from './convert.js';
import { ParameterVariableConversionError } from './conversion-error.js';
import { ErrorRecord, ExitSignal, PSErrorSignal, PipelineStoppedSignal } from './errors.js';
import { takeOutputBefore } from './output-before-error.js';
import { scriptCommandInfo } from './automatic-variables.js';
import { basename, dirname } from 'node:path';
import type { CallStackEntry, CallStackSource, FrameCall } from './call-stack.js';
import { BindingError, PromptCancelled, bindArguments, type BindArg, type BinderHost, type BindResult } from './binder.js';
import { mandatoryPrompter, promptForCredential } from './prompts.js';
import { ScriptBlock } from './script-block.js';
import type { Host } from '../host/host.js';
import type { Emit } from './flow.js';
import { notMerged, RedirectionFrame, type StreamRouter } from './redirection.js';

/** What the executor offers to run a block's statements. */
export interface StatementRunner {
  readonly session: Session;
  /** Where a script's mandatory-parameter prompts go. */
  readonly host: Host;
  /**
   * Runs statements as a block body: statement-terminating errors are reported and the next one runs.
   * Each statement's output goes to `emit` as it is written.
   */
  /**
   * `keepReturn`: a `return` leaves as its ReturnSignal (a class method reads its value). `frame`: how the
   * block names itself in a ScriptStackTrace (a function's name, a method's, `<ScriptBlock>`, `f<Process>`).
   */
  runBlock(statements: readonly Statement[], source: SourceMap, signal: AbortSignal, emit: Emit, keepReturn?: boolean, frame?: string, call?: FrameCall): Promise<void>;
  /** The script blocks running, innermost first (Get-PSCallStack). */
  callStack(): CallStackEntry[];
  evalExprIn(expr: Expr, source: SourceMap, signal: AbortSignal): Promise<unknown>;
  /** The redirections in force (a block's `errors` sink is one more). */
  readonly streams: StreamRouter;
  /** Runs `body` as a block with no InvocationInfo of its own (ScriptBlockInvocation.anonymousInvocation). */
  withAnonymousInvocation<T>(body: () => Promise<T>): Promise<T>;
  /** Runs `body` with the errors it writes going to the external error pipe (ScriptBlockInvocation.externalErrors). */
  withExternalErrors<T>(body: () => Promise<T>): Promise<T>;
  /** Runs `body` with the errors that would end a statement ending it (ScriptBlockInvocation.propagatingErrors). */
  withPropagatingErrors<T>(body: () => Promise<T>): Promise<T>;
}

/** The state of one function call between its begin, process and end blocks. */
interface FunctionCall {
  /** Whether the call entered a scope of its own (cleanup leaves it). */
  pushed: boolean;
  input: unknown[];
  /** $PSBoundParameters: parameters bound from the pipeline join it as each object arrives. */
  bound?: BoundParametersDictionary;
  /** The function's switch parameters (lower case): the script sees them as SwitchParameters. */
  switches?: ReadonlySet<string>;
  /** The default values of the parameters the command line left unbound: a pipeline object that binds none restores them. */
  defaults?: Map<string, unknown>;
  /** A script file that ran `exit`: its later blocks do not run. */
  exited?: boolean;
  /**
   * A script file called in a scope of its own: how to undo each function it defined (by name, the first
   * definition's), so they end with it as in pwsh. (Functions defined elsewhere are session-wide in spo-shell.)
   */
  functions?: Map<string, () => void>;
  /** A dot-sourced script file: the caller's own $MyInvocation, $PSScriptRoot, $PSCommandPath, given back when it ends. */
  callerVariables?: Map<string, Variable | undefined>;
  /** What its frames on the call stack say of the call (Get-PSCallStack). */
  frame?: FrameCall;
}

/**
 * A ForEach-Object block's frame names itself and shares its caller's InvocationInfo (it runs in the caller's
 * scope); one run with no InvocationInfo of its own (.Invoke(), Where-Object) names no command.
 */
const FOREACH_BLOCK_CALL: FrameCall = {};
const ANONYMOUS_BLOCK_CALL: FrameCall = { command: '', invocation: null };

/** The variables a script file has of its own, also when dot-sourced into its caller's scope. */
const SCRIPT_FILE_VARIABLES = ['MyInvocation', 'PSScriptRoot', 'PSCommandPath'];

/** Common parameters that set a preference variable inside an advanced function. */
const PREFERENCE_PARAMETERS: ReadonlyArray<[string, string, 'enum' | 'switch']> = [
  ['ErrorAction', 'ErrorActionPreference', 'enum'],
  ['WarningAction', 'WarningPreference', 'enum'],
  ['InformationAction', 'InformationPreference', 'enum'],
  ['Verbose', 'VerbosePreference', 'switch'],
  ['Debug', 'DebugPreference', 'switch'],
];

/**
 * How deeply functions and script blocks may call each other. PowerShell stops runaway recursion
 * with CallDepthOverflow when its stack runs low; spo-shell stops at a fixed depth (a documented
 * deviation: its async calls never exhaust the stack, they would run until memory runs out).
 */
export const MAX_CALL_DEPTH = 1000;

/** PowerShell's error for runaway recursion; it ends the script, so it is reported once. */
function callDepthOverflow(): PSErrorSignal {
  return new PSErrorSignal(
    new ErrorRecord({ message: 'The script failed due to call depth overflow.', errorId: 'CallDepthOverflow', category: 'InvalidOperation', exceptionType: 'ScriptCallDepthException' }),
    'script',
  );
}

export class ScriptInvoker implements ScriptBlockRunner, FunctionInvoker, CallStackSource {
  readonly #calls = new WeakMap<CmdletContext, FunctionCall>();
  /** The function tables of the script files running in scopes of their own, innermost last. */
  readonly #scriptFunctions: Array<Map<string, () => void>> = [];

  /** A `function` statement ran: the innermost called script file undoes it when it ends. */
  functionDefined(name: string, undo: () => void): void {
    const functions = this.#scriptFunctions.at(-1);
    const key = name.toLowerCase();
    if (functions && !functions.has(key)) functions.set(key, undo);
  }

  #depth = 0;

  private enter(): void {
    if (this.#depth >= MAX_CALL_DEPTH) throw callDepthOverflow();
    this.#depth++;
  }

  constructor(private readonly runner: StatementRunner) {}

  private get session(): Session {
    return this.runner.session;
  }

  callStack(): CallStackEntry[] {
    return this.runner.callStack();
  }

  // ---- script blocks invoked directly (ForEach-Object, Where-Object, .ForEach(), .Where()) -------

  async invokeScriptBlock(block: ScriptBlock, invocation: ScriptBlockInvocation, signal: AbortSignal): Promise<unknown[]> {
    if (invocation.externalErrors) return this.runner.withExternalErrors(() => this.invokeScriptBlock(block, { ...invocation, externalErrors: undefined }, signal));
    if (invocation.propagatingErrors) return this.runner.withPropagatingErrors(() => this.invokeScriptBlock(block, { ...invocation, propagatingErrors: undefined }, signal));
    if (invocation.anonymousInvocation) return this.runner.withAnonymousInvocation(() => this.invokeScriptBlock(block, { ...invocation, anonymousInvocation: undefined }, signal));
    const ast = block.ast;
    this.enter();
    if (!invocation.dotSource) this.session.pushScope({ parent: block.closure });
    // A block run in the caller's scope with its own $_ (Where-Object, ForEach-Object, .Where()) gives the
    // caller's $_ back when it ends, as pwsh does: `1 | % { 5 | ? { $true }; $_ }` still sees 1.
    const callerItem = invocation.dotSource && invocation.dollarUnder ? this.savedDollarUnder() : undefined;
    try {
      const args = invocation.args ?? [];
      const parameters = ast.parameters ?? [];
      for (let i = 0; i < parameters.length; i++) {
        const p = parameters[i]!;
        const value = i < args.length ? args[i] : await this.defaultValue(p, block.source, signal);
        this.session.setVariable(p.name, convertParameter(p, value), parameterVariableOptions(p));
      }
      if (!invocation.dotSource || invocation.args) this.session.setVariable('args', args.slice(parameters.length));
      if (invocation.dollarUnder) this.setDollarUnder(invocation.dollarUnder.value);
      if (invocation.input) this.session.setVariable('input', invocation.input);
      if (invocation.thisValue) this.session.setVariable('this', invocation.thisValue.value);
      const out: unknown[] = [];
      // ForEach-Object passes each statement's output on as it is written; other callers take it all.
      const emit: Emit =
        invocation.emit ??
        ((values) => {
          for (const v of values) out.push(v);
        });
      // What the block wrote before an error, break or exit left it is dropped with it, as pwsh's
      // ScriptBlock.Invoke, .ForEach() and Where-Object drop their result list.
      const sink = invocation.errors;
      let outer: readonly RedirectionFrame[] | undefined;
      if (sink) {
        // The errors go to the caller's sink, as a `2>&1` frame would merge them.
        const frame = new RedirectionFrame();
        frame.routes.set('error', { kind: 'merge' });
        frame.merge = (record) => {
          notMerged(record as ErrorRecord);
          sink(record as ErrorRecord);
        };
        outer = this.runner.streams.use([...this.runner.streams.frames, frame]);
      }
      try {
        const method = invocation.method;
        if (method) {
          await method.prologue?.();
          try {
            await this.runner.runBlock(ast.blocks.end ?? [], block.source, signal, () => {}, true, method.frameName);
          } catch (e) {
            if (!(e instanceof ReturnSignal)) throw e;
            method.returned = e.returned;
          }
          return out;
        }
        for (const name of ['begin', 'process', 'end'] as const) {
          const statements = ast.blocks[name];
          if (statements) await this.runBlock(statements, block.source, signal, emit, frameName('<ScriptBlock>', ast, name), invocation.emit ? FOREACH_BLOCK_CALL : ANONYMOUS_BLOCK_CALL);
        }
      } finally {
        if (outer) this.runner.streams.use(outer);
      }
      return out;
    } finally {
      if (!invocation.dotSource) this.session.popScope();
      callerItem?.();
      this.#depth--;
    }
  }

  /** Saves the current scope's own $_ and $PSItem; the function returned puts them back (or removes them). */
  private savedDollarUnder(): () => void {
    const saved = ['_', 'PSItem'].map((name) => ({ name, variable: this.session.getVariable(name, 'local') }));
    const values = saved.map((x) => (x.variable ? x.variable.value : undefined));
    return () =>
      saved.forEach(({ name, variable }, i) => {
        if (variable) this.session.setVariable(name, values[i]);
        else this.session.removeVariable(name, 'local');
      });
  }

  /**
   * A script's param( ) and $args from the words after its path on the command line, as
   * `pwsh -File script.ps1 …` binds them: the script is a command like a function, so its words go
   * through the same binder: `-Name value`, `-Name:value` and switches (`-Force`, `-Force:$false`)
   * by name or unique prefix, the rest by position; type constraints, [Validate*] attributes and
   * [Parameter(Mandatory)] (prompted for under an interactive host, PowerShell's "missing mandatory
   * parameters" error under -NonInteractive or at the end of input) as for any command. A simple
   * script hands unknown `-words` to $args, an advanced one refuses them. Any binding failure stops
   * the script, reported under the script's name (pwsh's "s.ps1: …"; '' for -c text).
   */
  async defineScriptParameters(block: ScriptBlockAst, source: SourceMap, signal: AbortSignal, words: readonly string[]): Promise<void> {
    const parameters = block.parameters ?? [];
    const scriptName = source.file?.split(/[\\/]/).pop() ?? '';
    const script = new ScriptBlock(block, source, this);
    const advanced = isAdvanced(script);
    const definition = functionDefinition({ name: scriptName, block: script, isFilter: false, advanced }, this);
    const args: BindArg[] = words.map((word, i) => {
      // No source text: the word's place stands for its position (the binder keeps $args in that order).
      const span = { start: i, end: i };
      const m = /^-([A-Za-z_?][\w-]*)(?::(.*))?$/s.exec(word);
      if (!m) return { kind: 'value', value: word, span };
      return m[2] === undefined ? { kind: 'param', typed: m[1]!, text: word, colon: false, span } : { kind: 'param', typed: m[1]!, text: word, colon: true, value: commandLineValue(m[2]), span };
    });
    let bound: BindResult;
    try {
      bound = await bindArguments(definition, args, this.binderHost(scriptName, signal), { hasPipelineInput: false, commandSpan: { start: 0, end: 0 } });
    } catch (e) {
      if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
      if (!(e instanceof BindingError)) throw e;
      throw new PSErrorSignal(
        new ErrorRecord({ message: e.message, errorId: e.errorId, category: e.category, exceptionType: e.exceptionType, targetObject: e.targetObject, commandName: scriptName, invocationName: scriptName }),
        'script',
      );
    }
    const bag = new BoundParametersDictionary();
    for (const p of parameters) {
      const key = p.name.toLowerCase();
      if (!bound.values.has(key)) {
        this.session.setVariable(p.name, await this.defaultValue(p, source, signal), parameterVariableOptions(p));
        continue;
      }
      const value = isSwitchTypeName(p.typeName) ? asSwitchParameter(bound.values.get(key)) : bound.values.get(key);
      this.session.setVariable(p.name, value, parameterVariableOptions(p));
      bag.set(bound.names.get(key) ?? p.name, value);
    }
    this.session.setVariable('PSBoundParameters', bag);
    const rest = unwrap(bound.values.get(REMAINING_ARGUMENTS.toLowerCase()));
    this.session.setVariable('args', advanced || rest === undefined || rest === null ? [] : Array.isArray(rest) ? [...rest] : [rest]);
  }

  /** The prompts a script's binding may need; -NonInteractive (or no answer) is the "missing mandatory" error. */
  private binderHost(commandName: string, signal: AbortSignal): BinderHost {
    const host = this.runner.host;
    return {
      promptMandatory: mandatoryPrompter(host, commandName, 1, signal),
      promptCredential: async (userName: string) => {
        const credential = await promptForCredential(host, 'PowerShell credential request', 'Enter your credentials.', userName, signal);
        if (credential === null && signal.aborted) throw new PromptCancelled();
        return credential;
      },
    };
  }

  // ---- functions, called by the command processor --------------------------------------------

  async beginFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void> {
    this.enter();
    const call: FunctionCall = { pushed: !fn.dotSource, input: [] };
    this.#calls.set(ctx, call);
    if (call.pushed) this.session.pushScope({ isScript: fn.scriptPath !== undefined, parent: fn.block.closure });
    if (call.pushed && fn.scriptPath !== undefined) this.#scriptFunctions.push((call.functions = new Map()));
    else if (fn.scriptPath !== undefined) call.callerVariables = new Map(SCRIPT_FILE_VARIABLES.map((name) => [name, this.session.getVariable(name, 'local')]));
    const ast = fn.block.ast;
    const bound = new BoundParametersDictionary();
    const switches = switchParameterNames(fn);
    call.switches = switches;
    for (const name of ctx.params.names()) if (name !== REMAINING_ARGUMENTS) bound.set(name, scriptValue(switches, name, ctx.params.get(name)));
    call.defaults = new Map();
    for (const p of ast.parameters ?? []) {
      const value = ctx.params.has(p.name) ? scriptValue(switches, p.name, ctx.params.get(p.name)) : await this.defaultValue(p, fn.block.source, ctx.signal);
      if (!ctx.params.has(p.name)) call.defaults.set(p.name, value);
      this.session.setVariable(p.name, value, parameterVariableOptions(p));
    }
    this.session.setVariable('PSBoundParameters', bound);
    call.bound = bound;
    const rest = unwrap(ctx.params.get(REMAINING_ARGUMENTS));
    const unbound = fn.advanced || rest === undefined || rest === null ? [] : Array.isArray(rest) ? rest : [rest];
    // The function's own $MyInvocation (a dot-sourced call runs in its caller's scope and leaves the caller's).
    let invocation: PSObject;
    if (fn.scriptPath !== undefined) {
      // A script file's $MyInvocation names it (an ExternalScriptInfo), dot-sourced too, as in pwsh.
      invocation = functionInvocation(fn.name, fn.block.ast.text, ctx, bound, unbound, scriptCommandInfo(fn.block.ast.text, fn.scriptPath));
      this.session.defineVariable('MyInvocation', invocation, {}, 'local');
      this.session.defineVariable('PSScriptRoot', dirname(fn.scriptPath), {}, 'local');
      this.session.defineVariable('PSCommandPath', fn.scriptPath, {}, 'local');
    } else {
      invocation = functionInvocation(fn.name, fn.block.ast.text, ctx, bound, unbound);
      if (call.pushed) this.session.defineVariable('MyInvocation', invocation, {}, 'local');
    }
    // Its frames' Command: the function's name, a script file's, or (for `& { }`) the block's frame name.
    const command = fn.scriptPath !== undefined ? basename(fn.scriptPath) : fn.name || undefined;
    call.frame = { command, invocation, bound, args: unbound.length ? [...unbound] : unbound, scope: this.session.scopeHandle('local') };
    if (fn.advanced) {
      this.session.setVariable('PSCmdlet', new ScriptCmdlet(ctx, shouldProcessSupportOf(ast)));
      this.setPreferences(ctx);
    } else {
      this.session.setVariable('args', unbound);
    }
    await this.runFunctionBlock(fn, ast.blocks.begin, ctx, 'begin');
  }

  async processFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void> {
    const call = this.#calls.get(ctx);
    const ast = fn.block.ast;
    const statements = fn.isFilter && !ast.named ? ast.blocks.end : ast.blocks.process;
    // Parameters bound from the pipeline take each object's value afresh, with or without a process
    // block: a function with only a body (its end block) sees the last object's (`1,2,3 | f` has $x 3).
    for (const p of ast.parameters ?? []) {
      if (!ctx.params.has(p.name)) {
        // Bound by the previous object only: back to its default (RestoreDefaultParameterValues).
        if (call?.defaults?.has(p.name) && call.bound?.has(p.name)) {
          this.session.setVariable(p.name, call.defaults.get(p.name));
          call.bound.delete(p.name);
        }
        continue;
      }
      const value = call?.switches ? scriptValue(call.switches, p.name, ctx.params.get(p.name)) : ctx.params.get(p.name);
      this.session.setVariable(p.name, value);
      call?.bound?.set(p.name, value);
    }
    if (!statements) {
      if (ctx.hasInput) call?.input.push(ctx.input);
      return;
    }
    this.setDollarUnder(ctx.hasInput ? ctx.input : null);
    this.session.setVariable('input', ctx.hasInput ? [ctx.input] : []);
    await this.runFunctionBlock(fn, statements, ctx, fn.isFilter && !ast.named ? 'end' : 'process');
  }

  async endFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void> {
    const ast = fn.block.ast;
    if (fn.isFilter && !ast.named) return;
    this.session.setVariable('input', this.#calls.get(ctx)?.input ?? []);
    await this.runFunctionBlock(fn, ast.blocks.end, ctx, 'end');
  }

  cleanupFunction(_fn: ScriptFunction, ctx: CmdletContext): void {
    const call = this.#calls.get(ctx);
    if (!call) return;
    this.#calls.delete(ctx);
    this.#depth--;
    if (call.pushed) this.session.popScope();
    if (call.functions) {
      this.#scriptFunctions.splice(this.#scriptFunctions.lastIndexOf(call.functions), 1);
      for (const undo of call.functions.values()) undo();
    }
    for (const [name, variable] of call.callerVariables ?? []) {
      if (variable) this.session.defineVariable(name, variable.value, variable.options, 'local');
      else this.session.removeVariable(name, 'local');
    }
  }

  private async runFunctionBlock(fn: ScriptFunction, statements: readonly Statement[] | undefined, ctx: CmdletContext, name: BlockName): Promise<void> {
    const call = this.#calls.get(ctx);
    if (!statements || call?.exited) return;
    // Each statement's objects go down the pipeline as the statement writes them.
    const send = ctx.sendObjects?.bind(ctx);
    const emit: Emit = send ?? ((values) => values.forEach((v) => ctx.writeObject(v)));
    // `& { … }` is an unnamed function, and a script file a script block: pwsh names them so.
    const frame = frameName(fn.name && fn.scriptPath === undefined ? fn.name : '<ScriptBlock>', fn.block.ast, name);
    try {
      await this.runBlock(statements, fn.block.source, ctx.signal, emit, frame, call?.frame);
    } catch (e) {
      if (!(e instanceof ExitSignal) || fn.scriptPath === undefined) throw e;
      // `exit N` ends the script file only: $LASTEXITCODE is N, and the call failed ($? false) unless N is 0.
      if (call) call.exited = true;
      await emit(takeOutputBefore(e));
      this.session.setVariable('LASTEXITCODE', e.code, undefined, 'global');
      if (e.code !== 0) ctx.markFailed?.();
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** One block's statements; `return` ends the block, keeping what it wrote. */
  private async runBlock(statements: readonly Statement[], source: SourceMap, signal: AbortSignal, emit: Emit, frame: string, call: FrameCall | undefined): Promise<void> {
    try {
      await this.runner.runBlock(statements, source, signal, emit, false, frame, call);
    } catch (e) {
      if (!(e instanceof ReturnSignal)) throw e;
      if (e.output.length) await emit(e.output);
    }
  }

  private async defaultValue(p: ParameterAst, source: SourceMap, signal: AbortSignal): Promise<unknown> {
    // A default that wrote nothing (`$q = (& {})`) is $null, as a bound argument would be.
    if (p.defaultValue) return convertParameter(p, automationNullToNull(await this.runner.evalExprIn(p.defaultValue, source, signal)));
    if (isSwitchTypeName(p.typeName)) return new SwitchParameter(false);
    const type = p.typeName?.toLowerCase();
    if (type === 'bool' || type === 'boolean') return false;
    if (type === 'int' || type === 'int32' || type === 'long' || type === 'double') return 0;
    if (type === 'string') return '';
    return null;
  }

  private setDollarUnder(value: unknown): void {
    this.session.setVariable('_', value);
    this.session.setVariable('PSItem', value);
  }

  /** -Verbose, -ErrorAction ... of an advanced function become its local preference variables. */
  private setPreferences(ctx: CmdletContext): void {
    for (const [parameter, variable, kind] of PREFERENCE_PARAMETERS) {
      if (!ctx.params.has(parameter)) continue;
      const value = ctx.params.get(parameter);
      const pref = kind === 'switch' ? new EnumValue(ACTION_PREFERENCE, value ? 'Continue' : 'SilentlyContinue') : value;
      this.session.defineVariable(variable, pref, this.session.getVariable(variable)?.options ?? {}, 'local');
    }
    // -WhatIf and -Confirm reach the commands the function calls through $WhatIfPreference and $ConfirmPreference;
    // pwsh sets the first to the switch itself (a SwitchParameter, where the session's is a Boolean).
    if (ctx.params.has('WhatIf')) this.session.defineVariable('WhatIfPreference', new SwitchParameter(isTrue(ctx.params.get('WhatIf'))), {}, 'local');
    if (ctx.params.has('Confirm')) {
      const confirm = this.session.getVariable('ConfirmPreference');
      const impact = isTrue(ctx.params.get('Confirm')) ? 'Low' : 'None';
      this.session.defineVariable('ConfirmPreference', confirm?.options.constrain ? confirm.options.constrain(impact) : impact, confirm?.options ?? {}, 'local');
    }
  }
}

type BlockName = 'begin' | 'process' | 'end';

/**
 * How a running block names itself in a ScriptStackTrace, as pwsh's call stack does: the function's name
 * (or `<ScriptBlock>`), followed by `<Begin>`, `<Process>` or `<End>` when the body has named blocks.
 */
function frameName(name: string, ast: ScriptBlockAst, block: BlockName): string {
  return ast.named ? `${name}<${block[0]!.toUpperCase()}${block.slice(1)}>` : name;
}

/** Converts a value to a parameter's type constraint (the script-block path, without the binder). */
function convertParameter(p: ParameterAst, value: unknown): unknown {
  const t = p.typeName;
  if (!t || /^(object|psobject|system\.object)$/i.test(t)) return value;
  if (isSwitchTypeName(t)) return new SwitchParameter(isTrue(value));
  return castTo(t, value);
}

/**
 * A typed parameter's variable keeps its type: `$n = '5'` in the body of `function f([int]$n)` stores
 * 5, and `$s = $true` a SwitchParameter, as pwsh's type-constrained parameter variables do. A value
 * that does not convert fails as the assignment (pwsh's InvalidArgument on `$n = 'x'`).
 * [object] and [psobject] take anything, as an untyped parameter does.
 */
function parameterVariableOptions(p: ParameterAst): VariableOptions | undefined {
  const t = p.typeName;
  if (!t || /^(object|psobject|system\.object|system\.management\.automation\.psobject)$/i.test(t)) return undefined;
  const typeName = isSwitchTypeName(t) ? 'switch' : t;
  return {
    constrain: (v) => {
      try {
        return castTo(typeName, v);
      } catch (e) {
        if (e instanceof ConversionError) throw new ParameterVariableConversionError(e.message, e.errorId, e.exceptionType);
        // A type spo-shell cannot convert to binds by its own rules (the binder's kinds); its variable stays unconstrained.
        if (e instanceof TypeNotFoundError) return v;
        throw e;
      }
    },
  };
}

/** The parameters of a function that are switches: its [switch] ones and, for an advanced function, -Verbose, -Debug, -WhatIf and -Confirm. */
function switchParameterNames(fn: ScriptFunction): ReadonlySet<string> {
  const names = new Set((fn.block.ast.parameters ?? []).filter((p) => isSwitchTypeName(p.typeName)).map((p) => p.name.toLowerCase()));
  if (fn.advanced) for (const p of [...COMMON_PARAMETERS, ...SHOULD_PROCESS_PARAMETERS]) if (p.kind === 'switch') names.add(p.name.toLowerCase());
  return names;
}

/** A bound value as the function's script sees it: its switches (Booleans to the binder) are SwitchParameters. */
function scriptValue(switches: ReadonlySet<string>, name: string, value: unknown): unknown {
  return switches.has(name.toLowerCase()) ? asSwitchParameter(value) : value;
}


/** `-Flag:$true` / `-Flag:$false` on pwsh's command line are Booleans; anything else is the text. */
function commandLineValue(text: string): unknown {
  if (/^\$true$/i.test(text)) return true;
  if (/^\$false$/i.test(text)) return false;
  return text;
}
