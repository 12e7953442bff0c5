// What Copy-Item, Move-Item and Rename-Item share: the items a -Path or -LiteralPath value names (a
// FileInfo from Get-ChildItem binds its provider-qualified PSPath), where an item goes when the
// destination is a folder, and the FileSystem provider's errors for these cmdlets as pwsh 7.6.10 words
// them (the error ids differ per cmdlet: CopyFileInfoItemIOError, MoveFileInfoItemIOError, ...).

import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import { drivePathName, expandOrReport, itemExists, pathNotFound, resolveLiteral, resolveOrReport } from '../engine/paths.js';
import { FILE_SYSTEM_PROVIDER } from './file-items.js';
import { filterExpanded, hasIncludeOrExclude, type NameFilters } from './provider-filters.js';

/**
 * The full paths of the existing items the command names; a plain path naming nothing is PathNotFound.
 * -Include/-Exclude/-Filter (`filters`) keep the items as provider-filters.ts says.
 */
export async function sourceItems(ctx: CmdletContext, typed: readonly string[], literal: boolean, filters: NameFilters = {}): Promise<string[]> {
  const found: string[] = [];
  for (const text of typed) {
    if (literal) {
      const full = await resolveOrReport(ctx, text.startsWith(FILE_SYSTEM_PROVIDER) ? text.slice(FILE_SYSTEM_PROVIDER.length) : text);
      if (full === undefined) continue;
      if (itemExists(full)) found.push(full);
      else await ctx.writeError(pathNotFound(drivePathName(ctx.session, text, full) ?? full));
      continue;
    }
    // Wildcards match hidden items only with -Force.
    const expanded = await expandOrReport(ctx, text.startsWith(FILE_SYSTEM_PROVIDER) ? text.slice(FILE_SYSTEM_PROVIDER.length) : text, undefined, { hidden: ctx.params.get('Force') === true });
    if (!expanded) continue;
    const { paths, wildcard } = expanded;
    // A dangling symbolic link is an item too (Move-Item moves it; Copy-Item cannot read it).
    const existing = filterExpanded(paths, wildcard, filters, itemExists).filter((p) => itemExists(p));
    // A wildcard that matches nothing is silent, as in pwsh; so is a path -Include/-Exclude leave out.
    if (existing.length === 0 && !wildcard && !hasIncludeOrExclude(filters)) {
      const full = paths[0] ?? resolveLiteral(ctx.session, text);
      await ctx.writeError(pathNotFound(drivePathName(ctx.session, text, full) ?? full));
    }
    found.push(...existing);
  }
  return found;
}

/** 'file', 'directory', or undefined when nothing is there. */
export function kindOf(path: string): 'file' | 'directory' | undefined {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

/** Where `source` lands: inside `destination` when that is an existing folder, else at `destination`. */
export function targetPath(source: string, destination: string): string {
  return kindOf(destination) === 'directory' ? join(destination, basename(source)) : destination;
}

/** The ShouldProcess target these cmdlets name. */
export function transferTarget(source: string, target: string): string {
  return `Item: ${source} Destination: ${target}`;
}

function ioError(message: string, errorId: string, category: string, exceptionType: string, namespace: string, targetObject: unknown): ErrorSpec {
  return { message, errorId, category, exceptionType, exceptionFullName: `${namespace}.${exceptionType}`, targetObject };
}

/** `The file '<target>' already exists.` (IOException). */
export function fileExists(target: string, errorId: string, targetObject: unknown): ErrorSpec {
  return ioError(`The file '${target}' already exists.`, errorId, 'WriteError', 'IOException', 'System.IO', targetObject);
}

/** `An item with the specified name <path> already exists.` (DirectoryExist). */
export function directoryExists(path: string): ErrorSpec {
  return ioError(`An item with the specified name ${path} already exists.`, 'DirectoryExist', 'ResourceExists', 'IOException', 'System.IO', path);
}

/** The destination's folder is missing. */
export function destinationFolderMissing(target: string, errorId: string, targetObject: unknown): ErrorSpec {
  return ioError(`Could not find a part of the path '${target}'.`, errorId, 'WriteError', 'DirectoryNotFoundException', 'System.IO', targetObject);
}

/** Any other failure of the operating system, with .NET's access-denied wording where it applies. */
export function transferFailure(e: unknown, path: string, errorId: string, targetObject: unknown): ErrorSpec {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return ioError(`Access to the path '${path}' is denied.`, errorId, 'PermissionDenied', 'UnauthorizedAccessException', 'System', targetObject);
  }
  if (code === 'ENOENT') return destinationFolderMissing(path, errorId, targetObject);
  return ioError((e as Error).message, errorId, 'WriteError', 'IOException', 'System.IO', targetObject);
}
