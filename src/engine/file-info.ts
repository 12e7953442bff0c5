// File-system items as Get-ChildItem returns them on Linux and macOS: System.IO.FileInfo and
// DirectoryInfo objects with pwsh's properties (shown by default: its childrenWithUnixStat view's
// UnixMode, User, Group, LastWriteTime, Size, Name) and PSParentPath, which groups the table under
// `Directory:`.
// Built from a stat here, so the engine's .NET statics ([IO.Directory]::CreateDirectory) make the same
// objects as the item cmdlets (cmdlets/file-items.ts reads the stat asynchronously).

import { makeDirectories } from './make-directories.js';
import { chmodSync, copyFileSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { basename, dirname, extname, parse, resolve, sep } from 'node:path';
import { isTrue, toEnum, toPSString, TypedArray, unwrap } from './convert.js';
import { DateTimeValue } from './datetime.js';
import { DotNetException, noOverload } from './member-error.js';
import { FILE_ATTRIBUTES, UNIX_FILE_MODE } from './enum-types.js';
import { toDateTime } from './time-conversions.js';
import { EnumValue, PSObject } from './values.js';

export const FILE_SYSTEM_PROVIDER = 'Microsoft.PowerShell.Core\\FileSystem::';

/** What a stat of the item says: `target` and `isDirectory` follow a symbolic link (a link to a folder is a DirectoryInfo). */
export interface ItemStat {
  info: Stats;
  isDirectory: boolean;
  target: string | undefined;
}

/** A property value made when first read (a file's Directory, a folder's Parent and Root are items themselves). */
class Deferred {
  constructor(readonly make: () => unknown) {}
}

/** An item's properties, some made when first read, so listing a folder does not stat every parent. */
class ItemProperties extends Map<string, unknown> {
  override get(key: string): unknown {
    const v = super.get(key);
    if (!(v instanceof Deferred)) return v;
    const made = v.make();
    super.set(key, made);
    return made;
  }
  /** The entries as stored, deferred values unmade (to reorder them). */
  raw(): Array<[string, unknown]> {
    return [...super.entries()];
  }
  override *entries(): MapIterator<[string, unknown]> {
    for (const k of super.keys()) yield [k, this.get(k)];
  }
  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }
  override *values(): MapIterator<unknown> {
    for (const k of super.keys()) yield this.get(k);
  }
  override forEach(fn: (value: unknown, key: string, map: Map<string, unknown>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

/** A FileInfo or DirectoryInfo: a PSObject whose properties may be made on first read. */
export class FileSystemItem extends PSObject {
  /** `(Get-ChildItem one.txt)[0]` is the item, as for a plain PSObject (executor.ts). */
  static readonly indexesAsScalar = true;
  constructor(typeName: string, props: Array<[string, unknown]>, display: readonly string[], text: string) {
    super(typeName, {}, display, text);
    Object.defineProperty(this, 'properties', { value: new ItemProperties(props), enumerable: true });
  }
  override get(name: string): unknown {
    const lower = name.toLowerCase();
    for (const k of this.properties.keys()) if (k.toLowerCase() === lower) return this.properties.get(k);
    return undefined;
  }
  /** The properties as stored, deferred ones unmade. */
  rawProperties(): Array<[string, unknown]> {
    return (this.properties as ItemProperties).raw();
  }

  /**
   * The settable properties of FileSystemInfo, done at once on the file as .NET does on Unix: the times
   * (utimes), and IsReadOnly or the ReadOnly attribute (the write bits). The value is converted as a
   * .NET property setter converts it (a ConversionError becomes pwsh's "Exception setting ..."). Other
   * names: false, so the usual rules apply (read-only properties are refused before this is asked).
   */
  override assign(name: string, value: unknown): boolean {
    const full = String(this.get('FullName'));
    const lower = name.toLowerCase();
    const time = /^(lastwritetime|lastaccesstime|creationtime)(utc)?$/.exec(lower);
    if (time) {
      const at = fileTimeMs(toDateTime(unwrap(value)), time[2] !== undefined);
      const info = statSync(full);
      let atime = info.atimeMs;
      let mtime = info.mtimeMs;
      if (time[1] === 'lastaccesstime') atime = at;
      else if (time[1] === 'lastwritetime') mtime = at;
      // Unix keeps no birth time .NET can set: an earlier creation time becomes the write time, which
      // is what CreationTime reads back (the older of the change and write times).
      else if (at < mtime) mtime = at;
      utimesSync(full, atime / 1000, mtime / 1000);
      this.#refresh();
      return true;
    }
    if (lower === 'isreadonly' && this.typeName === 'System.IO.FileInfo') {
      setReadOnly(full, isTrue(unwrap(value)));
      this.#refresh();
      return true;
    }
    if (lower === 'attributes') {
      const bits = toEnum(unwrap(value), FILE_ATTRIBUTES).value;
      setReadOnly(full, (bits & 1) !== 0);
      this.#refresh();
      return true;
    }
    return false;
  }

  /** The methods scripts call on items, done at once as .NET does (relative paths against the process's folder). */
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const full = String(this.get('FullName'));
    const folder = this.typeName === 'System.IO.DirectoryInfo';
    const arities = (folder ? FOLDER_METHODS : FILE_METHODS)[name.toLowerCase()];
    if (arities && !arities.includes(args.length)) throw noOverload(canonicalMethod(name), args.length);
    const text = (i: number) => toPSString(unwrap(args[i]));
    const flag = (i: number) => args.length > i && isTrue(args[i]);
    switch (name.toLowerCase()) {
      case 'refresh':
        this.#refresh();
        return { value: undefined };
      case 'delete':
        if (folder) deleteDirectory(full, flag(0));
        else if (existsSync(full)) unlinkSync(full);
        this.properties.set('Exists', false);
        return { value: undefined };
      case 'copyto': {
        if (folder || args.length < 1) return undefined;
        const to = resolve(text(0));
        if (!flag(1) && existsSync(to)) throw new DotNetException(`The file '${to}' already exists.`, 'IOException');
        copyFileSync(full, to);
        return { value: fileItemSync(to) ?? null };
      }
      case 'moveto': {
        if (args.length < 1) return undefined;
        const to = resolve(text(0));
        if (!flag(1) && existsSync(to)) throw new DotNetException(folder ? `Cannot create '${to}' because a file or directory with the same name already exists.` : `The file '${to}' already exists.`, 'IOException');
        renameSync(full, to);
        this.#become(to);
        return { value: undefined };
      }
      case 'resolvelinktarget':
        return { value: resolveLinkTarget(full, flag(0), folder) };
      case 'create':
        if (!folder) return undefined;
        makeDirectories(full);
        return { value: undefined };
      case 'createsubdirectory': {
        if (!folder || args.length !== 1) return undefined;
        const sub = resolve(full, text(0));
        makeDirectories(sub);
        return { value: fileItemSync(sub) ?? null };
      }
    }
    const listing = /^(get|enumerate)(files|directories|filesysteminfos)$/i.exec(name);
    if (!folder || !listing) return undefined;
    const kind = listing[2]!.toLowerCase() === 'files' ? 'files' : listing[2]!.toLowerCase() === 'directories' ? 'directories' : 'entries';
    const pattern = args.length > 0 ? text(0) : '*';
    const all = args.length > 1 && /^(1|AllDirectories)$/i.test(text(1));
    const items = folderEntries(full, kind, pattern, all).map((p) => fileItemSync(p)).filter((i) => i !== undefined);
    const element = kind === 'files' ? 'System.IO.FileInfo' : kind === 'directories' ? 'System.IO.DirectoryInfo' : 'System.IO.FileSystemInfo';
    return { value: TypedArray.of2(element, items) };
  }

  /** Refresh(): the item read again; a removed item no longer Exists. */
  #refresh(): void {
    const fresh = fileItemSync(String(this.get('FullName')));
    if (!fresh) {
      this.properties.set('Exists', false);
      return;
    }
    for (const [k, v] of (fresh as FileSystemItem).rawProperties()) if (!/^PS(ChildName|Drive|Provider)$/.test(k)) this.properties.set(k, v);
  }

  /** MoveTo: the item now names its new place, as .NET's FileInfo does. */
  #become(to: string): void {
    const fresh = fileItemSync(to);
    if (!fresh) return;
    for (const [k, v] of (fresh as FileSystemItem).rawProperties()) if (this.properties.has(k)) this.properties.set(k, v);
    if (this.properties.has('PSChildName')) this.properties.set('PSChildName', basename(to));
  }
}

