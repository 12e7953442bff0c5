// Format-Wide (fw): one value of each object, several to a line. The value is -Property's (a name, a
// script block or a calculated property), else the object's display property as pwsh chooses it (a
// file's Name; its type data's DefaultDisplayProperty; a property called Name, Id or Key, or ending in Key, Name or Id; else the first one).
// Two columns share the line unless -Column says how many; -AutoSize fits as many as the group's widest
// value allows. Files are grouped under `    Directory: /path` as their view groups them; -GroupBy
// starts a group whenever its value changes. It writes pwsh's format objects as its input arrives
// (format-writer.ts); Out-Default, Out-String and Out-File print them (engine/format.ts).

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { typeNameOf, unwrap } from '../engine/convert.js';
import { allPropertyNames, outOfBandRows, propertyValue } from '../engine/format.js';
import { evaluateSpec, expandSpecs, parsePropertySpecs, type PropertySpec } from '../engine/property-specs.js';
import { isItemInvocable } from '../engine/invocable.js';
import { activeTypeMembers } from '../engine/instance-members.js';
import { evaluateScriptProperties } from '../engine/script-properties.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import { dictionaryEntries } from '../engine/values-members.js';
import { tableViewOf } from '../engine/format-views.js';
import { inputObjectParameter, specFailure, switchParameter } from './collected-input.js';
import { groupByParameter, groupingOf, viewGrouping, withViewGrouping, type Grouping } from './format-grouping.js';
import { FormatWriter, inputItems } from './format-writer.js';
import { UTILITY } from './modules.js';

interface WideState {
  writer: FormatWriter;
  spec: PropertySpec | undefined;
  grouping: Grouping | undefined;
  /** The first object was a file or folder: the FileSystem provider's wide view shows the names. */
  fileView?: boolean;
}

const states = new WeakMap<CmdletContext, WideState>();

const FILE_TYPES = new Set(['System.IO.FileInfo', 'System.IO.DirectoryInfo']);

export const formatWide = lazyCmdlet('Format-Wide', (): CmdletDefinition => ({
  name: 'Format-Wide',
  implementingType: 'Microsoft.PowerShell.Commands.FormatWideCommand',
  module: UTILITY,
  synopsis: 'Formats objects as a wide table that displays only one property of each object.',
  parameters: [
    { name: 'Property', kind: 'object', typeName: 'System.Object', sets: { [ALL_SETS]: { position: 0 } }, description: 'The property (or script block, or calculated property) to show.' },
    switchParameter('AutoSize', 'Fits as many columns as the widest value allows.'),
    { name: 'Column', kind: 'int', typeName: 'System.Int32', sets: { [ALL_SETS]: {} }, range: [1, 2147483647], description: 'How many columns share the line (2 by default).' },
    groupByParameter('Starts a new group, under a `   Label: value` line, whenever this value changes.'),
    { name: 'View', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: "A named wide view: files have one, `children` (their default); other objects none." },
    switchParameter('ShowError', 'Accepted for compatibility (errors in -Property values are not shown).'),
    switchParameter('DisplayError', 'Accepted for compatibility (errors in -Property values are not shown).'),
    switchParameter('Force', "Lays out an error record's value instead of showing it as an error."),
    { name: 'Expand', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, validateSet: ['CoreOnly', 'EnumOnly', 'Both'], description: 'Accepted for compatibility: collections are shown as they are.' },
    inputObjectParameter('The objects to format.'),
  ],
  begin(ctx) {
    if (ctx.params.get('AutoSize') === true && ctx.params.has('Column')) {
      ctx.throwTerminatingError({
        message: 'Cmdlet parameters AutoSize and Column are mutually exclusive.',
        errorId: 'FormatCannotSpecifyAutosizeAndColumns',
        category: 'InvalidArgument',
        exceptionType: 'InvalidDataException',
        exceptionFullName: 'System.IO.InvalidDataException',
      });
    }
    const property = ctx.params.get('Property');
    // One property: a name, a script block or a calculated property (a list or a number is refused).
    if (property !== undefined && property !== null && !isOneProperty(unwrap(property))) {
      ctx.throwTerminatingError({
        message: `Cannot convert ${typeNameOf(property)} to one of the following types {System.String, System.Management.Automation.ScriptBlock}.`,
        errorId: 'DictionaryKeyUnknownType',
        category: 'InvalidArgument',
        exceptionType: 'NotSupportedException',
        exceptionFullName: 'System.NotSupportedException',
      });
    }
    try {
      const [spec] = ctx.params.has('Property') ? parsePropertySpecs(property, ['expression', 'formatstring']) : [];
      states.set(ctx, { writer: new FormatWriter(ctx, 'format-wide', ctx.params.get('Force') === true), spec, grouping: groupingOf(ctx) });
    } catch (e) {
      specFailure(ctx, e);
    }
  },
  async process(ctx) {
    const state = states.get(ctx)!;
    const { writer, spec } = state;
    // A hashtable is shown as its entries (each one's key), as pwsh's formatter enumerates it.
    // (After files, a hashtable prints out of band as a whole: its entries as Key, Value, Name lists.)
    const items = inputItems(ctx).flatMap((x) => (unwrap(x) instanceof PSHashtable && !state.fileView ? dictionaryEntries(unwrap(x) as PSHashtable) : [x]));
    for (const item of items) {
      if (writer.passedOn(item)) continue;
      if (!writer.started) {
        checkView(ctx, item);
        // Files group under their folder, as their view does (not with -Property, which leaves the view); with
        // -GroupBy, the view's `Directory:` line still heads each group.
        if (!spec && isFile(item)) {
          state.grouping = withViewGrouping(state.grouping, viewGrouping(tableViewOf(item)!.group!));
          state.fileView = true;
        }
        writer.start({ kind: 'wide', columns: ctx.params.get<number>('Column'), autoSize: ctx.params.get('AutoSize') === true });
      }
      // An object with properties that the file view does not apply to prints out of band, as its own list.
      const outOfBand = state.fileView && !isFile(item) ? outOfBandRows(item).filter((row) => 'outOfBand' in row) : [];
      if (outOfBand.length) {
        for (const row of outOfBand) writer.entry(row);
        continue;
      }
      await writer.enterGroup(state.grouping, item);
      if (!spec) await evaluateScriptProperties([item], ctx.signal);
      // A name with wildcards shows the first property it matches.
      const shown = spec?.plain ? (expandSpecs([spec], item)[0] ?? spec) : spec;
      writer.entry({ cells: [shown ? await evaluateSpec(shown, item, ctx.signal) : displayValue(item)] });
    }
  },
  end(ctx) {
    states.get(ctx)?.writer.end();
    states.delete(ctx);
  },
}));

