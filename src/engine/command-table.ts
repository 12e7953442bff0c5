// The command table: the commands a shell can run and the aliases that point at them.
//
// The engine owns it (PowerShell's CommandDiscovery); front ends hand in the built-ins
// (src/cmdlets/registry.ts) and, later, script-defined functions register here at run time.
// Names and aliases are case-insensitive; listings are sorted by name, as Get-Command sorts.

import type { AliasDefinition, CmdletDefinition, CommandLookup, CommandType, ResolvedCommand } from './cmdlet.js';
import { registerEnumType } from './enum-types.js';

export class CommandTable implements CommandLookup {
  readonly #byName = new Map<string, CmdletDefinition>();
  readonly #aliasByName = new Map<string, AliasDefinition>();
  /** Commands of a real module that this shell knows of but does not implement: name → module. */
  readonly #unavailable = new Map<string, { name: string; module: string }>();
  /** Lists given to registerUnavailable, indexed on the first lookup (hundreds of names most runs never ask about). */
  readonly #unavailableLists: Array<{ names: readonly string[]; module: string }> = [];

  constructor(commands: readonly CmdletDefinition[] = [], aliases: readonly AliasDefinition[] = []) {
    for (const c of commands) this.register(c);
    for (const a of aliases) this.registerAlias(a);
  }

  /** Adds a command, replacing one of the same name (a function redefined by a script). */
  register(definition: CmdletDefinition): void {
    this.#byName.set(definition.name.toLowerCase(), definition);
    // Its parameters' enum types become known by name, as a module's types do when it loads.
    for (const p of definition.parameters) if (p.enumType) registerEnumType(p.enumType);
  }

  registerAlias(alias: AliasDefinition): void {
    this.#aliasByName.set(alias.name.toLowerCase(), alias);
  }

  /**
   * Names of a module's commands that this shell does not implement: they stay out of every
   * listing, but running one says so instead of "not recognized". Implemented names are skipped.
   */
  registerUnavailable(names: readonly string[], module: string): void {
    this.#unavailableLists.push({ names, module });
  }

  /** The module of a known-but-unimplemented command (canonical casing), unless it is implemented. */
  unavailable(name: string): { name: string; module: string } | undefined {
    if (this.resolve(name)) return undefined;
    for (const list of this.#unavailableLists.splice(0)) for (const n of list.names) this.#unavailable.set(n.toLowerCase(), { name: n, module: list.module });
    return this.#unavailable.get(name.toLowerCase());
  }

  /**
   * Finds a command by name or alias, case-insensitively: an alias first, as PowerShell's command
   * discovery looks (alias, function, cmdlet), so `Set-Alias f Get-Date` outranks `function f`.
   */
  resolve(name: string, depth = 0): ResolvedCommand | undefined {
    const key = name.toLowerCase();
    const alias = this.#aliasByName.get(key);
    // An alias may name another alias (`Set-Alias b a`); a loop of them resolves to nothing.
    if (alias) {
      // One whose command is missing hides a command of its own name too (running it says so).
      const target = depth < 32 ? this.resolve(alias.target, depth + 1) : undefined;
      return target && { definition: target.definition, viaAlias: alias.name };
    }
    const direct = this.#byName.get(key);
    return direct ? { definition: direct } : undefined;
  }

  /** The alias of that name, whether or not its target exists. */
  alias(name: string): AliasDefinition | undefined {
    return this.#aliasByName.get(name.toLowerCase());
  }

  /** Every command, sorted by name. */
  all(): CmdletDefinition[] {
    return [...this.#byName.values()].sort((a, b) => compareNames(a.name, b.name));
  }

  /** Every alias, sorted by name. */
  aliases(): AliasDefinition[] {
    return [...this.#aliasByName.values()].sort((a, b) => compareNames(a.name, b.name));
  }

  /** Command names and alias names, canonical casing (what completion offers). */
  names(): string[] {
    return [...this.all().map((c) => c.name), ...this.aliases().map((a) => a.name)];
  }

  /** The aliases that point at a command, sorted by name. */
  aliasesOf(commandName: string): AliasDefinition[] {
    const key = commandName.toLowerCase();
    return this.aliases().filter((a) => a.target.toLowerCase() === key);
  }

  /** 'Cmdlet' or 'Function', as Get-Command's CommandType column shows it. */
  commandTypeOf(definition: CmdletDefinition): CommandType {
    return definition.commandType ?? 'Cmdlet';
  }
}

/** Case-insensitive ordinal order of command names, as Get-Command sorts. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
