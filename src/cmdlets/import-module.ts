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
import type { ImportRequest } from './script-module-import.js';

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

const strings = (name: string, description: string): ParameterMetadata => ({ name, kind: 'string[]', typeName: 'System.String[]', sets: { [ALL_SETS]: {} }, description });
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
    strings('Function', 'Imports only the exported functions these names (wildcards allowed) match.'),
    strings('Cmdlet', 'Imports only the exported cmdlets these names match (a script module has none).'),
    strings('Variable', 'Imports only the exported variables these names match.'),
    strings('Alias', 'Imports only the exported aliases these names match.'),
    flag('Force', 'Imports the module again even if it is already imported.'),
    flag('SkipEditionCheck', "Skips the check of a Windows system module's CompatiblePSEditions, which has no such modules to check here."),
    flag('PassThru', 'Returns the imported module.'),
    flag('AsCustomObject', "Returns an object whose script methods are the module's exported functions, instead of importing them."),
    versionParameter('MinimumVersion', 'The lowest version to import.', ['Version']),
    {
      name: 'MaximumVersion',
      kind: 'string',
      typeName: 'System.String',
      sets: { [NAME_SET]: {}, [WIN_COMPAT_SET]: {} },
      description: 'The highest version to import.',
    },
    versionParameter('RequiredVersion', 'The exact version to import.'),
    {
      name: 'ModuleInfo',
      kind: 'object[]',
      typeName: 'System.Management.Automation.PSModuleInfo[]',
      coerce: asModuleInfo,
      sets: { [MODULE_INFO_SET]: { position: 0, mandatory: true, valueFromPipeline: true } },
      description: 'The modules to import, as New-Module and Get-Module return them.',
    },
    {
      name: 'ArgumentList',
      kind: 'object[]',
      typeName: 'System.Object[]',
      aliases: ['Args'],
      sets: { [ALL_SETS]: {} },
      description: "The arguments of the module script's param( ) block.",
    },
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
    const maximum = ctx.params.get<string>('MaximumVersion');
    const request = importRequest(ctx);
    for (const name of names) {
      if (maximum !== undefined && !withinMaximum(name, maximum)) {
        await ctx.writeError(versionNotFound(name, `MaximumVersion '${maximum}'`));
        continue;
      }
      const builtIn = isSpoModule(name) ? SPO : shellModuleName(name);
      // A built-in module has one version: a -MinimumVersion above it or another -RequiredVersion finds no module.
      const wanted = required ?? minimum;
      if (builtIn !== undefined && wanted) {
        const own = builtInVersion(builtIn);
        if (required ? own.compare(required) !== 0 : own.compare(wanted) < 0) {
          await ctx.writeError(versionNotFound(name, `version '${wanted}'`));
          continue;
        }
      }
      // A path to a module file (a .psm1): loaded by script-module-import.ts, only when asked for.
      if (builtIn === undefined && isModulePath(name)) {
        const { importModuleFile } = await import('./script-module-import.js');
        await importModuleFile(ctx, name, request);
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
        await importModuleFile(ctx, file, request);
        continue;
      }
      // Remembered so that a later "not recognized" command can name the module it came from.
      if (!isModuleFileName(name)) requestedModules(ctx.session).add(name);
      await ctx.writeError(moduleNotFound(name));
    }
  },
}));

/** -Function, -Cmdlet, -Variable, -Alias, -ArgumentList and -AsCustomObject, for script-module-import.ts. */
function importRequest(ctx: Parameters<CmdletDefinition['process']>[0]): ImportRequest {
  const list = (name: string) => ctx.params.get<string[]>(name);
  const kinds = { functions: list('Function'), cmdlets: list('Cmdlet'), variables: list('Variable'), aliases: list('Alias') };
  const filtered = Object.values(kinds).some((v) => v !== undefined);
  return { importFilter: filtered ? kinds : undefined, args: ctx.params.get<unknown[]>('ArgumentList'), asCustomObject: ctx.params.get<boolean>('AsCustomObject') === true };
}

/**
 * -MaximumVersion: a built-in module's one version must not be above it. pwsh 7.6.10 looks for the
 * version only in the module folders, so a module given by its path is never found with it.
 */
function withinMaximum(name: string, maximum: string): boolean {
  if (isModulePath(name)) return false;
  const builtIn = isSpoModule(name) ? SPO : shellModuleName(name);
  if (builtIn === undefined) return true;
  const own = builtInVersion(builtIn);
  // A maximum with a wildcard (`7.*`) takes every version that starts so.
  const limit = parseVersion(maximum.replace(/\*/g, '999999999'));
  return own.compare(limit) <= 0;
}

/** A built-in module's one version. */
function builtInVersion(module: string): VersionValue {
  return parseVersion(Object.entries(MODULE_VERSIONS).find(([m]) => m.toLowerCase() === module.toLowerCase())![1]);
}

/** No module of that name with that version (`with version '9.0'`, `with MaximumVersion '1.0'`). */
function versionNotFound(name: string, wanted: string) {
  return {
    message: `The specified module '${name}' with ${wanted} was not loaded because no valid module file was found in any module directory.`,
    errorId: 'Modules_ModuleWithVersionNotFound',
    category: 'ResourceUnavailable',
    exceptionType: 'FileNotFoundException',
    exceptionFullName: 'System.IO.FileNotFoundException',
    targetObject: name,
  };
}
