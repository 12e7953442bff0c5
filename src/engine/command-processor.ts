// The command processor (PowerShell's CommandProcessor with its parameter binder controller):
// resolve a command name in the command table, bind the already-evaluated arguments, then run
// begin / process (once per input object, rebinding the pipeline parameters each time) / end as
// the pipeline calls them (pipeline-runner.ts), each call passing its output on before it returns.
// It never evaluates AST: the executor hands it values, so it does not import the executor.

import { requestedModules } from './requested-modules.js';
import type { Span } from '../language/ast.js';
import type { CallerInvocation, CmdletDefinition } from './cmdlet.js';
import { BindingError, PromptCancelled, bindArguments, type BindArg, type BinderHost, type BindResult } from './binder.js';
import { PipelineBinder } from './pipeline-binder.js';
import * as B from './binder-strings.js';
import { CommandRuntime, StopUpstreamSignal, recordFactory, type Downstream, type EngineServices, type StatementState } from './command-runtime.js';
import type { RedirectionFrame } from './redirection.js';
import type { ScopeStack } from './session.js';
import { modulePrivateFunction } from './script-modules.js';
import type { PipelineStage } from './pipeline-runner.js';
import { ErrorRecord, ExitSignal, PSErrorSignal, PipelineStoppedSignal, type SourceExtent } from './errors.js';
import { NonInteractiveError, mandatoryPrompter, promptForCredential } from './prompts.js';
import * as R from './runtime-strings.js';
import type { SourceMap } from './source-map.js';
import { EnumValue, PSObject } from './values.js';
import { ScriptBlock } from './script-block.js';
import { collapse, unwrap } from './convert.js';
import { conflictWarning, matchDefaults, type DefaultArgument } from './default-parameter-values.js';
import { LoopSignal } from './control-flow.js';
import { ReportedErrorSignal } from './flow.js';
import { WildcardPatternError } from './wildcard.js';
import { PathError } from './paths.js';
import { FunctionTerminatingError } from './script-cmdlet.js';
import { FormatSequenceError } from './format-data.js';

/** One command of a pipeline, its arguments evaluated. */
export interface CommandRequest {
  definition: CmdletDefinition;
  /** The name as typed (an alias, another casing). */
  typedName: string;
  args: BindArg[];
  /** Whether objects come from a previous pipeline element (false for the first command). */
  hasInput: boolean;
  /** 1-based position in the pipeline. */
  position: number;
  commandSpan: Span;
  source: SourceMap;
  statement: StatementState;
  signal: AbortSignal;
}

/**
 * An entry of the function stack. A cmdlet that runs script text for its caller (Invoke-Expression,
 * Invoke-Command, ForEach-Object: CmdletDefinition.collectsInnerErrors) is on it too, as a collector only:
 * its -ErrorVariable gets the errors recorded inside it, as in pwsh, but it is no caller in a record's
 * ScriptStackTrace or $MyInvocation.
 */
type CallEntry = { name: string; extent: SourceExtent; role?: 'collector' | 'scriptblock'; invocationName?: string; script?: true };

/** The entries that are function calls (a record's stack, the caller of a command). */
const functionsOnly = (calls: ReadonlyArray<CallEntry>) => (calls.some((c) => c.role) ? calls.filter((c) => !c.role) : calls);

export class CommandProcessor {
  /**
   * The functions running now, innermost last: the caller a command's $MyInvocation-based records name.
   * Each call into a pipeline's command sets it to that command's own (its callers and itself): in
   * `f | % { Write-Error x }` the ForEach-Object block runs inside f's output but is not called by f.
   */
  #functionCalls: ReadonlyArray<CallEntry> = [];

  /** The runtime of each running function, by its entry in the function stack (for its -*Variable collectors). */
  readonly #runtimes = new WeakMap<object, CommandRuntime>();

  constructor(readonly engine: EngineServices) {}

