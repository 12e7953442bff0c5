// Running a pipeline as PowerShell's PipelineProcessor does: every command is bound before any runs
// (the executor prepares the stages), then each begin in order, then the input objects one at a
// time, then each end in order. An object a command writes goes to the next command's process block
// before the writer goes on (CommandRuntime.flush), so `1..3 | % { …; Start-Sleep 1 }` shows its
// rows as they come and Write-Host text interleaves with the output as in pwsh.
//
// A command whose begin block writes makes the next command begin first (pwsh 7.6.10: in
// `a | b`, a's begin runs up to its first object, then b's begin, then b's process for it).
// A terminating error anywhere stops the whole pipeline (no end blocks run); Select-Object -First
// stops the commands before it (StopUpstreamSignal) and the pipeline ends it and those after it.

import { StopUpstreamSignal, type Downstream } from './command-runtime.js';

/** One command of a running pipeline (command-processor.ts's CommandStage). */
export interface PipelineStage {
  /** Where its output objects go (`all`: the statement's output, which takes several at once). */
  connect(downstream: Downstream, all?: (items: unknown[]) => Promise<void> | void): void;
  begin(): Promise<void>;
  /** The process block with no pipeline input (the first command of a pipeline). */
  processAlone(): Promise<void>;
  processItem(item: unknown): Promise<void>;
  end(): Promise<void>;
  cleanup(): void;
  /** Whether this command asked for the commands before it to stop. */
  requested(signal: StopUpstreamSignal): boolean;
}

/**
 * Runs the stages; `input` is the first element's objects when it is an expression (undefined: the
 * first stage is a command without input). The last stage's objects go to `output` as each call writes them.
 */
export async function runStages(stages: readonly PipelineStage[], input: readonly unknown[] | undefined, output: (items: unknown[]) => Promise<void> | void, checkpoint: () => Promise<void> | void): Promise<void> {
  const count = stages.length;
  const begun: boolean[] = new Array<boolean>(count).fill(false);
  const ensureBegun = async (k: number): Promise<void> => {
    if (begun[k]) return;
    begun[k] = true;
    await stages[k]!.begin();
  };
  for (let k = 0; k < count; k++) {
    const next = stages[k + 1];
    if (!next) stages[k]!.connect((item) => output([item]), output);
    else {
      stages[k]!.connect((item) => {
        if (!begun[k + 1]) return ensureBegun(k + 1).then(() => next.processItem(item));
        return next.processItem(item);
      });
    }
  }
  const endFrom = async (from: number): Promise<void> => {
    try {
      for (let k = from; k < count; k++) {
        await ensureBegun(k);
        await stages[k]!.end();
      }
    } catch (e) {
      const requester = stopRequester(stages, e);
      if (requester < 0) throw e;
      await endFrom(requester);
    }
  };
  try {
    try {
      for (let k = 0; k < count; k++) await ensureBegun(k);
      if (input === undefined) await stages[0]!.processAlone();
      else {
        const first = stages[0]!;
        let count = 0;
        for (const item of input) {
          // Ctrl+C and the event loop get their turn (each process call also checks Ctrl+C itself).
          if ((++count & 31) === 0) await checkpoint();
          await first.processItem(item);
        }
      }
    } catch (e) {
      const requester = stopRequester(stages, e);
      if (requester < 0) throw e;
      await endFrom(requester);
      return;
    }
    await endFrom(0);
  } finally {
    for (let k = count - 1; k >= 0; k--) stages[k]!.cleanup();
  }
}

/** The stage that stopped the commands before it, or -1 (the signal is not this pipeline's). */
function stopRequester(stages: readonly PipelineStage[], e: unknown): number {
  if (!(e instanceof StopUpstreamSignal)) return -1;
  return stages.findIndex((s) => s.requested(e));
}
