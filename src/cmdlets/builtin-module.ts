// The SharePoint Online Management Shell module as the module cmdlets show it: built into the shell,
// always loaded, never installed or updated from a gallery (DESIGN "The module itself is built in").

import { parseVersion } from '../engine/version-types.js';
import type { CommandLookup } from '../engine/cmdlet.js';
import { join } from 'node:path';
import { EnumValue, GenericList, PSObject, type EnumType } from '../engine/values.js';
import { spoInstallDirectory } from '../engine/install-directory.js';
import { GenericDictionary } from '../engine/generic-types.js';
import { ARCHIVE, MANAGEMENT, MANAGEMENT_HOST, MODULE_VERSIONS, POWERSHELL_GET, SECURITY, SPO, UTILITY } from './modules.js';

/** The module version of the current reference page (facts §7). */
export const SPO_MODULE_VERSION = '16.0.27709.12000';

/** Whether a name given to Import-Module/Install-Module/Update-Module is the built-in SharePoint module. */
export function isSpoModule(name: string): boolean {
  return name.trim().toLowerCase() === SPO.toLowerCase();
}

interface ShellModule {
  name: string;
  moduleType: 'Manifest' | 'Script' | 'Binary';
  /** CompatiblePSEditions as its manifest gives them (none: the listing's PSEdition shows Desktop). */
  editions: readonly string[];
  description: string;
}

/**
 * The modules pwsh 7.6.10 ships in `$PSHOME/Modules` whose commands spo-shell has, as Get-Module
 * -ListAvailable lists them (in its order). pwsh also lists PSResourceGet
 * and ThreadJob, PackageManagement and PSReadLine, none of whose commands spo-shell has (docs/language.md).
 * Microsoft.PowerShell.Core is a snap-in, not a module: pwsh lists it nowhere and does not import it.
 */
const SHELL_MODULES: readonly ShellModule[] = [
  { name: ARCHIVE, moduleType: 'Manifest', editions: [], description: 'PowerShell module for working with ZIP archives.' },
  { name: MANAGEMENT_HOST, moduleType: 'Manifest', editions: ['Core'], description: '' },
  { name: MANAGEMENT, moduleType: 'Manifest', editions: ['Core'], description: '' },
  { name: SECURITY, moduleType: 'Manifest', editions: ['Core'], description: '' },
  { name: UTILITY, moduleType: 'Manifest', editions: ['Core'], description: '' },
  {
    name: POWERSHELL_GET,
    moduleType: 'Script',
    editions: [],
    description: 'PowerShell module with commands for discovering, installing, updating and publishing the PowerShell artifacts like Modules, DSC Resources, Role Capabilities and Scripts.',
  },
];

/** PowerShell's own module of that name (any case) whose cmdlets the shell has: importing it does nothing, as in pwsh. */
function shellModule(name: string): ShellModule | undefined {
  const key = name.trim().toLowerCase();
  return SHELL_MODULES.find((m) => m.name.toLowerCase() === key);
}

/** The canonical name of PowerShell's own module `name` names, or undefined. */
export function shellModuleName(name: string): string | undefined {
  return shellModule(name)?.name;
}

/** The names of PowerShell's own modules spo-shell lists, in Get-Module -ListAvailable's order. */
export const SHELL_MODULE_NAMES: readonly string[] = SHELL_MODULES.map((m) => m.name);

/**
 * Where the module "lives": the spo-shell installation (the folder holding its package.json), which
 * Get-Module -ListAvailable names in its Directory header and Install-Module in its verbose line.
 */
export function moduleDirectory(): string {
  return spoInstallDirectory();
}

export const MODULE_INFO_TYPE = 'System.Management.Automation.PSModuleInfo';

