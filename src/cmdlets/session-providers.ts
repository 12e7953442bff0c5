// The items of pwsh's session-state providers, Environment (Env:), Variable, Function and Alias, as the
// item and content cmdlets read and change them: `Get-ChildItem Env:`, `Remove-Item Env:TEMP_TOKEN`,
// `Set-Item function:prompt { … }`, `Get-Content variable:x`, `Test-Path alias:ll`. Measured with pwsh
// 7.6.10 on Linux:
// - a drive's root lists its items sorted by name (ignoring case); a wildcard lists the matches in the
//   table's own order (pwsh's hash order; here the order items were made);
// - each item is the provider's object (DictionaryEntry, PSVariable, FunctionInfo, AliasInfo) with
//   PSPath, PSDrive, PSProvider and PSIsContainer before its own properties; every item is a leaf;
// - environment names are case-sensitive on Linux and macOS, the others never;
// - a missing item is PathNotFound naming `Env:/NAME` (the name alone through `Environment::NAME`, the
//   path as typed with -LiteralPath; Get-ChildItem names the item alone).

import type { CmdletContext, ErrorSpec, MutableCommands } from '../engine/cmdlet.js';
import { argumentException, otherProviderItem, pathNotFound } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { SCRIPT_RUNNER_SERVICE, type ScriptBlockRunner } from '../engine/script-block.js';
import type { FunctionInvoker } from '../engine/function-definition.js';
import { AliasProtectedError, aliasValue, functionNamed, functionValue, FunctionTextError, ItemValueError, removeAlias, setAliasValue, setEnvironmentValue, setFunctionValue } from '../engine/session-items.js';
import { PSObject } from '../engine/values.js';
import { dictionaryEntry } from '../engine/values-members.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { aliasObject, aliasProtected } from './get-alias.js';
import { commandObject } from './get-command.js';
import { sessionDriveInfo } from './get-psdrive.js';
import { variableObject } from './variable-info.js';
import { removeNearest, variableNotWritable } from './variable-scope.js';
import { VariableNotWritableError } from '../engine/session.js';

export type SessionProviderName = 'Environment' | 'Variable' | 'Function' | 'Alias';

/** A failure a provider reports for one item (the cmdlet writes it as a non-terminating error). */
export class ProviderItemError extends Error {
  constructor(readonly spec: ErrorSpec) {
    super(spec.message);
  }
}

interface SessionProvider {
  readonly drive: string;
  readonly caseSensitive: boolean;
  /** The items' names in the table's own order. */
  names(ctx: CmdletContext): string[];
  /** The item's object, without the provider's notes. */
  object(ctx: CmdletContext, name: string): PSObject;
  /** What Get-Content reads. */
  content(ctx: CmdletContext, name: string): unknown;
  /** Set-Item, Set-Content, New-Item: makes or changes the item (throws ProviderItemError). */
  set(ctx: CmdletContext, name: string, value: unknown): void;
  /** Remove-Item (throws ProviderItemError). */
  remove(ctx: CmdletContext, name: string, force: boolean): void;
}

const isWindows = process.platform === 'win32';

function commandTable(ctx: CmdletContext): MutableCommands {
  const table = ctx.commands.table?.();
  if (!table) throw new Error('the session has no command table');
  return table;
}

function runner(ctx: CmdletContext): ScriptBlockRunner & FunctionInvoker {
  return ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner & FunctionInvoker;
}

/** An ItemValueError or a function's text that does not parse, as the cmdlet's error for `name`. */
function valueFailure(e: unknown, name: string): never {
  if (e instanceof ItemValueError) throw new ProviderItemError(argumentException(e.message));
  if (e instanceof AliasProtectedError) throw new ProviderItemError(aliasProtected(e));
  if (e instanceof FunctionTextError) throw new ProviderItemError({ message: e.message, errorId: e.errorId, category: 'ParserError', exceptionType: 'ParseException', exceptionFullName: 'System.Management.Automation.ParseException', targetObject: name });
  throw e;
}

const environment: SessionProvider = {
  drive: 'Env',
  caseSensitive: !isWindows,
  names: () => Object.keys(process.env),
  object: (_ctx, name) => dictionaryEntry(name, process.env[name] ?? null),
  content: (_ctx, name) => process.env[name] ?? null,
  set: (_ctx, name, value) => setEnvironmentValue(name, unwrap(value)),
  remove(_ctx, name) {
    delete process.env[name];
  },
};

const variable: SessionProvider = {
  drive: 'Variable',
  caseSensitive: false,
  names: (ctx) => ctx.session.variables().map((v) => v.name),
  object: (ctx, name) => variableObject(ctx.session.getVariable(name)!, ctx.session),
  content: (ctx, name) => ctx.session.getVariable(name)?.value ?? null,
  set(ctx, name, value) {
    try {
      ctx.session.setVariable(name, value);
    } catch (e) {
      if (e instanceof VariableNotWritableError) throw new ProviderItemError(variableNotWritable(name));
      throw e;
    }
  },
  remove(ctx, name, force) {
    const refused = removeNearest(ctx.session, ctx.session.getVariable(name)!, force);
    if (refused) throw new ProviderItemError(refused);
  },
};

