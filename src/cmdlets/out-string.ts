// Out-String: the text Out-Default would print, as one string or (-Stream) one string per line.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { formatText } from '../engine/format.js';
import { collectedInput, collectInput, inputObjectParameter, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const outString = lazyCmdlet('Out-String', (): CmdletDefinition => ({
  name: 'Out-String',
  implementingType: 'Microsoft.PowerShell.Commands.OutStringCommand',
  module: UTILITY,
  synopsis: 'Outputs input objects as a string.',
  defaultParameterSet: 'NoNewLineFormatting',
  parameters: [
    switchParameter('Stream', 'Outputs one string per line.', { StreamFormatting: {} }),
    { name: 'Width', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, range: [2, 2147483647], description: 'The number of characters in each line.' },
    switchParameter('NoNewline', 'Leaves out the newlines.', { NoNewLineFormatting: {} }),
    inputObjectParameter('The objects to turn into text.'),
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    const width = ctx.params.get<number>('Width') ?? ctx.host.width;
    await evaluateScriptProperties(collectedInput(ctx), ctx.signal);
    // Without -Width a list's values are not wrapped (pwsh 7.6.10), while tables still fit the host's width.
    const listWidth = ctx.params.has('Width') ? undefined : Infinity;
    const text = formatText(collectedInput(ctx), { width, listWidth, color: false, errorView: 'ConciseView' });
    if (ctx.params.get('Stream') === true) {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const line of lines) ctx.writeObject(line, false);
      return;
    }
    ctx.writeObject(ctx.params.get('NoNewline') === true ? text.replace(/\n/g, '') : text, false);
  },
}));
