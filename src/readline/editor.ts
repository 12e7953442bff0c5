// The line editor as a pure reducer: (state, action, context) → state.
//
// Everything the spo> prompt does between two Enters lives here — insert/delete, cursor by
// character, word and line, undo/redo, a kill ring, history recall that restores the unsent draft,
// incremental search (`bck-i-search: `), tab-completion cycling and the completion menu. The UI
// (src/ui/**) only turns keys into actions, renders the state and acts on `state.outcome`
// (run the accepted text, print `^C`, exit, clear the screen, ring the bell). Nothing here performs
// I/O, so every behaviour is a table-driven unit test (test/readline-editor.test.ts).

import type { CompletionResult } from '../engine/api.js';
import type { EditCommand } from './commands.js';
import { resolveBinding, type EditMode } from './bindings.js';
import type { KeyEvent } from './keys.js';
import { menuLayout } from './menu-layout.js';
import { tokenize } from '../language/tokenizer.js';

export const CONTINUATION_PROMPT = '>> ';

/** What the reducer needs from the outside world, read-only. */
export interface EditorContext {
  mode: EditMode;
  /** The engine's ShellEngine.isIncomplete: true → Enter continues with `>> ` (PSReadLine's rule, for typed input). */
  isIncomplete(text: string): boolean;
  /**
   * The engine's ShellEngine.awaitsMoreLines: more lines could complete the statement, as in a script
   * file. Asked instead of isIncomplete while more input waits (a paste), so a pasted script runs as its
   * file would (a blank line inside `param( … )` does not end it).
   */
  awaitsMoreLines?(text: string): boolean;
  /** History entries, oldest first (History.entries()). */
  history: readonly string[];
  /** Tab completion (ShellEngine.complete / completeInput). */
  complete(text: string, cursor: number): CompletionResult;
  /** Terminal columns, for moving left/right in the completion menu grid. */
  width?: number;
  /**
   * The line already waiting after this one (the rest of a paste, or type-ahead), when Enter is the
   * key being handled: a waiting line that continues the statement keeps the input open.
   */
  nextLine?: string;
}

export type EditorAction =
  | { type: 'command'; command: EditCommand }
  /** Typed text (or a pasted block the UI chose to insert for editing). */
  | { type: 'insert'; text: string }
  /** A key event straight from keys.ts: resolved through the bindings of `context.mode`. */
  | { type: 'key'; event: KeyEvent }
  /** Replace the whole input (e.g. the UI restores a line); clears undo and history position. */
  | { type: 'setText'; text: string; cursor?: number };

/** What the UI must do after this action; cleared by the next action. */
export type EditorOutcome =
  /** Run `text` (already complete); the buffer has been reset for the next prompt. */
  | { kind: 'accept'; text: string }
  /** Ctrl+C: print the discarded `text` followed by `^C`, then a fresh prompt. */
  | { kind: 'cancel'; text: string }
  /** Ctrl+D on an empty line. */
  | { kind: 'exit' }
  | { kind: 'clearScreen' }
  /** Nothing to do (no completion, start of history...): ring the bell or ignore. */
  | { kind: 'bell' };

interface Snapshot {
  text: string;
  cursor: number;
}

export interface SearchState {
  direction: 'backward' | 'forward';
  query: string;
  /** Index into context.history of the entry shown, or null before the first match. */
  index: number | null;
  failed: boolean;
  /** The input before the search started (restored by Abort/Esc). */
  saved: Snapshot;
}

export interface CompletionCycle {
  result: CompletionResult;
  /** Index of the match currently in the buffer. */
  index: number;
  /** The input the completions were computed for; each step replaces within it. */
  base: Snapshot;
}

/** PSReadLine's CompletionQueryItems: from this many matches on, ask before showing them all. */
export const COMPLETION_QUERY_ITEMS = 100;

export type CompletionQuery = { kind: 'menu'; cycle: CompletionCycle } | { kind: 'list'; list: readonly string[] };

