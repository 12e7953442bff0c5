// The evaluator: runs statements, pipelines and commands; implements PowerShell's error flow
// (non-terminating, statement-terminating, script-terminating), the CommonParameters and the
// preference variables.

import type { CommandAst, Expr, Span, Statement } from '../language/ast.js';
import type { Host } from '../host/host.js';
import type { CmdletContext, ErrorSpec, ParameterMetadata } from '../cmdlets/types.js';
import { resolveCommand } from '../cmdlets/registry.js';
import { ACTION_PREFERENCE } from './common-parameters.js';
import { BindingError, PromptCancelled, bindArguments, bindPipelineInput, type BindArg, type BinderHost } from './binder.js';
import {
  ArgumentNumber,
  ConversionError,
  collapse,
  enumerate,
  formatNumber,
  isTrue,
  toEnum,
  toInt,
  toNumber,
  toPSString,
  typeNameOf,
  unwrap,
} from './convert.js';
import { ErrorRecord, ExitSignal, PSErrorSignal, PipelineStoppedSignal, type ErrorView, type SourceExtent } from './errors.js';
import { formatOutput } from './format.js';
import { NonInteractiveError, promptForCredential, promptInquire, promptMandatory } from './prompts.js';
import { VariableNotWritableError, type Session } from './session.js';
import { MemberError, getMember, invokeMethod, setMember } from './values-members.js';
import { EnumValue, PSHashtable, PSObject } from './values.js';
import { castTo, resolveTypeName, TypeNotFoundError, constructType } from './types.js';
import { MethodCallError } from './constructors.js';
import { formatString, FormatStringError } from './format-operator.js';

type Preference = 'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore' | 'Suspend' | 'Break';

/** Source text and file of the input being run, to turn offsets into extents. */
export class SourceMap {
  private readonly lineStarts: number[] = [0];
  constructor(
    readonly text: string,
    readonly file?: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') this.lineStarts.push(i + 1);
      else if (text[i] === '\r' && text[i + 1] !== '\n') this.lineStarts.push(i + 1);
    }
  }
  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  extent(span: Span): SourceExtent {
    const startLine = this.lineOf(span.start);
    const endLine = this.lineOf(Math.max(span.start, span.end - 1));
    const lineStart = this.lineStarts[startLine]!;
    const nextStart = this.lineStarts[startLine + 1] ?? this.text.length;
    const lineText = this.text.slice(lineStart, nextStart).replace(/\r?\n$|\r$/, '');
    return {
      file: this.file,
      startLine: startLine + 1,
      startColumn: span.start - lineStart + 1,
      endLine: endLine + 1,
      endColumn: span.end - (this.lineStarts[endLine] ?? 0) + 1,
      lineText,
      text: this.text.slice(span.start, span.end),
    };
  }
}

/** Per-command stream preferences after -Verbose, -ErrorAction and friends are applied. */
interface Preferences {
  error: Preference;
  warning: Preference;
  verbose: Preference;
  debug: Preference;
  information: Preference;
  /** -InformationAction was given explicitly (Write-Host then obeys it). */
  informationExplicit: boolean;
}

/** State of one top-level statement: whether anything failed (for $?). */
interface StatementState {
  failed: boolean;
}

export class Executor {
  private source = new SourceMap('');
  private statement: StatementState = { failed: false };

  constructor(
    readonly session: Session,
    readonly host: Host,
  ) {}

  /** Runs a parsed script; returns the exit code of `exit`, if any. */
  async runStatements(statements: Statement[], source: SourceMap, signal: AbortSignal): Promise<{ success: boolean; exitCode?: number }> {
    this.source = source;
    let success = true;
    for (const stmt of statements) {
      this.statement = { failed: false };
      try {
        if (signal.aborted) throw new PipelineStoppedSignal();
        const output = await this.evalStatement(stmt, signal);
        this.writeOutput(output);
        success = !this.statement.failed;
      } catch (e) {
        if (e instanceof ExitSignal) {
          this.setLastSuccess(true);
          return { success: true, exitCode: e.code };
        }
        if (e instanceof PipelineStoppedSignal) {
          this.setLastSuccess(false);
          return { success: false };
        }
        const signalled = this.toSignal(e, stmt.span);
        const stop = this.reportTerminating(signalled);
        success = false;
        this.setLastSuccess(false);
        if (stop) return { success: false };
        continue;
      }
      this.setLastSuccess(success);
    }
    return { success };
  }

  setLastSuccess(ok: boolean): void {
    this.session.defineVariable('?', ok, { readOnly: true });
  }

  /** Formats output objects and writes them to the host. */
  private writeOutput(values: unknown[]): void {
    if (!values.length) return;
    const text = formatOutput(values, { width: this.host.width, color: this.host.color, errorView: this.errorView() });
    if (text) this.host.write('output', text.replace(/\n$/, ''));
  }

  private errorView(): ErrorView {
    const v = this.session.getVariable('ErrorView')?.value;
    return (v instanceof EnumValue ? v.name : 'ConciseView') as ErrorView;
  }

  /** Shows a terminating error; returns true when the rest of the input must not run. */
  private reportTerminating(signal: PSErrorSignal): boolean {
    const record = signal.record;
    const pref = this.preference('ErrorActionPreference');
    let script = signal.scope === 'script';
    // $ErrorActionPreference also governs statement-terminating errors (the asymmetry), and even
    // `throw` gives way to SilentlyContinue/Ignore (PowerShell issue #19500): the script goes on.
    if (!signal.stopException && (signal.scope === 'statement' || record.thrownByThrowStatement)) {
      if (pref === 'Ignore') return false;
      if (pref === 'SilentlyContinue') {
        this.addToErrorHistory(record);
        return false;
      }
      if (pref === 'Stop') script = true;
    }
    if (!signal.stopException) this.addToErrorHistory(record);
    this.showError(record);
    return script;
  }

