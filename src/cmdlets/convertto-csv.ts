// ConvertTo-Csv: objects to CSV lines (strings), the header with the first object.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { CsvWriter, csvOptions } from './csv.js';
import { delimiterOf, delimiterParam, useCultureParam, writeCsvParams } from './csv-params.js';
import { UTILITY } from './modules.js';
import { objectParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const writers = new WeakMap<object, CsvWriter>();

export const convertToCsv = lazyCmdlet('ConvertTo-Csv', (): CmdletDefinition => ({
  name: 'ConvertTo-Csv',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToCsvCommand',
  module: UTILITY,
  synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.',
  defaultParameterSet: 'Delimiter',
  parameters: [
    objectParam('InputObject', 'The objects to convert.', 'System.Management.Automation.PSObject', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } } }),
    { ...delimiterParam({ Delimiter: { position: 1 } }) },
    useCultureParam({ UseCulture: {} }),
    ...writeCsvParams(),
  ],
  begin(ctx) {
    writers.set(ctx, new CsvWriter({ ...csvOptions(ctx.params.get.bind(ctx.params)), delimiter: delimiterOf(ctx.params.get.bind(ctx.params)) }));
  },
  async process(ctx) {
    const value = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    if (value === null || value === undefined) return;
    await evaluateScriptProperties([value], ctx.signal);
    for (const line of writers.get(ctx)!.linesFor(value)) ctx.writeObject(line);
  },
}));
