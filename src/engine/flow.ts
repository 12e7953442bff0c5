// Control-flow statements: if, foreach, for, while, do, switch, break/continue (with labels),
// return, try/catch/finally and trap, with PowerShell 7.6's semantics (checked against pwsh
// 7.6.10). Output goes to an `emit` callback so that a loop at the prompt writes as it goes and a
// loop inside `$x = …` or `$( )` is collected.
//
// Loops are where a script can spin: every statement and iteration passes `checkpoint`, which
// stops on Ctrl+C and gives the event loop a turn every YIELD_INTERVAL_MS of evaluation, so
// keys, SIGINT, SIGTERM and SIGHUP are seen within about that time even in `while ($true) {}`.

import type { CatchClause, Expr, FlowStatement, Span, Statement, StatementBlock } from '../language/ast.js';
import { BreakSignal, ContinueSignal, LoopSignal, ReturnSignal } from './control-flow.js';
import { StopUpstreamSignal, type StatementState } from './command-runtime.js';
import { automationNullToNull, collapse, isTrue, toPSString, unwrap, unwrapArgument } from './convert.js';
import { ErrorRecord, ExitSignal, PSErrorSignal, PipelineStoppedSignal, type SourceExtent } from './errors.js';
import { findHandler, resolveExceptionType } from './exception-types.js';
import { AtOperator, OperatorError, binary, switchRegexMatch, type OperatorScope } from './operators.js';
import { LoopEnumerator } from './loop-enumerator.js';
import { ScriptBlock } from './script-block.js';
import { takeOutputBefore } from './output-before-error.js';
import type { Session } from './session.js';
import { leavesSuccess, setsSuccess } from './statement-status.js';

/**
 * Where statements write their output objects. Inside a pipeline it runs the next command for them
 * (pipeline-runner.ts) before it returns, so it is always awaited.
 */
export type Emit = (values: unknown[]) => Promise<void> | void;

/** How long evaluation may run before it lets the event loop handle keys and signals. */
const YIELD_INTERVAL_MS = 15;

/** What the flow evaluator needs from the executor. */
export interface FlowServices {
  readonly session: Session;
  readonly statementState: StatementState;
  readonly operatorScope: OperatorScope;
  /** Runs a statement that is not control flow, its output going to `emit` as it is written. */
  evalStatement(stmt: Statement, signal: AbortSignal, emit: Emit): Promise<void>;
  /** A statement's value as `=` would assign it (conditions, foreach and switch input). */
  valueOf(stmt: Statement, signal: AbortSignal): Promise<unknown>;
  evalExpr(expr: Expr, signal: AbortSignal): Promise<unknown>;
  /** Reaching a sequence point that is not a statement (a foreach variable, a switch clause's condition). */
  reach(span: Span): void;
  setVariable(name: string, value: unknown): void;
  setLastSuccess(ok: boolean): void;
  /** Pipelines with a command started so far (see condition()). */
  readonly commandPipelines: number;
  /** Shows a terminating error; true when the rest of the script must not run. */
  reportTerminating(signal: PSErrorSignal): boolean;
  addToErrorHistory(record: ErrorRecord): void;
  showError(record: ErrorRecord): void;
  /** Anything thrown while running a statement, as a PowerShell error. */
  toSignal(e: unknown, span: Span): PSErrorSignal;
  extent(span: Span): SourceExtent;
  /** The text running now (a SourceMap): a catch block's own statements are the ones at its span in it. */
  readonly source: unknown;
}

export function isFlowStatement(stmt: Statement): stmt is FlowStatement {
  return stmt.kind !== 'pipeline' && stmt.kind !== 'chain' && stmt.kind !== 'assignment' && stmt.kind !== 'throw' && stmt.kind !== 'exit' && stmt.kind !== 'function';
}

/** An error that has been shown and ends the script (a trap's `break`, ErrorActionPreference Stop). */
export class ReportedErrorSignal extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.message);
  }
}

/** What a trap decided about the error it handled. */
type TrapOutcome = 'continue' | 'shown' | 'break';

/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: the global `performance` loads
 * Node's perf_hooks on first use, a few milliseconds of every `spo -c` start-up (issue 14).
 */
const monotonicMs = (): number => process.uptime() * 1000;

