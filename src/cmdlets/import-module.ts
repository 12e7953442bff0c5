// Import-Module: the built-in SharePoint module (and PowerShell's own modules whose cmdlets the shell
// has) import silently, with any of the switches the "Get started" page uses; -UseWindowsPowerShell
// does nothing, as pwsh on Linux does nothing for it (facts §7). Any other module is not found. Every
// name asked for is remembered for the session (engine/requested-modules.ts).

import { ALL_SETS, type CmdletDefinition, type ParameterMetadata } from '../engine/cmdlet.js';
import { requestedModules } from '../engine/requested-modules.js';
import { findModuleFile } from '../engine/module-path.js';
import { MODULE_INFO_TYPE, isSpoModule, shellModuleInfo, shellModuleName, spoModuleInfo } from './builtin-module.js';
import { castFailure, unwrap } from '../engine/convert.js';
import { PSObject } from '../engine/values.js';
import { moduleInfos } from '../engine/script-modules.js';
import { CORE, MODULE_VERSIONS, SPO } from './modules.js';
import { castTo } from '../engine/types.js';
import { VERSION, VersionValue, parseVersion } from '../engine/version-types.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { isModuleFileName, isModulePath, moduleNotFound } from './module-errors.js';

const NAME_SET = 'Name';
const MODULE_INFO_SET = 'ModuleInfo';

/** Only a module object (New-Module's, Get-Module's) binds to -ModuleInfo; a name goes on to -Name. */
function asModuleInfo(value: unknown): unknown {
  const v = unwrap(value);
  if (v instanceof PSObject && v.typeName === MODULE_INFO_TYPE) return value;
  throw castFailure(value, 'System.Management.Automation.PSModuleInfo');
}
const WIN_COMPAT_SET = 'WinCompat';

/** A System.Version parameter: text converts as `[version]` does, and a failure is the binding's error. */
const versionParameter = (name: string, description: string, aliases?: string[]): ParameterMetadata => ({
  name,
  kind: 'object',
  typeName: VERSION,
  coerce: (value) => castTo(VERSION, value),
  ...(aliases ? { aliases } : {}),
  sets: { [ALL_SETS]: {} },
  description,
});

const flag = (name: string, description: string, sets: ParameterMetadata['sets'] = { [ALL_SETS]: {} }): ParameterMetadata => ({
  name,
  kind: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  sets,
  description,
});

export const importModule = lazyCmdlet('Import-Module', (): CmdletDefinition => ({
  name: 'Import-Module',
  implementingType: 'Microsoft.PowerShell.Commands.ImportModuleCommand',
  module: CORE,
  synopsis: 'Adds a module to the session; the SharePoint Online module is built in and always imported.',
  defaultParameterSet: NAME_SET,
  parameters: [
    flag('Global', 'Imports the module into the global scope.'),
    {
      name: 'Prefix',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ALL_SETS]: {} },
      description: 'A prefix for the nouns of the imported commands (not applied to the built-in module).',
    },
    {
      name: 'Name',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [NAME_SET]: { position: 0, mandatory: true, valueFromPipeline: true }, [WIN_COMPAT_SET]: { position: 0, mandatory: true, valueFromPipeline: true } },
      description: 'The names of the modules to import.',
      completes: 'module',
    },
    flag('Force', 'Imports the module again even if it is already imported.'),
    flag('PassThru', 'Returns the imported module.'),
    versionParameter('MinimumVersion', 'The lowest version to import.', ['Version']),
    versionParameter('RequiredVersion', 'The exact version to import.'),
    flag('DisableNameChecking', 'Suppresses the warning about unapproved verbs in command names.'),
    flag('NoClobber', 'Does not import commands that have the same names as existing commands.'),
    {
      name: 'Scope',
      kind: 'string',
      typeName: 'System.String',
      validateSet: ['Local', 'Global'],
      sets: { [ALL_SETS]: {} },
      description: 'Imports into the Local or Global scope.',
    },
    {
      name: 'ModuleInfo',
      kind: 'object[]',
      typeName: 'System.Management.Automation.PSModuleInfo[]',
      coerce: asModuleInfo,
      sets: { [MODULE_INFO_SET]: { position: 0, mandatory: true, valueFromPipeline: true } },
      description: 'The modules to import, as New-Module and Get-Module return them.',
    },
    flag('UseWindowsPowerShell', 'Loads the module through Windows PowerShell on Windows; the built-in module needs no such step.', {
      [WIN_COMPAT_SET]: { mandatory: true },
    }),
  ],
  async process(ctx) {
    const infos = ctx.params.get<unknown[]>('ModuleInfo');
    if (infos) {
      const { importModuleObject } = await import('./script-module-import.js');
      for (const info of infos) {
        const module = moduleInfos.get(unwrap(info) as object);
        if (module) importModuleObject(ctx, module);
        else if (ctx.params.get<boolean>('PassThru')) ctx.writeObject(info); // a built-in module: always imported
      }
      return;
    }
    const names = ctx.params.get<string[]>('Name') ?? [];
    const minimum = ctx.params.get<VersionValue>('MinimumVersion');
    const required = ctx.params.get<VersionValue>('RequiredVersion');
    for (const name of names) {
      const builtIn = isSpoModule(name) ? SPO : shellModuleName(name);
      // A built-in module has one version: a -MinimumVersion above it or another -RequiredVersion finds no module.
      const wanted = required ?? minimum;
      if (builtIn !== undefined && wanted) {
        const own = parseVersion(Object.entries(MODULE_VERSIONS).find(([m]) => m.toLowerCase() === builtIn.toLowerCase())![1]);
        if (required ? own.compare(required) !== 0 : own.compare(wanted) < 0) {
          await ctx.writeError({
            message: `The specified module '${name}' with version '${wanted}' was not loaded because no valid module file was found in any module directory.`,
            errorId: 'Modules_ModuleWithVersionNotFound',
            category: 'ResourceUnavailable',
            exceptionType: 'FileNotFoundException',
            exceptionFullName: 'System.IO.FileNotFoundException',
            targetObject: name,
          });
          continue;
        }
      }
      // A path to a module file (a .psm1): loaded by script-module-import.ts, only when asked for.
      if (builtIn === undefined && isModulePath(name)) {
        const { importModuleFile } = await import('./script-module-import.js');
        await importModuleFile(ctx, name);
        continue;
      }
      if (isSpoModule(name)) {
        if (ctx.params.get<boolean>('PassThru')) ctx.writeObject(spoModuleInfo(ctx.commands, false));
        continue;
      }
      if (builtIn !== undefined) {
        if (ctx.params.get<boolean>('PassThru')) ctx.writeObject(shellModuleInfo(ctx.commands, false, builtIn));
        continue;
      }
      // A module of that name in a folder of $env:PSModulePath (engine/module-path.ts).
      const file = findModuleFile(name);
      if (file !== undefined) {
        const { importModuleFile } = await import('./script-module-import.js');
        await importModuleFile(ctx, file);
        continue;
      }
      // Remembered so that a later "not recognized" command can name the module it came from.
      if (!isModuleFileName(name)) requestedModules(ctx.session).add(name);
      await ctx.writeError(moduleNotFound(name));
    }
  },
}));
