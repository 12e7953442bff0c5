// Script modules (a .psm1 given to Import-Module): the modules imported into the session, each with a
// scope of its own under the global one (Session.newModuleScope), where its script ran once and where
// `$script:` of its functions lives across calls. Exported functions go into the session's command
// table; the others stay in the module's own table, found only while the module's own code runs
// (command-processor.ts), as pwsh's module session state keeps them.

import type { CmdletDefinition } from './cmdlet.js';
import type { Session } from './session.js';

export class ScriptModule {
  /** The module's functions that are not exported, by lower-case name. */
  readonly privateFunctions = new Map<string, CmdletDefinition>();
  /** The exported functions, aliases and variables, in the order pwsh lists them. */
  exportedFunctions: CmdletDefinition[] = [];
  exportedAliases: string[] = [];
  exportedVariables: string[] = [];
  /** What Export-ModuleMember asked for (patterns); undefined when the module never called it. */
  exports: { functions: string[]; variables: string[]; aliases: string[] } | undefined;
  constructor(
    readonly name: string,
    readonly path: string,
    readonly base: string,
    /** Its scope (Session.newModuleScope). */
    public scope: object,
    readonly version = '0.0',
    readonly moduleType: 'Script' | 'Manifest' = 'Script',
    readonly description = '',
  ) {}
  /** The manifest (.psd1) the module was imported through, when it was. */
  manifestPath: string | undefined;
}

const SERVICE = 'engine.scriptModules';

/** The script modules imported into the session, in import order, by lower-case name. */
export function scriptModules(session: Session): Map<string, ScriptModule> {
  let modules = session.services.get(SERVICE) as Map<string, ScriptModule> | undefined;
  if (!modules) session.services.set(SERVICE, (modules = new Map()));
  return modules;
}

/** A function of the running module that it does not export (callable only from the module's own code). */
export function modulePrivateFunction(session: Session, name: string): CmdletDefinition | undefined {
  const module = session.currentModule();
  return module instanceof ScriptModule ? module.privateFunctions.get(name.toLowerCase()) : undefined;
}

/** The module each PSModuleInfo object stands for (`New-Module … | Import-Module`, `Get-Module X | Remove-Module`). */
export const moduleInfos = new WeakMap<object, ScriptModule>();
