// Resolve-Path (`rvpa`): the full paths a -Path (wildcards) or -LiteralPath names, as PathInfo objects,
// or with -Relative as text relative to the current location (or -RelativeBasePath). Checked with pwsh
// 7.6.10 on Linux: a path that names nothing is PathNotFound, a wildcard that matches nothing is
// silent, a drive that does not exist (`C:\x`) is DriveNotFound for that path; the path keeps a
// provider qualifier or the Temp: drive as typed (`FileSystem::/tmp`, `Temp:/x`) and a trailing
// separator; -Relative names the item from its parent (`.` is `../<name of the location>`).

import { basename, dirname, relative, sep } from 'node:path';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { exists, itemExists, expandOrReport, isProviderRelative, keepsTrailingSeparator, normalizeUserPath, notFoundError, pathNotFound, providerText, resolveLiteral, resolveOrReport } from '../engine/paths.js';
import { drivePath, drivePathInfo, locationDriveOf, pathInfo } from './location.js';
import { findFileSystemDrive } from '../engine/fs-drives.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { PSObject } from '../engine/values.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

const PATH_SET = 'Path';
const LITERAL_SET = 'LiteralPath';

export const resolvePath = lazyCmdlet('Resolve-Path', (): CmdletDefinition => ({
  name: 'Resolve-Path',
  implementingType: 'Microsoft.PowerShell.Commands.ResolvePathCommand',
  module: MANAGEMENT,
  synopsis: 'Resolves the wildcard characters in a path, and displays the path contents.',
  defaultParameterSet: PATH_SET,
  parameters: [
    stringsParam('Path', 'The paths to resolve; wildcards allowed.', { sets: { [PATH_SET]: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The paths to resolve, taken literally.', { aliases: ['PSPath', 'LP'], sets: { [LITERAL_SET]: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    switchParam('Relative', 'Returns the paths relative to the current location (or -RelativeBasePath) as text.'),
    stringParam('RelativeBasePath', 'The folder relative paths are resolved from, instead of the current location.'),
    switchParam('Force', 'Also resolves hidden items (accepted).'),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx, true);
    const base = await baseFolder(ctx);
    if (base === undefined) return;
    await writeResolvedPaths(ctx, base, ctx.params.get('Relative') === true, (value) => ctx.writeObject(value));
  },
}));

/**
 * What Resolve-Path writes for the command's -Path/-LiteralPath (Convert-Path writes their provider
 * paths): a PathInfo for each item (the text relative to `base` with `relative`); the paths that name
 * nothing are written as their errors.
 */
export async function writeResolvedPaths(ctx: CmdletContext, base: string, relative: boolean, write: (value: string | PSObject) => void): Promise<void> {
  const literal = ctx.params.has('LiteralPath');
  const typed = (literal ? ctx.params.get<string[]>('LiteralPath') : ctx.params.get<string[]>('Path')) ?? [];
  // On a FileSystem drive (Temp:, a New-PSDrive drive) a relative path stays on it (`..` stops at its
  // root), and is named from it.
  const onDrive = base === ctx.session.location && !relative ? locationDriveOf(ctx.session) : undefined;
  for (const given of typed) {
    const path = onDrive && !/^(?:[\\/~]|[\w.-]+:)/.test(given) ? drivePath(onDrive, base, given) : given;
    let found: string[];
    let wildcard = false;
    if (literal) {
      const full = await resolveOrReport(ctx, path, base);
      if (full === undefined) continue;
      if (!itemExists(full)) {
        // pwsh names a literal path as typed (`./nope`), only `~` and a provider qualifier resolved; one
        // on a FileSystem drive from its drive.
        await ctx.writeError(onDrive || /^[\w.-]+:/.test(path) ? notFoundError(ctx.session, path, full) : pathNotFound(normalizeUserPath(path)));
        continue;
      }
      found = [full];
    } else {
      const expanded = await expandOrReport(ctx, path, base);
      if (!expanded) continue;
      found = expanded.paths.filter(itemExists);
      wildcard = expanded.wildcard;
      if (!expanded.wildcard && found.length === 0) {
        await ctx.writeError(notFoundError(ctx.session, path, expanded.paths[0]!));
        continue;
      }
    }
    const { qualifier, drive, text } = providerText(ctx.session, path);
    if (isProviderRelative(path)) {
      // Named as typed, its provider path the rest as typed (.NET resolves it against the process's
      // working directory when it is used): pwsh 7.6.10, also with -Relative.
      write(relative ? path : pathInfo(text, path, null));
      continue;
    }
    // A trailing separator stays (`sub/` is `…/sub/`), but not in `~/`, `./` or `../`, nor after the
    // matches of a wildcard (`/tmp/t*/`).
    const trailing = !wildcard && keepsTrailingSeparator(ctx.session, path) ? sep : '';
    for (const full of found) {
      if (relative) {
        write(relativeText(base, full));
        continue;
      }
      const fileSystemDrive = drive === undefined ? undefined : findFileSystemDrive(ctx.session, drive);
      if (fileSystemDrive) {
        // A path on a FileSystem drive is named from it; its root is the drive's folder with a separator.
        write(drivePathInfo(fileSystemDrive, full, trailing));
        continue;
      }
      const shown = full === sep ? full : full + trailing;
      write(qualifier ? pathInfo(shown, qualifier + shown, null) : pathInfo(shown));
    }
  }
}

/**
 * Where relative paths start from: the current location, or -RelativeBasePath (which must exist; a
 * drive that does not exist ends the command). Undefined once its error is written.
 */
async function baseFolder(ctx: CmdletContext): Promise<string | undefined> {
  const typed = ctx.params.get<string>('RelativeBasePath');
  if (typed === undefined || typed === null || typed === '') return ctx.session.location;
  // A PathError ends the command: command-processor makes it the command's terminating error.
  const full = resolveLiteral(ctx.session, typed);
  if (!exists(full)) {
    await ctx.writeError(pathNotFound(full));
    return undefined;
  }
  return full;
}

/**
 * pwsh's -Relative text: the item named from its parent folder, that folder relative to the base
 * (`./a.txt`, `./sub/b.txt`, `../a.txt`; the base itself is `../<its name>`, the root `../../`).
 */
function relativeText(base: string, full: string): string {
  const parent = dirname(full);
  const name = full === parent ? '' : basename(full);
  const up = relative(base, parent);
  return `${up === '' ? '.' : up.startsWith('..') ? up : `.${sep}${up}`}${sep}${name}`;
}
