// The command processor (PowerShell's CommandProcessor with its parameter binder controller):
// resolve a command name in the command table, bind the already-evaluated arguments, then run
// begin / process (once per input object, rebinding the pipeline parameters each time) / end.
// It never evaluates AST: the executor hands it values, so it does not import the executor.

import { requestedModules } from './requested-modules.js';
import type { Span } from '../language/ast.js';
import type { CallerInvocation, CmdletDefinition } from './cmdlet.js';
import { BindingError, PromptCancelled, bindArguments, bindPipelineInput, type BindArg, type BinderHost, type BindResult } from './binder.js';
import * as B from './binder-strings.js';
import { CommandRuntime, recordFactory, type EngineServices, type StatementState } from './command-runtime.js';
import { ErrorRecord, ExitSignal, PSErrorSignal, PipelineStoppedSignal, type SourceExtent } from './errors.js';
import { NonInteractiveError, mandatoryPrompter, promptForCredential } from './prompts.js';
import * as R from './runtime-strings.js';
import type { SourceMap } from './source-map.js';
import { EnumValue } from './values.js';
import { addOutputBefore } from './output-before-error.js';
import { LoopSignal } from './control-flow.js';
import { ReportedErrorSignal } from './flow.js';
import { WildcardPatternError } from './wildcard.js';
import { FunctionTerminatingError } from './script-cmdlet.js';

/** One command of a pipeline, its arguments evaluated. */
export interface CommandRequest {
  definition: CmdletDefinition;
  /** The name as typed (an alias, another casing). */
  typedName: string;
  args: BindArg[];
  /** Objects from the previous pipeline element; undefined for the first command. */
  input: unknown[] | undefined;
  /** 1-based position in the pipeline. */
  position: number;
  commandSpan: Span;
  source: SourceMap;
  statement: StatementState;
  signal: AbortSignal;
  /** The list the command's output goes to: a redirection's (`2>&1` merges records into it as they come). */
  outputs?: unknown[];
}

export class CommandProcessor {
  /** The functions running now, innermost last: the caller a command's $MyInvocation-based records name. */
  readonly #functionCalls: Array<{ name: string; extent: SourceExtent }> = [];

  constructor(readonly engine: EngineServices) {}

