// ConvertFrom-StringData: `name = value` lines (a localized-strings file, a here-string of settings) as a
// hashtable, as pwsh 7.6.10 reads them: blank lines and `#` comments skipped, names and values trimmed,
// each value unescaped as a .NET regular expression's text is (`\n`, `\t`, `\\`, `\u0041`), a line with no
// delimiter or a name given twice ends the command (InvalidOperation).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { PSHashtable } from '../engine/values.js';
import { RegexPatternError, unescape } from '../engine/regex-type.js';
import { UTILITY } from './modules.js';
import { stringParam } from './param-builders.js';

const invalidOperation = (message: string) => ({
  message,
  errorId: 'InvalidOperation',
  category: 'InvalidOperation',
  exceptionType: 'PSInvalidOperationException',
  exceptionFullName: 'System.Management.Automation.PSInvalidOperationException',
});

export const convertFromStringData = lazyCmdlet('ConvertFrom-StringData', (): CmdletDefinition => ({
  name: 'ConvertFrom-StringData',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromStringDataCommand',
  module: UTILITY,
  synopsis: 'Converts a string containing one or more key and value pairs to a hash table.',
  parameters: [
    stringParam('StringData', 'The `name = value` lines, one pair a line.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowEmptyString: true }),
    { name: 'Delimiter', kind: 'string', typeName: 'System.Char', sets: { __AllParameterSets: { position: 1 } }, description: "The character between a name and its value ('=' by default)." },
  ],
  process(ctx) {
    const text = ctx.params.get<string>('StringData') ?? '';
    const delimiter = ctx.params.get<string>('Delimiter')?.[0] ?? '=';
    const result = new PSHashtable();
    for (const line of text.split('\n').map((l) => l.trim())) {
      if (line === '' || line.startsWith('#')) continue;
      const index = line.indexOf(delimiter);
      if (index <= 0) ctx.throwTerminatingError(invalidOperation(`Data line '${line}' is not in 'name=value' format. `));
      const name = line.slice(0, index).trim();
      if (result.has(name)) ctx.throwTerminatingError(invalidOperation(`Data item '${name}' in line '${line}' is already defined. `));
      let value = '';
      try {
        value = unescape(line.slice(index + 1).trim());
      } catch (e) {
        // .NET's RegexParseException, not caught by the cmdlet: NotSpecified, its type as the error id.
        if (!(e instanceof RegexPatternError)) throw e;
        const type = 'System.Text.RegularExpressions.RegexParseException';
        ctx.throwTerminatingError({ message: e.message, errorId: type, category: 'NotSpecified', exceptionType: 'RegexParseException', exceptionFullName: type });
      }
      result.set(name, value);
    }
    ctx.writeObject(result);
  },
}));
