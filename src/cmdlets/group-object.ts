// Group-Object: groups objects by the value of properties (or the objects themselves), sorted by
// the group's name, as GroupInfo objects (Count, Name, Group) or a hashtable.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { compareValues } from '../engine/compare-values.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { keepChar } from '../engine/chars.js';
import { evaluateSpecs, keyEvaluationFailure, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import { collectedInput, collectInput, inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const groupObject = lazyCmdlet('Group-Object', (): CmdletDefinition => ({
  name: 'Group-Object',
  implementingType: 'Microsoft.PowerShell.Commands.GroupObjectCommand',
  module: UTILITY,
  synopsis: 'Groups objects that contain the same value for specified properties.',
  parameters: [
    inputObjectParameter('The objects to group.'),
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'The properties (or calculated keys) to group by.' },
    switchParameter('NoElement', 'Leaves the members of each group out of the result.'),
    switchParameter('AsHashTable', 'Returns a hashtable from each key to its objects.'),
    switchParameter('AsString', 'Makes the hashtable keys strings.'),
    switchParameter('CaseSensitive', 'Keeps values that differ in case apart.'),
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    let specs: PropertySpec[];
    try {
      specs = parsePropertySpecs(ctx.params.get('Property'), ['expression']);
    } catch (e) {
      specFailure(ctx, e);
    }
    const caseSensitive = ctx.params.get('CaseSensitive') === true;
    const groups: Array<{ name: string; key: unknown; items: unknown[] }> = [];
    const byName = new Map<string, (typeof groups)[number]>();
    for (const item of collectedInput(ctx)) {
      const values = specs.length ? await evaluateSpecs(specs, item, ctx.signal, keyEvaluationFailure(ctx, item)) : [item];
      const name = values.map((v) => toPSString(keepChar(v))).join(', ');
      const id = caseSensitive ? name : name.toLowerCase();
      let group = byName.get(id);
      if (!group) {
        group = { name, key: values.length === 1 ? keepChar(values[0]) : name, items: [] };
        byName.set(id, group);
        groups.push(group);
      }
      group.items.push(item);
    }
    // Stable: groups whose names compare equal keep the order they were met in.
    groups.sort((a, b) => compareValues(a.name, b.name, caseSensitive));
    if (ctx.params.get('AsHashTable') === true) {
      const table = new PSHashtable();
      const asString = ctx.params.get('AsString') === true;
      for (const g of groups) table.set(asString ? g.name : g.key, g.items);
      ctx.writeObject(table, false);
      return;
    }
    const noElement = ctx.params.get('NoElement') === true;
    for (const g of groups) {
      const info = noElement
        ? new PSObject('Microsoft.PowerShell.Commands.GroupInfoNoElement', { Count: g.items.length, Name: g.name, Values: [g.key] }, ['Count', 'Name'])
        : new PSObject('Microsoft.PowerShell.Commands.GroupInfo', { Count: g.items.length, Name: g.name, Group: g.items, Values: [g.key] }, ['Count', 'Name', 'Group']);
      ctx.writeObject(info, false);
    }
  },
}));
