// Get-PSProvider: the providers behind spo-shell's drives (Alias, Environment, FileSystem, Function,
// Variable, and the Certificate provider of the Cert: drive spo adds on every system), as ProviderInfo
// objects in pwsh's table (Name, Capabilities, Drives). -PSProvider picks them by name, with wildcards.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { providerInfos } from './get-psdrive.js';
import { MANAGEMENT } from './modules.js';
import { stringsParam } from './param-builders.js';

/** The name without the module qualifier pwsh also accepts (`Microsoft.PowerShell.Core\FileSystem`). */
const bare = (name: string) => name.replace(/^[\w.]+\\/, '');

export const getPSProvider = lazyCmdlet('Get-PSProvider', (): CmdletDefinition => ({
  name: 'Get-PSProvider',
  implementingType: 'Microsoft.PowerShell.Commands.GetPSProviderCommand',
  module: MANAGEMENT,
  synopsis: 'Gets information about the specified PowerShell provider.',
  parameters: [stringsParam('PSProvider', 'The providers to get (wildcards allowed); all when absent.', { sets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } }, completes: 'provider' })],
  async process(ctx) {
    const all = providerInfos(ctx);
    const names = ctx.params.get<string[]>('PSProvider');
    if (!names) {
      for (const p of all) ctx.writeObject(p);
      return;
    }
    for (const typed of names) {
      const name = bare(typed);
      const found = all.filter((p) => (hasWildcard(name) ? wildcardMatch(name, String(p.get('Name'))) : String(p.get('Name')).toLowerCase() === name.toLowerCase()));
      for (const p of found) ctx.writeObject(p);
      if (!found.length && !hasWildcard(name)) {
        await ctx.writeError({
          message: `Cannot find a provider with the name '${typed}'.`,
          errorId: 'ProviderNotFound',
          category: 'ObjectNotFound',
          exceptionType: 'ProviderNotFoundException',
          exceptionFullName: 'System.Management.Automation.ProviderNotFoundException',
          targetObject: typed,
        });
      }
    }
  },
}));
