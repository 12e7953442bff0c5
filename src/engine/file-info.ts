// File-system items as Get-ChildItem returns them on Linux and macOS: System.IO.FileInfo and
// DirectoryInfo objects with the properties of pwsh's childrenWithUnixStat view (UnixMode, User,
// Group, LastWriteTime, Size, Name) and PSParentPath, which groups the table under `Directory:`.
// Built from a stat here, so the engine's .NET statics ([IO.Directory]::CreateDirectory) make the same
// objects as the item cmdlets (cmdlets/file-items.ts reads the stat asynchronously).

import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import { DateTimeValue } from './datetime.js';
import { PSObject } from './values.js';

export const FILE_SYSTEM_PROVIDER = 'Microsoft.PowerShell.Core\\FileSystem::';

/** What a stat of the item says: `target` and `isDirectory` follow a symbolic link (a link to a folder is a DirectoryInfo). */
export interface ItemStat {
  info: Stats;
  isDirectory: boolean;
  target: string | undefined;
}

/**
 * The item at `path` from its stat.
 * `trailingSeparator`: a folder's FullName and PSPath end with a separator, as .NET's DirectoryInfo keeps
 * the one it was given (`Get-Item sub/`, `Get-Item Temp:`).
 * `typed`: what the item converts to as a string, when not its full path (.NET's FileInfo.ToString() is
 * the path it was made from: `FileSystem::a.txt` gives `a.txt`).
 */
export function itemFromStat(path: string, { info, isDirectory, target }: ItemStat, trailingSeparator = false, typed?: string): PSObject {
  const name = basename(path) || path;
  const parent = dirname(path);
  const full = trailingSeparator && isDirectory && !path.endsWith(sep) ? path + sep : path;
  return new PSObject(
    isDirectory ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo',
    {
      Name: name,
      FullName: full,
      ...(isDirectory ? {} : { Length: info.size, DirectoryName: parent }),
      // A System.DateTime (`$_.LastWriteTime -lt (Get-Date).AddDays(-30)`), to the millisecond.
      LastWriteTime: new DateTimeValue(info.mtime.getTime()),
      UnixMode: unixMode(info),
      User: userName(info.uid),
      Group: groupName(info.gid),
      Size: info.size,
      LinkTarget: target ?? null,
      PSPath: FILE_SYSTEM_PROVIDER + full,
      PSParentPath: FILE_SYSTEM_PROVIDER + parent,
      PSIsContainer: isDirectory,
    },
    ['UnixMode', 'User', 'Group', 'LastWriteTime', 'Size', 'Name'],
    typed ?? full,
  );
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
