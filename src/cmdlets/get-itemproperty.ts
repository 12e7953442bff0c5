// Get-ItemProperty (`gp`): the properties of FileSystem items. Without -Name it writes the item itself
// (a FileInfo/DirectoryInfo, shown in its table) with the provider's PS* properties; with -Name a
// PSCustomObject of those properties (named as typed) followed by PSPath, PSParentPath, PSChildName,
// UnixStat, PSDrive and PSProvider, as pwsh 7.6 does on Linux.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { fileItem } from './file-items.js';
import { itemPropertyValue, namedItems, propertyNotFound, providerProperties } from './item-properties.js';
import { MANAGEMENT } from './modules.js';
import { customObject } from './object-properties.js';
import { stringsParam } from './param-builders.js';
import { nameFilterParameters, nameFiltersOf } from './provider-filters.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

export const getItemProperty = lazyCmdlet('Get-ItemProperty', (): CmdletDefinition => ({
  name: 'Get-ItemProperty',
  implementingType: 'Microsoft.PowerShell.Commands.GetItemPropertyCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the properties of a specified item.',
  defaultParameterSet: 'Path',
  parameters: [
    stringsParam('Path', 'The items; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The items, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('Name', 'The properties to read (LastWriteTime, Length, Attributes ...).', { aliases: ['PSProperty'], sets: { __AllParameterSets: { position: 1 } } }),
    ...nameFilterParameters(),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    const names = ctx.params.get<string[]>('Name');
    for (const item of await namedItems(ctx, literal ?? ctx.params.get<string[]>('Path') ?? [], literal !== undefined, nameFiltersOf(ctx))) {
      if (!names || names.length === 0) {
        const whole = await fileItem(item.full);
        if (!whole) continue;
        for (const [k, v] of providerProperties(ctx, item)) whole.properties.set(k, v);
        ctx.writeObject(whole);
        continue;
      }
      const props: Array<[string, unknown]> = [];
      for (const name of names) {
        const found = await itemPropertyValue(item.full, name);
        if (found) props.push([name, found.value]);
        else await ctx.writeError(propertyNotFound(name, 'GetValueError'));
      }
      if (props.length) ctx.writeObject(customObject([...props, ...providerProperties(ctx, item)]));
    }
  },
}));
