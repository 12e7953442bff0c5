// Start-ThreadJob: runs a script block as a thread job (engine/jobs.ts) and writes the job at once.
// -ThrottleLimit (default 5) is how many thread jobs run at a time; the others wait as NotStarted.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { THREAD_JOB_MODULE } from './modules.js';
import { asScriptBlock } from './param-builders.js';
import { collectJobInput, startJob } from './start-job-common.js';

export const startThreadJob = lazyCmdlet('Start-ThreadJob', (): CmdletDefinition => ({
  name: 'Start-ThreadJob',
  implementingType: 'Microsoft.PowerShell.ThreadJob.StartThreadJobCommand',
  module: THREAD_JOB_MODULE,
  synopsis: 'Starts a job that runs a script block in a runspace of its own.',
  defaultParameterSet: 'ScriptBlock',
  parameters: [
    { name: 'ScriptBlock', kind: 'object', typeName: 'System.Management.Automation.ScriptBlock', sets: { ScriptBlock: { mandatory: true, position: 0 } }, coerce: asScriptBlock, description: 'The commands the job runs.' },
    { name: 'Name', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'The name of the job (Job<Id> by default).' },
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [ALL_SETS]: { valueFromPipeline: true } }, description: "The job's input ($input)." },
    { name: 'ArgumentList', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: {} }, description: "The script block's arguments ($args and its parameters)." },
    { name: 'ThrottleLimit', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, range: [1, 1000000], description: 'How many thread jobs run at a time (5 by default).' },
  ],
  process(ctx) {
    collectJobInput(ctx);
  },
  async end(ctx) {
    ctx.writeObject(await startJob(ctx, 'thread'));
  },
}));
