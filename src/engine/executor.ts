// The evaluator: runs statements and expressions and implements PowerShell's error flow
// (non-terminating, statement-terminating, script-terminating). Commands run through the command
// processor (command-processor.ts), operators are in operators.ts, control flow in flow.ts and
// script blocks/functions in script-invocation.ts; statements and expressions live here.
//
// Over 700 lines (822) because the expression switch and the statement/error flow it shares with
// flow.ts and script-invocation.ts (which call back into it) landed together in one session; the
// expression cases (member/index chains, casts, literals) are the next piece to move out.

import { enumTypeNamed } from './enum-types.js';
import { DecimalValue, INTEGER_TYPES, exactIntegerRange, literalValue, typed, TypedNumber } from './numeric.js';
import { isCharValue, keepChar } from './chars.js';
import type { ChainStatement, CommandAst, Expr, PipelineStatement, ScriptBlockAst, Span, Statement, TypeDefinition } from '../language/ast.js';
import { defineEnum } from './enum-definition.js';
import { ClassInstance, classNamed } from './class-instance.js';
import { classFromHashtable, constructClass, defineClass, invokeClassMethod, invokeStaticMethod, refreshText, setStaticProperty, staticPropertyOf } from './class-definition.js';
import { soleExpressionOf, storedTarget } from '../language/assignable.js';
import { isUnraised } from './error-record-type.js';
import { EOL } from 'node:os';
import { closeRedirections, mergedStreamOf, openRedirections, StreamRouter, type RedirectionFrame, type RedirectionServices } from './redirection.js';
import { runStages } from './pipeline-runner.js';
import { runChain } from './pipeline-chain.js';
import { PathError, ioFailure, resolveLiteral } from './paths.js';
import type { Host } from '../host/host.js';
import { ACTION_PREFERENCE } from './common-parameters.js';
import type { BindArg } from './binder.js';
import type { CommandTable } from './command-table.js';
import type { RunResult } from './api.js';
import { CommandProcessor, type CommandStage } from './command-processor.js';
import { preferenceOf, type EngineServices, type StatementState } from './command-runtime.js';
import { LoopSignal, ReturnSignal } from './control-flow.js';
import { FlowEvaluator, ReportedErrorSignal, isControlTransfer, isFlowStatement, type Emit } from './flow.js';
import { ArgumentNumber, TypedArray, ConversionError, automationNullToNull, collapse, collectedValue, enumerate, isTrue, pipelineInput, toEnum, toInt, toPSString, typeNameOf, unwrap, unwrapArgument, valueText } from './convert.js';
import { ErrorRecord, ExitSignal, PSErrorSignal, PipelineStoppedSignal, type ErrorView, type SourceExtent, type StackFrame } from './errors.js';
import { formatOutput, formatText, OutDefault } from './format.js';
import { FormatSequenceError, formatSequenceRecord } from './format-data.js';
import { AtOperator, OperatorError, appendToArray, binary, replacePattern, unary, type OperatorScope } from './operators.js';
import { splitByPredicate, splitPredicate } from './split-predicate.js';
import { replaceByScriptBlock, replaceEvaluator } from './replace-evaluator.js';
import * as R from './runtime-strings.js';
import { VariableNotWritableError, VariableValidationError, type ScopeName, type Session, type VariableOptions } from './session.js';
import { SourceMap } from './source-map.js';
import { MemberError, getMember, invokeMethod, setMember } from './values-members.js';
import { recordedStaticMethodGroup } from './method-group.js';
import { instanceMembersOf, type MemberScript } from './instance-members.js';
import { loadMemberExtras, type MemberCollection } from './psobject-api.js';
import { isMemberCollection } from './psobject-names.js';
import { evaluateScriptProperties } from './script-properties.js';
import { DotNetException, invocationFailed } from './member-error.js';
import { isParameterToken } from './parameter-tokens.js';
import { ScriptCmdlet } from './script-cmdlet.js';
import { isHostMethodTarget } from './host-ui.js';
import { ArrayList, EnumValue, PSHashtable, PSObject, PSReference, StringBuilderValue } from './values.js';
import { stringBuilderChar } from './string-builder-methods.js';
import { ConsoleWriter, consoleWrite, type ConsoleSink } from './console-writer.js';
import { DateTimeValue } from './datetime.js';
import { TimeSpanValue } from './timespan.js';
import { SwitchParameter } from './switch-parameter.js';
import { ParameterVariableConversionError } from './conversion-error.js';
import { asException, showsAsParentException, thrownError } from './exception-values.js';
import { castTo, resolveTypeName, TypeNotFoundError, constructType, isRecordedOnlyType } from './types.js';
import { setStaticSetting, staticMethod, staticProperty } from './dotnet-statics.js';
import { boxesAfresh, objectStaticCall } from './object-statics.js';
import { languageInstanceCall, languageStaticCall, languageStaticProperty, memberOrMethodGroup, refuseAutomationNull } from './language-type-calls.js';
import { groupIndex, isGroupCollection, type Compiled } from './regex-type.js';
import { NamedCollection } from './named-collection.js';
import { MethodCallError } from './constructors.js';
import { WildcardPatternError } from './wildcard.js';
import { SCRIPT_RUNNER_SERVICE, ScriptBlock } from './script-block.js';
import { addOutputBefore, takeOutputBefore } from './output-before-error.js';
import { invokeScriptBlockMethod, type ScriptBlockMethodServices } from './script-block-methods.js';
import { ScriptInvoker } from './script-invocation.js';
import { booleanConstraint, booleanTypeName, functionDefinition, isAdvanced, scriptFunctionOf } from './function-definition.js';
import { scriptFileDefinition, scriptFilePath } from './script-files.js';
import { importRequiredModules } from './required-modules.js';
import { AliasProtectedError, aliasValue, functionValue, FunctionTextError, ItemValueError, setAliasValue, setEnvironmentValue, setFunctionValue } from './session-items.js';
import { invokeCollectionMethod } from './collection-methods.js';
import { listDelegateCall } from './list-delegates.js';
import { invokeDelegate, linqStaticCall } from './linq.js';
import { DelegateValue, objectArrayCast } from './delegate-value.js';
import { commentHelpOf } from './comment-help.js';
import { firstSequencePoint, pureExpressionOf } from './sequence-points.js';
import type { CmdletDefinition } from './cmdlet.js';
import { leavesSuccess, setsSuccess } from './statement-status.js';
import type { CallStackEntry, FrameCall } from './call-stack.js';

export { SourceMap };

/** An entry of the executor's call stack (Executor.#frames). */
interface ScriptFrame {
  readonly name: string;
  readonly source: SourceMap;
  /** Its current position while an inner block runs. */
  position: Span | undefined;
  /** What the call that runs it knows (Get-PSCallStack); undefined for the script and class methods. */
  readonly call: FrameCall | undefined;
}

/** A script's traps: they handle errors from everything nested in its statements (flow.ts). */
const traps = (statements: readonly Statement[]) => statements.filter((s): s is Extract<Statement, { kind: 'trap' }> => s.kind === 'trap');

/** `-in`/`-notin` in every case variant (`-cin`, `-inotin` ...). */
const IN_OPERATOR = /^-[ci]?(?:not)?in$/i;

/**
 * How collected output fares when something leaves the collecting context (pwsh's CaptureAstContext):
 * `enumerable` (`@( )`) drops it; `assignment` passes it on for break, continue, exit and return but
 * drops it for an error; `preserved` passes it on in every case.
 */
type Capture = 'enumerable' | 'assignment' | 'preserved';

/** The Out-Default of a script at the top: objects go in, errors release what it holds, flush ends it. */
interface StreamingOutput {
  emit: Emit;
  release(): void;
  discard(): void;
  flush(): void;
}

export class Executor implements EngineServices {
  private source = new SourceMap('');
  private statement: StatementState = { failed: false };
  /**
   * PowerShell's current position (FunctionContext.CurrentPosition): the last sequence point reached
   * in the running script block (a statement of a list, an assignment, a condition, a loop's parts).
   * A runtime error with no position of its own underlines it. As in pwsh it is not restored when a
   * nested statement list ends (`1 + @([int]'z'; 5)` then fails at `5`); a script block or function
   * has its own (runBlock saves and restores it).
   */
  #position: Span | undefined;
  /**
   * The script blocks running now, outermost first (pwsh's debugger call stack, which a record's
   * ScriptStackTrace lists): the script, then each function, script block or method the running code
   * is inside, in the order they were entered (a block ForEach-Object runs for `f | % { }` is inside f,
   * which is writing the object). The innermost's position is #position; each outer one's is kept here.
   */
  readonly #frames: ScriptFrame[] = [];
  /** The sequence point pwsh never moves to in the running script (sequence-points.ts). */
  #skippedPoint: Span | undefined;
  /** A `( )` or `$( )` that is a statement of its own, until its evaluation starts (captureOf). */
  #statementExpression: Expr | undefined;
  /** ScriptBlock.Invoke() calls running: errors written meanwhile go to the external error stream. */
  #externalErrors = 0;
  readonly #processor: CommandProcessor;
  /** Runs script blocks and functions (script-invocation.ts). */
  readonly #invoker: ScriptInvoker;
  /** if, loops, switch, try, trap, break/continue/return (flow.ts). */
  readonly #flow: FlowEvaluator;
  /** -match sets $Matches in the current scope. */
  readonly #operatorScope: OperatorScope = { setMatches: (h) => this.session.setVariable('Matches', h) };
  /** The redirections running now (redirection.ts). */
  readonly streams = new StreamRouter();

