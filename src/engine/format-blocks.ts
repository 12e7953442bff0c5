// PowerShell's table and list layouts, from prepared rows (format.ts decides what goes in them).
//
// Column widths follow pwsh's TableWriter: each column as wide as its header and widest cell (or
// the view's fixed width); when the line is too long, the last visible column gives up the excess,
// or disappears when that would leave it narrower than a minimum, until the table fits. A cell
// wider than its column is cut with `…` (or wrapped with -Wrap). Left-aligned last columns are not
// padded; the header underline is as long as the header (padded only when columns after it were dropped).

import { ArgumentNumber, formatNumber, toPSString, unwrap } from './convert.js';
import { PSHashtable } from './values.js';
import { displayWidth, padEndDisplay, padStartDisplay, truncateDisplay } from '../host/text-width.js';

export interface TableColumn {
  header: string;
  /** Fixed width (a view's or Format-Table's `width` key); content-sized when absent. */
  width?: number;
  /** Decided from the first row's value when absent: numbers and Booleans go right. */
  align?: 'left' | 'right';
}

/** A row of cell values, or a line printed between rows (a scalar that arrived mid-table). */
export type TableRow = { cells: unknown[] } | { line: string };

/** One object's label/value pairs, or a line printed between them. */
export type ListRecord = { pairs: Array<[string, unknown]> } | { line: string };

export type Block =
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[]; hideHeaders?: boolean; wrap?: boolean }
  | { kind: 'list'; records: ListRecord[] };

const HEADER_COLOR = '\x1b[32;1m';
const RESET = '\x1b[0m';

/** What Format-Table and Format-List emit: laid out when it reaches Out-Default or Out-String. */
export class FormattedBlock {
  constructor(readonly block: Block) {}
  render(width: number, color = false): string {
    return renderBlock(this.block, width, color);
  }
  toString(): string {
    return 'Microsoft.PowerShell.Commands.Internal.Format.FormatStartData';
  }
}

/** pwsh's TableWriter does not squeeze a column below this before dropping it. */
const MINIMUM_COLUMN_WIDTH = 5;

function isRightAligned(value: unknown): boolean {
  const v = unwrap(value);
  return typeof v === 'number' || typeof v === 'boolean';
}

/** A value as a table cell shows it: fractional numbers with two decimals (pwsh 7.6's table format). */
export function tableCellText(value: unknown): string {
  if (typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)) return value.toFixed(2);
  return listCellText(value);
}

export function listCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, 4).map(listCellText);
    return `{${shown.join(', ')}${value.length > 4 ? '…' : ''}}`;
  }
  if (value instanceof ArgumentNumber) return value.text;
  // A hashtable in a cell enumerates its entries: {[a, 1], [b, 2]}.
  if (value instanceof PSHashtable) return listCellText(value.entries().map(([k, v]) => `[${listCellText(k)}, ${listCellText(v)}]`));
  return toPSString(value);
}

export function renderBlock(block: Block, width: number, color: boolean): string {
  return block.kind === 'table' ? renderTable(block, width, color) : renderList(block, color);
}

/** Widths are terminal columns (wide characters take two), as the console shows them. */
const cut = truncateDisplay;

