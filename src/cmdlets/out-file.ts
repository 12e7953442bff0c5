// Out-File: the text PowerShell would print for the input (formatted at the given -Width), into a file.
// As in pwsh, the file is opened (created, or emptied unless -Append) before the first object arrives,
// so `Get-ChildItem | Out-File list.txt` lists list.txt itself, and each object's text is written as
// it is formatted: what came before a failure further up the pipeline stays in the file. A table sized
// to its contents is written when it ends, as Out-String sizes it (no time passes in a file).

import { evaluateScriptProperties } from '../engine/script-properties.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { OutDefault } from '../engine/format.js';
import { ioFailure, resolveLiteral } from '../engine/paths.js';
import { EnumValue } from '../engine/values.js';
import type { ErrorView } from '../engine/errors.js';
import { encodeText, fileAlreadyExists, NEWLINE } from './file-text.js';
import { UTILITY } from './modules.js';
import { encodingParam, intParam, objectParam, stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

/** The open file of one Out-File command: where its text goes, and the formatter that makes it. */
interface OpenFile {
  path: string;
  encoding: string | undefined;
  noNewline: boolean;
  formatter: OutDefault;
}

const openFiles = new WeakMap<object, OpenFile>();

export const outFile = lazyCmdlet('Out-File', (): CmdletDefinition => ({
  name: 'Out-File',
  implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand',
  module: UTILITY,
  synopsis: 'Sends output to a file.',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    stringParam('FilePath', 'The file to write.', { aliases: ['Path'], sets: { ByPath: { position: 0, mandatory: true } } }),
    stringParam('LiteralPath', 'The file to write, taken literally.', { aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    { ...encodingParam(), sets: { __AllParameterSets: { position: 1 } } },
    switchParam('Append', 'Adds the output to the end of the file.'),
    switchParam('Force', 'Overwrites a read-only file (accepted; permissions are not changed).'),
    switchParam('NoClobber', 'Does not overwrite an existing file.', { aliases: ['NoOverwrite'] }),
    intParam('Width', 'Characters per line for formatted output (the console width by default).', { range: [2, 2147483647] }),
    switchParam('NoNewline', 'Writes the lines run together, with no line breaks.'),
    objectParam('InputObject', 'The objects to write.', 'System.Management.Automation.PSObject', { sets: { __AllParameterSets: { valueFromPipeline: true } } }),
  ],
  async begin(ctx) {
    const typed = ctx.params.get<string>('LiteralPath') ?? ctx.params.get<string>('FilePath')!;
    const path = resolveLiteral(ctx.session, typed);
    const append = ctx.params.get('Append') === true;
    if (!append && ctx.params.get('NoClobber') === true && existsSync(path)) return ctx.writeError(fileAlreadyExists(path));
    if (!(await cmdletShouldProcess(ctx, typed, 'Output to File'))) return;
    const encoding = ctx.params.get<string>('Encoding');
    try {
      // A new file starts with the encoding's byte order mark; -Append adds to an existing one after it.
      if (!append || !existsSync(path)) writeFileSync(path, encodeText('', encoding));
    } catch (e) {
      return ctx.writeError(ioFailure(e, path));
    }
    const view = ctx.session.getVariable('ErrorView')?.value;
    const width = ctx.params.get<number>('Width') ?? ctx.host.width;
    // Using every column (a file has no cursor to keep off the last one); no time passes between objects.
    // Without -Width a list's values are not wrapped (pwsh 7.6.10), while tables still fit the host's width.
    const listWidth = ctx.params.has('Width') ? undefined : Infinity;
    const formatter = new OutDefault({ width, listWidth, color: false, errorView: (view instanceof EnumValue ? view.name : 'ConciseView') as ErrorView }, () => 0);
    openFiles.set(ctx, { path, encoding, noNewline: ctx.params.get('NoNewline') === true, formatter });
  },
  async process(ctx) {
    const file = openFiles.get(ctx);
    if (!file) return;
    const value = ctx.hasInput ? ctx.input : ctx.params.has('InputObject') ? ctx.params.get('InputObject') : undefined;
    if (value === undefined) return;
    await evaluateScriptProperties([value], ctx.signal);
    await write(ctx, file, file.formatter.write([value]));
  },
  async end(ctx) {
    const file = openFiles.get(ctx);
    if (!file) return;
    openFiles.delete(ctx);
    await write(ctx, file, file.formatter.end());
  },
  cleanup(ctx) {
    openFiles.delete(ctx);
  },
}));

/** Appends formatted text (its line breaks the system's, or none with -NoNewline), without a second byte order mark. */
async function write(ctx: CmdletContext, file: OpenFile, text: string): Promise<void> {
  if (text === '') return;
  const body = file.noNewline ? text.replace(/\n/g, '') : text.replace(/\n/g, NEWLINE);
  const bytes = encodeText(body, file.encoding);
  const mark = encodeText('', file.encoding).length;
  try {
    appendFileSync(file.path, bytes.subarray(mark));
  } catch (e) {
    await ctx.writeError(ioFailure(e, file.path));
  }
}
