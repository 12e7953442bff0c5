// Expand-Archive (Microsoft.PowerShell.Archive 1.2.7, a script function in pwsh 7.6.10): unzips a .zip
// file into a folder, as that module does it. The folder is -DestinationPath (made when it does not
// exist) or, without one, a folder named after the archive in the current location. Every entry is
// checked first: an entry that would land outside the folder, or a file that exists already (without
// -Force), is an error and nothing is extracted. A file that is not a ZIP archive ends the script, as
// the module's `throw` does. -PassThru returns the folders it made and the files it wrote.

import { makeDirectories } from '../engine/make-directories.js';
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { ErrorRecord, PSErrorSignal } from '../engine/errors.js';
import { exists, isFolder, resolveLiteral } from '../engine/paths.js';
import * as A from './archive-strings.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { archiveError, archivePathNotFound, extensionOf, helperWriteError, helperWriteErrorMessage, matchingPaths, resolveArchivePaths, stopWithCommandError } from './archive-common.js';
import { fileItem } from './file-items.js';
import { ARCHIVE } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import type { ZipEntry, Zlib } from './zip-format.js';

const destinations = new WeakMap<CmdletContext, string | undefined>();

export const expandArchive = lazyCmdlet('Expand-Archive', (): CmdletDefinition => ({
  name: 'Expand-Archive',
  commandType: 'Function',
  implementingType: 'Expand-Archive',
  module: ARCHIVE,
  synopsis: 'Extracts files from a specified archive (zipped) file.',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    stringParam('Path', 'The archive to expand (wildcards allowed; they must name one file).', {
      validateNotNullOrEmpty: true,
      sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    }),
    stringParam('LiteralPath', 'The archive to expand, taken literally.', {
      aliases: ['PSPath'],
      validateNotNullOrEmpty: true,
      sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
    }),
    stringParam('DestinationPath', 'The folder to expand into (made when missing); by default a folder named after the archive.', {
      validateNotNullOrEmpty: true,
      sets: { __AllParameterSets: { position: 1 } },
    }),
    switchParam('Force', 'Overwrites files that exist.'),
    switchParam('PassThru', 'Returns the folders made and the files written.'),
  ],
  async begin(ctx) {
    const given = ctx.params.get<string>('DestinationPath');
    if (given === undefined || given === '') {
      destinations.set(ctx, undefined);
    } else {
      // Test-Path -PathType Container, then Resolve-Path: an existing folder is used as it is.
      const matches = matchingPaths(ctx, given, false);
      if (matches.some(isFolder)) {
        if (matches.length > 1) ctx.throwTerminatingError(archiveError(A.ArchiveExpandedDirResolvesToMany(given), 'InvalidArgument', given));
        destinations.set(ctx, matches[0]);
      } else {
        await makeFolder(ctx, resolveLiteral(ctx.session, given));
        destinations.set(ctx, resolveArchivePaths(ctx, [given], true)[0]);
      }
    }
    if (!ctx.params.has('WhatIf')) await ctx.writeVerbose(A.ArchivePreparingToExpand);
  },
  async process(ctx) {
    const literal = ctx.params.get<string>('LiteralPath');
    const typed = literal ?? ctx.params.get<string>('Path')!;
    const set = literal === undefined ? 'Path' : 'LiteralPath';
    const sources = resolveArchivePaths(ctx, [typed], literal !== undefined);
    if (sources.length > 1) ctx.throwTerminatingError(archiveError(A.ArchiveFilePathResolvesToMany(typed, set), 'InvalidArgument', typed));
    // A wildcard that matches nothing leaves no path: the module then checks the empty one.
    const archive = sources[0] ?? '';
    if (!exists(archive) || isFolder(archive)) ctx.throwTerminatingError(archivePathNotFound(archive));
    if (!(await cmdletShouldProcess(ctx, archive, 'Expand-Archive'))) return;
    let destination = destinations.get(ctx);
    if (destination === undefined) {
      // A folder named after the archive (its name without the extension) in the current location.
      const name = basename(archive);
      const dot = name.lastIndexOf('.');
      destination = join(ctx.session.location, dot > 0 ? name.slice(0, dot) : name);
      if (!isFolder(destination)) await makeFolder(ctx, destination);
    }
    const made = await expand(ctx, archive, destination);
    if (ctx.params.get('PassThru') === true) {
      for (const path of made) {
        const item = await fileItem(path.replace(/\/+$/, ''));
        if (item) ctx.writeObject(item);
      }
    }
  },
}));

