// Out-Default: what spo-shell does with every statement's output, as a command a script may call itself
// (`Write-Output 1 | Out-Default`): formats its input to the host exactly as Out-Host does and passes nothing
// on. -Transcript (pwsh's: the output goes to the transcript only) writes nothing to the host.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { inputObjectParameter } from './collected-input.js';
import { CORE } from './modules.js';
import { outHost } from './out-host.js';

export const outDefault = lazyCmdlet('Out-Default', (): CmdletDefinition => {
  const host = outHost.definition;
  const toHost = (ctx: Parameters<CmdletDefinition['process']>[0]) => !ctx.params.has('Transcript');
  return {
    name: 'Out-Default',
    implementingType: 'Microsoft.PowerShell.Commands.OutDefaultCommand',
    module: CORE,
    synopsis: 'Sends the output to the default formatter and to the default output cmdlet.',
    parameters: [
      { name: 'Transcript', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Writes the output to the transcript only, not to the host.' },
      inputObjectParameter('The objects to format and write to the host.'),
    ],
    begin: (ctx) => host.begin?.(ctx),
    process: (ctx) => (toHost(ctx) ? host.process(ctx) : undefined),
    end: (ctx) => (toHost(ctx) ? host.end?.(ctx) : undefined),
  };
});
