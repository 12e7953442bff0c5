// Remove-Module: forgets imported script modules and takes their exported commands out of the session.
// The built-in modules (the SharePoint module, PowerShell's own) stay: their commands are the shell's.
// A name (wildcards allowed) that matches no module is pwsh 7.6.10's Modules_NoModulesRemoved error.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ScriptModule, scriptModules } from '../engine/script-modules.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { isSpoModule, shellModuleName } from './builtin-module.js';
import { CORE } from './modules.js';
import { objectsParam, stringsParam, switchParam } from './param-builders.js';
import { PSObject } from '../engine/values.js';
import { cmdletShouldProcess } from '../engine/should-process.js';

const NAME_SET = 'name';
const MODULE_INFO_SET = 'ModuleInfo';

export const removeModule = lazyCmdlet('Remove-Module', (): CmdletDefinition => ({
  name: 'Remove-Module',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveModuleCommand',
  module: CORE,
  synopsis: 'Removes modules from the current session.',
  defaultParameterSet: NAME_SET,
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Name', 'The names of the modules to remove; wildcards are allowed.', { sets: { [NAME_SET]: { position: 0, mandatory: true, valueFromPipeline: true } }, completes: 'module' }),
    objectsParam('ModuleInfo', 'The modules to remove, as Get-Module returns them.', 'System.Management.Automation.PSModuleInfo[]', { sets: { [MODULE_INFO_SET]: { position: 0, mandatory: true, valueFromPipeline: true } } }),
    switchParam('Force', 'Removes read-only modules too.'),
  ],
  async process(ctx) {
    const modules = scriptModules(ctx.session);
    const names = ctx.params.get<string[]>('Name') ?? [];
    const infos = ctx.params.get<unknown[]>('ModuleInfo') ?? [];
    const chosen = new Set<ScriptModule>();
    let builtIn = false;
    for (const name of [...names, ...infos.map((i) => (i instanceof PSObject ? String(i.get('Name')) : String(i)))]) {
      if (isSpoModule(name) || shellModuleName(name) !== undefined) builtIn = true;
      for (const module of modules.values()) if (hasWildcard(name) ? wildcardMatch(name, module.name) : name.toLowerCase() === module.name.toLowerCase()) chosen.add(module);
    }
    if (chosen.size === 0 && !builtIn) {
      await ctx.writeError({
        message: 'No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.',
        errorId: 'Modules_NoModulesRemoved',
        category: 'ResourceUnavailable',
        exceptionType: 'InvalidOperationException',
        exceptionFullName: 'System.InvalidOperationException',
      });
      return;
    }
    if (chosen.size === 0) return;
    const { removeScriptModule } = await import('./script-module-import.js');
    for (const module of chosen) if (await cmdletShouldProcess(ctx, `${module.name} (Path: '${module.path}')`, 'Remove-Module')) removeScriptModule(ctx, module);
  },
}));
