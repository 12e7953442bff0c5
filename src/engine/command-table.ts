// The command table: the commands a shell can run and the aliases that point at them.
//
// The engine owns it (PowerShell's CommandDiscovery); front ends hand in the built-ins
// (src/cmdlets/registry.ts) and, later, script-defined functions register here at run time.
// Names and aliases are case-insensitive; listings are sorted by name, as Get-Command sorts.
//
// A built-in is a LazyCmdlet: its name, and a function that builds its definition (parameter
// metadata, help text, code) when the command is first looked up or listed. A short script runs one
// or two commands, and building all 80 definitions at every start cost about a third of the
// program's own start-up (docs/startup.md, fifth round).

import type { AliasDefinition, CmdletDefinition, CommandLookup, CommandType, MutableCommands, ResolvedCommand } from './cmdlet.js';
import { registerEnumType, setEnumTypeFallback } from './enum-types.js';

/** Every built-in made (about 80, at import): the enum-type fallback below looks through them. */
const lazyCmdlets: LazyCmdlet[] = [];

/** A command known by name whose definition is built on first use (once; every table shares it). */
export class LazyCmdlet {
  /** The function that builds the definition, or (a build stand-in's, chunkCmdlet) the name the lazy chunk exports it by. */
  #define: (() => CmdletDefinition) | string | undefined;
  #definition: CmdletDefinition | undefined;
  /** Registered with a table and not built yet: its enum types become known when it is built. */
  #unbuilt = false;

  constructor(
    /** Verb-Noun, canonical casing: the definition's name. */
    readonly name: string,
    define: (() => CmdletDefinition) | string,
  ) {
    this.#define = define;
    lazyCmdlets.push(this);
  }

  get definition(): CmdletDefinition {
    if (this.#definition === undefined) {
      const define = this.#define!;
      const definition = typeof define === 'string' ? chunkExports!()[define]!.definition : define();
      if (definition.name !== this.name) throw new Error(`LazyCmdlet ${this.name} built ${definition.name}`);
      this.#definition = definition;
      this.#define = undefined;
      if (this.#unbuilt) {
        this.#unbuilt = false;
        registerEnumTypesOf(definition);
      }
    }
    return this.#definition;
  }

  /** Registered with a table and not built yet. */
  get unbuilt(): boolean {
    return this.#unbuilt;
  }

  /** Called when a table registers it: from then on its enum types are known by name, as before it was lazy. */
  registered(): void {
    if (this.#definition) registerEnumTypesOf(this.#definition);
    else this.#unbuilt = true;
  }
}

/** A built-in command: `name` now, `define()` on its first lookup (see LazyCmdlet). */
export function lazyCmdlet(name: string, define: () => CmdletDefinition): LazyCmdlet {
  return new LazyCmdlet(name, define);
}

/** The lazy cmdlets chunk's exports, loaded on first call (the script bundle's stand-ins give it: scripts/build.mjs). */
let chunkExports: (() => Readonly<Record<string, LazyCmdlet>>) | undefined;

/**
 * The script bundle's stand-in for a built-in whose module is in the lazy chunk: its definition is the chunk's
 * export of that name. One loader for all, not a closure per command: ~140 closures were some KB of young
 * objects at every start (docs/startup.md).
 */
export function chunkCmdlet(name: string, exportName: string, load: () => Readonly<Record<string, LazyCmdlet>>): LazyCmdlet {
  chunkExports = load;
  return new LazyCmdlet(name, exportName);
}

// Its parameters' enum types become known by name, as a module's types do when it loads.
function registerEnumTypesOf(definition: CmdletDefinition): void {
  for (const p of definition.parameters) if (p.enumType) registerEnumType(p.enumType);
}

// A type name the shell does not know may be an enum of a built-in not built yet: they are built
// then (all of them, once), so `[Microsoft.Online.SharePoint.PowerShell.ManagedIdentityType]`
// resolves before Connect-SPOService was ever looked up, as it did when every definition was built at start.
// (A flag on each rather than a set of them: a set filled at every start cost a few KB of young objects.)
setEnumTypeFallback(() => {
  const unbuilt = lazyCmdlets.filter((command) => command.unbuilt);
  if (unbuilt.length === 0) return false;
  for (const command of unbuilt) void command.definition;
  return true;
});

const definitionOf = (entry: CmdletDefinition | LazyCmdlet): CmdletDefinition => (entry instanceof LazyCmdlet ? entry.definition : entry);

type CommandEntry = CmdletDefinition | LazyCmdlet;

export class CommandTable implements CommandLookup, MutableCommands {
  // The built-ins stay in their lists, sorted by name and found by a binary search; the Maps hold
  // only what the session changed (a function, an alias, a removal as null), by lowercase name.
  // Indexing ~140 commands and ~130 aliases in Maps at every start cost some 45 KB of young
  // objects, enough to bring back a scavenge on Node 22/24 (docs/startup.md, seventeenth round).
  readonly #builtins: readonly CommandEntry[];
  readonly #builtinAliases: readonly AliasDefinition[];
  readonly #byName = new Map<string, CommandEntry | null>();
  readonly #aliasByName = new Map<string, AliasDefinition | null>();
  /** Commands of a real module that this shell knows of but does not implement: name → module. */
  readonly #unavailable = new Map<string, { name: string; module: string }>();
  /** Lists given to registerUnavailable, indexed on the first lookup (hundreds of names most runs never ask about). */
  readonly #unavailableLists: Array<{ names: readonly string[] | (() => readonly string[]); module: string }> = [];
  /** Every list given, kept for fresh(). */
  readonly #allUnavailableLists: Array<{ names: readonly string[] | (() => readonly string[]); module: string }> = [];

