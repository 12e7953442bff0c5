// Adapts the pure readline editor (src/readline/editor.ts) to the console store: key events go in
// as reducer actions, the reducer's outcome comes back as what the console must do, and the
// state is flattened into what the live region draws.

import type { ShellEngine, CompletionResult } from '../engine/api.js';
import { resolveBinding, type EditMode } from '../readline/bindings.js';
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
  #engine: ShellEngine | undefined;
  /** A completion worked out ahead (a script completer's, which cannot answer inside the reducer): used once, for this text and cursor. */
  #prepared: { text: string; cursor: number; result: CompletionResult } | undefined;

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
    if (engine.awaitsMoreLines) this.#context.awaitsMoreLines = (text) => engine.awaitsMoreLines!(text);
    this.#engine = engine;
    this.#context.complete = (text, cursor) => {
      const prepared = this.#prepared;
      this.#prepared = undefined;
      return prepared && prepared.text === text && prepared.cursor === cursor ? prepared.result : engine.complete(text, cursor);
    };
  }

  /**
   * A key that starts a completion which must run a script first (Register-ArgumentCompleter): the
   * promise settles when the completion is ready, and the console hands the key to `handle` then.
   */
  prepare(event: InputEvent): Promise<void> | undefined {
    const state = this.#state;
    if (!this.#engine?.completeAsync || state.search || state.menu || state.query) return undefined;
    if (event.kind !== 'key') return undefined;
    const command = resolveBinding(event, this.#context.mode);
    const starts =
      command === 'Complete' || command === 'PossibleCompletions' || command === 'MenuComplete' ||
      ((command === 'TabCompleteNext' || command === 'TabCompletePrevious') && !state.completion);
    if (!starts) return undefined;
    const { text, cursor } = state;
    const pending = this.#engine.completeAsync(text, cursor);
    if (!pending) return undefined;
    return pending.then(
      (result) => {
        this.#prepared = { text, cursor, result };
      },
      () => {},
    );
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
