// `#Requires` in a script file (about_Requires), checked before the script runs, as PowerShell
// does for scripts (not for commands typed or passed with -c). What spo-shell can honour passes:
// a PowerShell version up to the one it follows (7.6), the Core edition, the SharePoint Online
// module (built in), a script module imported or found by name in $env:PSModulePath (imported before
// the script runs: required-modules.ts); everything else stops the script with PowerShell's own error.

import { basename } from 'node:path';
import type { RequiresAst } from '../language/ast.js';
import { ErrorRecord, type SourceExtent } from './errors.js';

/** The PowerShell version whose behaviour spo-shell follows (its messages quote it). */
export const POWERSHELL_VERSION = '7.6.10';
const SHAREPOINT_MODULE = 'microsoft.online.sharepoint.powershell';

/** A module `#Requires -Modules` names: a name, or a hashtable with the name and the versions it takes. */
export interface ModuleRequirement {
  name: string;
  /** ModuleVersion: the lowest version it takes. */
  minimum?: string;
  /** RequiredVersion: the one version it takes. */
  required?: string;
  /** MaximumVersion: the highest version it takes. */
  maximum?: string;
}

/** Whether a module (other than the built-in one) that meets the requirement is imported or can be. */
export type ModuleAvailability = (requirement: ModuleRequirement) => boolean;

/** The modules the `#Requires -Modules` lines name, in order. */
export function moduleRequirements(requires: readonly RequiresAst[]): ModuleRequirement[] {
  const list: ModuleRequirement[] = [];
  const key = (spec: string, name: string) => new RegExp(`${name}\\s*=\\s*['"]?([^'";}]+)`, 'i').exec(spec)?.[1]?.trim();
  for (const r of requires) {
    if (r.parameter !== 'modules') continue;
    for (const spec of r.values) {
      const requirement: ModuleRequirement = { name: key(spec, 'ModuleName') ?? spec };
      const minimum = key(spec, 'ModuleVersion');
      const required = key(spec, 'RequiredVersion');
      const maximum = key(spec, 'MaximumVersion');
      if (minimum) requirement.minimum = minimum;
      if (required) requirement.required = required;
      if (maximum) requirement.maximum = maximum;
      list.push(requirement);
    }
  }
  return list;
}

/** The versions a requirement names, as the missing-module message quotes them (pwsh 7.6.10). */
function versionsText(module: ModuleRequirement): string {
  if (module.required !== undefined) return ` with RequiredVersion '${module.required}'`;
  const parts = [module.minimum !== undefined ? `ModuleVersion '${module.minimum}'` : '', module.maximum !== undefined ? `MaximumVersion '${module.maximum}'` : ''].filter(Boolean);
  return parts.length ? ` with ${parts.join(' and ')}` : '';
}

/** Whether a module of version `version` meets the requirement's versions. */
export function versionMeets(version: string, requirement: ModuleRequirement): boolean {
  if (requirement.required !== undefined) return compareVersions(version, requirement.required) === 0;
  if (requirement.minimum !== undefined && compareVersions(version, requirement.minimum) < 0) return false;
  return requirement.maximum === undefined || compareVersions(version, requirement.maximum) <= 0;
}

/**
 * The first requirement the shell does not meet, as the error PowerShell reports for it. `available`
 * tells whether a module other than the built-in one is there (without it, none is).
 */
export function unmetRequirement(
  requires: readonly RequiresAst[],
  file: string,
  call?: { invocationName: string; extent: SourceExtent },
  available: ModuleAvailability = () => false,
): ErrorRecord | undefined {
  const name = basename(file);
  // `call`: a script called as a command (`./x.ps1`, `& $path`) names its call and its position in the
  // error, and its file by name.
  const fail = (message: string, errorId: string, category: string) =>
    new ErrorRecord({ message, errorId, category, exceptionType: 'ScriptRequiresException', ...(call ? { ...call, targetObject: name } : { targetObject: file }) });
  for (const r of requires) {
    const value = r.values[0] ?? '';
    switch (r.parameter) {
      case 'version':
        if (compareVersions(value, POWERSHELL_VERSION) > 0) {
          return fail(
            `The script '${name}' cannot be run because it contained a "#requires" statement for PowerShell ${value}. The version of PowerShell that is required by the script does not match the currently running version of PowerShell ${POWERSHELL_VERSION}.`,
            'ScriptRequiresUnmatchedPSVersion',
            'ResourceUnavailable',
          );
        }
        break;
      case 'psedition':
        if (!r.values.some((v) => v.toLowerCase() === 'core')) {
          return fail(
            `The script '${name}' cannot be run because it contained a "#requires" statement for PowerShell editions '${r.values.join(',')}'. The edition of PowerShell that is required by the script does not match the currently running PowerShell Core edition.`,
            'ScriptRequiresUnmatchedPSEdition',
            'ResourceUnavailable',
          );
        }
        break;
      case 'modules':
        for (const module of moduleRequirements([r])) {
          if (module.name.toLowerCase() === SHAREPOINT_MODULE || available(module)) continue;
          return fail(
            `The script '${name}' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: The module '${module.name}' cannot be found${versionsText(module)}..`,
            'ScriptRequiresMissingModules',
            'ResourceUnavailable',
          );
        }
        break;
      case 'runasadministrator':
        if (process.platform === 'win32' || process.getuid?.() !== 0) {
          return fail(
            `The script '${name}' cannot be run because it contains a "#requires" statement for running as Administrator. The current PowerShell session is not running as Administrator. Start PowerShell by using the Run as Administrator option, and then try running the script again.`,
            'ScriptRequiresElevation',
            'PermissionDenied',
          );
        }
        break;
      case 'pssnapin':
        return fail(`The script '${name}' cannot be run because it requires the snap-in '${value}'; PowerShell 7 has no snap-ins.`, 'ScriptRequiresMissingPSSnapIns', 'ResourceUnavailable');
      default:
        // -ShellId and -Assembly: PowerShell 7 runs the script.
        break;
    }
  }
  return undefined;
}

export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const y = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
