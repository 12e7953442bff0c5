// Set-Content and Add-Content: the values' text, one per line (or run together with -NoNewline),
// written at the end of the pipeline into each target file (replaced or appended to).

import { cmdletShouldProcess } from '../engine/should-process.js';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { exists, expandOrReport, isFolder, resolveOrReport, invalidPathArgument } from '../engine/paths.js';
import * as R from '../engine/runtime-strings.js';
import { contentWildcardNotFound, NEWLINE, withWritable, writeFileBytes, writeTextFile } from './file-text.js';
import { TypedArray, unwrapArgument } from '../engine/convert.js';
import { TypedNumber } from '../engine/numeric.js';
import { MANAGEMENT } from './modules.js';
import { encodingParam, objectsParam, stringsParam, switchParam } from './param-builders.js';
import { toDotNetString } from './text.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { filterExpanded, hasIncludeOrExclude, nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { hasWildcard } from '../engine/wildcard.js';
import { itemsOrReport, sessionPath, sessionPathTo, setOrReport } from './session-providers.js';
import { credentialParameter, fileSystemDynamicParameters, refuseCredential } from './provider-parameters.js';


/** The files a -Path/-LiteralPath names; a new file for a path without wildcards. */
async function targets(ctx: CmdletContext): Promise<string[]> {
  const literal = ctx.params.get<string[]>('LiteralPath');
  const out: string[] = [];
  const filters = nameFiltersOf(ctx);
  if (literal) {
    for (const typed of literal) {
      const full = await resolveOrReport(ctx, typed);
      if (full !== undefined) out.push(full);
    }
    return out;
  }
  for (const typed of ctx.params.get<string[]>('Path') ?? []) {
    // Wildcards match hidden items only with -Force.
    const expanded = await expandOrReport(ctx, typed, undefined, { hidden: ctx.params.get('Force') === true });
    if (!expanded) continue;
    const { wildcard } = expanded;
    // -Include/-Exclude test a plain path's item too: one that is not there is not made (provider-filters.ts).
    const paths = filterExpanded(expanded.paths, wildcard, filters, exists);
    if (paths.length === 0 && (wildcard || hasIncludeOrExclude(filters))) await ctx.writeError(contentWildcardNotFound(ctx.params.get<string[]>('Path') ?? [typed]));
    out.push(...paths);
  }
  return out;
}

/**
 * `Set-Content Env:X value`, `Set-Content variable:x 1,2`: the values become the item's value (one value
 * itself, several as an array). True when the paths named session items (then no file is written).
 */
async function setSessionContent(ctx: CmdletContext, values: unknown[]): Promise<boolean> {
  const literal = ctx.params.get<string[]>('LiteralPath');
  const typedPaths = literal ?? ctx.params.get<string[]>('Path') ?? [];
  const paths = typedPaths.map(sessionPath);
  if (!paths.some((p) => p !== undefined)) return false;
  const value = values.length === 1 ? values[0] : values;
  for (const [i, path] of paths.entries()) {
    if (!path) continue;
    if (path.name === '') await ctx.writeError(invalidPathArgument());
    else if (literal || !hasWildcard(path.name)) await setOrReport(ctx, path, value, 'Set Content');
    else for (const name of await itemsOrReport(ctx, path, typedPaths[i]!, false)) await setOrReport(ctx, sessionPathTo(path, name), value, 'Set Content');
  }
  return true;
}

