// Export-Csv (`epcsv`): objects to a CSV file. With -Append to an existing file the file's own
// header decides the columns and no header is written again.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import { existsSync, readFileSync } from 'node:fs';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { resolveLiteral } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { CsvWriter, csvOptions, parseCsvRecords } from './csv.js';
import { delimiterOf, delimiterParam, useCultureParam, writeCsvParams } from './csv-params.js';
import { decodeText, fileAlreadyExists, NEWLINE, writeTextFile } from './file-text.js';
import { UTILITY } from './modules.js';
import { encodingParam, objectParam, stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

interface State {
  writer: CsvWriter;
  lines: string[];
  /** The path as given (-LiteralPath or -Path): messages name it so. */
  typed: string;
  file: string;
  append: boolean;
}
const states = new WeakMap<object, State>();

export const exportCsv = lazyCmdlet('Export-Csv', (): CmdletDefinition => ({
  name: 'Export-Csv',
  implementingType: 'Microsoft.PowerShell.Commands.ExportCsvCommand',
  module: UTILITY,
  synopsis: 'Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.',
  defaultParameterSet: 'Delimiter',
  supportsShouldProcess: true,
  parameters: [
    objectParam('InputObject', 'The objects to export.', 'System.Management.Automation.PSObject', { sets: { __AllParameterSets: { mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Path', 'The file to write.', { sets: { __AllParameterSets: { position: 0 } } }),
    stringParam('LiteralPath', 'The file to write, taken literally.', { aliases: ['PSPath', 'LP'] }),
    switchParam('Force', 'Writes even when -Append finds different columns.'),
    switchParam('NoClobber', 'Does not overwrite an existing file.', { aliases: ['NoOverwrite'] }),
    encodingParam(),
    switchParam('Append', 'Adds the rows to the end of an existing file.'),
    delimiterParam({ Delimiter: { position: 1 } }),
    useCultureParam({ UseCulture: {} }),
    ...writeCsvParams(),
  ],
  begin(ctx) {
    const get = ctx.params.get.bind(ctx.params);
    const typed = get<string>('LiteralPath') ?? get<string>('Path') ?? '';
    const file = resolveLiteral(ctx.session, typed);
    const append = get('Append') === true && existsSync(file);
    const delimiter = delimiterOf(get);
    let header: string[] | undefined;
    if (append) header = parseCsvRecords(decodeText(readFileSync(file), get<string>('Encoding')), delimiter).find((r) => !r[0]?.startsWith('#TYPE'));
    states.set(ctx, { writer: new CsvWriter({ ...csvOptions(get), delimiter }, header), lines: [], typed, file, append });
  },
  async process(ctx) {
    const value = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    if (value === null || value === undefined) return;
    await evaluateScriptProperties([value], ctx.signal);
    const state = states.get(ctx)!;
    // Appended rows must fill the file's columns (pwsh: -Force writes the missing ones empty).
    const missing = state.append && ctx.params.get('Force') !== true ? state.writer.missingColumn(value) : undefined;
    if (missing !== undefined) {
      ctx.throwTerminatingError({
        message: `Cannot append CSV content to the following file: ${state.typed}. The appended object does not have a property that corresponds to the following column: ${missing}. To continue with mismatched properties, add the -Force parameter, and then retry the command.`,
        errorId: 'CannotAppendCsvWithMismatchedPropertyNames',
        category: 'InvalidData',
        exceptionType: 'InvalidOperationException',
        targetObject: missing,
      });
    }
    state.lines.push(...state.writer.linesFor(value));
  },
  async end(ctx) {
    const state = states.get(ctx)!;
    states.delete(ctx);
    if (!state.append && ctx.params.get('NoClobber') === true && existsSync(state.file)) return ctx.writeError(fileAlreadyExists(state.file));
    if (!(await cmdletShouldProcess(ctx, state.typed, 'Export-Csv'))) return;
    await writeTextFile(ctx, state.file, state.lines.map((l) => l + NEWLINE).join(''), ctx.params.get<string>('Encoding'), state.append);
  },
}));
