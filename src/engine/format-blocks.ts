// PowerShell's table and list layouts, from prepared rows (format.ts decides what goes in them).
//
// Column widths follow pwsh's table writer: a table whose first column has a fixed width (a view's)
// keeps the fixed widths and shares the free space of the line among its unsized columns, one
// column at a time (each at least one wide); any other table sizes every column to its header and
// widest cell. When the line is too long, the last visible column gives up the excess, or is hidden
// when that would leave it narrower than one column, until the table fits. A cell wider than its
// column is cut with `…` (at the end, or at the start when right-aligned) or split into pieces of
// the column's width with -Wrap; a header wider than its column is split the same way onto more
// lines. A cell with a line break shows its first line and `…`. Left-aligned last columns are not
// padded. Lists wrap long values under their value column.

import { ArgumentNumber, formatNumber, toPSString, typeNameOf, unwrap } from './convert.js';
import { EnumValue, PSHashtable, PSObject } from './values.js';
import { DecimalValue, TypedNumber } from './numeric.js';
import { fixedDigits } from './decimal.js';
import { displayWidth, graphemes, padEndDisplay, padStartDisplay, truncateDisplay } from '../host/text-width.js';

export interface TableColumn {
  header: string;
  /** The property the column shows, when it is not the header's (CommandInfo's Name shows DisplayName). */
  property?: string;
  /** Fixed width (a view's or Format-Table's `width` key); content-sized when absent. */
  width?: number;
  /** Decided from the first row's value when absent: numbers and Booleans go right. */
  align?: 'left' | 'right';
  /** A column of a view in format data: its values as plain text (property columns show fractional types with two decimals). */
  asText?: boolean;
}

/**
 * A row of cell values; a line printed between rows (a scalar that arrived mid-table); or an object the
 * table's view does not apply to, printed out of band as a list of its own between blank lines.
 */
export type TableRow = { cells: unknown[] } | { line: string } | OutOfBandList;

/** One object's label/value pairs, a line printed between them, or an out-of-band object (as in TableRow). */
export type ListRecord = { pairs: Array<[string, unknown]> } | { line: string } | OutOfBandList | CustomRecord;

/**
 * A Format-Custom entry: its lines are laid out where it prints, at that output's width (the code that
 * builds them loads only when Format-Custom runs: cmdlets/custom-view.ts).
 */
export interface CustomRecord {
  custom: { text(width: number): string };
}

export interface OutOfBandList {
  outOfBand: Array<[string, unknown]>;
}

export type Block =
  | {
      kind: 'table';
      columns: TableColumn[];
      rows: TableRow[];
      hideHeaders?: boolean;
      wrap?: boolean;
      autoSize?: boolean;
      /** How many of the first data rows size the columns (Out-Default: those before an object of another type); all when absent. */
      sizeRows?: number;
    }
  | { kind: 'list'; records: ListRecord[] };

const HEADER_COLOR = '\x1b[32;1m';
const RESET = '\x1b[0m';

export function isRightAligned(value: unknown): boolean {
  const v = unwrap(value);
  // An enum is a number underneath: pwsh aligns it as one (`[pscustomobject]@{a=[ConsoleColor]::Red}`).
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof EnumValue || (v instanceof TypedNumber && v.type !== 'System.Char');
}

/**
 * A value as a property column shows it: Double, Single and Decimal values with two decimals (pwsh
 * 7.6's table format: 2.0 shows 2.00, 1e-11 shows 0.00); everything else as in a list.
 */
export function tableCellText(value: unknown): string {
  if (value instanceof DecimalValue) {
    // A Decimal's exact digits, rounded half away from zero (1.555 shows 1.56; -0.001 shows 0.00).
    const f = fixedDigits(value.dec, 2);
    return `${f.negative ? '-' : ''}${f.whole}.${f.fraction}`;
  }
  if (value instanceof TypedNumber && FRACTIONAL_TYPES.has(value.type) && Number.isFinite(value.value)) return value.value.toFixed(2);
  if (typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)) return value.toFixed(2);
  return listCellText(value);
}

