// Get-Job (`gjb`): the session's jobs (engine/jobs.ts) in the order they started: all of them, those of
// -Id, those whose -Name matches, or the -Job objects given.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { CORE } from './modules.js';
import { ID_SET, NAME_SET, selectedJobs } from './job-common.js';

export const getJob = lazyCmdlet('Get-Job', (): CmdletDefinition => ({
  name: 'Get-Job',
  implementingType: 'Microsoft.PowerShell.Commands.GetJobCommand',
  module: CORE,
  synopsis: 'Gets the background jobs of the session.',
  defaultParameterSet: ID_SET,
  parameters: [
    { name: 'Id', kind: 'int[]', typeName: 'System.Int32[]', sets: { [ID_SET]: { position: 0, valueFromPipelineByPropertyName: true } }, description: 'The Ids of the jobs.' },
    { name: 'Name', kind: 'string[]', typeName: 'System.String[]', sets: { [NAME_SET]: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } }, description: 'The names of the jobs (wildcards allowed).' },
  ],
  async process(ctx) {
    for (const job of await selectedJobs(ctx)) ctx.writeObject(job);
  },
}));