const functions: SessionProvider = {
  drive: 'Function',
  caseSensitive: false,
  names: (ctx) => ctx.commands.all().filter((c) => ctx.commands.commandTypeOf(c) === 'Function').map((c) => c.name),
  object: (ctx, name) => commandObject({ kind: 'Function', name, definition: functionNamed(commandTable(ctx), name)! }, ctx.commands),
  content: (ctx, name) => functionValue(commandTable(ctx), name),
  set(ctx, name, value) {
    try {
      setFunctionValue(commandTable(ctx), name, value, runner(ctx));
    } catch (e) {
      valueFailure(e, name);
    }
  },
  remove(ctx, name) {
    commandTable(ctx).unregister(name);
  },
};

const aliases: SessionProvider = {
  drive: 'Alias',
  caseSensitive: false,
  names: (ctx) => ctx.commands.aliases().map((a) => a.name),
  object: (ctx, name) => aliasObject(ctx, commandTable(ctx).alias(name)!),
  content: (ctx, name) => aliasValue(commandTable(ctx), name),
  set(ctx, name, value) {
    try {
      setAliasValue(commandTable(ctx), name, value, ctx.params.get('Force') === true);
    } catch (e) {
      valueFailure(e, name);
    }
  },
  remove(ctx, name, force) {
    try {
      removeAlias(commandTable(ctx), name, force);
    } catch (e) {
      valueFailure(e, name);
    }
  },
};

const PROVIDERS: Record<SessionProviderName, SessionProvider> = { Environment: environment, Variable: variable, Function: functions, Alias: aliases };

/** A path into one of these providers: which, the item's name ('' for the root), and the path as pwsh names it. */
export interface SessionPath {
  provider: SessionProviderName;
  name: string;
  /** `Env:/NAME` for a drive path, `NAME` for a provider-qualified one: what PathNotFound names. */
  shown: string;
}

/** The session-provider item a path names (`Env:HOME`, `variable:\x`, `Alias::gci`), or undefined. */
export function sessionPath(path: string): SessionPath | undefined {
  const item = otherProviderItem(path);
  if (!item) return undefined;
  const provider = item.provider as SessionProviderName;
  const name = item.name.replace(/\\/g, '/');
  return { provider, name, shown: item.qualified ? name : `${PROVIDERS[provider].drive}:/${name}` };
}

/** The same drive's path to another of its items (a wildcard's match). */
export function sessionPathTo(path: SessionPath, name: string): SessionPath {
  return { ...path, name, shown: path.shown.slice(0, path.shown.length - path.name.length) + name };
}

/** The item's name as the table spells it, or undefined when there is none. */
function find(ctx: CmdletContext, provider: SessionProviderName, name: string): string | undefined {
  const p = PROVIDERS[provider];
  const names = p.names(ctx);
  if (p.caseSensitive) return names.includes(name) ? name : undefined;
  const lower = name.toLowerCase();
  return names.find((n) => n.toLowerCase() === lower);
}

/** The names a path names: the one item (if it exists), the wildcard's matches in table order, or every item sorted (the root). */
export function matchingNames(ctx: CmdletContext, path: SessionPath, literal: boolean, sortRoot = true): { names: string[]; wildcard: boolean } {
  const p = PROVIDERS[path.provider];
  // Get-ChildItem -Name lists the root in the table's order (pwsh's GetChildNames does not sort).
  if (path.name === '') return { names: sortRoot ? sortedNames(p.names(ctx)) : p.names(ctx), wildcard: true };
  if (!literal && hasWildcard(path.name)) return { names: p.names(ctx).filter((n) => wildcardMatch(path.name, n, p.caseSensitive)), wildcard: true };
  const found = find(ctx, path.provider, path.name);
  return { names: found === undefined ? [] : [found], wildcard: false };
}

/** pwsh sorts a root listing with StringComparer.CurrentCultureIgnoreCase. */
function sortedNames(names: string[]): string[] {
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'accent' }) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The item's object as Get-Item and Get-ChildItem write it: the provider's notes first. */
export function sessionItem(ctx: CmdletContext, provider: SessionProviderName, name: string): PSObject {
  const own = PROVIDERS[provider].object(ctx, name);
  const drive = sessionDriveInfo(ctx, PROVIDERS[provider].drive);
  const item = new PSObject(
    own.typeName,
    {
      PSPath: `Microsoft.PowerShell.Core\\${provider}::${name}`,
      PSDrive: drive,
      PSProvider: drive.properties.get('Provider'),
      PSIsContainer: false,
      ...Object.fromEntries(own.properties),
    },
    own.displayProperties,
    own.stringValue,
  );
  if (own.typeNames) item.typeNames = own.typeNames;
  return item;
}

