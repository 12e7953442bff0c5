// Copy-Item (`copy`, `cpi`): files and folders on the real file system, as admin scripts copy their
// reports and templates. Checked with pwsh 7.6.10: a file replaces a file of the same name without
// -Force; a folder without -Recurse copies as an empty folder; into an existing folder the item goes
// inside it; a folder whose copy already exists is DirectoryExist (with -Force no error), yet its children are still copied;
// -PassThru writes every item it made; -WhatIf says `Copy File`/`Copy Directory`.

import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { resolveOrReport } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { fileItem } from './file-items.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import { destinationFolderMissing, directoryExists, kindOf, sourceItems, targetPath, transferFailure, transferTarget } from './item-transfer.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { wildcardMatch } from '../engine/wildcard.js';
import { filterPasses, nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { copySessionItems, onSessionDrive } from './session-transfer.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

const pathSets = {
  Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
};

export const copyItem = lazyCmdlet('Copy-Item', (): CmdletDefinition => ({
  name: 'Copy-Item',
  implementingType: 'Microsoft.PowerShell.Commands.CopyItemCommand',
  module: MANAGEMENT,
  synopsis: 'Copies files and folders to another location.',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Path', 'The items to copy; wildcards allowed.', { sets: pathSets }),
    stringsParam('LiteralPath', 'The items to copy, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Destination', 'Where to copy to: a new name, or an existing folder to copy into (the current location when absent).', {
      sets: { Path: { position: 1, valueFromPipelineByPropertyName: true }, LiteralPath: { position: 1, valueFromPipelineByPropertyName: true } },
    }),
    switchParam('Container', 'Keeps the folder structure (the default for folders).'),
    switchParam('Force', 'Also replaces read-only and hidden items.'),
    ...nameFilterParameters(),
    switchParam('Recurse', "Copies a folder's files and subfolders too."),
    switchParam('PassThru', 'Writes each item it made.'),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    const typed = literal ?? ctx.params.get<string[]>('Path') ?? [];
    if (onSessionDrive(typed)) return copySessionItems(ctx, typed, literal !== undefined, ctx.params.get<string>('Destination') ?? '.');
    // pwsh reads the destination first: a destination on a drive that does not exist is the one error.
    const destination = await resolveOrReport(ctx, ctx.params.get<string>('Destination') ?? '.');
    if (destination === undefined) return;
    const filters = nameFiltersOf(ctx);
    const sources = await sourceItems(ctx, typed, literal !== undefined, filters);
    const recurse = ctx.params.get('Recurse') === true;
    // Inside the folders it copies, pwsh 7.6.10 leaves out what -Exclude names and the files -Filter does not
    // match; -Include only chooses the items named at the top.
    const inside = (name: string, folder: boolean) => !filters.exclude?.some((p) => wildcardMatch(p, name)) && (folder || filterPasses(name, filters));
    for (const source of sources) {
      const target = targetPath(source, destination);
      if (kindOf(source) === 'directory') await copyFolder(ctx, source, destination, target, recurse, inside);
      else await copyFile(ctx, source, target);
    }
  },
}));

async function copyFile(ctx: CmdletContext, source: string, target: string): Promise<void> {
  if (source === target) {
    return ctx.writeError({
      message: `Cannot overwrite the item ${source} with itself.`,
      errorId: 'CopyError',
      category: 'WriteError',
      exceptionType: 'IOException',
      exceptionFullName: 'System.IO.IOException',
      targetObject: source,
    });
  }
  if (!(await cmdletShouldProcess(ctx, transferTarget(source, target), 'Copy File'))) return;
  const failure = (spec: ErrorSpec) => ctx.writeError(spec);
  if (kindOf(dirname(target)) !== 'directory') return failure(destinationFolderMissing(target, 'CopyFileInfoItemIOError', await fileItem(source)));
  try {
    copyFileSync(source, target);
  } catch (e) {
    // A dangling link: .NET's copy cannot open the file it names.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(source)) {
      return failure({ message: `Could not find file '${source}'.`, errorId: 'CopyFileInfoItemIOError', category: 'WriteError', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException', targetObject: await fileItem(source), targetType: 'FileInfo' });
    }
    return failure(transferFailure(e, target, 'CopyFileInfoItemIOError', await fileItem(source)));
  }
  await passThru(ctx, target);
}

async function copyFolder(ctx: CmdletContext, source: string, destination: string, target: string, recurse: boolean, inside: (name: string, folder: boolean) => boolean): Promise<void> {
  if (kindOf(destination) === 'file') {
    return ctx.writeError({
      message: 'Container cannot be copied onto existing leaf item.',
      errorId: 'CopyContainerItemToLeafError',
      category: 'InvalidArgument',
      exceptionType: 'PSArgumentException',
      exceptionFullName: 'System.Management.Automation.PSArgumentException',
      targetObject: source,
    });
  }
  if (!(await cmdletShouldProcess(ctx, transferTarget(source, target), 'Copy Directory'))) return;
  await makeFolder(ctx, target);
  if (!recurse) return;
  let names: string[];
  try {
    names = readdirSync(source);
  } catch (e) {
    return ctx.writeError(transferFailure(e, source, 'CopyDirectoryInfoItemIOError', source));
  }
  for (const name of names) {
    const from = join(source, name);
    const to = join(target, name);
    const folder = kindOf(from) === 'directory';
    if (!inside(name, folder)) continue;
    if (folder) await copyFolder(ctx, from, target, to, true, inside);
    else await copyFile(ctx, from, to);
  }
}

/**
 * The copy of a folder: made, or DirectoryExist when it is there already (its children still come);
 * with -Force an existing folder is taken as the copy, without an error.
 */
async function makeFolder(ctx: CmdletContext, target: string): Promise<void> {
  const existing = kindOf(target);
  if (existing === 'directory') return ctx.params.get('Force') === true ? passThru(ctx, target) : ctx.writeError(directoryExists(target));
  if (kindOf(dirname(target)) !== 'directory') return ctx.writeError(destinationFolderMissing(target, 'CopyDirectoryInfoItemIOError', target));
  try {
    mkdirSync(target);
  } catch (e) {
    return ctx.writeError(transferFailure(e, target, 'CopyDirectoryInfoItemIOError', target));
  }
  await passThru(ctx, target);
}

async function passThru(ctx: CmdletContext, path: string): Promise<void> {
  if (ctx.params.get('PassThru') !== true) return;
  const item = await fileItem(path);
  if (item) ctx.writeObject(item);
}
