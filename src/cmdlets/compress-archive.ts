// Compress-Archive (Microsoft.PowerShell.Archive 1.2.7, a script function in pwsh 7.6.10): zips files
// and folders into a .zip file, as that module does it. The destination gets `.zip` when it has no
// extension; an existing archive is an error unless -Update (its entries of the same names are
// replaced, others added at the end) or -Force (it is deleted first). A file is stored under its name;
// a folder under its own name with everything below it (Get-ChildItem -Recurse's order, hidden items
// left out), a folder without files as an entry of its own ending with `/`; a folder given with
// nothing in it adds nothing, and an archive of nothing is deleted. The ZIP writing is zip-format.ts.

import { promises as fs, accessSync, constants as fsConstants, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { exists, isFolder, resolveLiteral } from '../engine/paths.js';
import * as A from './archive-strings.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { archiveError, archivePathNotFound, extensionOf, helperWriteError, resolveArchivePaths, zipArchiveConstructorError } from './archive-common.js';
import { fileItem } from './file-items.js';
import { ARCHIVE } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import type { CompressionLevel, ZipEntry, Zlib } from './zip-format.js';

// In the order Get-Command lists them.
const PATH_SETS = ['Path', 'PathWithUpdate', 'PathWithForce'];
const LITERAL_SETS = ['LiteralPathWithUpdate', 'LiteralPathWithForce', 'LiteralPath'];
const LEVELS: readonly CompressionLevel[] = ['Optimal', 'NoCompression', 'Fastest'];

interface CompressState {
  destination: string;
  existed: boolean;
  inputs: string[];
}

const states = new WeakMap<CmdletContext, CompressState>();

export const compressArchive = lazyCmdlet('Compress-Archive', (): CmdletDefinition => ({
  name: 'Compress-Archive',
  commandType: 'Function',
  implementingType: 'Compress-Archive',
  module: ARCHIVE,
  synopsis: 'Creates a compressed archive, or zipped file, from specified files and directories.',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Path', 'The files and folders to compress (wildcards allowed).', {
      validateNotNullOrEmpty: true,
      sets: Object.fromEntries(PATH_SETS.map((s) => [s, { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }])),
    }),
    stringsParam('LiteralPath', 'The files and folders to compress, taken literally.', {
      aliases: ['PSPath'],
      validateNotNullOrEmpty: true,
      sets: Object.fromEntries(LITERAL_SETS.map((s) => [s, { mandatory: true, valueFromPipelineByPropertyName: true }])),
    }),
    stringParam('DestinationPath', 'The archive to write; `.zip` is added when the name has no extension.', {
      validateNotNullOrEmpty: true,
      sets: { __AllParameterSets: { position: 1, mandatory: true } },
    }),
    stringParam('CompressionLevel', 'Optimal (the default), Fastest or NoCompression.', { validateSet: [...LEVELS] }),
    switchParam('Update', 'Adds to (and replaces entries of) an existing archive.', { sets: { PathWithUpdate: { mandatory: true }, LiteralPathWithUpdate: { mandatory: true } } }),
    switchParam('Force', 'Overwrites an existing archive.', { sets: { PathWithForce: { mandatory: true }, LiteralPathWithForce: { mandatory: true } } }),
    switchParam('PassThru', 'Returns the archive file.'),
  ],
  async begin(ctx) {
    const given = ctx.params.get<string>('DestinationPath')!;
    let destination = resolveLiteral(ctx.session, given);
    // .NET's Path.GetDirectoryName: a root has none.
    if (destination === '/' || /^[A-Za-z]:[\\/]?$/.test(destination)) ctx.throwTerminatingError(archiveError(A.ArchiveInvalidDestinationPath(destination), 'InvalidArgument', destination));
    const folders = resolveArchivePaths(ctx, [dirname(destination)], false);
    if (folders.length > 1) ctx.throwTerminatingError(archiveError(A.ArchiveFilePathResolvesToMany(destination, 'DestinationPath'), 'InvalidArgument', destination));
    destination = join(folders[0]!, basename(destination));
    if (extensionOf(destination) === '') {
      const without = destination;
      destination += '.zip';
      await ctx.writeVerbose(A.ArchiveAppendExtension(without, destination));
    }
    const existed = exists(destination) && !isFolder(destination);
    const update = ctx.params.get('Update') === true;
    if (existed && !update && ctx.params.get('Force') !== true) ctx.throwTerminatingError(archiveError(A.ArchiveFileExists(destination), 'InvalidArgument', destination));
    if (existed && update && !writable(destination)) ctx.throwTerminatingError(archiveError(A.ArchiveFileIsReadOnly(destination), 'InvalidOperation', destination));
    if (!ctx.params.has('WhatIf')) await ctx.writeVerbose(A.ArchivePreparingToCompress);
    states.set(ctx, { destination, existed, inputs: [] });
  },
  process(ctx) {
    const state = states.get(ctx)!;
    state.inputs.push(...(ctx.params.get<string[]>('LiteralPath') ?? ctx.params.get<string[]>('Path') ?? []));
  },
  async end(ctx) {
    const state = states.get(ctx)!;
    states.delete(ctx);
    const { destination } = state;
    const set = ctx.invocation.parameterSetName;
    // -Force deletes the old archive before the paths are even looked at (the module does).
    if (set.endsWith('WithForce') && state.existed) await fs.rm(destination, { force: true });
    const seen = new Set<string>();
    for (const path of state.inputs) {
      const key = path.toUpperCase();
      if (seen.has(key)) ctx.throwTerminatingError(archiveError(A.ArchiveDuplicatePath(set, path), 'InvalidArgument', path));
      seen.add(key);
    }
    const sources = resolveArchivePaths(ctx, state.inputs, LITERAL_SETS.includes(set));
    const missing = sources.find((p) => !exists(p));
    if (missing !== undefined) ctx.throwTerminatingError(archivePathNotFound(missing));
    // The What if target: the one path, or each on a line of its own after a line break.
    const target = sources.length > 1 ? `\n${sources.join('\n')}` : (sources[0] ?? '');
    if (!(await cmdletShouldProcess(ctx, target, 'Compress-Archive'))) return;
    const zlib: Zlib = await import('node:zlib');
    const zip = await import('./zip-format.js');
    const level = LEVELS.find((l) => l.toLowerCase() === (ctx.params.get<string>('CompressionLevel') ?? 'Optimal').toLowerCase())!;
    const update = ctx.params.get('Update') === true;
    let entries: ZipEntry[] = [];
    let added = 0;
    let unreadable = false;
    if (update && exists(destination)) {
      const bytes = readFileSync(destination);
      try {
        // An empty file is an empty archive to .NET's ZipArchive.
        entries = bytes.length ? zip.readZip(bytes) : [];
      } catch (e) {
        if (!(e instanceof zip.ZipFormatError)) throw e;
        // The module goes on without an archive: nothing is added, and the file is deleted below.
        await ctx.writeError(zipArchiveConstructorError(e.message), { nested: true });
        unreadable = true;
      }
    }
    const add = async (full: string, relative: string) => {
      ctx.signal.throwIfAborted();
      // The module trims the entry's name (a name ending in a space loses it).
      const name = relative.trim();
      if (update) {
        const at = entries.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
        if (at >= 0) entries.splice(at, 1);
      }
      if (name.endsWith('/')) {
        entries.push(zip.newEntry(zlib, name, undefined, new Date(), level));
      } else {
        let data: Buffer;
        let modified: Date;
        try {
          data = await fs.readFile(full);
          modified = statSync(full).mtime;
        } catch (e) {
          await ctx.writeError(helperWriteError(accessDenied(e, full), 'ZipArchiveHelper', 864), { nested: true });
          return;
        }
        if (modified.getFullYear() < 1980) {
          await ctx.writeWarning(A.ArchiveEarlyWriteTime(full));
          modified = new Date(1980, 0, 1);
        }
        entries.push(zip.newEntry(zlib, name, data, modified, level));
      }
      added++;
      await ctx.writeVerbose(A.ArchiveAddItem(full));
    };
    // Folders first (each under its own name), then the files (under their names).
    const files = sources.filter((p) => !isFolder(p));
    for (const folder of unreadable ? [] : sources.filter((p) => isFolder(p))) {
      const parent = dirname(folder);
      const root = parent.endsWith(sep) ? parent : parent + sep;
      for (const item of await folderContents(folder)) await add(item, item.slice(root.length));
    }
    for (const file of unreadable ? [] : files) await add(file, basename(file));
    if (added === 0) {
      // An archive of nothing is not usable: the module deletes it (with -Update too, the archive it was to add to).
      await ctx.writeVerbose(A.ArchiveDeletePartial(destination));
      await fs.rm(destination, { force: true });
      return;
    }
    await fs.writeFile(destination, zip.writeZip(entries));
    if (ctx.params.get('PassThru') === true) ctx.writeObject(await fileItem(destination));
  },
}));