  private showError(record: ErrorRecord): void {
    this.host.write('error', this.render(record));
  }

  render(record: ErrorRecord): string {
    return formatOutput([record], { width: this.host.width, color: this.host.color, errorView: this.errorView() }).replace(/\n$/, '');
  }

  addToErrorHistory(record: ErrorRecord): void {
    const list = this.session.getVariable('Error')?.value;
    if (Array.isArray(list)) {
      list.unshift(record);
      if (list.length > 256) list.length = 256;
    }
  }

  /** Converts anything thrown while running a statement into a PSErrorSignal. */
  private toSignal(e: unknown, span: Span): PSErrorSignal {
    const mapped = this.memberFailure(e, span);
    if (mapped instanceof PSErrorSignal) return mapped;
    const message = e instanceof Error ? e.message : String(e);
    // An unexpected JavaScript failure still reads as a PowerShell error, never a stack trace.
    return new PSErrorSignal(new ErrorRecord({ message, errorId: 'RuntimeException', category: 'NotSpecified', exceptionType: 'RuntimeException', extent: this.source.extent(span) }), 'statement');
  }

  // ---- statements ----------------------------------------------------------------------------

  private async evalStatement(stmt: Statement, signal: AbortSignal): Promise<unknown[]> {
    switch (stmt.kind) {
      case 'pipeline':
        return this.runPipeline(stmt, signal);
      case 'assignment':
        await this.assign(stmt, signal);
        return [];
      case 'throw': {
        const value = stmt.value ? collapse(await this.evalStatement(stmt.value, signal)) : null;
        if (unwrap(value) instanceof ErrorRecord) throw new PSErrorSignal(unwrap(value) as ErrorRecord, 'script');
        const message = value === null ? 'ScriptHalted' : toPSString(value);
        throw new PSErrorSignal(
          new ErrorRecord({
            message,
            errorId: value === null ? 'ScriptHalted' : message,
            category: 'OperationStopped',
            exceptionType: 'RuntimeException',
            targetObject: value,
            thrownByThrowStatement: true,
            extent: this.source.extent(stmt.span),
          }),
          'script',
        );
      }
      case 'exit': {
        const value = stmt.value ? collapse(await this.evalStatement(stmt.value, signal)) : 0;
        let code = 0;
        try {
          code = toInt(value);
        } catch {
          code = 0;
        }
        throw new ExitSignal(code);
      }
      default:
        return this.evalFlowStatement(stmt, signal);
    }
  }

  /** Control-flow statements: evaluated once the engine's scope stack and signals land. */
  private async evalFlowStatement(stmt: Exclude<Statement, { kind: 'pipeline' | 'assignment' | 'throw' | 'exit' }>, signal: AbortSignal): Promise<unknown[]> {
    void signal;
    throw new PSErrorSignal(new ErrorRecord({ message: `The '${stmt.kind}' statement is not supported by spo-shell yet.`, errorId: 'NotSupported', category: 'NotImplemented', exceptionType: 'RuntimeException', extent: this.source.extent(stmt.span) }), 'statement');
  }