const FRACTIONAL_TYPES = new Set(['System.Double', 'System.Single', 'System.Decimal']);

/**
 * Types whose DefaultDisplayProperty (pwsh's types.ps1xml) is what an element of a collection in a cell
 * shows: a MatchInfo's Matches show `{0}` (each Match's group name), not the matched text.
 */
const DEFAULT_DISPLAY_PROPERTY: Readonly<Record<string, string>> = {
  'System.Text.RegularExpressions.Match': 'Name',
  'System.Text.RegularExpressions.Group': 'Name',
  // `.psobject`'s Members and Methods show a .NET method by name; "$m" is its definition.
  'System.Management.Automation.PSMethod': 'Name',
  // A job's ChildJobs ({Job2}): types.ps1xml's DefaultDisplayProperty of Job.
  'System.Management.Automation.PSRemotingChildJob': 'Name',
  'System.Management.Automation.PSTasks.PSTaskChildJob': 'Name',
};

function elementText(value: unknown): string {
  const property = value instanceof PSObject ? DEFAULT_DISPLAY_PROPERTY[value.typeName] : undefined;
  return property ? listCellText((value as PSObject).get(property)) : listCellText(value);
}

function entryText(value: unknown): string {
  return Array.isArray(unwrap(value)) ? typeNameOf(value) : listCellText(value);
}

export function listCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) {
    // An element that is itself a list or a hashtable shows as its ToString: a list's items joined with
    // spaces ({1, 2 3}), a hashtable's type name.
    const shown = value.slice(0, 4).map((x) => (Array.isArray(unwrap(x)) || unwrap(x) instanceof PSHashtable ? toPSString(x) : elementText(x)));
    return `{${shown.join(', ')}${value.length > 4 ? '…' : ''}}`;
  }
  if (value instanceof ArgumentNumber) return value.text;
  if (value instanceof PSObject) {
    const adapted = value.adaptedText();
    if (adapted !== undefined) return adapted;
  }
  // A hashtable in a cell enumerates its entries: {[a, 1], [b, 2]}; an entry's array is .NET's ToString, its type name ([a, System.Object[]]).
  if (value instanceof PSHashtable) return listCellText(value.entries().map(([k, v]) => `[${entryText(k)}, ${entryText(v)}]`));
  // A type in a cell is .NET's Type.ToString(), its full name (System.String), where "$([string])" is
  // PowerShell's own type text (string). Generic full names carry assembly names ToString() leaves out.
  if (value instanceof PSObject && value.typeName === 'System.RuntimeType') {
    const fullName = value.get('FullName');
    if (typeof fullName === 'string' && !fullName.includes('[[')) return fullName;
  }
  return toPSString(value);
}

export function renderBlock(block: Block, width: number, color: boolean): string {
  return block.kind === 'table' ? renderTable(block, width, color) : renderList(block, width, color);
}

/** What pwsh measures a cell by: every character of its text, line breaks included. */
const measured = (text: string) => displayWidth(text.replace(/[\r\n]/g, ' '));

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A table's columns as laid out on the line: found once, then used for its header and every row. */
export interface TableLayout {
  block: TableBlock;
  width: number;
  color: boolean;
  visible: Array<{ header: string; width: number; index: number; right: boolean; asText?: boolean }>;
  /** The last column is padded only when columns after it were hidden. */
  padLast: boolean;
}

// An unwrapped cell shows no more than the width: a longer text ($Error's records, a here-string) is
// cut before it is measured, or a megabyte cell costs seconds (found by the fuzz run). Cut past the
// width, it still ends in '…' and still makes its column too wide for the line. A wrapped cell
// (-Wrap, a method group's overloads) shows all of its text, as in pwsh, up to WRAPPED_CELL_LIMIT.
const WRAPPED_CELL_LIMIT = 65536;

