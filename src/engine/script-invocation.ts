// Running script blocks and functions (PowerShell's ScriptBlock.InvokeWithPipe and the
// DlrScriptCommandProcessor): a new scope unless dot-sourced, the automatic variables ($args,
// $_/$PSItem, $input, $PSBoundParameters, $PSCmdlet), parameters from their bound values or
// defaults, the begin/process/end blocks, and `return` ending the block it is in.
//
// The executor runs the statements (StatementRunner); this file only sets the stage around them.

import type { Expr, ParameterAst, ScriptBlockAst, Statement } from '../language/ast.js';
import type { CmdletContext } from './cmdlet.js';
import { ACTION_PREFERENCE } from './common-parameters.js';
import { ReturnSignal } from './control-flow.js';
import { castTo } from './types.js';
import { REMAINING_ARGUMENTS, type FunctionInvoker, type ScriptFunction } from './function-definition.js';
import type { ScriptBlock, ScriptBlockInvocation, ScriptBlockRunner } from './script-block.js';
import type { Session } from './session.js';
import type { SourceMap } from './source-map.js';
import { EnumValue, PSHashtable, PSObject } from './values.js';
import { ConversionError, unwrap } from './convert.js';
import { ErrorRecord, PSErrorSignal } from './errors.js';

/** What the executor offers to run a block's statements. */
export interface StatementRunner {
  readonly session: Session;
  /** Runs statements as a block body: statement-terminating errors are reported and the next one runs. */
  runBlock(statements: readonly Statement[], source: SourceMap, signal: AbortSignal): Promise<unknown[]>;
  evalExprIn(expr: Expr, source: SourceMap, signal: AbortSignal): Promise<unknown>;
}

/** The state of one function call between its begin, process and end blocks. */
interface FunctionCall {
  /** Whether the call entered a scope of its own (cleanup leaves it). */
  pushed: boolean;
  input: unknown[];
}

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

export class ScriptInvoker implements ScriptBlockRunner, FunctionInvoker {
  readonly #calls = new WeakMap<CmdletContext, FunctionCall>();
  #depth = 0;

