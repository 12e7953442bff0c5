// ForEach-Object -Parallel: the script block runs for each input object in a runspace of its own
// (engine/runspace.ts), up to -ThrottleLimit (default 5) at a time. spo-shell runs them as concurrent
// tasks on its one thread: a block that waits (Start-Sleep, a web call, a sign-in) lets the others run,
// which is what bulk SharePoint work spends its time on. As in pwsh 7.6.10 (measured):
// - objects and errors come out as the blocks write them, whichever block finishes first;
// - the caller's variables are there only as `$using:name`, read once when the command starts (an unset
//   one stops it before any block runs);
// - a `throw` in a block is a non-terminating error of its own (PSTaskException) and the others go on;
// - -TimeoutSeconds stops the blocks still running, each with "The pipeline has been stopped.";
// - verbose and debug text goes out through ForEach-Object's own streams (so its preferences decide: by
//   default none of it shows), Write-Host's text as it was written; -ErrorAction, -WarningAction, -InformationAction and -PipelineVariable are
//   refused;
// - -AsJob writes a PSTaskJob at the end instead (engine/jobs.ts): the blocks run for the objects it was
//   given while the session goes on, and Receive-Job reads what they wrote.

import type { CmdletContext } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import { ErrorRecord, PSErrorSignal } from '../engine/errors.js';
import type { ScriptBlock } from '../engine/script-block.js';
import type { Forward, ForwardedStream } from '../engine/runspace.js';
import type { HostWriteOptions } from '../host/host.js';

type Output = { kind: 'object'; value: unknown } | { kind: 'error'; record: ErrorRecord } | { kind: ForwardedStream; text: string; options?: HostWriteOptions };

interface ParallelRun {
  block: ScriptBlock;
  usingValues: ReadonlyMap<string, unknown>;
  limit: number;
  running: Set<Promise<void>>;
  ready: Output[];
  timeout: AbortController;
  timer: ReturnType<typeof setTimeout> | undefined;
  runspaces: typeof import('../engine/runspace.js');
  /** -AsJob: the input objects, run as a PSTaskJob when the command ends. */
  jobItems?: unknown[];
}

const runs = new WeakMap<CmdletContext, ParallelRun>();

export async function beginParallel(ctx: CmdletContext): Promise<void> {
  if (['ErrorAction', 'WarningAction', 'InformationAction', 'PipelineVariable'].some((name) => ctx.params.has(name))) {
    ctx.throwTerminatingError({
      message: 'The following common parameters are not currently supported in the Parallel parameter set:\nErrorAction, WarningAction, InformationAction, PipelineVariable',
      errorId: 'ParallelCommonParametersNotSupported',
      category: 'NotImplemented',
      exceptionType: 'PSNotSupportedException',
      exceptionFullName: 'System.Management.Automation.PSNotSupportedException',
    });
  }
  const runspaces = await import('../engine/runspace.js');
  const block = unwrap(ctx.params.get('Parallel')) as ScriptBlock;
  const usingValues = runspaces.usingValuesOf(block, ctx.session, (error) => ctx.throwTerminatingError(error));
  const seconds = ctx.params.get<number>('TimeoutSeconds') ?? 0;
  const timeout = new AbortController();
  const timer = seconds > 0 ? setTimeout(() => timeout.abort(), seconds * 1000) : undefined;
  timer?.unref?.();
  const jobItems = ctx.params.get('AsJob') === true ? [] : undefined;
  runs.set(ctx, { block, usingValues, limit: ctx.params.get<number>('ThrottleLimit') ?? 5, running: new Set(), ready: [], timeout, timer, runspaces, jobItems });
}

export async function processParallel(ctx: CmdletContext): Promise<void> {
  const run = runs.get(ctx)!;
  if (run.jobItems) {
    run.jobItems.push(ctx.hasInput ? ctx.input : (ctx.params.get('InputObject') ?? null));
    return;
  }
  while (run.running.size >= run.limit) {
    await Promise.race(run.running);
    await flush(ctx, run);
  }
  const item = ctx.hasInput ? ctx.input : (ctx.params.get('InputObject') ?? null);
  const task = runBlock(ctx, run, item).finally(() => run.running.delete(task));
  run.running.add(task);
  await flush(ctx, run);
}

export async function endParallel(ctx: CmdletContext): Promise<void> {
  const run = runs.get(ctx)!;
  if (run.jobItems) {
    if (run.timer) clearTimeout(run.timer);
    const { JobTable } = await import('../engine/jobs.js');
    const table = JobTable.of(ctx.session);
    ctx.writeObject(table.start({ kind: 'task', items: run.jobItems, block: run.block, args: [], input: undefined, usingValues: run.usingValues, host: ctx.host, commands: ctx.commands, location: ctx.session.location, throttleLimit: run.limit }));
    return;
  }
  try {
    while (run.running.size > 0) {
      await Promise.race(run.running);
      await flush(ctx, run);
    }
    await flush(ctx, run);
  } finally {
    if (run.timer) clearTimeout(run.timer);
  }
}

/** One block in its own runspace; what it writes waits in `ready` until the command's next turn writes it. */
async function runBlock(ctx: CmdletContext, run: ParallelRun, item: unknown): Promise<void> {
  const forward: Forward = (kind, text, options) => run.ready.push({ kind, text, options });
  const shell = run.runspaces.newRunspace(ctx.host, ctx.commands, ctx.session.location, run.usingValues, forward);
  const signal = AbortSignal.any([ctx.signal, run.timeout.signal]);
  try {
    await shell.bind(run.block).invoke(
      {
        dollarUnder: { value: item },
        emit: (values) => {
          for (const value of values) run.ready.push({ kind: 'object', value });
        },
        errors: (record) => run.ready.push({ kind: 'error', record }),
      },
      signal,
    );
  } catch (e) {
    if (ctx.signal.aborted) return;
    if (run.timeout.signal.aborted) {
      run.ready.push({ kind: 'error', record: new ErrorRecord({ message: 'The pipeline has been stopped.', errorId: 'PSTaskException', category: 'InvalidOperation', exceptionType: 'PipelineStoppedException', fromOtherRunspace: true }) });
    } else if (e instanceof PSErrorSignal) {
      run.ready.push({ kind: 'error', record: run.runspaces.taskFailure(e.record) });
    }
    // break, continue, return and exit end the block only, as they end a runspace's script.
  }
}

async function flush(ctx: CmdletContext, run: ParallelRun): Promise<void> {
  for (const output of run.ready.splice(0)) {
    if (output.kind === 'object') ctx.writeObject(output.value);
    else if (output.kind === 'error') await ctx.writeError(output.record);
    else if (output.kind === 'verbose') await ctx.writeVerbose(output.text.replace(/^VERBOSE: /, ''));
    else if (output.kind === 'debug') await ctx.writeDebug(output.text.replace(/^DEBUG: /, ''));
    // Write-Host's text (and Write-Information's that the block's own preference showed), as the block wrote it.
    else ctx.host.write('information', output.text, output.options);
  }
}
