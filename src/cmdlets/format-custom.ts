// Format-Custom (fc): each object in pwsh's default custom view, `class Name { property = value }` with
// the objects its properties hold opened below them down to -Depth levels, lists as `[ items ]`
// (custom-view.ts, loaded only when Format-Custom runs). A date shows in the DateTime view pwsh's format
// data gives it (its DateTime text), unless -Property names what to show. It writes pwsh's format objects
// as its input arrives (format-writer.ts); Out-Default, Out-String and Out-File print them.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { typeNameOf, unwrap } from '../engine/convert.js';
import { DateTimeValue } from '../engine/datetime.js';
import { allPropertyNames, outOfBandRows } from '../engine/format.js';
import { evaluateSpec, expandSpecs, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { evaluateScriptProperties } from '../engine/script-properties.js';
import { inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { groupByParameter, groupingOf, type Grouping } from './format-grouping.js';
import { FormatWriter, inputItemsWithEntries } from './format-writer.js';
import { UTILITY } from './modules.js';
import type { CustomProperty } from './custom-view.js';

interface CustomState {
  writer: FormatWriter;
  specs: PropertySpec[];
  grouping: Grouping | undefined;
  depth: number;
  /** The first object was a date: the DateTime view lays the entries out, other objects print out of band. */
  dateView?: boolean;
}

const states = new WeakMap<CmdletContext, CustomState>();

const DEFAULT_DEPTH = 5;
const DATE_VIEW = 'DateTime';

export const formatCustom = lazyCmdlet('Format-Custom', (): CmdletDefinition => ({
  name: 'Format-Custom',
  implementingType: 'Microsoft.PowerShell.Commands.FormatCustomCommand',
  module: UTILITY,
  synopsis: 'Uses a customized view to format the output.',
  parameters: [
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'The properties (or calculated properties, whose keys are Expression and Depth) to show; * for all.' },
    { name: 'Depth', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, range: [1, 2147483647], description: 'How many levels of nested objects to open (5 by default).' },
    groupByParameter('Starts a new group, under a `   Label: value` line, whenever this value changes.'),
    { name: 'View', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'A named custom view: dates have one, `DateTime` (their default); other objects none.' },
    switchParameter('ShowError', 'Accepted for compatibility (errors in -Property values are not shown).'),
    switchParameter('DisplayError', 'Accepted for compatibility (errors in -Property values are not shown).'),
    switchParameter('Force', "Lays out an error record's properties instead of showing it as an error."),
    { name: 'Expand', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, validateSet: ['CoreOnly', 'EnumOnly', 'Both'], description: 'Accepted for compatibility: collections are shown as their items.' },
    inputObjectParameter('The objects to format.'),
  ],
  begin(ctx) {
    try {
      const specs = parsePropertySpecs(ctx.params.get('Property'), ['expression', 'depth']);
      const depth = ctx.params.get<number>('Depth') ?? DEFAULT_DEPTH;
      states.set(ctx, { writer: new FormatWriter(ctx, 'format-custom', ctx.params.get('Force') === true), specs, grouping: groupingOf(ctx), depth });
    } catch (e) {
      specFailure(ctx, e);
    }
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    const { writer, specs } = state;
    const items = inputItemsWithEntries(ctx);
    let view: typeof import('./custom-view.js') | undefined;
    for (const item of items) {
      if (writer.passedOn(item)) continue;
      const isDate = unwrap(item) instanceof DateTimeValue;
      if (!writer.started) {
        checkView(ctx, item, isDate);
        state.dateView = isDate && !specs.length;
        writer.start({ kind: 'list', custom: true });
      }
      // An object the DateTime view does not apply to prints out of band, as a list of its own.
      if (state.dateView && !isDate) {
        for (const row of outOfBandRows(item)) writer.entry(row);
        continue;
      }
      await writer.enterGroup(state.grouping, item);
      view ??= await import('./custom-view.js');
      if (state.dateView) {
        writer.entry({ custom: view.dateEntry(unwrap(item) as DateTimeValue) });
        continue;
      }
      if (!specs.length) await evaluateScriptProperties([item], ctx.signal);
      writer.entry({ custom: view.customEntry(item, specs.length ? await selectedPairs(specs, item, ctx) : undefined, state.depth) });
    }
  },
  end(ctx) {
    states.get(ctx)?.writer.end();
    states.delete(ctx);
  },
}));

/** -Property's values: a named property the object does not have is left out (as Format-List does); calculated ones always show. */
async function selectedPairs(specs: PropertySpec[], item: unknown, ctx: CmdletContext): Promise<CustomProperty[]> {
  const names = new Set(allPropertyNames(unwrap(item)).map((n) => n.toLowerCase()));
  const pairs: CustomProperty[] = [];
  for (const s of expandSpecs(specs, item)) {
    if (s.plain && !names.has(s.name.toLowerCase())) continue;
    pairs.push([s.name, await evaluateSpec(s, item, ctx.signal), s.depth]);
  }
  return pairs;
}

/** -View names a custom view of the first object's type: dates have one (`DateTime`), other objects none. */
function checkView(ctx: CmdletContext, item: unknown, isDate: boolean): void {
  const view = ctx.params.get<string>('View');
  if (view === undefined || (isDate && view.toLowerCase() === DATE_VIEW.toLowerCase())) return;
  const message = isDate
    ? `The view name ${view} cannot be found. Specify one of the following Custom views and try again: ${DATE_VIEW}.`
    : `The view name ${view} cannot be found. There are no existing Custom views for ${typeNameOf(item)} objects.`;
  ctx.throwTerminatingError({ message, errorId: 'FormatViewNotFound', category: 'ObjectNotFound', exceptionType: 'PipelineStoppedException', exceptionFullName: 'System.Management.Automation.PipelineStoppedException', targetObject: view });
}
