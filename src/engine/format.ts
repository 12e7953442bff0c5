// Out-Default: turns pipeline output into the text PowerShell 7 prints.
//
// Scalars print one per line; objects print as a table (up to four properties) or a list, with
// PowerShell's blank lines around them; hashtables use the Name/Value view with a 30-wide Name
// column. Once a table is open, later objects of any shape become rows of it (their missing
// properties blank) and scalars print between its rows, as pwsh's Out-Default does; a list stays a
// list. Format-Table/Format-List build the same blocks (format-blocks.ts) with chosen columns.
// Numbers and Booleans are right-aligned in tables; fractional numbers show two decimals there.
// Types with a fixed view in pwsh's format data (certificates, files, modules: format-views.ts)
// print as their own tables, grouped by their key; DateTime values as their long form in a group
// with a blank line around it.

import { ArgumentNumber, formatNumber, toPSString } from './convert.js';
import { ErrorRecord, renderError, type ErrorView } from './errors.js';
import { fixedViewOf, type FixedView } from './format-views.js';
import { DateTimeValue } from './datetime.js';
import { TIMESPAN_PROPERTIES, TimeSpanValue } from './timespan.js';
import { FormattedBlock, listCellText, renderBlock, type ListRecord, type TableColumn, type TableRow } from './format-blocks.js';
import { EnumValue, NetworkCredential, PSCredential, PSHashtable, PSObject, SecureString, StringBuilderValue } from './values.js';

export { FormattedBlock } from './format-blocks.js';

export interface FormatOptions {
  width: number;
  color: boolean;
  errorView: ErrorView;
}

function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof ArgumentNumber ||
    value instanceof SecureString ||
    value instanceof EnumValue ||
    value instanceof DateTimeValue ||
    (value instanceof PSObject && MESSAGE_RECORDS.has(value.typeName))
  );
}

/** Stream records that PowerShell's formatting shows as their message alone ($wv, $iv). */
const MESSAGE_RECORDS = new Set([
  'System.Management.Automation.WarningRecord',
  'System.Management.Automation.VerboseRecord',
  'System.Management.Automation.DebugRecord',
  'System.Management.Automation.InformationRecord',
]);

/** Text of a value inside a list entry (and a table cell, apart from fractional numbers). */
export { listCellText as cellText } from './format-blocks.js';

/** A property's value by name (case-insensitive) on anything the formatter shows; undefined when absent. */
export function propertyValue(value: unknown, name: string): unknown {
  if (value instanceof PSObject) return value.get(name);
  if (value instanceof TimeSpanValue) return value.member(name);
  if (value instanceof PSCredential) return name.toLowerCase() === 'username' ? value.UserName : name.toLowerCase() === 'password' ? value.Password : undefined;
  if (value instanceof NetworkCredential) {
    const n = name.toLowerCase();
    return n === 'username' ? value.UserName : n === 'domain' ? value.Domain : undefined;
  }
  if (value instanceof StringBuilderValue) return stringBuilderProperty(value, name);
  return undefined;
}

/** System.Text.StringBuilder's properties (its capacity starts at 16 and doubles as it fills). */
function stringBuilderProperty(sb: StringBuilderValue, name: string): number | undefined {
  const n = name.toLowerCase();
  let capacity = 16;
  while (capacity < sb.text.length) capacity *= 2;
  return n === 'capacity' ? capacity : n === 'maxcapacity' ? 2147483647 : n === 'length' ? sb.text.length : undefined;
}

/** The properties PowerShell shows for an object by default, in order. */
export function defaultPropertyNames(value: unknown): string[] {
  if (value instanceof PSObject) return value.displayProperties ? [...value.displayProperties] : [...value.properties.keys()];
  if (value instanceof PSCredential) return ['UserName', 'Password'];
  if (value instanceof NetworkCredential) return ['UserName', 'Domain'];
  if (value instanceof StringBuilderValue) return ['Capacity', 'MaxCapacity', 'Length'];
  if (value instanceof TimeSpanValue) return [...TIMESPAN_PROPERTIES];
  return [];
}

/** Every property of an object (Format-List *, Select-Object *). */
export function allPropertyNames(value: unknown): string[] {
  if (value instanceof PSObject) return [...value.properties.keys()];
  return defaultPropertyNames(value);
}

/**
 * Table views with fixed column widths from PowerShell's format data (PowerShellCore_format_ps1xml,
 * Help_format_ps1xml); the last column takes the rest of the line. Everything else is auto-sized.
 */
