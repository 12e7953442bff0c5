// Get-ChildItem: the items in a directory (FileInfo/DirectoryInfo, pwsh's Linux table), the Cert:
// drive over the shell's certificate stores (cert-drive.ts), so documentation Example 9
// (`$cert = Get-ChildItem Cert:\LocalMachine\My\$thumbprint`) works on Linux and macOS, and the
// Env:, Variable:, Function: and Alias: drives (session-providers.ts).

import { promises as fsPromises } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { pathNotFound, resolveOrReport } from '../engine/paths.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { EnumValue, type PSObject } from '../engine/values.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { toIntegerType } from '../engine/numeric-casts.js';
import { FILE_ATTRIBUTES } from '../engine/enum-types.js';
import { ConversionError } from '../engine/conversion-error.js';
import { InvalidCastExceptionWithInnerException } from '../engine/runtime-strings.js';
import { certItems, certPathParts } from './cert-drive.js';
import { matchingNames, sessionItem, sessionPath, type SessionPath } from './session-providers.js';
import { fileItem, withProviderNotes } from './file-items.js';
import { childNames, nameFiltersOf, namePasses, refuseSessionFilter, sortedItems, type NameFilters } from './provider-filters.js';
import { itemDrive } from './get-psdrive.js';
import { MANAGEMENT } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { fileSystemDynamicParameters } from './provider-parameters.js';

const ITEMS = 'Items';
const LITERAL_ITEMS = 'LiteralItems';

const flag = (name: string, description: string, aliases?: string[]) => ({
  name,
  kind: 'switch' as const,
  typeName: 'System.Management.Automation.SwitchParameter',
  aliases,
  sets: { [ITEMS]: {}, [LITERAL_ITEMS]: {} },
  description,
});

/** -Include / -Exclude / -Filter: see listFileSystem for where pwsh applies them. */
interface Options extends NameFilters {
  recurse: boolean;
  /** How many levels below the listed folder recursion goes (-Depth; unlimited without it). */
  depth: number;
  force: boolean;
  nameOnly: boolean;
  /** -FollowSymlink: recursion goes into linked folders too, each real folder once. */
  followLinks: boolean;
  /** The real paths of the folders listed so far (with -FollowSymlink). */
  visited: Set<string>;
  files: boolean;
  directories: boolean;
  /** -Attributes and -Hidden/-ReadOnly/-System: what an item's Attributes must satisfy. */
  attributes?: (attributes: number) => boolean;
  /** Hidden items are listed to be tested (the expression names Hidden). */
  hiddenToo: boolean;
  /** The PSDrive and PSProvider the listed items get (none with -Name). */
  notes?: { drive: PSObject | null; provider: unknown };
}

