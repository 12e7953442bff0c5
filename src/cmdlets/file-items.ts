// File-system items as the item cmdlets return them: the stat read asynchronously, the object built by
// engine/file-info.ts (System.IO.FileInfo and DirectoryInfo with pwsh's childrenWithUnixStat properties).

// fs.promises, not node:fs/promises: the promises API (~5 ms) loads on first use, not with every script.
import { promises as fsPromises } from 'node:fs';
import type { Stats } from 'node:fs';
import { PSObject } from '../engine/values.js';
import { FileSystemItem, itemFromStat } from '../engine/file-info.js';

export { FILE_SYSTEM_PROVIDER, unixMode } from '../engine/file-info.js';

/**
 * The item at `path` (not following a final symbolic link), or undefined when nothing is there.
 * `trailingSeparator`: a folder's FullName and PSPath end with a separator, as .NET's DirectoryInfo keeps
 * the one it was given (`Get-Item sub/`, `Get-Item Temp:`).
 * `typed`: what the item converts to as a string, when not its full path (.NET's FileInfo.ToString() is
 * the path it was made from: `FileSystem::a.txt` gives `a.txt`).
 */
export async function fileItem(path: string, trailingSeparator = false, typed?: string): Promise<PSObject | undefined> {
  let info: Stats;
  try {
    info = await fsPromises.lstat(path);
  } catch {
    return undefined;
  }
  let isDirectory = info.isDirectory();
  let target: string | undefined;
  if (info.isSymbolicLink()) {
    target = await fsPromises.readlink(path).catch(() => undefined);
    // A link to a directory is a DirectoryInfo in .NET.
    isDirectory = await fsPromises.stat(path).then((s) => s.isDirectory(), () => false);
  }
  return itemFromStat(path, { info, isDirectory, target }, trailingSeparator, typed);
}

/**
 * The item with the provider's PSChildName, PSDrive and PSProvider, after its PSParentPath as pwsh orders
 * them: `drive` is the PSDriveInfo of the drive it was named on (null for a provider-qualified path),
 * `provider` the FileSystem's ProviderInfo.
 */
const UNIX_STAT = 'System.Management.Automation.Platform+Unix+CommonStat';

export function withProviderNotes(item: PSObject, drive: PSObject | null, provider: unknown): PSObject {
  const name = item.get('Name');
  const entries = item instanceof FileSystemItem ? item.rawProperties() : [...item.properties];
  item.properties.clear();
  for (const [k, v] of entries) {
    if (k === 'PSIsContainer') {
      item.properties.set('PSChildName', name);
      // pwsh's Unix stat note (its text is its type's name; scripts read UnixMode, User, Size instead).
      if (item instanceof FileSystemItem) item.properties.set('UnixStat', new PSObject(UNIX_STAT, {}, undefined, UNIX_STAT));
      item.properties.set('PSDrive', drive);
      item.properties.set('PSProvider', provider);
    }
    item.properties.set(k, v);
  }
  return item;
}

