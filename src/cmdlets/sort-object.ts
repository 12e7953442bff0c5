// Sort-Object: a stable sort (as pwsh 7) on the objects themselves or on property keys, each key
// ascending or descending; -Unique keeps one of each run of equal objects.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { compareValues } from '../engine/compare-values.js';
import { evaluateSpecs, keyEvaluationFailure, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { collectedInput, collectInput, inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { introSort } from '../engine/dotnet-sort.js';

export const sortObject = lazyCmdlet('Sort-Object', (): CmdletDefinition => ({
  name: 'Sort-Object',
  implementingType: 'Microsoft.PowerShell.Commands.SortObjectCommand',
  module: UTILITY,
  synopsis: 'Sorts objects by property values.',
  defaultParameterSet: 'Default',
  parameters: [
    switchParameter('Stable', 'Keeps equal objects in the order they came (without it, .NET\'s sort may reorder them).', { Default: {} }),
    switchParameter('Descending', 'Sorts in descending order.'),
    switchParameter('Unique', 'Outputs each distinct value once (case-insensitive unless -CaseSensitive).'),
    { name: 'Top', kind: 'int', typeName: 'System.Int32', sets: { Top: { mandatory: true } }, range: [1, 2147483647], description: 'Outputs only this many objects from the start of the sorted list.' },
    { name: 'Bottom', kind: 'int', typeName: 'System.Int32', sets: { Bottom: { mandatory: true } }, range: [1, 2147483647], description: 'Outputs only this many objects from the end of the sorted list.' },
    inputObjectParameter('The objects to sort.'),
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'The properties (or calculated keys) to sort by.' },
    { name: 'Culture', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'The culture whose rules compare text (accepted; text compares as in the en-US culture).' },
    switchParameter('CaseSensitive', 'Sorts upper and lower case apart.'),
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    const items = collectedInput(ctx);
    let specs: PropertySpec[];
    try {
      specs = parsePropertySpecs(ctx.params.get('Property'), ['expression', 'ascending', 'descending']);
    } catch (e) {
      specFailure(ctx, e);
    }
    const descending = ctx.params.get('Descending') === true;
    const caseSensitive = ctx.params.get('CaseSensitive') === true;
    const keyed: Array<{ item: unknown; keys: unknown[] }> = [];
    for (const item of items) keyed.push({ item, keys: specs.length ? await evaluateSpecs(specs, item, ctx.signal, keyEvaluationFailure(ctx, item)) : [item] });
    const directions = specs.length ? specs.map((s) => (s.descending ?? descending ? -1 : 1)) : [descending ? -1 : 1];
    const compare = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => {
      for (let i = 0; i < directions.length; i++) {
        const c = compareValues(a.keys[i], b.keys[i], caseSensitive);
        if (c !== 0) return c * directions[i]!;
      }
      return 0;
    };
    // Without -Stable, -Top or -Bottom pwsh sorts in place with .NET's unstable sort (equal objects in its
    // order: `'b','B','a' | Sort-Object` is a, B, b); with them, its heap keeps the order they came in.
    const top = ctx.params.get<number>('Top');
    const bottom = ctx.params.get<number>('Bottom');
    if (ctx.params.get('Stable') !== true && top === undefined && bottom === undefined) introSort(keyed, compare);
    else keyed.sort(compare);
    let out = keyed;
    if (ctx.params.get('Unique') === true) {
      // pwsh keeps the first object of each run of equal ones, in the sorted order.
      out = keyed.filter((k, i) => i === 0 || compare(k, keyed[i - 1]!) !== 0);
    }
    // -Top and -Bottom: the first or last objects of the sorted list, in its order.
    if (top !== undefined) out = out.slice(0, top);
    else if (bottom !== undefined) out = out.slice(Math.max(0, out.length - bottom));
    for (const k of out) ctx.writeObject(k.item, false);
  },
}));