function cellTexts(block: TableBlock, cells: readonly unknown[], width: number): string[] {
  const longest = block.wrap ? WRAPPED_CELL_LIMIT : 4 * width + 8;
  return block.columns.map((c, i) => {
    const t = c.asText ? listCellText(cells[i]) : tableCellText(cells[i]);
    return t.length > longest ? t.slice(0, longest) : t;
  });
}

/**
 * The columns' widths for the rows the table has so far: a view whose first column has a width keeps
 * its widths (the rows do not matter); any other table is sized to its header and these rows' cells.
 */
export function tableLayout(block: TableBlock, width: number, color: boolean): TableLayout {
  const dataRows = block.rows.filter((r): r is { cells: unknown[] } => 'cells' in r);
  const first = dataRows[0]?.cells ?? [];
  const sized = !block.autoSize && block.columns[0]?.width !== undefined;
  const texts = sized ? [] : dataRows.slice(0, block.sizeRows ?? dataRows.length).map((r) => cellTexts(block, r.cells, width));
  const widths = block.columns.map((c, i) => (sized ? (c.width ?? 0) : Math.max(measured(c.header), ...texts.map((t) => measured(t[i]!)))));
  fitColumns(widths, width);
  const cols = block.columns.map((c, i) => ({ header: c.header, width: widths[i]!, index: i, right: c.align ? c.align === 'right' : isRightAligned(first[i]), asText: c.asText }));
  const visible = cols.filter((c) => c.width > 0);
  return { block, width, color, visible, padLast: visible.length < cols.length };
}

function field(layout: TableLayout, text: string, pos: number, pad: boolean): string {
  const c = layout.visible[pos]!;
  const t = fitCell(text, c.width, c.right);
  if (c.right) return padStartDisplay(t, c.width);
  return pos === layout.visible.length - 1 && !pad ? t : padEndDisplay(t, c.width);
}

/** The blank line a table starts with, then its header lines and their underline. */
export function tableHead(layout: TableLayout): string {
  const { visible, color, padLast } = layout;
  if (!visible.length) return '';
  const paint = (s: string) => (color && s ? `${HEADER_COLOR}${s}${RESET}` : s);
  let out = '\n';
  if (layout.block.hideHeaders) return out;
  out += pieceLines(visible.map((c) => splitToWidth(c.header, c.width)), visible, paint);
  out += visible.map((c, pos) => paint(field(layout, '-'.repeat(c.header ? Math.min(displayWidth(c.header), c.width) : c.width), pos, padLast))).join(' ') + '\n';
  return out;
}

/** One row of the table (or the line or out-of-band list that came between its rows). */
export function tableRowText(layout: TableLayout, row: TableRow): string {
  if ('line' in row) return row.line + '\n';
  if ('outOfBand' in row) return outOfBandText(row.outOfBand, layout.width, layout.color);
  const { visible } = layout;
  if (!visible.length) return '';
  const cells = cellTexts(layout.block, row.cells, layout.width);
  if (layout.block.wrap) return pieceLines(visible.map((c) => splitToWidth(cells[c.index]!, c.width)), visible, (s) => s);
  return visible.map((c, pos) => field(layout, cutAtLineBreak(cells[c.index]!), pos, layout.padLast)).join(' ') + '\n';
}

function renderTable(block: TableBlock, width: number, color: boolean): string {
  const layout = tableLayout(block, width, color);
  if (!layout.visible.length) return '';
  // Text that came before the first object is printed before the table starts.
  const leading = leadingLines(block.rows);
  let out = leading.text + tableHead(layout);
  for (const row of block.rows.slice(leading.count)) out += tableRowText(layout, row);
  return out + '\n';
}

