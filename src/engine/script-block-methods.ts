// A script block's own methods, Invoke() and InvokeReturnAsIs() (System.Management.Automation.ScriptBlock),
// as pwsh 7.6.10 runs them: the block runs in a new scope with the arguments bound to its param( )
// block and $args; Invoke returns its output as a Collection<PSObject>, InvokeReturnAsIs as the
// pipeline would hand it on ($null, the one object, or an object[]). Any terminating error inside,
// even one that would only end a statement, ends the whole call and comes back wrapped in a
// MethodInvocationException ("Exception calling "Invoke" with "1" argument(s): …") whose inner
// exception is the original error; exit, break, continue and Ctrl+C pass through. Errors the block
// writes without terminating go to $Error and to the external error stream, which a redirected pwsh
// prints as the bare message (no view, no line break).

import { unwrap } from './convert.js';
import * as R from './runtime-strings.js';
import { ErrorRecord, PSErrorSignal, type SourceExtent } from './errors.js';
import { isControlTransfer } from './flow.js';
import { ScriptBlock } from './script-block.js';
import { PSObjectCollection } from './values.js';

/** What the evaluator lends a method call on a script block. */
export interface ScriptBlockMethodServices {
  /** Runs `body` with terminating errors travelling up as exceptions, and written errors sent to the external error stream. */
  asMethodCall<T>(body: () => Promise<T>): Promise<T>;
  /** Anything thrown while the block ran, as an error signal. */
  toSignal(e: unknown): PSErrorSignal;
  /** Where the call is (the running statement): the wrapped error's position. */
  extent: SourceExtent | undefined;
  /** GetNewClosure's scope: the current scope's variables as they are now (Session.captureLocals). */
  captureLocals?: () => object;
}

/** Runs `block.name(args)` when `name` is one of ScriptBlock's methods; undefined otherwise. */
export async function invokeScriptBlockMethod(
  target: unknown,
  name: string,
  args: readonly unknown[],
  services: ScriptBlockMethodServices,
  signal: AbortSignal,
): Promise<{ value: unknown } | undefined> {
  const block = unwrap(target);
  const method = name.toLowerCase();
  // GetNewClosure(): the same block, bound to a copy of the caller's variables (pwsh's dynamic module scope).
  if (block instanceof ScriptBlock && method === 'getnewclosure' && args.length === 0 && services.captureLocals) {
    return { value: new ScriptBlock(block.ast, block.source, block.runner, services.captureLocals()) };
  }
  if (!(block instanceof ScriptBlock) || (method !== 'invoke' && method !== 'invokereturnasis')) return undefined;
  let output: unknown[];
  try {
    output = await services.asMethodCall(() => block.invoke({ args: paramsArray(args) }, signal));
  } catch (e) {
    if (isControlTransfer(e)) throw e;
    const inner = wrappedError(services.toSignal(e));
    throw methodInvocationFailure(method === 'invoke' ? 'Invoke' : 'InvokeReturnAsIs', args.length, inner, services.extent);
  }
  if (method === 'invoke') return { value: PSObjectCollection.from(output) };
  return { value: output.length === 0 ? null : output.length === 1 ? output[0] : output };
}

/** The exception a MethodInvocationException wraps: an error that -ErrorAction Stop made terminating is an ActionPreferenceStopException. */
function wrappedError(error: PSErrorSignal): ErrorRecord {
  const record = error.record;
  if (!error.stopException || record.exceptionType === 'ActionPreferenceStopException') return record;
  return new ErrorRecord({
    ...R.ActionPreferenceStop('ErrorActionPreference', record.message),
    category: 'OperationStopped',
    exceptionType: 'ActionPreferenceStopException',
    extent: record.extent,
    inner: record,
  });
}

/**
 * The arguments of a `params object[] args` method as .NET binds them: one array argument is the
 * array itself (`$sb.Invoke(@(1, 2))` binds 1 and 2), one $null is no arguments.
 */
function paramsArray(args: readonly unknown[]): unknown[] {
  if (args.length !== 1) return [...args];
  const only = unwrap(args[0]);
  if (only === null || only === undefined) return [];
  return Array.isArray(only) ? [...only] : [args[0]];
}

/**
 * A .NET method's failure as pwsh reports it: a MethodInvocationException ("Exception calling "Invoke"
 * with "1" argument(s): …") around the error that ended the call, named after that error's exception type.
 */
export function methodInvocationFailure(method: string, argumentCount: number, inner: ErrorRecord, extent: SourceExtent | undefined): PSErrorSignal {
  return new PSErrorSignal(
    new ErrorRecord({
      message: `Exception calling "${method}" with "${argumentCount}" argument(s): "${inner.message}"`,
      errorId: inner.exceptionType,
      category: 'NotSpecified',
      exceptionType: 'MethodInvocationException',
      extent,
      inner,
    }),
    'statement',
  );
}
