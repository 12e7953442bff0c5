// Adapts the pure readline editor (src/readline/editor.ts) to the console store: key events go in
// as reducer actions, the reducer's outcome comes back as what the console must do, and the
// state is flattened into what the live region draws.

import type { ShellEngine, CompletionResult } from '../engine/api.js';
import type { EditMode } from '../readline/bindings.js';
import {
  CONTINUATION_PROMPT,
  createEditorState,
  cursorRowCol,
  editorLines,
  editorReducer,
  type EditorContext,
  type EditorState,
} from '../readline/editor.js';
import type { EditorDriver, EditorView, EditOutcome } from './editor-driver.js';
import type { InputEvent } from './input.js';
import { displayWidth } from '../host/text-width.js';

/** The history store the editor reads and the console appends to. */
export interface HistoryPort {
  entries(): readonly string[];
  add(line: string): void;
}

export interface EditorDriverOptions {
  editMode: EditMode;
  history: HistoryPort;
  /** Colours the input for display, one string per line (syntax colouring); absent = plain. */
  colorLines?: (text: string) => string[];
  columns?: number;
}

const NO_COMPLETIONS: CompletionResult = { replacementIndex: 0, replacementLength: 0, matches: [] };

export class ReadlineDriver implements EditorDriver {
  #state: EditorState = createEditorState();
  readonly #context: EditorContext;
  readonly #history: HistoryPort;
  readonly #colorLines: (text: string) => string[];
  #view: EditorView | null = null;

  constructor(options: EditorDriverOptions) {
    this.#history = options.history;
    this.#colorLines = options.colorLines ?? ((text) => text.split('\n'));
    const history = this.#history;
    this.#context = {
      mode: options.editMode,
      isIncomplete: () => false,
      get history() {
        return history.entries();
      },
      complete: () => NO_COMPLETIONS,
      width: options.columns ?? 80,
    };
  }

  attachEngine(engine: ShellEngine): void {
    this.#context.isIncomplete = (text) => engine.isIncomplete(text);
    this.#context.complete = (text, cursor) => engine.complete(text, cursor);
  }

  resize(columns: number): void {
    this.#context.width = columns;
  }

  handle(event: InputEvent, nextLine?: string): EditOutcome {
    const before = this.#state;
    this.#context.nextLine = nextLine;
    this.#state = editorReducer(before, { type: 'key', event }, this.#context);
    this.#context.nextLine = undefined;
    if (this.#state !== before) this.#view = null;
    const outcome = this.#state.outcome;
    if (this.#state.list) {
      const items = [...this.#state.list];
      this.#state = { ...this.#state, list: null };
      return { type: 'list', items };
    }
    switch (outcome?.kind) {
      case 'accept':
        return { type: 'accept', text: outcome.text, echo: this.#colourLines(outcome.text) };
      case 'exit':
        return { type: 'exit' };
      case 'clearScreen':
        return { type: 'clear' };
      case 'cancel':
        // The console handles Ctrl+C before the editor; a binding to CancelLine elsewhere is the same.
        return { type: 'none' };
      default:
        return { type: 'none' };
    }
  }

  commit(text: string): void {
    this.#history.add(text);
  }

  reset(): void {
    this.#state = { ...createEditorState(), killRing: this.#state.killRing };
    this.#view = null;
  }

  view(): EditorView {
    if (this.#view) return this.#view;
    const state = this.#state;
    const { row, col } = cursorRowCol(state.text, state.cursor);
    const menu = state.menu;
    this.#view = {
      lines: this.#colourLines(state.text),
      continuationPrompt: CONTINUATION_PROMPT,
      cursorLine: row,
      cursorColumn: displayWidth(state.text.slice(state.cursor - col, state.cursor)),
      search: state.statusLine,
      menu: menu ? { items: menu.result.matches.map((m) => m.listItemText), selected: menu.index } : null,
    };
    return this.#view;
  }

  #colourLines(text: string): string[] {
    const lines = this.#colorLines(text);
    // The colourer must keep the line structure; if it ever does not, show the plain text.
    return lines.length === editorLines({ ...this.#state, text }).length ? lines : text.split('\n');
  }
}
