// Remove-Item (`ri`, `del`, `erase`, `rd`): files and folders on the real file system, as admin scripts
// clean up their temporary CSV and log files. Checked with pwsh 7.6.10: wildcards in -Path, a path that
// names nothing is PathNotFound, a folder with children needs -Recurse (pwsh would ask; without a
// person to ask it is the NonInteractive error, which ends the statement), pipeline input binds FileInfo
// objects by their path, and -WhatIf says `Remove File`/`Remove Directory` on the full path. Hidden and
// read-only items are kept without -Force (remove-file-items.ts).

import { lstatSync, readdirSync } from 'node:fs';
import { basename, sep } from 'node:path';
import { NonInteractive } from '../engine/runtime-strings.js';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { drivePathName, exists, expandOrReport, isFolder, pathNotFound, resolveLiteral, resolveOrReport, invalidPathArgument } from '../engine/paths.js';
import { NonInteractiveError } from '../engine/prompts.js';
import { cmdletShouldProcess, shouldContinue } from '../engine/should-process.js';
import { FILE_SYSTEM_PROVIDER, fileItem } from './file-items.js';
import { removeFileSystemItem } from './remove-file-items.js';
import { itemsOrReport, ProviderItemError, removeSessionItem, sessionPath, type SessionPath } from './session-providers.js';
import { MANAGEMENT } from './modules.js';
import { childNames, filterExpanded, filterPasses, hasIncludeOrExclude, nameFilterParameters, nameFiltersOf, namePasses, sortedItems, type NameFilters } from './provider-filters.js';
import { stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

/** `Remove-Item Env:X`, `Remove-Item function:f`, `Remove-Item variable:tmp*` (session-providers.ts). */
async function removeSessionItems(ctx: CmdletContext, path: SessionPath, typed: string, literal: boolean): Promise<void> {
  if (path.name === '') return ctx.writeError(invalidPathArgument());
  for (const name of await itemsOrReport(ctx, path, typed, literal)) {
    if (!(await cmdletShouldProcess(ctx, `Item: ${name}`, 'Remove Item'))) continue;
    try {
      removeSessionItem(ctx, path.provider, name, ctx.params.get('Force') === true);
    } catch (e) {
      if (!(e instanceof ProviderItemError)) throw e;
      await ctx.writeError(e.spec);
    }
  }
}

export const removeItem = lazyCmdlet('Remove-Item', (): CmdletDefinition => ({
  name: 'Remove-Item',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveItemCommand',
  module: MANAGEMENT,
  synopsis: 'Deletes files and folders.',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Path', 'The items to delete; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The items to delete, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    ...nameFilterParameters(),
    switchParam('Recurse', 'Deletes the folders with everything in them.'),
    switchParam('Force', 'Also deletes hidden and read-only items.'),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    const recurse = ctx.params.get('Recurse') === true;
    const force = ctx.params.get('Force') === true;
    const filters = nameFiltersOf(ctx);
    const patterned = hasIncludeOrExclude(filters);
    const targets: string[] = [];
    const shown = new Map<string, string>();
    /** The targets named with a trailing separator (`dl/`). */
    const slashed = new Set<string>();
    for (const typed of literal ?? ctx.params.get<string[]>('Path') ?? []) {
      const session = sessionPath(typed);
      if (session) {
        await removeSessionItems(ctx, session, typed, literal !== undefined);
        continue;
      }
      if (literal) {
        // A FileInfo from Get-ChildItem binds its provider-qualified PSPath.
        const full = await resolveOrReport(ctx, typed.startsWith(FILE_SYSTEM_PROVIDER) ? typed.slice(FILE_SYSTEM_PROVIDER.length) : typed);
        // -Include/-Exclude test a literal path's own name too (pwsh 7.6.10).
        if (full !== undefined && (!patterned || namePasses(basename(full), filters))) targets.push(full);
        if (full !== undefined && /[\\/]$/.test(typed)) slashed.add(full);
        continue;
      }
      // Wildcards match hidden items only with -Force.
      const expanded = await expandOrReport(ctx, typed, undefined, { hidden: force });
      if (!expanded) continue;
      const { wildcard } = expanded;
      // With -Recurse the names are tested inside the folders (removeFiltered), not here.
      const paths = recurse ? expanded.paths.filter((p) => wildcard || !patterned || exists(p)) : filterExpanded(expanded.paths, wildcard, filters, exists);
      if (paths.length === 0 && !wildcard && !patterned) await ctx.writeError(pathNotFound(resolveLiteral(ctx.session, typed)));
      // A path on a FileSystem drive that names nothing is named from its drive (`W:/nope`).
      for (const full of paths) shown.set(full, drivePathName(ctx.session, typed, full) ?? full);
      targets.push(...paths);
      if (!wildcard && /[\\/]$/.test(typed)) for (const full of paths) slashed.add(full);
    }
    for (const full of targets) {
      let directory: boolean;
      try {
        // A link to a folder is removed as a link: no children to ask about (pwsh).
        directory = lstatSync(full).isDirectory();
      } catch {
        await ctx.writeError(pathNotFound(shown.get(full) ?? full));
        continue;
      }
      if (directory && !recurse && readdirSync(full).length > 0) {
        // A folder with children: pwsh asks first (and fails where nobody can answer).
        const query = `The item at ${full} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`;
        try {
          if (!(await shouldContinue(ctx, query, 'Confirm'))) continue;
        } catch (e) {
          if (!(e instanceof NonInteractiveError)) throw e;
          // The prompt's failure ends the statement, as pwsh's unanswerable ShouldContinue does (the items after it stay).
          ctx.throwTerminatingError({ ...NonInteractive(e.message), errorId: 'InvalidOperation', category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException' });
        }
      }
      if (recurse && patterned) {
        // pwsh 7.6.10 leaves a -LiteralPath folder that holds anything alone here (no error).
        if (literal && directory && readdirSync(full).length > 0) continue;
        await removeFiltered(ctx, full, directory, filters, force);
        continue;
      }
      // A link to a folder is asked about as a folder (`dl/` by that name). pwsh 7.6.10 removes such a link
      // even under -WhatIf; spo-shell does not (docs/Remove-Item.md).
      const folderLink = linkToFolder(full);
      if (!(await cmdletShouldProcess(ctx, slashed.has(full) && folderLink ? full + sep : full, directory || folderLink ? 'Remove Directory' : 'Remove File'))) {
        if (ctx.params.get('WhatIf') === true && slashed.has(full) && folderLink) await ctx.writeError(await linkNotDeleted(full + sep));
        continue;
      }
      if (slashed.has(full) && folderLink) {
        // `dl/` names the folder through the link: pwsh deletes the link by that name, which .NET cannot find.
        await ctx.writeError(await linkNotDeleted(full + sep));
        continue;
      }
      // -Filter with -Recurse: a folder keeps the files that do not match it (and says it is not empty).
      const only = recurse && directory && filters.filter !== undefined ? { takes: (name: string) => filterPasses(name, filters), quiet: false } : undefined;
      await removeFileSystemItem(ctx, full, force, only);
    }
  },
}));

function linkToFolder(full: string): boolean {
  return lstatSync(full).isSymbolicLink() && isFolder(full);
}

/** Remove-Item of a folder link named with a trailing separator (pwsh 7.6.10: DeleteSymbolicLinkFailed, the link kept). */
async function linkNotDeleted(named: string): Promise<ErrorSpec> {
  const inner = `Could not find a part of the path '${named}'.`;
  return {
    message: `Cannot remove item ${named}: ${inner}`,
    errorId: 'DeleteSymbolicLinkFailed',
    category: 'WriteError',
    exceptionType: 'IOException',
    exceptionFullName: 'System.IO.IOException',
    targetObject: (await fileItem(named.slice(0, -1), true)) ?? named,
    targetType: 'DirectoryInfo',
  };
}

/**
 * Remove-Item -Recurse with -Include/-Exclude, as pwsh 7.6.10 does it: a file goes when its name passes;
 * in a folder, each item whose name passes goes with everything in it, and a folder whose name does not
 * is searched the same way (depth-first, folders first); then the folder itself, when its own name
 * passes, is emptied of the files that pass and removed if nothing is left (silently kept otherwise).
 */
async function removeFiltered(ctx: CmdletContext, full: string, directory: boolean, filters: NameFilters, force: boolean): Promise<void> {
  const passes = (name: string) => namePasses(name, filters);
  if (!directory) {
    if (passes(basename(full)) && (await cmdletShouldProcess(ctx, full, 'Remove File'))) await removeFileSystemItem(ctx, full, force);
    return;
  }
  await removeMatchesIn(ctx, full, filters, force);
  if (!passes(basename(full)) || !(await cmdletShouldProcess(ctx, full, 'Remove Directory'))) return;
  await removeFileSystemItem(ctx, full, force, { takes: passes, quiet: true });
}

async function removeMatchesIn(ctx: CmdletContext, dir: string, filters: NameFilters, force: boolean): Promise<void> {
  const names = await childNames(dir, force);
  if (!names) return;
  for (const item of await sortedItems(dir, names)) {
    const path = String(item.get('FullName'));
    const folder = item.get('PSIsContainer') === true;
    const name = String(item.get('Name'));
    if (namePasses(name, filters) && filterPasses(name, filters) && (await cmdletShouldProcess(ctx, path, folder ? 'Remove Directory' : 'Remove File'))) {
      await removeFileSystemItem(ctx, path, force);
    }
    // A folder is searched whether or not it matched: one that is still there (-WhatIf) lists its items too.
    if (folder && !item.get('LinkTarget') && exists(path)) await removeMatchesIn(ctx, path, filters, force);
  }
}
