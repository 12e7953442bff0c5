// What Get-ItemProperty, Get-ItemPropertyValue and Set-ItemProperty share for FileSystem items: the
// items a -Path/-LiteralPath names, the properties of a FileInfo/DirectoryInfo the FileSystem provider
// reads by name (case ignored, as .NET's reflection does), the provider's PS* properties it adds to what
// it writes, and pwsh's error for a property the item does not have.

import { lstatSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, parse, sep } from 'node:path';
import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import { DateTimeValue } from '../engine/datetime.js';
import { FILE_ATTRIBUTES } from '../engine/enum-types.js';
import { expandOrReport, notFoundError, resolveOrReport } from '../engine/paths.js';
import { filterExpanded, hasIncludeOrExclude, type NameFilters } from './provider-filters.js';
import * as R from '../engine/runtime-strings.js';
import { EnumValue, PSObject } from '../engine/values.js';
import { FILE_SYSTEM_PROVIDER, fileItem, unixMode } from './file-items.js';
import { itemDrive } from './get-psdrive.js';
import { itemsOrReport, sessionPath } from './session-providers.js';

/** One item a command's paths name: its full path and the path it was typed as. */
export interface NamedItem {
  full: string;
  typed: string;
}

/** The existing items the -Path (wildcards) or -LiteralPath values name; PathNotFound for the others. */
/** `filters`: -Include/-Exclude/-Filter of the cmdlets that apply them (provider-filters.ts; Get-ItemPropertyValue takes them but ignores them, as pwsh 7.6.10 does). */
export async function namedItems(ctx: CmdletContext, typed: readonly string[], literal: boolean, filters: NameFilters = {}): Promise<NamedItem[]> {
  const items: NamedItem[] = [];
  for (const path of typed) {
    // A FileInfo from Get-ChildItem binds its provider-qualified PSPath.
    const text = path.startsWith(FILE_SYSTEM_PROVIDER) ? path.slice(FILE_SYSTEM_PROVIDER.length) : path;
    // The Env:, Variable:, Function: and Alias: providers have no item properties: pwsh says so of each
    // item there is (and PathNotFound of the others).
    const session = sessionPath(text);
    if (session) {
      for (const _ of await itemsOrReport(ctx, session, text, literal)) await ctx.writeError(noPropertyProvider());
      continue;
    }
    if (literal) {
      const full = await resolveOrReport(ctx, text);
      if (full === undefined) continue;
      if (statOf(full)) items.push({ full, typed: text });
      else await ctx.writeError(notFoundError(ctx.session, text, full));
      continue;
    }
    const expanded = await expandOrReport(ctx, text);
    if (!expanded) continue;
    const found = filterExpanded(expanded.paths, expanded.wildcard, filters, (p) => statOf(p) !== undefined).filter((p) => statOf(p));
    if (!found.length && !expanded.wildcard && !hasIncludeOrExclude(filters)) await ctx.writeError(notFoundError(ctx.session, text, expanded.paths[0]!));
    for (const full of found) items.push({ full, typed: text });
  }
  return items;
}

function statOf(full: string): Stats | undefined {
  try {
    return lstatSync(full);
  } catch {
    return undefined;
  }
}

/** Whether the item's owner may not write it: what .NET's IsReadOnly and ReadOnly attribute say on Unix. */
function readOnly(info: Stats): boolean {
  return (info.mode & 0o200) === 0;
}

/** System.IO.FileAttributes of an item on Unix: Directory, ReadOnly, Hidden (a dot name), ReparsePoint (a link), else Normal. */
function attributes(full: string, info: Stats, isDirectory: boolean): EnumValue {
  let bits = 0;
  if (isDirectory) bits |= 16;
  if (readOnly(info)) bits |= 1;
  if (basename(full).startsWith('.')) bits |= 2;
  if (info.isSymbolicLink()) bits |= 1024;
  return EnumValue.of(FILE_ATTRIBUTES, bits === 0 ? 128 : bits);
}

/** pwsh's Mode column text (`d----`, `--r--`, `-----l`): directory, archive, read-only, hidden, system, link. */
function modeText(full: string, info: Stats, isDirectory: boolean): string {
  const link = info.isSymbolicLink();
  return `${isDirectory ? 'd' : '-'}-${readOnly(info) ? 'r' : '-'}${basename(full).startsWith('.') ? 'h' : '-'}-${link ? 'l' : ''}`;
}

const date = (ms: number, kind: 'Local' | 'Utc' = 'Local') => new DateTimeValue(Math.floor(ms), kind, Math.round((ms % 1) * 10000) % 10000);