export const getChildItem = lazyCmdlet('Get-ChildItem', (): CmdletDefinition => ({
  name: 'Get-ChildItem',
  implementingType: 'Microsoft.PowerShell.Commands.GetChildItemCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the items in a directory, or the certificates in a Cert: store.',
  defaultParameterSet: ITEMS,
  dynamicParametersApply: fileSystemDynamicParameters,
  parameters: [
    {
      name: 'Path',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ITEMS]: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      description: 'Where to look: a directory, a file, a wildcard pattern or a Cert: path. The current directory when absent.',
    },
    {
      name: 'LiteralPath',
      kind: 'string[]',
      typeName: 'System.String[]',
      aliases: ['PSPath', 'LP'],
      sets: { [LITERAL_ITEMS]: { mandatory: true, valueFromPipelineByPropertyName: true } },
      description: 'A path taken exactly as written (no wildcards).',
    },
    {
      name: 'Filter',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ITEMS]: { position: 1 }, [LITERAL_ITEMS]: { position: 1 } },
      description: 'A wildcard pattern the names must match.',
    },
    {
      name: 'Include',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ITEMS]: {}, [LITERAL_ITEMS]: {} },
      description: 'Only items whose names match one of these patterns (with -Recurse, or a path ending in a wildcard).',
    },
    {
      name: 'Exclude',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ITEMS]: {}, [LITERAL_ITEMS]: {} },
      description: 'Leaves out items whose names match one of these patterns.',
    },
    flag('Recurse', 'Also lists the items in every subdirectory.', ['s', 'r']),
    {
      name: 'Depth',
      kind: 'object',
      typeName: 'System.UInt32',
      coerce: (value) => Number(unwrap(toIntegerType(unwrap(value), 'System.UInt32'))),
      sets: { [ITEMS]: {}, [LITERAL_ITEMS]: {} },
      description: 'How many levels of subdirectories to list (implies -Recurse; 0 lists only the folder itself).',
    },
    flag('Force', 'Includes hidden items (names that start with a dot).'),
    flag('Name', 'Outputs only the names of the items.'),
    // The FileSystem provider's dynamic parameters, in pwsh's order (after the CommonParameters).
    {
      name: 'Attributes',
      kind: 'object[]',
      coerce: checkAttributes,
      typeName: 'System.Management.Automation.FlagsExpression`1[System.IO.FileAttributes]',
      sets: { [ITEMS]: {}, [LITERAL_ITEMS]: {} },
      dynamic: true,
      description: 'The attributes the items must have: `!` not, `+` and, `,` or (`Directory+!Hidden,ReadOnly`).',
    },
    { ...flag('FollowSymlink', 'With -Recurse, also lists the folders that symbolic links name (each folder once).'), dynamic: true },
    { ...flag('Directory', 'Lists directories only.', ['ad', 'd']), dynamic: true },
    { ...flag('File', 'Lists files only.', ['af']), dynamic: true },
    { ...flag('Hidden', 'Lists hidden items only (names that start with a dot).', ['ah', 'h']), dynamic: true },
    { ...flag('ReadOnly', 'Lists read-only items only.', ['ar']), dynamic: true },
    { ...flag('System', 'Lists system items only (none on Linux and macOS).', ['as']), dynamic: true },
  ],
  async process(ctx) {
    const literal = ctx.params.has('LiteralPath');
    const paths = (literal ? ctx.params.get<string[]>('LiteralPath') : ctx.params.get<string[]>('Path')) ?? ['.'];
    const depth = ctx.params.get<number>('Depth');
    const options: Options = {
      ...nameFiltersOf(ctx),
      // -Depth turns recursion on, as in pwsh.
      recurse: ctx.params.get<boolean>('Recurse') === true || typeof depth === 'number',
      depth: typeof depth === 'number' ? depth : Infinity,
      force: ctx.params.get<boolean>('Force') === true,
      nameOnly: ctx.params.get<boolean>('Name') === true,
      followLinks: ctx.params.get<boolean>('FollowSymlink') === true,
      visited: new Set(),
      files: ctx.params.get<boolean>('File') === true,
      directories: ctx.params.get<boolean>('Directory') === true,
      hiddenToo: false,
    };
    attributeFilter(ctx, options);
    for (const path of paths) {
      const session = sessionPath(path);
      if (session) {
        refuseSessionFilter(ctx);
        await listSessionItems(ctx, session, literal, options.nameOnly);
        continue;
      }
      const cert = certPathParts(path);
      if (cert) {
        const items = await certItems(cert);
        if (!items) await writePathNotFound(ctx, path);
        else for (const item of items) ctx.writeObject(item);
        continue;
      }
      // The items' PSDrive and PSProvider: the drive the path was typed on.
      await listFileSystem(ctx, path, literal, options.nameOnly ? options : { ...options, notes: itemDrive(ctx, path) });
    }
  },
}));

/** `Get-ChildItem Env:` and the other session drives: the root sorted, a wildcard's matches, or one item. */
/** FileAttributes' names and values, for the -Attributes expression. */
const ATTRIBUTE = new Map(FILE_ATTRIBUTES.names.map((n, i) => [n.toLowerCase(), FILE_ATTRIBUTES.values![i]!]));

/**
 * -Attributes (a FlagsExpression: `,` or, `+` and, `!` not, as pwsh parses it) and the -Hidden, -ReadOnly
 * and -System switches, which each add an "and".
 */
function attributeFilter(ctx: CmdletContext, options: Options): void {
  const tests: Array<(a: number) => boolean> = [];
  const given = ctx.params.get<unknown[]>('Attributes');
  if (given !== undefined && given !== null) {
    const terms = parseFlags([given].flat().map((x) => toPSString(x)).join(','));
    if (typeof terms === 'string') return;
    if (terms.some((factors) => factors.some((f) => f.value === 2))) options.hiddenToo = true;
    tests.push((a) => terms.some((factors) => factors.every(({ negated, value }) => ((a & value) === value) !== negated)));
  }
  for (const [name, value] of [['Hidden', 2], ['ReadOnly', 1], ['System', 4]] as const) {
    if (ctx.params.get<boolean>(name) !== true) continue;
    if (value === 2) options.hiddenToo = true;
    tests.push((a) => (a & value) === value);
  }
  if (tests.length > 0) options.attributes = (a) => tests.every((t) => t(a));
}