/** -View names a view of the first object's type: files have one (`children`), other objects none. */
function checkView(ctx: CmdletContext, item: unknown): void {
  const view = ctx.params.get<string>('View');
  if (view === undefined || (isFile(item) && view.toLowerCase() === 'children')) return;
  const message = isFile(item)
    ? `The view name ${view} cannot be found. Specify one of the following Wide views and try again: children.`
    : `The view name ${view} cannot be found. There are no existing Wide views for ${typeNameOf(item)} objects.`;
  ctx.throwTerminatingError({ message, errorId: 'FormatViewNotFound', category: 'ObjectNotFound', exceptionType: 'PipelineStoppedException', exceptionFullName: 'System.Management.Automation.PipelineStoppedException', targetObject: view });
}

function isOneProperty(value: unknown): boolean {
  return typeof value === 'string' || value instanceof PSHashtable || isItemInvocable(value);
}

function isFile(item: unknown): boolean {
  return item instanceof PSObject && FILE_TYPES.has(item.typeName);
}

/** The property names pwsh tries first for an object's one value, in order (then the first property). */
const DISPLAY_NAMES: ReadonlyArray<(name: string) => boolean> = [
  (n) => n === 'name',
  (n) => n === 'id',
  (n) => n === 'key',
  (n) => n.endsWith('key'),
  (n) => n.endsWith('name'),
  (n) => n.endsWith('id'),
];

/** The value Format-Wide shows of an object without -Property. */
function displayValue(item: unknown): unknown {
  if (isFile(item)) return propertyValue(item, 'Name');
  // A DefaultDisplayProperty that Update-TypeData gave one of its type names.
  const typed = activeTypeMembers()?.defaultDisplayProperty(item);
  if (typed !== undefined) return propertyValue(item, typed);
  const names = allPropertyNames(item);
  for (const test of DISPLAY_NAMES) {
    const name = names.find((n) => test(n.toLowerCase()));
    if (name !== undefined) return propertyValue(item, name);
  }
  return names.length ? propertyValue(item, names[0]!) : item;
}
