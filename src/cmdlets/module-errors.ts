// What Import-Module and the script-module code share: telling a path from a module name, and pwsh's
// "module not found" error (Modules_ModuleNotFound).

import type { ErrorSpec } from '../engine/cmdlet.js';

/**
 * Whether Import-Module's name is a path to a file (pwsh loads such a name as a file, not from
 * PSModulePath). pwsh 7.6.10: `Import-Module Helpers.psm1` without a folder is not looked for in the
 * current folder; it is not found.
 */
export function isModulePath(name: string): boolean {
  return /[\\/]/.test(name);
}

/**
 * Whether a name Import-Module did not find names a module file (`Helpers.psm1`, `x.dll`) rather than a
 * gallery module the shell lacks: such a file is the script's own, so a later "not recognized" error
 * does not blame it (requested-modules.ts).
 */
export function isModuleFileName(name: string): boolean {
  return isModulePath(name) || /\.(psm1|psd1|ps1|dll|cdxml|xaml)$/i.test(name);
}

/** pwsh 7.6.10's error for a module name or path that names no module. */
export function moduleNotFound(name: string): ErrorSpec {
  return {
    message: `The specified module '${name}' was not loaded because no valid module file was found in any module directory.`,
    errorId: 'Modules_ModuleNotFound',
    category: 'ResourceUnavailable',
    exceptionType: 'FileNotFoundException',
    exceptionFullName: 'System.IO.FileNotFoundException',
    targetObject: name,
  };
}
