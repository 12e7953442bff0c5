// ConvertFrom-Csv: CSV strings to custom objects whose properties are strings.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { csvObjects } from './csv.js';
import { delimiterOf, delimiterParam, useCultureParam } from './csv-params.js';
import { UTILITY } from './modules.js';
import { objectsParam, stringsParam } from './param-builders.js';
import { toPSString } from '../engine/convert.js';
import { lazyCmdlet } from '../engine/command-table.js';

const texts = new WeakMap<object, string[]>();

export const convertFromCsv = lazyCmdlet('ConvertFrom-Csv', (): CmdletDefinition => ({
  name: 'ConvertFrom-Csv',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromCsvCommand',
  module: UTILITY,
  synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.',
  defaultParameterSet: 'Delimiter',
  parameters: [
    delimiterParam({ Delimiter: { position: 1 } }),
    useCultureParam({ UseCulture: { mandatory: true } }),
    // PSObject[], as pwsh types it: any object binds by value (a custom object too, before its
    // InputObject property) and is read as its text; a null element is refused ([ValidateNotNull]).
    objectsParam('InputObject', 'The CSV lines.', 'System.Management.Automation.PSObject[]', {
      sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      validateNotNull: true,
    }),
    stringsParam('Header', 'Column names to use instead of the first line.'),
  ],
  begin(ctx) {
    texts.set(ctx, []);
  },
  process(ctx) {
    texts.get(ctx)!.push(...(ctx.params.get<unknown[]>('InputObject') ?? []).map((o) => toPSString(o)));
  },
  end(ctx) {
    const get = ctx.params.get.bind(ctx.params);
    for (const o of csvObjects(ctx, texts.get(ctx)!.join('\n'), delimiterOf(get), get<string[]>('Header'))) ctx.writeObject(o);
    texts.delete(ctx);
  },
}));