const TABLE_VIEWS: Readonly<Record<string, ReadonlyArray<{ header: string; width?: number; align?: 'right' }>>> = {
  'System.Management.Automation.CommandInfo': [{ header: 'CommandType', width: 15 }, { header: 'Name', width: 50 }, { header: 'Version', width: 10 }, { header: 'Source' }],
  'System.Management.Automation.PSVariable': [{ header: 'Name', width: 30 }, { header: 'Value' }],
  HelpInfoShort: [{ header: 'Name', width: 33 }, { header: 'Category', width: 9 }, { header: 'Module', width: 25 }, { header: 'Synopsis' }],
  'System.RuntimeType': [{ header: 'IsPublic', width: 8 }, { header: 'IsSerial', width: 8 }, { header: 'Name', width: 40 }, { header: 'BaseType' }],
  'Microsoft.PowerShell.Commands.GroupInfo': [{ header: 'Count', width: 5, align: 'right' }, { header: 'Name', width: 25 }, { header: 'Group' }],
  'Microsoft.PowerShell.Commands.GroupInfoNoElement': [{ header: 'Count', width: 5, align: 'right' }, { header: 'Name' }],
  'System.Collections.DictionaryEntry': [{ header: 'Name', width: 30 }, { header: 'Value' }],
  'Microsoft.PowerShell.Commands.MemberDefinition': [{ header: 'Name' }, { header: 'MemberType' }, { header: 'Definition' }],
};

/** Views that start a new table, under a `   Label: value` line, whenever this property changes. */
const GROUP_BY: Readonly<Record<string, string>> = {
  'Microsoft.PowerShell.Commands.MemberDefinition': 'TypeName',
};

const HASHTABLE_COLUMNS: TableColumn[] = [{ header: 'Name', width: 30, align: 'left' }, { header: 'Value', align: 'left' }];

/** Views that are lists: every property, in this order. */
const LIST_VIEWS: Readonly<Record<string, readonly string[]>> = {
  'Microsoft.PowerShell.Commands.GenericMeasureInfo': ['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property'],
};

/** How an object starts a block: a view with fixed columns, an auto table or a list. */
type Shape =
  | { kind: 'scalar' }
  | { kind: 'error' }
  | { kind: 'block' }
  | { kind: 'hashtable' }
  | { kind: 'fixed'; key: string; view: FixedView }
  | { kind: 'view'; key: string; columns: TableColumn[] }
  | { kind: 'table'; names: string[] }
  | { kind: 'list' };

function shapeOf(value: unknown): Shape {
  if (value instanceof ErrorRecord) return { kind: 'error' };
  if (value instanceof FormattedBlock) return { kind: 'block' };
  if (isScalar(value)) return { kind: 'scalar' };
  if (value instanceof PSHashtable) return { kind: 'hashtable' };
  const fixed = fixedViewOf(value);
  if (fixed) return { kind: 'fixed', key: fixed.key, view: fixed };
  if (value instanceof PSCredential) {
    return { kind: 'view', key: 'PSCredential', columns: [{ header: 'UserName', align: 'left' }, { header: 'Password', align: 'right' }] };
  }
  if (value instanceof PSObject && TABLE_VIEWS[value.typeName]) {
    // A view's columns are left-aligned unless its format data says otherwise.
    return { kind: 'view', key: value.typeName, columns: TABLE_VIEWS[value.typeName]!.map((c) => ({ align: 'left', ...c })) };
  }
  if (value instanceof PSObject && LIST_VIEWS[value.typeName]) return { kind: 'list' };
  // TimeSpan has no view of its own: its eleven properties make it a list.
  if (value instanceof TimeSpanValue) return { kind: 'list' };
  const names = defaultPropertyNames(value);
  if (value instanceof PSObject || value instanceof NetworkCredential || value instanceof StringBuilderValue) {
    return names.length <= 4 ? { kind: 'table', names } : { kind: 'list' };
  }
  return { kind: 'scalar' };
}

/** An empty hashtable or property bag shows nothing. */
function isEmptyContainer(v: unknown): boolean {
  return (v instanceof PSHashtable && v.size === 0) || (v instanceof PSObject && v.properties.size === 0 && !v.displayProperties);
}

function listRecord(value: unknown): ListRecord {
  const names = value instanceof PSObject && LIST_VIEWS[value.typeName] ? LIST_VIEWS[value.typeName]! : defaultPropertyNames(value);
  return { pairs: names.map((n) => [n, propertyValue(value, n)]) };
}

function hashtableRows(h: PSHashtable): TableRow[] {
  return h.entries().map(([k, v]) => ({ cells: [k, v] }));
}

/** Formats a sequence of output objects as PowerShell's Out-Default would print it. */
export function formatOutput(values: readonly unknown[], options: FormatOptions): string {
  // The console leaves its last column free so a full line does not wrap.
  return formatText(values, { ...options, width: options.width - 1 });
}

