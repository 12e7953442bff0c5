// What the console store needs from the line editor, and what the UI draws of it.
//
// The editing rules themselves (bindings, the pure reducer, history, completion cycling, search)
// live in src/readline; the driver only feeds them events and flattens their state into a view.

import type { ShellEngine } from '../engine/api.js';
import type { InputEvent } from './input.js';

export interface MenuView {
  items: string[];
  selected: number;
}

export interface EditorView {
  /** The input, one entry per line, already coloured for display. */
  lines: string[];
  /** Prompt of the lines after the first (`>> `). */
  continuationPrompt: string;
  /** Cursor as (line, column in display columns of the plain text: wide characters count two). */
  cursorLine: number;
  cursorColumn: number;
  /** Reverse/forward search status (`bck-i-search: text`), or null; the cursor is drawn after it. */
  search: string | null;
  /** Completion menu (Ctrl+Space), or null. */
  menu: MenuView | null;
}

export type EditOutcome =
  | { type: 'none' }
  /** Enter on complete input: run `text`; `echo` is how its lines looked (coloured). */
  | { type: 'accept'; text: string; echo: string[] }
  /** Print a list of completions below the input (Emacs Complete), then redraw the prompt. */
  | { type: 'list'; items: string[] }
  /** Ctrl+D on an empty line. */
  | { type: 'exit' }
  /** Ctrl+L. */
  | { type: 'clear' };

export interface EditorDriver {
  view(): EditorView;
  /** `nextLine`: the line waiting after this key's line (a paste's next line), for Enter to look at. */
  handle(event: InputEvent, nextLine?: string): EditOutcome;
  /** The accepted text is about to run: remember it in history. */
  commit(text: string): void;
  /** Drop the current input (Ctrl+C). */
  reset(): void;
  attachEngine?(engine: ShellEngine): void;
  /** A key whose completion must run a script first: settles when `handle` can take it (see ReadlineDriver). */
  prepare?(event: InputEvent): Promise<void> | undefined;
  resize?(columns: number, rows: number): void;
}
