// Format-Table: lays objects out as a table with the chosen columns (names, wildcards, calculated
// properties with Width/Alignment); the block is printed by Out-Default or turned into text by
// Out-String.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { defaultTableColumns, FormattedBlock, formatGroupByOf, formatViewOf, isScalarOutput, outOfBandRows, propertyValue, type TableColumn, type TableRow } from '../engine/format.js';
import { evaluateSpecs, expandSpecs, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { PSHashtable } from '../engine/values.js';
import { PS_METHOD } from '../engine/method-group.js';
import { isRightAligned } from '../engine/format-blocks.js';
import { cellText } from '../engine/format.js';
import { collectedItems, collectInput, inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { enterGroup, groupByParameter, groupingOf, groupValue, type Grouping } from './format-grouping.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const formatTable = lazyCmdlet('Format-Table', (): CmdletDefinition => ({
  name: 'Format-Table',
  implementingType: 'Microsoft.PowerShell.Commands.FormatTableCommand',
  module: UTILITY,
  synopsis: 'Formats the output as a table.',
  parameters: [
    inputObjectParameter('The objects to format.'),
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'The properties (or calculated columns) to show.' },
    switchParameter('AutoSize', 'Sizes the columns to their contents.'),
    switchParameter('HideTableHeaders', 'Leaves out the column headers.'),
    switchParameter('Wrap', 'Wraps long cell text onto more lines instead of cutting it.'),
    groupByParameter('Starts a new table, under a `   Label: value` line, whenever this value changes.'),
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    const items = collectedItems(ctx);
    let specs: PropertySpec[];
    let grouping: Grouping | undefined;
    try {
      specs = parsePropertySpecs(ctx.params.get('Property'), ['name', 'label', 'expression', 'width', 'alignment', 'formatstring']);
      grouping = groupingOf(ctx);
    } catch (e) {
      specFailure(ctx, e);
    }
    const first = items.find((x) => !isScalarOutput(x));
    if (first === undefined) {
      for (const x of items) ctx.writeObject(x, false);
      return;
    }
    const expanded = specs.length ? expandSpecs(specs, first) : [];
    let columns: TableColumn[] = specs.length
      ? expanded.map((s) => ({ header: s.name, width: s.width, align: s.align }))
      : defaultTableColumns(first);
    let rows: TableRow[] = [];
    // Without -Property the first object's view decides; objects it does not apply to are written out of band.
    const view = specs.length ? undefined : formatViewOf(first);
    // -GroupBy, or a view grouped by a property (Get-Member's TypeName), starts a table under a
    // `   Label: value` line whenever the value changes, as pwsh's Format-Table does.
    const viewGroupBy = formatGroupByOf(view);
    grouping ??= viewGroupBy === undefined ? undefined : { label: viewGroupBy, valueOf: async (item) => propertyValue(item, viewGroupBy) };
    const groups: Array<{ value: string; entries: TableRow[] }> = [];
    for (const item of items) {
      if (grouping && !isScalarOutput(item) && (view === undefined || formatViewOf(item) === view)) {
        rows = enterGroup(groups, await groupValue(grouping, item), rows);
      }
      if (isScalarOutput(item)) rows.push({ line: cellText(item) });
      else if (view !== undefined && formatViewOf(item) !== view) rows.push(...outOfBandRows(item));
      else if (!specs.length && item instanceof PSHashtable) rows.push(...item.entries().map(([k, v]) => ({ cells: [k, v] })));
      else if (specs.length) rows.push({ cells: await evaluateSpecs(expanded, item, ctx.signal) });
      else rows.push({ cells: columns.map((c) => propertyValue(item, c.property ?? c.header)) });
    }
    const layout = {
      hideHeaders: ctx.params.get('HideTableHeaders') === true,
      // A method group's view wraps its overloads (pwsh's format data: <Wrap/> on the row).
      wrap: ctx.params.get('Wrap') === true || view === PS_METHOD,
      autoSize: ctx.params.get('AutoSize') === true,
    };
    if (!grouping || groups.length === 0) {
      ctx.writeObject(new FormattedBlock({ kind: 'table', columns, rows, ...layout }), false);
      return;
    }
    const label = grouping.label;
    // The first object's values align every group's columns (numbers right), as in one pwsh table.
    const firstCells = groups.flatMap((g) => g.entries).find((r): r is { cells: unknown[] } => 'cells' in r)?.cells ?? [];
    columns = columns.map((c, i) => (c.align ? c : { ...c, align: isRightAligned(firstCells[i]) ? 'right' : 'left' }));
    groups.forEach((g, i) => {
      const group = { label, value: g.value, follows: i > 0 };
      ctx.writeObject(new FormattedBlock({ kind: 'table', columns, rows: g.entries, group, ...layout }), false);
    });
  },
}));
