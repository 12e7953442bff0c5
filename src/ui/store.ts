// The console's state machine, outside React.
//
// It owns the phases of the console (editing a line, running a command, reading a prompt, exited),
// the queue of input that waits while a command runs (type-ahead and the rest of a pasted block),
// the sign-in panel and progress line, and the transcript sink. Ink components subscribe to it
// with useSyncExternalStore and draw `state`; nothing here imports React or Ink.

import type { ConsoleSurface, ReadRequest } from '../host/ink-host.js';
import type { ProgressRecord, SignInPanel } from '../host/host.js';
import type { ConnectionInfo } from '../engine/session.js';
import type { ShellEngine } from '../engine/api.js';
import type { EditorDriver, EditorView } from './editor-driver.js';
import type { InputEvent } from './input.js';
import { stripAnsi } from './colors.js';
import { untrustedText } from '../net/untrusted-text.js';
import { displayWidth, padEndDisplay } from '../host/text-width.js';
import { EMPTY_READ_FIELD, editReadField, insertIntoReadField, readFieldText, type ReadField } from '../readline/read-field.js';

export type Phase = 'edit' | 'running' | 'read' | 'exited';

export interface ReadView {
  prompt: string;
  secret: boolean;
  /** Shown text: the value, or one '*' per character for a secret. Never the secret itself. */
  shown: string;
  /** Characters of `shown` before the cursor. */
  cursor: number;
}

export interface ConsoleState {
  phase: Phase;
  prompt: string;
  editor: EditorView;
  read: ReadView | null;
  panel: SignInPanel | null;
  progress: ProgressRecord | null;
  connection: ConnectionInfo | null;
  columns: number;
  rows: number;
}

export interface ConsoleStoreOptions {
  prompt: string;
  editor: EditorDriver;
  columns: number;
  rows: number;
  /** Whether to colour the echo of `^C`. */
  color: boolean;
}

/** Bright red ^C, as PSReadLine prints it when Ctrl+C cancels the line. */
const CTRL_C_ECHO = '\x1b[91m^C\x1b[0m';
/** $PSStyle.Formatting.Warning, for the console's own notices. */
const WARNING_COLOR = '\x1b[33;1m';

interface PendingRead {
  request: ReadRequest;
  field: ReadField;
  resolve: (value: string | null) => void;
  onAbort: () => void;
}

export class ConsoleStore implements ConsoleSurface {
  #state: ConsoleState;
  readonly #listeners = new Set<() => void>();
  readonly #editor: EditorDriver;
  readonly #color: boolean;
  #engine: ShellEngine | null = null;
  /** Transcript sink; until the UI mounts, text is kept and flushed on attach. */
  #sink: ((text: string) => void) | null = null;
  #unsent: string[] = [];
  #clearSink: ((scrollback: boolean) => void) | null = null;
  /** Input that arrived while a command ran, or the rest of a pasted block. */
  readonly #queue: InputEvent[] = [];
  /** A key waiting for its completion to be worked out (EditorDriver.prepare), and the key once it is. */
  #preparing = false;
  #prepared: InputEvent | undefined;
  #running: AbortController | null = null;
  #read: PendingRead | null = null;
  #exitCode: number | null = null;
  readonly #exitWaiters: Array<(code: number) => void> = [];
  /** Hook for the host: a command ended, flush its partial line. */
  onCommandEnd: (() => void) | null = null;

