// Out-File: the text PowerShell would print for the input (formatted at the given -Width), into a file.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { existsSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { formatText } from '../engine/format.js';
import { resolveLiteral } from '../engine/paths.js';
import { EnumValue } from '../engine/values.js';
import type { ErrorView } from '../engine/errors.js';
import { fileAlreadyExists, NEWLINE, writeTextFile } from './file-text.js';
import { UTILITY } from './modules.js';
import { encodingParam, intParam, objectParam, stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const collected = new WeakMap<object, unknown[]>();

/** The lines Out-Default would show for these values, without the console's colour, using every column (a file has no cursor to keep off the last one). */
export function formattedLines(ctx: CmdletContext, values: unknown[], width: number): string[] {
  const view = ctx.session.getVariable('ErrorView')?.value;
  const text = formatText(values, { width, color: false, errorView: (view instanceof EnumValue ? view.name : 'ConciseView') as ErrorView });
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

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
  begin(ctx) {
    collected.set(ctx, []);
  },
  process(ctx) {
    if (ctx.hasInput) collected.get(ctx)!.push(ctx.input);
    else if (ctx.params.has('InputObject')) collected.get(ctx)!.push(ctx.params.get('InputObject'));
  },
  async end(ctx) {
    const values = collected.get(ctx) ?? [];
    collected.delete(ctx);
    const typed = ctx.params.get<string>('LiteralPath') ?? ctx.params.get<string>('FilePath')!;
    const file = resolveLiteral(ctx.session, typed);
    const width = ctx.params.get<number>('Width') ?? ctx.host.width;
    await evaluateScriptProperties(values, ctx.signal);
    const lines = formattedLines(ctx, values, width);
    const noNewline = ctx.params.get('NoNewline') === true;
    const text = noNewline ? lines.join('') : lines.map((l) => l + NEWLINE).join('');
    const append = ctx.params.get('Append') === true;
    if (!append && ctx.params.get('NoClobber') === true && existsSync(file)) return ctx.writeError(fileAlreadyExists(file));
    if (!(await cmdletShouldProcess(ctx, typed, 'Output to File'))) return;
    await writeTextFile(ctx, file, text, ctx.params.get<string>('Encoding'), append);
  },
}));