/** The argument counts of the methods items have here (their overloads). */
const FILE_METHODS: Record<string, number[]> = { refresh: [0], delete: [0], copyto: [1, 2], moveto: [1, 2], resolvelinktarget: [1] };
const LISTINGS = [0, 1, 2];
const FOLDER_METHODS: Record<string, number[]> = {
  refresh: [0],
  resolvelinktarget: [1],
  delete: [0, 1],
  moveto: [1],
  create: [0],
  createsubdirectory: [1],
  getfiles: LISTINGS,
  getdirectories: LISTINGS,
  getfilesysteminfos: LISTINGS,
  enumeratefiles: LISTINGS,
  enumeratedirectories: LISTINGS,
  enumeratefilesysteminfos: LISTINGS,
};

/** A method's name as .NET spells it (for the overload error). */
function canonicalMethod(name: string): string {
  const spelled = ['ResolveLinkTarget', 'Refresh', 'Delete', 'CopyTo', 'MoveTo', 'Create', 'CreateSubdirectory', 'GetFiles', 'GetDirectories', 'GetFileSystemInfos', 'EnumerateFiles', 'EnumerateDirectories', 'EnumerateFileSystemInfos'];
  return spelled.find((m) => m.toLowerCase() === name.toLowerCase()) ?? name;
}

