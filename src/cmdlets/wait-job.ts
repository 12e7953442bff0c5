// Wait-Job (`wjb`): waits until the jobs have finished (Completed, Failed or Stopped) and writes them;
// -Any writes the first that finishes; -Timeout gives up after that many seconds and writes nothing.
// Ctrl+C stops the wait, never the jobs.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import type { Job } from '../engine/jobs.js';
import { CORE } from './modules.js';
import { JOB_SET, jobParameters, selectedJobs } from './job-common.js';

const collected = new WeakMap<object, Job[]>();

export const waitJob = lazyCmdlet('Wait-Job', (): CmdletDefinition => ({
  name: 'Wait-Job',
  implementingType: 'Microsoft.PowerShell.Commands.WaitJobCommand',
  module: CORE,
  synopsis: 'Waits until background jobs have finished.',
  defaultParameterSet: JOB_SET,
  parameters: [
    ...jobParameters(),
    { name: 'Any', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Waits for the first job that finishes.' },
    { name: 'Timeout', kind: 'int', typeName: 'System.Int32', aliases: ['TimeoutSec'], sets: { [ALL_SETS]: {} }, range: [-1, 2147483647], description: 'How many seconds to wait (-1: no limit).' },
    { name: 'Force', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Also stops waiting for suspended or disconnected jobs.' },
  ],
  async process(ctx) {
    let list = collected.get(ctx);
    if (!list) collected.set(ctx, (list = []));
    for (const job of await selectedJobs(ctx)) if (!list.includes(job)) list.push(job);
  },
  async end(ctx) {
    const { aborted } = await import('../engine/jobs.js');
    const jobs = collected.get(ctx) ?? [];
    if (jobs.length === 0) return;
    const seconds = ctx.params.get<number>('Timeout') ?? -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = seconds >= 0 ? new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), seconds * 1000))) : new Promise<'timeout'>(() => {});
    const any = ctx.params.get('Any') === true;
    const done = any ? Promise.race(jobs.map((j) => j.whenFinished())) : Promise.all(jobs.map((j) => j.whenFinished()));
    try {
      const outcome = await Promise.race([done.then(() => 'done' as const), timedOut, aborted(ctx.signal).then(() => 'stopped' as const)]);
      if (outcome === 'stopped') return;
      if (any) {
        const first = jobs.find((j) => j.finished);
        if (first) ctx.writeObject(first);
        return;
      }
      if (outcome === 'done') for (const job of jobs) ctx.writeObject(job);
    } finally {
      if (timer) clearTimeout(timer);
    }
  },
}));
