// Receive-Job (`rcjb`): writes what jobs wrote since they were last read (objects, then errors, warnings,
// Write-Host's text), and the error that failed a job each time. -Keep leaves it to be read again;
// -Wait waits for each job to finish (Ctrl+C stops the wait, not the job); -AutoRemoveJob then removes it.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { CORE } from './modules.js';
import { JOB_SET, jobAndChildren, jobParameters, jobTable, selectedJobs, writeJobReason, writeJobRecords } from './job-common.js';

export const receiveJob = lazyCmdlet('Receive-Job', (): CmdletDefinition => ({
  name: 'Receive-Job',
  implementingType: 'Microsoft.PowerShell.Commands.ReceiveJobCommand',
  module: CORE,
  synopsis: 'Gets the results of background jobs.',
  defaultParameterSet: JOB_SET,
  parameters: [
    ...jobParameters(),
    { name: 'Keep', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Leaves the results in the job, to be read again.' },
    { name: 'Wait', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Waits for each job to finish.' },
    { name: 'NoRecurse', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: "Only the job's own results, not its child jobs' (a background job's are all its child's)." },
    { name: 'AutoRemoveJob', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'With -Wait: removes each job once its results are read.' },
  ],
  async process(ctx) {
    const { aborted } = await import('../engine/jobs.js');
    const keep = ctx.params.get('Keep') === true;
    const wait = ctx.params.get('Wait') === true;
    // One wait for Ctrl+C per call (not one per change of the job: each is a listener on the signal).
    const stopped = wait ? aborted(ctx.signal) : undefined;
    const noRecurse = ctx.params.get('NoRecurse') === true;
    for (const job of await selectedJobs(ctx)) {
      // A parent job's results are its child jobs' (a background job's child holds them all).
      const sources = jobAndChildren(job, noRecurse);
      if (wait) {
        // What the job writes while it runs comes out as it comes (pwsh's -Wait streams the results).
        while (!job.finished && !ctx.signal.aborted) {
          for (const source of sources) await writeJobRecords(ctx, source, keep);
          await Promise.race([job.whenFinished(), new Promise<void>((resolve) => { const off = job.onChange(() => { off(); resolve(); }); }), stopped]);
        }
        if (ctx.signal.aborted) return;
      }
      for (const source of sources) {
        await writeJobRecords(ctx, source, keep);
        await writeJobReason(ctx, source);
      }
      if (wait && ctx.params.get('AutoRemoveJob') === true && job.finished) (await jobTable(ctx)).remove(job);
    }
  },
}));
