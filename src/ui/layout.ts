// Pure layout helpers for the live region: where the terminal cursor goes, how the completion menu
// is laid out in a grid that never grows taller than the screen allows.

import { stripAnsi } from './colors.js';
import type { MenuView } from './editor-driver.js';

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
 * PSReadLine's MenuComplete grid: column width = longest item + 2, items in column-major order.
 * At most `maxRows` rows are shown (the window scrolls so the selected item stays visible).
 */
export function layoutMenu(menu: MenuView, columns: number, maxRows: number): MenuLayout {
  const longest = Math.max(1, ...menu.items.map((item) => displayWidth(item)));
  const colWidth = Math.min(columns, longest + 2);
  const cols = Math.max(1, Math.floor(columns / colWidth));
  const totalRows = Math.ceil(menu.items.length / cols);
  const limit = Math.max(1, maxRows);
  const shownRows = Math.min(totalRows, totalRows > limit ? limit - 1 : limit);
  const selectedRow = menu.selected >= 0 ? menu.selected % totalRows : 0;
  const first = Math.min(Math.max(0, selectedRow - shownRows + 1), Math.max(0, totalRows - shownRows));
  const rows: MenuLayout['rows'] = [];
  for (let r = first; r < first + shownRows; r++) {
    const row: Array<{ text: string; selected: boolean }> = [];
    for (let c = 0; c < cols; c++) {
      const index = c * totalRows + r;
      if (index >= menu.items.length) break;
      const item = menu.items[index]!;
      row.push({ text: item + ' '.repeat(Math.max(0, colWidth - displayWidth(item))), selected: index === menu.selected });
    }
    rows.push(row);
  }
  const hidden = totalRows - shownRows;
  return { rows, more: hidden > 0 ? `(${hidden} more row${hidden === 1 ? '' : 's'})` : null };
}
