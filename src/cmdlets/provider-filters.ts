// The provider cmdlets' -Include, -Exclude and -Filter (Get-ChildItem, Remove-Item, Copy-Item, Get-Item,
// Test-Path, Get-Content ...) and the FileSystem listing they share: a folder's items sorted as pwsh's
// provider lists them. pwsh 7.6.10's rules for the cmdlets other than Get-ChildItem (every case recorded
// in the provider-filters corpus area), from its location globber:
// - -Include/-Exclude test the name of every item a -Path names: a wildcard's matches, and a plain path's
//   own item too (a plain path whose item fails them, or is not there, gives nothing and no
//   PathNotFound); a -LiteralPath is not filtered, except by Remove-Item;
// - -Filter tests a wildcard's matches (folders too) and leaves a plain path alone.

import { promises as fsPromises } from 'node:fs';
import { basename, join } from 'node:path';
import type { CmdletContext, ParameterMetadata } from '../engine/cmdlet.js';
import { wildcardMatch } from '../engine/wildcard.js';
import type { PSObject } from '../engine/values.js';
import { fileItem } from './file-items.js';
import { stringParam, stringsParam } from './param-builders.js';

/** -Include / -Exclude (wildcard patterns for an item's name) and -Filter (the provider's own pattern). */
export interface NameFilters {
  include?: string[];
  exclude?: string[];
  filter?: string;
}

/** The three parameters, in every parameter set and without a position, as pwsh declares them. */
export function nameFilterParameters(): ParameterMetadata[] {
  return [
    stringParam('Filter', "A wildcard pattern the provider applies to the names a wildcard path matches."),
    stringsParam('Include', 'Only items whose names match one of these patterns.'),
    stringsParam('Exclude', 'Leaves out items whose names match one of these patterns.'),
  ];
}

export function nameFiltersOf(ctx: CmdletContext): NameFilters {
  const list = (name: string) => ctx.params.get<string[] | null>(name) ?? undefined;
  return { include: list('Include'), exclude: list('Exclude'), filter: ctx.params.get<string | null>('Filter') ?? undefined };
}

/** Whether -Include or -Exclude was given (an empty list counts, as in pwsh). */
export function hasIncludeOrExclude(filters: NameFilters): boolean {
  return filters.include !== undefined || filters.exclude !== undefined;
}

/** -Include (any pattern, when given) and -Exclude (none) for an item's name. */
export function namePasses(name: string, filters: NameFilters): boolean {
  if (filters.include && !filters.include.some((p) => wildcardMatch(p, name))) return false;
  return !filters.exclude?.some((p) => wildcardMatch(p, name));
}

/** -Filter for an item's name (true without one). */
export function filterPasses(name: string, filters: NameFilters): boolean {
  return filters.filter === undefined || wildcardMatch(filters.filter, name);
}

/**
 * The full paths a -Path value's expansion keeps under -Include/-Exclude/-Filter: a wildcard's matches
 * that pass all three, a plain path only when its item is there and its name passes -Include/-Exclude.
 */
export function filterExpanded(paths: readonly string[], wildcard: boolean, filters: NameFilters, exists: (path: string) => boolean): string[] {
  return paths.filter((p) => {
    const name = basename(p);
    if (wildcard) return namePasses(name, filters) && filterPasses(name, filters);
    return !hasIncludeOrExclude(filters) || (exists(p) && namePasses(name, filters));
  });
}

/** Names in a directory (hidden, dot-named, ones only with `hidden`); undefined when it cannot be read. */
export async function childNames(dir: string, hidden: boolean): Promise<string[] | undefined> {
  try {
    const names = await fsPromises.readdir(dir);
    return hidden ? names : names.filter((n) => !n.startsWith('.'));
  } catch {
    return undefined;
  }
}

/** The items of these names in `dir`: directories first, then files, each sorted by name ignoring case (as pwsh lists them). */
export async function sortedItems(dir: string, names: readonly string[]): Promise<PSObject[]> {
  const items: PSObject[] = [];
  for (const name of names) {
    const item = await fileItem(join(dir, name));
    if (item) items.push(item);
  }
  const byName = (a: PSObject, b: PSObject) => String(a.get('Name')).toLowerCase().localeCompare(String(b.get('Name')).toLowerCase(), 'en');
  return [...items.filter((i) => i.get('PSIsContainer')).sort(byName), ...items.filter((i) => !i.get('PSIsContainer')).sort(byName)];
}

/** The session providers (Env:, Variable:, Function:, Alias:) have no -Filter: pwsh ends the statement (NotSupported). */
export function refuseSessionFilter(ctx: CmdletContext): void {
  if (ctx.params.get<string | null>('Filter') == null) return;
  ctx.throwTerminatingError({
    message: 'Cannot call method. The provider does not support the use of filters.',
    errorId: 'NotSupported',
    category: 'NotImplemented',
    exceptionType: 'PSNotSupportedException',
    exceptionFullName: 'System.Management.Automation.PSNotSupportedException',
  });
}