type FlagTerms = Array<Array<{ negated: boolean; value: number }>>;

/** A FlagsExpression's text as "or" terms of "and" factors; a string is why it does not parse. */
function parseFlags(text: string): FlagTerms | string {
  const terms: FlagTerms = [];
  for (const term of text.split(',')) {
    const factors: FlagTerms[number] = [];
    for (const factor of term.split('+')) {
      const f = factor.trim();
      const negated = f.startsWith('!');
      const name = (negated ? f.slice(1) : f).trim();
      if (name === '' || name.includes('!')) return FLAGS_SYNTAX;
      const value = ATTRIBUTE.get(name.toLowerCase());
      if (value === undefined) return `Unable to match the identifier name ${name} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${FILE_ATTRIBUTES.names.join(', ')}`;
      factors.push({ negated, value });
    }
    terms.push(factors);
  }
  return terms;
}

/** The binder's check of an -Attributes argument: pwsh's conversion error names the argument. */
function checkAttributes(value: unknown): unknown {
  const text = toPSString(unwrap(value));
  const parsed = parseFlags(text);
  if (typeof parsed === 'string') throw new ConversionError(InvalidCastExceptionWithInnerException(text, FLAGS_EXPRESSION, parsed));
  return text;
}

const FLAGS_EXPRESSION = 'System.Management.Automation.FlagsExpression`1[System.IO.FileAttributes]';
const FLAGS_SYNTAX = 'Unable to parse the expression due to an unexpected token. An identifier name or a NOT (!) operator is expected at the start of the expression, or after an OR (,) operator or an AND (+) operator. Also, an expression must not end with an OR (,), AND (+) or NOT (!) operator.';

async function listSessionItems(ctx: CmdletContext, path: SessionPath, literal: boolean, nameOnly: boolean): Promise<void> {
  const { names, wildcard } = matchingNames(ctx, path, literal, !nameOnly);
  // Get-ChildItem names a missing item by its name alone (pwsh 7.6.10), where Get-Item names its path.
  if (!wildcard && names.length === 0) return writePathNotFound(ctx, path.name);
  for (const name of names) ctx.writeObject(nameOnly ? name : sessionItem(ctx, path.provider, name));
}

/**
 * The FileSystem provider's listing, with pwsh 7.6.10's rules for where -Include, -Exclude and -Recurse
 * apply (SessionStateContainer.GetChildItems; every case recorded in the fs-recurse corpus area):
 * - without -Recurse, a path's own matches are filtered by -Include/-Exclude, and a folder that passes
 *   lists its children filtered the same way;
 * - with -Recurse, a last path part that is not a folder (a file, a wildcard that does not match only
 *   folders, a name that is not there) becomes the -Include pattern for its parent folder, so
 *   `dir /logs/*.log -Recurse` finds every .log below /logs (unless -Include was given);
 * - a recursion with patterns, or over a wildcard's folders, walks depth-first in sorted order (each
 *   child, then its subtree); a plain recursion lists a folder sorted, then each subfolder's tree in the
 *   file system's order (listTree).
 */
async function listFileSystem(ctx: CmdletContext, path: string, literal: boolean, options: Options): Promise<void> {
  // Relative to the session's location (Set-Location), not the process's working folder.
  const full = await resolveOrReport(ctx, path);
  if (full === undefined) return;
  if (options.nameOnly) return listNames(ctx, full, literal, options);
  const patterned = options.include !== undefined || options.exclude !== undefined;
  if (!options.recurse) {
    const found = await resolveItems(ctx, full, literal, options, patterned ? options : undefined);
    if (!found) return;
    for (const item of found.items) {
      if (item.get('PSIsContainer') && (!found.wildcard || patterned)) await walk(ctx, String(item.get('FullName')), options, 0, patterned);
      else if (matchesFilter(item, options)) ctx.writeObject(noted(item, options));
    }
    return;
  }
  let target = full;
  let include = options.include;
  if (!literal && !/[\\/]$/.test(path)) {
    const leaf = basename(full);
    if (leaf === '*' && (options.files || options.directories)) target = withSeparator(dirname(full));
    else if (include === undefined && !(await onlyFolders(full, options))) {
      if (leaf !== '*') include = [leaf];
      target = withSeparator(dirname(full));
    }
  }
  const walkOptions = { ...options, include };
  const found = await resolveItems(ctx, target, literal, walkOptions, undefined);
  if (!found) return;
  const manual = found.wildcard || walkOptions.include !== undefined || walkOptions.exclude !== undefined;
  for (const item of found.items) {
    if (!item.get('PSIsContainer')) {
      if (matchesFilter(item, walkOptions) && namePasses(String(item.get('Name')), walkOptions)) ctx.writeObject(noted(item, walkOptions));
    } else if (manual) await walk(ctx, String(item.get('FullName')), walkOptions, walkOptions.depth, true);
    else await listTree(ctx, String(item.get('FullName')), walkOptions);
  }
}