function renderTable(block: Extract<Block, { kind: 'table' }>, width: number, color: boolean): string {
  const dataRows = block.rows.filter((r): r is { cells: unknown[] } => 'cells' in r);
  const first = dataRows[0]?.cells ?? [];
  const texts = new Map<TableRow, string[]>();
  // No cell shows more than the width: a longer text ($Error's records, a here-string) is cut before
  // it is measured, or a megabyte cell costs seconds (found by the fuzz run). Cut past the width,
  // it still ends in '…'.
  const longest = 4 * width + 8;
  const capped = (t: string) => (t.length > longest ? t.slice(0, longest) : t);
  for (const r of dataRows) texts.set(r, block.columns.map((_, i) => tableCellText(r.cells[i])).map((t) => capped(t).replace(/\r?\n.*$/s, '')));
  const cols = block.columns.map((c, i) => {
    const natural = c.width ?? Math.max(block.hideHeaders ? 0 : displayWidth(c.header), ...dataRows.map((r) => displayWidth(texts.get(r)![i]!)), 1);
    return { header: c.header, width: natural, natural, right: c.align ? c.align === 'right' : isRightAligned(first[i]) };
  });
  trimToFit(cols, width);
  const visible = cols.map((c, i) => ({ ...c, index: i })).filter((c) => c.width > 0);
  const lastIndex = visible.length - 1;
  const field = (text: string, c: (typeof visible)[number], pos: number, padLast: boolean) => {
    const t = cut(text, c.width);
    if (c.right) return padStartDisplay(t, c.width);
    return pos === lastIndex && !padLast ? t : padEndDisplay(t, c.width);
  };
  const paint = (s: string) => (color ? `${HEADER_COLOR}${s}${RESET}` : s);
  let out = '\n';
  if (!block.hideHeaders) {
    out += visible.map((c, pos) => paint(field(c.header, c, pos, false))).join(' ') + '\n';
    // pwsh pads the underline of the last shown column when columns after it were dropped.
    const dropped = visible.length < cols.length;
    out += visible.map((c, pos) => paint(field('-'.repeat(Math.min(displayWidth(c.header), c.width)), c, pos, dropped))).join(' ') + '\n';
  }
  for (const row of block.rows) {
    if ('line' in row) {
      out += row.line + '\n';
      continue;
    }
    const cells = texts.get(row)!;
    if (!block.wrap) {
      out += visible.map((c, pos) => field(cells[c.index]!, c, pos, false)).join(' ') + '\n';
      continue;
    }
    const pieces = visible.map((c) => wrapText(cells[c.index]!, c.width));
    const height = Math.max(...pieces.map((p) => p.length));
    for (let line = 0; line < height; line++) {
      const parts = visible.map((c, pos) => field(pieces[pos]![line] ?? '', c, pos, false));
      // Continuation lines end where their text ends.
      const text = parts.join(' ');
      out += (line === 0 ? text : text.replace(/\s+$/, '')) + '\n';
    }
  }
  return out + '\n';
}

/** -Wrap: a cell's text in lines of at most `width`, broken after spaces where possible. */
function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const at = space > 0 ? space : width;
    lines.push(rest.slice(0, at));
    rest = rest.slice(space > 0 ? at + 1 : at);
  }
  lines.push(rest);
  return lines;
}

/** Takes the excess from the last visible column, hiding it (width 0) when it would get too narrow. */
function trimToFit(cols: Array<{ width: number }>, width: number): void {
  for (;;) {
    const shown = cols.filter((c) => c.width > 0);
    if (!shown.length) return;
    const total = shown.reduce((s, c) => s + c.width, 0) + shown.length - 1;
    if (total <= width) return;
    const last = shown[shown.length - 1]!;
    const excess = total - width;
    if (shown.length === 1 || last.width - excess >= MINIMUM_COLUMN_WIDTH) {
      last.width = Math.max(last.width - excess, 1);
      return;
    }
    last.width = 0;
  }
}

function renderList(block: Extract<Block, { kind: 'list' }>, color: boolean): string {
  let out = '';
  for (const record of block.records) {
    if ('line' in record) {
      out += record.line + '\n';
      continue;
    }
    const labelWidth = Math.max(0, ...record.pairs.map(([n]) => displayWidth(n)));
    out += '\n';
    for (const [name, value] of record.pairs) {
      const label = padEndDisplay(name, labelWidth);
      const painted = color ? `${HEADER_COLOR}${label} : ${RESET}` : `${label} : `;
      out += `${painted}${listCellText(value)}\n`;
    }
  }
  return out + '\n';
}
