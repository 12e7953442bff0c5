// Clear-Content (`clc`): empties files, keeping them. -Path takes wildcards (a pattern that matches
// nothing is no error, as in pwsh), -LiteralPath does not; -Filter, -Include and -Exclude keep the items
// whose names match (provider-filters.ts). A folder is an error per folder; the other paths are still cleared.

import { promises as fsPromises } from 'node:fs';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { exists, expandOrReport, ioFailure, isFolder, pathNotFound, resolveOrReport } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import { MANAGEMENT } from './modules.js';
import { objectParam, stringsParam, switchParam } from './param-builders.js';
import { filterExpanded, nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { withWritable } from './file-text.js';

/** pwsh's error for a folder (its FileSystem provider clears files only). */
function directoryError(path: string): ErrorSpec {
  return {
    ...R.ClearDirectoryContent(path),
    category: 'InvalidOperation',
    exceptionType: 'NotSupportedException',
    exceptionFullName: 'System.NotSupportedException',
    targetObject: path,
  };
}

/** The existing items the command's paths name, errors written for the ones that name nothing. */
async function items(ctx: CmdletContext): Promise<string[]> {
  const out: string[] = [];
  const filters = nameFiltersOf(ctx);
  const literal = ctx.params.get<string[]>('LiteralPath');
  if (literal) {
    for (const typed of literal) {
      const full = await resolveOrReport(ctx, typed);
      if (full === undefined) continue;
      // pwsh names a literal path that is not there as it was typed.
      if (!exists(full)) await ctx.writeError(pathNotFound(typed));
      else out.push(full);
    }
    return out;
  }
  for (const typed of ctx.params.get<string[]>('Path') ?? []) {
    // Wildcards match hidden items only with -Force.
    const expanded = await expandOrReport(ctx, typed, undefined, { hidden: ctx.params.get('Force') === true });
    if (!expanded) continue;
    for (const full of filterExpanded(expanded.paths, expanded.wildcard, filters, exists)) {
      if (!expanded.wildcard && !exists(full)) await ctx.writeError(pathNotFound(full));
      else out.push(full);
    }
  }
  return out;
}

export const clearContent = lazyCmdlet('Clear-Content', (): CmdletDefinition => ({
  name: 'Clear-Content',
  implementingType: 'Microsoft.PowerShell.Commands.ClearContentCommand',
  module: MANAGEMENT,
  synopsis: 'Deletes the contents of an item, but does not delete the item.',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Path', 'The files to empty; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The files to empty, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    ...nameFilterParameters(),
    switchParam('Force', 'Empties a read-only file too (it stays read-only); lets a wildcard match hidden files.'),
    objectParam('Credential', 'Not supported by the FileSystem provider (as in pwsh).', 'System.Management.Automation.PSCredential', {
      sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    }),
  ],
  async process(ctx) {
    for (const full of await items(ctx)) {
      if (isFolder(full)) {
        await ctx.writeError(directoryError(full));
        continue;
      }
      if (!(await cmdletShouldProcess(ctx, `Item: ${full}`, 'Clear Content'))) continue;
      try {
        await withWritable(full, ctx.params.get('Force') === true, () => fsPromises.truncate(full, 0));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EACCES' || code === 'EPERM') {
          await ctx.writeError({ message: `Access to the path '${full}' is denied.`, errorId: 'ClearContentUnauthorizedAccessError', category: 'PermissionDenied', exceptionType: 'UnauthorizedAccessException', exceptionFullName: 'System.UnauthorizedAccessException', targetObject: full });
        } else await ctx.writeError(ioFailure(e, full));
      }
    }
  },
}));
