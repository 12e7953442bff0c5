// The SharePoint Online Management Shell module as the module cmdlets show it: built into the shell,
// always loaded, never installed or updated from a gallery (DESIGN "The module itself is built in").

import { parseVersion } from '../engine/version-types.js';
import type { CommandLookup } from '../engine/cmdlet.js';
import { join } from 'node:path';
import { PSObject } from '../engine/values.js';
import { spoInstallDirectory } from '../engine/install-directory.js';
import { CORE, MANAGEMENT, SECURITY, SPO, UTILITY } from './modules.js';

/** The module version of the current reference page (facts §7). */
export const SPO_MODULE_VERSION = '16.0.27709.12000';

/** Whether a name given to Import-Module/Install-Module/Update-Module is the built-in SharePoint module. */
export function isSpoModule(name: string): boolean {
  return name.trim().toLowerCase() === SPO.toLowerCase();
}

/** PowerShell's own modules whose cmdlets the shell has: importing them by name does nothing, as in pwsh. */
export function isShellModule(name: string): boolean {
  const key = name.trim().toLowerCase();
  return [UTILITY, SECURITY, CORE, MANAGEMENT].some((m) => m.toLowerCase() === key);
}

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
  const exported = commands
    .all()
    .filter((c) => c.module === SPO)
    .map((c) => c.name);
  return new PSObject(
    listing ? 'ModuleInfoGrouping' : MODULE_INFO_TYPE,
    {
      ModuleType: 'Binary',
      Version: parseVersion(SPO_MODULE_VERSION),
      PreRelease: null,
      Name: SPO,
      PSEdition: 'Desk',
      ExportedCommands: exported,
      Path: join(moduleDirectory(), `${SPO}.psd1`),
      ModuleBase: moduleDirectory(),
      Description: 'Microsoft SharePoint Online Management Shell (built into spo-shell).',
    },
    listing ? ['ModuleType', 'Version', 'PreRelease', 'Name', 'PSEdition', 'ExportedCommands'] : ['ModuleType', 'Version', 'PreRelease', 'Name', 'ExportedCommands'],
    SPO,
  );
}
