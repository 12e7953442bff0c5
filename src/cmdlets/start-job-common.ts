// What Start-ThreadJob and Start-Job share: reading the block's `$using:` values when the job starts (an
// unset one is pwsh's error, before any job exists), the input and the arguments.

import type { CmdletContext } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import type { Job } from '../engine/jobs.js';
import type { ScriptBlock } from '../engine/script-block.js';
import { jobTable } from './job-common.js';

const piped = new WeakMap<CmdletContext, unknown[]>();

export function collectJobInput(ctx: CmdletContext): void {
  if (!ctx.hasInput) return;
  let list = piped.get(ctx);
  if (!list) piped.set(ctx, (list = []));
  list.push(ctx.input);
}

/** `block`: what the job runs when it is not -ScriptBlock (Start-Job -FilePath). */
export async function startJob(ctx: CmdletContext, kind: 'thread' | 'background', block = unwrap(ctx.params.get('ScriptBlock')) as ScriptBlock): Promise<Job> {
  const { usingValuesOf } = await import('../engine/runspace.js');
  const init = unwrap(ctx.params.get('InitializationScript')) as ScriptBlock | null | undefined;
  const usingValues = usingValuesOf(block, ctx.session, (error) => ctx.throwTerminatingError(error));
  if (init) for (const [name, value] of usingValuesOf(init, ctx.session, (error) => ctx.throwTerminatingError(error))) usingValues.set(name, value);
  const input = piped.get(ctx) ?? (ctx.params.has('InputObject') ? [ctx.params.get('InputObject')] : undefined);
  const table = await jobTable(ctx);
  return table.start({
    kind,
    block,
    init: init ?? undefined,
    name: ctx.params.get<string>('Name'),
    args: [...(ctx.params.get<unknown[]>('ArgumentList') ?? [])],
    input,
    usingValues,
    host: ctx.host,
    commands: ctx.commands,
    location: ctx.session.location,
    throttleLimit: ctx.params.get<number>('ThrottleLimit'),
  });
}
