// ConvertTo-CliXml (pwsh 7.5+): the objects as one CLIXML string, what Export-Clixml would write to a
// file (the same serializer, clixml.ts), made once all input has arrived.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { toClixml } from './clixml.js';
import { collectedInput, collectInput } from './collected-input.js';
import { UTILITY } from './modules.js';

export const convertToCliXml = lazyCmdlet('ConvertTo-CliXml', (): CmdletDefinition => ({
  name: 'ConvertTo-CliXml',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToClixmlCommand',
  module: UTILITY,
  synopsis: 'Converts objects into a CLIXML string.',
  parameters: [
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The objects to convert.' },
    { name: 'Depth', kind: 'int', typeName: 'System.Int32', sets: { __AllParameterSets: {} }, range: [1, 2147483647], description: 'How many levels of contained objects are kept (2 by default); deeper ones as text.' },
  ],
  process(ctx) {
    collectInput(ctx);
  },
  end(ctx) {
    const values = collectedInput(ctx);
    const text = toClixml(values, ctx.params.get<number>('Depth') ?? 2);
    // No objects: the document's element is empty, and .NET's XmlWriter closes it at once.
    ctx.writeObject(values.length ? text : text.slice(0, text.indexOf('>')) + ' />', false);
  },
}));
