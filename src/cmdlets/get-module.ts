// Get-Module: the shell's one module, Microsoft.Online.SharePoint.PowerShell, which is built in and
// always loaded (so it is listed with and without -ListAvailable); -ListAvailable also lists the
// modules of pwsh's own whose commands the shell has (builtin-module.ts). Names are wildcard patterns;
// a name that matches nothing lists nothing, as in PowerShell.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { SHELL_MODULE_NAMES, isSpoModule, shellModuleInfo, shellModuleName, spoModuleInfo } from './builtin-module.js';
import { CORE, SPO } from './modules.js';
import { compareNames, lazyCmdlet } from '../engine/command-table.js';
import { scriptModules } from '../engine/script-modules.js';

const LOADED = 'Loaded';

const isBuiltInModule = (name: string) => isSpoModule(name) || shellModuleName(name) !== undefined;
const AVAILABLE = 'Available';

export const getModule = lazyCmdlet('Get-Module', (): CmdletDefinition => ({
  name: 'Get-Module',
  implementingType: 'Microsoft.PowerShell.Commands.GetModuleCommand',
  module: CORE,
  synopsis: 'Lists the modules loaded in the session, or available to it.',
  defaultParameterSet: LOADED,
  parameters: [
    {
      name: 'Name',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [LOADED]: { position: 0, valueFromPipeline: true }, [AVAILABLE]: { position: 0, valueFromPipeline: true } },
      description: 'Names of the modules to list; wildcards are allowed.',
      completes: 'module',
    },
    {
      name: 'ListAvailable',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [AVAILABLE]: { mandatory: true } },
      description: 'Lists the modules that can be imported rather than those loaded.',
    },
    {
      name: 'All',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [LOADED]: {}, [AVAILABLE]: {} },
      description: 'Includes nested modules; the built-in module has none.',
    },
    {
      name: 'Refresh',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [AVAILABLE]: {} },
      description: 'Refreshes the cache of available modules (nothing to refresh here).',
    },
  ],
  async process(ctx) {
    const names = ctx.params.get<string[]>('Name') ?? ['*'];
    const listing = ctx.params.get<boolean>('ListAvailable') === true;
    const named = (module: string) => names.some((n) => (hasWildcard(n) ? wildcardMatch(n, module) : n.toLowerCase() === module.toLowerCase()));
    if (listing) {
      // The modules of $env:PSModulePath's folders first (pwsh's user and shared folders come before
      // $PSHOME), read only when a folder holds one; a folder named like a built-in module is left out,
      // as Import-Module takes the built-in one.
      const { listModulePathModules } = await import('./module-listing.js');
      for (const info of await listModulePathModules(ctx, named, isBuiltInModule)) ctx.writeObject(info);
      // Then PowerShell's own modules, from $PSHOME/Modules, and the SharePoint module.
      for (const module of SHELL_MODULE_NAMES.filter(named)) ctx.writeObject(shellModuleInfo(ctx.commands, true, module));
    }
    const imported = listing ? [] : [...scriptModules(ctx.session).values()].filter((m) => named(m.name));
    if (imported.length === 0) {
      if (named(SPO)) ctx.writeObject(spoModuleInfo(ctx.commands, listing));
      return;
    }
    // Imported script modules are listed with the built-in one, by name, as pwsh lists loaded modules.
    const { scriptModuleInfo } = await import('./script-module-import.js');
    const infos = imported.map((m) => ({ name: m.name, info: () => scriptModuleInfo(m) }));
    if (named(SPO)) infos.push({ name: SPO, info: () => spoModuleInfo(ctx.commands, false) });
    infos.sort((a, b) => compareNames(a.name, b.name));
    for (const entry of infos) ctx.writeObject(entry.info());
  },
}));
