// Format-List: shows each object as "Name : value" lines, with the chosen properties (`*` for all).
// It writes pwsh's format objects as its input arrives (format-writer.ts); Out-Default, Out-String
// and Out-File print them.

import { evaluateScriptProperties } from '../engine/script-properties.js';
import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { allPropertyNames, defaultListRecord, FILE_INFO_DEFAULT_DISPLAY, outOfBandRows } from '../engine/format.js';
import { evaluateSpec, expandSpecs, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { unwrap } from '../engine/convert.js';
import { groupByParameter, groupingOf, viewGrouping, withViewGrouping, type Grouping } from './format-grouping.js';
import { fileListPairs, isFileSystemItem, tableViewOf } from '../engine/format-views.js';
import { FormatWriter, inputItemsWithEntries } from './format-writer.js';
import { lazyCmdlet } from '../engine/command-table.js';

interface ListState {
  writer: FormatWriter;
  specs: PropertySpec[];
  grouping: Grouping | undefined;
  /** The first object was a file or folder: the FileSystem provider's list view lays the list out. */
  fileView?: boolean;
}

const states = new WeakMap<CmdletContext, ListState>();

/**
 * A file or folder in a list whose view is not the FileSystem provider's (an object of another type came
 * first): a FileInfo shows its DefaultDisplayPropertySet (types.ps1xml: LastWriteTime, Length, Name), a
 * DirectoryInfo, which has none, every property (pwsh 7.6.10).
 */
function fileDefaultListPairs(item: unknown): Array<[string, unknown]> | undefined {
  if (!isFileSystemItem(item)) return undefined;
  if (item.typeName === 'System.IO.FileInfo') return FILE_INFO_DEFAULT_DISPLAY.map((n) => [n, item.get(n)]);
  return expandSpecs([{ name: '*', expression: '*', plain: true }], item).map((s) => [s.name, item.get(s.name)]);
}

export const formatList = lazyCmdlet('Format-List', (): CmdletDefinition => ({
  name: 'Format-List',
  implementingType: 'Microsoft.PowerShell.Commands.FormatListCommand',
  module: UTILITY,
  synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
  parameters: [
    inputObjectParameter('The objects to format.'),
    { name: 'Property', kind: 'object[]', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'The properties (or calculated properties) to show; * for all.' },
    switchParameter('Force', "Lays out an error record's properties instead of showing it as an error."),
    groupByParameter('Starts a new list, under a `   Label: value` line, whenever this value changes.'),
  ],
  begin(ctx) {
    try {
      const specs = parsePropertySpecs(ctx.params.get('Property'), ['name', 'label', 'expression', 'formatstring']);
      states.set(ctx, { writer: new FormatWriter(ctx, 'format-list', ctx.params.get('Force') === true), specs, grouping: groupingOf(ctx) });
    } catch (e) {
      specFailure(ctx, e);
    }
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    const { writer, specs } = state;
    const items = inputItemsWithEntries(ctx);
    for (const item of items) {
      // Format objects (`ft | fl`) pass on as they are; text is a line.
      if (writer.passedOn(item)) continue;
      if (!writer.started) {
        // Files list under their folder, as the FileSystem provider's list view groups them (not with -Property).
        if (!specs.length && isFileSystemItem(item)) {
          state.grouping = withViewGrouping(state.grouping, viewGrouping(tableViewOf(item)!.group!));
          state.fileView = true;
        }
        writer.start({ kind: 'list' });
      }
      // An object the view does not apply to prints out of band, as its own list between blank lines.
      if (state.fileView && !isFileSystemItem(item)) {
        for (const row of outOfBandRows(item)) writer.entry(row);
        continue;
      }
      await writer.enterGroup(state.grouping, item);
      if (!specs.length) {
        await evaluateScriptProperties([item], ctx.signal);
        // The FileSystem provider's list view is the list's only when a file came first; after another
        // object a file is listed by its default property set (LastWriteTime, Length, Name), as in pwsh.
        const view = state.fileView ? fileListPairs(item) : fileDefaultListPairs(item);
        writer.entry(view ? { pairs: view } : defaultListRecord(item));
        continue;
      }
      // A named property the object does not have is left out of its entry (pwsh: an object with none of
      // them is an empty entry), where Format-Table keeps the column; calculated properties always show.
      const names = new Set(allPropertyNames(unwrap(item)).map((n) => n.toLowerCase()));
      const pairs: Array<[string, unknown]> = [];
      for (const s of expandSpecs(specs, item)) {
        if (s.plain && !names.has(s.name.toLowerCase())) continue;
        pairs.push([s.name, await evaluateSpec(s, item, ctx.signal)]);
      }
      writer.entry({ pairs });
    }
  },
  end(ctx) {
    states.get(ctx)?.writer.end();
    states.delete(ctx);
  },
}));