export function sessionContent(ctx: CmdletContext, provider: SessionProviderName, name: string): unknown {
  return PROVIDERS[provider].content(ctx, name);
}

/** Sets (or makes) the item; throws ProviderItemError. */
export function setSessionItem(ctx: CmdletContext, provider: SessionProviderName, name: string, value: unknown): void {
  PROVIDERS[provider].set(ctx, find(ctx, provider, name) ?? name, value);
}

/** Removes the item (it exists); throws ProviderItemError. */
export function removeSessionItem(ctx: CmdletContext, provider: SessionProviderName, name: string, force: boolean): void {
  PROVIDERS[provider].remove(ctx, name, force);
}

/**
 * Clear-Item on the item (it exists): a variable keeps its name with the value $null (a read-only one only
 * with `force`, a constant never); an environment variable, function or alias goes, as in pwsh. Throws
 * ProviderItemError.
 */
export function clearSessionItem(ctx: CmdletContext, provider: SessionProviderName, name: string, force: boolean): void {
  if (provider !== 'Variable') return PROVIDERS[provider].remove(ctx, name, force);
  const v = ctx.session.getVariable(name)!;
  if (v.options.constant || (v.options.readOnly && !force)) throw new ProviderItemError(variableNotWritable(v.name));
  v.value = null;
}

export function sessionItemExists(ctx: CmdletContext, provider: SessionProviderName, name: string): boolean {
  return find(ctx, provider, name) !== undefined;
}

/**
 * Whether `path` names an existing item (or the root) of one of those providers, for Test-Path;
 * undefined when the path is not theirs. Every such item is a leaf and the root a container, as in pwsh.
 */
export function providerItemExists(ctx: CmdletContext, path: string, literal: boolean, type: string): boolean | undefined {
  const item = sessionPath(path);
  if (!item) return undefined;
  if (item.name === '') return type !== 'Leaf';
  if (type === 'Container') return false;
  return matchingNames(ctx, item, literal).names.length > 0;
}

/**
 * The items an item cmdlet's path names, as Get-Item, Remove-Item, Get-Content and Rename-Item find them:
 * a wildcard's matches (none is no error), or the one item; a missing item is PathNotFound naming
 * `Env:/NAME` (the path as typed with -LiteralPath), written here.
 */
export async function itemsOrReport(ctx: CmdletContext, path: SessionPath, typed: string, literal: boolean): Promise<string[]> {
  const { names, wildcard } = matchingNames(ctx, path, literal, false);
  if (!wildcard && names.length === 0) await ctx.writeError(pathNotFound(literal ? typed : path.shown));
  return names;
}

/** New-Item or Rename-Item onto a name the drive already has (PSArgumentException). */
export function itemAlreadyExists(name: string): ErrorSpec {
  return argumentException(`The item at path '${name}' already exists.`);
}

/**
 * Set-Item, Set-Content and New-Item on a session item: ShouldProcess with pwsh's texts, then the change;
 * a provider's refusal is written as the command's error. True when the item was set.
 */
export async function setOrReport(ctx: CmdletContext, path: SessionPath, value: unknown, action: 'Set Item' | 'Set Content' | 'New Item'): Promise<boolean> {
  const target = action === 'Set Content' ? `Path: ${path.shown}` : action === 'New Item' ? `Item: ${path.name} Type:  Value: ${toPSString(value)}` : `Item: ${path.name} Value: ${toPSString(value)}`;
  if (!(await cmdletShouldProcess(ctx, target, action))) return false;
  try {
    setSessionItem(ctx, path.provider, path.name, value);
    return true;
  } catch (e) {
    if (!(e instanceof ProviderItemError)) throw e;
    await ctx.writeError(e.spec);
    return false;
  }
}

/**
 * Rename-Item on a session item: the value moves to the new name (a name that is taken is refused, a
 * read-only or constant variable keeps its name); true when renamed.
 */
export async function renameOrReport(ctx: CmdletContext, path: SessionPath, name: string, newName: string): Promise<boolean> {
  if (sessionItemExists(ctx, path.provider, newName)) {
    await ctx.writeError(itemAlreadyExists(newName));
    return false;
  }
  if (path.provider === 'Variable') {
    const v = ctx.session.getVariable(name)!;
    if (v.options.readOnly || v.options.constant) {
      await ctx.writeError({ ...variableNotWritable(v.name), message: `Cannot rename variable because variable ${v.name} is read-only or constant.`, errorId: 'VariableNotRenamable' });
      return false;
    }
  }
  if (!(await cmdletShouldProcess(ctx, `Item: ${name} NewName: ${newName}`, 'Rename Item'))) return false;
  const value = PROVIDERS[path.provider].content(ctx, name);
  PROVIDERS[path.provider].remove(ctx, name, true);
  PROVIDERS[path.provider].set(ctx, newName, value);
  return true;
}
