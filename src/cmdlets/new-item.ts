// New-Item (`ni`): a file or a folder on the real file system, as admin scripts make their output and
// log folders (`New-Item -ItemType Directory -Path $dir -Force`). Checked with pwsh 7.6.10: a folder is
// made with its missing parents; a file needs its folder (or -Force) and refuses to replace one that
// exists unless -Force; the new item is written out (FileInfo/DirectoryInfo); -WhatIf says
// `Create File`/`Create Directory` on `Destination: <full path>`. Links: new-link.ts.

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import * as R from '../engine/runtime-strings.js';
import { resolveOrReport, ioFailure, invalidPathArgument } from '../engine/paths.js';
import { makeDirectories } from '../engine/make-directories.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { fileItem } from './file-items.js';
import { itemAlreadyExists, sessionItem, sessionItemExists, sessionPath, setOrReport, type SessionPath } from './session-providers.js';
import { MANAGEMENT } from './modules.js';
import { objectParam, stringParam, stringsParam, switchParam } from './param-builders.js';
import { toDotNetString } from './text.js';
import { encodeText } from './file-text.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { newLink, type LinkKind } from './new-link.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

const LINK_KINDS: LinkKind[] = ['symboliclink', 'hardlink', 'junction'];

function alreadyExists(message: string, errorId: string, category: string, full: string): ErrorSpec {
  return { message, errorId, category, exceptionType: 'IOException', exceptionFullName: 'System.IO.IOException', targetObject: full };
}

/**
 * `New-Item Env:X -Value 1`, `New-Item function:f -Value { … }`: the item, written out; one that exists
 * (without -Force) or a missing value is refused as pwsh refuses it.
 */
async function newSessionItem(ctx: CmdletContext, path: SessionPath): Promise<void> {
  if (path.name === '') return ctx.writeError(invalidPathArgument());
  const value = ctx.params.get('Value');
  if (value === undefined || value === null) {
    return ctx.writeError({ message: R.ArgumentNull('value'), errorId: 'NewItemValueNotSpecified', category: 'InvalidArgument', exceptionType: 'PSArgumentNullException', exceptionFullName: 'System.Management.Automation.PSArgumentNullException', targetObject: path.name });
  }
  if (sessionItemExists(ctx, path.provider, path.name) && ctx.params.get('Force') !== true) {
    return ctx.writeError(itemAlreadyExists(path.name));
  }
  if (await setOrReport(ctx, path, value, 'New Item')) ctx.writeObject(sessionItem(ctx, path.provider, path.name));
}

export const newItem = lazyCmdlet('New-Item', (): CmdletDefinition => ({
  name: 'New-Item',
  implementingType: 'Microsoft.PowerShell.Commands.NewItemCommand',
  module: MANAGEMENT,
  synopsis: 'Creates a new file or folder.',
  defaultParameterSet: 'pathSet',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Path', 'Where to create the item.', { sets: { pathSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true }, nameSet: { position: 0, valueFromPipelineByPropertyName: true } } }),
    stringParam('Name', 'The name of the new item, in the folder -Path names.', { sets: { nameSet: { mandatory: true, valueFromPipelineByPropertyName: true } }, allowNull: true, allowEmptyString: true }),
    stringParam('ItemType', 'File (the default), Directory, SymbolicLink, HardLink or Junction.', { aliases: ['Type'], sets: { pathSet: { valueFromPipelineByPropertyName: true }, nameSet: { valueFromPipelineByPropertyName: true } } }),
    objectParam('Value', "The new file's content.", 'System.Object', { aliases: ['Target'], sets: { pathSet: { valueFromPipeline: true, valueFromPipelineByPropertyName: true }, nameSet: { valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    switchParam('Force', "Creates a file's missing folders, replaces a file, accepts a folder that exists."),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const sessionPaths = (ctx.params.get<string[]>('Path') ?? []).map((typed) => sessionPath(ctx.params.has('Name') ? `${typed.replace(/[\\/]$/, '')}/${ctx.params.get<string>('Name')}` : typed));
    if (sessionPaths.some((p) => p !== undefined)) {
      for (const path of sessionPaths) if (path) await newSessionItem(ctx, path);
      return;
    }
    const type = (ctx.params.get<string>('ItemType') ?? 'File').toLowerCase();
    const kind = ['file', 'directory', 'container'].includes(type) ? (type === 'file' ? 'file' : 'directory') : LINK_KINDS.find((k) => k === type);
    if (!kind) {
      return ctx.writeError({
        message: 'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
        errorId: 'Argument',
        category: 'InvalidArgument',
        exceptionType: 'PSArgumentException',
        exceptionFullName: 'System.Management.Automation.PSArgumentException',
        targetObject: type,
      });
    }
    const force = ctx.params.get('Force') === true;
    const name = ctx.params.get<string>('Name');
    for (const typed of ctx.params.get<string[]>('Path') ?? ['.']) {
      const full = await resolveOrReport(ctx, name ? join(typed, name) : typed);
      if (full === undefined) continue;
      if (kind !== 'file' && kind !== 'directory') {
        await newLink(ctx, kind, name ? join(typed, name) : typed, full, force);
        continue;
      }
      if (kind === 'directory' && existsSync(full) && !force) {
        await ctx.writeError(alreadyExists(`An item with the specified name ${full} already exists.`, 'DirectoryExist', 'ResourceExists', full));
        continue;
      }
      if (!(await cmdletShouldProcess(ctx, `Destination: ${full}`, kind === 'file' ? 'Create File' : 'Create Directory'))) continue;
      try {
        if (kind === 'directory') {
          makeDirectories(full);
        } else {
          if (existsSync(full) && (!force || statSync(full).isDirectory())) {
            await ctx.writeError(alreadyExists(`The file '${full}' already exists.`, 'NewItemIOError', 'WriteError', full));
            continue;
          }
          if (force) makeDirectories(dirname(full));
          const value = ctx.params.get('Value');
          writeFileSync(full, encodeText(value === undefined || value === null ? '' : toDotNetString(value), undefined));
        }
      } catch (e) {
        await ctx.writeError({ ...newItemFailure(e, full), errorId: kind === 'directory' ? 'CreateDirectoryIOError' : 'NewItemIOError', category: 'WriteError' });
        continue;
      }
      const item = await fileItem(full);
      if (item) ctx.writeObject(item);
    }
  },
}));

/**
 * A folder that could not be made: where a parent cannot be created at all (`/proc/nope`), .NET names that
 * parent as a file it could not find; a file in the way is a part of the path not found (pwsh 7.6.10).
 */
function newItemFailure(e: unknown, full: string): ErrorSpec {
  const error = e as NodeJS.ErrnoException;
  if (error.code === 'ENOENT' && error.syscall === 'mkdir' && error.path) {
    return { message: `Could not find file '${error.path}'.`, errorId: 'System.IO.FileNotFoundException', category: 'ObjectNotFound', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException', targetObject: full };
  }
  return ioFailure(e, full);
}
