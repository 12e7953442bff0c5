// Tab completion (filled in below): PowerShell's CompleteInput rules and the menu grid layout.
import type { CompletionResult } from '../engine/api.js';
import type { CmdletDefinition } from '../cmdlets/types.js';

export interface CompletionCommandSource {
  resolve(name: string): CmdletDefinition | undefined;
  /** Cmdlet names and aliases, canonical casing. */
  names(): string[];
}

export interface CompletionContext {
  commands: CompletionCommandSource;
  /** Session variable names, stored casing, without `$`. */
  variables: () => string[];
}

export function completeInput(text: string, cursor: number, ctx: CompletionContext): CompletionResult {
  void ctx;
  return { replacementIndex: cursor, replacementLength: 0, matches: [] };
}

export interface MenuLayout {
  columnWidth: number;
  columns: number;
  rows: number;
  /** grid[row][column] = index into the items, column-major; null where the last column is short. */
  grid: Array<Array<number | null>>;
}

/** PSReadLine's MenuComplete grid: column width = longest item + 2, items column-major. */
export function menuLayout(items: readonly string[], width: number): MenuLayout {
  const columnWidth = Math.max(0, ...items.map((i) => i.length)) + 2;
  const maxColumns = Math.max(1, Math.floor(width / columnWidth));
  const rows = Math.max(1, Math.ceil(items.length / maxColumns));
  const columns = Math.max(1, Math.ceil(items.length / rows));
  const grid: Array<Array<number | null>> = [];
  for (let r = 0; r < rows; r++) {
    const row: Array<number | null> = [];
    for (let c = 0; c < columns; c++) {
      const index = c * rows + r;
      row.push(index < items.length ? index : null);
    }
    grid.push(row);
  }
  return { columnWidth, columns, rows, grid };
}