/**
 * Directory.Delete(path[, recursive]) and DirectoryInfo.Delete([recursive]): a folder with anything in it
 * needs `recursive`; a path that is no folder is DirectoryNotFoundException.
 */
export function deleteDirectory(path: string, recursive: boolean): void {
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new DotNetException(`Could not find a part of the path '${resolve(path)}'.`, 'DirectoryNotFoundException');
  if (recursive) return rmSync(path, { recursive: true, force: true });
  try {
    rmdirSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTEMPTY') throw new DotNetException(`Directory not empty : '${resolve(path)}'`, 'IOException');
    throw e;
  }
}

/**
 * FileSystemInfo.ResolveLinkTarget(returnFinalTarget): null for an item that is no symbolic link, else the
 * item its target names (relative to the link's folder), or with `final` the end of a chain of links; a
 * target that is not there is an item that does not Exist, of the link's kind (FileInfo or DirectoryInfo).
 */
function resolveLinkTarget(full: string, final: boolean, folder: boolean): PSObject | null {
  let at = full;
  for (let hops = 0; hops < 40; hops++) {
    let target: string;
    try {
      if (!lstatSync(at).isSymbolicLink()) break;
      target = readlinkSync(at);
    } catch {
      break;
    }
    at = resolve(dirname(at), target);
    if (!final) break;
  }
  if (at === full) return null;
  return fileItemSync(at) ?? missingItem(at, folder);
}

/** A FileInfo or DirectoryInfo of a path where nothing is (its Exists is false). */
function missingItem(path: string, folder: boolean): PSObject {
  const name = basename(path);
  const props: Array<[string, unknown]> = [
    ['Name', name],
    ['FullName', path],
    ['Exists', false],
    ['Extension', extname(name)],
    ['LinkTarget', null],
  ];
  return new FileSystemItem(folder ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo', props, ['Name', 'FullName', 'Exists'], path);
}

/** .NET's search pattern: `*` and `?`, matched case-sensitively against the name (as on Linux). */
function searchPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
}

export type EntryKind = 'files' | 'directories' | 'entries';

