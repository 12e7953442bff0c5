// Follows what Ink's log-update has drawn in the live region, from the bytes it writes, so that a
// terminal resize can be repaired: when the window narrows, terminals that reflow (Windows
// Terminal, iTerm2, Terminal.app, VTE, kitty, tmux …) re-wrap the old frame's rows, and Ink, which
// erases as many rows as it drew, would leave the top of the old frame behind.
//
// Ink writes a frame as one chunk: [hide cursor, back to bottom][erase lines] FRAME\n [cursor up,
// cursor to column, show cursor]; a cursor-only move is the same without FRAME; a clear is only the
// erase. Transcript lines are written between a clear and a fresh frame, so the last chunk with
// text in it is always the frame on screen.

import { displayWidth, wrapRows } from './layout.js';
import { stripVTControlCharacters } from 'node:util';

/** Control sequences other than colours (SGR ends in `m`): cursor moves, erases, modes. */
const LEADING_CONTROL = /^(?:\x1b\[[0-9;?]*[A-Za-ln-z])+/;
const TRAILING_CONTROL = /(?:\x1b\[[0-9;?]*[A-Za-ln-z])+$/;
/** Ink's cursor suffix: optional cursor-up, cursor-to-column (1-based), show cursor. */
const CURSOR_SUFFIX = /(?:\x1b\[(\d+)A)?\x1b\[(\d+)G\x1b\[\?25h$/;
const ERASE_LINE = '\x1b[2K';

/** Where the cursor may be after the re-wrap: rows below the start of its row, and its column. */
export interface CursorPlace {
  rows: number;
  column: number;
}

export interface ErasePlan {
  /** Rows between the frame's first row and the first row of the cursor's line, after the re-wrap. */
  rowsAbove: number;
  /**
   * Where the cursor can be within its own line, by terminal: first where a terminal that re-wraps
   * the cursor's row puts it (assumed when the terminal does not answer), then where one that
   * leaves the row alone does. A cursor position report's column tells them apart.
   */
  cursorPlaces: CursorPlace[];
}

/**
 * Up to the frame's first row, then erase to the end of the screen. The first row is erased on its
 * own and the rest from its second column: an erase-below that starts at the top-left corner counts
 * as clearing the whole screen, which tmux (scroll-on-clear) first copies into the scrollback. (Not
 * from the row below: on the screen's last row the cursor cannot go down, and coming back up would
 * start the next frame on a transcript row.)
 */
export function eraseSequence(up: number): string {
  return (up > 0 ? `\x1b[${up}A` : '') + '\r\x1b[2K\x1b[2G\x1b[J\r';
}

export class FrameTracker {
  /** Rows of the frame on screen, or null when nothing is drawn. */
  #lines: string[] | null = null;
  /** Cursor inside the frame; null = on the row just below the frame, column 0. */
  #cursor: { x: number; y: number } | null = null;

  observe(chunk: string): void {
    if (chunk === '') return;
    const leading = LEADING_CONTROL.exec(chunk)?.[0] ?? '';
    const trailing = TRAILING_CONTROL.exec(chunk.slice(leading.length))?.[0] ?? '';
    const body = chunk.slice(leading.length, chunk.length - trailing.length);
    const suffix = CURSOR_SUFFIX.exec(body === '' ? leading : trailing);
    if (body !== '') {
      const text = body.endsWith('\n') ? body.slice(0, -1) : body;
      this.#lines = text.split('\n');
      this.#cursor = suffix ? this.#cursorFrom(suffix) : null;
    } else if (suffix) {
      this.#cursor = this.#cursorFrom(suffix);
    } else if (leading.includes(ERASE_LINE)) {
      this.#lines = null;
      this.#cursor = null;
    }
  }

  /** Forget the frame (it has been erased by other means). */
  reset(): void {
    this.#lines = null;
    this.#cursor = null;
  }

  get lines(): readonly string[] | null {
    return this.#lines;
  }

  /**
   * How to erase the frame once the terminal has re-wrapped it to `columns`: each row of width w
   * above the cursor now takes ceil(w / columns) rows. The cursor's own row is where terminals
   * differ. Those that re-wrap it (tmux, VTE, iTerm2, Windows Terminal) move the cursor with its
   * cell; a cursor at or past the end of the row's text (where it is after typing: Ink's rows end
   * without trailing blanks) stays at the end of the text, tmux checked: 88 characters at 44
   * columns leave it on the second row, in the column after the last (44), not at the start of a
   * third. xterm.js (VS Code, Hyper) leaves the cursor's row as it was, the cursor clamped to the
   * last column. Null when nothing is drawn.
   */
  planErase(columns: number): ErasePlan | null {
    const lines = this.#lines;
    if (!lines) return null;
    const width = Math.max(1, columns);
    const rowsOf = (line: string) => wrapRows(stripVTControlCharacters(line), width);
    const cursor = this.#cursor;
    let rowsAbove = 0;
    const above = cursor ? Math.min(cursor.y, lines.length) : lines.length;
    for (let i = 0; i < above; i++) rowsAbove += rowsOf(lines[i]!).length;
    if (!cursor) return { rowsAbove, cursorPlaces: [{ rows: 0, column: 0 }] };
    const rows = rowsOf(lines[cursor.y] ?? '');
    const text = displayWidth(stripVTControlCharacters(lines[cursor.y] ?? ''));
    const rewrapped =
      cursor.x >= text
        ? { rows: rows.length - 1, column: displayWidth(stripVTControlCharacters(rows.at(-1)!)) }
        : { rows: Math.floor(cursor.x / width), column: cursor.x % width };
    const leftAlone = { rows: 0, column: Math.min(cursor.x, width - 1) };
    return { rowsAbove, cursorPlaces: [rewrapped, leftAlone] };
  }

  #cursorFrom(match: RegExpExecArray): { x: number; y: number } {
    const up = match[1] ? Number(match[1]) : 0;
    const rows = this.#lines?.length ?? 0;
    return { x: Number(match[2]) - 1, y: Math.max(0, rows - up) };
  }
}