/**
 * The properties of a FileInfo (a DirectoryInfo: `directory`) the provider reads by name, as pwsh 7.6
 * gives them on Linux; the name as the class spells it. DirectoryInfo's Parent and Root are DirectoryInfo
 * items, a file's Directory too.
 */
async function itemProperties(full: string, info: Stats, isDirectory: boolean): Promise<Map<string, () => unknown | Promise<unknown>>> {
  const name = basename(full) || full;
  const ext = isDirectory && !extname(name) ? '' : extname(name);
  const common: Array<[string, () => unknown | Promise<unknown>]> = [
    ['Name', () => name],
    ['FullName', () => full],
    ['Extension', () => ext],
    ['Exists', () => true],
    ['Attributes', () => attributes(full, info, isDirectory)],
    ['Mode', () => modeText(full, info, isDirectory)],
    ['UnixMode', () => unixMode(info)],
    ['CreationTime', () => date(info.birthtimeMs)],
    ['CreationTimeUtc', () => date(info.birthtimeMs, 'Utc')],
    ['LastAccessTime', () => date(info.atimeMs)],
    ['LastAccessTimeUtc', () => date(info.atimeMs, 'Utc')],
    ['LastWriteTime', () => date(info.mtimeMs)],
    ['LastWriteTimeUtc', () => date(info.mtimeMs, 'Utc')],
    ['LinkTarget', async () => (info.isSymbolicLink() ? ((await fileItem(full))?.get('LinkTarget') ?? null) : null)],
  ];
  const own: Array<[string, () => unknown | Promise<unknown>]> = isDirectory
    ? [
        ['Parent', async () => (dirname(full) === full ? null : fileItem(dirname(full)))],
        ['Root', async () => fileItem(parse(full).root || sep)],
      ]
    : [
        ['Length', () => info.size],
        ['DirectoryName', () => dirname(full)],
        ['Directory', async () => fileItem(dirname(full))],
        ['IsReadOnly', () => readOnly(info)],
        ['BaseName', () => parse(name).name],
      ];
  return new Map([...common, ...own].map(([k, v]) => [k.toLowerCase(), v]));
}

/** The value of property `name` of the item at `full`, or undefined when the item has no such property. */
export async function itemPropertyValue(full: string, name: string): Promise<{ value: unknown } | undefined> {
  const info = statOf(full);
  if (!info) return undefined;
  const isDirectory = info.isDirectory() || (info.isSymbolicLink() && isFolder(full));
  const read = (await itemProperties(full, info, isDirectory)).get(name.toLowerCase());
  return read ? { value: await read() } : undefined;
}

function isFolder(full: string): boolean {
  try {
    return statSync(full).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The PS* properties the provider adds to what it writes for an item: PSPath, PSParentPath, PSChildName,
 * UnixStat (pwsh's Unix stat object, shown by its type name), PSDrive and PSProvider. The drive is the one
 * the path was typed on (`W:/a.txt`: W), else the root drive.
 */
export function providerProperties(ctx: CmdletContext, item: NamedItem): Array<[string, unknown]> {
  const { drive, provider } = itemDrive(ctx, item.typed);
  return [
    ['PSPath', FILE_SYSTEM_PROVIDER + item.full],
    ['PSParentPath', FILE_SYSTEM_PROVIDER + dirname(item.full)],
    ['PSChildName', basename(item.full) || item.full],
    ['UnixStat', new PSObject('System.Management.Automation.Platform+Unix+CommonStat')],
    ['PSDrive', drive],
    ['PSProvider', provider],
  ];
}

/** A provider without IPropertyCmdletProvider (PSNotSupportedException "NotSupported"). */
function noPropertyProvider(): ErrorSpec {
  return {
    message: R.IPropertyCmdletProviderNotSupported(),
    errorId: 'NotSupported',
    category: 'NotImplemented',
    exceptionType: 'PSNotSupportedException',
    exceptionFullName: 'System.Management.Automation.PSNotSupportedException',
  };
}

/** IOException "The property Nope does not exist or was not found." (GetValueError / SetPropertyError). */
export function propertyNotFound(name: string, errorId: string, targetType = 'String'): ErrorSpec {
  return {
    message: R.PropertyNotFound(name),
    errorId,
    category: 'ReadError',
    exceptionType: 'IOException',
    exceptionFullName: 'System.IO.IOException',
    targetObject: name,
    targetName: name,
    targetType,
  };
}
