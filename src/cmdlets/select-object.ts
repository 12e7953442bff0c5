// Select-Object: picks properties (names, wildcards, calculated properties) into new custom
// objects, expands one property, or keeps some of the input (-First/-Last/-Skip/-Index/-Unique).

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { toInt, toPSString, typeNameOf, unwrap } from '../engine/convert.js';
import { evaluateSpec, expandSpecs, hasProperty, parsePropertySpecs, propertyOf } from '../engine/property-specs.js';
import { GenericList, PSObject } from '../engine/values.js';
import { collectedInput, collectInput, inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { membersFor } from '../engine/instance-members.js';

const CUSTOM = 'System.Management.Automation.PSCustomObject';

export const selectObject = lazyCmdlet('Select-Object', (): CmdletDefinition => ({
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
    switchParameter('Unique', 'Outputs each distinct object once (case-sensitive unless -CaseInsensitive).'),
    switchParameter('CaseInsensitive', 'Makes -Unique compare text without regard to case.'),
    { name: 'Last', kind: 'int', typeName: 'System.Int32', sets: { DefaultParameter: {} }, range: [0, 2147483647], description: 'How many objects to keep from the end.' },
    { name: 'First', kind: 'int', typeName: 'System.Int32', sets: { DefaultParameter: {} }, range: [0, 2147483647], description: 'How many objects to keep from the start.' },
    { name: 'Skip', kind: 'int', typeName: 'System.Int32', sets: { DefaultParameter: {}, SkipLastParameter: {} }, range: [0, 2147483647], description: 'How many objects to skip.' },
    { name: 'SkipLast', kind: 'int', typeName: 'System.Int32', sets: { SkipLastParameter: {} }, range: [0, 2147483647], description: 'How many objects to leave out at the end.' },
    switchParameter('Wait', 'With -First, lets every object reach the commands before this one (no early stop).', { DefaultParameter: {}, IndexParameter: {} }),
    { name: 'Index', kind: 'object[]', typeName: 'System.Int32[]', sets: { IndexParameter: {} }, description: 'The positions of the objects to keep.' },
    { name: 'SkipIndex', kind: 'object[]', typeName: 'System.Int32[]', sets: { SkipIndexParameter: {} }, description: 'The positions of the objects to leave out.' },
  ],
  async process(ctx) {
    if (!streams(ctx)) return collectInput(ctx);
    // Without -Last, -Index or -Unique each object is selected as it comes, and once -First has its
    // objects the commands before stop (pwsh: `1..1e6 | % { $_ } | select -First 2` ends at once).
    if (!ctx.hasInput && !ctx.params.has('InputObject')) return;
    const item = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    const p = ctx.params;
    const state = streamState.get(ctx) ?? { seen: 0, taken: 0 };
    streamState.set(ctx, state);
    const first = p.has('First') ? p.get<number>('First')! : Infinity;
    // -First 0 lets everything pass by without stopping anything (pwsh 7.6.10).
    if (state.taken >= first) return;
    state.seen++;
    if (state.seen <= (p.get<number>('Skip') ?? 0)) return;
    for (const o of await selected(ctx, item)) ctx.writeObject(o, false);
    state.taken++;
    // -Wait lets the commands before run to their end.
    if (state.taken >= first && p.get('Wait') !== true) await stop(ctx);
  },
  async end(ctx) {
    if (streams(ctx)) return;
    let items = collectedInput(ctx);
    const p = ctx.params;
    if (p.has('Index') || p.has('SkipIndex')) {
      const raw = p.get<unknown>(p.has('Index') ? 'Index' : 'SkipIndex');
      const listed = new Set((Array.isArray(raw) ? raw : [raw]).map((x) => toInt(x)));
      const keep = p.has('Index');
      items = items.filter((_, i) => listed.has(i) === keep);
    } else if (p.has('SkipLast')) {
      const rest = items.slice(p.get<number>('Skip') ?? 0);
      items = rest.slice(0, Math.max(0, rest.length - p.get<number>('SkipLast')!));
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
    let out: unknown[] = [];
    for (const item of items) out.push(...(await selected(ctx, item)));
    if (p.get('Unique') === true) out = uniqueBy(out, p.get('CaseInsensitive') === true);
    for (const o of out) ctx.writeObject(o, false);
  },
}));

/** Whether the objects can be selected as they come (anything but -Last, -Index and -Unique). */
function streams(ctx: CmdletContext): boolean {
  const p = ctx.params;
  return !p.has('Last') && !p.has('Index') && !p.has('SkipIndex') && !p.has('SkipLast') && p.get('Unique') !== true;
}

const streamState = new WeakMap<CmdletContext, { seen: number; taken: number }>();

/** What was selected goes on now, then the commands before this one stop. */
async function stop(ctx: CmdletContext): Promise<void> {
  await ctx.sendObjects?.([]);
  ctx.stopUpstream?.();
}

const parsedSpecs = new WeakMap<CmdletContext, ReturnType<typeof parsePropertySpecs>>();

/** The objects one input object becomes: itself, a new object of the chosen properties, or an expanded property's values. */
async function selected(ctx: CmdletContext, item: unknown): Promise<unknown[]> {
  const p = ctx.params;
  let specs = parsedSpecs.get(ctx);
  if (!specs) {
    try {
      specs = parsePropertySpecs(p.get('Property'), ['name', 'label', 'expression']);
    } catch (e) {
      specFailure(ctx, e);
    }
    parsedSpecs.set(ctx, specs);
  }
  const exclude = p.get<string[]>('ExcludeProperty') ?? [];
  const expand = p.get<string>('ExpandProperty');
  let obj = item;
  if (specs.length) {
    const chosen = new PSObject(CUSTOM);
    // pwsh names the selection after the input's .NET type (`Selected.System.IO.DirectoryInfo`): Get-Member's
    // TypeName, the CSV #TYPE line and pstypenames show it.
    chosen.typeNames = GenericList.from([`Selected.${typeNameOf(item)}`, CUSTOM, 'System.Object']) as GenericList<string>;
    chosen.typeNames.elementType = 'System.String';
    const names = new Set<string>();
    for (const spec of expandSpecs(specs, item, exclude)) {
      if (names.has(spec.name.toLowerCase())) {
        await ctx.writeError({ message: `The property cannot be processed because the property "${spec.name}" already exists.`, errorId: 'AlreadyExistingUserSpecifiedPropertyNoExpand', category: 'InvalidOperation', exceptionType: 'PSArgumentException', targetObject: item, targetType: 'PSObject', targetName: toPSString(item) });
        continue;
      }
      names.add(spec.name.toLowerCase());
      chosen.properties.set(spec.name, await evaluateSpec(spec, item, ctx.signal, (record) => ctx.recordError(record)));
    }
    obj = chosen;
  }
  if (expand === undefined) return [obj];
  // With -Property too, pwsh expands the input's own property and gives each of its values the selected
  // properties as note properties (`Select-Object -ExpandProperty Tags -Property Name`).
  const source = specs.length ? item : obj;
  // The intrinsic member sets (`psobject`, `psbase`) are not properties to pwsh 7.6.10's -ExpandProperty.
  if (/^ps(?:object|base)$/i.test(expand) || !hasProperty(source, expand)) {
    await ctx.writeError({ message: `Property "${expand}" cannot be found.`, errorId: 'ExpandPropertyNotFound', category: 'InvalidArgument', exceptionType: 'PSArgumentException', targetObject: item });
    return [];
  }
  const value = unwrap(propertyOf(source, expand));
  const values = Array.isArray(value) ? [...value] : [value];
  if (!specs.length || !(obj instanceof PSObject)) return values;
  const selected = obj.properties;
  return values.map((v) => {
    const target = unwrap(v);
    if (target === null || target === undefined) return v;
    if (target instanceof PSObject) {
      for (const [name, val] of selected) target.properties.set(name, val);
      return target;
    }
    const { members, wrapped } = membersFor(target);
    for (const [name, val] of selected) members.set({ kind: 'NoteProperty', name, value: val });
    return wrapped;
  });
}

/** -Unique compares case-sensitively (-CaseInsensitive: without case), custom objects by their text. */
function uniqueBy(items: unknown[], ignoreCase: boolean): unknown[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const text = toPSString(unwrap(x));
    const k = typeof unwrap(x) + ':' + (ignoreCase ? text.toLowerCase() : text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
