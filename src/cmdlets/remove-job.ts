// Remove-Job (`rjb`): removes finished jobs from the session; a job still running is pwsh's error unless
// -Force, which stops it first.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
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
    for (const job of await selectedJobs(ctx)) {
      if (!job.finished) {
        if (ctx.params.get('Force') !== true) {
          await ctx.writeError({ ...R.JobObjectNotFinishedCannotBeRemoved(job.id), category: 'InvalidOperation', exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException', targetObject: job });
          continue;
        }
        stopJob(job);
      }
      table.remove(job);
    }
  },
}));