  /** Performs the assignment; returns the value assigned (for `$x = $y = 3`). */
  private async assign(stmt: Extract<Statement, { kind: 'assignment' }>, signal: AbortSignal): Promise<unknown> {
    let value = unwrap(await this.assignedValue(stmt.value, signal));
    const target = stmt.target;
    if (stmt.op !== '=') {
      const current = await this.evalExpr(target, signal);
      value = this.binary(stmt.op.slice(0, 1), current, value, stmt.opSpan);
    }
    try {
      if (target.kind === 'variable') {
        this.setVariable(target.name, value);
      } else if (target.kind === 'cast' && target.operand.kind === 'variable') {
        this.setVariable(target.operand.name, castTo(target.typeName, value));
      } else if (target.kind === 'member') {
        setMember(await this.evalExpr(target.target, signal), target.name, value);
      } else if (target.kind === 'index') {
        const container = unwrap(await this.evalExpr(target.target, signal));
        const index = unwrap(await this.evalExpr(target.index, signal));
        if (container instanceof PSHashtable) container.set(index, value);
        else if (Array.isArray(container)) {
          const i = toInt(index);
          const at = i < 0 ? container.length + i : i;
          if (at < 0 || at >= container.length) {
            throw new MemberError('Index was outside the bounds of the array.', 'IndexOutOfRange');
          }
          container[at] = value;
        } else if (container === null || container === undefined) {
          throw new MemberError('Cannot index into a null array.', 'NullArray');
        } else {
          throw new MemberError(`Unable to index into an object of type "${typeNameOf(container)}".`, 'CannotIndex');
        }
      }
      return value;
    } catch (e) {
      if (e instanceof VariableNotWritableError) {
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'VariableNotWritable', category: 'WriteError', exceptionType: 'SessionStateUnauthorizedAccessException', targetObject: e.variableName, extent: this.source.extent(target.span) }), 'statement');
      }
      if (e instanceof ConversionError) {
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'RuntimeException', category: 'MetadataError', exceptionType: 'ArgumentTransformationMetadataException', extent: this.source.extent(stmt.span) }), 'statement');
      }
      throw e;
    }
  }

  /**
   * The right-hand side of `=`: an expression's value as it is (`@(1)` stays an array), a
   * pipeline's output collected ($null, the one object, or an array), a nested assignment's value.
   */
  private async assignedValue(value: Statement, signal: AbortSignal): Promise<unknown> {
    if (value.kind === 'assignment') return this.assign(value, signal);
    if (value.kind === 'pipeline' && value.elements.length === 1 && value.elements[0]!.kind === 'expression') {
      return this.evalExpr(value.elements[0]!.expr, signal);
    }
    return collapse(await this.evalStatement(value, signal));
  }

  setVariable(name: string, value: unknown): void {
    const { scope, bare } = splitScope(name);
    if (scope === 'env') {
      if (value === null || value === '') delete process.env[bare];
      else process.env[bare] = toPSString(value);
      return;
    }
    this.session.setVariable(bare, value);
  }

  // ---- pipelines and commands ----------------------------------------------------------------

  private async runPipeline(stmt: Extract<Statement, { kind: 'pipeline' }>, signal: AbortSignal): Promise<unknown[]> {
    let input: unknown[] | undefined;
    for (let i = 0; i < stmt.elements.length; i++) {
      const el = stmt.elements[i]!;
      if (el.kind === 'expression') {
        const value = await this.evalExpr(el.expr, signal);
        input = value instanceof PSHashtable ? [value] : enumerate(value);
      } else {
        input = await this.runCommand(el, input, i + 1, signal);
      }
    }
    return input ?? [];
  }

  private async evalArguments(cmd: CommandAst, signal: AbortSignal): Promise<BindArg[]> {
    const args: BindArg[] = [];
    for (const el of cmd.elements) {
      if (el.kind === 'parameter') {
        const value = el.argument ? await this.evalArgument(el.argument, signal) : undefined;
        args.push({ kind: 'param', typed: el.typed, text: el.text, colon: el.colon, value, span: el.span, valueSpan: el.colon ? el.argument?.span : undefined });
      } else if (el.kind === 'argument') {
        args.push({ kind: 'value', value: await this.evalArgument(el.expr, signal), span: el.span });
      } else {
        const value = unwrap(this.getVariable(el.name));
        if (value instanceof PSHashtable) {
          for (const [k, v] of value.entries()) {
            const key = toPSString(k);
            args.push({ kind: 'param', typed: key, text: `-${key}`, colon: true, value: v, span: el.span, splatted: true });
          }
        } else if (Array.isArray(value)) {
          for (const v of value) args.push({ kind: 'value', value: v, span: el.span, splatted: true });
        } else if (value !== null && value !== undefined) {
          args.push({ kind: 'value', value, span: el.span, splatted: true });
        }
      }
    }
    return args;
  }

  /** Command arguments: numbers keep their typed text; arrays stay arrays. */
  private async evalArgument(expr: Expr, signal: AbortSignal): Promise<unknown> {
    if (expr.kind === 'number') return new ArgumentNumber(expr.value, expr.text);
    if (expr.kind === 'array') return Promise.all(expr.elements.map((e) => this.evalArgument(e, signal)));
    return this.evalExpr(expr, signal);
  }

  private async resolveCommandName(cmd: CommandAst, signal: AbortSignal): Promise<string> {
    if (!cmd.nameExpr) return cmd.name;
    return toPSString(await this.evalExpr(cmd.nameExpr, signal));
  }

  private async runCommand(cmd: CommandAst, input: unknown[] | undefined, position: number, signal: AbortSignal): Promise<unknown[]> {
    const typedName = await this.resolveCommandName(cmd, signal);
    const resolved = resolveCommand(typedName) ?? (typedName.includes('-') ? undefined : resolveCommand(`Get-${typedName}`));
    if (!resolved) {
      throw new PSErrorSignal(
        new ErrorRecord({
          message: `The term '${typedName}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
          errorId: 'CommandNotFoundException',
          category: 'ObjectNotFound',
          exceptionType: 'CommandNotFoundException',
          targetObject: typedName,
          invocationName: typedName,
          activity: '',
          extent: this.source.extent(cmd.nameSpan),
        }),
        'statement',
      );
    }
    const def = resolved.definition;
    // `Connect-SPOService -?` shows the command's help, as `Get-Help Connect-SPOService` does.
    if (cmd.elements.some((el) => el.kind === 'parameter' && el.typed === '?')) {
      const help: CommandAst = {
        kind: 'command',
        name: 'Get-Help',
        nameSpan: cmd.nameSpan,
        elements: [{ kind: 'argument', expr: { kind: 'string', value: def.name, quoted: true, span: cmd.nameSpan }, span: cmd.nameSpan }],
        span: cmd.span,
      };
      return this.runCommand(help, undefined, position, signal);
    }
    const commandExtent = this.source.extent(cmd.span);
    const makeRecord = (spec: ErrorSpec | ErrorRecord, extent?: SourceExtent): ErrorRecord => {
      if (spec instanceof ErrorRecord) {
        spec.extent ??= extent ?? commandExtent;
        return spec;
      }
      return new ErrorRecord({
            message: spec.message,
            errorId: spec.errorId,
            category: spec.category,
            exceptionType: spec.exceptionType,
            exceptionFullName: spec.exceptionFullName,
            targetObject: spec.targetObject,
            commandName: def.name,
            invocationName: typedName,
            implementingType: def.implementingType,
            recommendedAction: spec.recommendedAction,
            extent: extent ?? commandExtent,
          });
    };
    const args = await this.evalArguments(cmd, signal);
    const binderHost: BinderHost = {
      // A prompt answered with Ctrl+C (the command's signal is aborted) stops the command quietly;
      // null without it means the input ended.
      promptMandatory: async (params: ParameterMetadata[]) => {
        try {
          const answers = await promptMandatory(this.host, def.name, position, params, signal);
          if (answers === null && signal.aborted) throw new PromptCancelled();
          return answers;
        } catch (e) {
          if (e instanceof NonInteractiveError) return null;
          throw e;
        }
      },
      promptCredential: async (userName: string) => {
        try {
          const credential = await promptForCredential(this.host, 'PowerShell credential request', 'Enter your credentials.', userName, signal);
          if (credential === null && signal.aborted) throw new PromptCancelled();
          return credential;
        } catch (e) {
          if (e instanceof NonInteractiveError) {
            throw new BindingError('ParameterArgumentTransformationError', `Cannot process argument transformation on parameter 'Credential'. ${e.message}`, cmd.span, 'InvalidData', 'ParameterBindingArgumentTransformationException');
          }
          throw e;
        }
      },
    };
    const bindingFailure = (e: BindingError) =>
      new PSErrorSignal(
        makeRecord({ message: e.message, errorId: e.errorId, category: e.category, exceptionType: e.exceptionType, targetObject: e.targetObject }, e.span ? this.source.extent(e.span) : commandExtent),
        'statement',
      );
    let bound;
    try {
      bound = await bindArguments(def, args, binderHost, { hasPipelineInput: input !== undefined, commandSpan: cmd.span });
    } catch (e) {
      if (e instanceof BindingError) throw bindingFailure(e);
      if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
      throw e;
    }
    const has = (n: string) => bound.values.has(n.toLowerCase());
    const get = (n: string) => bound.values.get(n.toLowerCase());
    for (const name of ['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction']) {
      const v = get(name);
      if (v instanceof EnumValue && v.name === 'Suspend') {
        throw bindingFailure(
          new BindingError(
            'ParameterBindingFailed',
            `Cannot bind parameter '${name}' to the target. Exception setting "${name}": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`,
            args.find((a) => a.kind === 'param' && name.toLowerCase().startsWith(a.typed.toLowerCase()))?.span ?? cmd.span,
            'WriteError',
          ),
        );
      }
    }
    const prefs = this.commandPreferences(has, get);
    const outputs: unknown[] = [];
    const errorVar = this.collector(get('ErrorVariable'));
    const warningVar = this.collector(get('WarningVariable'));
    const infoVar = this.collector(get('InformationVariable'));
    const outVar = this.collector(get('OutVariable'));
    const pipelineVar = get('PipelineVariable') as string | undefined;
    const statement = this.statement;
    let currentInput: unknown = undefined;
    let hasInput = false;
    const exec = this;

    const stopFor = (variable: string, message: string): never => {
      throw new PSErrorSignal(
        makeRecord({ message: `The running command stopped because the preference variable "${variable}" or common parameter is set to Stop: ${message}`, errorId: 'ActionPreferenceStop', category: 'OperationStopped', exceptionType: 'ActionPreferenceStopException' }),
        'script',
        true,
      );
    };
    const inquire = async (message: string): Promise<boolean> => {
      let answer;
      try {
        answer = await promptInquire(this.host, message, signal);
      } catch (e) {
        if (e instanceof NonInteractiveError) return true;
        throw e;
      }
      if (answer === null) throw new PipelineStoppedSignal();
      if (answer === 'halt' || answer === 'suspend') {
        throw new PSErrorSignal(makeRecord({ message: 'The running command stopped because the user selected the Stop option.', errorId: 'ActionPreferenceStop', category: 'OperationStopped', exceptionType: 'ActionPreferenceStopException' }), 'script', true);
      }
      return true;
    };
    const stream = async (pref: Preference, variable: string, kind: 'warning' | 'verbose' | 'debug', prefix: string, message: string) => {
      if (pref === 'SilentlyContinue' || pref === 'Ignore') return;
      if (pref === 'Inquire') await inquire(message);
      this.host.write(kind, `${prefix}${message}`);
      if (pref === 'Stop') stopFor(variable, message);
    };

    const ctx: CmdletContext = {
      host: this.host,
      session: this.session,
      signal,
      params: {
        has,
        get: <T>(n: string) => get(n) as T | undefined,
        names: () => [...bound.names.values()],
      },
      invocation: { commandName: def.name, invocationName: typedName, parameterSetName: bound.parameterSet, pipelinePosition: position },
      get input() {
        return currentInput;
      },
      get hasInput() {
        return hasInput;
      },
      writeObject(value: unknown, enumerateIt = false) {
        const items = enumerateIt ? enumerate(value) : [value];
        for (const item of items) {
          outputs.push(item);
          outVar?.push(item);
          if (pipelineVar) exec.session.setVariable(pipelineVar, item);
        }
      },
      async writeError(spec) {
        const record = makeRecord(spec);
        const pref = prefs.error;
        if (pref !== 'Ignore') errorVar?.push(record);
        statement.failed = true;
        if (pref === 'Ignore') return;
        if (pref === 'Stop') {
          exec.addToErrorHistory(record);
          throw new PSErrorSignal(record, 'script', true);
        }
        if (pref === 'Inquire') await inquire(record.message);
        exec.addToErrorHistory(record);
        if (pref !== 'SilentlyContinue') exec.showError(record);
      },
      throwTerminatingError(spec): never {
        const record = makeRecord(spec);
        errorVar?.push(record);
        throw new PSErrorSignal(record, 'statement');
      },
      async writeWarning(message) {
        if (prefs.warning !== 'Ignore') warningVar?.push(new PSObject('System.Management.Automation.WarningRecord', { Message: message }, ['Message'], message));
        await stream(prefs.warning, 'WarningPreference', 'warning', 'WARNING: ', message);
      },
      async writeVerbose(message) {
        await stream(prefs.verbose, 'VerbosePreference', 'verbose', 'VERBOSE: ', message);
      },
      async writeDebug(message) {
        await stream(prefs.debug, 'DebugPreference', 'debug', 'DEBUG: ', message);
      },
      async writeInformation(message, tags = []) {
        const isHost = tags.includes('PSHOST');
        const pref = isHost && !prefs.informationExplicit ? 'Continue' : prefs.information;
        if (pref !== 'Ignore') infoVar?.push(new PSObject('System.Management.Automation.InformationRecord', { MessageData: message, Tags: tags }, ['MessageData'], message));
        if (pref === 'SilentlyContinue' || pref === 'Ignore') return;
        if (pref === 'Inquire') await inquire(message);
        if (!isHost) exec.host.write('information', message);
        if (pref === 'Stop') stopFor('InformationPreference', message);
      },
      get verboseEnabled() {
        return prefs.verbose !== 'SilentlyContinue' && prefs.verbose !== 'Ignore';
      },
      get debugEnabled() {
        return prefs.debug !== 'SilentlyContinue' && prefs.debug !== 'Ignore';
      },
      async promptForCredential(caption, message, userName) {
        try {
          return await promptForCredential(exec.host, caption, message, userName, signal);
        } catch (e) {
          if (e instanceof NonInteractiveError) {
            ctx.throwTerminatingError({ message: e.message, errorId: 'CouldNotPromptForCredential', category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException' });
          }
          throw e;
        }
      },
    };

    try {
      await def.begin?.(ctx);
      if (input === undefined) {
        await def.process(ctx);
      } else {
        for (const item of input) {
          if (signal.aborted) throw new PipelineStoppedSignal();
          currentInput = item;
          hasInput = true;
          // Each input object binds afresh to the ByValue parameters left unbound by the arguments.
          for (const p of bound.pipelineParameters) {
            bound.values.delete(p.name.toLowerCase());
            bound.names.delete(p.name.toLowerCase());
          }
          let boundTo;
          try {
            boundTo = await bindPipelineInput(bound, item, binderHost);
          } catch (e) {
            if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
            throw e;
          }
          if (!boundTo) {
            await ctx.writeError({
              message: 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
              errorId: 'InputObjectNotBound',
              category: 'InvalidArgument',
              exceptionType: 'ParameterBindingException',
              targetObject: item,
            });
            continue;
          }
          await def.process(ctx);
        }
      }
      await def.end?.(ctx);
    } catch (e) {
      if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
      if (e instanceof NonInteractiveError) {
        throw new PSErrorSignal(makeRecord({ message: e.message, errorId: 'NonInteractive', category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException' }), 'statement');
      }
      if (e instanceof PSErrorSignal || e instanceof PipelineStoppedSignal || e instanceof ExitSignal) throw e;
      if (signal.aborted) throw new PipelineStoppedSignal();
      const message = e instanceof Error ? e.message : String(e);
      throw new PSErrorSignal(makeRecord({ message, errorId: 'UnexpectedError', category: 'NotSpecified', exceptionType: e instanceof Error ? e.name : 'RuntimeException' }), 'statement');
    } finally {
      this.storeCollector(get('ErrorVariable'), errorVar);
      this.storeCollector(get('WarningVariable'), warningVar);
      this.storeCollector(get('InformationVariable'), infoVar);
      this.storeCollector(get('OutVariable'), outVar);
    }
    return outputs;
  }

  /** A list collecting records for -ErrorVariable & co; `+name` appends to the existing value. */
  private collector(name: unknown): unknown[] | undefined {
    if (typeof name !== 'string' || !name) return undefined;
    const append = name.startsWith('+');
    const existing = append ? this.session.getVariable(name.slice(1))?.value : undefined;
    const list: unknown[] = append ? (Array.isArray(existing) ? [...existing] : existing === undefined || existing === null ? [] : [existing]) : [];
    return list;
  }

  private storeCollector(name: unknown, list: unknown[] | undefined): void {
    if (typeof name !== 'string' || !name || !list) return;
    this.session.setVariable(name.startsWith('+') ? name.slice(1) : name, [...list]);
  }

  private preference(variable: string): Preference {
    const v = this.session.getVariable(variable)?.value;
    return (v instanceof EnumValue ? v.name : 'Continue') as Preference;
  }

  private commandPreferences(has: (n: string) => boolean, get: (n: string) => unknown): Preferences {
    const name = (v: unknown) => (v instanceof EnumValue ? (v.name as Preference) : undefined);
    const switchPref = (param: string, variable: string): Preference => {
      if (has(param)) return get(param) ? 'Continue' : 'SilentlyContinue';
      return this.preference(variable);
    };
    return {
      error: name(get('ErrorAction')) ?? this.preference('ErrorActionPreference'),
      warning: name(get('WarningAction')) ?? this.preference('WarningPreference'),
      verbose: switchPref('Verbose', 'VerbosePreference'),
      debug: switchPref('Debug', 'DebugPreference'),
      information: name(get('InformationAction')) ?? this.preference('InformationPreference'),
      informationExplicit: has('InformationAction'),
    };
  }

  // ---- expressions ---------------------------------------------------------------------------

  getVariable(name: string): unknown {
    const { scope, bare } = splitScope(name);
    if (scope === 'env') {
      if (process.platform === 'win32') {
        const key = Object.keys(process.env).find((k) => k.toLowerCase() === bare.toLowerCase());
        return key ? process.env[key] : null;
      }
      return process.env[bare] ?? null;
    }
    const lower = bare.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    if (lower === 'null') return null;
    const v = this.session.getVariable(bare);
    return v === undefined ? null : v.value;
  }

  async evalExpr(expr: Expr, signal: AbortSignal): Promise<unknown> {
    switch (expr.kind) {
      case 'string':
        return expr.value;
      case 'number':
        return expr.value;
      case 'expandable': {
        let s = '';
        const ofs = toPSString(this.getVariable('OFS') ?? ' ');
        for (const part of expr.parts) {
          if (typeof part === 'string') s += part;
          else s += toPSString(await this.evalExpr(part, signal), ofs);
        }
        return s;
      }
      case 'variable':
        return this.getVariable(expr.name);
      case 'subexpression':
        return collapse(await this.runNested(expr.statements, signal));
      case 'arraySubexpression':
        return await this.runNested(expr.statements, signal);
      case 'paren': {
        const stmt = expr.pipeline;
        if (stmt.kind === 'assignment') {
          await this.assign(stmt, signal);
          return this.evalExpr(stmt.target, signal);
        }
        const values = await this.evalStatement(stmt, signal);
        if (stmt.kind === 'pipeline' && stmt.elements.length === 1 && stmt.elements[0]!.kind === 'expression') {
          // (expr) keeps the value as it is, arrays included.
          return this.evalExpr(stmt.elements[0]!.expr, signal);
        }
        return collapse(values);
      }
      case 'array': {
        const out: unknown[] = [];
        for (const e of expr.elements) out.push(await this.evalExpr(e, signal));
        return out;
      }
      case 'hashtable': {
        const h = new PSHashtable(expr.ordered);
        for (const entry of expr.entries) {
          const key = unwrap(await this.evalExpr(entry.key, signal));
          const value = collapse(await this.evalStatement(entry.value, signal));
          if (h.has(key)) {
            throw new PSErrorSignal(new ErrorRecord({ message: `Duplicate keys '${toPSString(key)}' are not allowed in hash literals.`, errorId: 'DuplicateKeyInHashLiteral', category: 'ParserError', exceptionType: 'ParseException', extent: this.source.extent(entry.key.span) }), 'statement');
          }
          h.set(key, value);
        }
        return h;
      }
      case 'member': {
        if (expr.isStatic) return this.staticMember(expr, signal);
        return getMember(await this.evalExpr(expr.target, signal), expr.name);
      }
      case 'invoke': {
        const args: unknown[] = [];
        for (const a of expr.args) args.push(await this.evalExpr(a, signal));
        if (expr.isStatic) return this.staticInvoke(expr, args, signal);
        const target = await this.evalExpr(expr.target, signal);
        try {
          return invokeMethod(target, expr.name, args);
        } catch (e) {
          throw this.memberFailure(e, expr.span);
        }
      }
      case 'index': {
        const target = unwrap(await this.evalExpr(expr.target, signal));
        const index = unwrap(await this.evalExpr(expr.index, signal));
        return this.indexInto(target, index, expr.span);
      }
      case 'unary':
        return this.unary(expr.op, await this.evalExpr(expr.operand, signal), expr.span);
      case 'binary': {
        const left = await this.evalExpr(expr.left, signal);
        if (expr.op === '-and' && !isTrue(left)) return false;
        if (expr.op === '-or' && isTrue(left)) return true;
        const right = await this.evalExpr(expr.right, signal);
        return this.binary(expr.op, left, right, expr.opSpan);
      }
      case 'typeLiteral':
        try {
          return resolveTypeName(expr.typeName);
        } catch (e) {
          throw this.typeFailure(e, expr.span);
        }
      case 'cast': {
        const value = await this.evalExpr(expr.operand, signal);
        try {
          return castTo(expr.typeName, value);
        } catch (e) {
          throw this.typeFailure(e, expr.span);
        }
      }
    }
  }

  private typeFailure(e: unknown, span: Span): unknown {
    if (e instanceof TypeNotFoundError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'TypeNotFound', category: 'InvalidOperation', exceptionType: 'RuntimeException', targetObject: e.typeName, extent: this.source.extent(span) }), 'statement');
    }
    if (e instanceof ConversionError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'ConvertToFinalInvalidCastException', category: 'InvalidArgument', exceptionType: 'PSInvalidCastException', extent: this.source.extent(span) }), 'statement');
    }
    return e;
  }

  /** Member and conversion failures as statement-terminating errors; anything else unchanged. */
  private memberFailure(e: unknown, span: Span): unknown {
    if (e instanceof MemberError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: e.errorId, category: e.category, exceptionType: 'RuntimeException', extent: this.source.extent(span) }), 'statement');
    }
    if (e instanceof ConversionError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'RuntimeException', category: 'InvalidArgument', exceptionType: e.exceptionType, extent: this.source.extent(span) }), 'statement');
    }
    if (e instanceof MethodCallError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: e.errorId, category: 'NotSpecified', exceptionType: e.exceptionType, extent: this.source.extent(span) }), 'statement');
    }
    return e;
  }

  private async staticMember(expr: Extract<Expr, { kind: 'member' }>, signal: AbortSignal): Promise<unknown> {
    const type = await this.evalExpr(expr.target, signal);
    const name = toPSString(getMember(type, 'FullName'));
    if (/^System\.Management\.Automation\.ActionPreference$/i.test(name) || /ActionPreference$/i.test(name)) {
      try {
        return toEnum(expr.name, ACTION_PREFERENCE);
      } catch {
        return null;
      }
    }
    if (/^System\.String$/i.test(name) && expr.name.toLowerCase() === 'empty') return '';
    const limits = NUMERIC_LIMITS[name.toLowerCase()];
    const member = expr.name.toLowerCase();
    if (limits && (member === 'maxvalue' || member === 'minvalue')) return member === 'maxvalue' ? limits[1] : limits[0];
    return null;
  }

  private async staticInvoke(expr: Extract<Expr, { kind: 'invoke' }>, args: unknown[], signal: AbortSignal): Promise<unknown> {
    const type = await this.evalExpr(expr.target, signal);
    const fullName = toPSString(getMember(type, 'FullName'));
    const name = expr.name.toLowerCase();
    try {
      if (name === 'new') return constructType(fullName, args);
      if (/^System\.String$/i.test(fullName)) {
        if (name === 'isnullorempty') return unwrap(args[0]) === null || unwrap(args[0]) === '';
        if (name === 'isnullorwhitespace') return unwrap(args[0]) === null || toPSString(args[0]).trim() === '';
        if (name === 'join') return enumerate(unwrap(args[1])).map((x) => toPSString(x)).join(toPSString(args[0]));
      }
      throw new MemberError(`Method invocation failed because [${fullName}] does not contain a method named '${expr.name}'.`, 'MethodNotFound');
    } catch (e) {
      throw this.memberFailure(e, expr.span);
    }
  }

  private indexInto(target: unknown, index: unknown, span: Span): unknown {
    if (target === null || target === undefined) {
      throw new PSErrorSignal(new ErrorRecord({ message: 'Cannot index into a null array.', errorId: 'NullArray', category: 'InvalidOperation', exceptionType: 'RuntimeException', extent: this.source.extent(span) }), 'statement');
    }
    if (target instanceof PSHashtable) return target.get(index);
    if (Array.isArray(target) || typeof target === 'string') {
      if (Array.isArray(index)) return index.map((i) => this.indexInto(target, unwrap(i), span));
      const i = toInt(index);
      const at = i < 0 ? target.length + i : i;
      return at >= 0 && at < target.length ? target[at] : null;
    }
    if (target instanceof PSObject) return target.get(toPSString(index)) ?? null;
    // Scalars index like a one-element array.
    return toInt(index) === 0 || toInt(index) === -1 ? target : null;
  }

  private async runNested(statements: Statement[], signal: AbortSignal): Promise<unknown[]> {
    const out: unknown[] = [];
    for (const stmt of statements) {
      try {
        out.push(...(await this.evalStatement(stmt, signal)));
      } catch (e) {
        if (e instanceof PSErrorSignal && e.scope === 'statement') {
          // A statement-terminating error inside $( ) ends only that inner statement.
          if (this.reportTerminating(e)) throw new PSErrorSignal(e.record, 'script', true);
          this.statement.failed = true;
          continue;
        }
        throw e;
      }
    }
    return out;
  }

  private unary(op: string, value: unknown, span: Span): unknown {
    switch (op) {
      case '!':
      case '-not':
        return !isTrue(value);
      case ',':
        return [value];
      case '-':
        return -this.number(value, span);
      case '+':
        return this.number(value, span);
      case '-join':
        return enumerate(unwrap(value)).map((x) => toPSString(x)).join('');
      case '-split':
        return toPSString(value).trim().split(/\s+/);
      default:
        return value;
    }
  }

  private number(value: unknown, span: Span): number {
    try {
      return toNumber(value);
    } catch (e) {
      throw this.memberFailure(e, span);
    }
  }

  binary(op: string, leftRaw: unknown, rightRaw: unknown, span: Span): unknown {
    const left = unwrap(leftRaw);
    const right = unwrap(rightRaw);
    const fail = (message: string, errorId: string) => new PSErrorSignal(new ErrorRecord({ message, errorId, category: 'InvalidOperation', exceptionType: 'RuntimeException', extent: this.source.extent(span) }), 'statement');
    switch (op) {
      case '+':
        if (Array.isArray(left)) return [...left, ...(Array.isArray(right) ? right : [right])];
        if (left instanceof PSHashtable) {
          if (!(right instanceof PSHashtable)) throw fail('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable');
          const h = new PSHashtable(left.ordered);
          for (const [k, v] of left.entries()) h.set(k, v);
          for (const [k, v] of right.entries()) {
            if (h.has(k)) throw fail(`Item has already been added. Key in dictionary: '${toPSString(k)}'  Key being added: '${toPSString(k)}'`, 'DuplicateKey');
            h.set(k, v);
          }
          return h;
        }
        if (typeof left === 'string') return left + toPSString(rightRaw);
        if (left === null) return typeof right === 'string' ? right : right === null ? null : right;
        return this.number(left, span) + this.number(right, span);
      case '-':
        return this.number(left, span) - this.number(right, span);
      case '*':
        if (typeof left === 'string') return left.repeat(Math.max(0, toInt(right)));
        if (Array.isArray(left)) return Array.from({ length: Math.max(0, toInt(right)) }, () => left).flat();
        return this.number(left, span) * this.number(right, span);
      case '/': {
        const d = this.number(right, span);
        if (d === 0) throw fail('Attempted to divide by zero.', 'RuntimeException');
        return this.number(left, span) / d;
      }
      case '%': {
        const d = this.number(right, span);
        if (d === 0) throw fail('Attempted to divide by zero.', 'RuntimeException');
        return this.number(left, span) % d;
      }
      case '-and':
        return isTrue(left) && isTrue(right);
      case '-or':
        return isTrue(left) || isTrue(right);
      case '-xor':
        return isTrue(left) !== isTrue(right);
      case '..': {
        const from = this.rangeBound(left, span);
        const to = this.rangeBound(right, span);
        const step = from <= to ? 1 : -1;
        if (Math.abs(to - from) >= 50_000_000) throw fail('The range is too big. Ranges are limited to 50,000,000 elements.', 'RangeTooBig');
        const out: number[] = [];
        for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(i);
        return out;
      }
      case '-f':
        try {
          return formatString(toPSString(left), enumerate(right));
        } catch (e) {
          if (e instanceof FormatStringError) throw fail(`Error formatting a string: ${e.message}.`, 'FormatError');
          throw e;
        }
      case '-join':
        return enumerate(left).map((x) => toPSString(x)).join(toPSString(right));
      case '-split':
        return toPSString(left).split(new RegExp(toPSString(right), 'i'));
    }
    // `-ceq`/`-ieq` carry a case prefix; `-contains`, `-in`, `-is` only start with one.
    let base = op.slice(1).toLowerCase();
    let caseSensitive = false;
    if (!COMPARISON_OPERATORS.has(base) && /^[ci]/.test(base) && COMPARISON_OPERATORS.has(base.slice(1))) {
      caseSensitive = base[0] === 'c';
      base = base.slice(1);
    }
    if (Array.isArray(left) && base === 'replace') {
      // -replace on a collection replaces in each element.
      return left.map((x) => this.compare(base, unwrap(x), right, caseSensitive, span));
    }
    if (Array.isArray(left) && !['contains', 'notcontains', 'in', 'notin', 'is', 'isnot', 'as'].includes(base)) {
      // Comparison with a collection on the left filters it.
      return left.filter((x) => isTrue(this.compare(base, unwrap(x), right, caseSensitive, span)));
    }
    return this.compare(base, left, right, caseSensitive, span);
  }

  /** A range end: converted to [int] as PowerShell does (`1.6..3` starts at 2). */
  private rangeBound(value: unknown, span: Span): number {
    try {
      return toInt(value);
    } catch (e) {
      throw this.memberFailure(e, span);
    }
  }

  private compare(op: string, left: unknown, right: unknown, cs: boolean, span: Span): unknown {
    const str = (v: unknown) => (cs ? toPSString(v) : toPSString(v).toLowerCase());
    const equals = (a: unknown, b: unknown): boolean => {
      a = unwrap(a);
      b = unwrap(b);
      if (a === null || b === null) return a === b;
      if (typeof a === 'string') return str(a) === str(b);
      if (typeof a === 'number') {
        try {
          return a === toNumber(b);
        } catch {
          return false;
        }
      }
      if (typeof a === 'boolean') return a === isTrue(b);
      if (a instanceof EnumValue) return a.name.toLowerCase() === toPSString(b).toLowerCase() || a.value === b;
      return a === b;
    };
    const order = (a: unknown, b: unknown): number => {
      a = unwrap(a);
      if (typeof a === 'number') return a - this.number(b, span);
      const x = str(a);
      const y = str(b);
      return x < y ? -1 : x > y ? 1 : 0;
    };
    switch (op) {
      case 'eq':
        return equals(left, right);
      case 'ne':
        return !equals(left, right);
      case 'gt':
        return order(left, right) > 0;
      case 'ge':
        return order(left, right) >= 0;
      case 'lt':
        return order(left, right) < 0;
      case 'le':
        return order(left, right) <= 0;
      case 'like':
      case 'notlike': {
        const re = wildcardToRegExp(toPSString(right), cs);
        const r = re.test(toPSString(left));
        return op === 'like' ? r : !r;
      }
      case 'match':
      case 'notmatch': {
        const re = this.regex(toPSString(right), cs, span);
        const found = re.exec(toPSString(left));
        if (found && op === 'match') {
          const h = new PSHashtable();
          found.forEach((g, i) => g !== undefined && h.set(i, g));
          this.session.setVariable('Matches', h);
        }
        return op === 'match' ? !!found : !found;
      }
      case 'replace': {
        const [pattern, replacement] = Array.isArray(right) ? right : [right, ''];
        return toPSString(left).replace(new RegExp(this.regex(toPSString(pattern), cs, span).source, cs ? 'g' : 'gi'), toPSString(replacement).replace(/\$(\d)/g, '$$$1'));
      }
      case 'contains':
        return enumerate(left).some((x) => equals(x, right));
      case 'notcontains':
        return !enumerate(left).some((x) => equals(x, right));
      case 'in':
        return enumerate(right).some((x) => equals(x, left));
      case 'notin':
        return !enumerate(right).some((x) => equals(x, left));
      case 'is':
      case 'isnot': {
        const name = toPSString(getMember(right, 'FullName'));
        const r = typeNameOf(left).toLowerCase() === name.toLowerCase() || (name === 'System.Object' && left !== null);
        return op === 'is' ? r : !r;
      }
      case 'as':
        try {
          return castTo(toPSString(getMember(right, 'FullName')), left);
        } catch {
          return null;
        }
    }
    return null;
  }

  private regex(pattern: string, cs: boolean, span: Span): RegExp {
    try {
      return new RegExp(pattern, cs ? '' : 'i');
    } catch {
      throw new PSErrorSignal(new ErrorRecord({ message: `The regular expression pattern ${pattern} is not valid.`, errorId: 'InvalidRegularExpression', category: 'InvalidOperation', exceptionType: 'RuntimeException', targetObject: pattern, extent: this.source.extent(span) }), 'statement');
    }
  }
}

/** [int]::MinValue / ::MaxValue and friends. */
const NUMERIC_LIMITS: Record<string, [number, number]> = {
  'system.int32': [-2147483648, 2147483647],
  'system.int64': [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  'system.double': [-Number.MAX_VALUE, Number.MAX_VALUE],
};

/** Comparison operators without their case prefix (`-ceq` → eq). */
const COMPARISON_OPERATORS = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace',
  'contains', 'notcontains', 'in', 'notin', 'is', 'isnot', 'as',
]);

function splitScope(name: string): { scope: string; bare: string } {
  const i = name.indexOf(':');
  if (i <= 0) return { scope: '', bare: name };
  const scope = name.slice(0, i).toLowerCase();
  const bare = name.slice(i + 1);
  if (scope === 'global' || scope === 'script' || scope === 'local' || scope === 'private' || scope === 'variable') return { scope: '', bare };
  return { scope, bare };
}

export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '`' && i + 1 < pattern.length) re += escapeRe(pattern[++i]!);
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close > i) {
        re += '[' + pattern.slice(i + 1, close).replace(/\\/g, '\\\\') + ']';
        i = close;
      } else re += '\\[';
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, caseSensitive ? 's' : 'is');
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The -f operator: {0}, {1,10}, {0:N2} (alignment supported; most format strings passed through). */
