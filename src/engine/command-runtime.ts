// The command runtime: the CmdletContext one running command sees (PowerShell's MshCommandRuntime).
// It owns the command's streams and how the preferences (-ErrorAction, $VerbosePreference, ...)
// route them, Inquire prompts, the -ErrorVariable/-WarningVariable/-InformationVariable/
// -OutVariable/-PipelineVariable collectors, WriteError and ThrowTerminatingError.

import type { Host } from '../host/host.js';
import type { CmdletContext, CmdletDefinition, CommandLookup, ErrorSpec, InvocationInfo } from './cmdlet.js';
import { outputObjects } from './convert.js';
import { scriptFunctionOf } from './function-definition.js';
import { ErrorRecord, PSErrorSignal, PipelineStoppedSignal, type SourceExtent } from './errors.js';
import { NonInteractiveError, promptForCredential, promptInquire } from './prompts.js';
import * as R from './runtime-strings.js';
import type { ScopeName, Session } from './session.js';
import { streamRecord, type StreamRouter } from './redirection.js';
import { ArrayList, EnumValue, PSObject, type PSCredential } from './values.js';
import { cmdletInvocationException, recordOfEntry, stopException } from './error-variable-entries.js';
import { ACTION_PREFERENCE } from './common-parameters.js';

export type Preference = 'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore' | 'Suspend' | 'Break';

/** What a running command needs from the engine around it. */
export interface EngineServices {
  readonly host: Host;
  readonly session: Session;
  readonly commands: CommandLookup;
  addToErrorHistory(record: ErrorRecord): void;
  /** Gives the -ErrorVariable of every function running an entry ($Error does not get it). */
  collectErrorEntry?(entry: PSObject): void;
  /** Gives a record raised now the ScriptStackTrace of the script blocks running, unless it has one. */
  stampStack(record: ErrorRecord): void;
  showError(record: ErrorRecord): void;
  /** The redirections running now (`2>&1`, `3> file`): where warning, verbose, debug and information records go. */
  readonly streams?: StreamRouter;
  /** The running script's current position (pwsh's FunctionContext.CurrentPosition), if any. */
  readonly currentExtent?: SourceExtent;
}

/** State of one top-level statement: whether anything failed (for $?). */
export interface StatementState {
  failed: boolean;
  /** -PipelineVariable names set by the running pipelines (removed when their pipeline ends). */
  pipelineVariables?: string[];
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

/** The value of a preference variable ($ErrorActionPreference, ...); Continue when unset. */
export function preferenceOf(session: Session, variable: string): Preference {
  const v = session.getVariable(variable)?.value;
  if (v instanceof EnumValue) return v.name as Preference;
  // A function's own `$ErrorActionPreference = 'Stop'` is a plain local variable (the global one's
  // conversion does not apply): pwsh converts its text or number when it reads it (7.6.10).
  const text = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
  const byName = text === undefined ? undefined : ACTION_PREFERENCE.names.find((n) => n.toLowerCase() === text);
  const byNumber = typeof v === 'number' && Number.isInteger(v) ? ACTION_PREFERENCE.names[v] : undefined;
  return (byName ?? byNumber ?? 'Continue') as Preference;
}

/** Builds the error records of one command: its name, invocation name and extent filled in. */
export function recordFactory(def: CmdletDefinition, invocationName: string, commandExtent: SourceExtent) {
  return (spec: ErrorSpec | ErrorRecord, extent?: SourceExtent): ErrorRecord => {
    if (spec instanceof ErrorRecord) {
      // A record with its caller's script invocation (Write-Error at the top level) has no position.
      if (spec.invokedScript === undefined && !spec.fromOtherRunspace) spec.extent ??= extent ?? commandExtent;
      spec.commandExtent ??= extent ?? commandExtent;
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
      invocationName,
      scriptBlockCommand: scriptBlockCommandOf(def),
      // A function's errors (a failed binding) carry its name where a cmdlet's carry its class: `…,f`.
      implementingType: def.commandType === 'Function' ? def.name : def.implementingType,
      recommendedAction: spec.recommendedAction,
      targetName: spec.targetName,
      errorDetails: spec.errorDetails,
      thrownByThrowStatement: spec.thrownByThrowStatement,
      exceptionProperties: spec.exceptionProperties,
      targetType: spec.targetType,
      extent: extent ?? commandExtent,
    });
  };
}

