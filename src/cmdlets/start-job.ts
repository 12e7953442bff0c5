// Start-Job: pwsh runs the script block in a child process; spo-shell runs it in a runspace of its own,
// as a thread job (engine/jobs.ts), but the job is pwsh's BackgroundJob: PSRemotingJob, Location
// localhost, and a child job that takes the next Id. The caller's variables are there only as $using:.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { CORE } from './modules.js';
import { asScriptBlock } from './param-builders.js';
import { collectJobInput, startJob } from './start-job-common.js';

export const startJobCmdlet = lazyCmdlet('Start-Job', (): CmdletDefinition => ({
  name: 'Start-Job',
  implementingType: 'Microsoft.PowerShell.Commands.StartJobCommand',
  module: CORE,
  synopsis: 'Starts a background job.',
  defaultParameterSet: 'ScriptBlock',
  parameters: [
    { name: 'ScriptBlock', kind: 'object', typeName: 'System.Management.Automation.ScriptBlock', sets: { ScriptBlock: { mandatory: true, position: 0 } }, coerce: asScriptBlock, description: 'The commands the job runs.' },
    { name: 'Name', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: { valueFromPipelineByPropertyName: true } }, description: 'The name of the job (Job<Id> by default).' },
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [ALL_SETS]: { valueFromPipeline: true } }, description: "The job's input ($input)." },
    { name: 'ArgumentList', kind: 'object[]', typeName: 'System.Object[]', aliases: ['Args'], sets: { [ALL_SETS]: {} }, description: "The script block's arguments ($args and its parameters)." },
  ],
  process(ctx) {
    collectJobInput(ctx);
  },
  async end(ctx) {
    ctx.writeObject(await startJob(ctx, 'background'));
  },
}));
