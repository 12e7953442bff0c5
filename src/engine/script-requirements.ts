// `#Requires` in a script file (about_Requires), checked before the script runs, as PowerShell
// does for scripts (not for commands typed or passed with -c). What spo-shell can honour passes:
// a PowerShell version up to the one it follows (7.6), the Core edition, the SharePoint Online
// module (built in); everything else stops the script with PowerShell's own error.

import { basename } from 'node:path';
import type { RequiresAst } from '../language/ast.js';
import { ErrorRecord, type SourceExtent } from './errors.js';

/** The PowerShell version whose behaviour spo-shell follows (its messages quote it). */
export const POWERSHELL_VERSION = '7.6.10';
const SHAREPOINT_MODULE = 'microsoft.online.sharepoint.powershell';

/** The first requirement the shell does not meet, as the error PowerShell reports for it. */
export function unmetRequirement(requires: readonly RequiresAst[], file: string, call?: { invocationName: string; extent: SourceExtent }): ErrorRecord | undefined {
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
        for (const spec of r.values) {
          const module = /ModuleName\s*=\s*['"]?([^'";}]+)/i.exec(spec)?.[1]?.trim() ?? spec;
          if (module.toLowerCase() === SHAREPOINT_MODULE) continue;
          const version = /ModuleVersion\s*=\s*['"]?([^'";}]+)/i.exec(spec)?.[1]?.trim();
          return fail(
            `The script '${name}' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: The module '${module}' cannot be found${version ? ` with ModuleVersion '${version}'` : ''}..`,
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

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const y = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
