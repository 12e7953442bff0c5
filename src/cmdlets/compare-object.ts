// Compare-Object: the differences between two collections, as PSCustomObjects of InputObject (or the
// -Property values) and SideIndicator (`<=` only in -ReferenceObject, `=>` only in -DifferenceObject,
// `==` in both, with -IncludeEqual). PowerShell's sync-window algorithm (compare-object.cs): each
// difference object is paired with the next reference object, else with the earlier unmatched ones;
// what stays unmatched is written at the end, difference side first. Values compare as Sort-Object
// compares them (case-insensitive unless -CaseSensitive).

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { compareValues } from '../engine/compare-values.js';
import { unwrap } from '../engine/convert.js';
import { evaluateSpecs, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { PSObject } from '../engine/values.js';
import { specFailure, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { customObject } from './object-properties.js';
import { lazyCmdlet } from '../engine/command-table.js';

interface Entry {
  item: unknown;
  keys: unknown[];
}

interface State {
  specs: PropertySpec[];
  reference: Entry[];
  next: number;
  referenceBacklog: Entry[];
  differenceBacklog: Entry[];
  window: number;
}

const states = new WeakMap<CmdletContext, State>();

export const compareObject = lazyCmdlet('Compare-Object', (): CmdletDefinition => ({
  name: 'Compare-Object',
  implementingType: 'Microsoft.PowerShell.Commands.CompareObjectCommand',
  module: UTILITY,
  synopsis: 'Compares two sets of objects.',
  parameters: [
    { name: 'ReferenceObject', kind: 'object[]', typeName: 'System.Management.Automation.PSObject[]', sets: { [ALL_SETS]: { position: 0, mandatory: true } }, allowEmptyCollection: true, description: 'The objects to compare against.' },
    { name: 'DifferenceObject', kind: 'object[]', typeName: 'System.Management.Automation.PSObject[]', sets: { [ALL_SETS]: { position: 1, mandatory: true, valueFromPipeline: true } }, allowEmptyCollection: true, description: 'The objects compared with the reference objects.' },
    { name: 'SyncWindow', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, range: [0, 2147483647], description: 'How many neighbouring objects to look at for a match (all by default).' },
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: {} }, description: 'The properties (or @{Expression = {…}} keys) to compare.' },
    switchParameter('ExcludeDifferent', 'Writes only the objects found on both sides.'),
    switchParameter('IncludeEqual', 'Also writes the objects found on both sides (`==`).'),
    switchParameter('PassThru', 'Writes the objects themselves (custom objects get a SideIndicator property).'),
    { name: 'Culture', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'Accepted; comparisons use the invariant rules.' },
    switchParameter('CaseSensitive', 'Compares upper and lower case apart.'),
  ],
  async begin(ctx) {
    let specs: PropertySpec[] = [];
    try {
      specs = parsePropertySpecs(ctx.params.get('Property'), ['expression']);
    } catch (e) {
      specFailure(ctx, e);
    }
    const reference: Entry[] = [];
    for (const item of list(ctx.params.get('ReferenceObject'))) reference.push(await entryOf(ctx, specs, item));
    states.set(ctx, { specs, reference, next: 0, referenceBacklog: [], differenceBacklog: [], window: ctx.params.get<number>('SyncWindow') ?? 2147483647 });
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    const incoming = ctx.hasInput ? [ctx.input] : list(ctx.params.get('DifferenceObject'));
    for (const item of incoming) step(ctx, state, await entryOf(ctx, state.specs, item));
  },
  end(ctx) {
    const state = states.get(ctx)!;
    while (state.next < state.reference.length) step(ctx, state, undefined);
    for (const e of state.differenceBacklog) emit(ctx, state, e, '=>');
    for (const e of state.referenceBacklog) emit(ctx, state, e, '<=');
  },
}));

function list(value: unknown): unknown[] {
  const v = unwrap(value);
  return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
}

async function entryOf(ctx: CmdletContext, specs: PropertySpec[], item: unknown): Promise<Entry> {
  return { item, keys: specs.length ? await evaluateSpecs(specs, item, ctx.signal) : [item] };
}

function same(ctx: CmdletContext, a: Entry, b: Entry): boolean {
  const cs = ctx.params.get('CaseSensitive') === true;
  return a.keys.every((k, i) => compareValues(k, b.keys[i], cs) === 0);
}

function takeMatch(ctx: CmdletContext, entry: Entry | undefined, backlog: Entry[]): Entry | undefined {
  if (!entry) return undefined;
  const i = backlog.findIndex((b) => same(ctx, entry, b));
  return i < 0 ? undefined : backlog.splice(i, 1)[0];
}

/** One difference object (or none, at the end) against the next reference object and the backlogs. */
function step(ctx: CmdletContext, state: State, difference: Entry | undefined): void {
  let reference = state.next < state.reference.length ? state.reference[state.next++] : undefined;
  if (reference && difference && same(ctx, reference, difference)) return emit(ctx, state, reference, '==');
  const earlier = takeMatch(ctx, difference, state.referenceBacklog);
  if (earlier) {
    emit(ctx, state, earlier, '==');
    difference = undefined;
  }
  if (takeMatch(ctx, reference, state.differenceBacklog)) {
    emit(ctx, state, reference!, '==');
    reference = undefined;
  }
  if (difference) queue(ctx, state, state.differenceBacklog, difference, '=>');
  if (reference) queue(ctx, state, state.referenceBacklog, reference, '<=');
}

function queue(ctx: CmdletContext, state: State, backlog: Entry[], entry: Entry, side: string): void {
  if (state.window === 0) return emit(ctx, state, entry, side);
  while (backlog.length >= state.window) emit(ctx, state, backlog.shift()!, side);
  backlog.push(entry);
}

function emit(ctx: CmdletContext, state: State, entry: Entry, side: string): void {
  const excludeDifferent = ctx.params.get('ExcludeDifferent') === true;
  // -ExcludeDifferent implies -IncludeEqual unless that is turned off explicitly.
  const includeEqual = ctx.params.has('IncludeEqual') ? ctx.params.get('IncludeEqual') === true : excludeDifferent;
  if (side === '==' ? !includeEqual : excludeDifferent) return;
  if (ctx.params.get('PassThru') === true) {
    const v = unwrap(entry.item);
    // pwsh adds the note to any object; spo can add it to custom objects only (docs/Compare-Object.md).
    if (v instanceof PSObject) v.properties.set('SideIndicator', side);
    ctx.writeObject(entry.item, false);
    return;
  }
  const props: Array<[string, unknown]> = state.specs.length
    ? state.specs.map((s, i) => [typeof s.expression === 'string' ? s.expression : String(s.expression), entry.keys[i]])
    : [['InputObject', entry.item]];
  const unique = props.filter(([n], i) => props.findIndex(([m]) => m.toLowerCase() === n.toLowerCase()) === i && n.toLowerCase() !== 'sideindicator');
  ctx.writeObject(customObject([...unique, ['SideIndicator', side]]), false);
}
