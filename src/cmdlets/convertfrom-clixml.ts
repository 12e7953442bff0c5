// ConvertFrom-CliXml (pwsh 7.5+): the objects of a CLIXML string, as Import-Clixml reads them from a file
// (the same reader, clixml.ts). Text that is not CLIXML stops the statement with .NET's XML message.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { clixmlObjectsOrError } from './clixml.js';
import { UTILITY } from './modules.js';
import { stringParam } from './param-builders.js';

export const convertFromCliXml = lazyCmdlet('ConvertFrom-CliXml', (): CmdletDefinition => ({
  name: 'ConvertFrom-CliXml',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromClixmlCommand',
  module: UTILITY,
  synopsis: 'Converts a CLIXML string into objects.',
  parameters: [stringParam('InputObject', 'The CLIXML text to read.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } } })],
  process(ctx) {
    const objects = clixmlObjectsOrError(toPSString(unwrap(ctx.params.get('InputObject'))), (error) => ctx.throwTerminatingError(error));
    for (const o of objects) ctx.writeObject(o, false);
  },
}));