  /** The runtimes of the functions on `calls`, outermost first. */
  #runtimesOf(calls: ReadonlyArray<object>): CommandRuntime[] {
    const runtimes: CommandRuntime[] = [];
    for (const call of calls) {
      const runtime = this.#runtimes.get(call);
      if (runtime) runtimes.push(runtime);
    }
    return runtimes;
  }

  /** An error recorded now ($Error): the -ErrorVariable of every function running gets it too, as in pwsh. */
  collectError(record: ErrorRecord | PSObject): void {
    for (const runtime of this.#runtimesOf(this.#functionCalls)) runtime.collectError(record);
  }

  /** The command a name stands for (an alias, or `Get-` implied: `help` → Get-Help); CommandNotFound otherwise. */
  resolve(typedName: string, nameExtent: SourceExtent, operator?: '&' | '.'): CmdletDefinition {
    const table = this.engine.commands;
    const alias = table.alias?.(typedName);
    // A module's own unexported functions come first inside its code (engine/script-modules.ts).
    const own = alias ? undefined : modulePrivateFunction(this.engine.session, typedName);
    if (own) return own;
    const resolved = table.resolve(typedName) ?? (typedName.includes('-') || alias ? undefined : table.resolve(`Get-${typedName}`));
    if (resolved) return resolved.definition;
    // An alias whose command does not exist: the term not recognized is its target, the record names the alias.
    if (alias) {
      throw new PSErrorSignal(new ErrorRecord({ ...this.#notFound(alias.target), invocationName: alias.name, extent: nameExtent }), 'statement');
    }
    // `& 'name'` and `. 'name'`: PowerShell's record names the operator as the invocation (`&: The term …`).
    const notFound = this.#notFound(typedName);
    throw new PSErrorSignal(new ErrorRecord({ ...notFound, ...(operator ? { invocationName: operator } : {}), extent: nameExtent }), 'statement');
  }

  /** Why a name runs nothing: PowerShell's "not recognized", told more where the shell knows more. */
  #notFound(typedName: string) {
    const table = this.engine.commands;
    const known = table.unavailable?.(typedName);
    if (known) {
      return {
        ...R.CommandNotAvailableInSpoShell(known.name, known.module),
        category: 'NotImplemented',
        exceptionType: 'CommandNotFoundException',
        targetObject: typedName,
        invocationName: typedName,
        activity: '',
      };
    }
    const base = R.CommandNotFoundException(typedName);
    const requested = requestedModules(this.engine.session).names();
    return {
      ...base,
      message: requested.length ? `${base.message}\n${R.RequestedModulesNotAvailable(requested)}` : base.message,
      category: 'ObjectNotFound',
      exceptionType: 'CommandNotFoundException',
      targetObject: typedName,
      invocationName: typedName,
      activity: '',
    };
  }

  /** `Name -?` runs `Get-Help Name`: the request for that. */
  helpRequest(def: CmdletDefinition, nameSpan: Span, request: Omit<CommandRequest, 'definition' | 'typedName' | 'args' | 'hasInput'>): CommandRequest {
    const getHelp = this.resolve('Get-Help', request.source.extent(nameSpan));
    return { ...request, definition: getHelp, typedName: 'Get-Help', args: [{ kind: 'value', value: def.name, span: nameSpan }], hasInput: false };
  }

  /**
   * Binds one command of a pipeline (all are bound before any runs, as in pwsh); the stage it returns
   * runs its begin, process (per input object) and end when the pipeline says (pipeline-runner.ts).
   */
  async prepare(request: CommandRequest, frame?: RedirectionFrame): Promise<CommandStage> {
    const { definition: def, typedName, args, position, source, signal } = request;
    const commandExtent = source.extent(request.commandSpan);
    const callers = [...this.#functionCalls];
    const functionCallers = functionsOnly(callers);
    const baseRecord = recordFactory(def, typedName, commandExtent);
    // A record remembers the script blocks that were running (its ScriptStackTrace).
    const makeRecord: typeof baseRecord = (spec, extent) => {
      const record = baseRecord(spec, extent);
      this.engine.stampStack(record);
      return record;
    };
    const binderHost = this.#binderHost(def, position, request.commandSpan, signal);
    const bindingFailure = (e: BindingError) =>
      new PSErrorSignal(
        makeRecord({ message: e.message, errorId: e.errorId, category: e.category, exceptionType: e.exceptionType, targetObject: e.targetObject }, e.span ? source.extent(e.span) : commandExtent),
        'statement',
      );
    let bound: BindResult;
    try {
      bound = await bindArguments(def, args, binderHost, { hasPipelineInput: request.hasInput, commandSpan: request.commandSpan });
    } catch (e) {
      if (e instanceof BindingError) throw bindingFailure(e);
      if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
      throw e;
    }
    const get = (n: string) => bound.values.get(n.toLowerCase());
    for (const name of ['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction']) {
      const v = get(name);
      if (v instanceof EnumValue && v.name === 'Suspend') {
        const span = args.find((a) => a.kind === 'param' && name.toLowerCase().startsWith(a.typed.toLowerCase()))?.span ?? request.commandSpan;
        throw bindingFailure(BindingError.of(B.ParameterBindingFailed(name, R.SuspendActionPreferenceReserved()), span, 'WriteError'));
      }
    }
    const innermost = callers.findLast((c) => c.role !== 'collector');
    const caller: CallerInvocation =
      innermost?.role === 'scriptblock'
        ? { kind: 'scriptblock', extent: innermost.extent }
        : innermost?.script
          ? { kind: 'externalScript', name: innermost.name, invocationName: innermost.invocationName ?? innermost.name, extent: innermost.extent }
          : innermost
            ? { kind: 'function', name: innermost.name, extent: innermost.extent }
          : { kind: 'script', text: source.text, file: source.file };
    const runtime = new CommandRuntime(
      this.engine,
      { has: (n) => bound.values.has(n.toLowerCase()), get, names: () => [...bound.names.values()] },
      { commandName: def.name, invocationName: typedName, parameterSetName: bound.parameterSet, pipelinePosition: position, caller, debugAsksOnVerbose: def.debugAsksOnVerbose, extent: commandExtent },
      signal,
      request.statement,
      makeRecord,
      this.#runtimesOf(functionCallers),
    );
    if (frame) frame.merge = (value) => runtime.writeMerged(value);
    const frames = this.engine.streams ? (frame ? [...this.engine.streams.frames, frame] : this.engine.streams.frames) : [];
    let calls = callers;
    if (def.commandType === 'Function' || def.commandType === 'ExternalScript' || def.collectsInnerErrors) {
      const call: CallEntry =
        def.commandType === 'Function'
          ? { name: def.name, extent: commandExtent }
          : def.commandType === 'ExternalScript'
            ? { name: def.name, extent: commandExtent, invocationName: typedName, script: true }
            : { name: def.name, extent: commandExtent, role: 'collector' };
      this.#runtimes.set(call, runtime);
      calls = [...callers, call];
    }
    return new CommandStage(this, { def, runtime, pipeline: request.hasInput ? new PipelineBinder(def, bound, binderHost) : undefined, makeRecord, signal, calls, scopes: this.engine.session.forkScopes(), frames, outputSink: frame?.outputSink });
  }

  /**
   * Runs `body` inside a script block that has no InvocationInfo of its own (Where-Object's): the commands
   * it runs take `extent` (the script's current statement) as their caller's position.
   */
  async withAnonymousInvocation<T>(extent: SourceExtent, body: () => Promise<T>): Promise<T> {
    const outer = this.#functionCalls;
    this.#functionCalls = [...outer, { name: '', extent, role: 'scriptblock' }];
    try {
      return await body();
    } finally {
      this.#functionCalls = outer;
    }
  }

  /** Makes `calls` the function stack (a pipeline command's, while it runs); returns the one it replaces. */
  useCalls(calls: ReadonlyArray<CallEntry>): ReadonlyArray<CallEntry> {
    const outer = this.#functionCalls;
    this.#functionCalls = calls;
    return outer;
  }

  /** Every failure leaving a command's block, as a PowerShell error (control flow passes unchanged). */
  translate(e: unknown, runtime: CommandRuntime, makeRecord: ReturnType<typeof recordFactory>, signal: AbortSignal): unknown {
    // $PSCmdlet.ThrowTerminatingError ended this function: here it is the call's statement-terminating error.
    if (e instanceof FunctionTerminatingError && e.context === runtime) return new PSErrorSignal(e.record, 'statement');
    if (e instanceof PromptCancelled) return new PipelineStoppedSignal();
    if (e instanceof NonInteractiveError) {
      return new PSErrorSignal(makeRecord({ ...R.NonInteractive(e.message), category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException' }), 'statement');
    }
    // break/continue leave the command for the caller's loop (or end the script), as in pwsh.
    if (e instanceof PSErrorSignal || e instanceof PipelineStoppedSignal || e instanceof ExitSignal || e instanceof LoopSignal || e instanceof ReportedErrorSignal || e instanceof StopUpstreamSignal) return e;
    // Format objects out of order (Out-String's, Out-File's): the executor reports it at the statement, as pwsh's out-lineoutput.
    if (e instanceof FormatSequenceError) return e;
    if (signal.aborted) return new PipelineStoppedSignal();
    // A path with a drive that does not exist, in a cmdlet that does not report it per path (Out-File C:\x).
    if (e instanceof PathError) {
      try {
        runtime.throwTerminatingError(e.spec);
      } catch (signal) {
        return signal;
      }
    }
    if (e instanceof WildcardPatternError) {
      return new PSErrorSignal(makeRecord({ message: e.message, errorId: 'RuntimeException', category: 'NotSpecified', exceptionType: e.exceptionType, exceptionFullName: e.exceptionFullName }), 'statement');
    }
    const message = e instanceof Error ? e.message : String(e);
    return new PSErrorSignal(makeRecord({ message, errorId: 'UnexpectedError', category: 'NotSpecified', exceptionType: e instanceof Error ? e.name : 'RuntimeException' }), 'statement');
  }

  /** Prompts the binder may need. A prompt answered with Ctrl+C (the signal aborted) stops the command quietly. */
  #binderHost(def: CmdletDefinition, position: number, commandSpan: Span, signal: AbortSignal): BinderHost {
    const host = this.engine.host;
    return {
      promptMandatory: mandatoryPrompter(host, def.name, position, signal),
      promptCredential: async (userName: string, parameterName: string) => {
        try {
          const credential = await promptForCredential(host, 'PowerShell credential request', 'Enter your credentials.', userName, signal);
          if (credential === null && signal.aborted) throw new PromptCancelled();
          return credential;
        } catch (e) {
          if (e instanceof NonInteractiveError) {
            throw BindingError.of(B.ParameterArgumentTransformationError(parameterName, e.message), commandSpan, 'InvalidData', 'ParameterBindingArgumentTransformationException');
          }
          throw e;
        }
      },
      parameterDefaults: async (commandName, parameters, bound) => {
        const { defaults, conflicts } = matchDefaults(this.engine.session.getVariable('PSDefaultParameterValues')?.value, commandName, parameters);
        for (const parameter of conflicts) host.write('warning', 'WARNING: ' + conflictWarning(parameter));
        const out: DefaultArgument[] = [];
        for (const found of defaults) {
          const block = unwrap(found.value);
          if (!(block instanceof ScriptBlock)) {
            out.push(found);
            continue;
          }
          // The block's $args[0]: what the command line bound so far (pwsh's DefaultParameterBindingContext).
          const context = new PSObject('System.Management.Automation.PSCustomObject', { BoundParameters: [...bound], BoundPositionalParameters: [], BoundDefaultParameters: [] });
          out.push({ param: found.param, value: collapse(await block.invoke({ args: [context] }, signal)) });
        }
        return out;
      },
      warn: (text) => host.write('warning', 'WARNING: ' + text),
    };
  }
}

/** The calls the pipeline makes into a command. */
const BEGIN = 0;
const PROCESS_ALONE = 1;
const PROCESS_ITEM = 2;
const END = 3;
type Phase = typeof BEGIN | typeof PROCESS_ALONE | typeof PROCESS_ITEM | typeof END;

/** What a stage needs to run its command. */
interface StageParts {
  def: CmdletDefinition;
  runtime: CommandRuntime;
  /** Binds each input object (absent for the first command of a pipeline). */
  pipeline?: PipelineBinder;
  makeRecord: ReturnType<typeof recordFactory>;
  signal: AbortSignal;
  /** The function stack while it runs: its callers, and itself for a function. */
  calls: ReadonlyArray<{ name: string; extent: SourceExtent }>;
  /** The command's own scope stack (a function's scope goes on top of it: Session.forkScopes). */
  scopes: ScopeStack;
  /** The redirections in force while it runs: those around its pipeline and its own. */
  frames: readonly RedirectionFrame[];
  /** Where its output goes instead of down the pipeline (`> file`, `>$null`). */
  outputSink?: Downstream;
}

/**
 * One bound command of a running pipeline (pwsh's CommandProcessor): begin, process once per input
 * object (its pipeline parameters bound afresh each time), end, then cleanup. What a call writes is
 * passed on before the call returns, so the next command runs inside it, as in PowerShell.
 */
export class CommandStage implements PipelineStage {
  readonly #processor: CommandProcessor;
  readonly #parts: StageParts;

  constructor(processor: CommandProcessor, parts: StageParts) {
    this.#processor = processor;
    this.#parts = parts;
  }

  connect(downstream: Downstream, all?: (items: unknown[]) => Promise<void> | void): void {
    // `> file` and `>$null` take the output instead of the next command.
    const sink = this.#parts.outputSink;
    this.#parts.runtime.downstream = sink ?? downstream;
    this.#parts.runtime.downstreamAll = sink ? undefined : all;
  }

  requested(signal: StopUpstreamSignal): boolean {
    return signal.requester === this.#parts.runtime;
  }

  begin(): Promise<void> {
    return this.#call(BEGIN, undefined);
  }

  processAlone(): Promise<void> {
    return this.#call(PROCESS_ALONE, undefined);
  }

  /** The process block for one input object, bound afresh to the ByValue parameters left unbound. */
  processItem(item: unknown): Promise<void> {
    return this.#call(PROCESS_ITEM, item);
  }

  end(): Promise<void> {
    return this.#call(END, undefined);
  }

  /**
   * Binds one input object; false when it binds nothing or leaves a mandatory parameter unbound: its
   * error is written (non-terminating, its target the object) and the process block skips it.
   */
  async #bindItem(item: unknown): Promise<boolean> {
    const { def, runtime, pipeline, signal } = this.#parts;
    if (signal.aborted) throw new PipelineStoppedSignal();
    runtime.input = item;
    runtime.hasInput = true;
    if (!pipeline) return true;
    let outcome;
    try {
      outcome = await pipeline.bind(item);
    } catch (e) {
      if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
      if (!(e instanceof BindingError)) throw e;
      await runtime.writeError({ message: e.message, errorId: e.errorId, category: e.category, exceptionType: e.exceptionType, targetObject: item });
      return false;
    }
    if (outcome.kind === 'bound') {
      runtime.invocation.parameterSetName = outcome.parameterSet;
      return true;
    }
    // A function takes any input: what no parameter binds reaches it as $_ and $input.
    if (outcome.kind === 'not-bound') {
      if (def.takesAnyInput) return true;
      await runtime.writeError({ ...B.InputObjectNotBound(), category: 'InvalidArgument', exceptionType: 'ParameterBindingException', targetObject: item });
      return false;
    }
    await runtime.writeError({ ...B.InputObjectMissingMandatory(outcome.parameters.map((p) => p.name)), category: 'InvalidArgument', exceptionType: 'ParameterBindingException', targetObject: item });
    return false;
  }

  /** The command is done (also when it failed): a function leaves its scope, the -*Variable collectors are stored. */
  cleanup(): void {
    const { def, runtime } = this.#parts;
    const session = this.#processor.engine.session;
    const scopes = session.useScopes(this.#parts.scopes);
    try {
      def.cleanup?.(runtime);
    } finally {
      session.useScopes(scopes);
      runtime.storeCollectors();
    }
  }

  /**
   * One call into the command, in its own scope stack, redirections and function stack, its output
   * passed on before it returns. (No closures per call: this runs once per object of every command.)
   */
  async #call(phase: Phase, item: unknown): Promise<void> {
    const parts = this.#parts;
    const { def, runtime } = parts;
    const engine = this.#processor.engine;
    const scopes = engine.session.useScopes(parts.scopes);
    const frames = engine.streams?.use(parts.frames);
    const calls = this.#processor.useCalls(parts.calls);
    try {
      let ran: Promise<void> | void;
      if (phase === PROCESS_ITEM) ran = (await this.#bindItem(item)) ? def.process(runtime) : undefined;
      else if (phase === BEGIN) ran = def.begin?.(runtime);
      else if (phase === PROCESS_ALONE) ran = def.process(runtime);
      else ran = def.end?.(runtime);
      if (ran) await ran;
      const flushed = runtime.flush();
      if (flushed) await flushed;
    } catch (e) {
      // What the command wrote before its terminating error has gone on already in pwsh (WriteObject
      // passes each object on at once): `Get-Item ./a.txt, FileSystem::*.txt` shows a.txt, then the error.
      if ((e instanceof PSErrorSignal && e.scope === 'statement') || e instanceof PathError) {
        const flushed = runtime.flush();
        if (flushed) await flushed;
      }
      // Translated while the function is still on the stack (the record's ScriptStackTrace names it).
      const failure = this.#processor.translate(e, runtime, parts.makeRecord, parts.signal);
      // The error that ends a command is in its -ErrorVariable (a function's `throw` too), as in pwsh; an
      // exception a cmdlet did not raise as its terminating error (Get-Verb's WildcardPatternException) is not.
      if (e instanceof FunctionTerminatingError && e.context === runtime) runtime.collectThrownTerminating(e.record);
      else if (def.collectsInnerErrors && failure instanceof PSErrorSignal && failure.stopException) runtime.collectLeavingStop(failure.record);
      else if (failure instanceof PSErrorSignal && e instanceof PSErrorSignal) runtime.collectLeavingError(failure.record);
      throw failure;
    } finally {
      this.#processor.useCalls(calls);
      engine.session.useScopes(scopes);
      if (frames) engine.streams?.use(frames);
    }
  }
}