const withSeparator = (dir: string): string => (dir.endsWith(sep) ? dir : dir + sep);

/**
 * The items a path names: the matches of a wildcard in its last part (filtered by -Include/-Exclude
 * when `patterns` is given), or the one item. A path that is not there is reported (a wildcard that
 * matches nothing is not); undefined then.
 */
async function resolveItems(ctx: CmdletContext, full: string, literal: boolean, options: Options, patterns: Options | undefined): Promise<{ items: PSObject[]; wildcard: boolean } | undefined> {
  const dir = full.length > 1 && full.endsWith(sep) ? full.slice(0, -1) : full;
  if (!literal && hasWildcard(basename(dir))) {
    const parent = dirname(dir);
    const pattern = basename(dir);
    const names = await childNames(parent, options.force || options.hiddenToo);
    if (!names) {
      await writePathNotFound(ctx, dir);
      return undefined;
    }
    const items = await sortedItems(parent, names.filter((n) => wildcardMatch(pattern, n) && (!patterns || namePasses(n, patterns))));
    return { items, wildcard: true };
  }
  const item = await fileItem(dir);
  if (!item) {
    await writePathNotFound(ctx, full);
    return undefined;
  }
  if (patterns && !namePasses(String(item.get('Name')), patterns)) return { items: [], wildcard: false };
  return { items: [item], wildcard: false };
}

/** Whether a path names only folders (a wildcard: every match is one), as pwsh's IsItemContainer of a path. */
async function onlyFolders(full: string, options: Options): Promise<boolean> {
  if (!hasWildcard(basename(full))) return (await fileItem(full))?.get('PSIsContainer') === true;
  const names = await childNames(dirname(full), options.force || options.hiddenToo);
  const matches = (names ?? []).filter((n) => wildcardMatch(basename(full), n));
  if (matches.length === 0) return false;
  for (const name of matches) if ((await fileItem(join(dirname(full), name)))?.get('PSIsContainer') !== true) return false;
  return true;
}

/**
 * A folder's children one by one, each followed by its own subtree while `levels` allow (pwsh's
 * ProcessPathItems): those whose names pass -Include/-Exclude (when `byName`) and the filters are
 * written; every folder is walked, matching or not.
 */
async function walk(ctx: CmdletContext, dir: string, options: Options, levels: number, byName: boolean): Promise<void> {
  const items = await readFolder(ctx, dir, options);
  if (!items) return;
  for (const item of items) {
    if (matchesFilter(item, options) && (!byName || namePasses(String(item.get('Name')), options))) ctx.writeObject(noted(item, options));
    if (levels > 0 && item.get('PSIsContainer')) {
      // Links to folders are followed here, as pwsh follows them.
      if (await enterFolder(String(item.get('FullName')), item)) await walk(ctx, String(item.get('FullName')), options, levels - 1, byName);
    }
  }
}

/**
 * Whether a walk that follows links goes into `folder`: any folder, but not a link back to a folder the
 * walk is already inside. pwsh 7.6.10 walks such a loop until it is stopped; spo stops there instead
 * (docs/Get-ChildItem.md).
 */
async function enterFolder(folder: string, item: PSObject): Promise<boolean> {
  if (!item.get('LinkTarget')) return true;
  const target = await realPath(folder);
  const here = await realPath(dirname(folder));
  return here !== target && !here.startsWith(target.endsWith(sep) ? target : target + sep);
}

/**
 * A plain -Recurse: a folder's items, then each subfolder's tree in turn. pwsh 7.6.10 lists each folder
 * sorted but goes into its subfolders in the order the file system gives them, and not into linked ones
 * unless -FollowSymlink (then each real folder once, with pwsh's warning for a repeat).
 */