/**
 * The full paths of a folder's files, folders or both, in the order the file system lists them; with
 * `allDirectories`, folder by folder, breadth first, as .NET's enumerator goes. A path is joined to the
 * folder as given (`./io1` lists `./io1/a.txt`).
 */
export function folderEntries(path: string, kind: EntryKind, pattern = '*', allDirectories = false): string[] {
  const match = searchPattern(pattern);
  const found: string[] = [];
  const queue = [path];
  while (queue.length > 0) {
    const folder = queue.shift()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = folder.endsWith('/') ? folder + entry.name : `${folder}/${entry.name}`;
      const folderEntry = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(full));
      if (folderEntry && allDirectories) queue.push(full);
      const wanted = kind === 'entries' || (kind === 'directories') === folderEntry;
      if (wanted && match.test(entry.name)) found.push(full);
    }
  }
  return found;
}

function isFolder(path: string): boolean {
  return followedStat(path)?.isDirectory() ?? false;
}

/**
 * The item at `path` from its stat, with the properties pwsh 7.6.10 gives a FileInfo or DirectoryInfo on
 * Linux in its order (Format-List *): the .NET ones, the CodeProperty and ScriptProperty members its
 * types add (Mode, BaseName, UnixMode, VersionInfo...), and PSPath, PSParentPath and PSIsContainer (the
 * cmdlets add the provider's other notes: cmdlets/file-items.ts withProviderNotes).
 * `trailingSeparator`: a folder's FullName and PSPath end with a separator, as .NET's DirectoryInfo keeps
 * the one it was given (`Get-Item sub/`, `Get-Item Temp:`).
 * `typed`: what the item converts to as a string, when not its full path (.NET's FileInfo.ToString() is
 * the path it was made from: `FileSystem::a.txt` gives `a.txt`).
 */
