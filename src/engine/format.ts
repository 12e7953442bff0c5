// Out-Default: turns pipeline output into the text PowerShell 7 prints.
//
// Scalars print one per line; objects of one type print as a table (up to four properties) or a
// list, with PowerShell's blank lines around them; hashtables use the Name/Value view with a
// 30-wide Name column. Numbers and SecureStrings are right-aligned in tables.

import { ArgumentNumber, formatNumber, toPSString } from './convert.js';
import { ErrorRecord, renderError, type ErrorView } from './errors.js';
import { fixedViewOf, type FixedView } from './format-views.js';
import { DateTimeValue } from './datetime.js';
import { EnumValue, NetworkCredential, PSCredential, PSHashtable, PSObject, SecureString } from './values.js';
import { displayWidth, padEndDisplay, padStartDisplay, truncateDisplay } from '../host/text-width.js';

export interface FormatOptions {
  width: number;
  color: boolean;
  errorView: ErrorView;
}

interface Column {
  header: string;
  rightAlign: boolean;
  width?: number;
}

type Shape =
  | { kind: 'scalar' }
  | { kind: 'view'; key: string; view: FixedView }
  | { kind: 'table'; key: string; columns: Column[]; cells: (o: unknown) => string[] }
  | { kind: 'list'; key: string; names: string[]; cells: (o: unknown) => string[] }
  | { kind: 'error' };

const HEADER_COLOR = '\x1b[32;1m';
const RESET = '\x1b[0m';

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

/** Text of a value inside a table cell or list entry. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 4).map(cellText);
    return `{${shown.join(', ')}${value.length > 4 ? '…' : ''}}`;
  }
  if (value instanceof PSHashtable) return String(value);
  return toPSString(value);
}

function shapeOf(value: unknown): Shape {
  if (value instanceof ErrorRecord) return { kind: 'error' };
  if (isScalar(value)) return { kind: 'scalar' };
  const view = fixedViewOf(value);
  if (view) return { kind: 'view', key: view.key, view };
  if (value instanceof PSCredential) {
    return {
      kind: 'table',
      key: 'PSCredential',
      columns: [
        { header: 'UserName', rightAlign: false },
        { header: 'Password', rightAlign: true },
      ],
      cells: (o) => [(o as PSCredential).UserName, String((o as PSCredential).Password)],
    };
  }
  if (value instanceof NetworkCredential) {
    return {
      kind: 'table',
      key: 'NetworkCredential',
      columns: [
        { header: 'UserName', rightAlign: false },
        { header: 'Domain', rightAlign: false },
      ],
      cells: (o) => [(o as NetworkCredential).UserName, (o as NetworkCredential).Domain],
    };
  }
  if (value instanceof PSHashtable) {
    return {
      kind: 'table',
      key: 'Hashtable',
      columns: [
        { header: 'Name', rightAlign: false, width: 30 },
        { header: 'Value', rightAlign: false },
      ],
      cells: () => [],
    };
  }
  if (value instanceof PSObject && TABLE_VIEWS[value.typeName]) {
    const view = TABLE_VIEWS[value.typeName]!;
    return {
      kind: 'table',
      key: `View:${value.typeName}`,
      columns: view.map((c) => ({ header: c.header, rightAlign: false, width: c.width })),
      cells: (o) => view.map((c) => cellText((o as PSObject).get(c.header))),
    };
  }
  if (value instanceof PSObject) {
    const names = value.displayProperties ? [...value.displayProperties] : [...value.properties.keys()];
    const key = `PSObject:${value.typeName}:${names.join(',')}`;
    const cells = (o: unknown) => names.map((n) => cellText((o as PSObject).get(n)));
    if (names.length <= 4) {
      const sample = names.map((n) => value.get(n));
      return {
        kind: 'table',
        key,
        columns: names.map((n, i) => ({ header: n, rightAlign: typeof sample[i] === 'number' })),
        cells,
      };
    }
    return { kind: 'list', key, names, cells };
  }
  return { kind: 'scalar' };
}

/**
 * Table views with fixed column widths from PowerShell's format data (PowerShellCore_format_ps1xml,
 * Help_format_ps1xml); the last column takes the rest of the line. Everything else is auto-sized.
 */
const TABLE_VIEWS: Readonly<Record<string, ReadonlyArray<{ header: string; width?: number }>>> = {
  'System.Management.Automation.CommandInfo': [{ header: 'CommandType', width: 15 }, { header: 'Name', width: 50 }, { header: 'Version', width: 10 }, { header: 'Source' }],
  'System.Management.Automation.PSVariable': [{ header: 'Name', width: 30 }, { header: 'Value' }],
  HelpInfoShort: [{ header: 'Name', width: 33 }, { header: 'Category', width: 9 }, { header: 'Module', width: 25 }, { header: 'Synopsis' }],
  'System.RuntimeType': [{ header: 'IsPublic', width: 8 }, { header: 'IsSerial', width: 8 }, { header: 'Name', width: 40 }, { header: 'BaseType' }],
};

