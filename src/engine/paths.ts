// PowerShell's FileSystem provider path rules, for every file cmdlet: a path is relative to the
// session's current location (never the process's working folder), `~` is the home folder, `\`
// separates like `/` (pwsh on Linux accepts both), and -Path expands wildcards in each segment
// while -LiteralPath takes the text as it is.

import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import type { ErrorSpec } from './cmdlet.js';
import type { Session } from './session.js';
import { hasWildcard, wildcardMatch } from './wildcard.js';

/** The provider-qualified form a file's PSPath has (`Microsoft.PowerShell.Core\FileSystem::/tmp/a.txt`). */
const PROVIDER_QUALIFIED = /^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i;

/** The path as the provider sees it: the provider qualifier dropped, `~` expanded, separators made native. */
export function normalizeUserPath(path: string): string {
  let p = path.replace(PROVIDER_QUALIFIED, '');
  if (/^~([\\/]|$)/.test(p)) p = homedir() + p.slice(1);
  if (sep === '/') p = p.replace(/\\/g, '/');
  return p;
}

/** The full path of `path` against the current location (no wildcard expansion). */
export function resolveLiteral(session: Session, path: string): string {
  const p = normalizeUserPath(path);
  return resolve(session.location, p);
}

/** Whether a path is rooted, as Split-Path -IsAbsolute answers (`~` counts, as in pwsh). */
export function isRooted(path: string): boolean {
  return /^~([\\/]|$)/.test(path) || isAbsolute(normalizeUserPath(path));
}

/**
 * The existing paths a -Path value names: wildcards in any segment are matched against the folder
 * listing (sorted by name, as the provider lists); a path without wildcards is returned as its
 * full path whether or not it exists (the caller reports PathNotFound).
 */
export function expandPath(session: Session, path: string): { paths: string[]; wildcard: boolean } {
  const full = resolveLiteral(session, path);
  if (!hasWildcard(path)) return { paths: [full], wildcard: false };
  const root = full.startsWith('/') ? '/' : full.slice(0, 3);
  const segments = full.slice(root.length).split(/[\\/]/).filter(Boolean);
  let current = [root];
  for (const segment of segments) {
    const next: string[] = [];
    for (const folder of current) {
      if (!hasWildcard(segment)) {
        next.push(join(folder, segment.replace(/`(.)/g, '$1')));
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(folder).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
      } catch {
        continue;
      }
      for (const name of names) if (wildcardMatch(segment, name)) next.push(join(folder, name));
    }
    current = next;
  }
  return { paths: current.filter((p) => exists(p)), wildcard: true };
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** ItemNotFoundException "PathNotFound", with the path as PowerShell prints it. */
export function pathNotFound(given: string): ErrorSpec {
  // A provider-qualified path (a file's PSPath) is named without its qualifier.
  const path = given.replace(PROVIDER_QUALIFIED, '');
  return {
    message: `Cannot find path '${path}' because it does not exist.`,
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    exceptionType: 'ItemNotFoundException',
    exceptionFullName: 'System.Management.Automation.ItemNotFoundException',
    targetObject: path,
  };
}

/** The folder of a file to be written does not exist (DirectoryNotFoundException). */
export function folderNotFound(fullPath: string): ErrorSpec {
  return {
    message: `Could not find a part of the path '${fullPath}'.`,
    errorId: 'System.IO.DirectoryNotFoundException',
    category: 'ObjectNotFound',
    exceptionType: 'DirectoryNotFoundException',
    exceptionFullName: 'System.IO.DirectoryNotFoundException',
    targetObject: fullPath,
  };
}

/** Access denied and the other I/O failures, worded as .NET words them. */
export function ioFailure(e: unknown, fullPath: string): ErrorSpec {
  const code = (e as NodeJS.ErrnoException).code;
  // A folder opened as a file is access denied in .NET as well.
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    return {
      message: `Access to the path '${fullPath}' is denied.`,
      errorId: 'System.UnauthorizedAccessException',
      category: 'PermissionDenied',
      exceptionType: 'UnauthorizedAccessException',
      exceptionFullName: 'System.UnauthorizedAccessException',
      targetObject: fullPath,
    };
  }
  if (code === 'ENOENT') return folderNotFound(fullPath);
  return {
    message: (e as Error).message,
    errorId: 'System.IO.IOException',
    category: 'WriteError',
    exceptionType: 'IOException',
    exceptionFullName: 'System.IO.IOException',
    targetObject: fullPath,
  };
}