  /** The functions running now, outermost first (what an error raised here lists in its ScriptStackTrace). */
  get functionCalls(): ReadonlyArray<{ name: string; extent: SourceExtent }> {
    return [...this.#functionCalls];
  }

  /** The command a name stands for (an alias, or `Get-` implied: `help` → Get-Help); CommandNotFound otherwise. */
  resolve(typedName: string, nameExtent: SourceExtent, operator?: '&' | '.'): CmdletDefinition {
    const table = this.engine.commands;
    const resolved = table.resolve(typedName) ?? (typedName.includes('-') ? undefined : table.resolve(`Get-${typedName}`));
    if (resolved) return resolved.definition;
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
  helpRequest(def: CmdletDefinition, nameSpan: Span, request: Omit<CommandRequest, 'definition' | 'typedName' | 'args' | 'input'>): CommandRequest {
    const getHelp = this.resolve('Get-Help', request.source.extent(nameSpan));
    return { ...request, definition: getHelp, typedName: 'Get-Help', args: [{ kind: 'value', value: def.name, span: nameSpan }], input: undefined };
  }

  /** Binds and runs one command; returns what it wrote to the output stream. */
  async run(request: CommandRequest): Promise<unknown[]> {
    const { definition: def, typedName, args, input, position, source, signal } = request;
    const commandExtent = source.extent(request.commandSpan);
    const callers = [...this.#functionCalls];
    const baseRecord = recordFactory(def, typedName, commandExtent);
    // A record remembers the functions that were running (its ScriptStackTrace).
    const makeRecord: typeof baseRecord = (spec, extent) => {
      const record = baseRecord(spec, extent);
      record.callStack ??= callers;
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
      bound = await bindArguments(def, args, binderHost, { hasPipelineInput: input !== undefined, commandSpan: request.commandSpan });
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
    const innermost = this.#functionCalls[this.#functionCalls.length - 1];
    const caller: CallerInvocation = innermost ? { kind: 'function', ...innermost } : { kind: 'script', text: source.text, file: source.file };
    const runtime = new CommandRuntime(
      this.engine,
      { has: (n) => bound.values.has(n.toLowerCase()), get, names: () => [...bound.names.values()] },
      { commandName: def.name, invocationName: typedName, parameterSetName: bound.parameterSet, pipelinePosition: position, caller, debugAsksOnVerbose: def.debugAsksOnVerbose, extent: commandExtent },
      signal,
      request.statement,
      makeRecord,
      request.outputs,
    );
    const isFunction = def.commandType === 'Function';
    if (isFunction) this.#functionCalls.push({ name: def.name, extent: commandExtent });
    try {
      await this.#runBlocks(def, runtime, bound, input, binderHost, makeRecord, signal, isFunction);
    } catch (e) {
      // What the command wrote before it failed still counts as written (output-before-error.ts).
      addOutputBefore(e, runtime.outputs);
      throw e;
    }
    return runtime.outputs;
  }

  /** begin, process (once per input object) and end; every failure as a PowerShell error. */
  async #runBlocks(def: CmdletDefinition, runtime: CommandRuntime, bound: BindResult, input: unknown[] | undefined, binderHost: BinderHost, makeRecord: ReturnType<typeof recordFactory>, signal: AbortSignal, isFunction: boolean): Promise<void> {
    try {
      await def.begin?.(runtime);
      if (input === undefined) await def.process(runtime);
      else await this.#processInput(def, runtime, bound, input, binderHost, signal);
      await def.end?.(runtime);
    } catch (e) {
      // An error leaving a function remembers the functions it went through (its ScriptStackTrace).
      if (e instanceof PSErrorSignal && isFunction) e.record.callStack ??= [...this.#functionCalls];
      // $PSCmdlet.ThrowTerminatingError ended this function: here it is the call's statement-terminating error.
      if (e instanceof FunctionTerminatingError && e.context === runtime) throw new PSErrorSignal(e.record, 'statement');
      if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
      if (e instanceof NonInteractiveError) {
        throw new PSErrorSignal(makeRecord({ ...R.NonInteractive(e.message), category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException' }), 'statement');
      }
      // break/continue leave the command for the caller's loop (or end the script), as in pwsh.
      if (e instanceof PSErrorSignal || e instanceof PipelineStoppedSignal || e instanceof ExitSignal || e instanceof LoopSignal || e instanceof ReportedErrorSignal) throw e;
      if (signal.aborted) throw new PipelineStoppedSignal();
      if (e instanceof WildcardPatternError) {
        throw new PSErrorSignal(makeRecord({ message: e.message, errorId: 'RuntimeException', category: 'NotSpecified', exceptionType: e.exceptionType, exceptionFullName: e.exceptionFullName }), 'statement');
      }
      const message = e instanceof Error ? e.message : String(e);
      throw new PSErrorSignal(makeRecord({ message, errorId: 'UnexpectedError', category: 'NotSpecified', exceptionType: e instanceof Error ? e.name : 'RuntimeException' }), 'statement');
    } finally {
      if (isFunction) this.#functionCalls.pop();
      def.cleanup?.(runtime);
      runtime.storeCollectors();
    }
  }

  /** The process block once per input object, each bound afresh to the ByValue parameters left unbound. */
  async #processInput(def: CmdletDefinition, runtime: CommandRuntime, bound: BindResult, input: unknown[], binderHost: BinderHost, signal: AbortSignal): Promise<void> {
    for (const item of input) {
      if (signal.aborted) throw new PipelineStoppedSignal();
      runtime.input = item;
      runtime.hasInput = true;
      for (const p of [...bound.pipelineParameters, ...bound.propertyParameters]) {
        bound.values.delete(p.name.toLowerCase());
        bound.names.delete(p.name.toLowerCase());
      }
      let boundTo;
      try {
        boundTo = await bindPipelineInput(bound, item, binderHost);
      } catch (e) {
        if (e instanceof PromptCancelled) throw new PipelineStoppedSignal();
        // A pipeline object that fails a parameter's validation is that object's (non-terminating) error.
        if (!(e instanceof BindingError)) throw e;
        await runtime.writeError({ message: e.message, errorId: e.errorId, category: e.category, exceptionType: e.exceptionType, targetObject: e.targetObject });
        continue;
      }
      // A function takes any input: what no parameter binds reaches it as $_ and $input.
      if (!boundTo && !def.takesAnyInput) {
        await runtime.writeError({ ...B.InputObjectNotBound(), category: 'InvalidArgument', exceptionType: 'ParameterBindingException', targetObject: item });
        continue;
      }
      await def.process(runtime);
    }
  }

  /** Prompts the binder may need. A prompt answered with Ctrl+C (the signal aborted) stops the command quietly. */
  #binderHost(def: CmdletDefinition, position: number, commandSpan: Span, signal: AbortSignal): BinderHost {
    const host = this.engine.host;
    return {
      promptMandatory: mandatoryPrompter(host, def.name, position, signal),
      promptCredential: async (userName: string) => {
        try {
          const credential = await promptForCredential(host, 'PowerShell credential request', 'Enter your credentials.', userName, signal);
          if (credential === null && signal.aborted) throw new PromptCancelled();
          return credential;
        } catch (e) {
          if (e instanceof NonInteractiveError) {
            throw BindingError.of(B.ParameterArgumentTransformationError('Credential', e.message), commandSpan, 'InvalidData', 'ParameterBindingArgumentTransformationException');
          }
          throw e;
        }
      },
    };
  }
}
