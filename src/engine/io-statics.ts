// [System.IO.Directory], the rest of [System.IO.File] that admin scripts call, and
// [System.Runtime.InteropServices.RuntimeInformation]: .NET's statics over node:fs, with .NET's
// exception texts on Linux (measured with pwsh 7.6.10). As in .NET, a relative path is against the
// process's working folder, not the shell's location, and listings keep the file system's order.

import { makeDirectories } from './make-directories.js';
import { copyFileSync, existsSync, lstatSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TypedArray } from './convert.js';
import { DotNetException } from './member-error.js';
import { byteArray } from './bytes.js';
import { fileItemSync, folderEntries, type EntryKind } from './file-info.js';
export type { EntryKind } from './file-info.js';
export { deleteDirectory } from './file-info.js';
import { DateTimeValue } from './datetime.js';
import { PSObject } from './values.js';

const partNotFound = (path: string) => new DotNetException(`Could not find a part of the path '${resolve(path)}'.`, 'DirectoryNotFoundException');
const fileNotFound = (path: string) => new DotNetException(`Could not find file '${resolve(path)}'.`, 'FileNotFoundException');

/** A file that is not there: .NET says its folder is missing when that is (DirectoryNotFoundException). */
export function missingFile(path: string): DotNetException {
  return existsSync(dirname(resolve(path))) ? fileNotFound(path) : partNotFound(path);
}
const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Directory.Exists: an existing folder (a file or '' is False). */
export const directoryExists = (path: string): boolean => path !== '' && isDirectory(path);

/**
 * Directory.GetFiles/GetDirectories/GetFileSystemEntries (and the Enumerate* forms): full paths in the
 * order the file system lists them (file-info.ts folderEntries).
 */
export function listDirectory(path: string, kind: EntryKind, pattern = '*', allDirectories = false): TypedArray {
  if (!isDirectory(path)) throw partNotFound(path);
  return TypedArray.of2('System.String', folderEntries(path, kind, pattern, allDirectories));
}

/** Directory.CreateDirectory: every missing folder on the way; the folder's DirectoryInfo. */
export function createDirectory(path: string): PSObject | undefined {
  makeDirectories(path);
  return fileItemSync(resolve(path));
}


/** Directory.GetParent: the folder above, as a DirectoryInfo ($null for a root). */
export function parentDirectory(path: string): PSObject | null {
  const full = resolve(path);
  const parent = dirname(full);
  if (parent === full) return null;
  return fileItemSync(parent) ?? new PSObject('System.IO.DirectoryInfo', { Name: parent.split('/').pop() || parent, FullName: parent, Exists: false }, undefined, parent);
}

/** File.Delete: a missing file is no error. */
export function deleteFile(path: string): void {
  if (!existsSync(dirname(resolve(path)))) throw partNotFound(path);
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** File.Copy / File.Move: the destination must not exist unless `overwrite`. */
export function transferFile(source: string, destination: string, overwrite: boolean, move: boolean): void {
  if (!existsSync(source) || lstatSync(source).isDirectory()) throw missingFile(source);
  if (!overwrite && existsSync(destination)) throw new DotNetException(`The file '${resolve(destination)}' already exists.`, 'IOException');
  if (move) renameSync(source, destination);
  else copyFileSync(source, destination);
}

/** File.ReadAllBytes: a System.Byte[]. */
export function readAllBytes(path: string): TypedArray {
  if (!existsSync(path)) throw missingFile(path);
  return byteArray(readFileSync(path));
}

export function writeAllBytes(path: string, bytes: readonly number[]): void {
  writeFileSync(path, Uint8Array.from(bytes));
}

/** File.GetLastWriteTime: local time; a missing file gives .NET's 1601-01-01 (its FILETIME zero). */
export function lastWriteTime(path: string): DateTimeValue {
  if (!existsSync(path)) return DateTimeValue.fromParts(1601, 1, 1);
  return new DateTimeValue(statSync(path).mtime.getTime());
}

/** RuntimeInformation.OSDescription on Linux: /etc/os-release's PRETTY_NAME. */
export function osDescription(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return pretty;
  } catch {
    // not Linux, or no os-release
  }
  return `${process.platform} ${process.version}`;
}