export interface EditorState {
  /** The whole input; lines are separated by \n (continuation lines display after `>> `). */
  readonly text: string;
  /** Offset into `text` (UTF-16 units), 0..text.length. */
  readonly cursor: number;
  readonly undoStack: readonly Snapshot[];
  readonly redoStack: readonly Snapshot[];
  readonly killRing: readonly string[];
  /** Position in history: null = the unsent draft. */
  readonly historyIndex: number | null;
  /** The unsent draft saved when history navigation began. */
  readonly draft: Snapshot | null;
  /**
   * The text is the history entry Up/Down just recalled, not yet edited or moved in: another Up/Down
   * recalls again even in a multi-line entry (PSReadLine's recall count), where Up/Down otherwise move
   * between its lines.
   */
  readonly recalled: boolean;
  /** What the last YankLastArg inserted (the history entry it came from and where it is), for the next press to replace. */
  readonly yank: { readonly index: number; readonly start: number; readonly end: number } | null;
  /** F8 prefix search: the prefix captured by the first press. */
  readonly historyPrefix: string | null;
  readonly search: SearchState | null;
  /** Tab / Shift+Tab cycle in progress (any other action ends it). */
  readonly completion: CompletionCycle | null;
  /** Ctrl+Space menu in progress; the selected match is already in the buffer. */
  readonly menu: CompletionCycle | null;
  /** Emacs Complete/PossibleCompletions: items to print below the input, once. */
  readonly list: readonly string[] | null;
  /** `Display all N possibilities? (y or n)`: what to show if the answer is y. */
  readonly query: CompletionQuery | null;
  /** The command applied by the previous action (Emacs Complete lists on the second Tab). */
  readonly lastCommand: EditCommand | null;
  /** `bck-i-search: query` (the cursor is drawn after it), or null. */
  readonly statusLine: string | null;
  readonly outcome: EditorOutcome | null;
}

export function createEditorState(text = '', cursor = text.length): EditorState {
  return {
    text,
    cursor,
    undoStack: [],
    redoStack: [],
    killRing: [],
    historyIndex: null,
    draft: null,
    recalled: false,
    yank: null,
    historyPrefix: null,
    search: null,
    completion: null,
    menu: null,
    list: null,
    query: null,
    lastCommand: null,
    statusLine: null,
    outcome: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Text geometry

/** PSReadLine's default WordDelimiters plus whitespace separate words. */
const WORD_DELIMITERS = new Set(';:,.[]{}()/\\|^&*-=+\'"\u2013\u2014\u2015');
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isWordChar = (c: string) => !isSpace(c) && !WORD_DELIMITERS.has(c);

export function backwardWordPosition(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && !isWordChar(text[p - 1]!)) p--;
  while (p > 0 && isWordChar(text[p - 1]!)) p--;
  return p;
}

/** Start of the next word (Windows Ctrl+Right). */
export function nextWordPosition(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && isWordChar(text[p]!)) p++;
  while (p < text.length && !isWordChar(text[p]!)) p++;
  return p;
}

/** End of the current or next word (Emacs Alt+F, Alt+D). */
export function forwardWordPosition(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && !isWordChar(text[p]!)) p++;
  while (p < text.length && isWordChar(text[p]!)) p++;
  return p;
}

function unixWordStart(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && isSpace(text[p - 1]!)) p--;
  while (p > 0 && !isSpace(text[p - 1]!)) p--;
  return p;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** Row (0 = first line) and column of the cursor, for rendering. */
export function cursorRowCol(text: string, cursor: number): { row: number; col: number } {
  const before = text.slice(0, cursor);
  const row = before.split('\n').length - 1;
  return { row, col: cursor - lineStart(text, cursor) };
}

/** The input split into display lines; line 0 follows the prompt, the rest follow `>> `. */
export function editorLines(state: EditorState): string[] {
  return state.text.split('\n');
}

/** One step left/right that never splits a surrogate pair (emoji in a pasted title). */
function prevCharPos(text: string, pos: number): number {
  if (pos <= 0) return 0;
  const c = text.charCodeAt(pos - 1);
  return c >= 0xdc00 && c <= 0xdfff && pos >= 2 ? pos - 2 : pos - 1;
}
function nextCharPos(text: string, pos: number): number {
  if (pos >= text.length) return text.length;
  const c = text.charCodeAt(pos);
  return c >= 0xd800 && c <= 0xdbff && pos + 1 < text.length ? pos + 2 : pos + 1;
}

