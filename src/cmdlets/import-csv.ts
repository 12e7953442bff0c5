// Import-Csv (`ipcsv`): a CSV file's rows as custom objects.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { existsSync } from 'node:fs';
import { expandPath, resolveLiteral } from '../engine/paths.js';
import { csvObjects } from './csv.js';
import { delimiterOf, delimiterParam, useCultureParam } from './csv-params.js';
import { readTextFile } from './file-text.js';
import { WildcardPathNotResolved } from './utility-strings.js';
import { UTILITY } from './modules.js';
import { encodingParam, stringsParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const importCsv = lazyCmdlet('Import-Csv', (): CmdletDefinition => ({
  name: 'Import-Csv',
  implementingType: 'Microsoft.PowerShell.Commands.ImportCsvCommand',
  module: UTILITY,
  synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
  defaultParameterSet: 'Delimiter',
  parameters: [
    stringsParam('Path', 'The CSV files to read.', { sets: { Delimiter: { position: 0, valueFromPipeline: true }, UseCulture: { position: 0, valueFromPipeline: true } } }),
    stringsParam('LiteralPath', 'The CSV files to read, taken literally.', { aliases: ['PSPath', 'LP'], sets: { Delimiter: { valueFromPipelineByPropertyName: true }, UseCulture: { valueFromPipelineByPropertyName: true } } }),
    delimiterParam({ Delimiter: { position: 1 } }),
    useCultureParam({ UseCulture: { mandatory: true } }),
    stringsParam('Header', 'Column names to use instead of the first line.'),
    encodingParam(),
  ],
  async process(ctx) {
    const get = ctx.params.get.bind(ctx.params);
    const literal = get<string[]>('LiteralPath');
    const files: Array<[string, string]> = [];
    for (const typed of literal ?? get<string[]>('Path') ?? []) {
      if (literal) files.push([resolveLiteral(ctx.session, typed), typed]);
      else {
        const { paths, wildcard } = expandPath(ctx.session, typed);
        // Both this and a missing file stop the command (pwsh 7.6.10: -ErrorAction does not quiet them).
        if (wildcard && paths.length === 0) {
          ctx.throwTerminatingError({ ...WildcardPathNotResolved(typed), category: 'OpenError', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException', targetObject: typed });
        }
        for (const p of paths) files.push([p, p]);
      }
    }
    for (const [full, shown] of files) {
      // The CSV reader opens the file itself: a missing one is FileStream's error (pwsh 7.6.10).
      if (!existsSync(full)) {
        ctx.throwTerminatingError({ message: `Could not find file '${full}'.`, errorId: 'FileOpenFailure', category: 'OpenError', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException' });
      }
      const text = await readTextFile(ctx, full, shown, get<string>('Encoding'));
      if (text === undefined) continue;
      for (const o of csvObjects(ctx, text, delimiterOf(get), get<string[]>('Header'))) ctx.writeObject(o);
    }
  },
}));