  constructor(options: ConsoleStoreOptions) {
    this.#editor = options.editor;
    this.#color = options.color;
    this.#state = {
      phase: 'edit',
      prompt: options.prompt,
      editor: this.#editor.view(),
      read: null,
      panel: null,
      progress: null,
      connection: null,
      columns: options.columns,
      rows: options.rows,
    };
  }

  // ---- subscription (useSyncExternalStore) ----

  getState = (): ConsoleState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(patch: Partial<ConsoleState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }

  // ---- wiring ----

  attachEngine(engine: ShellEngine): void {
    this.#engine = engine;
    this.#editor.attachEngine?.(engine);
    this.#set({ connection: engine.session.connection });
    engine.session.connectionListeners.add((connection) => this.#set({ connection }));
  }

  /** The UI hands in how to write above the live region and how to clear the screen (and its scrollback). */
  attachSink(write: (text: string) => void, clear: (scrollback: boolean) => void): void {
    this.#sink = write;
    this.#clearSink = clear;
    if (this.#unsent.length) {
      write(this.#unsent.join(''));
      this.#unsent = [];
    }
  }

  /**
   * The window has a new size, and the resize is over (resize-safe-output.ts tells the console only
   * once the size has stopped changing).
   */
  resize(columns: number, rows: number): void {
    if (columns === this.#state.columns && rows === this.#state.rows) return;
    this.#editor.resize?.(columns, rows);
    this.#set({ columns, rows, editor: this.#editor.view() });
  }

  /** Draws the live region again as it is (Ink redrew it without the cursor's place). */
  refresh(): void {
    this.#set({});
  }

  /** Resolves with the exit code when the console ends. */
  waitForExit(): Promise<number> {
    if (this.#exitCode !== null) return Promise.resolve(this.#exitCode);
    return new Promise((resolve) => this.#exitWaiters.push(resolve));
  }

  // ---- ConsoleSurface (used by InkHost) ----

  get columns(): number {
    return this.#state.columns;
  }

  print(text: string): void {
    if (this.#sink) this.#sink(text);
    else this.#unsent.push(text);
  }

  read(request: ReadRequest): Promise<string | null> {
    if (request.signal?.aborted || this.#state.phase === 'exited') return Promise.resolve(null);
    return new Promise((resolve) => {
      const onAbort = (): void => this.#finishRead(null, false);
      request.signal?.addEventListener('abort', onAbort, { once: true });
      this.#read = { request, field: EMPTY_READ_FIELD, resolve, onAbort };
      if (request.secret) this.#setAsideWaitingLine();
      this.#set({ phase: 'read', read: { prompt: request.prompt, secret: request.secret, shown: '', cursor: 0 } });
    });
  }

  /**
   * A password prompt takes only what is typed after it appears (as with PSReadLine); the line that
   * was already waiting behind the command (the next line of a paste, or keys typed ahead) may be
   * the password itself, pasted with the command that asks for it. pwsh 7.6.10 runs such a line as a
   * command and prints it in "The term '…' is not recognized"; here it is set aside unread: never
   * run, shown or stored (docs/console.md). A waiting line that plainly runs something (a known
   * command, an assignment, a statement: the next line of a pasted documentation example) keeps its
   * place and runs when the prompt is answered, as it does under PSReadLine.
   */
  #setAsideWaitingLine(): void {
    if (!this.#queue.length) return;
    const enter = this.#queue.findIndex((event) => event.kind === 'key' && event.name === 'enter');
    const line = this.#queue.slice(0, enter < 0 ? this.#queue.length : enter);
    const typedText = line.every((event) => event.kind === 'text') ? line.map((event) => (event.kind === 'text' ? event.text : '')).join('') : null;
    if (typedText !== null && this.#engine?.readsAsCommand(typedText)) return;
    this.#queue.splice(0, enter < 0 ? this.#queue.length : enter + 1);
    const notice = 'WARNING: The line after this command was set aside, not run: it may be the password. Type the password at the prompt.';
    this.print((this.#color ? `${WARNING_COLOR}${notice}\x1b[0m` : notice) + '\n');
  }

  /** Panels open now, newest last; the newest is shown. A retry notice opened over the device code
   *  must give the code back when it closes. */
  #panels: SignInPanel[] = [];

  openPanel(panel: SignInPanel): () => void {
    this.#panels.push(panel);
    this.#set({ panel });
    return () => {
      const index = this.#panels.indexOf(panel);
      if (index < 0) return;
      this.#panels.splice(index, 1);
      if (this.#state.panel === panel) this.#set({ panel: this.#panels.at(-1) ?? null });
    };
  }

  setProgress(record: ProgressRecord | null): void {
    this.#set({ progress: record });
  }

  /**
   * Clears the screen. Clear-Host (`cls`) erases the scrollback too; Ctrl+L (`scrollback` false) writes
   * what PSReadLine writes, which leaves the scrollback to the terminal (tmux keeps the cleared lines).
   */
  clear(scrollback = true): void {
    if (this.#clearSink) this.#clearSink(scrollback);
  }

  // ---- input ----

  /** Every decoded key, text run or paste from the terminal comes here. */
  input(event: InputEvent): void {
    if (this.#state.phase === 'exited') return;
    if (isCtrlC(event)) {
      this.#ctrlC();
      return;
    }
    switch (this.#state.phase) {
      case 'read':
        // A prompt only takes what is typed after it appeared; older input keeps waiting.
        this.#readInput(event);
        return;
      case 'running':
        this.#queue.push(...splitPasteIntoLines(event));
        return;
      case 'edit':
        this.#queue.push(...splitPasteIntoLines(event));
        this.#drain();
        return;
    }
  }

  #ctrlC(): void {
    const phase = this.#state.phase;
    // Whatever was queued behind the cancelled work must not run on its own.
    this.#queue.length = 0;
    if (phase === 'read' || phase === 'running') {
      this.#running?.abort();
      if (this.#read) this.#finishRead(null, true);
      return;
    }
    // At the prompt: echo the line with ^C and start afresh.
    const echo = this.#echoLines(this.#editor.view());
    this.print(echo + (this.#color ? CTRL_C_ECHO : '^C') + '\n');
    this.#editor.reset();
    this.#set({ editor: this.#editor.view() });
  }

  /** Feeds queued input to the editor until a command starts or the queue is empty. */
  #drain(): void {
    while (this.#state.phase === 'edit' && this.#queue.length && !this.#preparing) {
      const event = this.#queue.shift()!;
      // A completion that runs a script (an argument completer): the key waits, at the queue's head, until it is ready.
      const pending = event === this.#prepared ? undefined : this.#editor.prepare?.(event);
      this.#prepared = undefined;
      if (pending) {
        this.#queue.unshift(event);
        this.#preparing = true;
        void pending.then(() => {
          this.#preparing = false;
          this.#prepared = event;
          this.#drain();
        });
        return;
      }
      const outcome = this.#editor.handle(event, waitingLine(this.#queue));
      switch (outcome.type) {
        case 'accept':
          this.#accept(outcome.text, outcome.echo);
          return;
        case 'list':
          this.print(this.#echoLines(this.#editor.view()) + '\n' + columnize(outcome.items, this.#state.columns));
          break;
        case 'exit':
          // The prompt stays in the transcript, as a terminal's shell leaves it when it ends.
          this.print(this.#echoLines(this.#editor.view()) + '\n');
          this.#exit(0);
          return;
        case 'clear':
          this.clear(false);
          break;
        case 'none':
          break;
      }
    }
    if (this.#state.phase === 'edit') this.#set({ editor: this.#editor.view() });
  }

  #accept(text: string, echo: string[]): void {
    const echoed = this.#echoLines({ lines: echo, continuationPrompt: this.#editor.view().continuationPrompt });
    this.print(echoed + '\n');
    this.#editor.commit(text);
    this.#set({ editor: this.#editor.view() });
    void this.#run(text, echoed);
  }

  /** The prompt and the input lines as they looked, for the transcript. */
  #echoLines(view: Pick<EditorView, 'lines' | 'continuationPrompt'>): string {
    return view.lines
      .map((line, i) => (i === 0 ? this.#state.prompt : view.continuationPrompt) + line)
      .join('\n');
  }

  async #run(text: string, echo?: string): Promise<void> {
    const engine = this.#engine;
    if (!engine) throw new Error('ConsoleStore: no engine attached');
    const controller = new AbortController();
    this.#running = controller;
    this.#set({ phase: 'running' });
    let exitCode: number | undefined;
    try {
      const result = await engine.run(text, { signal: controller.signal, echo, addToHistory: true });
      exitCode = result.exitCode;
      if (exitCode === undefined && engine.promptText) {
        // A command that Ctrl+C stopped still gets the session's prompt (pwsh runs `prompt` after it);
        // the prompt has a signal of its own, so another Ctrl+C stops a slow one.
        const promptRun = controller.signal.aborted ? new AbortController() : controller;
        this.#running = promptRun;
        this.#showPrompt(await engine.promptText(promptRun.signal));
      }
    } catch (error) {
      // The engine promises never to throw; if it does, the console must survive it.
      const message = error instanceof Error ? error.message : String(error);
      this.print(`${this.#color ? '\x1b[31;1m' : ''}Internal error: ${stripAnsi(message)}${this.#color ? '\x1b[0m' : ''}\n`);
    }
    this.#running = null;
    this.onCommandEnd?.();
    if (this.#read) this.#finishRead(null, false);
    this.#panels = [];
    this.#set({ panel: null, progress: null });
    if (exitCode !== undefined) {
      this.#exit(exitCode);
      return;
    }
    this.#set({ phase: 'edit', editor: this.#editor.view() });
    this.#drain();
  }

  /**
   * The prompt the session's `prompt` function returned: its last line is the prompt of the input
   * line; lines before it print above, as a console shows a prompt with line breaks.
   */
  #showPrompt(text: string): void {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const prompt = lines.pop()!;
    if (lines.length) this.print(lines.join('\n') + '\n');
    if (prompt !== this.#state.prompt) this.#set({ prompt });
  }

  #exit(code: number): void {
    this.#queue.length = 0;
    this.#exitCode = code;
    this.#set({ phase: 'exited' });
    for (const waiter of this.#exitWaiters.splice(0)) waiter(code);
  }

  // ---- prompt fields (Read-Host, passwords, mandatory parameters) ----

  #readInput(event: InputEvent): void {
    const read = this.#read;
    if (!read) return;
    if (read.request.key) {
      // ReadKey: the first key is the answer, whatever it is.
      const key = event.kind === 'text' || event.kind === 'paste' ? [...event.text][0] : KEY_CHARACTERS[event.name];
      if (key !== undefined) this.#finishRead(key, false);
      return;
    }
    const masked = read.request.secret;
    let field: ReadField | undefined;
    if (event.kind === 'text') field = insertIntoReadField(read.field, event.text, masked);
    else if (event.kind === 'paste') {
      // A pasted answer ends at its first line break, which submits it; the rest of the paste
      // waits with the other queued input and runs after the command, line by line.
      const text = pastedText(event.text);
      const brk = /\n/.exec(text);
      read.field = insertIntoReadField(read.field, brk ? text.slice(0, brk.index) : text, masked);
      if (brk) {
        const rest = text.slice(brk.index + 1);
        if (rest) this.#queue.push(...splitPasteIntoLines({ kind: 'paste', text: rest }));
        this.#finishRead(readFieldText(read.field), false);
        return;
      }
      field = read.field;
    } else if (event.name === 'enter') {
      this.#finishRead(readFieldText(read.field), false);
      return;
    } else {
      field = editReadField(read.field, event, masked);
    }
    if (!field) return;
    read.field = field;
    this.#set({ read: { ...this.#state.read!, shown: shownText(field, masked), cursor: field.cursor } });
  }

  #finishRead(value: string | null, cancelled: boolean): void {
    const read = this.#read;
    if (!read) return;
    this.#read = null;
    read.request.signal?.removeEventListener('abort', read.onAbort);
    // The transcript keeps the prompt and the echo: '*' per character for a secret, never the text;
    // nothing for a key press (ReadKey's NoEcho, which is how scripts call it).
    const shown = read.request.key ? '' : shownText(read.field, read.request.secret);
    this.print(read.request.prompt + shown + (cancelled ? (this.#color ? CTRL_C_ECHO : '^C') : '') + '\n');
    this.#set({ phase: this.#running ? 'running' : 'edit', read: null });
    read.resolve(value);
  }
}

/** What a prompt's field shows: its text, or one '*' per character for a secret (never the secret itself). */
function shownText(field: ReadField, masked: boolean): string {
  return masked ? '*'.repeat(field.chars.length) : readFieldText(field);
}

/** The character ReadKey reports for the named keys that have one. */
const KEY_CHARACTERS: Record<string, string> = { enter: '\r', escape: '\x1b', tab: '\t', backspace: '\b', space: ' ' };

/** Items in columns across the width, as a completion list is printed. */
function columnize(items: string[], columns: number): string {
  const width = Math.max(...items.map((item) => displayWidth(item))) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows: string[] = [];
  for (let i = 0; i < items.length; i += perRow) {
    rows.push(items.slice(i, i + perRow).map((item) => padEndDisplay(item, width)).join('').trimEnd());
  }
  return rows.join('\n') + '\n';
}

/** The text of the line at the head of the queue, when the whole line is there (text, then Enter). */
function waitingLine(queue: readonly InputEvent[]): string | undefined {
  const [first, second] = queue;
  // An empty line waiting (a paste's blank line) is a waiting line too.
  if (first?.kind === 'key' && first.name === 'enter') return '';
  if (first?.kind !== 'text' || second?.kind !== 'key' || second.name !== 'enter') return undefined;
  return first.text;
}

function isCtrlC(event: InputEvent): boolean {
  return event.kind === 'key' && event.ctrl && event.name === 'c';
}

/**
 * A pasted block becomes its lines with an Enter after each, so the lines run one by one exactly
 * as if typed; a prompt opened by one line never sees the lines after it.
 */
export function splitPasteIntoLines(event: InputEvent): InputEvent[] {
  if (event.kind !== 'paste') return [event];
  const parts = pastedText(event.text).split('\n');
  const events: InputEvent[] = [];
  parts.forEach((part, i) => {
    if (part) events.push({ kind: 'text', text: part.replace(/\t/g, '    ') });
    if (i < parts.length - 1) events.push(ENTER);
  });
  return events;
}

/**
 * A paste's text with line breaks as \n and without terminal control sequences or other control
 * characters (tab stays): an escape sequence in a paste is never typed into the line.
 */
function pastedText(text: string): string {
  return untrustedText(text.replace(/\r\n?/g, '\n'));
}

const ENTER: InputEvent = { kind: 'key', name: 'enter', ctrl: false, alt: false, shift: false, sequence: '\r' };