// ---------------------------------------------------------------------------------------------
// Small state helpers

const UNDO_LIMIT = 200;

/**
 * A new text/cursor, recording the previous one for undo unless nothing changed. Every edit is its
 * own undo step, a typed character included, as in PSReadLine (EditItemInsertChar).
 */
function edit(state: EditorState, text: string, cursor: number): EditorState {
  if (text === state.text) return { ...state, cursor };
  const undoStack = [...state.undoStack.slice(-(UNDO_LIMIT - 1)), { text: state.text, cursor: state.cursor }];
  return { ...state, text, cursor, undoStack, redoStack: [] };
}

function move(state: EditorState, cursor: number): EditorState {
  return { ...state, cursor: Math.max(0, Math.min(cursor, state.text.length)) };
}

function kill(state: EditorState, from: number, to: number, cursor: number): EditorState {
  if (from === to) return { ...state, outcome: { kind: 'bell' } };
  const killed = state.text.slice(from, to);
  const next = edit(state, state.text.slice(0, from) + state.text.slice(to), cursor);
  return { ...next, killRing: [...state.killRing.slice(-9), killed] };
}

function insertText(state: EditorState, text: string): EditorState {
  const t = state.text.slice(0, state.cursor) + text + state.text.slice(state.cursor);
  return edit(state, t, state.cursor + text.length);
}

/** A fresh prompt after accept/cancel; the kill ring survives, as in PSReadLine. */
function fresh(state: EditorState, outcome: EditorOutcome): EditorState {
  return { ...createEditorState(), killRing: state.killRing, outcome };
}

function searchStatus(search: SearchState): string {
  const dir = search.direction === 'backward' ? 'bck' : 'fwd';
  return `${search.failed ? 'failed-' : ''}${dir}-i-search: ${search.query}`;
}

// ---------------------------------------------------------------------------------------------
// History

function showHistory(state: EditorState, index: number | null, ctx: EditorContext): EditorState {
  if (index === null) {
    const draft = state.draft ?? { text: '', cursor: 0 };
    return { ...state, text: draft.text, cursor: draft.cursor, historyIndex: null, draft: null, recalled: false };
  }
  const text = ctx.history[index]!;
  return {
    ...state,
    text,
    cursor: text.length,
    historyIndex: index,
    recalled: true,
    draft: state.draft ?? { text: state.text, cursor: state.cursor },
  };
}

function previousHistory(state: EditorState, ctx: EditorContext): EditorState {
  // In a multi-line input, Up first moves between its lines (not in one Up just recalled).
  const { row, col } = cursorRowCol(state.text, state.cursor);
  if (row > 0 && !state.recalled) {
    const prevStart = lineStart(state.text, lineStart(state.text, state.cursor) - 1);
    const prevEnd = lineEnd(state.text, prevStart);
    return move(state, Math.min(prevStart + col, prevEnd));
  }
  const n = ctx.history.length;
  if (n === 0) return { ...state, outcome: { kind: 'bell' } };
  const current = state.historyIndex ?? n;
  if (current <= 0) return { ...state, outcome: { kind: 'bell' } };
  return showHistory(state, Math.min(current, n) - 1, ctx);
}

function nextHistory(state: EditorState, ctx: EditorContext): EditorState {
  const here = lineEnd(state.text, state.cursor);
  if (here < state.text.length && !state.recalled) {
    const { col } = cursorRowCol(state.text, state.cursor);
    const nextStart = here + 1;
    return move(state, Math.min(nextStart + col, lineEnd(state.text, nextStart)));
  }
  if (state.historyIndex === null) return { ...state, outcome: { kind: 'bell' } };
  const next = state.historyIndex + 1;
  return showHistory(state, next >= ctx.history.length ? null : next, ctx);
}