export function itemFromStat(path: string, { info, isDirectory, target }: ItemStat, trailingSeparator = false, typed?: string): PSObject {
  const name = basename(path) || path;
  const parent = dirname(path);
  const full = trailingSeparator && isDirectory && !path.endsWith(sep) ? path + sep : path;
  const link = info.isSymbolicLink();
  const ext = extname(name) || (name.startsWith('.') && name.length > 1 && !name.slice(1).includes('.') ? name : '');
  // A file with more than one name is a hard link to pwsh: Mode `l----`, LinkType HardLink, no target.
  const hardLink = !link && !info.isDirectory() && info.nlink > 1;
  const mode = modeText(name, info, isDirectory, hardLink);
  const followed = link ? followedStat(path) : info;
  const props: Array<[string, unknown]> = [
    ['PSPath', FILE_SYSTEM_PROVIDER + full],
    ['PSParentPath', FILE_SYSTEM_PROVIDER + parent],
    ['PSIsContainer', isDirectory],
    ['UnixMode', unixMode(info)],
    ['User', userName(info.uid)],
    ['Group', groupName(info.gid)],
    ['Size', info.size],
    ['Mode', mode],
    ['ModeWithoutHardLink', hardLink ? modeText(name, info, isDirectory, false) : mode],
    ...(isDirectory ? [] : [['VersionInfo', new Deferred(() => versionInfo(full))] as [string, unknown]]),
    ['BaseName', isDirectory || !ext ? name : name.slice(0, -ext.length)],
    ['ResolvedTarget', link && target !== undefined ? resolve(parent, target) : full],
    ['Target', target ?? null],
    ['LinkType', link ? 'SymbolicLink' : hardLink ? 'HardLink' : null],
    ['Name', name],
    ...(isDirectory
      ? ([
          ['Parent', new Deferred(() => (parent === path ? null : fileItemSync(parent) ?? null))],
          ['Root', new Deferred(() => fileItemSync(parse(path).root || sep) ?? null)],
        ] as Array<[string, unknown]>)
      : ([
          ['Length', info.size],
          ['DirectoryName', parent],
          ['Directory', new Deferred(() => fileItemSync(parent) ?? null)],
          ['IsReadOnly', readOnly(info)],
        ] as Array<[string, unknown]>)),
    ['Exists', true],
    ['FullName', full],
    ['Extension', ext],
    // .NET on Linux has no birth time: a file's CreationTime is the older of its change and write times.
    ['CreationTime', dateOf(Math.min(info.ctimeMs, info.mtimeMs))],
    ['CreationTimeUtc', dateOf(Math.min(info.ctimeMs, info.mtimeMs), 'Utc')],
    ['LastAccessTime', dateOf(info.atimeMs)],
    ['LastAccessTimeUtc', dateOf(info.atimeMs, 'Utc')],
    // A System.DateTime (`$_.LastWriteTime -lt (Get-Date).AddDays(-30)`).
    ['LastWriteTime', dateOf(info.mtimeMs)],
    ['LastWriteTimeUtc', dateOf(info.mtimeMs, 'Utc')],
    ['LinkTarget', target ?? null],
    // .NET reads the mode through the link: a dangling link's is -1.
    ['UnixFileMode', EnumValue.of(UNIX_FILE_MODE, followed ? followed.mode & 0o7777 : -1)],
    ['Attributes', attributes(name, info, isDirectory)],
  ];
  return new FileSystemItem(isDirectory ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo', props, ['UnixMode', 'User', 'Group', 'LastWriteTime', 'Size', 'Name'], typed ?? full);
}

/** A DateTime from a stat time, to the tick (100 ns) as .NET reads it. */
function dateOf(ms: number, kind: 'Local' | 'Utc' = 'Local'): DateTimeValue {
  return new DateTimeValue(Math.floor(ms), kind, Math.round((ms % 1) * 10000) % 10000);
}

function followedStat(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * .NET's ReadOnly on Unix (IsReadOnly, the ReadOnly attribute; the item's setters and Set-ItemProperty):
 * setting it removes every write bit, clearing it gives the owner write access back.
 */
export function setReadOnly(full: string, readOnlyNow: boolean): void {
  const mode = lstatSync(full).mode & 0o7777;
  if (readOnlyNow) chmodSync(full, mode & ~0o222);
  else if ((mode & 0o200) === 0) chmodSync(full, mode | 0o200);
}

/** The moment a DateTime given to a file time means: an Unspecified one given to a Utc property is read as UTC. */
export function fileTimeMs(date: DateTimeValue, utcProperty: boolean): number {
  return utcProperty && date.kind === 'Unspecified' ? date.epochMs - new Date(date.epochMs).getTimezoneOffset() * 60_000 : date.epochMs;
}

/** Whether the owner may not write the item: .NET's IsReadOnly and ReadOnly attribute on Unix. */
export function readOnly(info: Stats): boolean {
  return (info.mode & 0o200) === 0;
}

/** System.IO.FileAttributes on Unix: Directory, ReadOnly, Hidden (a dot name), ReparsePoint (a link), else Normal. */
export function attributes(name: string, info: Stats, isDirectory: boolean): EnumValue {
  let bits = 0;
  if (readOnly(info)) bits |= 1;
  if (name.startsWith('.')) bits |= 2;
  if (isDirectory) bits |= 16;
  if (info.isSymbolicLink()) bits |= 1024;
  return EnumValue.of(FILE_ATTRIBUTES, bits === 0 ? 128 : bits);
}

/** pwsh's Mode text on Unix (`d----`, `--r--`, `---h-`, `l----`): link or directory, archive, read-only, hidden, system. */
function modeText(name: string, info: Stats, isDirectory: boolean, hardLink: boolean): string {
  const first = info.isSymbolicLink() || hardLink ? 'l' : isDirectory ? 'd' : '-';
  return `${first}-${readOnly(info) ? 'r' : '-'}${name.startsWith('.') ? 'h' : '-'}-`;
}

/** A file's FileVersionInfo: on Linux only its file name is known; its text is .NET's ToString(). */
function versionInfo(full: string): PSObject {
  const text = [
    `File:             ${full}`,
    'InternalName:     ',
    'OriginalFilename: ',
    'FileVersion:      ',
    'FileDescription:  ',
    'Product:          ',
    'ProductVersion:   ',
    'Debug:            False',
    'Patched:          False',
    'PreRelease:       False',
    'PrivateBuild:     False',
    'SpecialBuild:     False',
    'Language:         ',
    '',
  ].join('\n');
  return new PSObject('System.Diagnostics.FileVersionInfo', { FileName: full, FileVersion: null, ProductVersion: null, IsDebug: false }, undefined, text);
}

/** The item at `path`, read now (not following a final symbolic link), or undefined when nothing is there. */
export function fileItemSync(path: string): PSObject | undefined {
  let info: Stats;
  try {
    info = lstatSync(path);
  } catch {
    return undefined;
  }
  if (!info.isSymbolicLink()) return itemFromStat(path, { info, isDirectory: info.isDirectory(), target: undefined });
  let target: string | undefined;
  try {
    target = readlinkSync(path);
  } catch {
    target = undefined;
  }
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    isDirectory = false;
  }
  return itemFromStat(path, { info, isDirectory, target });
}

