// Set-Location (`cd`, `sl`, `chdir`): changes the session's current location, which every file
// cmdlet resolves relative paths against. Without a path it goes home, as pwsh 7 does.

import { homedir } from 'node:os';
import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ErrorSpec } from '../engine/cmdlet.js';
import { driveOf, exists, expandOrReport, invalidPathArgument, isFolder, isProviderRelative, pathNotFound, resolveLiteral, resolveOrReport } from '../engine/paths.js';
import { driveLocation, drivePath, locationDriveOf, locationForm, locationInfo, setLocationForm, type LocationForm } from './location.js';
import { findFileSystemDrive, type FileSystemDrive } from '../engine/fs-drives.js';
import type { Session } from '../engine/session.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { hasWildcard } from '../engine/wildcard.js';
import { defaultStackNotFound, makeDefaultStack, pathInfoStack } from './location-stack.js';

const PROVIDER_QUALIFIED = /^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i;
/** Rooted at a drive: `/x`, `\x`, `~`, `Temp:`, `C:\x`. */
const DRIVE_PATH = /^(?:[\\/~]|[\w-]+:)/;

/**
 * How the new location is named, and on which FileSystem drive when 'named': a drive path, `~` or none
 * sets it anew, a relative path keeps the current form.
 */
function formAfter(session: Session, typed: string | null): { form: LocationForm; drive?: FileSystemDrive } {
  if (typed === null || typed === '') return { form: 'drive' };
  if (PROVIDER_QUALIFIED.test(typed)) return { form: 'provider' };
  const name = driveOf(typed);
  const drive = name === undefined ? undefined : findFileSystemDrive(session, name);
  if (drive) return { form: 'named', drive };
  if (DRIVE_PATH.test(typed)) return { form: 'drive' };
  const current = locationForm(session);
  return { form: current, drive: locationDriveOf(session) };
}

export const setLocation = lazyCmdlet('Set-Location', (): CmdletDefinition => ({
  name: 'Set-Location',
  implementingType: 'Microsoft.PowerShell.Commands.SetLocationCommand',
  module: MANAGEMENT,
  synopsis: 'Sets the current working location to a specified location.',
  defaultParameterSet: 'Path',
  parameters: [
    stringParam('Path', 'The folder to go to; wildcards allowed when they name one folder.', {
      sets: { Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      completes: 'container',
    }),
    stringParam('LiteralPath', 'The folder to go to, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } }, completes: 'container' }),
    switchParam('PassThru', 'Returns the new location as a PathInfo (with -StackName, the stack).', { sets: { [ALL_SETS]: {} } }),
    stringParam('StackName', 'Makes this location stack the default one, which Push-Location and Pop-Location use without -StackName.', { sets: { Stack: { valueFromPipelineByPropertyName: true } } }),
  ],
  async process(ctx) {
    if (ctx.invocation.parameterSetName === 'Stack') {
      const name = ctx.params.get<string | null>('StackName');
      // $null or '' leaves the default stack as it is (pwsh 7.6.10).
      if (name === null || name === undefined || name === '') return;
      const stack = makeDefaultStack(ctx, name);
      if (!stack) return ctx.writeError(defaultStackNotFound(name));
      if (ctx.params.get('PassThru') === true) ctx.writeObject(pathInfoStack(stack), false);
      return;
    }
    const literal = ctx.params.get<string>('LiteralPath');
    const moved = await changeLocation(ctx, literal ?? ctx.params.get<string>('Path') ?? null, literal !== undefined);
    if (moved && ctx.params.get('PassThru') === true) ctx.writeObject(locationInfo(ctx.session));
  },
}));

/**
 * Goes to `given` (home when null or empty), as Set-Location and Push-Location do: wildcards when not
 * literal, pwsh's errors for a path that names no folder. True when the location changed.
 */
export async function changeLocation(ctx: CmdletContext, given: string | null, isLiteral: boolean): Promise<boolean> {
  const fail = async (error: ErrorSpec): Promise<false> => {
    await ctx.writeError(error);
    return false;
  };
  const { form, drive } = formAfter(ctx.session, given);
  // The bare drive (`Temp:`) goes to the drive's own current location; a relative path on the drive stays on it.
  const bareDrive = drive !== undefined && given !== null && given.length === drive.name.length + 1 && given.endsWith(':');
  const onDrive = drive !== undefined && given !== null && driveOf(given) === undefined;
  const typed = bareDrive ? drivePath(drive, driveLocation(ctx.session, drive), '') : onDrive ? drivePath(drive, ctx.session.location, given!) : given;
  const literal = isLiteral ? typed! : undefined;
  let target: string | undefined;
  // A relative FileSystem-qualified path (`FileSystem::sub`) is not a location pwsh can go to: one that
  // names nothing in the process's working directory is not found, any other is not valid (pwsh 7.6.10).
  if (typed !== null && isProviderRelative(typed)) {
    if (hasWildcard(typed) || exists(resolveLiteral(ctx.session, typed))) ctx.throwTerminatingError(invalidPathArgument());
    return fail(pathNotFound(typed));
  }
  if (typed === null || typed === '') target = homedir();
  else if (literal !== undefined) {
    target = await resolveOrReport(ctx, literal);
    if (target === undefined) return false;
  } else {
    const expanded = await expandOrReport(ctx, typed);
    if (!expanded) return false;
    const { paths, wildcard } = expanded;
    target = paths[0];
    // A wildcard that matches nothing is named as typed (pwsh 7.6.10: `Cannot find path 'nomatch*'`).
    if (wildcard && target === undefined) return fail(pathNotFound(given!));
  }
  // A path on a FileSystem drive is named from it (`Cannot find path 'Temp:/nope'`), as pwsh does.
  if (!target || !isFolder(target)) return fail(pathNotFound(drive !== undefined && typed !== null && target !== undefined ? drivePath(drive, target, '') : (target ?? typed ?? '')));
  ctx.session.location = target;
  // `FileSystem::/tmp` leaves the location provider-qualified, `Temp:` on the Temp: drive; a drive path or
  // home ends that, a relative one keeps it.
  setLocationForm(ctx.session, form, drive);
  return true;
}
