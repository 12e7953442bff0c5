// Rename-Item (`ren`, `rni`): a new name for one file or folder, in its own folder. Checked with pwsh
// 7.6.10: a name that is taken is `The file '…' already exists.` (files and folders alike); a new name
// with a folder in it is refused before anything happens (statement-terminating); the same name does
// nothing; -PassThru writes the renamed item. -NewName may be a script block run for each piped item
// (`Get-ChildItem *.txt | Rename-Item -NewName { $_.Name -replace … }`), as PowerShell's delay-bind does.

import { renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { ScriptBlock } from '../engine/script-block.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { fileItem } from './file-items.js';
import { itemsOrReport, renameOrReport, sessionItem, sessionPath } from './session-providers.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { fileExists, kindOf, sourceItems, transferFailure, transferTarget } from './item-transfer.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

export const renameItem = lazyCmdlet('Rename-Item', (): CmdletDefinition => ({
  name: 'Rename-Item',
  implementingType: 'Microsoft.PowerShell.Commands.RenameItemCommand',
  module: MANAGEMENT,
  synopsis: 'Renames a file or folder.',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    stringParam('Path', 'The item to rename.', { sets: { ByPath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('LiteralPath', 'The item to rename, taken literally.', { aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    {
      name: 'NewName',
      kind: 'object',
      typeName: 'System.String',
      sets: { ByPath: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true }, ByLiteralPath: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } },
      description: 'The new name (a name only, no folder); a script block is run for each piped item.',
    },
    switchParam('Force', 'Also renames hidden and read-only items.'),
    switchParam('PassThru', 'Writes the renamed item.'),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string>('LiteralPath');
    const typed = literal ?? ctx.params.get<string>('Path') ?? '';
    const raw = unwrap(ctx.params.get('NewName'));
    const newName = raw instanceof ScriptBlock ? toPSString(unwrap((await raw.invokeWithItem(ctx.input, ctx.signal))[0] ?? '')) : toPSString(raw);
    if (/[\\/]/.test(newName)) {
      ctx.throwTerminatingError({
        message: 'Cannot rename the specified target, because it represents a path or device name.',
        errorId: 'Argument',
        category: 'InvalidArgument',
        exceptionType: 'PSArgumentException',
        exceptionFullName: 'System.Management.Automation.PSArgumentException',
      });
    }
    const session = sessionPath(typed);
    if (session) {
      for (const name of session.name === '' ? [] : await itemsOrReport(ctx, session, typed, literal !== undefined)) {
        if (name === newName) continue;
        if ((await renameOrReport(ctx, session, name, newName)) && ctx.params.get('PassThru') === true) ctx.writeObject(sessionItem(ctx, session.provider, newName));
      }
      return;
    }
    for (const source of await sourceItems(ctx, [typed], literal !== undefined)) {
      const target = join(dirname(source), newName);
      if (target === source) continue;
      const folder = kindOf(source) === 'directory';
      if (kindOf(target)) {
        await ctx.writeError(fileExists(target, 'RenameItemIOError', source));
        continue;
      }
      if (!(await cmdletShouldProcess(ctx, transferTarget(source, target), folder ? 'Rename Directory' : 'Rename File'))) continue;
      try {
        renameSync(source, target);
      } catch (e) {
        await ctx.writeError(transferFailure(e, target, 'RenameItemIOError', source));
        continue;
      }
      if (ctx.params.get('PassThru') === true) {
        const item = await fileItem(target);
        if (item) ctx.writeObject(item);
      }
    }
  },
}));
