// Tab completion against a session: what the console's Tab and TabExpansion2 complete with. The
// context tells completion.ts the session's commands (and a script typed as a path: `./deploy.ps1
// -<Tab>` offers its param( ) block), variables, aliases, modules and folders; the session's
// Register-ArgumentCompleter completers are asked first, which may run a script, so that path is async.

import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, parse, resolve, sep } from 'node:path';
import { fileSystemDrives } from './fs-drives.js';
import type { CompletionResult } from './api.js';
import { argumentCompleters, parameterCompleter } from './argument-completers.js';
import type { AliasDefinition, CmdletDefinition, ResolvedCommand } from './cmdlet.js';
import { completeInput, type ArgumentCompletionRequest, type CompletionContext, type PathEntry } from './completion.js';
import type { ScriptBlock } from './script-block.js';
import { scriptFileCommand, scriptFilePath } from './script-files.js';
import { scriptModules } from './script-modules.js';
import type { Session } from './session.js';
import { typeNameOf, unwrap } from './convert.js';

/** What completion reads of a command table (engine/command-table.ts's CommandTable has all of it). */
export interface CompletionCommands {
  resolve(name: string): ResolvedCommand | undefined;
  all(): CmdletDefinition[];
  aliases(): AliasDefinition[];
  /** Command and alias names without building lazy commands' definitions; all() and aliases() when absent. */
  names?(): string[];
}

/** The completion context of a session and its command table. */
export function completionContext(session: Session, commands: CompletionCommands): CompletionContext {
  return {
    commands: {
      resolve: (name) => commands.resolve(name)?.definition ?? scriptCommand(session, name),
      names: () => commands.names?.() ?? [...commands.all().map((c) => c.name), ...commands.aliases().map((a) => a.name)],
    },
    variables: () => session.variables().map((v) => v.name),
    variableToolTip: (name) => {
      const variable = session.getVariable(name);
      const value = variable ? unwrap(variable.value) : undefined;
      // pwsh shows a variable holding nothing by its name alone.
      if (value === null || value === undefined) return undefined;
      return `[${toolTipTypeName(typeNameOf(value))}]$${variable!.name}${variable!.options.description ? ` - ${variable!.options.description}` : ''}`;
    },
    environment: () => Object.keys(process.env),
    aliases: () => commands.aliases(),
    // The modules whose commands the session has (pwsh's loaded modules), then the imported script modules.
    modules: () => [...new Set(commands.all().flatMap((c) => (c.module ? [c.module] : [])))].concat([...scriptModules(session).values()].map((m) => m.name)),
    location: () => session.location,
    drives: () => driveNames(session),
    // Relative to the session's location (Set-Location moves it, not the process's folder).
    listFolder: (folder) => listFolder(folder, session.location),
  };
}

/**
 * Completion that asks the session's Register-ArgumentCompleter completers first; undefined when the
 * session has none for this input (completeInput answers the same then, without waiting).
 */
export function completeWithCompleters(session: Session, context: CompletionContext, text: string, cursor: number, signal: AbortSignal): Promise<CompletionResult> | undefined {
  const completers = argumentCompleters(session);
  if (!completers) return undefined;
  let asked: { request: ArgumentCompletionRequest; block: ScriptBlock } | undefined;
  completeInput(text, cursor, {
    ...context,
    argumentCompleter: (request) => {
      const block = request.parameterName === undefined ? (completers.native.get(request.commandName.toLowerCase()) ?? completers.native.get('')) : parameterCompleter(completers, request.commandName, request.parameterName);
      if (!block) return undefined;
      asked = { request, block };
      return { replacementIndex: request.start, replacementLength: request.replacementLength, matches: [] };
    },
  });
  if (!asked) return undefined;
  const { request, block } = asked;
  return (async () => {
    const { runArgumentCompleter } = await import('./argument-completion-run.js');
    const result = await runArgumentCompleter(block, request, signal);
    // A completer that fails or offers nothing leaves the input to the built-in rules, as in pwsh.
    return result ?? completeInput(text, cursor, context);
  })();
}

/** The drives' names as Get-PSDrive lists them: the file system's root first, then the rest by name. */
function driveNames(session: Session): string[] {
  const root = parse(session.location).root || sep;
  const others = ['Alias', 'Cert', 'Env', 'Function', 'Variable', ...fileSystemDrives(session).map((d) => d.name)];
  return [root === '/' ? '/' : root.slice(0, 1).toUpperCase(), ...others.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))];
}

/** The names pwsh's tooltips give the common types (their accelerators); others by their name without the namespace. */
const TOOLTIP_TYPE_NAMES: Readonly<Record<string, string>> = {
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.String': 'string',
  'System.Boolean': 'bool',
  'System.Double': 'double',
  'System.Decimal': 'decimal',
  'System.Char': 'char',
  'System.Byte': 'byte',
  'System.Collections.Hashtable': 'hashtable',
  'System.DateTime': 'datetime',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Management.Automation.PSCustomObject': 'PSCustomObject',
};

function toolTipTypeName(fullName: string): string {
  return TOOLTIP_TYPE_NAMES[fullName] ?? fullName.slice(fullName.lastIndexOf('.') + 1);
}

/** The script file a command name typed as a path names, read for its parameters; none when it does not parse. */
function scriptCommand(session: Session, name: string): CmdletDefinition | undefined {
  const path = scriptFilePath(session, name);
  if (!path) return undefined;
  try {
    return scriptFileCommand(session, path);
  } catch {
    return undefined;
  }
}

/** A folder's entries for path completion, as typed (`~` is the home folder); [] when unreadable. */
function listFolder(folder: string, location: string): PathEntry[] {
  const path = /^~([\\/]|$)/.test(folder) ? join(homedir(), folder.slice(1)) : resolve(location, folder || '.');
  try {
    return readdirSync(path, { withFileTypes: true }).map((d) => {
      let directory = d.isDirectory();
      if (d.isSymbolicLink()) {
        try {
          directory = statSync(join(path, d.name)).isDirectory();
        } catch {
          // a dangling link completes as a file
        }
      }
      return { name: d.name, directory };
    });
  } catch {
    return [];
  }
}