export class FlowEvaluator {
  /**
   * When the event loop last had a turn; unset until the first checkpoint, which starts the clock:
   * the 15 ms count evaluation, not the start-up before it (a turn there would let V8 run a pending
   * scavenge task before a one-line script's output: docs/startup.md, sixth round).
   */
  #lastYield: number | undefined;
  /** Inside a try block: terminating errors go to its catch instead of being reported. */
  #tryDepth = 0;
  /** Inside a statement list that has a trap (in this or a calling scope): errors go up to it. */
  #trapDepth = 0;
  /** The catch blocks running, innermost last: a bare `throw` written inside one rethrows its error. */
  readonly #catching: Array<{ error: PSErrorSignal; body: Span; source: unknown }> = [];

  constructor(private readonly services: FlowServices) {}

  /**
   * Whether a terminating error must travel up to an enclosing try or trap instead of being shown
   * where it happened: in pwsh a trap handles the errors of nested blocks, loops, script blocks and
   * functions too, and `continue` in it resumes after the trap's own statement that they are in.
   */
  get handlerAbove(): boolean {
    return this.#tryDepth > 0 || this.#trapDepth > 0;
  }

  /**
   * Runs `body` with every terminating error travelling up as an exception, as inside a try block:
   * a method call (ScriptBlock.Invoke) turns whatever ends the block into a MethodInvocationException.
   */
  async propagatingErrors<T>(body: () => Promise<T>): Promise<T> {
    this.#tryDepth++;
    try {
      return await body();
    } finally {
      this.#tryDepth--;
    }
  }

  /** Runs `body` (a statement list) with its traps in force for everything nested in it. */
  async withTraps<T>(hasTraps: boolean, body: () => Promise<T>): Promise<T> {
    if (!hasTraps) return body();
    this.#trapDepth++;
    try {
      return await body();
    } finally {
      this.#trapDepth--;
    }
  }

