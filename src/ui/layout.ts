// Pure layout helpers for the live region: where the terminal cursor goes, how the completion menu
// is laid out in a grid that never grows taller than the screen allows.

import type { MenuView } from './editor-driver.js';
import { menuLayout } from '../readline/menu-layout.js';
import { displayWidth, graphemes, padEndDisplay } from '../host/text-width.js';

export { displayWidth };

const SGR = /\x1b\[[0-9;]*m/g;

/**
 * Where the terminal's cursor is after the first `upTo` columns of `text` (all of it by default),
 * wrapped at `columns` as a terminal wraps: a wide character that does not fit in what is left of
 * a row starts the next one. A cursor on a full row, or before a wide character that will not fit,
 * sits at the start of the next row.
 */
function placeCursor(text: string, columns: number, upTo = Infinity): { x: number; y: number } {
  const width = Math.max(1, columns);
  let x = 0;
  let y = 0;
  let used = 0;
  const cells = graphemes(text.replace(SGR, ''));
  let i = 0;
  for (; i < cells.length && used < upTo; i++) {
    const w = cells[i]!.width;
    if (w > 0 && x + w > width) {
      x = 0;
      y++;
    }
    x += w;
    used += w;
  }
  const next = cells[i]?.width ?? 0;
  if (x >= width || (next > 0 && x + next > width)) return { x: 0, y: y + 1 };
  return { x, y };
}

/**
 * Cursor position (relative to the first row of the input) for prompt + lines, with the cursor at
 * (line, column), the column counted in display columns of the plain text. Long lines wrap at
 * `columns` as wrapRows wraps them.
 */
export function cursorPosition(
  prompts: string[],
  lines: string[],
  cursorLine: number,
  cursorColumn: number,
  columns: number,
): { x: number; y: number } {
  let y = 0;
  for (let i = 0; i < cursorLine && i < lines.length; i++) y += wrapRows(prompts[i]! + lines[i]!, columns).length;
  const prompt = prompts[cursorLine] ?? '';
  const at = placeCursor(prompt + (lines[cursorLine] ?? ''), columns, displayWidth(prompt) + cursorColumn);
  return { x: at.x, y: y + at.y };
}

/** Cursor position after the whole of `text` (a prompt being answered). */
export function cursorAfter(text: string, columns: number): { x: number; y: number } {
  return placeCursor(text, columns);
}

export interface MenuLayout {
  /** Rows of the grid, each already padded; the selected cell is marked by index. */
  rows: Array<Array<{ text: string; selected: boolean }>>;
  /** A "…n more" note when the grid was cut to fit. */
  more: string | null;
}

/**
 * The completion menu's grid (src/readline/menu-layout.ts: PSReadLine's column-major
 * MenuComplete grid, the same one the arrow keys move in), cut to at most `maxRows` rows; the
 * window scrolls so that the selected item stays visible.
 */
export function layoutMenu(menu: MenuView, columns: number, maxRows: number): MenuLayout {
  const grid = menuLayout(menu.items, columns);
  const limit = Math.max(1, maxRows);
  // When the grid is cut, one of the allowed rows says how many are hidden.
  const shownRows = grid.rows > limit ? Math.max(1, limit - 1) : grid.rows;
  const selectedRow = menu.selected >= 0 ? menu.selected % grid.rows : 0;
  const first = Math.min(Math.max(0, selectedRow - shownRows + 1), grid.rows - shownRows);
  const rows: MenuLayout['rows'] = grid.grid.slice(first, first + shownRows).map((row) =>
    row
      .filter((index): index is number => index !== null)
      .map((index) => {
        const item = menu.items[index]!;
        return { text: padEndDisplay(item, grid.columnWidth), selected: index === menu.selected };
      }),
  );
  const hidden = grid.rows - shownRows;
  return { rows, more: hidden > 0 ? `(${hidden} more row${hidden === 1 ? '' : 's'})` : null };
}

const SGR_OR_TEXT = /(\x1b\[[0-9;]*m)/;

/**
 * Splits one logical line (which may carry SGR colour codes) into terminal rows of at most
 * `columns` display columns, breaking between characters as a terminal does (a wide character that
 * does not fit starts the next row), so the cursor maths in cursorPosition holds (Ink's own
 * wrapping breaks at spaces). A colour running over a break is closed at the end of the row and
 * reopened at the start of the next.
 */
export function wrapRows(line: string, columns: number): string[] {
  const width = Math.max(1, columns);
  const rows: string[] = [];
  let row = '';
  let used = 0;
  let active = '';
  for (const part of line.split(SGR_OR_TEXT)) {
    if (part === '') continue;
    if (part.startsWith('\x1b[')) {
      active = part === '\x1b[0m' || part === '\x1b[m' ? '' : active + part;
      row += part;
      continue;
    }
    for (const ch of graphemes(part)) {
      if (ch.width > 0 && used + ch.width > width) {
        rows.push(active ? row + '\x1b[0m' : row);
        row = active;
        used = 0;
      }
      row += ch.text;
      used += ch.width;
    }
  }
  rows.push(row);
  return rows;
}