/** The formatted text at exactly `options.width` columns (Out-String -Width). */
export function formatText(values: readonly unknown[], options: FormatOptions): string {
  const items = values
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v) => v !== null && v !== undefined && !isEmptyContainer(v));
  let out = '';
  let i = 0;
  const render = (block: Parameters<typeof renderBlock>[0]) => renderBlock(block, options.width, options.color);
  while (i < items.length) {
    const item = items[i]!;
    if (item instanceof DateTimeValue) {
      // DateTime has its own view in PowerShell's format data: a group with a blank line around it.
      out += '\n';
      while (i < items.length && items[i] instanceof DateTimeValue) out += scalarText(items[i++]) + '\n';
      out += '\n';
      continue;
    }
    const shape = shapeOf(item);
    i++;
    if (shape.kind === 'fixed') {
      const group = [item];
      while (i < items.length) {
        const next = shapeOf(items[i]);
        if (next.kind !== 'fixed' || next.key !== shape.key) break;
        group.push(items[i++]);
      }
      // The fixed views measure the console's full width (they leave its last column free themselves).
      out += shape.view.render(group, options.width + 1, options.color, listCellText);
      continue;
    }
    if (shape.kind === 'scalar') {
      out += scalarText(item) + '\n';
      continue;
    }
    if (shape.kind === 'error') {
      out += renderError(item as ErrorRecord, { view: options.errorView, width: options.width + 1, color: options.color }) + '\n';
      continue;
    }
    if (shape.kind === 'block') {
      out += (item as FormattedBlock).render(options.width, options.color);
      continue;
    }
    if (shape.kind === 'list') {
      const records: ListRecord[] = [listRecord(item)];
      while (i < items.length) {
        const next = shapeOf(items[i]);
        if (next.kind === 'scalar') records.push({ line: scalarText(items[i]) });
        else if (next.kind === 'list' || next.kind === 'table') records.push(listRecord(items[i]));
        else break;
        i++;
      }
      out += render({ kind: 'list', records });
      continue;
    }
    // A table: a view keeps only its own type; an auto table takes every later object as a row.
    const columns: TableColumn[] =
      shape.kind === 'hashtable' ? HASHTABLE_COLUMNS : shape.kind === 'view' ? shape.columns : shape.names.map((n) => ({ header: n }));
    const rowOf = (o: unknown): TableRow => ({ cells: columns.map((c) => propertyValue(o, c.header)) });
    const rows: TableRow[] = shape.kind === 'hashtable' ? hashtableRows(item as PSHashtable) : [rowOf(item)];
    const groupBy = shape.kind === 'view' ? GROUP_BY[shape.key] : undefined;
    const group = groupBy ? propertyValue(item, groupBy) : undefined;
    if (groupBy) out += `\n   ${groupBy}: ${toPSString(group)}\n`;
    while (i < items.length) {
      const next = items[i];
      if (groupBy && propertyValue(next, groupBy) !== group) break;
      const nextShape = shapeOf(next);
      if (nextShape.kind === 'scalar') rows.push({ line: scalarText(next) });
      else if (shape.kind === 'hashtable' && nextShape.kind === 'hashtable') rows.push(...hashtableRows(next as PSHashtable));
      else if (shape.kind === 'view' && nextShape.kind === 'view' && nextShape.key === shape.key) rows.push(rowOf(next));
      else if (shape.kind === 'table' && (nextShape.kind === 'table' || nextShape.kind === 'list' || nextShape.kind === 'hashtable')) rows.push(rowOf(next));
      else break;
      i++;
    }
    out += render({ kind: 'table', columns, rows });
  }
  return out;
}

function scalarText(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  // PowerShell's DateTime view: long date and long time (the DisplayHint of Get-Date's output).
  if (value instanceof DateTimeValue) return value.displayText(value.displayHint);
  return toPSString(value);
}

/** Whether Out-Default prints the value as a line of text rather than a table or list. */
export function isScalarOutput(value: unknown): boolean {
  const kind = shapeOf(value).kind;
  return kind === 'scalar' || kind === 'error' || kind === 'block';
}

/** Format-Table's columns when no -Property is given: the type's view, or its default properties. */
export function defaultTableColumns(value: unknown): TableColumn[] {
  const shape = shapeOf(value);
  if (shape.kind === 'view') return shape.columns;
  if (shape.kind === 'hashtable') return HASHTABLE_COLUMNS;
  if (value instanceof PSObject && LIST_VIEWS[value.typeName]) return LIST_VIEWS[value.typeName]!.map((header) => ({ header }));
  return defaultPropertyNames(value).map((header) => ({ header }));
}

/** Format-List's entries when no -Property is given. */
export function defaultListRecord(value: unknown): ListRecord {
  return listRecord(value);
}

export type { TableColumn, TableRow, ListRecord } from './format-blocks.js';
