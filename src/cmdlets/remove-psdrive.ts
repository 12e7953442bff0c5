// Remove-PSDrive (`rdr`): removes FileSystem drives (New-PSDrive's, and Temp:, as pwsh lets it) from the
// scope that holds them; the drive the current location is on only with -Force.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { fileSystemDrives, removeFileSystemDrive, scopeDrive, type FileSystemDrive } from '../engine/fs-drives.js';
import { driveNotFound } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { driveScope } from './drive-scope.js';
import { providerName } from './get-psdrive.js';
import { forgetDriveLocation, locationDriveOf } from './location.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';

const byName = { __AllParameterSets: { valueFromPipelineByPropertyName: true } };

export const removePSDrive = lazyCmdlet('Remove-PSDrive', (): CmdletDefinition => ({
  name: 'Remove-PSDrive',
  implementingType: 'Microsoft.PowerShell.Commands.RemovePSDriveCommand',
  module: MANAGEMENT,
  synopsis: 'Deletes temporary PowerShell drives and disconnects mapped network drives.',
  supportsShouldProcess: true,
  defaultParameterSet: 'Name',
  parameters: [
    stringsParam('Name', 'The drive names, without the colon; wildcards allowed.', { sets: { Name: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, completes: 'drive' }),
    stringsParam('LiteralName', 'The drive names, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralName: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('PSProvider', 'Only the drives of these providers.', { sets: byName, completes: 'provider' }),
    stringParam('Scope', 'Global, Local, Script, or a number of scopes up from the current one.', { sets: byName }),
    switchParam('Force', 'Removes the drive even when the current location is on it.'),
  ],
  async process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralName');
    const names = literal ?? ctx.params.get<string[]>('Name') ?? [];
    let scope: object | undefined;
    if (ctx.params.get<string>('Scope')) {
      const named = driveScope(ctx);
      if ('error' in named) return ctx.writeError(named.error);
      scope = named.scope;
    }
    const providers = ctx.params.get<string[]>('PSProvider');
    const ofProvider = !providers || providers.some((p) => (hasWildcard(p) ? wildcardMatch(p, 'FileSystem') : providerName(p) === 'FileSystem'));
    for (const name of names) {
      const pattern = literal === undefined && hasWildcard(name);
      const found = ofProvider ? matching(ctx, name, pattern, scope) : [];
      // A pattern that matches nothing is an error too (where Get-PSDrive says nothing).
      if (!found.length) await ctx.writeError(driveNotFound(name));
      for (const drive of found) await remove(ctx, drive, scope);
    }
  },
}));

function matching(ctx: CmdletContext, name: string, pattern: boolean, scope: object | undefined): FileSystemDrive[] {
  if (!pattern) {
    const drive = scope ? scopeDrive(ctx.session, scope, name) : fileSystemDrives(ctx.session).find((d) => d.name.toLowerCase() === name.toLowerCase());
    return drive ? [drive] : [];
  }
  return fileSystemDrives(ctx.session).filter((d) => wildcardMatch(name, d.name) && (!scope || scopeDrive(ctx.session, scope, d.name) === d));
}

async function remove(ctx: CmdletContext, drive: FileSystemDrive, scope: object | undefined): Promise<void> {
  if (!(await cmdletShouldProcess(ctx, `Name: ${drive.name} Provider: Microsoft.PowerShell.Core\\FileSystem Root: ${drive.root}`, 'Remove Drive'))) return;
  if (locationDriveOf(ctx.session) === drive && ctx.params.get('Force') !== true) {
    await ctx.writeError({
      ...R.RemoveDriveInUse(drive.name),
      category: 'InvalidOperation',
      exceptionType: 'PSInvalidOperationException',
      exceptionFullName: 'System.Management.Automation.PSInvalidOperationException',
    });
    return;
  }
  removeFileSystemDrive(ctx.session, drive, scope);
  forgetDriveLocation(ctx.session, drive);
}