  /** checkpoint() when it has something to do (Ctrl+C, or time to yield), else nothing: no promise per call. */
  checkpointIfDue(signal: AbortSignal): Promise<void> | undefined {
    if (!signal.aborted && monotonicMs() - (this.#lastYield ??= monotonicMs()) < YIELD_INTERVAL_MS) return undefined;
    return this.checkpoint(signal);
  }

  /** Stops on Ctrl+C; lets the event loop run every YIELD_INTERVAL_MS (a cheap clock check otherwise). */
  async checkpoint(signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new PipelineStoppedSignal();
    if (monotonicMs() - (this.#lastYield ??= monotonicMs()) < YIELD_INTERVAL_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#lastYield = monotonicMs();
    if (signal.aborted) throw new PipelineStoppedSignal();
  }

  /**
   * An if, elseif, while, for or do condition. One that ran a command leaves $? True, whatever the
   * command did (pwsh's compiler: `if (Get-Item x -ea 0) { }; $?` is never False, so that
   * `if ((Get-Item a, b -ea 0) -and $?)` can test it); one of expressions only leaves it alone.
   */
  private async condition(stmt: Statement, signal: AbortSignal): Promise<boolean> {
    const before = this.services.commandPipelines;
    const value = isTrue(await this.services.valueOf(stmt, signal));
    if (this.services.commandPipelines !== before) this.services.setLastSuccess(true);
    return value;
  }

  async run(stmt: FlowStatement, signal: AbortSignal, emit: Emit): Promise<void> {
    switch (stmt.kind) {
      case 'if':
        for (const clause of stmt.clauses) {
          if (await this.condition(clause.condition, signal)) return this.runBlock(clause.body, signal, emit);
        }
        if (stmt.elseBody) await this.runBlock(stmt.elseBody, signal, emit);
        return;
      case 'foreach':
      case 'for':
      case 'while':
      case 'doLoop':
        return this.runLoop(stmt, signal, emit);
      case 'switch':
        return this.runSwitch(stmt, signal, emit);
      case 'break':
      case 'continue': {
        const label = stmt.label ? toPSString(await this.services.evalExpr(stmt.label, signal)) : undefined;
        throw stmt.kind === 'break' ? new BreakSignal(label) : new ContinueSignal(label);
      }
      case 'return': {
        // The value is output like any other; ReturnSignal then leaves the script block, holding the
        // value too (what a class method returns).
        const done = new ReturnSignal();
        if (stmt.value) {
          await this.services.evalStatement(stmt.value, signal, (values) => {
            for (const v of values) done.returned.push(v);
            return emit(values);
          });
        }
        throw done;
      }
      case 'try':
        return this.runTry(stmt, signal, emit);
      case 'trap':
        // A trap is not run where it stands: it handles the errors of its statement list.
        return;
    }
  }

  /** One statement of a list: control flow directly, anything else through the executor. */
  async runStatement(stmt: Statement, signal: AbortSignal, emit: Emit): Promise<void> {
    if (isFlowStatement(stmt)) return this.run(stmt, signal, emit);
    try {
      await this.services.evalStatement(stmt, signal, emit);
    } catch (e) {
      // What a collecting part of the statement held when it failed was written (output-before-error.ts).
      const before = takeOutputBefore(e);
      if (before.length) await emit(before);
      throw e;
    }
  }

  /**
   * A statement list (a body): $? follows each statement; a statement-terminating error ends
   * only its statement (outside try, as in PowerShell); traps in the list handle errors first.
   */
  async runStatements(statements: Statement[], signal: AbortSignal, emit: Emit): Promise<void> {
    const traps = statements.filter((s): s is Extract<FlowStatement, { kind: 'trap' }> => s.kind === 'trap');
    if (traps.length) this.#trapDepth++;
    try {
      await this.runList(statements, traps, signal, emit);
    } finally {
      if (traps.length) this.#trapDepth--;
    }
  }

  private async runList(statements: Statement[], traps: Array<Extract<FlowStatement, { kind: 'trap' }>>, signal: AbortSignal, emit: Emit): Promise<void> {
    const state = this.services.statementState;
    for (const stmt of statements) {
      await this.checkpoint(signal);
      state.failed = false;
      try {
        await this.runStatement(stmt, signal, emit);
      } catch (e) {
        if (isControlTransfer(e)) throw e;
        const error = this.services.toSignal(e, stmt.span);
        state.failed = true;
        this.services.setLastSuccess(false);
        if (traps.length) {
          // This list's traps come first, before any try or trap of a caller (pwsh 7.6.10).
          const outerHandler = this.#tryDepth > 0 || this.#trapDepth > 1;
          const outcome = await this.runTrap(traps, error, signal, emit, outerHandler);
          if (outcome === 'break') throw new ReportedErrorSignal(error.record);
          continue;
        }
        if (this.handlerAbove || error.scope === 'script') throw error;
        if (this.services.reportTerminating(error)) throw new ReportedErrorSignal(error.record);
        continue;
      }
      if (stmt.kind === 'trap') continue;
      // Control flow leaves $? as the statements inside it set it.
      if (leavesSuccess(stmt)) continue;
      // A statement whose value is an expression ends with $? True, for the statement around it too.
      if (setsSuccess(stmt)) state.failed = false;
      this.services.setLastSuccess(!state.failed);
    }
  }

  private runBlock(block: StatementBlock, signal: AbortSignal, emit: Emit): Promise<void> {
    return this.runStatements(block.statements, signal, emit);
  }

  // ---- loops ---------------------------------------------------------------------------------

  /** Runs one pass of a loop body; false when `break` left the loop. */
  private async iteration(stmt: { label?: string; body: StatementBlock }, signal: AbortSignal, emit: Emit): Promise<boolean> {
    await this.checkpoint(signal);
    try {
      await this.runBlock(stmt.body, signal, emit);
    } catch (e) {
      if (e instanceof LoopSignal && e.targets(stmt.label)) return !(e instanceof BreakSignal);
      throw e;
    }
    return true;
  }

  private async runLoop(stmt: Extract<FlowStatement, { kind: 'foreach' | 'for' | 'while' | 'doLoop' }>, signal: AbortSignal, emit: Emit): Promise<void> {
    const s = this.services;
    switch (stmt.kind) {
      case 'foreach': {
        const value = unwrap(await s.valueOf(stmt.iterable, signal));
        // $null iterates zero times, a scalar once, a collection once per element.
        const items = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
        const enumerator = new LoopEnumerator(items, isRange(stmt.iterable) ? 'System.Management.Automation.RangeEnumerator' : 'System.ArrayEnumerator');
        await this.withEnumerator('foreach', enumerator, async () => {
          // Each step of the enumeration is at the loop variable (pwsh's sequence point).
          while ((s.reach(stmt.variable.span), enumerator.MoveNext())) {
            s.setVariable(stmt.variable.name, enumerator.Current);
            if (!(await this.iteration(stmt, signal, emit))) return;
          }
        });
        return;
      }
      case 'for':
        if (stmt.init) await s.evalStatement(stmt.init, signal, emit);
        for (;;) {
          if (stmt.condition && !(await this.condition(stmt.condition, signal))) return;
          if (!(await this.iteration(stmt, signal, emit))) return;
          if (stmt.step) await s.evalStatement(stmt.step, signal, emit);
        }
      case 'while':
        while (await this.condition(stmt.condition, signal)) {
          if (!(await this.iteration(stmt, signal, emit))) return;
        }
        return;
      case 'doLoop':
        for (;;) {
          if (!(await this.iteration(stmt, signal, emit))) return;
          const value = await this.condition(stmt.condition, signal);
          if (value === stmt.until) return;
        }
    }
  }

  // ---- switch --------------------------------------------------------------------------------

  private async runSwitch(stmt: Extract<FlowStatement, { kind: 'switch' }>, signal: AbortSignal, emit: Emit): Promise<void> {
    const s = this.services;
    const switched = await s.valueOf(stmt.value, signal);
    const value = unwrap(switched);
    // An array is switched element by element; $null is one item; @() and AutomationNull (`switch (& {})`)
    // none. An item keeps its type (1.10d stays a Decimal, whose text is "1.10").
    const items = Array.isArray(value) ? value : switched === undefined ? [] : [switched];
    const { flags } = stmt;
    // Without -Regex or -Wildcard the item and the condition are compared as text, as pwsh's switch does
    // (`switch (1.10d) { 1.1 {} }` does not match: "1.10" is not "1.1").
    const op = flags.regex && !flags.exact ? '-match' : flags.wildcard && !flags.exact ? '-like' : '-eq';
    const compare = flags.caseSensitive ? op.replace('-', '-c') : op;
    const saved = s.session.getVariable('_')?.value;
    const enumerator = new LoopEnumerator(items, 'System.ArrayEnumerator');
    try {
      await this.withEnumerator('switch', enumerator, () => this.switchItems(stmt, enumerator, compare, signal, emit));
    } finally {
      s.setVariable('_', saved ?? null);
    }
  }

  private async switchItems(stmt: Extract<FlowStatement, { kind: 'switch' }>, enumerator: LoopEnumerator, compare: string, signal: AbortSignal, emit: Emit): Promise<void> {
    const s = this.services;
    while ((s.reach(stmt.value.span), enumerator.MoveNext())) {
      // An AutomationNull element is $null to the switch (`$_` pipes once), where foreach's variable keeps it.
      const item = automationNullToNull(enumerator.Current);
      await this.checkpoint(signal);
      s.setVariable('_', item);
      let matched = false;
      try {
        for (const clause of stmt.clauses) {
          if (!(await this.clauseMatches(clause.pattern, item, compare, signal))) continue;
          matched = true;
          await this.runBlock(clause.body, signal, emit);
        }
        if (!matched && stmt.defaultBody) await this.runBlock(stmt.defaultBody, signal, emit);
      } catch (e) {
        // `continue` goes on with the next item, `break` leaves the switch.
        if (e instanceof LoopSignal && e.targets(stmt.label)) {
          if (e instanceof BreakSignal) return;
          continue;
        }
        throw e;
      }
    }
  }

  /**
   * A switch condition: a script block is run with `$_` as the item and matches when its output is
   * true (whatever -Regex/-Wildcard say); anything else is compared with the switch's operator.
   */
  private async clauseMatches(pattern: Expr, item: unknown, compare: string, signal: AbortSignal): Promise<boolean> {
    this.services.reach(pattern.span);
    const value = unwrapArgument(await this.services.evalExpr(pattern, signal));
    if (value instanceof ScriptBlock) return isTrue(collapse(await value.invoke({ dotSource: true, dollarUnder: { value: item } }, signal)));
    // A number typed as a command argument is compared as its number, not its typed text.
    const subject = unwrapArgument(item);
    if (compare === '-eq' || compare === '-ceq') {
      // A $null condition matches only $null (a $null item matches '' too).
      if (value === null || value === undefined) return subject === null || subject === undefined;
      return compare === '-eq' ? toPSString(subject).toLowerCase() === toPSString(value).toLowerCase() : toPSString(subject) === toPSString(value);
    }
    if (compare === '-match' || compare === '-cmatch') {
      // A $null condition matches only a $null item (not '').
      if (value === null || value === undefined) return subject === null || subject === undefined;
      try {
        return switchRegexMatch(subject, value, compare === '-cmatch', this.services.operatorScope);
      } catch (e) {
        // A bad pattern is reported at the condition.
        if (!(e instanceof AtOperator) || !(e.error instanceof OperatorError)) throw e;
        const { entry, category, targetObject } = e.error;
        throw new PSErrorSignal(new ErrorRecord({ ...entry, category, targetObject, extent: this.services.extent(pattern.span) }), 'statement');
      }
    }
    return isTrue(binary(compare, subject, value, this.services.operatorScope));
  }

  /** `$foreach` / `$switch` name the loop's enumerator while it runs; the outer one comes back after. */
  private async withEnumerator(name: 'foreach' | 'switch', enumerator: LoopEnumerator, body: () => Promise<void>): Promise<void> {
    const s = this.services;
    const outer = s.session.getVariable(name)?.value;
    s.setVariable(name, enumerator);
    try {
      await body();
    } finally {
      s.setVariable(name, outer ?? null);
    }
  }

  // ---- try, catch, finally, trap -------------------------------------------------------------

  private async runTry(stmt: Extract<FlowStatement, { kind: 'try' }>, signal: AbortSignal, emit: Emit): Promise<void> {
    try {
      let caught: PSErrorSignal | undefined;
      this.#tryDepth++;
      try {
        await this.runBlock(stmt.body, signal, emit);
      } catch (e) {
        // $PSCmdlet.ThrowTerminatingError ends its function whatever try it is in (script-cmdlet.ts).
        if (isControlTransfer(e) || stmt.catches.length === 0 || (e instanceof PSErrorSignal && 'endsFunction' in e)) throw e;
        caught = this.services.toSignal(e, stmt.body.span);
      } finally {
        this.#tryDepth--;
      }
      if (!caught) return;
      const match = this.matchingCatch(stmt.catches, caught);
      if (!match) throw caught;
      if (!caught.stopException) this.services.addToErrorHistory(caught.record);
      this.services.statementState.failed = true;
      this.services.setLastSuccess(false);
      this.#catching.push({ error: caught, body: match.clause.body.span, source: this.services.source });
      try {
        await this.withErrorVariable(match.record, () => this.runBlock(match.clause.body, signal, emit));
      } finally {
        this.#catching.pop();
      }
    } finally {
      // Runs on errors, break, continue, return and exit too, as in PowerShell.
      if (stmt.finallyBody && signal.aborted) await this.runFinallyWhileStopping(stmt.finallyBody);
      else if (stmt.finallyBody) await this.runBlock(stmt.finallyBody, signal, emit);
    }
  }

  /**
   * Ctrl+C stopped the try block; PowerShell still runs the finally block (checked with pwsh 7.6.10):
   * to its end, a second Ctrl+C ignored, host output (Write-Host) shown, but the first value it sends
   * down the stopped pipeline ends it. Whatever ends it, the stop goes on.
   */
  private async runFinallyWhileStopping(block: StatementBlock): Promise<void> {
    const stopped: Emit = (values) => {
      if (values.length) throw new PipelineStoppedSignal();
    };
    try {
      await this.runBlock(block, new AbortController().signal, stopped);
    } catch {
      // The finally block ended early; the pipeline is stopping anyway.
    }
  }

  /**
   * The error a bare `throw` at `span` rethrows: that of the innermost running catch block the
   * statement is written in (script blocks inside it included, not functions defined elsewhere:
   * there pwsh's bare `throw` is ScriptHalted, as in a trap).
   */
  rethrowable(span: Span): PSErrorSignal | undefined {
    for (let i = this.#catching.length - 1; i >= 0; i--) {
      const c = this.#catching[i]!;
      if (c.source === this.services.source && c.body.start <= span.start && span.end <= c.body.end) return c.error;
    }
    return undefined;
  }

  /** The catch that takes the error (exception-types.ts), and the record its `$_` shows. */
  private matchingCatch(catches: CatchClause[], error: PSErrorSignal): { clause: CatchClause; record: ErrorRecord } | undefined {
    const typesOf = (clause: CatchClause): string[] =>
      clause.types.map((type) => {
        const resolved = resolveExceptionType(type.name);
        if (resolved) return resolved;
        throw new PSErrorSignal(
          new ErrorRecord({ message: `Unable to find type [${type.name}].`, errorId: 'TypeNotFound', category: 'InvalidOperation', exceptionType: 'RuntimeException', targetObject: type.name, extent: this.services.extent(type.span) }),
          'statement',
        );
      });
    const found = findHandler(catches, typesOf, error.record, error.stopException);
    return found && { clause: found.handler, record: found.record };
  }

  /** Runs `body` with $_ and $PSItem set to the error record, as in catch and trap blocks. */
  private async withErrorVariable(record: ErrorRecord, body: () => Promise<void>): Promise<void> {
    const s = this.services;
    const saved = s.session.getVariable('_')?.value;
    s.setVariable('_', record);
    s.setVariable('PSItem', record);
    try {
      await body();
    } finally {
      s.setVariable('_', saved ?? null);
      s.setVariable('PSItem', saved ?? null);
    }
  }

  /**
   * The trap that handles `error` (the first whose type matches): `continue` in it hides the
   * error, `break` ends the script with it, and otherwise the error is shown and the script goes
   * on after the statement that failed. With no matching trap the error is shown as usual.
   * With `outerHandler` (a try or trap of a calling block, pwsh 7.6.10), `break` and an error no
   * trap here takes go up to that handler instead, unshown.
   */
  async runTrap(traps: Array<Extract<FlowStatement, { kind: 'trap' }>>, error: PSErrorSignal, signal: AbortSignal, emit: Emit, outerHandler = false): Promise<TrapOutcome> {
    // A trap of a type spo-shell does not know takes nothing (the catch case reports it instead).
    const typesOf = (t: (typeof traps)[number]): string[] => (t.typeName ? [resolveExceptionType(t.typeName) ?? '\u0000unknown'] : []);
    const found = findHandler(traps, typesOf, error.record, error.stopException);
    if (!found) {
      if (outerHandler) throw error;
      if (this.services.reportTerminating(error)) return 'break';
      return 'shown';
    }
    const trap = found.handler;
    if (!error.stopException) this.services.addToErrorHistory(error.record);
    let outcome: TrapOutcome = 'shown';
    try {
      await this.withErrorVariable(found.record, () => this.runBlock(trap.body, signal, emit));
    } catch (e) {
      if (!(e instanceof LoopSignal)) throw e;
      outcome = e instanceof BreakSignal ? 'break' : 'continue';
    }
    if (outcome === 'break' && outerHandler) throw error;
    // Shown only: the record is in $Error already.
    if (outcome !== 'continue') this.services.showError(error.record);
    // What the trap's own statements did does not count: after it, $? is false (pwsh 7.6.10).
    this.services.setLastSuccess(false);
    return outcome;
  }
}

/** `foreach ($i in 1..3)`: pwsh walks a range with its own enumerator type. */
function isRange(stmt: Statement): boolean {
  if (stmt.kind !== 'pipeline' || stmt.elements.length !== 1) return false;
  const el = stmt.elements[0]!;
  return el.kind === 'expression' && el.expr.kind === 'binary' && el.expr.op === '..';
}

/** break, continue, return, exit, Ctrl+C and Select-Object -First's stop pass through error handling untouched. */
export function isControlTransfer(e: unknown): boolean {
  return e instanceof LoopSignal || e instanceof ReturnSignal || e instanceof PipelineStoppedSignal || e instanceof ExitSignal || e instanceof ReportedErrorSignal || e instanceof StopUpstreamSignal;
}