function historyPrefixSearch(state: EditorState, ctx: EditorContext, step: -1 | 1): EditorState {
  const prefix = state.historyPrefix ?? state.text.slice(0, state.cursor);
  const lower = prefix.toLowerCase();
  const n = ctx.history.length;
  let i = (state.historyIndex ?? n) + step;
  for (; i >= 0 && i < n; i += step) {
    const entry = ctx.history[i]!;
    if (entry.toLowerCase().startsWith(lower) && entry !== state.text) break;
  }
  if (i < 0 || i >= n) return { ...state, historyPrefix: prefix, outcome: { kind: 'bell' } };
  return { ...showHistory(state, i, ctx), historyPrefix: prefix };
}

/** The last token of a history line (its last argument, or its command when it has none). */
function lastArgument(line: string): string | undefined {
  const tokens = tokenize(line);
  try {
    for (let i = tokens.count - 1; i >= 0; i--) {
      const kind = tokens.kind(i);
      if (kind !== 'newline' && kind !== 'eof' && kind !== 'comment' && tokens.end(i) > tokens.start(i)) return line.slice(tokens.start(i), tokens.end(i));
    }
    return undefined;
  } finally {
    tokens.release();
  }
}

/**
 * PSReadLine's YankLastArg: inserts the last argument of the previous history line; pressed again
 * straight away, replaces it with the last argument of the line before that.
 */
function yankLastArg(state: EditorState, ctx: EditorContext): EditorState {
  const previous = state.lastCommand === 'YankLastArg' ? state.yank : null;
  for (let index = (previous ? previous.index : ctx.history.length) - 1; index >= 0; index--) {
    const arg = lastArgument(ctx.history[index]!);
    if (arg === undefined) continue;
    const start = previous ? previous.start : state.cursor;
    const end = previous ? previous.end : state.cursor;
    const next = edit(state, state.text.slice(0, start) + arg + state.text.slice(end), start + arg.length);
    return { ...next, yank: { index, start, end: start + arg.length } };
  }
  return { ...state, outcome: { kind: 'bell' } };
}

// ---------------------------------------------------------------------------------------------
// Incremental search (Ctrl+R / Ctrl+S)

function findInHistory(
  ctx: EditorContext,
  query: string,
  from: number,
  direction: 'backward' | 'forward',
): { index: number; at: number } | null {
  const q = query.toLowerCase();
  const step = direction === 'backward' ? -1 : 1;
  for (let i = from; i >= 0 && i < ctx.history.length; i += step) {
    const at = ctx.history[i]!.toLowerCase().lastIndexOf(q);
    if (at >= 0) return { index: i, at };
  }
  return null;
}

function runSearch(state: EditorState, search: SearchState, from: number, ctx: EditorContext): EditorState {
  if (search.query === '') {
    const s = { ...search, failed: false };
    return { ...state, search: s, statusLine: searchStatus(s) };
  }
  const hit = findInHistory(ctx, search.query, from, search.direction);
  if (!hit) {
    const s = { ...search, failed: true };
    return { ...state, search: s, statusLine: searchStatus(s), outcome: { kind: 'bell' } };
  }
  const s = { ...search, index: hit.index, failed: false };
  const text = ctx.history[hit.index]!;
  return { ...state, text, cursor: hit.at, historyIndex: hit.index, search: s, statusLine: searchStatus(s) };
}

function startOrStepSearch(state: EditorState, direction: 'backward' | 'forward', ctx: EditorContext): EditorState {
  const n = ctx.history.length;
  if (!state.search) {
    const search: SearchState = { direction, query: '', index: null, failed: false, saved: { text: state.text, cursor: state.cursor } };
    return { ...state, search, statusLine: searchStatus(search), completion: null, menu: null };
  }
  const s = { ...state.search, direction };
  const current = s.index ?? (direction === 'backward' ? n : -1);
  return runSearch(state, s, current + (direction === 'backward' ? -1 : 1), ctx);
}

