// Format-Table: lays objects out as a table with the chosen columns (names, wildcards, calculated
// properties with Width/Alignment). It writes pwsh's format objects as its input arrives
// (format-writer.ts); Out-Default, Out-String and Out-File print them.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { cellText, defaultTableColumns, formatGroupByOf, formatViewOf, outOfBandRows, propertyValue, type TableColumn, type TableRow } from '../engine/format.js';
import { evaluateSpecs, expandSpecs, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { PSHashtable, type PSObject } from '../engine/values.js';
import { PS_METHOD } from '../engine/method-group.js';
import { isRightAligned } from '../engine/format-blocks.js';
import { inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { groupByParameter, groupingOf, viewGrouping, withViewGrouping, type Grouping } from './format-grouping.js';
import { tableViewOf, type TableView } from '../engine/format-views.js';
import { FormatWriter, inputItems } from './format-writer.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

interface TableState {
  writer: FormatWriter;
  specs: PropertySpec[];
  grouping: Grouping | undefined;
  /** Set at the first object with properties: its columns, and its view (without -Property). */
  expanded?: PropertySpec[];
  columns?: TableColumn[];
  view?: string;
  /** The first object's type has a table view (files, certificates, modules, drives): it lays the table out. */
  typeView?: TableView;
}

const states = new WeakMap<CmdletContext, TableState>();

/** The view of hashtables (format.ts's viewOf): Name and Value columns, a row per entry. */
const DICTIONARY_VIEW = 'DictionaryEntry';

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
    switchParameter('Force', "Lays out an error record's properties instead of showing it as an error."),
    groupByParameter('Starts a new table, under a `   Label: value` line, whenever this value changes.'),
  ],
  begin(ctx) {
    try {
      const specs = parsePropertySpecs(ctx.params.get('Property'), ['name', 'label', 'expression', 'width', 'alignment', 'formatstring']);
      states.set(ctx, { writer: new FormatWriter(ctx, 'format-table', ctx.params.get('Force') === true), specs, grouping: groupingOf(ctx) });
    } catch (e) {
      specFailure(ctx, e);
    }
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    const { writer, specs } = state;
    for (const item of inputItems(ctx)) {
      // Format objects (`ft | ft`, `fl | ft`) pass on as they are; text is a line.
      if (writer.passedOn(item)) continue;
      // Without -Property the object's own properties are read as they are: script properties first run their getters.
      if (!specs.length) await evaluateScriptProperties([item], ctx.signal);
      const first = !writer.started;
      if (first) prepare(state, item);
      const { view, columns, expanded } = state;
      const { typeView } = state;
      if ((view !== undefined && formatViewOf(item) !== view) || (typeView && tableViewOf(item) !== typeView)) {
        for (const row of outOfBandRows(item)) writer.entry(row);
        continue;
      }
      const rows = typeView ? [{ cells: typeView.cells(item as PSObject, cellText) }] : await rowsOf(ctx, item, specs.length ? expanded : undefined, columns!, view);
      if (first) start(ctx, state, rows);
      await writer.enterGroup(state.grouping, item);
      for (const row of rows) writer.entry(row);
    }
  },
  end(ctx) {
    states.get(ctx)?.writer.end();
    states.delete(ctx);
  },
}));

/** The table's columns from its first object: -Property's, or its view's, or its properties. */
function prepare(state: TableState, first: unknown): void {
  const { specs } = state;
  const typeView = specs.length ? undefined : tableViewOf(first);
  if (typeView) {
    // The type's view: its columns and widths, under its group's heading (`    Directory: /path`, also
    // heading each -GroupBy group).
    const grouping = typeView.group ? withViewGrouping(state.grouping, viewGrouping(typeView.group)) : state.grouping;
    Object.assign(state, { columns: typeView.columns, typeView, grouping });
    return;
  }
  const expanded = specs.length ? expandSpecs(specs, first) : undefined;
  const columns: TableColumn[] = expanded ? expanded.map((s) => ({ header: s.name, width: s.width, align: s.align })) : defaultTableColumns(first);
  // Without -Property the first object's view decides; objects it does not apply to are written out of band.
  const view = specs.length ? undefined : formatViewOf(first);
  // -GroupBy, or a view grouped by a property (Get-Member's TypeName), starts a table under a
  // `   Label: value` line whenever the value changes, as pwsh's Format-Table does.
  const viewGroupBy = formatGroupByOf(view);
  state.grouping ??= viewGroupBy === undefined ? undefined : { label: viewGroupBy, valueOf: async (item) => propertyValue(item, viewGroupBy) };
  Object.assign(state, { expanded, columns, view });
}

/** Opens the table: the first object's values align every row's columns (numbers right), in every group. */
function start(ctx: CmdletContext, state: TableState, firstRows: readonly TableRow[]): void {
  const { view } = state;
  const firstCells = firstRows.find((r): r is { cells: unknown[] } => 'cells' in r)?.cells ?? [];
  const columns = state.columns!.map((c, i) => (c.align ? c : { ...c, align: isRightAligned(firstCells[i]) ? ('right' as const) : ('left' as const) }));
  state.writer.start({
    kind: 'table',
    columns,
    hideHeaders: ctx.params.get('HideTableHeaders') === true,
    // A method group's view wraps its overloads, the file system's view its names (pwsh's format data: <Wrap/> on the row).
    wrap: ctx.params.get('Wrap') === true || view === PS_METHOD || state.typeView?.name === 'FileSystem',
    autoSize: ctx.params.get('AutoSize') === true,
  });
}

/**
 * An object's rows: one of its values; a hashtable in a table of hashtables (their Name/Value view), one
 * per entry. In a table of other columns a hashtable is an object without them: an empty row (pwsh).
 */
async function rowsOf(ctx: CmdletContext, item: unknown, expanded: PropertySpec[] | undefined, columns: readonly TableColumn[], view: string | undefined): Promise<TableRow[]> {
  if (!expanded && item instanceof PSHashtable && view === DICTIONARY_VIEW) return item.entries().map(([k, v]) => ({ cells: [k, v] }));
  if (expanded) return [{ cells: await evaluateSpecs(expanded, item, ctx.signal) }];
  return [{ cells: columns.map((c) => propertyValue(item, c.property ?? c.header)) }];
}
