// New-Item -ItemType SymbolicLink, HardLink and Junction on the FileSystem provider, as pwsh 7.6.10 does
// them on Linux (recorded): a symbolic link keeps its target as typed (relative to the link's folder, a
// missing target allowed); a hard link's target is resolved against the location and must be a file; a
// junction wants an absolute path to a folder and then makes nothing (Windows only), without an error.
// A path that is taken is refused unless -Force, which removes a file, a link or an empty folder first.
// A missing -Value, a missing parent folder (without -Force) and a folder that cannot be removed end the
// statement, as the provider's exceptions do; the target's and the path's checks come after -WhatIf's question.

import { makeDirectories } from '../engine/make-directories.js';
import { promises as fsPromises } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import * as R from '../engine/runtime-strings.js';
import { resolveOrReport } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { fileItem } from './file-items.js';
import { toDotNetString } from './text.js';

export type LinkKind = 'symboliclink' | 'hardlink' | 'junction';

const ACTIONS: Record<LinkKind, string> = { symboliclink: 'Create Symbolic Link', hardlink: 'Create Hard Link', junction: 'Create Junction' };

function spec(entry: R.MessageEntry, category: string, exceptionFullName: string, targetObject?: string): ErrorSpec {
  return { ...entry, category, exceptionType: exceptionFullName.slice(exceptionFullName.lastIndexOf('.') + 1), exceptionFullName, targetObject };
}

/** .NET's Win32Exception from the link call: no target object, the error id is the exception's name. */
function win32(message: string): ErrorSpec {
  return { message, errorId: 'System.ComponentModel.Win32Exception', category: 'NotSpecified', exceptionType: 'Win32Exception', exceptionFullName: 'System.ComponentModel.Win32Exception' };
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  return fsPromises.lstat(path).catch(() => undefined);
}

/** One link at `full` (typed as `typed`), its item written out. */
export async function newLink(ctx: CmdletContext, kind: LinkKind, typed: string, full: string, force: boolean): Promise<void> {
  const value = ctx.params.get('Value');
  const target = value === undefined || value === null ? '' : toDotNetString(value);
  if (target === '') ctx.throwTerminatingError(spec(R.LinkTargetNotSpecified(typed), 'InvalidArgument', 'System.Management.Automation.PSArgumentNullException'));
  if (!(await cmdletShouldProcess(ctx, `Destination: ${full}`, ACTIONS[kind]))) return;
  if (kind === 'junction' && !isAbsolute(target)) return ctx.writeError(spec(R.NotAbsolutePath(), 'InvalidArgument', 'System.ArgumentException', target));
  let targetFull = target;
  if (kind !== 'symboliclink') {
    const resolved = await resolveOrReport(ctx, target);
    if (resolved === undefined) return;
    targetFull = resolved;
    const info = await fsPromises.stat(resolved).catch(() => undefined);
    if (!info) return ctx.writeError(spec(R.LinkItemNotFound(resolved), 'ObjectNotFound', 'System.Management.Automation.ItemNotFoundException', resolved));
    if (kind === 'hardlink' && info.isDirectory()) return ctx.writeError(spec(R.ItemNotFile(resolved), 'InvalidOperation', 'System.InvalidOperationException', resolved));
    if (kind === 'junction' && !info.isDirectory()) return ctx.writeError(spec(R.ItemNotDirectory(resolved), 'InvalidOperation', 'System.InvalidOperationException', resolved));
  }
  const existing = await lstatOrUndefined(full);
  if (existing && !force) return ctx.writeError(spec(R.SymLinkExists(full), 'ResourceExists', 'System.IO.IOException', full));
  // A junction is Windows' own: on Linux pwsh makes nothing and says nothing.
  if (kind === 'junction') return;
  if (existing) {
    if (existing.isDirectory()) {
      try {
        await fsPromises.rmdir(full);
      } catch {
        await ctx.writeError({ ...spec(R.entry('NewItemDeleteIOError', `Directory not empty : '${full}'`), 'WriteError', 'System.IO.IOException', full) });
        ctx.throwTerminatingError(win32('Directory not empty'));
      }
    } else {
      await fsPromises.unlink(full);
    }
  }
  try {
    // A parent that cannot be made is the same "No such file or directory" as pwsh's (/proc/x/link).
    if (force) makeDirectories(dirname(full));
    if (kind === 'symboliclink') await fsPromises.symlink(target, full);
    else await fsPromises.link(targetFull, full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.throwTerminatingError(win32(code === 'ENOENT' ? 'No such file or directory' : code === 'EACCES' ? 'Permission denied' : (e as Error).message));
  }
  const item = await fileItem(full);
  if (item) ctx.writeObject(item);
}
