// Get-ItemPropertyValue (`gpv`): the values of FileSystem items' properties, one after another, without
// the object Get-ItemProperty wraps them in. A property the item does not have ends the command, as in pwsh.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import * as R from '../engine/runtime-strings.js';
import { itemPropertyValue, namedItems } from './item-properties.js';
import { MANAGEMENT } from './modules.js';
import { stringsParam } from './param-builders.js';
import { nameFilterParameters } from './provider-filters.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

export const getItemPropertyValue = lazyCmdlet('Get-ItemPropertyValue', (): CmdletDefinition => ({
  name: 'Get-ItemPropertyValue',
  implementingType: 'Microsoft.PowerShell.Commands.GetItemPropertyValueCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the value for one or more properties of a specified item.',
  defaultParameterSet: 'Path',
  parameters: [
    stringsParam('Path', 'The items; wildcards allowed.', { sets: { Path: { position: 0, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The items, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('Name', 'The properties to read.', { aliases: ['PSProperty'], sets: { __AllParameterSets: { position: 1, mandatory: true } } }),
    ...nameFilterParameters(),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    const names = ctx.params.get<string[]>('Name') ?? [];
    for (const item of await namedItems(ctx, literal ?? ctx.params.get<string[]>('Path') ?? ['.'], literal !== undefined)) {
      for (const name of names) {
        const found = await itemPropertyValue(item.full, name);
        if (!found) {
          return ctx.throwTerminatingError({
            message: R.PropertyNotFound(name),
            errorId: 'System.IO.IOException',
            category: 'NotSpecified',
            exceptionType: 'IOException',
            exceptionFullName: 'System.IO.IOException',
          });
        }
        ctx.writeObject(found.value);
      }
    }
  },
}));
