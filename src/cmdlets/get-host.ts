// Get-Host: the object $Host holds (the same object: `[object]::ReferenceEquals((Get-Host), $Host)` is
// True in pwsh), so its Name, Version and InstanceId are the ones $Host reports.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const getHost = lazyCmdlet('Get-Host', (): CmdletDefinition => ({
  name: 'Get-Host',
  implementingType: 'Microsoft.PowerShell.Commands.GetHostCommand',
  module: UTILITY,
  synopsis: 'Gets an object that represents the current host program.',
  parameters: [],
  process(ctx) {
    ctx.writeObject(ctx.session.getVariable('Host', 'global')?.value ?? null, false);
  },
}));
