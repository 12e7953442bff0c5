// Move-Item (`mi`, `move`): files and folders on the real file system. Checked with pwsh 7.6.10: into an
// existing folder the item goes inside it; a file does not replace another without -Force (`The file
// '…' already exists.`); a folder never replaces a file (DirectoryExist) nor goes into itself
// (MoveItemArgumentError); a folder meeting a folder of its name merges into it, each clashing file an
// error; moving an item onto itself does nothing; -PassThru writes the moved item.

import { cpSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { resolveOrReport } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { fileItem } from './file-items.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import { destinationFolderMissing, directoryExists, fileExists, kindOf, sourceItems, targetPath, transferFailure, transferTarget } from './item-transfer.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { moveSessionItems } from './session-transfer.js';
import { sessionPath } from './session-providers.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

export const moveItem = lazyCmdlet('Move-Item', (): CmdletDefinition => ({
  name: 'Move-Item',
  implementingType: 'Microsoft.PowerShell.Commands.MoveItemCommand',
  module: MANAGEMENT,
  synopsis: 'Moves files and folders to another location.',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Path', 'The items to move; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The items to move, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Destination', 'Where to move to: a new path, or an existing folder to move into (the current location when absent).', {
      sets: { Path: { position: 1, valueFromPipelineByPropertyName: true }, LiteralPath: { position: 1, valueFromPipelineByPropertyName: true } },
    }),
    switchParam('Force', 'Replaces a file of the same name.'),
    ...nameFilterParameters(),
    switchParam('PassThru', 'Writes the moved item.'),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    const typed = literal ?? ctx.params.get<string[]>('Path') ?? [];
    // The session drives' providers cannot move items: pwsh fails the binding (session-transfer.ts).
    if (typed.length && sessionPath(typed[0]!)) moveSessionItems(ctx);
    const sources = await sourceItems(ctx, typed, literal !== undefined, nameFiltersOf(ctx));
    if (sources.length === 0) return;
    const destination = await resolveOrReport(ctx, ctx.params.get<string>('Destination') ?? '.');
    if (destination === undefined) return;
    for (const source of sources) {
      const target = targetPath(source, destination);
      if (target === source) continue;
      const folder = kindOf(source) === 'directory';
      if (folder) {
        if (kindOf(target) === 'file') {
          await ctx.writeError(directoryExists(target));
          continue;
        }
        if (target.startsWith(source + sep)) {
          await ctx.writeError({
            message: `Destination path cannot be a subdirectory of the source or the source itself: ${target}.`,
            errorId: 'MoveItemArgumentError',
            category: 'InvalidArgument',
            exceptionType: 'IOException',
            exceptionFullName: 'System.IO.IOException',
            targetObject: target,
          });
          continue;
        }
      }
      if (!(await cmdletShouldProcess(ctx, transferTarget(source, target), folder ? 'Move Directory' : 'Move File'))) continue;
      const moved = folder ? await moveFolder(ctx, source, target) : await moveFile(ctx, source, target);
      if (moved && ctx.params.get('PassThru') === true) {
        const item = await fileItem(target);
        if (item) ctx.writeObject(item);
      }
    }
  },
}));

async function moveFile(ctx: CmdletContext, source: string, target: string): Promise<boolean> {
  const existing = kindOf(target);
  if (existing === 'directory' || (existing === 'file' && ctx.params.get('Force') !== true)) {
    await ctx.writeError(fileExists(target, 'MoveFileInfoItemIOError', await fileItem(source)));
    return false;
  }
  if (kindOf(dirname(target)) !== 'directory') {
    await ctx.writeError(destinationFolderMissing(target, 'MoveFileInfoItemIOError', await fileItem(source)));
    return false;
  }
  return rename(ctx, source, target, 'MoveFileInfoItemIOError');
}

/** A folder moves whole, or merges into a folder of its name that is there already. */
async function moveFolder(ctx: CmdletContext, source: string, target: string): Promise<boolean> {
  if (kindOf(target) !== 'directory') {
    if (kindOf(dirname(target)) !== 'directory') {
      await ctx.writeError(destinationFolderMissing(target, 'MoveDirectoryItemIOError', source));
      return false;
    }
    return rename(ctx, source, target, 'MoveDirectoryItemIOError');
  }
  let all = true;
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    const to = join(target, name);
    const ok = kindOf(from) === 'directory' ? await moveFolder(ctx, from, to) : await moveFile(ctx, from, to);
    all &&= ok;
  }
  if (all) rmSync(source, { recursive: true, force: true });
  return all;
}

async function rename(ctx: CmdletContext, source: string, target: string, errorId: string): Promise<boolean> {
  try {
    renameSync(source, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EXDEV') {
      // Another file system: copy, then delete, as .NET does.
      try {
        cpSync(source, target, { recursive: true, force: true });
        rmSync(source, { recursive: true, force: true });
        return true;
      } catch (e2) {
        e = e2;
      }
    }
    await ctx.writeError(transferFailure(e, target, errorId, (await fileItem(source)) ?? source));
    return false;
  }
}