  private enter(): void {
    if (this.#depth >= MAX_CALL_DEPTH) throw callDepthOverflow();
    this.#depth++;
  }

  constructor(private readonly runner: StatementRunner) {}

  private get session(): Session {
    return this.runner.session;
  }

  // ---- script blocks invoked directly (ForEach-Object, Where-Object, .ForEach(), .Where()) -------

  async invokeScriptBlock(block: ScriptBlock, invocation: ScriptBlockInvocation, signal: AbortSignal): Promise<unknown[]> {
    const ast = block.ast;
    this.enter();
    if (!invocation.dotSource) this.session.pushScope();
    try {
      const args = invocation.args ?? [];
      const parameters = ast.parameters ?? [];
      for (let i = 0; i < parameters.length; i++) {
        const p = parameters[i]!;
        const value = i < args.length ? args[i] : await this.defaultValue(p, block.source, signal);
        this.session.setVariable(p.name, convertParameter(p, value));
      }
      if (!invocation.dotSource || invocation.args) this.session.setVariable('args', args.slice(parameters.length));
      if (invocation.dollarUnder) this.setDollarUnder(invocation.dollarUnder.value);
      if (invocation.input) this.session.setVariable('input', invocation.input);
      const out: unknown[] = [];
      for (const name of ['begin', 'process', 'end'] as const) {
        const statements = ast.blocks[name];
        if (statements) out.push(...(await this.runBlock(statements, block.source, signal)));
      }
      return out;
    } finally {
      if (!invocation.dotSource) this.session.popScope();
      this.#depth--;
    }
  }

  /**
   * A script file's param( ) and $args from the words after its path on the command line, as
   * `pwsh -File script.ps1 …` binds them: `-Name value`, `-Name:value` and switches (`-Force`,
   * `-Force:$false`) by name or unique prefix, the rest by position in declaration order, and what
   * is left (unknown `-words` included) in $args. The words are strings; a type constraint converts
   * them, and a failed conversion stops the script with pwsh's message. Unbound parameters take
   * their defaults (mandatory ones are not prompted for).
   */
  async defineScriptParameters(block: ScriptBlockAst, source: SourceMap, signal: AbortSignal, words: readonly string[]): Promise<void> {
    const parameters = block.parameters ?? [];
    const bound = bindScriptWords(parameters, words);
    const scriptName = source.file?.split(/[\\/]/).pop() ?? '';
    for (const p of parameters) {
      if (!bound.values.has(p)) {
        this.session.setVariable(p.name, await this.defaultValue(p, source, signal));
        continue;
      }
      try {
        this.session.setVariable(p.name, convertParameter(p, bound.values.get(p)));
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        throw new PSErrorSignal(
          new ErrorRecord({
            message: `Cannot process argument transformation on parameter '${p.name}'. ${e.message}`,
            errorId: 'ParameterArgumentTransformationError',
            category: 'InvalidData',
            exceptionType: 'ParameterBindingArgumentTransformationException',
            commandName: scriptName,
            invocationName: scriptName,
          }),
          'script',
        );
      }
    }
    this.session.setVariable('args', bound.rest);
  }

  // ---- functions, called by the command processor --------------------------------------------

  async beginFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void> {
    this.enter();
    const call: FunctionCall = { pushed: !fn.dotSource, input: [] };
    this.#calls.set(ctx, call);
    if (call.pushed) this.session.pushScope();
    const ast = fn.block.ast;
    const bound = new PSHashtable();
    for (const name of ctx.params.names()) if (name !== REMAINING_ARGUMENTS) bound.set(name, ctx.params.get(name));
    for (const p of ast.parameters ?? []) {
      const value = ctx.params.has(p.name) ? ctx.params.get(p.name) : await this.defaultValue(p, fn.block.source, ctx.signal);
      this.session.setVariable(p.name, value);
    }
    this.session.setVariable('PSBoundParameters', bound);
    if (fn.advanced) {
      this.session.setVariable('PSCmdlet', new PSObject('System.Management.Automation.PSScriptCmdlet', { ParameterSetName: ctx.invocation.parameterSetName }));
      this.setPreferences(ctx);
    } else {
      const rest = unwrap(ctx.params.get(REMAINING_ARGUMENTS));
      this.session.setVariable('args', rest === undefined || rest === null ? [] : Array.isArray(rest) ? rest : [rest]);
    }
    await this.runFunctionBlock(fn, ast.blocks.begin, ctx);
  }

  async processFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void> {
    const call = this.#calls.get(ctx);
    const ast = fn.block.ast;
    const statements = fn.isFilter && !ast.named ? ast.blocks.end : ast.blocks.process;
    if (!statements) {
      if (ctx.hasInput) call?.input.push(ctx.input);
      return;
    }
    // Parameters bound from the pipeline take each object's value afresh.
    for (const p of ast.parameters ?? []) if (ctx.params.has(p.name)) this.session.setVariable(p.name, ctx.params.get(p.name));
    this.setDollarUnder(ctx.hasInput ? ctx.input : null);
    this.session.setVariable('input', ctx.hasInput ? [ctx.input] : []);
    await this.runFunctionBlock(fn, statements, ctx);
  }

  async endFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void> {
    const ast = fn.block.ast;
    if (fn.isFilter && !ast.named) return;
    this.session.setVariable('input', this.#calls.get(ctx)?.input ?? []);
    await this.runFunctionBlock(fn, ast.blocks.end, ctx);
  }

  cleanupFunction(_fn: ScriptFunction, ctx: CmdletContext): void {
    const call = this.#calls.get(ctx);
    if (!call) return;
    this.#calls.delete(ctx);
    this.#depth--;
    if (call.pushed) this.session.popScope();
  }

  private async runFunctionBlock(fn: ScriptFunction, statements: readonly Statement[] | undefined, ctx: CmdletContext): Promise<void> {
    if (!statements) return;
    for (const v of await this.runBlock(statements, fn.block.source, ctx.signal)) ctx.writeObject(v);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** One block's statements; `return` ends the block, keeping what it wrote. */
  private async runBlock(statements: readonly Statement[], source: SourceMap, signal: AbortSignal): Promise<unknown[]> {
    try {
      return await this.runner.runBlock(statements, source, signal);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.output;
      throw e;
    }
  }

  private async defaultValue(p: ParameterAst, source: SourceMap, signal: AbortSignal): Promise<unknown> {
    if (p.defaultValue) return convertParameter(p, await this.runner.evalExprIn(p.defaultValue, source, signal));
    const type = p.typeName?.toLowerCase();
    if (type === 'switch' || type === 'bool' || type === 'boolean') return false;
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
  }
}

/** Converts a value to a parameter's type constraint (the script-block path, without the binder). */
function convertParameter(p: ParameterAst, value: unknown): unknown {
  const t = p.typeName;
  if (!t || /^(object|psobject|system\.object)$/i.test(t)) return value;
  if (/^switch$/i.test(t)) return Boolean(unwrap(value));
  return castTo(t, value);
}


/** The command-line words of `spo -f script.ps1 …` matched to the script's parameters (pwsh -File). */
function bindScriptWords(parameters: readonly ParameterAst[], words: readonly string[]): { values: Map<ParameterAst, unknown>; rest: string[] } {
  const values = new Map<ParameterAst, unknown>();
  const positional: Array<{ at: number; word: string }> = [];
  /** Words for $args, by their place on the line: unknown `-Name`s (with the value after each) and positional words left over. */
  const rest: Array<{ at: number; word: string }> = [];
  const isSwitch = (p: ParameterAst) => /^switch$/i.test(p.typeName ?? '');
  const byName = (typed: string): ParameterAst | undefined => {
    const key = typed.toLowerCase();
    const exact = parameters.find((p) => p.name.toLowerCase() === key);
    if (exact) return exact;
    const prefixed = parameters.filter((p) => p.name.toLowerCase().startsWith(key));
    return prefixed.length === 1 ? prefixed[0] : undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const m = /^-([A-Za-z_?][\w-]*)(?::(.*))?$/s.exec(word);
    const p = m ? byName(m[1]!) : undefined;
    if (!m) {
      positional.push({ at: i, word });
      continue;
    }
    if (!p) {
      // pwsh hands an unknown parameter name and the value after it to $args together.
      rest.push({ at: i, word });
      if (i + 1 < words.length && !/^-[A-Za-z_?]/.test(words[i + 1]!)) rest.push({ at: i + 1, word: words[++i]! });
      continue;
    }
    const colon = m[2];
    if (isSwitch(p)) values.set(p, colon === undefined ? true : !/^(\$false|0|)$/i.test(colon));
    else if (colon !== undefined) values.set(p, commandLineValue(colon));
    else if (i + 1 < words.length) values.set(p, words[++i]);
  }
  const open = parameters.filter((p) => !isSwitch(p) && !values.has(p));
  for (const item of positional) {
    const p = open.shift();
    if (p) values.set(p, item.word);
    else rest.push(item);
  }
  return { values, rest: rest.sort((a, b) => a.at - b.at).map((r) => r.word) };
}

/** `-Flag:$true` / `-Flag:$false` on pwsh's command line are Booleans; anything else is the text. */
function commandLineValue(text: string): unknown {
  if (/^\$true$/i.test(text)) return true;
  if (/^\$false$/i.test(text)) return false;
  return text;
}