/** An empty hashtable or property bag shows nothing. */
function isEmptyContainer(v: unknown): boolean {
  return (v instanceof PSHashtable && v.size === 0) || (v instanceof PSObject && v.properties.size === 0 && !v.displayProperties);
}

/** Formats a sequence of output objects as PowerShell's Out-Default would print it. */
export function formatOutput(values: readonly unknown[], options: FormatOptions): string {
  const items = values
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v) => v !== null && v !== undefined && !isEmptyContainer(v));
  let out = '';
  let i = 0;
  while (i < items.length) {
    if (items[i] instanceof DateTimeValue) {
      // DateTime has its own view in PowerShell's format data: a group with a blank line around it.
      let j = i;
      out += '\n';
      while (j < items.length && items[j] instanceof DateTimeValue) out += scalarText(items[j++]) + '\n';
      out += '\n';
      i = j;
      continue;
    }
    const shape = shapeOf(items[i]);
    if (shape.kind === 'scalar') {
      out += scalarText(items[i]) + '\n';
      i++;
      continue;
    }
    if (shape.kind === 'error') {
      out += renderError(items[i] as ErrorRecord, { view: options.errorView, width: options.width, color: options.color }) + '\n';
      i++;
      continue;
    }
    let j = i + 1;
    while (j < items.length) {
      const next = shapeOf(items[j]);
      if (next.kind !== shape.kind || ('key' in next && next.key !== shape.key)) break;
      j++;
    }
    const group = items.slice(i, j);
    if (shape.kind === 'view') out += shape.view.render(group, options.width, options.color, cellText);
    else out += shape.kind === 'table' ? formatTable(group, shape, options) : formatList(group, shape, options);
    i = j;
  }
  return out;
}

function scalarText(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  // PowerShell's DateTime view: long date and long time (the DisplayHint of Get-Date's output).
  if (value instanceof DateTimeValue) return value.displayText(value.displayHint);
  return toPSString(value);
}

function formatTable(group: unknown[], shape: Extract<Shape, { kind: 'table' }>, options: FormatOptions): string {
  let rows: string[][];
  if (shape.key === 'Hashtable') {
    rows = group.flatMap((h) => (h as PSHashtable).entries().map(([k, v]) => [cellText(k), cellText(v)]));
  } else {
    rows = group.map((o) => shape.cells(o));
  }
  // No cell shows more than the width: a longer text ($Error's records, a here-string) is cut before
  // it is measured, or a megabyte cell costs seconds. Cut past the width, it still ends in '…'.
  const longest = 4 * (options.width || 120) + 8;
  rows = rows.map((r) => r.map((cell) => (cell.length > longest ? cell.slice(0, longest) : cell)));
  const cols = shape.columns.map((c, idx) => ({
    ...c,
    width: c.width ?? Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[idx] ?? ''))),
  }));
  fitToWidth(cols, options.width);
  const align = (text: string, col: { width: number; rightAlign: boolean }, last: boolean) => {
    const t = truncateDisplay(text, col.width);
    if (col.rightAlign) return padStartDisplay(t, col.width);
    return last ? t : padEndDisplay(t, col.width);
  };
  const line = (cells: string[], paint = false) =>
    cells
      .map((cell, idx) => {
        const text = align(cell, cols[idx]!, idx === cols.length - 1);
        return paint && options.color ? `${HEADER_COLOR}${text}${RESET}` : text;
      })
      .join(' ')
      .replace(/\s+$/, '');
  let out = '\n';
  out += line(cols.map((c) => c.header), true) + '\n';
  out += line(cols.map((c) => '-'.repeat(displayWidth(c.header))), true) + '\n';
  for (const row of rows) out += line(row) + '\n';
  return out + '\n';
}

/** Shrinks the widest columns so the table fits the console, as Format-Table does. */
function fitToWidth(cols: Array<{ width: number }>, width: number): void {
  const total = () => cols.reduce((s, c) => s + c.width, 0) + cols.length - 1;
  while (total() > width - 1) {
    const widest = cols.reduce((a, b) => (b.width > a.width ? b : a));
    if (widest.width <= 4) break;
    widest.width--;
  }
}

function formatList(group: unknown[], shape: Extract<Shape, { kind: 'list' }>, options: FormatOptions): string {
  const labelWidth = Math.max(...shape.names.map((n) => displayWidth(n)));
  let out = '';
  for (const o of group) {
    out += '\n';
    const cells = shape.cells(o);
    shape.names.forEach((n, idx) => {
      const label = padEndDisplay(n, labelWidth);
      const painted = options.color ? `${HEADER_COLOR}${label} : ${RESET}` : `${label} : `;
      out += `${painted}${cells[idx] ?? ''}`.replace(/\s+$/, '') + '\n';
    });
  }
  return out + '\n';
}
