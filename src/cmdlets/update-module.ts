// Update-Module (PowerShellGet): the built-in module was not installed from a gallery, so it cannot be
// updated (PowerShellGet's own text, facts §7); a module the shell does not have is not found.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { isSpoModule } from './builtin-module.js';
import { POWERSHELL_GET } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const updateModule = lazyCmdlet('Update-Module', (): CmdletDefinition => ({
  name: 'Update-Module',
  commandType: 'Function',
  // A PowerShellGet function: its error ids end with the function's name.
  implementingType: 'Update-Module',
  module: POWERSHELL_GET,
  synopsis: 'Updates a module installed from an online gallery; the built-in module cannot be updated.',
  defaultParameterSet: 'All',
  parameters: [
    {
      name: 'Name',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ALL_SETS]: { position: 0, valueFromPipeline: true } },
      description: 'The names of the modules to update.',
    },
    { name: 'RequiredVersion', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'The exact version to update to.' },
    { name: 'MaximumVersion', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'The highest version to update to.' },
    {
      name: 'Scope',
      kind: 'string',
      typeName: 'System.String',
      validateSet: ['CurrentUser', 'AllUsers'],
      sets: { [ALL_SETS]: {} },
      description: 'Where the update is installed.',
    },
    { name: 'Force', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Updates without asking.' },
    { name: 'AcceptLicense', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Accepts the license agreement.' },
    { name: 'AllowPrerelease', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Allows a prerelease version.' },
  ],
  async process(ctx) {
    const names = ctx.params.get<string[]>('Name') ?? ['*'];
    for (const name of names) {
      if (isSpoModule(name)) {
        await ctx.writeError({
          message: `Module '${name}' was not installed by using Install-Module, so it cannot be updated.`,
          errorId: 'ModuleNotInstalledUsingInstallModuleCmdlet',
          category: 'InvalidOperation',
          exceptionType: 'WriteErrorException',
          targetObject: name,
        });
        continue;
      }
      if (name === '*') continue; // no module was installed with Install-Module: nothing to update
      await ctx.writeError({
        message: `Module '${name}' was not updated because no valid module was found in the module directory. Verify that the module is located in the folder specified by $env:PSModulePath.`,
        errorId: 'ModuleNotInstalledOnThisMachine',
        category: 'InvalidOperation',
        exceptionType: 'WriteErrorException',
        targetObject: name,
      });
    }
  },
}));
