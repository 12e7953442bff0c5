// Set-Location (`cd`, `sl`, `chdir`): changes the session's current location, which every file
// cmdlet resolves relative paths against. Without a path it goes home, as pwsh 7 does.

import { homedir } from 'node:os';
import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { exists, expandOrReport, invalidPathArgument, isFolder, isProviderRelative, pathNotFound, resolveLiteral, resolveOrReport } from '../engine/paths.js';
import { locationInfo, setLocationQualified } from './location.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { hasWildcard } from '../engine/wildcard.js';

const PROVIDER_QUALIFIED = /^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i;
/** Rooted at a drive: `/x`, `\x`, `~`, `Temp:`, `C:\x`. */
const DRIVE_PATH = /^(?:[\\/~]|[\w-]+:)/;

export const setLocation = lazyCmdlet('Set-Location', (): CmdletDefinition => ({
  name: 'Set-Location',
  implementingType: 'Microsoft.PowerShell.Commands.SetLocationCommand',
  module: MANAGEMENT,
  synopsis: 'Sets the current working location to a specified location.',
  defaultParameterSet: 'Path',
  parameters: [
    stringParam('Path', 'The folder to go to; wildcards allowed when they name one folder.', {
      sets: { Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    }),
    stringParam('LiteralPath', 'The folder to go to, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    switchParam('PassThru', 'Returns the new location as a PathInfo.', { sets: { [ALL_SETS]: {} } }),
  ],
  async process(ctx) {
    const literal = ctx.params.get<string>('LiteralPath');
    const moved = await changeLocation(ctx, literal ?? ctx.params.get<string>('Path') ?? null, literal !== undefined);
    if (moved && ctx.params.get('PassThru') === true) ctx.writeObject(locationInfo(ctx.session));
  },
}));

/**
 * Goes to `typed` (home when null or empty), as Set-Location and Push-Location do: wildcards when not
 * literal, pwsh's errors for a path that names no folder. True when the location changed.
 */
export async function changeLocation(ctx: CmdletContext, typed: string | null, literal: boolean): Promise<boolean> {
  let target: string | undefined;
  // A relative FileSystem-qualified path (`FileSystem::sub`) is not a location pwsh can go to: one that
  // names nothing in the process's working directory is not found, any other is not valid (pwsh 7.6.10).
  if (typed !== null && isProviderRelative(typed)) {
    if (hasWildcard(typed) || exists(resolveLiteral(ctx.session, typed))) ctx.throwTerminatingError(invalidPathArgument());
    await ctx.writeError(pathNotFound(typed));
    return false;
  }
  if (typed === null || typed === '') target = homedir();
  else if (literal) {
    target = await resolveOrReport(ctx, typed);
    if (target === undefined) return false;
  } else {
    const expanded = await expandOrReport(ctx, typed);
    if (!expanded) return false;
    const { paths, wildcard } = expanded;
    target = paths[0];
    if (wildcard && target === undefined) {
      await ctx.writeError(pathNotFound(resolveLiteral(ctx.session, typed)));
      return false;
    }
  }
  if (!target || !isFolder(target)) {
    await ctx.writeError(pathNotFound(target ?? typed ?? ''));
    return false;
  }
  ctx.session.location = target;
  // `FileSystem::/tmp` leaves the location provider-qualified; a drive path or home ends that, a relative one keeps it.
  if (typed === null || typed === '' || PROVIDER_QUALIFIED.test(typed) || DRIVE_PATH.test(typed)) setLocationQualified(ctx.session, typed !== null && PROVIDER_QUALIFIED.test(typed));
  return true;
}
