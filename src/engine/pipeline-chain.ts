// Pipeline chains, PowerShell 7's `a && b || c`: left to right, `&&` runs the next pipeline when the
// last one that ran succeeded ($? true), `||` when it failed; a skipped pipeline leaves $? as it was.
// A statement-terminating error in one pipeline (an unknown command, a failed conversion) is shown
// and counts as a failure, and the chain goes on; a script-terminating one (`throw`,
// -ErrorAction Stop) ends it.

import type { ChainStatement, PipelineStatement } from '../language/ast.js';
import type { Emit } from './flow.js';

export interface ChainServices {
  /** Runs one pipeline of the chain as a statement of its own: its output and its $?. */
  runPipeline(pipeline: PipelineStatement): Promise<{ output: unknown[]; ok: boolean }>;
}

/** Runs the chain, writing each pipeline's output as it ends; returns $? of the last pipeline that ran. */
export async function runChain(chain: ChainStatement, services: ChainServices, emit: Emit): Promise<boolean> {
  let ok = true;
  for (let i = 0; i < chain.pipelines.length; i++) {
    if (i > 0 && (chain.operators[i - 1]!.op === '&&') !== ok) continue;
    const result = await services.runPipeline(chain.pipelines[i]!);
    ok = result.ok;
    if (result.output.length) await emit(result.output);
  }
  return ok;
}
