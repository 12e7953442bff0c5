// Get-Item: the file or folder a path names (FileInfo/DirectoryInfo, shown as Get-ChildItem shows them),
// with wildcards in -Path; a path that names nothing is PowerShell's PathNotFound error.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import type { Session } from '../engine/session.js';
import type { CmdletContext } from '../engine/cmdlet.js';
import { checkDynamicParameters, exists, expandOrReport, isProviderRelative, keepsTrailingSeparator, notFoundError, pathNotFound, providerText, resolveOrReport } from '../engine/paths.js';
import { fileItem, withProviderNotes } from './file-items.js';
import { itemDrive } from './get-psdrive.js';
import { itemsOrReport, sessionItem, sessionPath } from './session-providers.js';
import { certItem, certPathParts } from './cert-drive.js';
import type { PSObject } from '../engine/values.js';
import { sep } from 'node:path';
import { MANAGEMENT } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { filterExpanded, nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

const PATH_SET = 'Path';
const LITERAL_SET = 'LiteralPath';

export const getItem = lazyCmdlet('Get-Item', (): CmdletDefinition => ({
  name: 'Get-Item',
  implementingType: 'Microsoft.PowerShell.Commands.GetItemCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the file or folder at a path.',
  defaultParameterSet: PATH_SET,
  parameters: [
    {
      name: 'Path',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [PATH_SET]: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      description: 'The paths of the items; wildcards are allowed.',
    },
    {
      name: 'LiteralPath',
      kind: 'string[]',
      typeName: 'System.String[]',
      aliases: ['PSPath', 'LP'],
      sets: { [LITERAL_SET]: { mandatory: true, valueFromPipelineByPropertyName: true } },
      description: 'The paths of the items, taken as they are (no wildcards).',
    },
    ...nameFilterParameters(),
    {
      name: 'Force',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [PATH_SET]: {}, [LITERAL_SET]: {} },
      description: 'Also gets hidden items.',
    },
    credentialParameter(),
  ],
  async process(ctx) {
    const literal = ctx.params.has('LiteralPath');
    const paths = (literal ? ctx.params.get<string[]>('LiteralPath') : ctx.params.get<string[]>('Path')) ?? [];
    checkDynamicParameters(ctx);
    refuseCredential(ctx);
    const filters = nameFiltersOf(ctx);
    for (const path of paths) {
      const session = sessionPath(path);
      if (session) {
        for (const name of await itemsOrReport(ctx, session, path, literal)) ctx.writeObject(sessionItem(ctx, session.provider, name));
        continue;
      }
      // The shell's Cert: drive: a store location, a store, or the certificates a thumbprint names.
      const cert = certPathParts(path);
      if (cert) {
        const named = await certItem(cert);
        if (!named) await ctx.writeError(pathNotFound(path));
        else for (const item of named.items) ctx.writeObject(item);
        continue;
      }
      if (literal) {
        const full = await resolveOrReport(ctx, path);
        if (full === undefined) continue;
        const item = await itemOf(ctx.session, path, full, keepsTrailingSeparator(ctx.session, path));
        if (item) await writeItem(ctx, item, path, full);
        else await ctx.writeError(pathNotFound(path));
        continue;
      }
      // Wildcards match hidden items only with -Force.
      const expanded = await expandOrReport(ctx, path, undefined, { hidden: ctx.params.get('Force') === true });
      if (!expanded) continue;
      const { wildcard } = expanded;
      const found = filterExpanded(expanded.paths, wildcard, filters, exists);
      // A wildcard that matches nothing writes nothing; a plain path that names nothing is an error.
      if (!wildcard && !found.length) continue;
      // Matches of a wildcard are named without the separator a pattern ends with (`/tmp/t*/`).
      const trailing = !wildcard && keepsTrailingSeparator(ctx.session, path);
      for (const full of found) {
        const item = await itemOf(ctx.session, path, full, trailing);
        if (item) await writeItem(ctx, item, path, full);
        else await ctx.writeError(notFoundError(ctx.session, path, full));
      }
    }
  },
}));

/**
 * Writes the item, unless the path names a file as a folder (`f.txt/`): .NET finds no such file, and
 * pwsh's Get-Item says `Could not find item /…/f.txt/.` (ItemNotFound, an IOException).
 */
async function writeItem(ctx: CmdletContext, item: PSObject, path: string, full: string): Promise<void> {
  const { drive, provider } = itemDrive(ctx, path);
  withProviderNotes(item, drive, provider);
  if (item.typeName === 'System.IO.FileInfo' && /[\\/]$/.test(path)) {
    const target = full + sep;
    await ctx.writeError({
      message: `Could not find item ${target}.`,
      errorId: 'ItemNotFound',
      category: 'ObjectNotFound',
      exceptionType: 'IOException',
      exceptionFullName: 'System.IO.IOException',
      targetObject: target,
    });
    return;
  }
  ctx.writeObject(item);
}

/**
 * The item a path names. A relative FileSystem-qualified path (`FileSystem::d`) is the item .NET makes of
 * the text as typed: it converts to that text, and a folder named by one segment (`d`, `.`, `..`) gets a
 * trailing separator (`/…/d/`, ToString `d/`), where `FileSystem::./d` does not (measured with pwsh 7.6.10).
 */
async function itemOf(session: Session, path: string, full: string, trailing: boolean): Promise<PSObject | undefined> {
  if (!isProviderRelative(path)) return fileItem(full, trailing);
  const { text } = providerText(session, path);
  const oneSegment = !/[\\/]/.test(text);
  // Here `./` and `../` keep their separator too.
  const item = await fileItem(full, trailing || oneSegment || /[\\/]$/.test(text), text);
  if (item?.typeName !== 'System.IO.DirectoryInfo' || !oneSegment) return item;
  return fileItem(full, true, text + sep);
}
