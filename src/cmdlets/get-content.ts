// Get-Content (`gc`, `cat`, `type`): a file's lines, or its whole text with -Raw.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { existsSync, lstatSync } from 'node:fs';
import { unwrap } from '../engine/convert.js';
import { itemsOrReport, sessionContent, sessionPath, type SessionPath } from './session-providers.js';
import { checkDynamicParameters, exists, expandOrReport, invalidPathArgument, isProviderRelative, resolveOrReport, shownPath } from '../engine/paths.js';
import { hasWildcard } from '../engine/wildcard.js';
import { contentWildcardNotFound, readFileBytes, readTextFile, splitLines } from './file-text.js';
import { TypedArray } from '../engine/convert.js';
import { typed as typedNumber } from '../engine/numeric.js';
import { EncodingNotUsed, RawAndParameter } from '../engine/runtime-strings.js';
import { MANAGEMENT } from './modules.js';
import { encodingParam, intParam, stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { filterExpanded, hasIncludeOrExclude, nameFilterParameters, nameFiltersOf } from './provider-filters.js';

export const getContent = lazyCmdlet('Get-Content', (): CmdletDefinition => ({
  name: 'Get-Content',
  implementingType: 'Microsoft.PowerShell.Commands.GetContentCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the content of the item at the specified location.',
  defaultParameterSet: 'Path',
  parameters: [
    stringsParam('Path', 'The files to read; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The files to read, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    intParam('TotalCount', 'Returns only the first lines, this many.', { aliases: ['First', 'Head'] }),
    intParam('Tail', 'Returns only the last lines, this many.', { aliases: ['Last'] }),
    switchParam('Raw', 'Returns the whole text as one string, line breaks kept.'),
    switchParam('Force', 'Lets a wildcard match hidden files (names that start with a dot).'),
    encodingParam(),
    switchParam('AsByteStream', 'Reads the bytes of the file (System.Byte) instead of its lines.'),
    ...nameFilterParameters(),
  ],
  async process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralPath');
    const encoding = ctx.params.get<string>('Encoding');
    const head = ctx.params.get<number>('TotalCount');
    const tail = ctx.params.get<number>('Tail');
    checkDynamicParameters(ctx);
    const filters = nameFiltersOf(ctx);
    // pwsh resolves every path before it reads a file: a path its provider refuses ends the command first.
    if (!literal && (ctx.params.get<string[]>('Path') ?? []).some((p) => isProviderRelative(p) && hasWildcard(p))) ctx.throwTerminatingError(invalidPathArgument());
    for (const typed of literal ?? ctx.params.get<string[]>('Path') ?? []) {
      const session = sessionPath(typed);
      if (session) {
        await readSessionItems(ctx, session, typed, literal !== undefined);
        continue;
      }
      let files: Array<[full: string, shown: string]>;
      if (literal) {
        const full = await resolveOrReport(ctx, typed);
        if (full === undefined) continue;
        files = [[full, typed]];
      } else {
        // Wildcards match hidden items only with -Force.
        const expanded = await expandOrReport(ctx, typed, undefined, { hidden: ctx.params.get('Force') === true });
        if (!expanded) continue;
        const { wildcard } = expanded;
        const paths = filterExpanded(expanded.paths, wildcard, filters, exists);
        if (paths.length === 0 && (wildcard || hasIncludeOrExclude(filters))) {
          // pwsh 7.6.10 names the first -Path entry, whichever one found nothing (file-text.ts).
          await ctx.writeError(contentWildcardNotFound(ctx.params.get<string[]>('Path') ?? [typed]));
          continue;
        }
        // `FileSystem::a.txt` that is not there is named as typed, `W:/x` from its drive (paths.ts, shownPath).
        files = paths.map((p) => [p, shownPath(ctx.session, typed, p)]);
      }
      for (const [full, shown] of files) {
        if (danglingLink(full)) {
          // The item is there, the file it names is not: the reader's FileNotFoundException (pwsh 7.6.10).
          await ctx.writeError({ message: `Could not find file '${full}'.`, errorId: 'GetContentReaderFileNotFoundError', category: 'ObjectNotFound', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException', targetObject: full });
          continue;
        }
        // The provider's reader refuses -Raw with a count once it has a file to read (a missing path is reported first).
        const counted = ctx.params.get('Raw') === true ? ['TotalCount', 'Tail'].find((name) => ctx.params.has(name)) : undefined;
        if (counted && existsSync(full)) {
          ctx.throwTerminatingError({ message: RawAndParameter(counted), errorId: 'InvalidOperation', category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException', exceptionFullName: 'System.Management.Automation.PSInvalidOperationException' });
        }
        if (ctx.params.get('AsByteStream') === true) {
          await writeBytes(ctx, full, shown, head, tail);
          continue;
        }
        const text = await readTextFile(ctx, full, shown, encoding);
        if (text === undefined) continue;
        if (ctx.params.get('Raw') === true) {
          if (text !== '') ctx.writeObject(text);
          continue;
        }
        let lines = splitLines(text);
        if (head !== undefined && head >= 0) lines = lines.slice(0, head);
        if (tail !== undefined && tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
        for (const line of lines) ctx.writeObject(line);
      }
    }
  },
}));

/** -AsByteStream: each byte as a System.Byte, or with -Raw one byte[]; -TotalCount and -Tail count bytes. */
async function writeBytes(ctx: CmdletContext, full: string, shown: string, head: number | undefined, tail: number | undefined): Promise<void> {
  if (ctx.params.has('Encoding')) await ctx.writeWarning(EncodingNotUsed);
  const bytes = await readFileBytes(ctx, full, shown);
  if (bytes === undefined) return;
  let values = [...bytes].map((b) => typedNumber(b, 'System.Byte'));
  if (head !== undefined && head >= 0) values = values.slice(0, head);
  if (tail !== undefined && tail >= 0) values = tail === 0 ? [] : values.slice(-tail);
  if (ctx.params.get('Raw') !== true) for (const b of values) ctx.writeObject(b);
  else if (values.length > 0) ctx.writeObject(TypedArray.of2('System.Byte', values), false);
}

/**
 * `Get-Content Env:HOME`, `Get-Content function:f` (its script block), `Get-Content variable:x`: the
 * item's value. Of a list, pwsh's session-state content reader writes the first element only.
 */
async function readSessionItems(ctx: CmdletContext, path: SessionPath, typed: string, literal: boolean): Promise<void> {
  if (path.name === '') return ctx.writeError(invalidPathArgument());
  for (const name of await itemsOrReport(ctx, path, typed, literal)) {
    const value = unwrap(sessionContent(ctx, path.provider, name));
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== null && first !== undefined) ctx.writeObject(first);
  }
}

/** A symbolic link whose target is not there. */
function danglingLink(full: string): boolean {
  return lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink() === true && !existsSync(full);
}
