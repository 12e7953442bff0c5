// Stop-Job (`spjb`): stops jobs that are running or waiting to run; they end as Stopped, keeping what
// they wrote so far. -PassThru writes the jobs.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { toPSString } from '../engine/convert.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { CORE } from './modules.js';
import { JOB_SET, jobParameters, selectedJobs } from './job-common.js';

export const stopJobCmdlet = lazyCmdlet('Stop-Job', (): CmdletDefinition => ({
  name: 'Stop-Job',
  implementingType: 'Microsoft.PowerShell.Commands.StopJobCommand',
  module: CORE,
  synopsis: 'Stops background jobs.',
  defaultParameterSet: JOB_SET,
  supportsShouldProcess: true,
  parameters: [...jobParameters(), { name: 'PassThru', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Writes the stopped jobs.' }],
  async process(ctx) {
    const { stopJob } = await import('../engine/jobs.js');
    for (const job of await selectedJobs(ctx)) {
      if (!job.finished && !(await cmdletShouldProcess(ctx, `Remote Command: ${toPSString(job.get('Command'))}, associated with a job that has an ID of "${job.id}".`, 'Stop'))) continue;
      stopJob(job);
      if (ctx.params.get('PassThru') === true) ctx.writeObject(job);
    }
  },
}));