/**
 * Cells split over several lines (headers, -Wrap rows): line by line, each piece padded to its column;
 * a line ends after the last column that still has a piece (and, when the cell took more than one
 * line, without trailing blanks).
 */
function pieceLines(pieces: string[][], cols: ReadonlyArray<{ width: number; right: boolean }>, paint: (s: string) => string): string {
  const height = Math.max(...pieces.map((p) => p.length));
  let out = '';
  for (let line = 0; line < height; line++) {
    let last = -1;
    pieces.forEach((p, i) => {
      if (p.length > line) last = i;
    });
    const parts: string[] = [];
    for (let i = 0; i <= last; i++) {
      const c = cols[i]!;
      const piece = pieces[i]![line] ?? '';
      const padded = c.right ? padStartDisplay(piece, c.width) : i === cols.length - 1 ? piece : padEndDisplay(piece, c.width);
      parts.push(paint(padded));
    }
    const text = parts.join(' ');
    out += (height > 1 ? text.replace(/\s+$/, '') : text) + '\n';
  }
  return out;
}

/** A cell's text split at its line breaks, and each line into pieces of at most `width` columns. */
export function splitToWidth(text: string, width: number): string[] {
  const pieces: string[] = [];
  for (const line of text.replace(/\r/g, '').split('\n')) {
    if (displayWidth(line) <= width) {
      pieces.push(line);
      continue;
    }
    let piece = '';
    let used = 0;
    for (const g of graphemes(line)) {
      if (used + g.width > width && piece) {
        pieces.push(piece);
        piece = '';
        used = 0;
      }
      piece += g.text;
      used += g.width;
    }
    pieces.push(piece);
  }
  return pieces;
}

/** A cell with a line break shows its first line and `…`. */
function cutAtLineBreak(text: string): string {
  const at = text.search(/[\r\n]/);
  return at < 0 ? text : text.slice(0, at) + '…';
}

/** Text cut to `width` columns: `…` at the end (left-aligned) or at the start (right-aligned) when there is room for it. */
function fitCell(text: string, width: number, right: boolean): string {
  if (displayWidth(text) <= width) return text;
  if (!right) return width > 1 ? truncateDisplay(text, width) : headOf(text, width);
  const keep = width > 1 ? width - 1 : width;
  const parts = graphemes(text);
  let tail = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0 && used + parts[i]!.width <= keep; i--) {
    tail = parts[i]!.text + tail;
    used += parts[i]!.width;
  }
  return width > 1 ? '…' + tail : tail;
}

function headOf(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    if (used + g.width > width) break;
    out += g.text;
    used += g.width;
  }
  return out;
}

/**
 * pwsh's column sizing for a line of `width` columns. Columns of width 0 are unsized: they start one
 * wide and share the rest of the line, a column at a time from the left. A table that is too wide
 * loses columns from the right: the last visible one shrinks by the excess, or is hidden (-1) when
 * fewer than one column would be left, until the table fits.
 */
function fitColumns(widths: number[], width: number): void {
  const total = () => {
    const shown = widths.filter((w) => w > 0);
    return shown.reduce((s, w) => s + w, 0) + shown.length - 1;
  };
  const unsized = widths.map((w) => w <= 0);
  if (unsized.some(Boolean)) {
    widths.forEach((w, i) => {
      if (w === 0) widths[i] = 1;
    });
    let free = width - total();
    if (free >= 0) {
      while (free > 0) {
        for (let i = 0; i < widths.length && free > 0; i++) {
          if (!unsized[i]) continue;
          widths[i]!++;
          free--;
        }
      }
      return;
    }
  } else if (total() <= width) {
    return;
  }
  for (;;) {
    const excess = total() - width;
    if (excess <= 0) return;
    const hidden = widths.findIndex((w) => w < 0);
    const last = (hidden < 0 ? widths.length : hidden) - 1;
    if (last < 0) return;
    const left = widths[last]! - excess;
    widths[last] = left < 1 ? -1 : left;
  }
}