/** New-Item -ItemType Directory, as the module runs it (-ErrorAction Stop: a file in the way ends the script). */
async function makeFolder(ctx: CmdletContext, full: string): Promise<void> {
  if (exists(full)) {
    stopWithCommandError(
      { message: `An item with the specified name ${full} already exists.`, errorId: 'DirectoryExist', category: 'ResourceExists', exceptionType: 'IOException', exceptionFullName: 'System.IO.IOException', targetObject: full },
      'New-Item',
      'Microsoft.PowerShell.Commands.NewItemCommand',
      350,
    );
  }
  if (!(await cmdletShouldProcess(ctx, `Destination: ${full}`, 'Create Directory'))) return;
  makeDirectories(full);
}

/**
 * The module's ExpandArchiveHelper: reads the archive, checks every entry, and extracts them all when
 * none failed its check (.NET's ExtractToDirectory). Returns what -PassThru lists: each file with an
 * extension, after its folder when that folder did not exist.
 */
async function expand(ctx: CmdletContext, archive: string, destination: string): Promise<string[]> {
  const zlib: Zlib = await import('node:zlib');
  const zip = await import('./zip-format.js');
  let entries: ZipEntry[];
  try {
    entries = zip.readZip(await fs.readFile(archive));
  } catch (e) {
    if (!(e instanceof zip.ZipFormatError)) throw e;
    notAZipFile();
  }
  if (!entries.length) {
    await ctx.writeVerbose(A.ArchiveIsEmpty(archive));
    return [];
  }
  const root = destination.endsWith(sep) ? destination : destination + sep;
  const force = ctx.params.get('Force') === true;
  const made: string[] = [];
  let failed = false;
  await ctx.writeVerbose(A.ArchiveEvaluatingEntries);
  for (const entry of entries) {
    const target = resolve(root, entry.name);
    // An entry that would land outside the folder (`../x`, an absolute name).
    if (!(target + (entry.name.endsWith('/') ? sep : '')).startsWith(root)) {
      await ctx.writeError(helperWriteErrorMessage(A.ArchiveBadEntry(entry.name), 'ExpandArchiveHelper', 1051), { nested: true });
      failed = true;
      continue;
    }
    if (extensionOf(entry.name.endsWith('/') ? '' : target) === '') continue;
    const parent = dirname(target);
    if (!isFolder(parent) && !made.includes(parent)) made.push(parent);
    if (exists(target) && !force) {
      await ctx.writeError(helperWriteError(archiveError(A.ArchiveExpandFileExists(target, archive), 'InvalidOperation', target), 'ExpandArchiveHelper', 1133), { nested: true });
      failed = true;
    }
    made.push(target);
  }
  await ctx.writeVerbose(A.ArchiveCompletedEvaluatingEntries);
  if (failed) return made;
  for (const entry of entries) {
    ctx.signal.throwIfAborted();
    const target = resolve(root, entry.name);
    if (entry.name.endsWith('/') || entry.name.endsWith('\\')) {
      makeDirectories(target);
      continue;
    }
    let data: Buffer;
    try {
      data = zip.entryData(zlib, entry);
    } catch (e) {
      if (!(e instanceof zip.ZipFormatError)) throw e;
      return ctx.throwTerminatingError(extractFailure(e.message));
    }
    makeDirectories(dirname(target));
    if (!force && exists(target)) {
      // A file without an extension escapes the module's check; .NET's ExtractToFile refuses to overwrite it.
      return ctx.throwTerminatingError(extractFailure(`The file '${target}' already exists.`, 'IOException'));
    }
    const mode = zip.entryMode(entry);
    await fs.writeFile(target, data, mode ? { mode } : {});
    const when = zip.entryDate(entry);
    await fs.utimes(target, when, when);
  }
  return made;
}

/** .NET's ExtractToDirectory failing part way (an entry it cannot read, a file it must not overwrite), as the script sees it. */
function extractFailure(inner: string, errorId = 'InvalidDataException') {
  return {
    message: `Exception calling "ExtractToDirectory" with "3" argument(s): "${inner}"`,
    errorId,
    category: 'NotSpecified',
    exceptionType: 'MethodInvocationException',
    exceptionFullName: 'System.Management.Automation.MethodInvocationException',
  };
}

/**
 * The module's answer to a file that is not a ZIP archive: it throws a System.IO.FileFormatException
 * (whose message comes out empty in pwsh 7.6.10), which ends the whole script.
 */
function notAZipFile(): never {
  throw new PSErrorSignal(
    new ErrorRecord({ message: '', errorId: 'System.IO.FileFormatException', category: 'OperationStopped', exceptionType: 'FileFormatException', exceptionFullName: 'System.IO.FileFormatException' }),
    'script',
  );
}
