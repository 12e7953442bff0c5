// `#Requires -Modules Name` of a script file: pwsh 7.6.10 imports each module the script names that the
// session has not imported yet, found by name in $env:PSModulePath, before the script runs; the module's
// own output is dropped, and it stays imported after the script (Get-Module lists it). A module that is
// neither imported nor found, or not in a version the line accepts, stops the script
// (script-requirements.ts words the error).

import { readFileSync } from 'node:fs';
import type { RequiresAst } from '../language/ast.js';
import { parseScript } from '../language/parser.js';
import { findModuleFile } from './module-path.js';
import type { ScriptBlockRunner } from './script-block.js';
import { scriptBlockFromParse } from './scriptblock-type.js';
import { scriptModules } from './script-modules.js';
import { moduleRequirements, versionMeets, type ModuleAvailability, type ModuleRequirement } from './script-requirements.js';
import type { Session } from './session.js';

/** A module file's version: a manifest's ModuleVersion, `0.0` for a .psm1 (as Import-Module gives them). */
function moduleFileVersion(file: string): string {
  if (!/\.psd1$/i.test(file)) return '0.0';
  try {
    return /ModuleVersion\s*=\s*['"]([^'"]+)['"]/i.exec(readFileSync(file, 'utf8'))?.[1] ?? '0.0';
  } catch {
    return '0.0';
  }
}

/** The module the session imported that meets the requirement, when it has one. */
function importedModule(session: Session, requirement: ModuleRequirement): boolean {
  const module = scriptModules(session).get(requirement.name.toLowerCase());
  return module !== undefined && versionMeets(module.version, requirement);
}

/** The module file that meets the requirement in $env:PSModulePath, when there is one. */
function moduleFile(requirement: ModuleRequirement): string | undefined {
  const file = findModuleFile(requirement.name);
  return file !== undefined && versionMeets(moduleFileVersion(file), requirement) ? file : undefined;
}

/** Whether a required module is imported or can be (unmetRequirement's question). */
export function moduleAvailability(session: Session): ModuleAvailability {
  return (requirement) => importedModule(session, requirement) || moduleFile(requirement) !== undefined;
}

/** Imports the modules the script's `#Requires -Modules` lines name that the session has not imported yet. */
export async function importRequiredModules(session: Session, requires: readonly RequiresAst[], runner: ScriptBlockRunner, signal: AbortSignal): Promise<void> {
  for (const requirement of moduleRequirements(requires)) {
    if (importedModule(session, requirement)) continue;
    const file = moduleFile(requirement);
    if (file === undefined) continue; // the built-in module
    const text = `$null = Import-Module -Name '${file.replace(/'/g, "''")}'`;
    await scriptBlockFromParse(text, parseScript(text), runner).invoke({}, signal);
  }
}