function contentCommand(name: 'Set-Content' | 'Add-Content', append: boolean): CmdletDefinition {
  const state = new WeakMap<object, unknown[]>();
  /** The runs whose process block ran: one given no input at all writes nothing. */
  const received = new WeakSet<object>();
  return {
    name,
    implementingType: `Microsoft.PowerShell.Commands.${append ? 'AddContentCommand' : 'SetContentCommand'}`,
    module: MANAGEMENT,
    synopsis: append ? 'Adds content to the specified items, such as adding words to a file.' : 'Writes new content or replaces existing content in a file.',
    defaultParameterSet: 'Path',
    dynamicParametersApply: fileSystemDynamicParameters,
    supportsShouldProcess: true,
    parameters: [
      objectsParam('Value', 'The content: one line per value.', 'System.Object[]', {
        sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
        allowNull: true,
        allowEmptyString: true,
        allowEmptyCollection: true,
      }),
      switchParam('PassThru', 'Returns the values written.'),
      stringsParam('Path', 'The files to write; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
      stringsParam('LiteralPath', 'The files to write, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
      ...nameFilterParameters(),
      switchParam('Force', 'Writes a read-only file too (it stays read-only); lets a wildcard match hidden files.'),
      credentialParameter(),
      { ...switchParam('NoNewline', 'Writes the values run together, with no line breaks.'), dynamic: true },
      { ...encodingParam(), dynamic: true },
      { ...switchParam('AsByteStream', 'Writes the values as bytes: each must be a [byte] (a byte[] gives its bytes).'), dynamic: true },
    ],
    begin(ctx) {
      state.set(ctx, []);
    },
    process(ctx) {
      refuseCredential(ctx);
      received.add(ctx);
      const values = ctx.params.get<unknown[]>('Value') ?? [null];
      state.get(ctx)!.push(...(Array.isArray(values) ? values : [values]));
      if (ctx.params.get('PassThru') === true) for (const v of values) ctx.writeObject(v);
    },
    async end(ctx) {
      const values = state.get(ctx) ?? [];
      state.delete(ctx);
      // pwsh's writer writes as values arrive: a pipeline that sent none (`@() | Set-Content f`) touches no file.
      if (!received.has(ctx)) return;
      if (!append && (await setSessionContent(ctx, values))) return;
      const noNewline = ctx.params.get('NoNewline') === true;
      const asBytes = ctx.params.get('AsByteStream') === true;
      if (asBytes && ctx.params.has('Encoding')) await ctx.writeWarning(R.EncodingNotUsed);
      const bytes = asBytes ? byteContent(values) : undefined;
      // A $null value writes nothing, not even its line break ('a', $null, 'b' is two lines).
      const lines = values.filter((v) => unwrapArgument(v) !== null && unwrapArgument(v) !== undefined);
      const text = asBytes ? '' : lines.map(toDotNetString).map((s) => (noNewline ? s : s + NEWLINE)).join('');
      for (const file of await targets(ctx)) {
        if (isFolder(file)) {
          // pwsh's provider: Set-Content clears the item first, which stops the command on a folder;
          // Add-Content writes an error for it and goes on.
          if (!append) ctx.throwTerminatingError(folderNotCleared(file));
          await ctx.writeError({ ...R.WriteContainerContentException(file), category: 'InvalidOperation', exceptionType: 'InvalidOperationException', exceptionFullName: 'System.InvalidOperationException' });
          continue;
        }
        if (!(await cmdletShouldProcess(ctx, `Path: ${file}`, append ? 'Add Content' : 'Set Content'))) continue;
        const denied = async (path: string) => {
          // Set-Content's clearing of the file fails in the provider, which ends the statement; Add-Content's writer reports it.
          const message = `Access to the path '${path}' is denied.`;
          const exception = { exceptionType: 'UnauthorizedAccessException', exceptionFullName: 'System.UnauthorizedAccessException' };
          if (!append) ctx.throwTerminatingError({ message, errorId: 'System.UnauthorizedAccessException', category: 'NotSpecified', ...exception });
          await ctx.writeError({ message, errorId: 'GetContentWriterUnauthorizedAccessError', category: 'PermissionDenied', ...exception, targetObject: path });
        };
        await withWritable(file, ctx.params.get('Force') === true, () =>
          bytes ? writeFileBytes(ctx, file, Uint8Array.from(bytes.written), append, denied) : writeTextFile(ctx, file, text, ctx.params.get<string>('Encoding'), append, denied),
        );
      }
      // pwsh's writer takes the values in turn: those before the first that is not a byte are written, then the command stops.
      if (bytes?.refused) {
        ctx.throwTerminatingError({ message: R.ByteEncodingError, errorId: 'Argument', category: 'InvalidArgument', exceptionType: 'PSArgumentException', exceptionFullName: 'System.Management.Automation.PSArgumentException' });
      }
    },
  };
}

/** -AsByteStream's bytes: [byte] values and byte[] arrays, up to the first value that is neither. */
function byteContent(values: readonly unknown[]): { written: number[]; refused: boolean } {
  const written: number[] = [];
  for (const value of values) {
    const v = unwrapArgument(value);
    if (v instanceof TypedNumber && v.type === 'System.Byte') written.push(v.value);
    else if (v instanceof TypedArray && v.elementType === 'System.Byte') written.push(...v.map((b) => Number(unwrapArgument(b) instanceof TypedNumber ? (unwrapArgument(b) as TypedNumber).value : b)));
    else return { written, refused: true };
  }
  return { written, refused: false };
}

/** Set-Content's error for a folder: the provider's NotSupportedException, escaped from the cmdlet (its type is the error id). */
function folderNotCleared(path: string): ErrorSpec {
  return { ...R.ClearDirectoryContent(path), errorId: 'System.NotSupportedException', category: 'NotSpecified', exceptionType: 'NotSupportedException', exceptionFullName: 'System.NotSupportedException' };
}

export const setContent = lazyCmdlet('Set-Content', () => contentCommand('Set-Content', false));
export const addContent = lazyCmdlet('Add-Content', () => contentCommand('Add-Content', true));