/** How a script block run as a command (`& { … }`) names itself in its errors (ErrorRecordInit.scriptBlockCommand). */
function scriptBlockCommandOf(def: CmdletDefinition): string | undefined {
  const fn = def.name === '' ? scriptFunctionOf(def) : undefined;
  if (!fn) return undefined;
  return fn.advanced ? '' : fn.block.ast.text;
}

/** A list collecting records for -ErrorVariable & co; `+name` appends to the existing value. */
class Collector {
  readonly items: unknown[];
  readonly #variable: string;

  readonly #scope: ScopeName | undefined;

  private constructor(
    readonly session: Session,
    name: string,
  ) {
    const append = name.startsWith('+');
    const qualified = /^(global|script|local|private):(.*)$/i.exec(append ? name.slice(1) : name);
    this.#scope = qualified ? (qualified[1]!.toLowerCase() === 'private' ? 'local' : (qualified[1]!.toLowerCase() as ScopeName)) : undefined;
    this.#variable = qualified ? qualified[2]! : append ? name.slice(1) : name;
    const existing = append ? session.getVariable(this.#variable, this.#scope)?.value : undefined;
    this.items = append ? (Array.isArray(existing) ? [...existing] : existing === undefined || existing === null ? [] : [existing]) : [];
  }

  static for(session: Session, name: unknown): Collector | undefined {
    return typeof name === 'string' && name ? new Collector(session, name) : undefined;
  }

  /** Adds `item` unless it is there already (a record reaches a function's list by more than one way). */
  add(item: unknown): void {
    if (!this.items.includes(item)) this.items.push(item);
  }

  /** The error that ended the command, unless the list holds it already (or the exception that carried it). */
  addLeaving(record: ErrorRecord): void {
    if (!this.items.some((entry) => recordOfEntry(entry) === record)) this.items.push(record);
  }

  /** The variable gets an ArrayList, as -OutVariable and -ErrorVariable give in pwsh (even for one item). */
  store(): void {
    const list = new ArrayList();
    list.push(...this.items);
    this.session.setVariable(this.#variable, list, undefined, this.#scope);
  }
}

export interface BoundValues {
  has(name: string): boolean;
  get(name: string): unknown;
  names(): string[];
}

/**
 * Select-Object -First has what it wants: the commands before it in its pipeline stop (pwsh's
 * StopUpstreamCommandsException). It passes through try/catch and traps, as control flow does; the
 * pipeline that holds the requesting command catches it and ends that command and those after it.
 */
export class StopUpstreamSignal extends Error {
  constructor(readonly requester: CommandRuntime) {
    super('The upstream commands were stopped.');
  }
}

/** Where a command's output objects go, one at a time: the next command's process block, or the statement's output. */
export type Downstream = (item: unknown) => Promise<void> | void;

export class CommandRuntime implements CmdletContext {
  readonly host: Host;
  readonly session: Session;
  readonly commands: CommandLookup;
  readonly params: CmdletContext['params'];
  /**
   * Objects written and not yet passed on. writeObject only queues (cmdlets call it without waiting);
   * flush() passes them on after each begin, process and end call, and a script's statements pass
   * theirs on as each statement writes them (sendObjects), so a pipeline streams as in PowerShell.
   */
  #pending: unknown[] = [];
  /** The next command's process block, or the statement's output (set by the pipeline). */
  downstream: Downstream = () => {};
  /** The statement's output, when this is the last command: what one call wrote goes there in one piece. */
  downstreamAll: ((items: unknown[]) => Promise<void> | void) | undefined;
  input: unknown = undefined;
  hasInput = false;

  readonly #engine: EngineServices;
  readonly #prefs: Preferences;
  readonly #statement: StatementState;
  readonly #makeRecord: (spec: ErrorSpec | ErrorRecord) => ErrorRecord;
  readonly #errors: Collector | undefined;
  /** The cmdlet failed to convert an argument itself (throwTerminatingError's `binding`). */
  #bindingFailed = false;
  readonly #warnings: Collector | undefined;
  readonly #information: Collector | undefined;
  readonly #out: Collector | undefined;
  readonly #pipelineVariable: string | undefined;
  /** The scope the pipeline runs in: -PipelineVariable is set there, also while an advanced function's body (its own scope) writes. */
  readonly #pipelineScope: object | undefined;
  /**
   * The advanced functions this command runs inside, innermost last. In pwsh the commands of a function's
   * body write into the function's own streams, so its -WarningVariable and -InformationVariable collect
   * what they write too (its -ErrorVariable collects through collectError, with every error the body records).
   */
  readonly #enclosing: readonly CommandRuntime[];

  constructor(
    engine: EngineServices,
    bound: BoundValues,
    readonly invocation: InvocationInfo,
    readonly signal: AbortSignal,
    statement: StatementState,
    makeRecord: (spec: ErrorSpec | ErrorRecord) => ErrorRecord,
    enclosing: readonly CommandRuntime[] = [],
  ) {
    this.#enclosing = enclosing;
    this.#engine = engine;
    this.host = engine.host;
    this.session = engine.session;
    this.commands = engine.commands;
    this.params = { has: bound.has, get: <T>(n: string) => bound.get(n) as T | undefined, names: bound.names };
    this.#statement = statement;
    this.#makeRecord = makeRecord;
    this.#prefs = this.#preferences(bound);
    this.#errors = Collector.for(this.session, bound.get('ErrorVariable'));
    this.#warnings = Collector.for(this.session, bound.get('WarningVariable'));
    this.#information = Collector.for(this.session, bound.get('InformationVariable'));
    this.#out = Collector.for(this.session, bound.get('OutVariable'));
    const pipelineVariable = bound.get('PipelineVariable');
    this.#pipelineVariable = typeof pipelineVariable === 'string' && pipelineVariable ? pipelineVariable : undefined;
    if (this.#pipelineVariable) (statement.pipelineVariables ??= []).push(this.#pipelineVariable);
    this.#pipelineScope = this.#pipelineVariable ? this.session.scopeHandle(0) : undefined;
  }

  #preferences(bound: BoundValues): Preferences {
    const name = (v: unknown) => (v instanceof EnumValue ? (v.name as Preference) : undefined);
    const pref = (variable: string) => preferenceOf(this.session, variable);
    const switchPref = (param: string, variable: string): Preference => {
      if (bound.has(param)) return bound.get(param) ? 'Continue' : 'SilentlyContinue';
      return pref(variable);
    };
    // -Debug on a cmdlet: its debug messages show, and (pwsh 7.6.10's MshCommandRuntime) its warnings and
    // verbose messages are written and then asked about (Inquire) unless -WarningAction / -Verbose say otherwise.
    // (Not for a cmdlet whose definition opts out: Connect-SPOService, see CmdletDefinition.debugAsksOnVerbose.)
    const debugAsks = bound.has('Debug') && Boolean(bound.get('Debug')) && this.invocation.debugAsksOnVerbose !== false;
    return {
      error: name(bound.get('ErrorAction')) ?? pref('ErrorActionPreference'),
      warning: name(bound.get('WarningAction')) ?? (debugAsks ? 'Inquire' : pref('WarningPreference')),
      verbose: !bound.has('Verbose') && debugAsks ? 'Inquire' : switchPref('Verbose', 'VerbosePreference'),
      debug: switchPref('Debug', 'DebugPreference'),
      information: name(bound.get('InformationAction')) ?? pref('InformationPreference'),
      informationExplicit: bound.has('InformationAction'),
    };
  }

  /** Writes the -*Variable collectors back to their variables (also when the command failed). */
  storeCollectors(): void {
    // pwsh binds parameters before it sets the variables up: a binding failure leaves them as they were.
    if (this.#bindingFailed) return;
    for (const c of [this.#errors, this.#warnings, this.#information, this.#out]) c?.store();
  }

  /**
   * An error recorded while this command (a function) runs, or one leaving it: its -ErrorVariable gets it,
   * as pwsh's error pipe of a function collects the errors of the commands in its body.
   */
  collectError(record: ErrorRecord | PSObject): void {
    this.#errors?.add(record);
  }

  /** The error leaving this command: its -ErrorVariable has it already when the command raised it itself. */
  collectLeavingError(record: ErrorRecord): void {
    this.#errors?.addLeaving(record);
  }

  /**
   * A command stopped inside the script block this cmdlet runs (ForEach-Object, Invoke-Command,
   * Invoke-Expression): its list already has the exception and the record; the exception leaving the
   * cmdlet is appended once more, as pwsh's ManageException appends it (7.6.10).
   */
  collectLeavingStop(record: ErrorRecord): void {
    this.#errors?.items.push(stopException(record));
  }

  /** $PSCmdlet.ThrowTerminatingError ended this function: its -ErrorVariable gets the CmdletInvocationException. */
  collectThrownTerminating(record: ErrorRecord): void {
    this.#errors?.add(cmdletInvocationException(record));
  }

  writeObject(value: unknown, enumerateIt = false): void {
    if (!enumerateIt) {
      // AutomationNull (convert.ts collectedValue) written alone is nothing (`Get-Variable x -ValueOnly`).
      if (value === undefined) return;
      this.#pending.push(value);
      this.#out?.items.push(value);
      return;
    }
    // As an element it goes on as $null (`$r = Write-Output $a; $r | …` sees it), as pwsh's output does.
    for (const item of outputObjects(value)) {
      this.#pending.push(item);
      this.#out?.items.push(item);
    }
  }

  /** A record a redirection merged into this command's output (`2>&1`): in order with its objects. */
  writeMerged(value: unknown): void {
    this.#pending.push(value);
  }

  /** Writes `values` and passes them on now (a function's or script block's statement output). */
  sendObjects(values: readonly unknown[]): Promise<void> | void {
    for (const v of values) {
      this.#pending.push(v);
      this.#out?.items.push(v);
    }
    return this.flush();
  }

  /** Passes what was written on, in order (the next command runs for each object before this one goes on). */
  flush(): Promise<void> | void {
    if (this.#pending.length === 0) return;
    return this.#flushPending();
  }

  async #flushPending(): Promise<void> {
    while (this.#pending.length) {
      const items = this.#pending;
      this.#pending = [];
      if (this.downstreamAll && !this.#pipelineVariable) {
        await this.downstreamAll(items);
        continue;
      }
      for (const item of items) {
        // -PipelineVariable holds the object the next command is working on.
        if (this.#pipelineVariable) {
          const up = this.session.visibleScopeHandles().indexOf(this.#pipelineScope!);
          this.session.setVariable(this.#pipelineVariable, item, undefined, up > 0 ? up : undefined);
        }
        await this.downstream(item);
      }
    }
  }

  /** Select-Object -First: stops the commands before this one (StopUpstreamSignal). */
  stopUpstream(): never {
    throw new StopUpstreamSignal(this);
  }

  markFailed(): void {
    this.#statement.failed = true;
  }

  async writeError(spec: ErrorSpec | ErrorRecord, options: { nested?: boolean } = {}): Promise<void> {
    // What the command wrote before the error goes on first, as pwsh's WriteObject passes it on at once.
    await this.flush();
    const record = this.#makeRecord(spec);
    const pref = this.#prefs.error;
    // Stop: the -ErrorVariable of this command and of the functions it runs in gets the exception that
    // stops them, before $Error (and those functions' lists) get the record (pwsh 7.6.10).
    if (pref === 'Stop') {
      const exception = stopException(record);
      this.#errors?.items.push(exception);
      this.#engine.collectErrorEntry?.(exception);
    } else if (pref !== 'Ignore') this.#errors?.items.push(record);
    if (!options.nested) this.#statement.failed = true;
    if (pref === 'Ignore') return;
    if (pref === 'Stop') {
      // A record without a position (Write-Error's at the top level of a script) takes the script's
      // current position when it stops it, as pwsh's CheckActionPreference gives it; others keep their command's.
      record.extent ??= this.#engine.currentExtent ?? record.commandExtent;
      this.#engine.addToErrorHistory(record);
      throw new PSErrorSignal(record, 'script', true);
    }
    if (pref === 'Inquire') await this.#inquire(record.message);
    this.#engine.addToErrorHistory(record);
    if (pref !== 'SilentlyContinue') this.#engine.showError(record);
  }

  recordError(record: ErrorRecord): void {
    this.#engine.addToErrorHistory(record);
  }

  throwTerminatingError(spec: ErrorSpec | ErrorRecord, options: { binding?: boolean } = {}): never {
    const record = this.#makeRecord(spec);
    // A parameter's argument the cmdlet converts itself fails as binding does: its -ErrorVariable stays unset.
    if (options.binding) this.#bindingFailed = true;
    else this.#errors?.add(cmdletInvocationException(record));
    throw new PSErrorSignal(record, 'statement');
  }

  async writeWarning(message: string): Promise<void> {
    // Collected even under Ignore, which only keeps it from being shown (pwsh 7.6.10).
    const warning = new PSObject('System.Management.Automation.WarningRecord', { Message: message }, ['Message'], message);
    for (const runtime of [this, ...this.#enclosing]) runtime.#warnings?.items.push(warning);
    await this.#stream(this.#prefs.warning, 'WarningPreference', 'warning', 'WARNING: ', message);
  }

  async writeVerbose(message: string): Promise<void> {
    await this.#stream(this.#prefs.verbose, 'VerbosePreference', 'verbose', 'VERBOSE: ', message);
  }

  async writeDebug(message: string): Promise<void> {
    await this.#stream(this.#prefs.debug, 'DebugPreference', 'debug', 'DEBUG: ', message);
  }

  async writeInformation(message: string, tags: string[] = []): Promise<void> {
    await this.flush();
    const isHost = tags.includes('PSHOST');
    // Write-Host shows its text whatever $InformationPreference says, but Stop still stops it afterwards.
    const pref = isHost && !this.#prefs.informationExplicit && this.#prefs.information !== 'Stop' ? 'Continue' : this.#prefs.information;
    // Collected even under Ignore, as warnings are (pwsh 7.6.10).
    const information = new PSObject('System.Management.Automation.InformationRecord', { MessageData: message, Tags: tags }, ['MessageData'], message);
    for (const runtime of [this, ...this.#enclosing]) runtime.#information?.items.push(information);
    // The record reaches a redirection (`6>&1`) whatever $InformationPreference says about showing it.
    const redirected = pref !== 'Ignore' && this.#engine.streams?.write('information', () => streamRecord('information', message, tags)) === true;
    if (pref === 'SilentlyContinue' && !redirected) this.host.keepSilentInformation?.(message, tags);
    if (pref === 'SilentlyContinue' || pref === 'Ignore') return;
    // Inquire asks before anything is written, and a Yes writes nothing more (pwsh 7.6.10).
    if (pref === 'Inquire') {
      await this.#inquire(R.ContinueWithOperation());
      return;
    }
    // Under Stop, Write-Information's message is only in the error that stops it (pwsh 7.6.10).
    if (pref === 'Stop') this.#stopFor('InformationPreference', message);
    if (!isHost && !redirected) this.host.write('information', message);
  }

  get informationRedirected(): boolean {
    return this.#engine.streams?.redirects('information') === true;
  }

  get verboseEnabled(): boolean {
    return this.#prefs.verbose !== 'SilentlyContinue' && this.#prefs.verbose !== 'Ignore';
  }

  get debugEnabled(): boolean {
    return this.#prefs.debug !== 'SilentlyContinue' && this.#prefs.debug !== 'Ignore';
  }

  async promptForCredential(caption: string, message: string, userName?: string): Promise<PSCredential | null> {
    try {
      return await promptForCredential(this.host, caption, message, userName, this.signal);
    } catch (e) {
      if (e instanceof NonInteractiveError) this.throwTerminatingError({ ...R.CouldNotPromptForCredential(e.message), category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException' });
      throw e;
    }
  }

  async #stream(pref: Preference, variable: string, kind: 'warning' | 'verbose' | 'debug', prefix: string, message: string): Promise<void> {
    await this.flush();
    if (pref === 'SilentlyContinue' || pref === 'Ignore') return;
    // The message is written before the Inquire prompt (pwsh 7.6.10); a redirection (`3>&1`) takes the record instead.
    if (!this.#engine.streams?.write(kind, () => streamRecord(kind, message))) this.host.write(kind, `${prefix}${message}`);
    if (pref === 'Inquire') await this.#inquire(R.ContinueWithOperation());
    if (pref === 'Stop') this.#stopFor(variable, message);
  }

  #stopFor(variable: string, message: string): never {
    throw new PSErrorSignal(this.#makeRecord({ ...R.ActionPreferenceStop(variable, message), category: 'OperationStopped', exceptionType: 'ActionPreferenceStopException' }), 'script', true);
  }

  /** The Inquire prompt: Yes goes on, Halt stops the script, Ctrl+C stops the pipeline. */
  async #inquire(message: string): Promise<boolean> {
    // Under -NonInteractive the prompt throws: the command stops with PowerShell's NonInteractive error
    // (the command processor reports it), as pwsh 7.6.10 does.
    const answer = await promptInquire(this.host, message, this.signal);
    if (answer === null) {
      if (this.signal.aborted) throw new PipelineStoppedSignal();
      // Input ended (a script's stdin at its end): pwsh's host reads null and the command fails with a
      // NullReferenceException, a statement-terminating error the script goes on after (pwsh 7.6.10).
      this.throwTerminatingError({
        message: 'Object reference not set to an instance of an object.',
        errorId: 'System.NullReferenceException',
        category: 'NotSpecified',
        exceptionType: 'NullReferenceException',
      });
    }
    if (answer === 'halt' || answer === 'suspend') {
      throw new PSErrorSignal(this.#makeRecord({ ...R.ActionPreferenceStopByUser(), category: 'OperationStopped', exceptionType: 'ActionPreferenceStopException' }), 'script', true);
    }
    return true;
  }
}
