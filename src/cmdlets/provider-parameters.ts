// What the provider cmdlets (Get-Item, Get-Content, Set-Content, Copy-Item, ...) take from their provider.
// -Credential: PowerShell declares it on all of them, but none of its providers takes credentials there:
// pwsh 7.6.10 stops the command before it touches any path (a path that does not exist included) with the
// provider's own sentence. A $null credential is no credential.
// Dynamic parameters (-Encoding, -NoNewline, -File, -OlderThan ...): the FileSystem provider's, so they do
// not exist for a path on another provider's drive (`Set-Content env:X -Encoding utf8`).

import type { CmdletContext } from '../engine/cmdlet.js';
import type { ParameterMetadata } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import { ErrorRecord } from '../engine/errors.js';
import { otherProviderItem } from '../engine/paths.js';
import { PSCredential } from '../engine/values.js';
import { certPathParts } from './cert-drive.js';

export function credentialParameter(): ParameterMetadata {
  return {
    name: 'Credential',
    kind: 'credential',
    typeName: 'System.Management.Automation.PSCredential',
    sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    credentialAttribute: true,
    description: 'Not supported by the providers: the command stops with the provider\'s error, as in pwsh.',
  };
}

/** Whether a path is the FileSystem provider's (not Env:, Variable:, Function:, Alias: or Cert:). */
function onFileSystem(path: unknown): boolean {
  return typeof path !== 'string' || (otherProviderItem(path) === undefined && certPathParts(path) === undefined);
}

/** The first path a provider cmdlet was given (-LiteralPath, else -Path). */
function firstPath(get: (name: string) => unknown): unknown {
  const given = get('LiteralPath') ?? get('Path');
  return Array.isArray(given) ? given[0] : given;
}

/**
 * CmdletDefinition.dynamicParametersApply for a cmdlet whose dynamic parameters are the FileSystem
 * provider's: they exist when its first path is a file system one (or it has none).
 */
export function fileSystemDynamicParameters(get: (name: string) => unknown): boolean {
  return onFileSystem(firstPath(get));
}

const FILE_SYSTEM = 'The FileSystem provider supports credentials only on the New-PSDrive cmdlet.';
const OTHER_PROVIDER = 'The provider does not support the use of credentials.';

/**
 * Stops the command when it was given a credential: the FileSystem provider's sentence when its first
 * path is a file system one (or it has none), the other providers' for Env:, Variable:, Function:,
 * Alias: and Cert: paths.
 * `ownRecord`: Join-Path, Split-Path and Resolve-Path raise the error themselves (their name in its id
 * and in ConciseView); from the other cmdlets it comes from the provider, with no command.
 */
export function refuseCredential(ctx: CmdletContext, ownRecord = false): void {
  if (!(unwrap(ctx.params.get('Credential')) instanceof PSCredential)) return;
  const spec = {
    message: `${onFileSystem(firstPath((name) => ctx.params.get(name))) ? FILE_SYSTEM : OTHER_PROVIDER} Perform the operation again without specifying credentials.`,
    errorId: 'NotSupported',
    category: 'NotImplemented',
    exceptionType: 'PSNotSupportedException',
    exceptionFullName: 'System.Management.Automation.PSNotSupportedException',
  };
  if (ownRecord) ctx.throwTerminatingError(spec);
  ctx.throwTerminatingError(new ErrorRecord({ ...spec, commandName: '' }));
}
