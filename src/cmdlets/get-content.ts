// Get-Content (`gc`, `cat`, `type`): a file's lines, or its whole text with -Raw.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { closeSync, existsSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { unwrap } from '../engine/convert.js';
import { itemsOrReport, sessionContent, sessionPath, type SessionPath } from './session-providers.js';
import { checkDynamicParameters, exists, expandOrReport, invalidPathArgument, isProviderRelative, resolveOrReport, shownPath } from '../engine/paths.js';
import { hasWildcard } from '../engine/wildcard.js';
import { contentWildcardNotFound, readFileBytes, readTextFile, splitLines } from './file-text.js';
import { TypedArray } from '../engine/convert.js';
import { typed as typedNumber } from '../engine/numeric.js';
import { EncodingNotUsed, RawAndParameter } from '../engine/runtime-strings.js';
import { MANAGEMENT } from './modules.js';
import { encodingParam, intParam, stringParam, stringsParam, switchParam } from './param-builders.js';
import { credentialParameter, fileSystemDynamicParameters, refuseCredential } from './provider-parameters.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { filterExpanded, hasIncludeOrExclude, nameFilterParameters, nameFiltersOf } from './provider-filters.js';

export const getContent = lazyCmdlet('Get-Content', (): CmdletDefinition => ({
  name: 'Get-Content',
  implementingType: 'Microsoft.PowerShell.Commands.GetContentCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the content of the item at the specified location.',
  defaultParameterSet: 'Path',
  dynamicParametersApply: fileSystemDynamicParameters,
  parameters: [
    { ...intParam('ReadCount', 'How many lines go down the pipeline at a time, as one array (0 or less: all of them at once).'), typeName: 'System.Int64' },
    { ...intParam('TotalCount', 'Returns only the first lines, this many.', { aliases: ['First', 'Head'], range: [0, Number.MAX_SAFE_INTEGER] }), typeName: 'System.Int64' },
    intParam('Tail', 'Returns only the last lines, this many.', { aliases: ['Last'], range: [0, 2147483647] }),
    stringsParam('Path', 'The files to read; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The files to read, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    ...nameFilterParameters(),
    switchParam('Force', 'Lets a wildcard match hidden files (names that start with a dot).'),
    credentialParameter(),
    // The FileSystem provider's dynamic parameters.
    { ...stringParam('Delimiter', 'Splits the file at this text instead of at line breaks (the delimiter is left out).'), dynamic: true },
    { ...switchParam('Wait', 'After the last line, keeps reading lines added to the file until Ctrl+C.'), dynamic: true },
    { ...switchParam('Raw', 'Returns the whole text as one string, line breaks kept.'), dynamic: true },
    { ...encodingParam(), dynamic: true },
    { ...switchParam('AsByteStream', 'Reads the bytes of the file (System.Byte) instead of its lines.'), dynamic: true },
  ],
  async process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralPath');
    const encoding = ctx.params.get<string>('Encoding');
    const head = ctx.params.get<number>('TotalCount');
    const tail = ctx.params.get<number>('Tail');
    checkDynamicParameters(ctx);
    refuseCredential(ctx);
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
        const counted = ctx.params.get('Raw') === true ? ['TotalCount', 'Tail', 'Wait', 'Delimiter'].find((name) => ctx.params.has(name)) : undefined;
        if (counted && existsSync(full)) {
          ctx.throwTerminatingError({ message: RawAndParameter(counted), errorId: 'InvalidOperation', category: 'InvalidOperation', exceptionType: 'PSInvalidOperationException', exceptionFullName: 'System.Management.Automation.PSInvalidOperationException' });
        }
        if (ctx.params.get('AsByteStream') === true) {
          if (ctx.params.has('Delimiter')) {
            await ctx.writeError({ message: "A delimiter cannot be specified when reading the stream one byte at a time. (Parameter 'delimiter')", errorId: 'GetContentReaderArgumentError', category: 'InvalidArgument', exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException', targetObject: full });
            continue;
          }
          await writeBytes(ctx, full, shown, head, tail);
          continue;
        }
        const text = await readTextFile(ctx, full, shown, encoding);
        if (text === undefined) continue;
        if (ctx.params.get('Raw') === true) {
          if (text !== '') writeChunked(ctx, [text]);
          continue;
        }
        const delimiter = ctx.params.get<string>('Delimiter');
        let lines = delimiter === undefined ? splitLines(text) : delimited(text, delimiter);
        if (head !== undefined && head >= 0) lines = lines.slice(0, head);
        if (tail !== undefined && tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
        writeChunked(ctx, lines);
        // -Wait follows the file; with -TotalCount it stops once that many lines have come.
        if (ctx.params.get('Wait') === true && !(head !== undefined && head >= 0 && lines.length >= head)) await follow(ctx, full, Buffer.byteLength(text), head === undefined || head < 0 ? undefined : head - lines.length);
      }
    }
  },
}));

/**
 * -Delimiter: the text between delimiters (pwsh 7 leaves the delimiter out); an empty piece after a
 * delimiter at the very end is no piece, and an empty delimiter gives nothing (pwsh 7.6.10).
 */
function delimited(text: string, delimiter: string): string[] {
  if (delimiter === '' || text === '') return [];
  const pieces = text.split(delimiter);
  if (pieces[pieces.length - 1] === '') pieces.pop();
  return pieces;
}

/** Writes the lines -ReadCount at a time: one by one (1, the default), N to an array, or (0 or less) all in one array. */
function writeChunked(ctx: CmdletContext, lines: readonly unknown[]): void {
  const size = ctx.params.get<number>('ReadCount') ?? 1;
  if (size === 1) {
    for (const line of lines) ctx.writeObject(line);
    return;
  }
  if (lines.length === 0) return;
  const step = size <= 0 ? lines.length : size;
  for (let i = 0; i < lines.length; i += step) ctx.writeObject(lines.slice(i, i + step), false);
}

/**
 * -Wait: polls the file for text added after `offset` and writes each complete line as it comes (a
 * shortened file is read again from its start), until Ctrl+C stops the pipeline or `remaining` lines came.
 */
async function follow(ctx: CmdletContext, full: string, offset: number, remaining: number | undefined): Promise<void> {
  const { sleep } = await import('./start-sleep.js');
  let pending = '';
  for (;;) {
    await sleep(250, ctx.signal);
    const size = statSync(full, { throwIfNoEntry: false })?.size;
    if (size === undefined) continue;
    if (size < offset) offset = 0;
    if (size === offset) continue;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(full, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    offset = size;
    const parts = (pending + buffer.toString('utf8')).split(/\r\n|\n|\r/);
    pending = parts.pop() ?? '';
    const lines = remaining === undefined ? parts : parts.slice(0, remaining);
    if (lines.length && ctx.sendObjects) await ctx.sendObjects(lines);
    else for (const line of lines) ctx.writeObject(line);
    if (remaining !== undefined && (remaining -= lines.length) <= 0) return;
  }
}

/** -AsByteStream: each byte as a System.Byte, or with -Raw one byte[]; -TotalCount and -Tail count bytes. */
async function writeBytes(ctx: CmdletContext, full: string, shown: string, head: number | undefined, tail: number | undefined): Promise<void> {
  if (ctx.params.has('Encoding')) await ctx.writeWarning(EncodingNotUsed);
  const bytes = await readFileBytes(ctx, full, shown);
  if (bytes === undefined) return;
  let values = [...bytes].map((b) => typedNumber(b, 'System.Byte'));
  if (head !== undefined && head >= 0) values = values.slice(0, head);
  if (tail !== undefined && tail >= 0) values = tail === 0 ? [] : values.slice(-tail);
  if (ctx.params.get('Raw') !== true) writeChunked(ctx, values);
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
