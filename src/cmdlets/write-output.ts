// Write-Output: sends objects down the pipeline, enumerating collections unless -NoEnumerate.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const writeOutput = lazyCmdlet('Write-Output', (): CmdletDefinition => ({
  name: 'Write-Output',
  implementingType: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  module: UTILITY,
  synopsis: 'Writes objects to the success stream (the pipeline).',
  parameters: [
    {
      // PowerShell 7.2+ declares a single PSObject that also collects the remaining arguments.
      name: 'InputObject',
      kind: 'object',
      typeName: 'System.Management.Automation.PSObject',
      sets: { [ALL_SETS]: { position: 0, mandatory: true, valueFromPipeline: true, valueFromRemainingArguments: true } },
      allowNull: true,
      allowEmptyString: true,
      description: 'The objects to send down the pipeline.',
    },
    {
      name: 'NoEnumerate',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [ALL_SETS]: {} },
      description: 'Sends a collection as one object instead of one object per element.',
    },
  ],
  process(ctx) {
    const value = ctx.params.get('InputObject') ?? null;
    ctx.writeObject(value, value !== null && ctx.params.get('NoEnumerate') !== true);
  },
}));
