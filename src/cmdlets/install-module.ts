// Install-Module (PowerShellGet 2.2.5, the version pwsh 7.6 ships): the built-in module is already
// present, which PowerShellGet reports only with -Verbose (ModuleAlreadyInstalledVerbose). The shell
// cannot install modules, so any other name fails as PowerShellGet does when no repository has it
// (its inner Install-Package reports NoMatchFoundForCriteria). Every name is remembered for the session.

import { join } from 'node:path';
import { ALL_SETS, type CmdletDefinition, type ParameterMetadata } from '../engine/cmdlet.js';
import { ErrorRecord } from '../engine/errors.js';
import { requestedModules } from '../engine/requested-modules.js';
import { isSpoModule, moduleDirectory, SPO_MODULE_VERSION } from './builtin-module.js';
import { POWERSHELL_GET, SPO } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const INSTALL_PACKAGE = 'Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage';

const flag = (name: string, description: string): ParameterMetadata => ({
  name,
  kind: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  sets: { [ALL_SETS]: {} },
  description,
});
const text = (name: string, description: string, extra: Partial<ParameterMetadata> = {}): ParameterMetadata => ({
  name,
  kind: 'string',
  typeName: 'System.String',
  sets: { [ALL_SETS]: {} },
  description,
  ...extra,
});

export const installModule = lazyCmdlet('Install-Module', (): CmdletDefinition => ({
  name: 'Install-Module',
  commandType: 'Function',
  implementingType: 'Install-Module',
  module: POWERSHELL_GET,
  synopsis: 'Installs a module from an online gallery; the SharePoint Online module is built in already.',
  defaultParameterSet: 'NameParameterSet',
  parameters: [
    {
      name: 'Name',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { NameParameterSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } },
      description: 'The names of the modules to install.',
    },
    text('MinimumVersion', 'The lowest version to install.'),
    text('MaximumVersion', 'The highest version to install.'),
    text('RequiredVersion', 'The exact version to install.'),
    text('Repository', 'The repository to install from.'),
    text('Scope', 'CurrentUser or AllUsers.', { validateSet: ['CurrentUser', 'AllUsers'] }),
    flag('AllowClobber', 'Allows commands that have the names of existing commands.'),
    flag('SkipPublisherCheck', 'Skips the publisher check.'),
    flag('Force', 'Installs without asking, even when the module is present.'),
    flag('AllowPrerelease', 'Allows a prerelease version.'),
    flag('AcceptLicense', 'Accepts the license agreement.'),
    flag('PassThru', 'Returns the installed module.'),
  ],
  async process(ctx) {
    for (const name of ctx.params.get<string[]>('Name') ?? []) {
      if (!isSpoModule(name)) requestedModules(ctx.session).add(name);
      if (isSpoModule(name)) {
        const at = join(moduleDirectory(), SPO, SPO_MODULE_VERSION);
        await ctx.writeVerbose(`Version '${SPO_MODULE_VERSION}' of module '${SPO}' is already installed at '${at}'.`);
        continue;
      }
      await ctx.writeError(
        new ErrorRecord({
          message: `No match was found for the specified search criteria and module name '${name}'. Try Get-PSRepository to see all available registered module repositories.`,
          errorId: 'NoMatchFoundForCriteria',
          category: 'ObjectNotFound',
          exceptionType: 'Exception',
          exceptionFullName: 'System.Exception',
          targetObject: INSTALL_PACKAGE,
          commandName: 'Install-Package',
          implementingType: INSTALL_PACKAGE,
        }),
      );
    }
  },
}));