  constructor(
    readonly session: Session,
    readonly host: Host,
    readonly commands: CommandTable,
  ) {
    this.#processor = new CommandProcessor(this);
    this.#invoker = new ScriptInvoker(this);
    // Invoke-Expression runs text in the caller's scope through the same runner as script blocks.
    session.services.set(SCRIPT_RUNNER_SERVICE, this.#invoker);
    const executor = this;
    this.#flow = new FlowEvaluator({
      session,
      get statementState() {
        return executor.statement;
      },
      operatorScope: this.#operatorScope,
      evalStatement: (stmt, signal, emit) => this.evalListStatement(stmt, signal, emit),
      valueOf: (stmt, signal) => {
        // A condition, a loop's initializer and a foreach or switch input are sequence points whatever they hold.
        this.moveTo(stmt.span);
        return this.assignedValue(stmt, signal);
      },
      evalExpr: (expr, signal) => this.evalExpr(expr, signal),
      reach: (span) => this.moveTo(span),
      setVariable: (name, value) => this.setVariable(name, value),
      setLastSuccess: (ok) => this.setLastSuccess(ok),
      get commandPipelines() {
        return executor.commandPipelines;
      },
      reportTerminating: (e) => this.reportTerminating(e),
      addToErrorHistory: (record) => this.addToErrorHistory(record),
      showError: (record) => this.showError(record),
      toSignal: (e, span) => this.toSignal(e, span),
      extent: (span) => this.source.extent(span),
      get source() {
        return executor.source;
      },
    });
  }

  /** Runs a parsed script; returns the exit code of `exit`, if any. */
  async runStatements(
    statements: Statement[],
    source: SourceMap,
    signal: AbortSignal,
    output?: { emit: Emit; flush(): void },
    namedBlock?: 'Begin' | 'Process' | 'End',
  ): Promise<RunResult> {
    if (output) return this.#runStatements(statements, source, signal, output, namedBlock);
    // One Out-Default for the whole script, as pwsh -c and -File have: a table a statement opens takes the
    // next statements' objects as rows, and text they write lands inside it (format.ts).
    const shared = this.streamingOutput(signal);
    try {
      return await this.#withTopOutput(shared, () => this.#runStatements(statements, source, signal, shared, namedBlock));
    } finally {
      shared.flush();
    }
  }

  async #runStatements(
    statements: Statement[],
    source: SourceMap,
    signal: AbortSignal,
    output: { emit: Emit; flush(): void },
    namedBlock: 'Begin' | 'Process' | 'End' | undefined,
  ): Promise<RunResult> {
    this.source = source;
    // A script's own statements (not those of a named begin/process/end block, which start at their
    // brace) start at the sequence point pwsh never moves to (sequence-points.ts).
    this.#position = this.#skippedPoint = namedBlock ? undefined : firstSequencePoint(statements);
    // The script is the outermost frame of every record's ScriptStackTrace.
    const root = this.#frames.length === 0;
    if (root) this.#frames.push({ name: namedBlock ? `<ScriptBlock><${namedBlock}>` : '<ScriptBlock>', source, position: undefined, call: undefined });
    try {
      return await this.#runTopStatements(statements, source, signal, output, traps(statements));
    } finally {
      if (root) this.#frames.length = 0;
    }
  }

  async #runTopStatements(
    statements: Statement[],
    source: SourceMap,
    signal: AbortSignal,
    output: { emit: Emit; flush(): void },
    traps: Array<Extract<Statement, { kind: 'trap' }>>,
  ): Promise<RunResult> {
    // No statement at all (a line that is only a comment) leaves $? as it was.
    let success = statements.length ? true : this.lastSuccess();
    for (const stmt of statements) {
      this.statement = { failed: false };
      try {
        await this.#flow.checkpoint(signal);
        // The script's traps handle errors from everything nested in its statements (flow.ts).
        await this.#flow.withTraps(traps.length > 0, async () => {
          if (isFlowStatement(stmt)) await this.#flow.run(stmt, signal, output.emit);
          else if (stmt.kind === 'chain') await this.runChain(stmt, signal, output.emit);
          else await this.evalListStatement(stmt, signal, output.emit);
        });
        // Control flow leaves $? as the statements and commands inside it set it.
        success = leavesSuccess(stmt) ? this.lastSuccess() : !this.statement.failed || setsSuccess(stmt);
      } catch (e) {
        try {
          await output.emit(takeOutputBefore(e));
        } catch (shown) {
          // The output before the error held format objects out of order: that error ended the script.
          if (!(shown instanceof ReportedErrorSignal)) throw shown;
          this.setLastSuccess(false);
          return { success: false, stopped: true };
        }
        if (e instanceof ExitSignal) {
          this.setLastSuccess(true);
          return { success: true, exitCode: e.code };
        }
        if (e instanceof PipelineStoppedSignal || e instanceof ReportedErrorSignal) {
          this.setLastSuccess(false);
          return { success: false, stopped: true };
        }
        if (e instanceof ReturnSignal || e instanceof LoopSignal) {
          // `return` at the top of a script ends it, and so do break/continue outside any loop;
          // what it wrote stays written.
          this.setLastSuccess(!this.statement.failed);
          return { success: !this.statement.failed };
        }
        const signalled = this.toSignal(e, stmt.span);
        success = false;
        this.setLastSuccess(false);
        let stop: boolean;
        try {
          stop = traps.length ? (await this.runTopLevelTrap(traps, signalled, signal, output)) === 'break' : this.reportTerminating(signalled);
        } catch (fromTrap) {
          // `exit N` in the script's trap ends the script with N; `return` ends it, failed (pwsh 7.6.10).
          if (fromTrap instanceof ExitSignal) return { success: true, exitCode: fromTrap.code };
          if (fromTrap instanceof ReturnSignal) return { success: false };
          throw fromTrap;
        }
        if (stop) return { success: false, stopped: true };
        continue;
      }
      if (!leavesSuccess(stmt)) this.setLastSuccess(success);
    }
    return { success };
  }

  /** Runs a whole script: its param( ) defaults, then its statements (or begin, process, end). */
  async runScript(block: ScriptBlockAst, source: SourceMap, signal: AbortSignal, args?: readonly string[]): Promise<RunResult> {
    if (block.parameters?.length || args) {
      this.source = source;
      try {
        await this.#invoker.defineScriptParameters(block, source, signal, args ?? []);
      } catch (e) {
        const signalled = this.toSignal(e, block.span);
        this.reportTerminating(signalled);
        this.setLastSuccess(false);
        return { success: false, stopped: true };
      }
    }
    let result: RunResult = { success: true };
    // pwsh defines a script's types when it parses it: a type may be used above its definition.
    const unknownBase = await this.hoistTypes(block.blocks.end ?? [], source, signal);
    if (unknownBase) {
      this.reportTerminating(unknownBase);
      this.setLastSuccess(false);
      return { success: false, stopped: true };
    }
    const output = this.streamingOutput(signal);
    try {
      return await this.#withTopOutput(output, async () => {
        for (const [name, shown] of [['begin', 'Begin'], ['process', 'Process'], ['end', 'End']] as const) {
          const statements = block.blocks[name];
          if (!statements) continue;
          result = await this.runStatements(statements, source, signal, output, block.named ? shown : undefined);
          if (result.exitCode !== undefined) return result;
        }
        return result;
      });
    } finally {
      output.flush();
    }
  }

  private async runTopLevelTrap(
    traps: Array<Extract<Statement, { kind: 'trap' }>>,
    error: PSErrorSignal,
    signal: AbortSignal,
    output: { emit: Emit },
  ): Promise<'continue' | 'shown' | 'break'> {
    try {
      return await this.#flow.runTrap(traps, error, signal, output.emit);
    } catch (e) {
      // An error the trap itself raises (`trap { throw }`) ends the script, shown as any other.
      if (isControlTransfer(e)) throw e;
      this.reportTerminating(this.toSignal(e, traps[0]!.span));
      return 'break';
    }
  }

  /**
   * Output of a script at the top, through one Out-Default (format.ts): text outside a table is written
   * as it comes (so a loop's lines interleave with Write-Host as in PowerShell); a list's records and a
   * table with fixed widths print as they come; a content-sized table holds its rows until an object
   * arrives after its first 300 ms, or it ends, and then keeps their widths, as in pwsh.
   */
  private streamingOutput(signal: AbortSignal): StreamingOutput {
    const outDefault = new OutDefault({ width: this.host.width - 1, color: this.host.color, errorView: this.errorView() });
    let pending = '';
    const write = (): void => {
      if (pending) this.host.write('output', pending.replace(/\n$/, ''));
      pending = '';
    };
    // Format-* objects out of order end the script, as pwsh's out-lineoutput ends the pipeline it is the
    // end of (not a statement's error a try/catch or trap sees): what was printed stays.
    const add = (values: readonly unknown[]): string => {
      try {
        return outDefault.write(values);
      } catch (e) {
        if (!(e instanceof FormatSequenceError)) throw e;
        pending += e.before;
        write();
        outDefault.discard();
        const record = formatSequenceRecord(e);
        this.addToErrorHistory(record);
        this.host.write('error', this.render(record));
        throw new ReportedErrorSignal(record);
      }
    };
    return {
      emit: async (values) => {
        // Script properties Add-Member gave an object show their getters' values (script-properties.ts).
        if (values.some(hasInstanceMembers)) await evaluateScriptProperties(values, signal);
        // Records merged from another stream (`2>&1`, `3>&1`) print as that stream would have, after the
        // rows that came before them: a table held for its widths prints its rows so far and stays open.
        let start = 0;
        for (let i = 0; i < values.length; i++) {
          if (mergedStreamOf(values[i]) === undefined) continue;
          pending += add(values.slice(start, i)) + outDefault.release();
          write();
          this.writeMergedRecord(values[i]);
          start = i + 1;
        }
        pending += add(start ? values.slice(start) : values);
        // What Out-Default returns is final (a table's rows come once its widths are known): write it now,
        // so host text (Write-Host, prompts) lands where pwsh puts it.
        write();
      },
      release: () => {
        pending += outDefault.release();
        write();
      },
      discard: () => outDefault.discard(),
      flush: () => {
        pending += outDefault.end();
        write();
      },
    };
  }

  /** The script's Out-Default while it runs: an error shown now prints after the rows it holds (showError). */
  #topOutput: StreamingOutput | undefined;

  /** Runs `body` with `output` as the Out-Default that errors release (the outermost one stays). */
  async #withTopOutput<T>(output: StreamingOutput, body: () => Promise<T>): Promise<T> {
    if (this.#topOutput) return body();
    this.#topOutput = output;
    try {
      return await body();
    } finally {
      this.#topOutput = undefined;
    }
  }

  setLastSuccess(ok: boolean): void {
    this.session.defineVariable('?', ok, { readOnly: true });
  }

  /** $? now. */
  lastSuccess(): boolean {
    return this.session.getVariable('?')?.value !== false;
  }

  /** Pipelines with a command that have started (a condition that ran one sets $? True: flow.ts). */
  commandPipelines = 0;

  private errorView(): ErrorView {
    const v = this.session.getVariable('ErrorView')?.value;
    return (v instanceof EnumValue ? v.name : 'ConciseView') as ErrorView;
  }

  /** Shows a terminating error; returns true when the rest of the input must not run. */
  private reportTerminating(signal: PSErrorSignal): boolean {
    const record = signal.record;
    const pref = preferenceOf(this.session, 'ErrorActionPreference');
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
    // A rethrown error is shown from its exception again, which pwsh's RuntimeException describes with
    // a ParentContainsErrorRecordException (a `throw` statement's or a stopped command's record is kept).
    const rebuilt = (signal.rethrown || showsAsParentException(record)) && !signal.stopException && !record.thrownByThrowStatement;
    this.showError(rebuilt ? record.withException('ParentContainsErrorRecordException') : record, script ? 'discard' : 'release');
    return script;
  }

  /** Out-Default's way with a record merged into the output stream: where its own stream writes. */
  private writeMergedRecord(record: unknown): void {
    const stream = mergedStreamOf(record);
    if (record instanceof ErrorRecord) this.host.write('error', this.render(record));
    else if (stream === 'information') this.host.write('information', String(record));
    else if (stream === 'warning' || stream === 'verbose' || stream === 'debug') this.host.write(stream, `${stream.toUpperCase()}: ${String(record)}`);
  }

  /** Shows a non-terminating error, or hands it to a running redirection (`2>&1`, `2> file`, `2>$null`). */
  showError(record: ErrorRecord, held: 'release' | 'discard' = 'release'): void {
    if (this.streams.write('error', () => record)) return;
    // Inside ScriptBlock.Invoke() written errors go to the external error stream: the bare message.
    if (this.#externalErrors > 0) this.host.write('error', record.message, { noNewline: true });
    else {
      // pwsh's console merges errors into Out-Default's input: they print after the rows written before them.
      if (held === 'discard') this.#topOutput?.discard();
      else this.#topOutput?.release();
      this.host.write('error', this.render(record));
    }
  }

  /** Method calls on script blocks (script-block-methods.ts): the call at `span` lends them the evaluator. */
  private scriptBlockMethodServices(span: Span): ScriptBlockMethodServices {
    return {
      asMethodCall: async (body) => {
        this.#externalErrors++;
        try {
          return await this.#flow.propagatingErrors(body);
        } finally {
          this.#externalErrors--;
        }
      },
      toSignal: (e) => this.toSignal(e, span),
      extent: this.source.extent(this.reportedAt(span)),
      captureLocals: () => this.session.captureLocals(),
    };
  }

  render(record: ErrorRecord): string {
    return formatOutput([record], { width: this.host.width, color: this.host.color, errorView: this.errorView() }).replace(/\n$/, '');
  }

  /** An -ErrorVariable entry (the exception that stops a command) for the functions running; not for $Error. */
  collectErrorEntry(entry: PSObject): void {
    this.#processor.collectError(entry);
  }

  addToErrorHistory(record: ErrorRecord): void {
    record.historyId = this.session.historyId;
    this.stampStack(record);
    this.#processor.collectError(record);
    const list = this.session.getVariable('Error')?.value;
    if (Array.isArray(list)) {
      list.unshift(record);
      if (list.length > 256) list.length = 256;
    }
  }

  /** Converts anything thrown while running a statement into a PSErrorSignal. */
  private toSignal(e: unknown, span: Span): PSErrorSignal {
    // An error with no position of its own is reported at the current position (pwsh's CheckActionPreference).
    span = this.reportedAt(span);
    // Format objects out of order in Out-String (Out-File, a redirection): out-lineoutput's error, at the statement.
    if (e instanceof FormatSequenceError) return new PSErrorSignal(formatSequenceRecord(e, this.source.extent(span)), 'statement');
    const mapped = this.memberFailure(e, span);
    if (mapped instanceof PSErrorSignal) return mapped;
    const message = e instanceof Error ? e.message : String(e);
    // An unexpected JavaScript failure still reads as a PowerShell error, never a stack trace.
    return new PSErrorSignal(new ErrorRecord({ message, errorId: 'RuntimeException', category: 'NotSpecified', exceptionType: 'RuntimeException', extent: this.source.extent(span) }), 'statement');
  }

  // ---- statements ----------------------------------------------------------------------------

  /**
   * A statement of a statement list (a script, a body, `$( )`): a pipeline, an assignment, `throw`
   * and `exit` are sequence points (control flow sets its own at its conditions; a chain at each pipeline).
   */
  private async evalListStatement(stmt: Statement, signal: AbortSignal, emit: Emit): Promise<void> {
    if (stmt.kind === 'pipeline' || stmt.kind === 'assignment' || stmt.kind === 'throw' || stmt.kind === 'exit') this.moveTo(stmt.span);
    if (stmt.kind === 'pipeline') {
      if (isIncrementStatement(stmt)) return void (await this.evalStatement(stmt, signal));
      // `( … )` or `$( … )` alone as a statement keeps what it collected when an error ends it.
      const only = stmt.elements.length === 1 ? stmt.elements[0]! : undefined;
      if (only?.kind === 'expression' && (only.expr.kind === 'paren' || only.expr.kind === 'subexpression')) this.#statementExpression = only.expr;
      await this.runPipeline(stmt, signal, emit);
      return;
    }
    if (stmt.kind === 'chain') return this.runChain(stmt, signal, emit);
    if (isFlowStatement(stmt)) return this.#flow.run(stmt, signal, emit);
    const out = await this.evalStatement(stmt, signal);
    if (out.length) await emit(out);
  }

  /** A record raised now gets the ScriptStackTrace of the script blocks running (once: where it was first raised). */
  stampStack(record: ErrorRecord): void {
    if (record.scriptStack || this.#frames.length === 0) return;
    const frames: StackFrame[] = [];
    for (let i = this.#frames.length - 1; i >= 0; i--) {
      const frame = this.#frames[i]!;
      const position = i === this.#frames.length - 1 ? this.#position : frame.position;
      frames.push({ name: frame.name, file: frame.source.file, line: position && frame.source.lineNumber(position.start) });
    }
    record.scriptStack = frames;
  }

  /** The script blocks running, innermost first, each at its current position (Get-PSCallStack). */
  callStack(): CallStackEntry[] {
    const entries: CallStackEntry[] = [];
    for (let i = this.#frames.length - 1; i >= 0; i--) {
      const frame = this.#frames[i]!;
      const position = i === this.#frames.length - 1 ? this.#position : frame.position;
      entries.push({ name: frame.name, file: frame.source.file, extent: position && frame.source.extent(position), call: frame.call, root: i === 0 });
    }
    return entries;
  }

  get currentExtent(): SourceExtent | undefined {
    return this.#position && this.source.extent(this.#position);
  }

  /** Reaching a sequence point. */
  private moveTo(span: Span): void {
    if (span !== this.#skippedPoint) this.#position = span;
  }

  /** Where a runtime error raised inside the expression at `span` is reported: the current position, if any. */
  private reportedAt(span: Span): Span {
    return this.#position ?? span;
  }

  private async evalStatement(stmt: Statement, signal: AbortSignal, capture: Capture = 'assignment'): Promise<unknown[]> {
    switch (stmt.kind) {
      case 'pipeline': {
        // `$i++` as a statement writes nothing; `($i++)` writes the old value.
        if (isIncrementStatement(stmt)) {
          await this.evalExpr((stmt.elements[0] as Extract<PipelineStatement['elements'][number], { kind: 'expression' }>).expr, signal);
          return [];
        }
        return this.collecting((emit) => this.runPipeline(stmt, signal, emit), capture);
      }
      case 'assignment':
        await this.assign(stmt, signal);
        return [];
      case 'chain':
        return this.collecting((emit) => this.runChain(stmt, signal, emit), capture);
      case 'throw': {
        // A bare `throw` in a catch block rethrows the error it caught, to the end of the script.
        const caught = stmt.value ? undefined : this.#flow.rethrowable(stmt.span);
        if (caught) throw new PSErrorSignal(caught.record, 'script', caught.stopException, true);
        const value = stmt.value ? collapse(await this.evalCaptured(stmt.value, signal)) : null;
        if (unwrap(value) instanceof ErrorRecord) {
          const record = unwrap(value) as ErrorRecord;
          // A record the script built takes the throw's position, as pwsh sets its InvocationInfo then.
          if (isUnraised(record)) record.extent = this.source.extent(stmt.span);
          throw new PSErrorSignal(record, 'script');
        }
        const exception = asException(unwrap(value));
        if (exception) throw new PSErrorSignal(thrownError(exception, this.source.extent(stmt.span)), 'script');
        // `throw` alone is ScriptHalted; `throw 'text'` uses the text as both message and id.
        const message = value === null ? R.ScriptHalted().message : toPSString(value);
        throw new PSErrorSignal(
          new ErrorRecord({
            message,
            errorId: value === null ? R.ScriptHalted().errorId : message,
            category: 'OperationStopped',
            exceptionType: 'RuntimeException',
            targetObject: value,
            thrownByThrowStatement: true,
            extent: this.source.extent(stmt.span),
          }),
          'script',
        );
      }
      case 'function': {
        // `function global:f`: the scope prefix does not become part of the name.
        const name = stmt.name.replace(/^(global|script|local|private):/i, '');
        // A module's function runs under the module's scope (engine/script-modules.ts).
        const moduleScope = this.session.currentModuleScope();
        const block = new ScriptBlock(stmt.body, this.source, this.#invoker, moduleScope);
        const definition = functionDefinition({ name, block, isFilter: stmt.isFilter, advanced: isAdvanced(block) }, this.#invoker);
        definition.commentHelp = commentHelpOf(this.source.text, stmt.span.start, stmt.body.text);
        // A called script file's functions end with it unless made global (script-invocation.ts).
        // A module's functions belong to the module, not to the script file that imported it.
        if (!/^global:/i.test(stmt.name) && !moduleScope) {
          const previous = this.commands.command(name);
          this.#invoker.functionDefined(name, () => (previous ? this.commands.register(previous) : this.commands.unregister(name)));
        }
        this.commands.register(definition);
        return [];
      }
      case 'enum':
      case 'class':
        await this.defineType(stmt, signal);
        return [];
      case 'exit': {
        const value = stmt.value ? collapse(await this.evalCaptured(stmt.value, signal)) : 0;
        let code = 0;
        try {
          code = toInt(value);
        } catch {
          code = 0;
        }
        throw new ExitSignal(code);
      }
      default:
        // Control flow inside an expression (`$x = foreach …`, `$( if … )`): its output is collected.
        return this.collecting((emit) => this.#flow.run(stmt, signal, emit), capture);
    }
  }

  /**
   * The script's enums and classes, defined before it runs (a class after the class it derives from,
   * wherever that stands); a base class that is nowhere is pwsh's parse-time TypeNotFound.
   */
  private async hoistTypes(statements: readonly Statement[], source: SourceMap, signal: AbortSignal): Promise<PSErrorSignal | undefined> {
    let pending: TypeDefinition[] | undefined;
    for (const s of statements) if (s.kind === 'enum' || s.kind === 'class') (pending ??= []).push(s);
    if (!pending) return undefined;
    this.source = source;
    for (let progress = true; pending.length && progress; ) {
      progress = false;
      const waiting: TypeDefinition[] = [];
      for (const s of pending) {
        if (s.kind === 'class' && s.baseTypes.length && !classNamed(s.baseTypes[0]!)) {
          waiting.push(s);
          continue;
        }
        progress = true;
        try {
          await this.defineType(s, signal);
        } catch {
          // Reported where the definition's statement runs.
        }
      }
      pending = waiting;
    }
    const orphan = pending.find((s) => s.kind === 'class' && s.baseSpan);
    if (orphan?.kind !== 'class' || !orphan.baseSpan) return undefined;
    const message = new TypeNotFoundError(orphan.baseTypes[0]!).message;
    return new PSErrorSignal(new ErrorRecord({ message, errorId: 'TypeNotFound', category: 'ParserError', exceptionType: 'ParseException', isParseError: true, extent: source.extent(orphan.baseSpan) }), 'script');
  }

  /** `enum` and `class`: the type joins those the shell knows (enum-definition.ts, class-definition.ts). */
  private async defineType(stmt: TypeDefinition, signal: AbortSignal): Promise<void> {
    if (stmt.kind === 'enum') await defineEnum(stmt, (expr) => this.evalExpr(expr, signal));
    else {
      const source = this.source;
      await defineClass(stmt, { source, runner: this.#invoker, evaluate: (expr, s) => this.evalExprIn(expr, source, s) }, signal);
    }
  }

  /**
   * Output collected for a value (the right-hand side of `=`, `( )`, `$( )`), as pwsh's
   * CaptureAstResults: when break, continue or exit leaves it, what it held goes on to the
   * enclosing output (output-before-error.ts), as does a `return`'s; an error drops it, unless
   * `preserve` (a `( )` or `$( )` that is a statement of its own, ShouldPreserveOutputInCaseOfException).
   */
  private async collecting(run: (emit: Emit) => Promise<void>, capture: Capture): Promise<unknown[]> {
    const out: unknown[] = [];
    try {
      await run((values) => {
        for (const v of values) out.push(v);
      });
    } catch (e) {
      if (capture === 'enumerable') throw e;
      if (e instanceof ReturnSignal) e.output = [...out, ...e.output];
      else if (capture === 'preserved' || e instanceof LoopSignal || e instanceof ExitSignal) addOutputBefore(e, out);
      throw e;
    }
    return out;
  }

  /** How a `( )` or `$( )` collects: preserved when it is the whole of a statement (evalListStatement marks it). */
  private captureOf(expr: Expr): Capture {
    if (expr !== this.#statementExpression) return 'assignment';
    this.#statementExpression = undefined;
    return 'preserved';
  }

  /** Performs the assignment; returns the value assigned (for `$x = $y = 3`). */
  private async assign(stmt: Extract<Statement, { kind: 'assignment' }>, signal: AbortSignal): Promise<unknown> {
    const target = stmt.target;
    if (stmt.op === '??=') {
      // `$x ??= v` is `$x = $x ?? v`: the right side is evaluated only when the target is $null, but the
      // target is assigned either way (pwsh: `$d.Year ??= 3` is a ReadOnly property error, `$ro ??= 1` a
      // read-only variable error).
      const current = await this.compoundTargetValue(target, signal);
      const assigned = isNullLike(current) ? await this.assignedValue(stmt.value, signal, true) : current;
      await this.assignTo(target, assigned, stmt.span, signal);
      return assigned;
    }
    // A number typed as a command argument stays wrapped (`$o = Write-Output 0x10; $o` prints 0x10).
    let value = await this.assignedValue(stmt.value, signal, true, target.kind === 'array' ? 'enumerable' : 'assignment');
    if (stmt.op !== '=') {
      const current = await this.compoundTargetValue(target, signal);
      value = this.operate(() => binary(stmt.op.slice(0, 1), current, value, this.#operatorScope), stmt.span);
    }
    await this.assignTo(target, value, stmt.span, signal);
    return value;
  }

  /**
   * What a compound assignment (`+=`, `??=` …) starts from. A plain variable is read from the current
   * scope only: in a function, `$n += 1` of the caller's `$n = 5` makes a local 1, as in pwsh 7.6.10
   * (`$n++` and `$n = $n + 1` do read the caller's). A scope-qualified one (`$script:n`) and any other
   * target read as usual.
   */
  private async compoundTargetValue(target: Expr, signal: AbortSignal): Promise<unknown> {
    if (target.kind === 'variable' && !target.name.includes(':')) {
      const local = this.session.getVariable(target.name, 0);
      if (!local) return null;
    }
    return this.evalExpr(target, signal);
  }

  /** Stores an assigned value, with the errors a failing store reports at the assignment `span`. */
  private async assignTo(target: Expr, value: unknown, span: Span, signal: AbortSignal): Promise<void> {
    // `($a, $b) = 1, 2` is `$a, $b = 1, 2`.
    while (target.kind === 'paren') {
      const inner = soleExpressionOf(target.pipeline);
      if (!inner) break;
      target = inner;
    }
    try {
      if (target.kind === 'array') {
        // `$a, $b = 1, 2, 3`: one value each, the rest to the last; missing values are $null.
        const values = Array.isArray(unwrap(value)) ? (unwrap(value) as unknown[]) : [value];
        const last = target.elements.length - 1;
        for (let i = 0; i <= last; i++) {
          const rest = values.slice(i);
          const item = i < last ? (values[i] ?? null) : rest.length === 0 ? null : rest.length === 1 ? rest[0] : rest;
          await this.store(target.elements[i]!, item, signal);
        }
      } else {
        await this.store(target, value, signal);
      }
    } catch (e) {
      if (e instanceof VariableValidationError) {
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'ValidateSetFailure', category: 'MetadataError', exceptionType: 'ValidationMetadataException', extent: this.source.extent(this.reportedAt(span)) }), 'statement');
      }
      if (e instanceof VariableNotWritableError) {
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'VariableNotWritable', category: 'WriteError', exceptionType: 'SessionStateUnauthorizedAccessException', targetObject: e.variableName, extent: this.source.extent(this.reportedAt(span)) }), 'statement');
      }
      if (e instanceof ConversionError && (target.kind === 'index' || target.kind === 'member' || e instanceof ParameterVariableConversionError)) {
        // A typed collection (Dictionary[string,int]) or parameter variable refusing the value: the conversion's own error.
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: e.errorId, category: 'InvalidArgument', exceptionType: 'RuntimeException', extent: this.source.extent(this.reportedAt(span)) }), 'statement');
      }
      if (e instanceof ConversionError) {
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'RuntimeException', category: 'MetadataError', exceptionType: 'ArgumentTransformationMetadataException', extent: this.source.extent(this.reportedAt(span)) }), 'statement');
      }
      throw e;
    }
  }

  /** Stores `value` into one assignable expression: a variable (typed or not), a property or an element. */
  private async store(target: Expr, value: unknown, signal: AbortSignal): Promise<void> {
    if (target.kind === 'variable') {
      this.setVariable(target.name, value);
    } else if (target.kind === 'paren') {
      // `($x) = 3`, `++($h.a)`: the parser let only one assignable expression through.
      const inner = soleExpressionOf(target.pipeline);
      if (inner) await this.store(inner, value, signal);
    } else if (target.kind === 'cast') {
      // `[int]$n = …` constrains $n: later assignments convert to [int] too. Casts convert innermost
      // first (`[string][int]$x = 2.5` holds '2' and refuses 'abc'); parentheses between them do not
      // count (`[int]($x) = 4` constrains $x). A property or element is only converted (`[int]$o.y = '5'`).
      const types: string[] = [];
      let inner: Expr | undefined = target;
      while (inner?.kind === 'cast' || inner?.kind === 'paren') {
        if (inner.kind === 'cast') {
          types.unshift(inner.typeName);
          inner = inner.operand;
        } else inner = soleExpressionOf(inner.pipeline);
      }
      if (!inner) return;
      // A variable typed [bool] or [switch] takes only Booleans and numbers, as a parameter of that type
      // does (`[bool]$x = 'abc'` is refused: pwsh's ArgumentTypeConverterAttribute); a property only converts.
      const isVariable = inner.kind === 'variable';
      const steps = types.map((typeName) => {
        const boolean = isVariable ? booleanTypeName(typeName) : undefined;
        return boolean ? booleanConstraint(boolean) : (v: unknown) => castTo(typeName, v);
      });
      const convert = (v: unknown): unknown => steps.reduce((acc, step) => step(acc), v);
      if (inner.kind === 'variable') this.setVariable(inner.name, convert(value), { constrain: convert });
      else await this.store(inner, convert(value), signal);
    } else if (target.kind === 'member') {
      // A property assigned AutomationNull holds $null (`$h.k = & {}`), where `$h['k'] = & {}` keeps it.
      const object = await this.evalExpr(target.target, signal);
      const name = target.nameExpr ? await this.memberName(target.nameExpr, signal) : target.name;
      if (target.isStatic) {
        const typeName = toPSString(getMember(object, 'FullName'));
        const classType = classNamed(typeName);
        if (classType && setStaticProperty(classType, name, automationNullToNull(value))) return;
        if (setStaticSetting(typeName, name, automationNullToNull(value))) return;
      }
      const script = instanceMembersOf(object)?.get(name);
      if (script?.kind === 'ScriptProperty' && script.setter) await this.runMemberScript(script.setter, object, [automationNullToNull(value)], signal);
      else setMember(object, name, automationNullToNull(value));
      // An object whose class overrides ToString() shows the text its properties now make.
      if (unwrap(object) instanceof ClassInstance) await refreshText(unwrap(object) as ClassInstance, signal);
    } else if (target.kind === 'index') {
      const container = unwrap(await this.evalExpr(target.target, signal));
      const indexValue = await this.evalExpr(target.index, signal);
      const index = keepChar(indexValue);
      if (container instanceof PSHashtable) {
        const position = positionIn(container, indexValue);
        if (position !== undefined) {
          const entry = container.entryAt(position);
          if (!entry) {
            const { message, errorId } = R.OrderedIndexOutOfRange();
            throw new MemberError(message, errorId, 'OperationStopped', 'ArgumentOutOfRangeException');
          }
          entry.value = value;
          return;
        }
        try {
          container.set(index, value);
        } catch (e) {
          // A dictionary that refuses the key ($PSDefaultParameterValues['x']): pwsh's InvalidOperation.
          if (e instanceof DotNetException) throw new MemberError(e.message, 'InvalidOperation', 'InvalidOperation');
          throw e;
        }
      } else if (container instanceof NamedCollection && container.indexSet(index, value)) return;
      else if (container instanceof StringBuilderValue) {
        const at = toInt(index);
        if (at < 0 || at >= container.length) throw new MemberError(R.ListIndexOutOfRange(), 'System.ArgumentOutOfRangeException', 'OperationStopped', 'ArgumentOutOfRangeException');
        container.setChar(at, toPSString(value).charAt(0));
      }
      else if (Array.isArray(container)) {
        const i = toInt(index);
        const at = i < 0 ? container.length + i : i;
        if (at < 0 || at >= container.length) {
          // .NET's exception, which PowerShell files under OperationStopped: an array's IndexOutOfRangeException,
          // a list's (ArrayList, List[T]) ArgumentOutOfRangeException.
          const [message, exception] = container instanceof ArrayList ? [R.ListIndexOutOfRange(), 'ArgumentOutOfRangeException'] : [R.IndexOutOfRange().message, 'IndexOutOfRangeException'];
          throw new MemberError(message, `System.${exception}`, 'OperationStopped', exception);
        }
        // A typed array ([int[]], [int[][]]) holds its element type: what is stored converts to it.
        container[at] = container instanceof TypedArray && container.elementType !== 'System.Object' ? asElement(container.elementType, value) : value;
      } else if (container === null || container === undefined) {
        throw MemberError.of(R.NullArray());
      } else {
        throw MemberError.of(R.CannotIndex(typeNameOf(container)));
      }
    }
  }

  /**
   * The right-hand side of `=`: an expression's value as it is (`@(1)` stays an array), a
   * pipeline's output collected ($null, the one object, or an array), a nested assignment's value.
   */
  private async assignedValue(value: Statement, signal: AbortSignal, ofAssignment = false, capture: Capture = 'assignment'): Promise<unknown> {
    if (value.kind === 'assignment') {
      this.moveTo(value.span);
      return this.assign(value, signal);
    }
    const pure = pureExpressionOf(value);
    if (pure) return this.evalExpr(pure, signal);
    // A pipeline of commands is a sequence point of its own, except as the right-hand side of `=`.
    if (!ofAssignment && value.kind === 'pipeline') this.moveTo(value.span);
    // `$a, $b = …` collects as pwsh's Enumerable context (what break leaves behind is dropped).
    // Nothing written is AutomationNull (convert.ts collectedValue): `$x = & {}; $x | …` runs zero times.
    return collectedValue(await this.evalStatement(value, signal, capture));
  }

  /** The value of `throw` and `exit`: a pipeline of commands is a sequence point, a pure expression not. */
  private evalCaptured(value: Statement, signal: AbortSignal): Promise<unknown[]> {
    if (value.kind === 'assignment' || (value.kind === 'pipeline' && !pureExpressionOf(value))) this.moveTo(value.span);
    return this.evalStatement(value, signal);
  }

  setVariable(name: string, value: unknown, options?: VariableOptions): void {
    const { scope, bare, drive } = splitScope(name);
    // `$null = …` discards the value (any scope prefix: `$global:null = 3` too).
    if (scope === 'noDrive') {
      const point = this.#position;
      throw new PSErrorSignal(
        new ErrorRecord({
          ...R.DriveNotFound(drive!),
          category: 'ObjectNotFound',
          exceptionType: 'DriveNotFoundException',
          targetObject: drive,
          extent: point ? this.source.extent(point) : undefined,
        }),
        'statement',
      );
    }
    if (scope === 'function' || scope === 'alias') {
      this.setDriveItem(scope, bare, value);
      return;
    }
    if (scope !== 'env' && bare.toLowerCase() === 'null') return;
    if (scope === 'env') {
      setEnvironmentValue(bare, value);
      return;
    }
    this.session.setVariable(bare, value, options, scope);
    // `$private:x = …` makes the variable Private: the scopes under this one do not see it.
    if (/^private:/i.test(name)) this.session.makePrivate(bare);
  }

  /**
   * `$function:f = { … }` / `$alias:a = 'Get-Date'` (session-items.ts); $null removes the item. A value the
   * provider refuses (`$function:f = 5`) is pwsh's InvalidArgument error, and the statement goes on.
   */
  private setDriveItem(drive: 'function' | 'alias', name: string, value: unknown): void {
    try {
      if (drive === 'function') setFunctionValue(this.commands, name, value, this.#invoker);
      else setAliasValue(this.commands, name, value);
    } catch (e) {
      const point = this.#position;
      const extent = point ? this.source.extent(point) : undefined;
      if (e instanceof ItemValueError) {
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'Argument', category: 'InvalidArgument', exceptionType: 'PSArgumentException', extent }), 'statement');
      }
      if (e instanceof AliasProtectedError) {
        throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: e.errorId, category: 'WriteError', exceptionType: 'SessionStateUnauthorizedAccessException', targetObject: e.aliasName, extent }), 'statement');
      }
      // pwsh reports the text's first parse error alone, with no position in the text.
      if (e instanceof FunctionTextError) throw new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: e.errorId, category: 'ParserError', exceptionType: 'ParseException' }), 'statement');
      throw e;
    }
  }

  // ---- pipelines and commands ----------------------------------------------------------------

  /**
   * `a && b || c` (pipeline-chain.ts): each pipeline a statement of its own for $?; a
   * statement-terminating error in one is shown and makes it fail, unless it stops the script.
   */
  private async runChain(stmt: ChainStatement, signal: AbortSignal, emit: Emit): Promise<void> {
    if (stmt.background) return this.runInBackground(stmt, signal, emit);
    const outer = this.statement;
    const runPipeline = async (pipeline: PipelineStatement): Promise<{ output: unknown[]; ok: boolean }> => {
      const own: StatementState = { failed: false };
      this.statement = own;
      let result: { output: unknown[]; ok: boolean };
      try {
        // The pipeline's objects go to `emit` as they come (its output here is what is left: none).
        await this.evalListStatement(pipeline, signal, emit);
        result = { output: [], ok: !own.failed };
      } catch (e) {
        if (isControlTransfer(e)) throw e;
        const signalled = this.toSignal(e, pipeline.span);
        const pref = preferenceOf(this.session, 'ErrorActionPreference');
        if (signalled.scope !== 'statement' || signalled.stopException || signalled.record.thrownByThrowStatement || pref === 'Stop') throw e;
        this.reportTerminating(signalled);
        result = { output: [], ok: false };
      } finally {
        this.statement = outer;
      }
      this.setLastSuccess(result.ok);
      return result;
    };
    const ok = await runChain(stmt, { runPipeline }, emit);
    outer.failed = !ok;
  }


  /** A statement that ends with `&`: its job (background-operator.ts) is what it writes. */
  private async runInBackground(stmt: PipelineStatement | ChainStatement, signal: AbortSignal, emit: Emit): Promise<void> {
    const { backgroundJobStarter } = await import('./background-operator.js');
    const starter = backgroundJobStarter({ node: stmt, span: stmt.span, text: this.source.text, session: this.session, runner: this.#invoker });
    await emit(await this.#invoker.invokeScriptBlock(starter, {}, signal));
  }

  private async runPipeline(stmt: PipelineStatement, signal: AbortSignal, emit: Emit): Promise<void> {
    if (stmt.background) return this.runInBackground(stmt, signal, emit);
    // -PipelineVariable lives as long as its pipeline: afterwards the variable is gone (pwsh 7.6.10).
    const pipelineVariables = (this.statement.pipelineVariables ??= []);
    const mark = pipelineVariables.length;
    try {
      await this.runPipelineElements(stmt, signal, emit);
    } finally {
      for (const name of pipelineVariables.splice(mark)) this.session.removeVariable(name);
    }
  }

  /**
   * A pipeline, streaming (pipeline-runner.ts): a first element that is an expression is evaluated
   * first, then every command's arguments are evaluated and bound in order, then the commands run,
   * each object going on to the next command (and the last command's to `emit`) as it is written.
   */
  private async runPipelineElements(stmt: PipelineStatement, signal: AbortSignal, emit: Emit): Promise<void> {
    const elements = stmt.elements;
    const first = elements[0]!;
    let input: unknown[] | undefined;
    if (first.kind === 'expression') {
      // An expression alone: its objects are the statement's output, written at once (an AutomationNull
      // element is not written: `$r = & { $x, 1 }` is 1, as `$x, 1 | …` sends 1).
      if (elements.length === 1) {
        input = await this.expressionElement(first, signal, pipelineInput);
        if (input.length) await emit(input);
        return;
      }
      input = await this.apart(() => this.expressionElement(first, signal, pipelineInput));
    }
    this.commandPipelines++;
    const stages: CommandStage[] = [];
    const frames: RedirectionFrame[] = [];
    const services = this.redirectionServices(signal, stmt.span);
    let started = false;
    try {
      for (let i = input === undefined ? 0 : 1; i < elements.length; i++) {
        const el = elements[i]!;
        if (el.kind !== 'command') continue;
        // A pipeline of thousands of commands must still let Ctrl+C in (issue 13 item 3).
        if (i > 0) await this.#flow.checkpoint(signal);
        let frame: RedirectionFrame | undefined;
        if (el.redirections?.length) {
          frame = await openRedirections(this.redirectionServices(signal, el.span), el.redirections);
          frames.push(frame);
        }
        stages.push(await this.prepareCommand(el, i + 1, i > 0, signal, frame));
      }
      started = true;
      await runStages(stages, input, emit, () => this.#flow.checkpointIfDue(signal));
      // A command's pipeline sets $? when it ends, wherever it is (pwsh's InvokePipeline): a foreach's
      // `(Get-Date)` leaves it True. A statement sets it again when it ends.
      this.setLastSuccess(!this.statement.failed);
    } catch (e) {
      // Stages prepared before a later command failed to bind never ran (the runner cleans up those it ran).
      if (!started) for (const stage of stages) stage.cleanup();
      throw e;
    } finally {
      for (const frame of frames) closeRedirections(services, frame);
    }
  }

  /** The objects of a pipeline's first element when it is an expression, under its redirections. */
  private async expressionElement(el: Extract<PipelineStatement['elements'][number], { kind: 'expression' }>, signal: AbortSignal, objectsOf: (value: unknown) => unknown[]): Promise<unknown[]> {
    const valueOf = async (): Promise<unknown[]> => {
      const value = await this.evalExpr(el.expr, signal);
      return value instanceof PSHashtable ? [value] : objectsOf(value);
    };
    if (!el.redirections?.length) return valueOf();
    const services = this.redirectionServices(signal, el.span);
    const frame = await openRedirections(services, el.redirections);
    const merged: unknown[] = [];
    frame.merge = (value) => merged.push(value);
    const outer = this.streams.use([...this.streams.frames, frame]);
    try {
      // An expression writes no stream of its own as it goes: its merged records follow its value.
      const items = [...(await valueOf()), ...merged];
      const sink = frame.outputSink;
      if (!sink) return items;
      for (const item of items) sink(item);
      return [];
    } finally {
      this.streams.use(outer);
      closeRedirections(services, frame);
    }
  }

  /** What redirection.ts needs: file names evaluated here, Out-File's text and errors. */
  private redirectionServices(signal: AbortSignal, elementSpan: Span): RedirectionServices {
    return {
      fileOf: async (r) => {
        // `>$null` (any scope prefix) discards; anything else names a file, relative to the current location.
        if (r.target.kind === 'variable' && /^(?:[a-z]+:)?null$/i.test(r.target.name)) return null;
        const name = toPSString(await this.evalExpr(r.target, signal));
        try {
          return resolveLiteral(this.session, name);
        } catch (e) {
          // `> C:\x`: the redirection's own error, of no command (pwsh: `ObjectNotFound: Cannot find drive…`).
          if (!(e instanceof PathError)) throw e;
          throw new PSErrorSignal(new ErrorRecord({ ...e.spec, extent: this.source.extent(elementSpan) }), 'statement');
        }
      },
      openFailure: (e, path) =>
        new PSErrorSignal(
          new ErrorRecord({ ...ioFailure(e, path), commandName: 'Out-File', invocationName: 'Out-File', implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand', extent: this.source.extent(elementSpan) }),
          'statement',
        ),
      fileText: (values) => {
        // Out-File uses every column (the console leaves its last one free).
        const text = formatText(values, { width: this.host.width, color: false, errorView: this.errorView() });
        return text === '' ? '' : text.replace(/\n$/, '').split('\n').map((line) => line + EOL).join('');
      },
    };
  }

  private async evalArguments(cmd: CommandAst, signal: AbortSignal): Promise<BindArg[]> {
    const args: BindArg[] = [];
    for (const el of cmd.elements) {
      if (el.kind === 'parameter') {
        const value = el.argument ? automationNullToNull(await this.evalArgument(el.argument, signal)) : undefined;
        args.push({ kind: 'param', typed: el.typed, text: el.text, colon: el.colon, value, span: el.span, valueSpan: el.colon ? el.argument?.span : undefined });
      } else if (el.kind === 'argument') {
        // A command's argument is never AutomationNull: `f $x` binds $null (pwsh's binder converts it).
        args.push({ kind: 'value', value: automationNullToNull(await this.evalArgument(el.expr, signal)), span: el.span });
      } else {
        const value = unwrap(this.getVariable(el.name));
        if (value instanceof PSHashtable) {
          for (const [k, v] of value.entries()) {
            const key = toPSString(k);
            args.push({ kind: 'param', typed: key, text: `-${key}:`, colon: true, value: automationNullToNull(v), span: el.span, splatted: true });
          }
        } else if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const v = value[i];
            if (typeof v === 'string' && isParameterToken(value, i)) {
              // A `-Name` (or `-Name:`) token of the caller's command line ($args): a parameter again, which
              // takes the element after it as any `-Name value` does (pwsh: `-Force:$false` passes on as `-Force`).
              args.push({ kind: 'param', typed: v.slice(1).replace(/:$/, ''), text: v, colon: false, span: el.span });
              continue;
            }
            args.push({ kind: 'value', value: automationNullToNull(v), span: el.span, splatted: true });
          }
        } else if (typeof value === 'string') {
          // A string splats as the characters it enumerates (pwsh: `$p = 'ab'; f @p` passes 'a' and 'b').
          for (const ch of value) args.push({ kind: 'value', value: ch, span: el.span, splatted: true });
        } else {
          // $null (or an undefined variable) splats as one $null argument.
          args.push({ kind: 'value', value: value ?? null, span: el.span, splatted: true });
        }
      }
    }
    return args;
  }

  /** Command arguments: a number alone keeps its typed text; the numbers of a list (`0x10, 1.0`) do not. */
  private async evalArgument(expr: Expr, signal: AbortSignal): Promise<unknown> {
    if (expr.kind === 'number') {
      const typedValue = literalValue(expr.text, expr.value);
      // A hex literal that overflows Int32 is negative (`0xFFFFFFFF` is -1): the typed value, not the digits.
      const value = typeof typedValue === 'number' ? typedValue : expr.value;
      // pwsh wraps the number (a PSObject with the token's text) only when the text is not how the number prints.
      if (expr.text === toPSString(typedValue)) return typedValue;
      return new ArgumentNumber(value, expr.text, typedValue instanceof TypedNumber ? typedValue : undefined);
    }
    return this.evalExpr(expr, signal);
  }

  /**
   * A command's arguments and the expression that feeds a pipeline of commands: the commands they run
   * are pipelines of their own, whose errors leave the outer pipeline's $? alone (pwsh sets $? from the
   * outer pipeline's own commands: `Write-Output (Write-Error m -ea 0); $?` is True).
   */
  private async apart<T>(run: () => Promise<T>): Promise<T> {
    const outer = this.statement;
    this.statement = { failed: false, pipelineVariables: outer.pipelineVariables };
    try {
      return await run();
    } finally {
      this.statement = outer;
    }
  }

  private async prepareCommand(cmd: CommandAst, position: number, hasInput: boolean, signal: AbortSignal, frame: RedirectionFrame | undefined): Promise<CommandStage> {
    const named = cmd.nameExpr ? unwrap(await this.evalExpr(cmd.nameExpr, signal)) : cmd.name;
    let typedName: string;
    let definition: CmdletDefinition;
    if (named instanceof ScriptBlock) {
      // `& { … }` and `. { … }`: the block runs as an unnamed function, bound like one.
      typedName = '';
      definition = functionDefinition({ name: '', block: named, isFilter: false, advanced: isAdvanced(named), dotSource: cmd.dotSource }, this.#invoker);
    } else {
      typedName = toPSString(named);
      // `./helper.ps1`, `& $path`, `. ./config.ps1`: a path to a .ps1 file runs that file (script-files.ts).
      const scriptPath = scriptFilePath(this.session, typedName);
      if (scriptPath) {
        // pwsh's InvocationName of a script run with an operator is the operator (`& ./x.ps1`: `&`).
        if (cmd.dotSource) typedName = '.';
        else if (cmd.nameExpr) typedName = '&';
        definition = scriptFileDefinition(scriptPath, this.#invoker, { dotSource: cmd.dotSource === true, invocationName: typedName, extent: this.source.extent(cmd.nameSpan) }, this.session);
        const requires = scriptFunctionOf(definition)?.block.ast.requires ?? [];
        if (requires.length) await importRequiredModules(this.session, requires, this.#invoker, signal);
      }
      else definition = this.#processor.resolve(typedName, this.source.extent(cmd.nameSpan), cmd.nameExpr ? (cmd.dotSource ? '.' : '&') : undefined);
      const fn = cmd.dotSource && !scriptPath ? scriptFunctionOf(definition) : undefined;
      if (fn) definition = functionDefinition({ ...fn, dotSource: true }, this.#invoker);
    }
    const request = { position, commandSpan: cmd.span, source: this.source, statement: this.statement, signal };
    // `Connect-SPOService -?` shows the command's help, as `Get-Help Connect-SPOService` does. A simple
    // function or script file without comment-based help takes `-?` as an argument ($args), as in pwsh.
    const takesQuestionMark = definition.commonParameters === false && !definition.commentHelp;
    if (!takesQuestionMark && cmd.elements.some((el) => el.kind === 'parameter' && el.typed === '?')) {
      return this.#processor.prepare(this.#processor.helpRequest(definition, cmd.nameSpan, request), frame);
    }
    const args = await this.apart(() => this.evalArguments(cmd, signal));
    return this.#processor.prepare({ ...request, definition, typedName, args, hasInput }, frame);
  }

  // ---- expressions ---------------------------------------------------------------------------

  getVariable(name: string): unknown {
    const { scope, bare } = splitScope(name);
    if (scope === 'noDrive') return null;
    if (scope === 'function') return functionValue(this.commands, bare);
    if (scope === 'alias') return aliasValue(this.commands, bare);
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
    const v = this.session.getVariable(bare, scope);
    return v === undefined ? null : v.value;
  }

  async evalExpr(expr: Expr, signal: AbortSignal): Promise<unknown> {
    switch (expr.kind) {
      case 'string':
        return expr.value;
      case 'number':
        return literalValue(expr.text, expr.value);
      case 'expandable': {
        let s = '';
        const ofs = toPSString(this.getVariable('OFS') ?? ' ');
        for (const part of expr.parts) {
          if (typeof part === 'string') s += part;
          else if (part.kind === 'variable' && /^using:/i.test(part.name)) s += valueText(this.usingValue(part.name, expr.span), ofs);
          // A number typed as a command argument prints as its number (`"$x"` of `f 0x10` is "16"), though a
          // list of them keeps their text (`"$args"` is "0x10 1.0"), as pwsh's string expansion does.
          else s += valueText(await this.evalExpr(part, signal), ofs);
        }
        return s;
      }
      case 'variable':
        if (/^using:/i.test(expr.name)) return this.usingValue(expr.name, expr.span);
        if (this.session.strictVersion > 0) this.checkStrictVariable(expr.name, expr.span);
        return this.getVariable(expr.name);
      case 'subexpression':
        // `$()` with no statement is $null; statements that write nothing give AutomationNull (`$(& {})`).
        if (expr.statements.length === 0) return null;
        return collectedValue(await this.collectNested(expr.statements, signal, this.captureOf(expr)));
      case 'arraySubexpression': {
        // @( ) around one pure expression evaluates it as an expression: an error in it ends the
        // enclosing statement (pwsh's VisitArrayExpression); otherwise its statements are a list of their own.
        const pure = expr.statements.length === 1 ? pureExpressionOf(expr.statements[0]!) : undefined;
        if (pure) {
          const value = await this.evalExpr(pure, signal);
          if (pure.kind === 'array') return value;
          // Enumerated as a pipeline would (a hashtable stays whole), into a new array.
          return value instanceof PSHashtable ? [value] : [...enumerate(value)];
        }
        // pwsh collects @( ) as an enumerable: what it held is dropped whatever leaves it.
        return await this.collectNested(expr.statements, signal, 'enumerable');
      }
      case 'paren': {
        // Each part is evaluated once: nested parentheses must not run their contents again.
        const stmt = expr.pipeline;
        const capture = this.captureOf(expr);
        if (stmt.kind === 'assignment') {
          this.moveTo(stmt.span);
          const assigned = await this.assign(stmt, signal);
          // A variable shows its stored value (after any type constraint); other targets the value assigned.
          const target = storedTarget(stmt.target);
          return target?.kind === 'variable' ? this.getVariable(target.name) : assigned;
        }
        // (expr) keeps the value as it is, arrays included (a redirected one runs as the statement it is); `(( … ))` alone as a statement preserves as `( … )` does.
        const inner = soleExpressionOf(stmt);
        if (inner) {
          if (capture === 'preserved') this.#statementExpression = inner;
          return this.evalExpr(inner, signal);
        }
        return collectedValue(await this.evalStatement(stmt, signal, capture));
      }
      case 'array': {
        const out: unknown[] = [];
        for (const e of expr.elements) out.push(await this.evalExpr(e, signal));
        return out;
      }
      case 'hashtable': {
        const h = new PSHashtable(expr.ordered);
        for (const entry of expr.entries) {
          const key = keepChar(await this.evalExpr(entry.key, signal));
          // As the right-hand side of `=`: `@{a = @(1)}` keeps the array, a pipeline's single object is unwrapped.
          const value = await this.assignedValue(entry.value, signal);
          if (h.has(key)) {
            throw new PSErrorSignal(new ErrorRecord({ ...R.DuplicateKeyInHashLiteral(toPSString(key)), category: 'ParserError', exceptionType: 'ParseException', extent: this.source.extent(entry.key.span) }), 'statement');
          }
          h.set(key, value);
        }
        return h;
      }
      case 'member':
      case 'invoke':
      case 'index':
        return this.evalPostfixChain(expr, signal);
      case 'unary': {
        if (isIncrement(expr.op)) return this.increment(expr, signal);
        const operand = await this.evalExpr(expr.operand, signal);
        // `,$x` keeps AutomationNull as its element; any other operator reads it as $null.
        return this.operate(() => unary(expr.op, expr.op === ',' ? operand : automationNullToNull(operand)), expr.span);
      }
      case 'binary':
        return this.evalBinaryChain(expr, signal);
      case 'ternary':
        // Only the branch taken is evaluated.
        return this.evalExpr(isTrue(automationNullToNull(await this.evalExpr(expr.condition, signal))) ? expr.ifTrue : expr.ifFalse, signal);
      case 'typeLiteral':
        try {
          return resolveTypeName(expr.typeName);
        } catch (e) {
          throw this.typeFailure(e, expr.span);
        }
      case 'scriptBlock':
        return new ScriptBlock(expr.block, this.source, this.#invoker);
      case 'cast': {
        if (/^\s*(?:ref|(?:system\.management\.automation\.)?psreference)\s*$/i.test(expr.typeName)) return await this.reference(expr.operand, expr.span, signal);
        const value = await this.evalExpr(expr.operand, signal);
        try {
          if (value === undefined) return castAutomationNull(expr.typeName);
          // `[string](1,2,3)` joins with $OFS, as "$(1,2,3)" does.
          if (Array.isArray(unwrap(value)) && /^(system\.)?string$/i.test(expr.typeName.trim())) return toPSString(value, toPSString(this.getVariable('OFS') ?? ' '));
          // `[C]@{ … }` of a script's class runs its constructor (class-definition.ts).
          const classType = unwrap(value) instanceof PSHashtable ? classNamed(expr.typeName) : undefined;
          if (classType) return await classFromHashtable(classType, unwrap(value) as PSHashtable, signal);
          return castTo(expr.typeName, value);
        } catch (e) {
          throw this.typeFailure(e, expr.span);
        }
      }
    }
  }

  /**
   * `$a[0].b.c()…` and `[t]::a::b`: the chain is walked with a loop, not by recursion, so its length
   * (the parser accepts any) is not bounded by the stack. The target is evaluated before the arguments.
   */
  private async evalPostfixChain(expr: Expr, signal: AbortSignal): Promise<unknown> {
    const chain: Array<Extract<Expr, { kind: 'member' | 'invoke' | 'index' }>> = [];
    let base = expr;
    while (base.kind === 'index' || base.kind === 'member' || base.kind === 'invoke') {
      chain.push(base);
      base = base.target;
    }
    let value = await this.evalExpr(base, signal);
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      // `?.`, `?[ ]` on $null: $null, with no argument or index evaluated; only this step is skipped
      // (pwsh 7.6.10: `${n}?.Foo().Bar()` still fails on the second call).
      if (node.nullConditional && isNullLike(value)) {
        value = null;
        continue;
      }
      if (node.kind === 'index') {
        const indexValue = await this.evalExpr(node.index, signal);
        value = this.indexInto(unwrap(value), keepChar(indexValue), node.span, indexValue);
        continue;
      }
      // A computed name (`$o.$n`) is evaluated after the target and before the arguments, as in pwsh.
      const name = node.nameExpr ? await this.memberName(node.nameExpr, signal) : node.name;
      if (node.isStatic) {
        if (node.kind === 'member') {
          const type = value;
          value = this.staticMember(type, name);
          if (value === null) value = (await recordedStaticMethodGroup(toPSString(getMember(type, 'FullName')), name)) ?? null;
          if (value === null && isRecordedOnlyType(toPSString(getMember(type, 'FullName')))) {
            throw this.memberFailure(MemberError.of(R.TypeMembersNotAvailable(toPSString(getMember(type, 'FullName')), name), 'NotImplemented'), this.reportedAt(node.span));
          }
        } else {
          const raw: unknown[] = [];
          for (const a of node.args) raw.push(await this.evalExpr(a, signal));
          value = await this.staticInvoke(value, name, raw.map(methodArgument), node.span, signal, raw, node.args.map(boxesAfresh), node.args.map(objectArrayCast), node.genericArgs);
        }
      } else if (node.kind === 'member') {
        // A script property Add-Member gave the object runs here, where scripts can (instance-members.ts).
        const script = instanceMembersOf(value)?.get(name);
        if (script?.kind === 'ScriptProperty') {
          value = script.getter ? await this.runGetter(script.getter, value, signal) : null;
          continue;
        }
        if (this.session.strictVersion >= 2) this.checkStrictMember(value, name, node.span);
        // A .NET value's `.psobject` lists its members in pwsh's order, from rows loaded on first use.
        if (/^psobject$/i.test(name)) await loadMemberExtras();
        value = memberOrMethodGroup(value, name);
      } else {
        const args: unknown[] = [];
        // A method's argument is never AutomationNull: `$list.Add($x)` adds $null.
        for (const a of node.args) args.push(automationNullToNull(await this.evalExpr(a, signal)));
        const target = unwrap(value);
        if (target instanceof ClassInstance) {
          let called: { value: unknown } | undefined;
          try {
            // `([Base]$this).M()` calls the base class's M, as pwsh's cast to a base class does.
            const cast = i === chain.length - 1 ? castTargetOf(base) : undefined;
            const from = cast ? classNamed(cast) : undefined;
            called = await invokeClassMethod(target, name, args, signal, from && target.isA(from.name) ? from : undefined);
          } catch (e) {
            throw this.memberFailure(e, this.reportedAt(node.span));
          }
          if (called) {
            value = called.value;
            continue;
          }
        }
        const scriptMethod = instanceMembersOf(value)?.get(name);
        if (scriptMethod?.kind === 'ScriptMethod') {
          try {
            value = collapse(await scriptMethod.script.invokeAsMember(value, args, signal, 'external'));
          } catch (e) {
            // An error that ends a script method is the method call's, as pwsh wraps it (ScriptMethodRuntimeException).
            if (!(e instanceof PSErrorSignal) || signal.aborted) throw e;
            const failed = new MethodCallError(`Exception calling "${scriptMethod.name}" with "${args.length}" argument(s): "${e.record.message}"`, 'MethodInvocationException', 'ScriptMethodRuntimeException');
            throw this.memberFailure(failed, this.reportedAt(node.span));
          }
          continue;
        }
        const blockMethod = await invokeScriptBlockMethod(value, name, args, this.scriptBlockMethodServices(node.span), signal);
        if (blockMethod) {
          value = blockMethod.value;
          continue;
        }
        // List[T]'s Find, FindAll, Sort … with a script block as the delegate (list-delegates.ts); List's own
        // ForEach is one of them. Then .ForEach() and .Where() (collection-methods.ts) before the value's own methods.
        // A Func made from a script block (`[Func[int,bool]]{…}.Invoke(3)`, linq.ts).
        if (unwrap(value) instanceof DelegateValue && /^invoke$/i.test(name)) {
          try {
            value = await invokeDelegate(unwrap(value) as DelegateValue, args, signal);
          } catch (e) {
            throw this.memberFailure(e, this.reportedAt(node.span));
          }
          continue;
        }
        const delegated = await listDelegateCall(unwrap(value), name, args.map((a) => unwrap(a)), signal);
        if (delegated) {
          value = delegated.value;
          continue;
        }
        const collection = await invokeCollectionMethod(value, name, args, signal);
        if (collection !== undefined) {
          value = collection;
          continue;
        }
        try {
          // $PSCmdlet's methods write to the function's streams (script-cmdlet.ts).
          const target = unwrap(value);
          // $Host.UI's methods prompt and write through the host (host-ui.ts).
          const cmdletCall =
            target instanceof ScriptCmdlet
              ? await target.invoke(name, args)
              : isHostMethodTarget(target)
                ? await target.invoke(name, args, signal)
                : await languageInstanceCall(target, name, args.map(methodArgument), this.scriptBlockMethodServices(node.span), signal);
          value = cmdletCall ? cmdletCall.value : invokeMethod(value, name, args.map(methodArgument));
        } catch (e) {
          throw this.memberFailure(e, this.reportedAt(node.span));
        }
      }
    }
    return value;
  }

  /**
   * A script property's getter, as pwsh's adapter runs it (7.6.10): what it writes to the error stream and
   * an error (or `exit`) that ends it are not shown but go to $Error, and a getter that fails gives $null.
   */
  private async runGetter(getter: MemberScript, target: unknown, signal: AbortSignal): Promise<unknown> {
    try {
      return collapse(await getter.invokeAsMember(target, [], signal, 'quiet'));
    } catch (e) {
      if (signal.aborted) throw e;
      if (e instanceof PSErrorSignal) this.addToErrorHistory(e.record);
      else if (!(e instanceof ExitSignal)) throw e;
      return null;
    }
  }

  /** A script property's getter or setter, or a script method, with `$this` the object (instance-members.ts). */
  private async runMemberScript(script: MemberScript, target: unknown, args: unknown[], signal: AbortSignal): Promise<unknown> {
    return collapse(await script.invokeAsMember(target, args, signal));
  }

  /** `1+1+…-and…`: left-deep operator chains folded with a loop (any length, no recursion). */
  private async evalBinaryChain(expr: Extract<Expr, { kind: 'binary' }>, signal: AbortSignal): Promise<unknown> {
    if (IN_OPERATOR.test(expr.op)) {
      // pwsh compiles `a -in b` as `b -contains a`: the right operand is evaluated first (7.6.10:
      // `$(Write-Host L) -in $(Write-Host R)` shows R, then L).
      const right = await this.evalExpr(expr.right, signal);
      const left = await this.evalExpr(expr.left, signal);
      return this.operate(() => binary(expr.op, left, right, this.#operatorScope), expr.span, expr.opSpan);
    }
    const chain: Array<Extract<Expr, { kind: 'binary' }>> = [];
    let base: Expr = expr;
    // An -in below the top is evaluated as a whole (above), with its own order.
    while (base.kind === 'binary' && (base === expr || !IN_OPERATOR.test(base.op))) {
      chain.push(base);
      base = base.left;
    }
    let value = await this.evalExpr(base, signal);
    // The array the previous `+` of this chain made: nothing else holds it, so the next `+` may extend
    // it in place, and `@() + 1 + 1 + …` takes linear time, not quadratic.
    let ownArray: unknown[] | undefined;
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      if (node.op === '+' && ownArray !== undefined) {
        appendToArray(ownArray, await this.evalExpr(node.right, signal));
        continue;
      }
      ownArray = undefined;
      if (node.op === '-and' && !isTrue(value)) value = false;
      else if (node.op === '-or' && isTrue(value)) value = true;
      else if (node.op === '??') {
        // The right side is evaluated only when the left is $null (or AutomationNull: `(& {}) ?? 1`).
        if (isNullLike(value)) value = await this.evalExpr(node.right, signal);
      } else {
        const left = value;
        const right = await this.evalExpr(node.right, signal);
        const predicate = /^-[ci]?split$/i.test(node.op) ? splitPredicate(right) : undefined;
        const evaluator = predicate ? undefined : replaceEvaluator(node.op, right);
        if (predicate) value = await splitByPredicate(left, predicate.block, predicate.limit, signal);
        else if (evaluator) {
          const compiled = this.operate(() => replacePattern(evaluator.pattern, evaluator.caseSensitive), node.span, node.opSpan) as Compiled;
          value = await replaceByScriptBlock(left, compiled, evaluator.block, signal);
        } else value = this.operate(() => binary(node.op, left, right, this.#operatorScope), node.span, node.opSpan);
        // array + x always makes a new array (operators.ts), which the next `+` may extend.
        if (node.op === '+' && Array.isArray(keepChar(left)) && Array.isArray(value)) ownArray = value;
      }
    }
    return value;
  }

  /**
   * `$i++`, `++$i`, `$i--`, `--$i`: `$i = $i + 1` in the operand's own arithmetic (an Int64 stays Int64,
   * a Byte widens to Int32, Int32 overflows to Double, a Decimal keeps its scale); the value is the old
   * one for the postfix forms. $null counts as 0; an enum steps to its next value, keeping its type.
   */
  private async increment(expr: Extract<Expr, { kind: 'unary' }>, signal: AbortSignal): Promise<unknown> {
    const evaluated = unwrapArgument(await this.evalExpr(expr.operand, signal));
    const current = evaluated === null || evaluated === undefined ? 0 : evaluated;
    const op = expr.op.replace('post', '');
    // A [char] or a string is no number here: `$c++` fails as pwsh's does.
    const numeric = (typeof current === 'number' || current instanceof TypedNumber || current instanceof DecimalValue || current instanceof EnumValue) && !isCharValue(current);
    if (!numeric) {
      throw new PSErrorSignal(new ErrorRecord({ message: `The '${op}' operator works only on numbers. The operand is a '${typeNameOf(current)}'.`, errorId: 'OperatorRequiresNumber', category: 'InvalidOperation', exceptionType: 'RuntimeException', extent: this.source.extent(this.reportedAt(expr.span)) }), 'statement');
    }
    // pwsh adds -1 for `--`: a UInt32 0 steps to an Int64 -1, where `- 1` would give a Double.
    const next = this.operate(() => binary('+', current, op === '++' ? 1 : -1, this.#operatorScope), expr.span);
    await this.assignTo(expr.operand, next, expr.span, signal);
    return expr.op.startsWith('post') ? current : next;
  }

  /** `[ref]$n`: the variable itself (wherever it lives), read and written through `.Value`; `[ref]5` a value of its own. */
  private async reference(operand: Expr, span: Span, signal: AbortSignal): Promise<PSReference> {
    if (operand.kind !== 'variable') return PSReference.holding(await this.evalExpr(operand, signal));
    const { scope, bare } = splitScope(operand.name);
    const variable = scope === 'env' || scope === 'noDrive' || scope === 'function' || scope === 'alias' ? undefined : this.session.getVariable(bare, scope);
    if (!variable) {
      throw new PSErrorSignal(new ErrorRecord({ message: '[ref] cannot be applied to a variable that does not exist.', errorId: 'NonExistingVariableReference', category: 'InvalidOperation', exceptionType: 'RuntimeException', extent: this.source.extent(span) }), 'statement');
    }
    return new PSReference(
      () => variable.value,
      (v) => (variable.value = variable.options.constrain ? variable.options.constrain(v) : v),
    );
  }

  private typeFailure(e: unknown, span: Span): unknown {
    if (e instanceof TypeNotFoundError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'TypeNotFound', category: 'InvalidOperation', exceptionType: 'RuntimeException', targetObject: e.typeName, extent: this.source.extent(span) }), 'statement');
    }
    if (e instanceof ConversionError) {
      // A RuntimeException wrapping the PSInvalidCastException, as pwsh reports a failed cast.
      return new PSErrorSignal(ErrorRecord.wrapping({ message: e.message, errorId: e.errorId, category: 'InvalidArgument', exceptionType: 'RuntimeException', extent: this.source.extent(this.reportedAt(span)) }, e.exceptionType), 'statement');
    }
    return e;
  }

  /** Member and conversion failures as statement-terminating errors; anything else unchanged. */
  /** Set-StrictMode -Version 1 and up: a variable read before it was ever set is an error. */
  private checkStrictVariable(name: string, span: Span): void {
    const { scope, bare } = splitScope(name);
    // $args and $input always exist in pwsh, if empty.
    if (scope === 'env' || scope === 'noDrive' || scope === 'function' || scope === 'alias' || /^(?:true|false|null|args|input)$/i.test(bare)) return;
    if (this.session.getVariable(bare, scope) !== undefined) return;
    throw new PSErrorSignal(
      new ErrorRecord({ message: `The variable '$${name}' cannot be retrieved because it has not been set.`, errorId: 'VariableIsUndefined', category: 'InvalidOperation', exceptionType: 'RuntimeException', extent: this.source.extent(span) }),
      'statement',
    );
  }

  /**
   * Set-StrictMode -Version 2 and up: a property a custom object or hashtable does not have is an error.
   * Other objects are not checked (docs/language.md): spo-shell models only part of their .NET members.
   */
  private checkStrictMember(target: unknown, name: string, span: Span): void {
    const v = unwrap(target);
    const missing =
      v instanceof PSHashtable ? !v.has(name) && !/^(?:count|keys|values|issynchronized|syncroot|isreadonly|isfixedsize)$/i.test(name)
      : v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject' ? v.get(name) === undefined && !/^(?:psobject|count|length)$/i.test(name)
      : v instanceof SwitchParameter ? !/^(?:ispresent|psobject)$/i.test(name)
      : lacksIntrinsicMember(v, name);
    if (!missing) return;
    throw new PSErrorSignal(
      new ErrorRecord({ message: `The property '${name}' cannot be found on this object. Verify that the property exists.`, errorId: 'PropertyNotFoundStrict', category: 'NotSpecified', exceptionType: 'PropertyNotFoundException', extent: this.source.extent(span) }),
      'statement',
    );
  }

  private memberFailure(e: unknown, span: Span): unknown {
    if (e instanceof MemberError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: e.errorId, category: e.category, exceptionType: e.exceptionType, extent: this.source.extent(span) }), 'statement');
    }
    if (e instanceof ConversionError) {
      return new PSErrorSignal(ErrorRecord.wrapping({ message: e.message, errorId: e.errorId, category: 'InvalidArgument', exceptionType: 'RuntimeException', extent: this.source.extent(span) }, e.exceptionType), 'statement');
    }
    if (e instanceof WildcardPatternError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: 'RuntimeException', category: 'NotSpecified', exceptionType: e.exceptionType, exceptionFullName: e.exceptionFullName, extent: this.source.extent(span) }), 'statement');
    }
    if (e instanceof MethodCallError) {
      return new PSErrorSignal(new ErrorRecord({ message: e.message, errorId: e.errorId, category: 'NotSpecified', exceptionType: e.exceptionType, extent: this.source.extent(span) }), 'statement');
    }
    return e;
  }

  /** The text of a computed member name: the value as a string ($null: no name, so no member). */
  private async memberName(nameExpr: Expr, signal: AbortSignal): Promise<string> {
    return toPSString(automationNullToNull(await this.evalExpr(nameExpr, signal)));
  }

  private staticMember(type: unknown, memberName: string): unknown {
    const name = toPSString(getMember(type, 'FullName'));
    if (/^System\.Management\.Automation\.ActionPreference$/i.test(name) || /ActionPreference$/i.test(name)) {
      try {
        return toEnum(memberName, ACTION_PREFERENCE);
      } catch {
        return null;
      }
    }
    if (/^System\.String$/i.test(name) && memberName.toLowerCase() === 'empty') return '';
    const classType = classNamed(name);
    const classStatic = classType && staticPropertyOf(classType, memberName);
    if (classStatic) return classStatic.value;
    // [SomeEnum]::Name of an enum the shell knows (its commands' parameter enums).
    const enumType = enumTypeNamed(name);
    const enumName = enumType?.names.find((n) => n.toLowerCase() === memberName.toLowerCase());
    if (enumType && enumName) return new EnumValue(enumType, enumName);
    const member = memberName.toLowerCase();
    if (member === 'maxvalue' || member === 'minvalue') {
      const range = INTEGER_TYPES[name];
      // An integer type's limits are typed values ([long]::MaxValue prints all 19 digits).
      if (range && name !== 'System.Char') {
        const exact = exactIntegerRange(name)[member === 'maxvalue' ? 1 : 0];
        return typed(Number(exact), name, exact);
      }
      const limits = NUMERIC_LIMITS[name.toLowerCase()];
      if (limits) return member === 'maxvalue' ? limits[1] : limits[0];
    }
    if (/^System\.Console$/i.test(name) && /^(out|error)$/i.test(memberName)) return new ConsoleWriter(member === 'out' ? 'out' : 'error', this.consoleSink);
    return (languageStaticProperty(name, memberName) ?? staticProperty(name, memberName))?.value ?? null;
  }

  /** [Console]'s writes: to the host's stdout or stderr as they are, past the pipeline (console-writer.ts). */
  private readonly consoleSink: ConsoleSink = (stream, text) => this.host.write(stream === 'error' ? 'error' : 'output', text, { noNewline: true });

  private async staticInvoke(type: unknown, methodName: string, args: unknown[], span: Span, signal: AbortSignal, raw: readonly unknown[] = args, fresh: readonly boolean[] = [], castTypes: readonly (string | undefined)[] = [], genericArgs?: readonly string[]): Promise<unknown> {
    const fullName = toPSString(getMember(type, 'FullName'));
    const name = methodName.toLowerCase();
    try {
      refuseAutomationNull(fullName, raw);
      const classType = classNamed(fullName);
      if (classType) {
        if (name === 'new') return await constructClass(classType, args.map(unwrap), signal);
        const called = await invokeStaticMethod(classType, methodName, args.map(unwrap), signal);
        if (called) return called.value;
      }
      // LINQ (linq.ts, loaded on the first call): it binds generics by the arguments' types, casts included.
      if (fullName === 'System.Linq.Enumerable') {
        let typeArgs: string[] | undefined;
        try {
          typeArgs = genericArgs?.map((t) => toPSString(getMember(resolveTypeName(t), 'FullName')));
        } catch (e) {
          throw this.typeFailure(e, span);
        }
        const linq = await linqStaticCall(methodName, args, castTypes, signal, typeArgs);
        if (linq) return linq.value;
      }
      const languageCall = await languageStaticCall(fullName, methodName, args, this.#invoker, this.scriptBlockMethodServices(span), signal);
      if (languageCall) return languageCall.value;
      if (name === 'new') {
        if (isRecordedOnlyType(fullName)) throw MemberError.of(R.TypeMembersNotAvailable(fullName, methodName), 'NotImplemented');
        return await constructType(fullName, args);
      }
      if (/^System\.String$/i.test(fullName)) {
        if (name === 'isnullorempty') return unwrap(args[0]) === null || unwrap(args[0]) === '';
        if (name === 'isnullorwhitespace') return unwrap(args[0]) === null || toPSString(args[0]).trim() === '';
        if (name === 'join') {
          // Join(separator, values) or Join(separator, params object[]): each value's own ToString().
          if (args.length === 2 && isNullLike(args[1])) {
            throw invocationFailed('Join', 2, new DotNetException("Value cannot be null. (Parameter 'values')", 'ArgumentNullException'));
          }
          const values = args.length === 2 ? enumerate(unwrap(args[1])) : args.slice(1);
          return values.map((x) => (Array.isArray(unwrap(x)) ? typeNameOf(unwrap(x)) : toPSString(unwrapArgument(x)))).join(toPSString(args[0]));
        }
      }
      if (/^System\.Console$/i.test(fullName)) {
        const written = consoleWrite(this.consoleSink, 'out', methodName, args);
        if (written) return written.value;
      }
      const called = staticMethod(fullName, methodName, args) ?? objectStaticCall(methodName, args, fresh, invokeMethod);
      if (called) return called.value;
      if (isRecordedOnlyType(fullName)) throw MemberError.of(R.TypeMembersNotAvailable(fullName, methodName), 'NotImplemented');
      throw MemberError.of(R.MethodNotFound(fullName, methodName));
    } catch (e) {
      throw this.memberFailure(e, this.reportedAt(span));
    }
  }

  /** `typedIndex` is the index as evaluated (an Int32 and an Int64 or Double of one value differ to a dictionary). */
  private indexInto(target: unknown, index: unknown, span: Span, typedIndex: unknown = index): unknown {
    if (target === null || target === undefined) {
      throw new PSErrorSignal(new ErrorRecord({ ...R.NullArray(), category: 'InvalidOperation', exceptionType: 'RuntimeException', extent: this.source.extent(this.reportedAt(span)) }), 'statement');
    }
    if (index === null || index === undefined) {
      throw new PSErrorSignal(new ErrorRecord({ errorId: 'NullArrayIndex', message: 'Index operation failed; the array index evaluated to null.', category: 'InvalidOperation', exceptionType: 'RuntimeException', extent: this.source.extent(this.reportedAt(span)) }), 'statement');
    }
    if (target instanceof PSHashtable) return Array.isArray(index) ? index.map((k) => dictionaryItem(target, unwrap(k))) : dictionaryItem(target, index, typedIndex);
    if (isGroupCollection(target)) return groupIndex(target, index);
    if (target instanceof StringBuilderValue && !Array.isArray(index)) return stringBuilderChar(target, toInt(index));
    // A collection with an indexer of its own (a NameValueCollection's, by key).
    const own = target instanceof NamedCollection ? target.indexGet(index) : undefined;
    if (own) return own.value;
    // `.psobject.Properties['a']`: a member collection indexes by name only.
    if (isMemberCollection(target)) {
      const members = target as MemberCollection;
      return Array.isArray(index) ? index.map((n) => members.item(toPSString(n))) : members.item(toPSString(index));
    }
    if (Array.isArray(target) || typeof target === 'string') {
      if (Array.isArray(index)) {
        // A slice leaves out the positions past either end (`(1..5)[3..7]` is 4, 5), as pwsh does.
        const inRange = (i: unknown): boolean => {
          const n = toInt(unwrap(i) ?? 0);
          const at = n < 0 ? target.length + n : n;
          return at >= 0 && at < target.length;
        };
        return index.filter((i) => this.session.strictVersion >= 3 || inRange(i)).map((i) => this.indexInto(target, unwrap(i) ?? 0, span));
      }
      const i = toInt(index);
      const at = i < 0 ? target.length + i : i;
      if (at < 0 || at >= target.length) {
        if (this.session.strictVersion >= 3) this.strictIndexFailure(target, span);
        return null;
      }
      // A string indexes to a System.Char, as String's indexer gives it.
      return typeof target === 'string' ? new TypedNumber(target.charCodeAt(at), 'System.Char') : target[at];
    }
    if (target instanceof PSObject) {
      const named = target.get(toPSString(index));
      if (named !== undefined) return named;
      // A plain object (a file item, a custom object) without such a member is a scalar, as in pwsh:
      // `(Get-ChildItem one.txt)[0]` is the item. Types with an indexer of their own (XML nodes) are not.
      if ((target.constructor !== PSObject && !(target.constructor as { indexesAsScalar?: boolean }).indexesAsScalar) || (typeof index !== 'number' && !(index instanceof TypedNumber))) return null;
    }
    // Scalars index like a one-element array.
    if (toInt(index) === 0 || toInt(index) === -1) return target;
    if (this.session.strictVersion >= 3) this.strictIndexFailure(target, span);
    return null;
  }

  /**
   * Set-StrictMode 3 and later: an index past an array's (or list's, or string's) end is .NET's exception, and
   * a scalar indexed past its one element cannot be indexed at all, where the default mode gives $null.
   */
  private strictIndexFailure(target: unknown, span: Span): never {
    const extent = this.source.extent(this.reportedAt(span));
    if (target instanceof ArrayList) {
      throw new PSErrorSignal(new ErrorRecord({ errorId: 'System.ArgumentOutOfRangeException', message: R.ListIndexOutOfRange(), category: 'OperationStopped', exceptionType: 'ArgumentOutOfRangeException', extent }), 'statement');
    }
    if (Array.isArray(target) || typeof target === 'string') {
      throw new PSErrorSignal(new ErrorRecord({ errorId: 'System.IndexOutOfRangeException', message: R.IndexOutOfRange().message, category: 'OperationStopped', exceptionType: 'IndexOutOfRangeException', extent }), 'statement');
    }
    const typeName = typeNameOf(target) === 'System.Management.Automation.PSCustomObject' ? 'System.Management.Automation.PSObject' : typeNameOf(target);
    throw new PSErrorSignal(new ErrorRecord({ errorId: 'CannotIndex', message: `Unable to index into an object of type "${typeName}".`, category: 'InvalidOperation', exceptionType: 'RuntimeException', extent }), 'statement');
  }

  /**
   * A script block's or function's statements, with errors pointing into `source` (where the
   * block was written). `return` ends the block; what it wrote so far is its output.
   */
  async runBlock(statements: readonly Statement[], source: SourceMap, signal: AbortSignal, emit: Emit, keepReturn = false, frame = '<ScriptBlock>', call?: FrameCall): Promise<void> {
    const outer = this.source;
    const caller = this.statement;
    const callerPosition = this.#position;
    const callerSkipped = this.#skippedPoint;
    const callerFrame = this.#frames[this.#frames.length - 1];
    if (callerFrame) callerFrame.position = callerPosition;
    const depth = this.#frames.length;
    this.#frames.push({ name: frame, source, position: undefined, call });
    this.source = source;
    this.#position = this.#skippedPoint = undefined;
    // The body's statements keep their own $? state: an error an inner command wrote does not make
    // the call fail (pwsh 7.6.10: `function f { Write-Error x }; f; $?` is True, and `pwsh -c f`
    // exits 0). Only what ends the call (a terminating error) fails the caller's statement.
    this.statement = { failed: false };
    try {
      // A body with a trap runs as a statement list whose trap comes before any caller's try (flow.ts).
      if (statements.some((s) => s.kind === 'trap')) await this.#flow.runStatements([...statements], signal, emit);
      else await this.runNested(statements, signal, emit);
    } catch (e) {
      // An error leaving the block was raised inside it: its ScriptStackTrace starts here, if not deeper.
      if (e instanceof PSErrorSignal) this.stampStack(e.record);
      if (!(e instanceof ReturnSignal) || keepReturn) throw e;
      if (e.output.length) await emit(e.output);
    } finally {
      this.#frames.length = depth;
      this.source = outer;
      this.#position = callerPosition;
      this.#skippedPoint = callerSkipped;
      this.statement = caller;
    }
  }

  /** A block with no InvocationInfo of its own: its commands' caller is the statement the script (the outermost block) has reached. */
  withAnonymousInvocation<T>(body: () => Promise<T>): Promise<T> {
    const script = this.#frames[0];
    const position = this.#frames.length > 1 ? script?.position : this.#position;
    if (!script || !position) return body();
    return this.#processor.withAnonymousInvocation(script.source.extent(position), body);
  }

  /**
   * Errors written meanwhile go to the external error stream: the bare message (showError); an error that
   * would end only a statement ends the block, as in ScriptBlock.Invoke() (pwsh's DoInvokeReturnAsIs).
   */
  async withExternalErrors<T>(body: () => Promise<T>): Promise<T> {
    this.#externalErrors++;
    try {
      return await this.#flow.propagatingErrors(body);
    } finally {
      this.#externalErrors--;
    }
  }

  /** Errors that would end a statement end `body` instead, as in a class's method. */
  withPropagatingErrors<T>(body: () => Promise<T>): Promise<T> {
    return this.#flow.propagatingErrors(body);
  }

  /** A script block of another session, run by this one (a ForEach-Object -Parallel runspace's). */
  bindScriptBlock(block: ScriptBlock): ScriptBlock {
    return new ScriptBlock(block.ast, block.source, this.#invoker);
  }

  /** `$using:x`: the caller's value in a ForEach-Object -Parallel runspace, elsewhere PowerShell's error. */
  private usingValue(name: string, span: Span): unknown {
    const values = this.session.usingValues;
    const key = name.slice('using:'.length).toLowerCase();
    if (values?.has(key)) return values.get(key);
    throw this.usingRefused(span);
  }

  private usingRefused(span: Span): PSErrorSignal {
    return new PSErrorSignal(
      new ErrorRecord({
        message:
          'A Using variable cannot be retrieved. A Using variable can be used only with Invoke-Command, Start-Job, or InlineScript in the script workflow. When it is used with Invoke-Command, the Using variable is valid only if the script block is invoked on a remote computer.',
        errorId: 'UsingWithoutInvokeCommand',
        category: 'InvalidOperation',
        exceptionType: 'RuntimeException',
        extent: this.source.extent(this.reportedAt(span)),
      }),
      'statement',
    );
  }

  /** An expression written in another input (a parameter's default value). */
  async evalExprIn(expr: Expr, source: SourceMap, signal: AbortSignal): Promise<unknown> {
    const outer = this.source;
    const outerPosition = this.#position;
    const outerSkipped = this.#skippedPoint;
    this.source = source;
    this.#position = this.#skippedPoint = undefined;
    try {
      return await this.evalExpr(expr, signal);
    } finally {
      this.source = outer;
      this.#position = outerPosition;
      this.#skippedPoint = outerSkipped;
    }
  }

  /** A statement list collected (`$( )`, `@( )`). */
  private collectNested(statements: readonly Statement[], signal: AbortSignal, capture: Capture): Promise<unknown[]> {
    return this.collecting((emit) => this.runNested(statements, signal, emit), capture);
  }

  private async runNested(statements: readonly Statement[], signal: AbortSignal, emit: Emit): Promise<void> {
    // Each statement of a body or a $( ) has its own $?, set when it ends (pwsh 7.6.10:
    // `function g { Write-Error x; $?; $? }` gives False, True); the list's status is its last statement's.
    const outer = this.statement;
    let lastFailed = false;
    try {
      for (const stmt of statements) {
        this.statement = { failed: false };
        let terminated = false;
        try {
          await this.evalListStatement(stmt, signal, emit);
        } catch (e) {
          const before = takeOutputBefore(e);
          if (before.length) await emit(before);
          if (isControlTransfer(e)) throw e;
          const error = e instanceof PSErrorSignal ? e : this.toSignal(e, stmt.span);
          if (error.scope !== 'statement' || this.#flow.handlerAbove) throw error;
          // A statement-terminating error inside $( ) ends only that inner statement (outside try).
          if (this.reportTerminating(error)) throw new PSErrorSignal(error.record, 'script', true);
          this.statement.failed = terminated = true;
        }
        if (!terminated && leavesSuccess(stmt)) lastFailed = !this.lastSuccess();
        else {
          lastFailed = this.statement.failed && (terminated || !setsSuccess(stmt));
          this.setLastSuccess(!lastFailed);
        }
      }
    } finally {
      this.statement = outer;
    }
    if (lastFailed) outer.failed = true;
  }

  /**
   * Runs an operator; its failures are reported at the running statement (pwsh underlines all of
   * `$x = 1 + ($true * 1)`), or at the expression when no statement runs.
   */
  private operate(run: () => unknown, expressionSpan: Span, operatorSpan?: Span): unknown {
    try {
      return run();
    } catch (e) {
      const at = this.reportedAt(expressionSpan);
      if (e instanceof AtOperator) {
        if (e.error instanceof OperatorError) {
          const { entry, targetObject, innerException } = e.error;
          const extent = this.source.extent(e.error.atOperatorToken && operatorSpan ? operatorSpan : at);
          const init = { ...entry, category: e.error.category, exceptionType: e.error.exceptionType, targetObject, extent };
          throw new PSErrorSignal(innerException ? ErrorRecord.wrapping(init, innerException) : new ErrorRecord(init), 'statement');
        }
        throw this.memberFailure(e.error, at);
      }
      if (e instanceof WildcardPatternError) throw this.memberFailure(e, at);
      throw e;
    }
  }
}

function isIncrement(op: string): boolean {
  return op === '++' || op === '--' || op === 'post++' || op === 'post--';
}

/** `$i++` as a statement: it writes nothing (`($i++)` writes the old value). */
function isIncrementStatement(stmt: PipelineStatement): boolean {
  const only = stmt.elements.length === 1 ? stmt.elements[0]! : undefined;
  return only?.kind === 'expression' && only.expr.kind === 'unary' && isIncrement(only.expr.op);
}


/** A value stored into a typed array, converted to its element type (one the shell knows). */
function asElement(elementType: string, value: unknown): unknown {
  try {
    return castTo(elementType, value);
  } catch (e) {
    if (e instanceof TypeNotFoundError) return value;
    throw e;
  }
}

/** [double]::MinValue / ::MaxValue (integer types: exactIntegerRange). */
const SINGLE_MAX = (2 - 2 ** -23) * 2 ** 127;
const NUMERIC_LIMITS: Record<string, [unknown, unknown]> = {
  'system.double': [-Number.MAX_VALUE, Number.MAX_VALUE],
  'system.single': [new TypedNumber(-SINGLE_MAX, 'System.Single'), new TypedNumber(SINGLE_MAX, 'System.Single')],
};

/** The drives pwsh has on every system (besides the scope names): a `$drive:x` of another name has no drive. */
const KNOWN_DRIVES = new Set(['alias', 'env', 'function', 'variable', 'temp', 'cert', 'using', 'workflow']);

/** The drives whose items a variable path reads other than as variables (`$env:x`, `$function:f`, `$alias:a`). */
type DriveScope = 'env' | 'function' | 'alias' | 'noDrive';

/**
 * `$env:x` is the environment, `$function:f` a function's script block, `$alias:a` an alias's target;
 * `$global:`/`$script:`/`$local:` (and `$private:`) name a scope; `$variable:x` is `$x`; a prefix that names
 * no drive (`$nosuch:x`) reads as $null and cannot be assigned.
 */
function splitScope(name: string): { scope: ScopeName | DriveScope | undefined; bare: string; drive?: string } {
  const i = name.indexOf(':');
  if (i <= 0) return { scope: undefined, bare: name };
  const drive = name.slice(0, i);
  const prefix = drive.toLowerCase();
  const bare = name.slice(i + 1);
  if (prefix === 'global' || prefix === 'script' || prefix === 'local') return { scope: prefix, bare };
  if (prefix === 'private') return { scope: 'local', bare };
  if (prefix === 'variable') return { scope: undefined, bare };
  if (!KNOWN_DRIVES.has(prefix)) return { scope: 'noDrive', bare, drive };
  return { scope: prefix === 'env' || prefix === 'function' || prefix === 'alias' ? prefix : undefined, bare };
}

/**
 * Strict mode refuses the intrinsic Count and Length of a single value (`(5).Count`, `$null.Length`,
 * `'abc'.Count`) unless the value has the property itself; a custom object keeps both.
 */
function lacksIntrinsicMember(v: unknown, name: string): boolean {
  const count = /^count$/i.test(name);
  if (!count && !/^length$/i.test(name)) return false;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return count;
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof EnumValue || v instanceof DateTimeValue || v instanceof TimeSpanValue;
}

/** $null or AutomationNull, also wrapped: what `??`, `??=`, `?.` and `?[ ]` treat as nothing. */
function isNullLike(value: unknown): boolean {
  const base = unwrap(value);
  return base === null || base === undefined;
}

/**
 * `[T]$x` of AutomationNull (pwsh's cast binder): [object] and [pscustomobject] keep it; a reference type
 * gets $null (`[string]$x` too, where `[string]$null` is ''); a value type its default, with no error
 * (`[datetime]$x` is 01/01/0001, where `[datetime]$null` fails).
 */
function castAutomationNull(typeName: string): unknown {
  if (/^\s*(?:system\.)?(?:object|(?:management\.automation\.)?pscustomobject)\s*$/i.test(typeName)) return undefined;
  let converted: unknown;
  try {
    converted = castTo(typeName, null);
  } catch (e) {
    if (e instanceof TypeNotFoundError) throw e;
    // The value types whose $null conversion fails: an enum's or a TimeSpan's zero, Guid.Empty, DateTime.MinValue.
    for (const zero of [0, '00000000-0000-0000-0000-000000000000', '0001-01-01']) {
      try {
        return castTo(typeName, zero);
      } catch {
        // the next candidate
      }
    }
    throw e;
  }
  return converted === '' ? null : converted;
}

/** A .NET method gets a number typed as a command argument as its number (`$list.Add($o)` stores 16). */
function methodArgument(value: unknown): unknown {
  return value instanceof ArgumentNumber ? unwrapArgument(value) : automationNullToNull(value);
}

/** Whether Add-Member gave the value (or an element of an array among the values) members of its own. */
function hasInstanceMembers(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((x) => instanceMembersOf(x) !== undefined);
  return instanceMembersOf(value) !== undefined;
}

/** The type a method call's target is cast to (`([Base]$this).M()`), if it is a cast. */
function castTargetOf(expr: Expr): string | undefined {
  const inner = expr.kind === 'paren' ? soleExpressionOf(expr.pipeline) : expr;
  return inner?.kind === 'cast' ? inner.typeName : undefined;
}

/** The position an Int32 index picks in an OrderedDictionary (its `[int]` indexer); undefined for a key. */
function positionIn(table: PSHashtable, index: unknown): number | undefined {
  if (!table.indexedByPosition || typeNameOf(index) !== 'System.Int32') return undefined;
  return toInt(index);
}

/** `$table[index]`: by key, or by position in an OrderedDictionary ($null past its end, as pwsh reads it). */
function dictionaryItem(table: PSHashtable, index: unknown, typedIndex: unknown = index): unknown {
  const position = positionIn(table, typedIndex);
  if (position === undefined) return table.get(index);
  return table.entryAt(position)?.value ?? null;
}