/** The module as a PSModuleInfo (ModuleType, Version, PreRelease, Name, ExportedCommands, Path …). */
export function spoModuleInfo(commands: CommandLookup, listing: boolean): PSObject {
  return moduleInfo(commands, listing, {
    name: SPO,
    moduleType: 'Binary',
    editions: [],
    description: 'Microsoft SharePoint Online Management Shell (built into spo-shell).',
  }, moduleDirectory(), join(moduleDirectory(), `${SPO}.psd1`));
}

/**
 * One of PowerShell's own modules as a PSModuleInfo: in `$PSHOME/Modules/<name>` (spo-shell's `$PSHOME`
 * is its installation folder), its exported commands those of the module that spo-shell has.
 */
export function shellModuleInfo(commands: CommandLookup, listing: boolean, name: string): PSObject | undefined {
  const module = shellModule(name);
  if (!module) return undefined;
  const base = join(spoInstallDirectory(), 'Modules', module.name);
  return moduleInfo(commands, listing, module, base, join(base, `${module.name}.psd1`));
}

/** System.Management.Automation.ModuleType: an enum, so Format-Table right-aligns it as pwsh does. */
export const MODULE_TYPE: EnumType = { fullName: 'System.Management.Automation.ModuleType', names: ['Script', 'Binary', 'Manifest', 'Cim', 'Workflow'] };

function moduleInfo(commands: CommandLookup, listing: boolean, module: ShellModule, base: string, path: string): PSObject {
  const own = commands.all().filter((c) => c.module === module.name);
  // PSModuleInfo's ExportedCommands and ExportedCmdlets: name → command dictionaries (`.Keys`, `['Connect-SPOService']`).
  const exported = commandDictionary(own.map((c) => c.name));
  const cmdlets = commandDictionary(own.filter((c) => commands.commandTypeOf(c) === 'Cmdlet').map((c) => c.name));
  const info = moduleInfoObject({
    name: module.name,
    moduleType: module.moduleType,
    version: MODULE_VERSIONS[module.name]!,
    editions: module.editions,
    exported: { ExportedCommands: exported, ExportedCmdlets: cmdlets },
    path,
    base,
    description: module.description,
  });
  if (listing) markAsListed(info);
  return info;
}

/** What a PSModuleInfo object is made of; `exported` holds its Exported* dictionaries, in the order they show. */
export interface ModuleInfoFields {
  name: string;
  moduleType: string;
  version: string;
  editions: readonly string[];
  exported: Record<string, unknown>;
  path: string;
  base: string;
  description: string;
}

/** A PSModuleInfo as Get-Module writes it (the built-in modules, imported script modules, listed ones). */
export function moduleInfoObject(m: ModuleInfoFields): PSObject {
  const editions = GenericList.from([...m.editions]) as GenericList<string>;
  editions.elementType = 'System.String';
  return new PSObject(
    MODULE_INFO_TYPE,
    {
      ModuleType: new EnumValue(MODULE_TYPE, m.moduleType),
      Version: parseVersion(m.version),
      PreRelease: null,
      Name: m.name,
      CompatiblePSEditions: editions,
      ...m.exported,
      Path: m.path,
      ModuleBase: m.base,
      Description: m.description,
    },
    ['ModuleType', 'Version', 'PreRelease', 'Name', 'ExportedCommands'],
    m.name,
  );
}

/** Get-Module -ListAvailable puts ModuleInfoGrouping first among a module's type names: its view groups by directory. */
export function markAsListed(info: PSObject): void {
  info.typeNames = GenericList.from(['ModuleInfoGrouping', MODULE_INFO_TYPE, 'System.Object']) as GenericList<string>;
  info.typeNames.elementType = 'System.String';
}

/** Dictionary[string, CommandInfo] of a module's commands, case-insensitive, each shown by its name. */
export function commandDictionary(names: readonly string[]): GenericDictionary {
  const dictionary = new GenericDictionary('System.String', 'System.Management.Automation.CommandInfo', true);
  for (const name of names) dictionary.set(name, name);
  return dictionary;
}
