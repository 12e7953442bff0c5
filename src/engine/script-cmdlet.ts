// $PSCmdlet in an advanced function (PowerShell's PSScriptCmdlet): the function's own command runtime,
// so that a script writes to its streams as a compiled cmdlet does. WriteError and
// ThrowTerminatingError give the record the function's invocation (MshCommandRuntime.WriteError sets
// it): the function names the error (`f:` in ConciseView, `…,f` in the FullyQualifiedErrorId) and its
// call is the position shown.

import * as R from './runtime-strings.js';
import type { CmdletContext } from './cmdlet.js';
import { ErrorRecord, PSErrorSignal } from './errors.js';
import { DotNetException, argumentConversionError, invocationFailed } from './member-error.js';
import { noOverload } from './method-binder.js';
import { isTrue, toPSString, typeNameOf, unwrap } from './convert.js';
import { PSObject } from './values.js';
import { NonInteractiveError } from './prompts.js';
import { operationQuestion, shouldContinue, shouldProcess, type ShouldProcessQuestion, type ShouldProcessSupport } from './should-process.js';

const TYPE_NAME = 'System.Management.Automation.PSScriptCmdlet';

/**
 * $PSCmdlet.ThrowTerminatingError: ends the whole function (not only the statement that called it;
 * a try/catch inside the function does not catch it, as in pwsh 7.6.10, though its finally runs); where
 * the function was called it is the failed command's statement-terminating error (command-processor.ts
 * turns it back into one there).
 */
export class FunctionTerminatingError extends PSErrorSignal {
  /** Read by flow.ts: a try inside the function lets it pass. */
  readonly endsFunction = true;
  constructor(
    record: ErrorRecord,
    readonly context: CmdletContext,
  ) {
    super(record, 'script');
  }
}
const ERROR_RECORD = 'System.Management.Automation.ErrorRecord';

export class ScriptCmdlet extends PSObject {
  constructor(
    readonly context: CmdletContext,
    /** The function's [CmdletBinding(SupportsShouldProcess, ConfirmImpact)]. */
    readonly support: ShouldProcessSupport = { supportsShouldProcess: false, confirmImpact: 'Medium' },
  ) {
    super(TYPE_NAME, { ParameterSetName: context.invocation.parameterSetName }, undefined, TYPE_NAME);
  }

  override get(name: string): unknown {
    // $PSCmdlet.MyInvocation is the function's $MyInvocation.
    if (name.toLowerCase() === 'myinvocation') return this.context.session.getVariable('MyInvocation')?.value;
    // The set the current pipeline object bound to (it changes per object).
    if (name.toLowerCase() === 'parametersetname') return this.context.invocation.parameterSetName;
    return super.get(name);
  }

  /** The record as the function writes it: its invocation, its call's position; the activity an override keeps. */
  #restamped(record: ErrorRecord): ErrorRecord {
    const { commandName, invocationName, extent } = this.context.invocation;
    const activityOverridden = record.activity !== '' && record.activity !== record.commandName;
    const copy = new ErrorRecord({
      message: record.message,
      errorId: record.errorId,
      category: record.category,
      exceptionType: record.exceptionType,
      exceptionFullName: record.exceptionFullName,
      targetObject: record.targetObject,
      commandName,
      invocationName,
      implementingType: commandName,
      activity: activityOverridden ? record.activity : commandName,
      recommendedAction: record.recommendedAction,
      targetName: record.targetName,
      targetType: record.targetType,
      inner: record.inner,
      extent,
      commandExtent: extent,
    });
    copy.scriptStack = record.scriptStack;
    return copy;
  }

  /**
   * One of the methods PSScriptCmdlet has; undefined for a name it does not have (the usual lookup then
   * reports it). WriteObject writes to the function's own output as it goes (the context's), as pwsh's
   * command runtime does: not into whatever the calling statement collects (`$x = $PSCmdlet.WriteObject(1)`
   * leaves $x empty), and in order with the statements' output, since that streams too.
   */
  async invoke(name: string, args: readonly unknown[]): Promise<{ value: unknown } | undefined> {
    const method = name.toLowerCase();
    const ctx = this.context;
    const oneArgument = (canonical: string, counts: number[] = [1]) => {
      if (!counts.includes(args.length)) throw noOverload(canonical, args.length);
    };
    const errorRecord = (canonical: string): ErrorRecord => {
      oneArgument(canonical);
      const v = unwrap(args[0]);
      if (v === null || v === undefined) {
        throw invocationFailed(
          canonical,
          1,
          new DotNetException(R.ArgumentNull('errorRecord'), 'PSArgumentNullException'),
        );
      }
      if (!(v instanceof ErrorRecord)) {
        const inner = `Cannot convert the "${toPSString(v)}" value of type "${typeNameOf(v)}" to type "${ERROR_RECORD}".`;
        throw argumentConversionError(canonical, 'errorRecord', toPSString(v), ERROR_RECORD, inner);
      }
      return v;
    };
    const text = (canonical: string) => {
      oneArgument(canonical);
      return toPSString(args[0]);
    };
    switch (method) {
      case 'writeerror':
        await ctx.writeError(this.#restamped(errorRecord('WriteError')));
        return { value: undefined };
      case 'throwterminatingerror':
        throw new FunctionTerminatingError(this.#restamped(errorRecord('ThrowTerminatingError')), ctx);
      case 'writeverbose':
        await ctx.writeVerbose(text('WriteVerbose'));
        return { value: undefined };
      case 'writewarning':
        await ctx.writeWarning(text('WriteWarning'));
        return { value: undefined };
      case 'writedebug':
        await ctx.writeDebug(text('WriteDebug'));
        return { value: undefined };
      case 'writeobject': {
        oneArgument('WriteObject', [1, 2]);
        const items = args.length === 2 && isTrue(args[1]) ? enumerated(args[0]) : [args[0]];
        // Passed on at once (the next command runs for each before the call returns), as the function's
        // statements' output is; writeObject alone would hold them until the block's next output or end.
        if (ctx.sendObjects) await ctx.sendObjects(items);
        else for (const item of items) ctx.writeObject(item);
        return { value: undefined };
      }
      case 'shouldprocess': {
        // (target), (target, action), (verboseDescription, verboseWarning, caption[, out reason]).
        if (args.length < 1 || args.length > 4) throw noOverload('ShouldProcess', args.length);
        const question: ShouldProcessQuestion =
          args.length <= 2
            ? operationQuestion(args[0], args.length === 2 ? toPSString(args[1]) : ctx.invocation.commandName)
            : { description: toPSString(args[0]), query: toPSString(args[1]), caption: toPSString(args[2]) };
        return { value: await this.#asking('ShouldProcess', args.length, () => shouldProcess(ctx, this.support, question)) };
      }
      case 'shouldcontinue':
        if (args.length !== 2) throw noOverload('ShouldContinue', args.length);
        return { value: await this.#asking('ShouldContinue', 2, () => shouldContinue(ctx, toPSString(args[0]), toPSString(args[1]))) };
      default:
        return undefined;
    }
  }

  /** A question that cannot be asked (-NonInteractive) fails as the method call pwsh reports. */
  async #asking(canonical: string, count: number, ask: () => Promise<boolean>): Promise<boolean> {
    try {
      return await ask();
    } catch (e) {
      if (e instanceof NonInteractiveError) throw invocationFailed(canonical, count, new DotNetException(e.message, 'PSInvalidOperationException'));
      throw e;
    }
  }
}

function enumerated(value: unknown): unknown[] {
  const v = unwrap(value);
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? [...v] : [value];
}
