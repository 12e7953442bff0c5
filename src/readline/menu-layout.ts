// The completion menu's grid as PSReadLine's MenuComplete lays it out: pure arithmetic shared by
// the editor (moving through the menu) and the UI (drawing it).

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