async function listTree(ctx: CmdletContext, dir: string, options: Options, level = 0): Promise<void> {
  if (level === 0 && options.followLinks) options.visited.add(await realPath(dir));
  const items = await readFolder(ctx, dir, options);
  if (!items) return;
  for (const item of items) if (matchesFilter(item, options)) ctx.writeObject(noted(item, options));
  if (level >= options.depth) return;
  let subfolders = items.filter((i) => i.get('PSIsContainer'));
  if (subfolders.length > 1) {
    const order = await rawOrder(dir);
    subfolders = subfolders.sort((a, b) => (order.get(String(a.get('Name'))) ?? 0) - (order.get(String(b.get('Name'))) ?? 0));
  }
  for (const sub of subfolders) {
    const full = String(sub.get('FullName'));
    if (sub.get('LinkTarget') && !options.followLinks) continue;
    if (options.followLinks) {
      const real = await realPath(full);
      if (options.visited.has(real)) {
        await ctx.writeWarning(`Skip already-visited directory ${full}.`);
        continue;
      }
      options.visited.add(real);
    }
    await listTree(ctx, full, options, level + 1);
  }
}

async function realPath(path: string): Promise<string> {
  return fsPromises.realpath(path).catch(() => path);
}

/** A folder's items, folders first, each part sorted; undefined (reported) when it cannot be read. */
async function readFolder(ctx: CmdletContext, dir: string, options: Options): Promise<PSObject[] | undefined> {
  const names = await childNames(dir, options.force || options.hiddenToo);
  if (names === undefined) {
    await writeAccessDenied(ctx, dir);
    return undefined;
  }
  return sortedItems(dir, names);
}

async function writeAccessDenied(ctx: CmdletContext, dir: string): Promise<void> {
  await ctx.writeError({
    message: `Access to the path '${dir}' is denied.`,
    errorId: 'DirUnauthorizedAccessError',
    category: 'PermissionDenied',
    exceptionType: 'UnauthorizedAccessException',
    targetObject: dir,
  });
}

/**
 * -Name: the names (relative paths when recursing) of a folder's items, then of each subfolder's in
 * order, as pwsh's GetChildNames lists them; a wildcard lists its matches' names.
 */
async function listNames(ctx: CmdletContext, full: string, literal: boolean, options: Options): Promise<void> {
  const found = await resolveItems(ctx, full, literal, options, undefined);
  if (!found) return;
  for (const item of found.items) {
    if (item.get('PSIsContainer') && !found.wildcard) await listNamesIn(ctx, full, options, '', 0);
    else if (matchesFilter(item, options) && (!found.wildcard || namePasses(String(item.get('Name')), options))) ctx.writeObject(item.get('Name'));
  }
}

async function listNamesIn(ctx: CmdletContext, dir: string, options: Options, relative: string, level: number): Promise<void> {
  const items = await readFolder(ctx, dir, options);
  if (!items) return;
  for (const item of items) {
    if (matchesFilter(item, options) && namePasses(String(item.get('Name')), options)) ctx.writeObject(relative + String(item.get('Name')));
  }
  if (!options.recurse || level >= options.depth) return;
  for (const sub of items) {
    if (!sub.get('PSIsContainer')) continue;
    // With -Name pwsh goes into linked folders too, in sorted order.
    if (await enterFolder(String(sub.get('FullName')), sub)) await listNamesIn(ctx, String(sub.get('FullName')), options, `${relative}${String(sub.get('Name'))}/`, level + 1);
  }
}

function noted(item: PSObject, options: Options): PSObject {
  return options.notes ? withProviderNotes(item, options.notes.drive, options.notes.provider) : item;
}

function matchesFilter(item: PSObject, options: Options): boolean {
  const container = item.get('PSIsContainer') === true;
  if (options.files && container) return false;
  if (options.directories && !container) return false;
  if (options.attributes) {
    const attributes = item.get('Attributes');
    if (!(attributes instanceof EnumValue) || !options.attributes(attributes.value)) return false;
  }
  return options.filter === undefined || wildcardMatch(options.filter, String(item.get('Name')));
}

/** Each name's place in the order the file system gives (readdir sorts; a Dir handle does not). */
async function rawOrder(dir: string): Promise<Map<string, number>> {
  const order = new Map<string, number>();
  try {
    for await (const entry of await fsPromises.opendir(dir)) order.set(entry.name, order.size);
  } catch {
    // unreadable now: the sorted order stands
  }
  return order;
}

async function writePathNotFound(ctx: CmdletContext, path: string): Promise<void> {
  await ctx.writeError(pathNotFound(path));
}