/** Applies an action while a search is active; returns null when the search ends without consuming it. */
function reduceSearch(state: EditorState, action: EditorAction, ctx: EditorContext): EditorState | null {
  const search = state.search!;
  const n = ctx.history.length;
  if (action.type === 'insert') {
    const s = { ...search, query: search.query + action.text };
    const from = search.index ?? (search.direction === 'backward' ? n - 1 : 0);
    return runSearch(state, s, from, ctx);
  }
  if (action.type !== 'command') return null;
  switch (action.command) {
    case 'ReverseSearchHistory':
      return startOrStepSearch(state, 'backward', ctx);
    case 'ForwardSearchHistory':
      return startOrStepSearch(state, 'forward', ctx);
    case 'BackwardDeleteChar': {
      const s = { ...search, query: search.query.slice(0, -1), index: null };
      if (s.query === '') {
        return { ...state, text: search.saved.text, cursor: search.saved.cursor, historyIndex: null, search: { ...s, failed: false }, statusLine: searchStatus({ ...s, failed: false }) };
      }
      return runSearch(state, s, search.direction === 'backward' ? n - 1 : 0, ctx);
    }
    case 'Abort':
      return { ...state, text: search.saved.text, cursor: search.saved.cursor, historyIndex: null, search: null, statusLine: null };
    case 'RevertLine':
      // Escape (Windows mode) ends the search on the line it found: PSReadLine leaves the search and
      // reverts the edits made to that line since it was recalled, which are none.
      return { ...state, search: null, statusLine: null };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Completion

function applyMatch(state: EditorState, cycle: CompletionCycle): EditorState {
  const { result, base, index } = cycle;
  const chosen = result.matches[index]!;
  const { text: match, back } = chosen.resultType === 'ProviderContainer' ? withDirectorySeparator(chosen.completionText) : { text: chosen.completionText, back: 0 };
  const text =
    base.text.slice(0, result.replacementIndex) + match + base.text.slice(result.replacementIndex + result.replacementLength);
  const cursor = result.replacementIndex + match.length - back;
  return { ...state, text, cursor };
}

const DIRECTORY_SEPARATOR = typeof process !== 'undefined' && process.platform === 'win32' ? '\\' : '/';

/**
 * A folder's completion ends with the directory separator, inside its closing quote, with the cursor
 * before that quote (`./alpha/`, `'./My Folder/'`): PSReadLine adds it to ProviderContainer results,
 * so the next Tab goes on into the folder.
 */
function withDirectorySeparator(text: string): { text: string; back: number } {
  const last = text[text.length - 1];
  const quoted = last === "'" || last === '"';
  const body = quoted ? text.slice(0, -1) : text;
  if (body.endsWith('/') || body.endsWith('\\')) return { text, back: quoted ? 1 : 0 };
  return quoted ? { text: body + DIRECTORY_SEPARATOR + last, back: 1 } : { text: text + DIRECTORY_SEPARATOR, back: 0 };
}

function startCycle(state: EditorState, ctx: EditorContext, first: 'first' | 'last'): EditorState {
  const result = ctx.complete(state.text, state.cursor);
  if (result.matches.length === 0) return { ...state, outcome: { kind: 'bell' } };
  const base = { text: state.text, cursor: state.cursor };
  const cycle = { result, base, index: first === 'first' ? 0 : result.matches.length - 1 };
  const withUndo = { ...state, undoStack: [...state.undoStack, base], redoStack: [] };
  return { ...applyMatch(withUndo, cycle), completion: cycle };
}

function stepCycle(state: EditorState, step: 1 | -1): EditorState {
  const cycle = state.completion!;
  const n = cycle.result.matches.length;
  const next = { ...cycle, index: (cycle.index + step + n) % n };
  return { ...applyMatch(state, next), completion: next };
}

function commonPrefixLength(words: string[]): number {
  let len = 0;
  const first = words[0]!.toLowerCase();
  for (; len < first.length; len++) {
    const c = first[len];
    if (!words.every((w) => w[len]?.toLowerCase() === c)) break;
  }
  return len;
}

/** Emacs Tab: one match replaces; several insert their common prefix, then list. */
function completeEmacs(state: EditorState, ctx: EditorContext, listOnly: boolean): EditorState {
  const result = ctx.complete(state.text, state.cursor);
  const matches = result.matches;
  if (matches.length === 0) return { ...state, outcome: { kind: 'bell' } };
  const base = { text: state.text, cursor: state.cursor };
  if (matches.length === 1 && !listOnly) {
    return applyEdit(state, applyMatch(state, { result, base, index: 0 }));
  }
  const list = matches.map((m) => m.listItemText);
  if (listOnly || state.lastCommand === 'Complete') return showList(state, list);
  const prefixLen = commonPrefixLength(matches.map((m) => m.completionText));
  if (prefixLen > result.replacementLength) {
    const prefix = matches[0]!.completionText.slice(0, prefixLen);
    const text = base.text.slice(0, result.replacementIndex) + prefix + base.text.slice(result.replacementIndex + result.replacementLength);
    const next = applyEdit(state, { ...state, text, cursor: result.replacementIndex + prefix.length });
    return { ...next, outcome: { kind: 'bell' } };
  }
  return showList(state, list);
}

function askFirst(state: EditorState, count: number, query: CompletionQuery): EditorState {
  return { ...state, query, statusLine: `Display all ${count} possibilities? (y or n) ` };
}

function showList(state: EditorState, list: readonly string[]): EditorState {
  return list.length >= COMPLETION_QUERY_ITEMS ? askFirst(state, list.length, { kind: 'list', list }) : { ...state, list };
}

function showMenu(state: EditorState, cycle: CompletionCycle): EditorState {
  const applied = applyEdit(state, applyMatch(state, cycle));
  return cycle.result.matches.length === 1 ? applied : { ...applied, menu: cycle };
}

/** The answer to `Display all N possibilities?`: y shows them; any other key just dismisses. */
function answerQuery(state: EditorState, action: EditorAction): EditorState {
  const query = state.query!;
  const dismissed: EditorState = { ...state, query: null, statusLine: null };
  if (action.type !== 'insert' || action.text.toLowerCase() !== 'y') return dismissed;
  return query.kind === 'menu' ? showMenu(dismissed, query.cycle) : { ...dismissed, list: query.list };
}

/** Records an undo step for a state computed elsewhere. */
function applyEdit(before: EditorState, after: EditorState): EditorState {
  return edit(before, after.text, after.cursor);
}

function reduceMenu(state: EditorState, action: EditorAction, ctx: EditorContext): EditorState | null {
  const menu = state.menu!;
  const n = menu.result.matches.length;
  const select = (index: number): EditorState => {
    const next = { ...menu, index: ((index % n) + n) % n };
    return { ...applyMatch(state, next), menu: next };
  };
  if (action.type !== 'command') return null; // typed text accepts the selection and is inserted
  const { rows } = menuLayout(
    menu.result.matches.map((m) => m.listItemText),
    ctx.width ?? 80,
  );
  switch (action.command) {
    case 'TabCompleteNext':
    case 'MenuComplete':
    case 'NextHistory':
      return select(menu.index + 1);
    case 'TabCompletePrevious':
    case 'PreviousHistory':
      return select(menu.index - 1);
    case 'ForwardChar':
      return menu.index + rows < n ? select(menu.index + rows) : state;
    case 'BackwardChar':
      return menu.index - rows >= 0 ? select(menu.index - rows) : state;
    case 'AcceptLine':
      return { ...state, menu: null };
    case 'Abort':
    case 'RevertLine':
      return { ...state, text: menu.base.text, cursor: menu.base.cursor, menu: null };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The reducer

/**
 * Whether a waiting line carries on the statement above it, as it would in a script file: a `catch`,
 * `finally`, `else` or `elseif` (after a closing brace), or a line starting with a pipe (pwsh 7's leading
 * `|`). Typed one line at a time, pwsh's console runs the statement above alone and then fails on the
 * keyword; a pasted script runs as its file would (docs/console.md, "Pasting a script").
 */
export function continuesStatement(text: string, nextLine: string | undefined): boolean {
  if (nextLine === undefined || text.trim() === '') return false;
  return /^\s*(?:(?:catch|finally|else|elseif)(?![\w-])|\|)/i.test(nextLine);
}

function reduceCommand(state: EditorState, command: EditCommand, ctx: EditorContext): EditorState {
  const { text, cursor } = state;
  switch (command) {
    case 'AcceptLine': {
      const incomplete = ctx.nextLine !== undefined && ctx.awaitsMoreLines ? ctx.awaitsMoreLines(text) : ctx.isIncomplete(text);
      if (incomplete || continuesStatement(text, ctx.nextLine)) {
        const next = edit(state, text + '\n', text.length + 1);
        return next;
      }
      return fresh(state, { kind: 'accept', text });
    }
    case 'AddLine':
      return insertText(state, '\n');
    case 'InsertLineAbove': {
      const at = lineStart(text, state.cursor);
      return edit(state, text.slice(0, at) + '\n' + text.slice(at), at);
    }
    case 'YankLastArg':
      return yankLastArg(state, ctx);
    case 'CancelLine':
      return fresh(state, { kind: 'cancel', text });
    case 'DeleteCharOrExit':
      if (text === '') return fresh(state, { kind: 'exit' });
      return reduceCommand(state, 'DeleteChar', ctx);
    case 'RevertLine':
      if (text === '' && state.historyIndex === null) return state;
      return { ...edit(state, '', 0), historyIndex: null, draft: null };
    case 'ClearScreen':
      return { ...state, outcome: { kind: 'clearScreen' } };
    case 'Abort':
      return state;
    case 'BackwardChar':
      return cursor === 0 ? { ...state, outcome: { kind: 'bell' } } : move(state, prevCharPos(text, cursor));
    case 'ForwardChar':
      return cursor === text.length ? { ...state, outcome: { kind: 'bell' } } : move(state, nextCharPos(text, cursor));
    case 'BackwardWord':
      return move(state, backwardWordPosition(text, cursor));
    case 'NextWord':
      return move(state, nextWordPosition(text, cursor));
    case 'ForwardWord':
      return move(state, forwardWordPosition(text, cursor));
    case 'BeginningOfLine':
      return move(state, lineStart(text, cursor));
    case 'EndOfLine':
      return move(state, lineEnd(text, cursor));
    case 'BackwardDeleteChar': {
      if (cursor === 0) return { ...state, outcome: { kind: 'bell' } };
      const from = prevCharPos(text, cursor);
      return edit(state, text.slice(0, from) + text.slice(cursor), from);
    }
    case 'DeleteChar': {
      if (cursor === text.length) return { ...state, outcome: { kind: 'bell' } };
      const to = nextCharPos(text, cursor);
      return edit(state, text.slice(0, cursor) + text.slice(to), cursor);
    }
    case 'BackwardKillWord': {
      const from = backwardWordPosition(text, cursor);
      return kill(state, from, cursor, from);
    }
    case 'UnixWordRubout': {
      const from = unixWordStart(text, cursor);
      return kill(state, from, cursor, from);
    }
    case 'KillWord':
      return kill(state, cursor, forwardWordPosition(text, cursor), cursor);
    case 'BackwardKillLine': {
      const from = lineStart(text, cursor);
      return kill(state, from, cursor, from);
    }
    case 'KillLine':
      return kill(state, cursor, lineEnd(text, cursor), cursor);
    case 'Yank': {
      const last = state.killRing[state.killRing.length - 1];
      return last === undefined ? { ...state, outcome: { kind: 'bell' } } : insertText(state, last);
    }
    case 'SwapCharacters': {
      if (text.length < 2 || cursor === 0) return { ...state, outcome: { kind: 'bell' } };
      const at = cursor === text.length ? cursor - 1 : cursor;
      const swapped = text.slice(0, at - 1) + text[at] + text[at - 1] + text.slice(at + 1);
      return edit(state, swapped, at + 1);
    }
    case 'Undo': {
      const prev = state.undoStack[state.undoStack.length - 1];
      if (!prev) return { ...state, outcome: { kind: 'bell' } };
      return {
        ...state,
        text: prev.text,
        cursor: prev.cursor,
        undoStack: state.undoStack.slice(0, -1),
        redoStack: [...state.redoStack, { text, cursor }],
          };
    }
    case 'Redo': {
      const next = state.redoStack[state.redoStack.length - 1];
      if (!next) return { ...state, outcome: { kind: 'bell' } };
      return {
        ...state,
        text: next.text,
        cursor: next.cursor,
        redoStack: state.redoStack.slice(0, -1),
        undoStack: [...state.undoStack, { text, cursor }],
          };
    }
    case 'PreviousHistory':
      return previousHistory(state, ctx);
    case 'NextHistory':
      return nextHistory(state, ctx);
    case 'BeginningOfHistory':
      return ctx.history.length === 0 ? { ...state, outcome: { kind: 'bell' } } : showHistory(state, 0, ctx);
    case 'EndOfHistory':
      return state.historyIndex === null ? state : showHistory(state, null, ctx);
    case 'HistorySearchBackward':
      return historyPrefixSearch(state, ctx, -1);
    case 'HistorySearchForward':
      return historyPrefixSearch(state, ctx, 1);
    case 'ReverseSearchHistory':
      return startOrStepSearch(state, 'backward', ctx);
    case 'ForwardSearchHistory':
      return startOrStepSearch(state, 'forward', ctx);
    case 'TabCompleteNext':
      return state.completion ? stepCycle(state, 1) : startCycle(state, ctx, 'first');
    case 'TabCompletePrevious':
      return state.completion ? stepCycle(state, -1) : startCycle(state, ctx, 'last');
    case 'Complete':
      return completeEmacs(state, ctx, false);
    case 'PossibleCompletions':
      return completeEmacs(state, ctx, true);
    case 'MenuComplete': {
      const result = ctx.complete(text, cursor);
      if (result.matches.length === 0) return { ...state, outcome: { kind: 'bell' } };
      const cycle = { result, base: { text, cursor }, index: 0 };
      if (result.matches.length >= COMPLETION_QUERY_ITEMS) return askFirst(state, result.matches.length, { kind: 'menu', cycle });
      return showMenu(state, cycle);
    }
    case 'SelfInsert':
      return state;
  }
}

/** The pure editor transition. `context` is read, never changed. */
export function editorReducer(state: EditorState, action: EditorAction, context: EditorContext): EditorState {
  // A key event becomes a command or typed text first.
  if (action.type === 'key') {
    const { event } = action;
    if (event.kind === 'text') {
      // Keys that arrive together (fast typing, a paste without bracketing) are still one undo
      // step each, as PSReadLine handles one key at a time.
      let next = state;
      for (const ch of event.text) next = editorReducer(next, { type: 'insert', text: ch }, context);
      return next;
    }
    if (event.kind === 'paste') return editorReducer(state, { type: 'insert', text: event.text }, context);
    const command = resolveBinding(event, context.mode);
    if (!command) return state.outcome ? { ...state, outcome: null } : state;
    return editorReducer(state, { type: 'command', command }, context);
  }

  let s: EditorState = { ...state, outcome: null, list: null };
  const command = action.type === 'command' ? action.command : null;
  if (s.query) return { ...answerQuery(s, action), lastCommand: command };

  if (s.search) {
    const handled = reduceSearch(s, action, context);
    if (handled) return { ...handled, lastCommand: command };
    // Any other action ends the search on the line it found, then applies normally.
    s = { ...s, search: null, statusLine: null };
  }
  if (s.menu) {
    const handled = reduceMenu(s, action, context);
    if (handled) return { ...handled, lastCommand: command };
    s = { ...s, menu: null };
  }
  // Only Tab/Shift+Tab continue a completion cycle.
  if (s.completion && command !== 'TabCompleteNext' && command !== 'TabCompletePrevious') s = { ...s, completion: null };
  if (command !== 'HistorySearchBackward' && command !== 'HistorySearchForward') s = { ...s, historyPrefix: null };
  if (s.recalled && command !== 'PreviousHistory' && command !== 'NextHistory') s = { ...s, recalled: false };

  let next: EditorState;
  switch (action.type) {
    case 'insert':
      next = action.text === '' ? s : insertText(s, action.text);
      break;
    case 'setText':
      next = { ...createEditorState(action.text, action.cursor ?? action.text.length), killRing: s.killRing };
      break;
    case 'command':
      next = reduceCommand(s, action.command, context);
      break;
  }
  return { ...next, lastCommand: command };
}