/** The lines before a block's first object, which print before the block starts. */
function leadingLines(rows: ReadonlyArray<TableRow | ListRecord>): { text: string; count: number } {
  let text = '';
  let count = 0;
  for (const row of rows) {
    if (!('line' in row)) break;
    text += row.line + '\n';
    count++;
  }
  return { text, count };
}

/** An object printed out of band: its list between blank lines. */
function outOfBandText(pairs: Array<[string, unknown]>, width: number, color: boolean): string {
  return '\n' + listEntry(pairs, width, color) + '\n';
}

/**
 * One object as `Label : value` lines, labels padded to the longest; a value longer than its column
 * (the line less the label column) continues on further lines under the value column, and each line
 * of a multi-line value does the same.
 */
function listEntry(pairs: Array<[string, unknown]>, width: number, color: boolean): string {
  const labelWidth = Math.max(0, ...pairs.map(([n]) => displayWidth(n)));
  const indent = labelWidth + 3;
  const valueWidth = width - indent;
  let out = '';
  for (const [name, value] of pairs) {
    const label = padEndDisplay(name, labelWidth);
    const painted = color ? `${HEADER_COLOR}${label} : ${RESET}` : `${label} : `;
    const text = listCellText(value);
    const lines = valueWidth > 0 ? splitToWidth(text, valueWidth) : [text];
    out += `${painted}${lines[0] ?? ''}\n`;
    for (const more of lines.slice(1)) out += `${' '.repeat(indent)}${more}\n`;
  }
  return out;
}

/** A list: a blank line, then each object's entry followed by a blank line; lines between them as they come. */
function renderList(block: Extract<Block, { kind: 'list' }>, width: number, color: boolean): string {
  const leading = leadingLines(block.records);
  let out = leading.text + '\n';
  for (const record of block.records.slice(leading.count)) out += listRecordText(record, width, color);
  return out;
}

/** One record of a list (an object's entry and its blank line, a line, or an out-of-band list). */
export function listRecordText(record: ListRecord, width: number, color: boolean): string {
  if ('line' in record) return record.line + '\n';
  if ('outOfBand' in record) return outOfBandText(record.outOfBand, width, color);
  if ('custom' in record) return record.custom.text(width);
  return listEntry(record.pairs, width, color) + '\n';
}

/**
 * Format-Wide's columns (pwsh's wide view): with autoSize, as many as fit values of the group's widest
 * text and a separating space (`width / (widest + 1)`, at least one); the line is shared among them
 * equally, the first ones taking what does not divide.
 */
export function wideColumnWidths(texts: readonly string[], columns: number | 'auto', width: number): number[] {
  const count = columns === 'auto' ? Math.max(1, Math.floor(width / (Math.max(0, ...texts.map(measured)) + 1))) : columns;
  const room = width - (count - 1);
  const each = Math.floor(room / count);
  const extra = room % count;
  return Array.from({ length: count }, (_, i) => Math.max(1, each + (i < extra ? 1 : 0)));
}

/**
 * One line of Format-Wide: the values in their columns (a value too wide cut with `…`), every column
 * padded but the last; a short row (a group's last) keeps its empty columns.
 */
export function wideRowText(texts: readonly string[], widths: readonly number[]): string {
  return widths
    .map((w, i) => {
      const cell = fitCell(cutAtLineBreak(texts[i] ?? ''), w, false);
      return i === widths.length - 1 ? cell : padEndDisplay(cell, w);
    })
    .join(' ');
}

/** A group's heading line (`   TypeName: …`, `    Directory: …`) cut into lines of the width, as pwsh writes a line longer than the screen. */
export function headingLines(line: string, width: number): string {
  if (width <= 0 || line.length <= width) return line;
  const lines: string[] = [];
  for (let i = 0; i < line.length; i += width) lines.push(line.slice(i, i + width));
  return lines.join('\n');
}
