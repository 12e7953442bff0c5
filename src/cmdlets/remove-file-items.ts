// Remove-Item on the FileSystem, walked as pwsh's provider walks it (checked with pwsh 7.6.10 on Linux):
// without -Force a hidden (dot-named) or read-only item is refused with a PermissionDenied error, and the
// folders that still hold what was kept are refused as not empty; everything else goes. A folder's
// sub-folders are removed before its files, each in the order the directory lists them.

import { chmodSync, lstatSync, readdirSync, rmdirSync, unlinkSync, type Dirent, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import { fileItemSync, readOnly } from '../engine/file-info.js';
import { ioFailure } from '../engine/paths.js';
import { DirectoryNotEmpty, RemoveFileSystemItemUnAuthorizedAccess } from '../engine/runtime-strings.js';

/** What pwsh will not remove without -Force: FileAttributes Hidden or ReadOnly (System never occurs on Unix). */
function protectedItem(path: string, info: Stats): boolean {
  return basename(path).startsWith('.') || readOnly(info);
}

/** The error names the item as a FileInfo or DirectoryInfo, as pwsh's does. */
function itemError(path: string, isDirectory: boolean, text: { errorId: string; message: string }, category: string): ErrorSpec {
  const targetObject = fileItemSync(path) ?? path;
  const targetType = isDirectory ? 'DirectoryInfo' : 'FileInfo';
  return { ...text, category, exceptionType: 'IOException', exceptionFullName: 'System.IO.IOException', targetObject, targetType };
}

/**
 * Which of a folder's files a filtered removal takes (pwsh's provider with -Filter, or -Include/-Exclude,
 * and -Recurse): the others stay, and the folders that hold them stay too, with DirectoryNotEmpty
 * unless `quiet` (-Include/-Exclude keep them without a word).
 */
export interface RemovalFilter {
  takes: (name: string) => boolean;
  quiet: boolean;
}

/** Removes `path` (a file, link or folder with everything in it); each item kept is written as an error. */
export async function removeFileSystemItem(ctx: CmdletContext, path: string, force: boolean, only?: RemovalFilter): Promise<boolean> {
  return (await removeItem(ctx, path, force, only)) === KEPT_QUIETLY;
}

/** What a filtered removal keeps without a word: a file its filter does not take, or a folder holding one. */
const KEPT_QUIETLY = 'kept';

async function removeItem(ctx: CmdletContext, path: string, force: boolean, only: RemovalFilter | undefined): Promise<typeof KEPT_QUIETLY | void> {
  let info: Stats;
  try {
    info = lstatSync(path);
  } catch (e) {
    return ctx.writeError(ioFailure(e, path));
  }
  if (info.isDirectory()) return removeFolder(ctx, path, info, force, only);
  if (only && !only.takes(basename(path))) return only.quiet ? KEPT_QUIETLY : undefined;
  if (!force && protectedItem(path, info)) return ctx.writeError(itemError(path, false, RemoveFileSystemItemUnAuthorizedAccess(), 'PermissionDenied'));
  try {
    unlinkSync(path);
  } catch (e) {
    await ctx.writeError(ioFailure(e, path));
  }
}

async function removeFolder(ctx: CmdletContext, path: string, info: Stats, force: boolean, only: RemovalFilter | undefined): Promise<typeof KEPT_QUIETLY | void> {
  // -Force clears a folder's read-only state first, so its children can go.
  if (force && readOnly(info)) chmodSync(path, info.mode | 0o200);
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (e) {
    return ctx.writeError(ioFailure(e, path));
  }
  let keptQuietly = false;
  for (const entry of entries) if (entry.isDirectory()) keptQuietly = (await removeItem(ctx, join(path, entry.name), force, only)) === KEPT_QUIETLY || keptQuietly;
  for (const entry of entries) if (!entry.isDirectory()) keptQuietly = (await removeItem(ctx, join(path, entry.name), force, only)) === KEPT_QUIETLY || keptQuietly;
  // A folder that still holds something is "not empty" even when it is hidden itself (unless it holds
  // only what -Include/-Exclude kept, which pwsh keeps without a word).
  if (readdirSync(path).length > 0) {
    if (keptQuietly) return KEPT_QUIETLY;
    return ctx.writeError(itemError(path, true, DirectoryNotEmpty(path), 'WriteError'));
  }
  if (!force && protectedItem(path, info)) return ctx.writeError(itemError(path, true, RemoveFileSystemItemUnAuthorizedAccess(), 'PermissionDenied'));
  try {
    rmdirSync(path);
  } catch (e) {
    await ctx.writeError(ioFailure(e, path));
  }
}
