// Pure layout helpers for the live region: where the terminal cursor goes, how the completion menu
// is laid out in a grid that never grows taller than the screen allows.

import { stripAnsi } from './colors.js';
import type { MenuView } from './editor-driver.js';
import { menuLayout } from '../readline/menu-layout.js';

/** Display width of text (escape sequences removed; one column per code point). */
export function displayWidth(text: string): number {
  return [...stripAnsi(text)].length;
}

/** Terminal rows a line of `width` columns occupies when wrapped at `columns`. */
function rowsOf(width: number, columns: number): number {
  return Math.max(1, Math.ceil(width / Math.max(1, columns)));
}

/**
 * Cursor position (relative to the first row of the input) for prompt + lines, with the cursor at
 * (line, column). Long lines wrap at `columns`.
 */
export function cursorPosition(
  prompts: string[],
  lines: string[],
  cursorLine: number,
  cursorColumn: number,
  columns: number,
): { x: number; y: number } {
  let y = 0;
  for (let i = 0; i < cursorLine && i < lines.length; i++) {
    y += rowsOf(displayWidth(prompts[i]!) + displayWidth(lines[i]!), columns);
  }
  const offset = displayWidth(prompts[cursorLine] ?? '') + cursorColumn;
  return { x: offset % columns, y: y + Math.floor(offset / columns) };
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
        return { text: item + ' '.repeat(Math.max(0, grid.columnWidth - displayWidth(item))), selected: index === menu.selected };
      }),
  );
  const hidden = grid.rows - shownRows;
  return { rows, more: hidden > 0 ? `(${hidden} more row${hidden === 1 ? '' : 's'})` : null };
}

const SGR_OR_TEXT = /(\x1b\[[0-9;]*m)/;

/**
 * Splits one logical line (which may carry SGR colour codes) into terminal rows of at most
 * `columns` characters, breaking between characters as a terminal does, so the cursor maths in
 * cursorPosition holds (Ink's own wrapping breaks at spaces). A colour running over a break is
 * closed at the end of the row and reopened at the start of the next.
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
    for (const ch of part) {
      if (used === width) {
        rows.push(active ? row + '\x1b[0m' : row);
        row = active;
        used = 0;
      }
      row += ch;
      used++;
    }
  }
  rows.push(row);
  return rows;
}
