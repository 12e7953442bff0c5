// Remove-Job (`rjb`): removes finished jobs from the session; a job still running is pwsh's error unless
// -Force, which stops it first. A child job cannot be removed (pwsh's error), only its parent, with it.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { toPSString } from '../engine/convert.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import * as R from '../engine/runtime-strings.js';
import { CORE } from './modules.js';
import { JOB_SET, jobParameters, jobTable, selectedJobs } from './job-common.js';

export const removeJob = lazyCmdlet('Remove-Job', (): CmdletDefinition => ({
  name: 'Remove-Job',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveJobCommand',
  module: CORE,
  synopsis: 'Removes background jobs from the session.',
  defaultParameterSet: JOB_SET,
  supportsShouldProcess: true,
  parameters: [...jobParameters(), { name: 'Force', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', aliases: ['F'], sets: { [ALL_SETS]: {} }, description: 'Stops and removes jobs that are still running.' }],
  async process(ctx) {
    const { stopJob } = await import('../engine/jobs.js');
    const table = await jobTable(ctx);
    // -Name finds no child job here (pwsh's Remove-Job searches the top level only).
    for (const job of await selectedJobs(ctx, false)) {
      if (!job.finished) {
        if (ctx.params.get('Force') !== true) {
          const text = ctx.params.has('Id') ? R.JobObjectNotFinishedCannotBeRemoved(job.id, 'SessionId') : ctx.params.has('Name') ? R.JobWithSpecifiedNameNotCompleted(job.id, job.name) : R.JobObjectNotFinishedCannotBeRemoved(job.id);
          await ctx.writeError({ ...text, category: 'InvalidOperation', exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException', targetObject: job });
          continue;
        }
      }
      if (!(await cmdletShouldProcess(ctx, `Remote Command: ${toPSString(job.get('Command'))}, associated with the job that has an ID of "${job.id}".`, 'Remove'))) continue;
      if (!job.finished) stopJob(job);
      // A child job goes only with its parent (-Force has stopped it all the same).
      if (job.parent) {
        await ctx.writeError({ ...R.CannotRemoveJob(), category: 'InvalidOperation', exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException', targetObject: job });
        continue;
      }
      table.remove(job);
    }
  },
}));