  /**
   * `sorted`: the caller vouches that both lists are sorted by name with no two of one name (the
   * registry's are, and a test keeps them so), so they are used as they are. Checking ~270 names at
   * every start made V8 optimise the comparison on Node 24, some 70 pages of memory per start
   * (docs/startup.md, eighteenth round).
   */
  constructor(
    private readonly initialCommands: readonly CommandEntry[] = [],
    private readonly initialAliases: readonly AliasDefinition[] = [],
    private readonly sorted = false,
  ) {
    this.#builtins = sorted ? initialCommands : sortedByName(initialCommands);
    this.#builtinAliases = sorted ? initialAliases : sortedByName(initialAliases);
    // An indexed loop: for-of over an array allocates an iterator result per item while the code
    // is interpreted, and this runs once per start.
    for (let i = 0; i < this.#builtins.length; i++) registered(this.#builtins[i]!);
  }

  /** A table with what this one started with (the built-ins), none of a script's functions: a new runspace's. */
  fresh(): CommandTable {
    const table = new CommandTable(this.initialCommands, this.initialAliases, this.sorted);
    for (const list of this.#allUnavailableLists) table.registerUnavailable(list.names, list.module);
    return table;
  }

  /** Adds a command, replacing one of the same name (a function redefined by a script). */
  register(definition: CommandEntry): void {
    this.#byName.set(definition.name.toLowerCase(), definition);
    registered(definition);
  }

  registerAlias(alias: AliasDefinition): void {
    this.#aliasByName.set(alias.name.toLowerCase(), alias);
  }

  /**
   * Removes a function (Remove-Item function:f, `$function:f = $null`). A cmdlet of its name is
   * found again, as in pwsh, where functions and cmdlets are two tables; a built-in function
   * (prompt, Clear-Host) is removed itself.
   */
  unregister(name: string): void {
    const builtin = findByName(this.#builtins, name);
    if (builtin && definitionOf(builtin).commandType === 'Function') this.#byName.set(name.toLowerCase(), null);
    else this.#byName.delete(name.toLowerCase());
  }

  /** Removes an alias (Remove-Item alias:a, `$alias:a = $null`). */
  unregisterAlias(name: string): void {
    if (findByName(this.#builtinAliases, name)) this.#aliasByName.set(name.toLowerCase(), null);
    else this.#aliasByName.delete(name.toLowerCase());
  }

  table(): MutableCommands {
    return this;
  }

  /** The command entry of that name: the session's change if it made one, else the built-in. */
  #entry(name: string): CommandEntry | undefined {
    // A one-line script changes nothing: no lowercase copy of the name is made then.
    const changed = this.#byName.size === 0 ? undefined : this.#byName.get(name.toLowerCase());
    return changed === undefined ? findByName(this.#builtins, name) : (changed ?? undefined);
  }

  /** The command itself (a function or cmdlet, not an alias), or undefined. */
  command(name: string): CmdletDefinition | undefined {
    const entry = this.#entry(name);
    return entry && definitionOf(entry);
  }

  /**
   * Names of a module's commands that this shell does not implement: they stay out of every
   * listing, but running one says so instead of "not recognized". Implemented names are skipped.
   * `names` may be a function giving them: it is called on the first lookup of such a name.
   */
  registerUnavailable(names: readonly string[] | (() => readonly string[]), module: string): void {
    this.#unavailableLists.push({ names, module });
    this.#allUnavailableLists.push({ names, module });
  }

  /** The module of a known-but-unimplemented command (canonical casing), unless it is implemented. */
  unavailable(name: string): { name: string; module: string } | undefined {
    if (this.resolve(name)) return undefined;
    for (const list of this.#unavailableLists.splice(0)) for (const n of typeof list.names === 'function' ? list.names() : list.names) this.#unavailable.set(n.toLowerCase(), { name: n, module: list.module });
    return this.#unavailable.get(name.toLowerCase());
  }

  /**
   * Finds a command by name or alias, case-insensitively: an alias first, as PowerShell's command
   * discovery looks (alias, function, cmdlet), so `Set-Alias f Get-Date` outranks `function f`.
   */
  resolve(name: string, depth = 0): ResolvedCommand | undefined {
    const alias = this.alias(name);
    // An alias may name another alias (`Set-Alias b a`); a loop of them resolves to nothing.
    if (alias) {
      // One whose command is missing hides a command of its own name too (running it says so).
      const target = depth < 32 ? this.resolve(alias.target, depth + 1) : undefined;
      return target && { definition: target.definition, viaAlias: alias.name };
    }
    const direct = this.#entry(name);
    if (direct) return { definition: definitionOf(direct) };
    return this.#builtinOfModule(name);
  }

  /**
   * `Module\Name` (`Microsoft.PowerShell.Core\Start-Job`): the built-in command of that module, even
   * where a function or alias of the session has its name (as pwsh's module-qualified names do).
   */
  #builtinOfModule(name: string): ResolvedCommand | undefined {
    const slash = name.lastIndexOf('\\');
    if (slash <= 0) return undefined;
    const module = name.slice(0, slash).toLowerCase();
    const bare = name.slice(slash + 1).toLowerCase();
    const entry = this.initialCommands.find((c) => c.name.toLowerCase() === bare);
    const definition = entry && definitionOf(entry);
    return definition && definition.module.toLowerCase() === module ? { definition } : undefined;
  }

  /** The alias of that name, whether or not its target exists. */
  alias(name: string): AliasDefinition | undefined {
    const changed = this.#aliasByName.size === 0 ? undefined : this.#aliasByName.get(name.toLowerCase());
    return changed === undefined ? findByName(this.#builtinAliases, name) : (changed ?? undefined);
  }

  /** Every command entry: the built-ins the session kept, then what it added. */
  #entries(): CommandEntry[] {
    const out = this.#builtins.filter((c) => !this.#byName.has(c.name.toLowerCase()));
    for (const entry of this.#byName.values()) if (entry) out.push(entry);
    return out;
  }

  /** Every command, sorted by name. */
  all(): CmdletDefinition[] {
    return this.#entries().sort((a, b) => compareNames(a.name, b.name)).map(definitionOf);
  }

  /** Every alias in the order they were made (a module's implicit export names them so). */
  aliasesInOrder(): AliasDefinition[] {
    // A built-in the session redefined keeps its place, as a Map entry set again keeps its own.
    const out: AliasDefinition[] = [];
    for (const alias of this.initialAliases) {
      const changed = this.#aliasByName.get(alias.name.toLowerCase());
      if (changed === undefined) out.push(alias);
      else if (changed) out.push(changed);
    }
    for (const [key, alias] of this.#aliasByName) if (alias && !findByName(this.#builtinAliases, key)) out.push(alias);
    return out;
  }

  /** Every alias, sorted by name. */
  aliases(): AliasDefinition[] {
    return this.aliasesInOrder().sort((a, b) => compareNames(a.name, b.name));
  }

  /** Command names and alias names, canonical casing (what completion offers). */
  names(): string[] {
    // A LazyCmdlet's name is its definition's: completion builds none.
    const commands = this.#entries().sort((a, b) => compareNames(a.name, b.name));
    return [...commands.map((c) => c.name), ...this.aliases().map((a) => a.name)];
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

/**
 * compareNames' order without the lowercase copies for ASCII names (every built-in's): what the
 * binary search over the built-ins compares with, at every command lookup.
 */
function compareNamesInPlace(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x > 127 || y > 127) return compareNames(a, b);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}

/** The list itself when it is sorted by name already, else a sorted copy in which, of two of one name, the later is kept. */
function sortedByName<T extends { name: string }>(list: readonly T[]): readonly T[] {
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i++) sorted = compareNamesInPlace(list[i - 1]!.name, list[i]!.name) < 0;
  if (sorted) return list;
  const byName = new Map<string, T>();
  for (const item of list) byName.set(item.name.toLowerCase(), item);
  return [...byName.values()].sort((a, b) => compareNames(a.name, b.name));
}

/** The item of that name (any casing) in a list sortedByName made, by binary search. */
function findByName<T extends { name: string }>(list: readonly T[], name: string): T | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = list[middle]!;
    const order = compareNamesInPlace(item.name, name);
    if (order === 0) return item;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** A command newly in a table: a lazy built-in's enum types become known when it is built, anything else's now. */
function registered(entry: CommandEntry): void {
  if (entry instanceof LazyCmdlet) entry.registered();
  else registerEnumTypesOf(entry);
}
