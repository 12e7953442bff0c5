// Set-Location (`cd`, `sl`, `chdir`): changes the session's current location, which every file
// cmdlet resolves relative paths against. Without a path it goes home, as pwsh 7 does.

import { homedir } from 'node:os';
import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
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
    const typed = literal ?? ctx.params.get<string>('Path') ?? null;
    let target: string | undefined;
    // A relative FileSystem-qualified path (`FileSystem::sub`) is not a location pwsh can go to: one that
    // names nothing in the process's working directory is not found, any other is not valid (pwsh 7.6.10).
    if (typed !== null && isProviderRelative(typed)) {
      if (hasWildcard(typed) || exists(resolveLiteral(ctx.session, typed))) ctx.throwTerminatingError(invalidPathArgument());
      return ctx.writeError(pathNotFound(typed));
    }
    if (typed === null || typed === '') target = homedir();
    else if (literal !== undefined) {
      target = await resolveOrReport(ctx, literal);
      if (target === undefined) return;
    } else {
      const expanded = await expandOrReport(ctx, typed);
      if (!expanded) return;
      const { paths, wildcard } = expanded;
      target = wildcard ? paths[0] : paths[0];
      if (wildcard && target === undefined) return ctx.writeError(pathNotFound(resolveLiteral(ctx.session, typed)));
    }
    if (!target || !isFolder(target)) return ctx.writeError(pathNotFound(target ?? typed ?? ''));
    ctx.session.location = target;
    // `FileSystem::/tmp` leaves the location provider-qualified; a drive path or home ends that, a relative one keeps it.
    if (typed === null || typed === '' || PROVIDER_QUALIFIED.test(typed) || DRIVE_PATH.test(typed)) setLocationQualified(ctx.session, typed !== null && PROVIDER_QUALIFIED.test(typed));
    if (ctx.params.get('PassThru') === true) ctx.writeObject(locationInfo(ctx.session));
  },
}));
