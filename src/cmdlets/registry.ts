// The command table: every built-in command and PowerShell's own aliases for them (as on Linux).
// Tables are built on first use so that modules which import the registry back (Get-Command,
// Get-Help) can be loaded in any order.

import type { AliasDefinition, CmdletDefinition } from './types.js';
import { connectSpoService } from './connect-sposervice.js';
import { disconnectSpoService } from './disconnect-sposervice.js';
import { writeOutput } from './write-output.js';
import { writeHost } from './write-host.js';
import { writeVerbose } from './write-verbose.js';
import { writeWarning } from './write-warning.js';
import { writeDebug } from './write-debug.js';
import { writeInformation } from './write-information.js';
import { writeError } from './write-error.js';
import { newObject } from './new-object.js';
import { convertToSecureString } from './convertto-securestring.js';
import { getCredential } from './get-credential.js';
import { getVariable } from './get-variable.js';
import { getCommand } from './get-command.js';
import { getHelp } from './get-help.js';
import { clearHost } from './clear-host.js';

/** PowerShell's aliases for these commands; `help` is a function in PowerShell, an alias here. */
const ALIASES: readonly AliasDefinition[] = [
  { name: 'cls', target: 'Clear-Host' },
  { name: 'echo', target: 'Write-Output' },
  { name: 'gcm', target: 'Get-Command' },
  { name: 'gv', target: 'Get-Variable' },
  { name: 'help', target: 'Get-Help' },
  { name: 'write', target: 'Write-Output' },
];

/** Commands that PowerShell implements as functions (Get-Command lists them as Function). */
const FUNCTIONS = new Set(['clear-host']);

interface Tables {
  commands: CmdletDefinition[];
  byName: Map<string, CmdletDefinition>;
  aliases: AliasDefinition[];
  aliasByName: Map<string, AliasDefinition>;
}

let tables: Tables | undefined;

function build(): Tables {
  const commands = [
    clearHost,
    connectSpoService,
    convertToSecureString,
    disconnectSpoService,
    getCommand,
    getCredential,
    getHelp,
    getVariable,
    newObject,
    writeDebug,
    writeError,
    writeHost,
    writeInformation,
    writeOutput,
    writeVerbose,
    writeWarning,
  ].sort((a, b) => compareNames(a.name, b.name));
  const aliases = [...ALIASES].sort((a, b) => compareNames(a.name, b.name));
  return {
    commands,
    byName: new Map(commands.map((c) => [c.name.toLowerCase(), c])),
    aliases,
    aliasByName: new Map(aliases.map((a) => [a.name.toLowerCase(), a])),
  };
}

function get(): Tables {
  return (tables ??= build());
}

function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Finds a command by name or alias, case-insensitively. */
export function resolveCommand(name: string): { definition: CmdletDefinition; viaAlias?: string } | undefined {
  const t = get();
  const key = name.toLowerCase();
  const direct = t.byName.get(key);
  if (direct) return { definition: direct };
  const alias = t.aliasByName.get(key);
  if (!alias) return undefined;
  const target = t.byName.get(alias.target.toLowerCase());
  return target ? { definition: target, viaAlias: alias.name } : undefined;
}

/** Every command, sorted by name. */
export function allCommands(): CmdletDefinition[] {
  return [...get().commands];
}

/** Every alias, sorted by name. */
export function allAliases(): AliasDefinition[] {
  return [...get().aliases];
}

/** The aliases that point at a command, sorted by name. */
export function aliasesOf(commandName: string): AliasDefinition[] {
  const key = commandName.toLowerCase();
  return get().aliases.filter((a) => a.target.toLowerCase() === key);
}

/** 'Cmdlet' or 'Function', as Get-Command's CommandType column shows it. */
export function commandTypeOf(definition: CmdletDefinition): 'Cmdlet' | 'Function' {
  return FUNCTIONS.has(definition.name.toLowerCase()) ? 'Function' : 'Cmdlet';
}
