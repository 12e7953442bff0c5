// What Compress-Archive and Expand-Archive share: they are the script functions of
// Microsoft.PowerShell.Archive 1.2.7 in pwsh 7.6.10, so their errors are the module's own: thrown with
// $PSCmdlet.ThrowTerminatingError (an IOException with the module's error id, `…,Compress-Archive`),
// or written by Write-Error inside one of its helper functions (the console shows `Write-Error:` and
// the message wrapped, the position being in the module's .psm1 file).

import { basename, join } from 'node:path';
import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import { ErrorRecord, PSErrorSignal } from '../engine/errors.js';
import { spoInstallDirectory } from '../engine/install-directory.js';
import { expandPath, exists, PathError, resolveLiteral } from '../engine/paths.js';
import { hasWildcard } from '../engine/wildcard.js';
import type { MessageEntry } from '../engine/runtime-strings.js';
import { ArchivePathNotFound } from './archive-strings.js';
import { ARCHIVE } from './modules.js';

/** A terminating error of the module's ThrowTerminatingErrorHelper: an IOException. */
export function archiveError(entry: MessageEntry, category: string, target: string): ErrorSpec {
  return { ...entry, category, exceptionType: 'IOException', exceptionFullName: 'System.IO.IOException', targetObject: target };
}

/** The module's IsValidFileSystemPath and ValidateArchivePathHelper: PathNotFound for a path that is not there. */
export function archivePathNotFound(path: string): ErrorSpec {
  return archiveError({ errorId: 'PathNotFound', message: ArchivePathNotFound(path) }, 'InvalidArgument', path);
}

/** Where the module's script is: its records' positions point into it (as pwsh's do into its .psm1). */
function moduleFile(): string {
  return join(spoInstallDirectory(), 'Modules', ARCHIVE, `${ARCHIVE}.psm1`);
}

/** The position of a line of the module's script that wrote or threw an error. */
function moduleExtent(line: number, text: string) {
  return { file: moduleFile(), startLine: line, startColumn: 1, endLine: line, endColumn: text.length + 1, lineText: text, text };
}

/**
 * A record a helper function of the module writes with `Write-Error -ErrorRecord` (ExpandArchiveHelper's
 * file-exists error): its activity is Write-Error, its id ends with the helper's name.
 */
export function helperWriteError(spec: ErrorSpec, helper: string, line: number): ErrorRecord {
  return new ErrorRecord({
    ...spec,
    commandName: 'Write-Error',
    invocationName: 'Write-Error',
    implementingType: helper,
    extent: moduleExtent(line, 'Write-Error -ErrorRecord $errorRecord'),
  });
}

/**
 * ZipArchiveHelper's `New-Object System.IO.Compression.ZipArchive` failing on a file that is not a ZIP
 * archive (-Update): New-Object's non-terminating error around .NET's InvalidDataException.
 */
export function zipArchiveConstructorError(inner: string): ErrorRecord {
  return new ErrorRecord({
    message: `Exception calling ".ctor" with "3" argument(s): "${inner}"`,
    errorId: 'ConstructorInvokedThrowException',
    category: 'InvalidOperation',
    exceptionType: 'MethodInvocationException',
    exceptionFullName: 'System.Management.Automation.MethodInvocationException',
    commandName: 'New-Object',
    invocationName: 'New-Object',
    implementingType: 'Microsoft.PowerShell.Commands.NewObjectCommand',
    extent: moduleExtent(744, '$zipArchive = New-Object -TypeName System.IO.Compression.ZipArchive -ArgumentList $zipArchiveArgs'),
  });
}

/** `Write-Error $BadArchiveEntryMessage` in a helper function: a WriteErrorException. */
export function helperWriteErrorMessage(message: string, helper: string, line: number): ErrorRecord {
  return new ErrorRecord({
    message,
    errorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
    category: 'NotSpecified',
    exceptionType: 'WriteErrorException',
    exceptionFullName: 'Microsoft.PowerShell.Commands.WriteErrorException',
    commandName: 'Write-Error',
    invocationName: 'Write-Error',
    implementingType: helper,
    extent: moduleExtent(line, 'Write-Error $BadArchiveEntryMessage'),
  });
}

/**
 * An error of a command the module runs with `-ErrorAction Stop` (New-Item making the destination
 * folder): it stops the whole script, as in pwsh, and shows as that command's error.
 */
export function stopWithCommandError(spec: ErrorSpec, command: string, implementingType: string, line: number): never {
  const record = new ErrorRecord({ ...spec, commandName: command, invocationName: command, implementingType, extent: moduleExtent(line, `${command} -ErrorAction Stop`) });
  throw new PSErrorSignal(record, 'script', true);
}

/**
 * The module's GetResolvedPathHelper: each path resolved (wildcards expanded unless `literal`) to the
 * existing paths it names; a path naming nothing (but a wildcard) ends the command with ArchiveCmdletPathNotFound, an
 * InvalidOperationException around Resolve-Path's error. Hidden items (names starting with a dot) are
 * not among a wildcard's matches, as Resolve-Path leaves them out.
 */
export function resolveArchivePaths(ctx: CmdletContext, paths: readonly string[], literal: boolean): string[] {
  const resolved: string[] = [];
  for (const path of paths) {
    const found = matchingPaths(ctx, path, literal);
    // A wildcard that matches nothing is no error (Resolve-Path says nothing): it adds no path.
    if (!found.length && (literal || !hasWildcard(path))) {
      ctx.throwTerminatingError({
        message: ArchivePathNotFound(path),
        errorId: 'ArchiveCmdletPathNotFound',
        category: 'InvalidArgument',
        exceptionType: 'InvalidOperationException',
        exceptionFullName: 'System.InvalidOperationException',
        targetObject: path,
      });
    }
    resolved.push(...found);
  }
  return resolved;
}

/** The existing paths one path names (Resolve-Path's answer), none when it names nothing. */
export function matchingPaths(ctx: CmdletContext, path: string, literal: boolean): string[] {
  try {
    if (literal) return [resolveLiteral(ctx.session, path)].filter(exists);
    const expanded = expandPath(ctx.session, path);
    return expanded.wildcard ? expanded.paths.filter((p) => !basename(p).startsWith('.')) : expanded.paths.filter(exists);
  } catch (e) {
    if (!(e instanceof PathError)) throw e;
    return [];
  }
}

/** .NET's Path.GetExtension: the last dot of the file name and what follows ('' when none, or when the name ends with the dot). */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot === name.length - 1 ? '' : name.slice(dot);
}
