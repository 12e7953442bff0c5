// Format-List: shows each object as "Name : value" lines, with the chosen properties (`*` for all).

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { cellText, defaultListRecord, FormattedBlock, isScalarOutput, type ListRecord } from '../engine/format.js';
import { evaluateSpec, expandSpecs, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { collectedItems, collectInput, inputObjectParameter, specFailure } from './collected-input.js';
import { UTILITY } from './modules.js';
import { unwrap } from '../engine/convert.js';
import { PSHashtable } from '../engine/values.js';
import { DateTimeValue } from '../engine/datetime.js';
import { enterGroup, groupByParameter, groupingOf, groupValue, type Grouping } from './format-grouping.js';
import { dictionaryEntries } from '../engine/values-members.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const formatList = lazyCmdlet('Format-List', (): CmdletDefinition => ({
  name: 'Format-List',
  implementingType: 'Microsoft.PowerShell.Commands.FormatListCommand',
  module: UTILITY,
  synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
  parameters: [
    inputObjectParameter('The objects to format.'),
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'The properties (or calculated properties) to show; * for all.' },
    groupByParameter('Starts a new list, under a `   Label: value` line, whenever this value changes.'),
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    // A hashtable is listed as its entries (Name and Value of each), as pwsh's formatter enumerates it.
    const items = collectedItems(ctx).flatMap((x) => (unwrap(x) instanceof PSHashtable ? dictionaryEntries(unwrap(x) as PSHashtable) : [x]));
    let specs: PropertySpec[];
    let grouping: Grouping | undefined;
    try {
      specs = parsePropertySpecs(ctx.params.get('Property'), ['name', 'label', 'expression', 'formatstring']);
      grouping = groupingOf(ctx);
    } catch (e) {
      specFailure(ctx, e);
    }
    // A DateTime prints as its date everywhere but here: Format-List lists its properties (pwsh).
    const isScalar = (x: unknown) => isScalarOutput(x) && !(unwrap(x) instanceof DateTimeValue);
    if (items.every(isScalar)) {
      for (const x of items) ctx.writeObject(x, false);
      return;
    }
    let records: ListRecord[] = [];
    const groups: Array<{ value: string; entries: ListRecord[] }> = [];
    for (const item of items) {
      if (isScalar(item)) {
        records.push({ line: cellText(item) });
        continue;
      }
      if (grouping) records = enterGroup(groups, await groupValue(grouping, item), records);
      if (!specs.length) {
        records.push(defaultListRecord(item));
        continue;
      }
      const pairs: Array<[string, unknown]> = [];
      for (const s of expandSpecs(specs, item)) pairs.push([s.name, await evaluateSpec(s, item, ctx.signal)]);
      records.push({ pairs });
    }
    if (!grouping || groups.length === 0) return ctx.writeObject(new FormattedBlock({ kind: 'list', records }), false);
    for (const [i, g] of groups.entries()) {
      ctx.writeObject(new FormattedBlock({ kind: 'list', records: g.entries, group: { label: grouping.label, value: g.value, follows: i > 0 } }), false);
    }
  },
}));
