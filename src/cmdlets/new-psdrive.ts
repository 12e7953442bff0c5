// New-PSDrive (`ndr`, `mount`): maps a drive name to a folder, for the FileSystem provider. The drive
// belongs to the scope it is made in (-Scope, else the current one) and goes with it; every file cmdlet
// reads paths on it (`W:/a.txt`), Set-Location goes onto it, Get-PSDrive lists it. pwsh's other providers'
// drives (Environment, Variable ...) are not made here (docs/New-PSDrive.md); -Persist exists on Windows
// only, so here, as in pwsh on Linux and macOS, it is a parameter that cannot be found.

import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { addFileSystemDrive, scopeDrive, type FileSystemDrive } from '../engine/fs-drives.js';
import { isFolder, PathError, resolveLiteral } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { driveScope } from './drive-scope.js';
import { fileSystemDriveInfo, providerName } from './get-psdrive.js';
import { MANAGEMENT } from './modules.js';
import { stringParam } from './param-builders.js';

const byName = { __AllParameterSets: { valueFromPipelineByPropertyName: true } };

export const newPSDrive = lazyCmdlet('New-PSDrive', (): CmdletDefinition => ({
  name: 'New-PSDrive',
  implementingType: 'Microsoft.PowerShell.Commands.NewPSDriveCommand',
  module: MANAGEMENT,
  synopsis: 'Creates temporary and persistent drives that are associated with a location in an item data store.',
  supportsShouldProcess: true,
  parameters: [
    stringParam('Name', 'The drive name, without the colon.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('PSProvider', 'The provider: FileSystem.', { sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } }, completes: 'provider' }),
    stringParam('Root', 'The folder the drive maps to (relative to the current location; empty: the current location).', {
      sets: { __AllParameterSets: { position: 2, mandatory: true, valueFromPipelineByPropertyName: true } },
      allowEmptyString: true,
    }),
    stringParam('Description', 'A description of the drive, shown by Get-PSDrive | Format-List.', { sets: byName }),
    stringParam('Scope', 'Global, Local, Script, or a number of scopes up from the current one (0).', { sets: byName }),
    {
      name: 'Credential',
      kind: 'credential',
      typeName: 'System.Management.Automation.PSCredential',
      sets: byName,
      credentialAttribute: true,
      description: 'Accepted; a FileSystem drive on Linux and macOS does not use it (as in pwsh).',
    },
  ],
  async process(ctx) {
    const name = ctx.params.get<string>('Name')!;
    const typedProvider = ctx.params.get<string>('PSProvider')!;
    const provider = providerName(typedProvider);
    if (provider === undefined) return ctx.writeError(providerError(typedProvider));
    if (provider !== 'FileSystem') return ctx.writeError(otherProvider(name, provider));
    const typedRoot = ctx.params.get<string>('Root') ?? '';
    const root = rootOf(ctx, typedRoot);
    if (!(await cmdletShouldProcess(ctx, `Name: ${name} Provider: Microsoft.PowerShell.Core\\FileSystem Root: ${root}`, 'New drive'))) return;
    if (/[;~/\\.:]/.test(name)) return ctx.writeError({ ...R.DriveNameIllegalCharacters(), category: 'InvalidArgument', exceptionType: 'PSArgumentException', exceptionFullName: 'System.Management.Automation.PSArgumentException' });
    if (!isFolder(root)) return ctx.writeError(driveError(name, { ...R.DriveRootError(root), category: 'ReadError', exceptionType: 'IOException', exceptionFullName: 'System.IO.IOException' }));
    const scope = driveScope(ctx);
    if ('error' in scope) return ctx.writeError(driveError(name, { ...scope.error, errorId: 'NewDriveError' }));
    if (scopeDrive(ctx.session, scope.scope, name) || (scope.scope === ctx.session.scopeHandle('global') && isSessionDrive(name))) return ctx.writeError(driveExists(name));
    const drive: FileSystemDrive = { name, root, description: ctx.params.get<string>('Description') ?? '' };
    addFileSystemDrive(ctx.session, scope.scope, drive);
    ctx.writeObject(fileSystemDriveInfo(ctx, drive));
  },
}));

/** pwsh's drives of the other providers, which live in the global scope: their names are taken there. */
function isSessionDrive(name: string): boolean {
  return ['alias', 'env', 'function', 'variable'].includes(name.toLowerCase());
}

/**
 * The root's full path: relative to the current location (empty: the location itself), on a drive
 * (`Temp:/pd`) or provider-qualified; a trailing separator stays as typed. A path the provider layer cannot
 * read (`X:/` of a drive that does not exist) stays as typed, and is no folder.
 */
function rootOf(ctx: CmdletContext, typed: string): string {
  if (typed === '') return ctx.session.location;
  try {
    const full = resolveLiteral(ctx.session, typed);
    return /[\\/]$/.test(typed) && full !== '/' ? full + '/' : full;
  } catch (e) {
    if (e instanceof PathError) return typed;
    throw e;
  }
}

function providerError(provider: string): ErrorSpec {
  return {
    ...R.ProviderNotFound(provider),
    category: 'ObjectNotFound',
    exceptionType: 'ProviderNotFoundException',
    exceptionFullName: 'System.Management.Automation.ProviderNotFoundException',
    targetObject: provider,
  };
}

/** spo-shell's own: a drive of another provider than the FileSystem (docs/New-PSDrive.md). */
function otherProvider(name: string, provider: string): ErrorSpec {
  return {
    message: `spo-shell makes drives of the FileSystem provider only, not of the ${provider} provider.`,
    errorId: 'NotSupported',
    category: 'NotImplemented',
    exceptionType: 'PSNotSupportedException',
    exceptionFullName: 'System.Management.Automation.PSNotSupportedException',
    targetObject: name,
  };
}

/** An error about the drive being made: its target is the drive (shown `(W:PSDriveInfo)`). */
function driveError(name: string, spec: ErrorSpec): ErrorSpec {
  return { ...spec, targetObject: name, targetName: name, targetType: 'PSDriveInfo' };
}

function driveExists(name: string): ErrorSpec {
  return {
    ...R.DriveAlreadyExists(name),
    category: 'ResourceExists',
    exceptionType: 'SessionStateException',
    exceptionFullName: 'System.Management.Automation.SessionStateException',
    targetObject: name,
  };
}
