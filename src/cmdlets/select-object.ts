// Select-Object: picks properties (names, wildcards, calculated properties) into new custom
// objects, expands one property, or keeps some of the input (-First/-Last/-Skip/-Index/-Unique).

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { toInt, toPSString, unwrap } from '../engine/convert.js';
import { evaluateSpec, expandSpecs, hasProperty, parsePropertySpecs, propertyOf } from '../engine/property-specs.js';
import { PSObject } from '../engine/values.js';
import { collectedInput, collectInput, inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';

const CUSTOM = 'System.Management.Automation.PSCustomObject';

export const selectObject: CmdletDefinition = {
  name: 'Select-Object',
  implementingType: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
  module: UTILITY,
  synopsis: 'Selects objects or object properties.',
  defaultParameterSet: 'DefaultParameter',
  parameters: [
    inputObjectParameter('The objects to select from.'),
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } }, description: 'The properties to select: names, wildcards or calculated properties.' },
    { name: 'ExcludeProperty', kind: 'string[]', typeName: 'System.String[]', sets: { DefaultParameter: {}, SkipLastParameter: {} }, description: 'Properties to leave out.' },
    { name: 'ExpandProperty', kind: 'string', typeName: 'System.String', sets: { DefaultParameter: {}, SkipLastParameter: {} }, description: 'A property whose value is output instead of the object.' },
    switchParameter('Unique', 'Outputs each distinct object once (case-sensitive).'),
    { name: 'Last', kind: 'int', typeName: 'System.Int32', sets: { DefaultParameter: {} }, range: [0, 2147483647], description: 'How many objects to keep from the end.' },
    { name: 'First', kind: 'int', typeName: 'System.Int32', sets: { DefaultParameter: {} }, range: [0, 2147483647], description: 'How many objects to keep from the start.' },
    { name: 'Skip', kind: 'int', typeName: 'System.Int32', sets: { DefaultParameter: {} }, range: [0, 2147483647], description: 'How many objects to skip.' },
    { name: 'Index', kind: 'object[]', typeName: 'System.Int32[]', sets: { IndexParameter: {} }, description: 'The positions of the objects to keep.' },
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    let items = collectedInput(ctx);
    const p = ctx.params;
    if (p.has('Index')) {
      const raw = p.get<unknown>('Index');
      const wanted = new Set((Array.isArray(raw) ? raw : [raw]).map((x) => toInt(x)));
      items = items.filter((_, i) => wanted.has(i));
    } else if (p.has('First') || p.has('Last') || p.has('Skip')) {
      const skip = p.get<number>('Skip') ?? 0;
      const rest = items.slice(skip);
      if (!p.has('First') && !p.has('Last')) items = rest;
      else {
        const first = p.has('First') ? rest.slice(0, p.get<number>('First')) : [];
        const lastCount = p.get<number>('Last') ?? 0;
        const lastStart = Math.max(rest.length - lastCount, first.length);
        items = [...first, ...(p.has('Last') && lastCount > 0 ? rest.slice(lastStart) : [])];
      }
    }
    let specs;
    try {
      specs = parsePropertySpecs(p.get('Property'), ['name', 'label', 'expression']);
    } catch (e) {
      specFailure(ctx, e);
    }
    const exclude = p.get<string[]>('ExcludeProperty') ?? [];
    const expand = p.get<string>('ExpandProperty');
    let out: unknown[] = [];
    for (const item of items) {
      let obj = item;
      if (specs.length) {
        const selected = new PSObject(CUSTOM);
        for (const spec of expandSpecs(specs, item, exclude)) selected.properties.set(spec.name, await evaluateSpec(spec, item, ctx.signal));
        obj = selected;
      }
      if (expand !== undefined) {
        if (!hasProperty(obj, expand)) {
          await ctx.writeError({ message: `Property "${expand}" cannot be found.`, errorId: 'ExpandPropertyNotFound', category: 'InvalidArgument', exceptionType: 'PSArgumentException', targetObject: item });
          continue;
        }
        const value = unwrap(propertyOf(obj, expand));
        if (Array.isArray(value)) out.push(...value);
        else out.push(value);
        continue;
      }
      out.push(obj);
    }
    if (p.get('Unique') === true) out = uniqueBy(out);
    for (const o of out) ctx.writeObject(o, false);
  },
};

/** -Unique compares case-sensitively, custom objects by their text. */
function uniqueBy(items: unknown[]): unknown[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = typeof unwrap(x) + ':' + toPSString(unwrap(x));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