/** `ls -l`'s mode string, as .NET's UnixFileMode is shown by pwsh. */
export function unixMode(info: Stats): string {
  const m = info.mode;
  const type = info.isDirectory() ? 'd' : info.isSymbolicLink() ? 'l' : info.isCharacterDevice() ? 'c' : info.isBlockDevice() ? 'b' : info.isFIFO() ? 'p' : info.isSocket() ? 's' : '-';
  const triple = (shift: number, special: number, specialChar: string) => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const x = m & (1 << shift);
    const e = m & special ? (x ? specialChar : specialChar.toUpperCase()) : x ? 'x' : '-';
    return r + w + e;
  };
  return type + triple(6, 0o4000, 's') + triple(3, 0o2000, 's') + triple(0, 0o1000, 't');
}

let users: Map<number, string> | undefined;
let groups: Map<number, string> | undefined;

/** Names from /etc/passwd and /etc/group (where they exist), else the number. */
function userName(uid: number): string {
  users ??= idNames('/etc/passwd');
  return users.get(uid) ?? String(uid);
}

function groupName(gid: number): string {
  groups ??= idNames('/etc/group');
  return groups.get(gid) ?? String(gid);
}

function idNames(file: string): Map<number, string> {
  const names = new Map<number, string>();
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [name, , id] = line.split(':');
      if (name && id && /^\d+$/.test(id) && !names.has(Number(id))) names.set(Number(id), name);
    }
  } catch {
    // no such file (Windows): numbers it is
  }
  return names;
}

/**
 * `[System.IO.FileInfo]'x.txt'` and `[System.IO.DirectoryInfo]'d'`: .NET's constructor conversion, the path
 * taken against the process's working directory (as .NET does, not the shell's location). An existing
 * item of that kind is read as Get-Item reads it; otherwise the object has what .NET knows without
 * the item: its names, its folder, and Exists false.
 */
export function fileSystemInfoOf(typeName: 'System.IO.FileInfo' | 'System.IO.DirectoryInfo', path: string): PSObject {
  const full = resolve(process.cwd(), path);
  const directory = typeName === 'System.IO.DirectoryInfo';
  const item = fileItemSync(full);
  if (item && item.get('PSIsContainer') === directory) return item;
  const name = basename(full) || full;
  const ext = extname(name);
  const parent = dirname(full);
  const props: Record<string, unknown> = directory
    ? { Name: name, BaseName: name, Parent: parent === full ? null : fileSystemInfoOf('System.IO.DirectoryInfo', parent), Exists: false, FullName: full, Extension: ext }
    : { Name: name, BaseName: ext ? name.slice(0, -ext.length) : name, DirectoryName: parent, Directory: fileSystemInfoOf('System.IO.DirectoryInfo', parent), Exists: false, FullName: full, Extension: ext };
  return new PSObject(typeName, props, undefined, full);
}