/** Whether the archive can be written (.NET's ReadOnly attribute on Linux: no write access). */
function writable(path: string): boolean {
  try {
    accessSync(path, fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A file the module could not open: its UnauthorizedAccessException (or other I/O error), written as CompressArchiveUnauthorizedAccessError. */
function accessDenied(e: unknown, full: string) {
  const code = (e as NodeJS.ErrnoException).code;
  const denied = code === 'EACCES' || code === 'EPERM';
  return {
    message: denied ? `Access to the path '${full}' is denied.` : `Could not find file '${full}'.`,
    errorId: 'CompressArchiveUnauthorizedAccessError',
    category: 'PermissionDenied',
    exceptionType: denied ? 'UnauthorizedAccessException' : 'FileNotFoundException',
    exceptionFullName: denied ? 'System.UnauthorizedAccessException' : 'System.IO.FileNotFoundException',
    targetObject: full,
  };
}

/**
 * What the module adds for a folder, in Get-ChildItem -Recurse's order (a folder's folders, then its
 * files, each by name, then each folder's contents): every file, and every folder without files of
 * its own with a trailing `/`. Hidden items (a leading dot) are left out, as Get-ChildItem leaves them.
 */
async function folderContents(folder: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string) => {
    let listing: Dirent[];
    try {
      listing = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const byName = (a: Dirent, b: Dirent) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
    const visible = listing.filter((d) => !d.name.startsWith('.'));
    const isDir = (d: Dirent) => d.isDirectory() || (d.isSymbolicLink() && isFolder(join(dir, d.name)));
    const folders = visible.filter(isDir).sort(byName);
    const files = visible.filter((d) => !isDir(d)).sort(byName);
    for (const d of folders) {
      const full = join(dir, d.name);
      // DirectoryInfo.GetFiles(): hidden files count, folders do not.
      const hasFiles = await fs.readdir(full, { withFileTypes: true }).then((l) => l.some((x) => !x.isDirectory()), () => false);
      if (!hasFiles) out.push(full + '/');
    }
    for (const d of files) out.push(join(dir, d.name));
    for (const d of folders) await visit(join(dir, d.name));
  };
  await visit(folder);
  return out;
}
