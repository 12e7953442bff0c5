// Command history: what Up/Down, F8 and Ctrl+R walk through, kept across sessions in a file.
//
// PSReadLine's rules (shared/reference/terminal-ui.md §5, powershell-semantics.md §6.4):
// at most `historySize` entries (default 4096); no duplicates — re-running a line moves it to the
// end; whitespace-only lines are not kept; saved incrementally (one append per accepted line);
// multi-line entries are stored with a backtick before each newline; and a line that puts a
// literal into something named like a password, secret, token or API key, or uses -AsPlainText,
// is kept in memory only — it never reaches the file.

import { appendFileSync, chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { tokenize } from '../language/tokenizer.js';
import type { Token } from '../language/tokens.js';

export const DEFAULT_HISTORY_SIZE = 4096;
const HISTORY_FILE = 'history.txt';

/** The folder for the user's data: SPO_DATA_DIR, else the platform's per-user data folder. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SPO_DATA_DIR) return env.SPO_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'spo-shell');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'spo-shell');
}

export function historyFilePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(dataDirectory(env, platform), HISTORY_FILE);
}

// ---------------------------------------------------------------------------------------------
// Sensitive lines

const SENSITIVE = /password|asplaintext|token|apikey|secret/i;

/** Tokens that are literal values (not a variable, command, or expression). */
function isLiteral(t: Token | undefined): boolean {
  return t !== undefined && !t.commandName && (t.kind === 'string' || t.kind === 'number' || t.kind === 'generic');
}

/**
 * PSReadLine's rule: a line mentioning password|asplaintext|token|apikey|secret is kept in memory
 * only when it assigns a literal to such a variable or member, passes a literal to such a
 * parameter, or uses -AsPlainText. A line we cannot read is treated as sensitive: losing one
 * history line is better than writing a password to disk.
 */
export function isSensitiveLine(line: string): boolean {
  if (!SENSITIVE.test(line)) return false;
  const tokens = tokenize(line).filter((t) => t.kind !== 'comment' && t.kind !== 'eof');
  if (tokens.length === 0) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'parameter') {
      const name = t.text.replace(/^[-\u2013\u2014\u2015]/, '').replace(/:$/, '');
      if (/^asplaintext$/i.test(name)) return true;
      if (SENSITIVE.test(name) && isLiteral(tokens[i + 1])) return true;
    }
    if (t.kind === 'operator' && t.text === '=' && i > 0) {
      const target = tokens[i - 1]!;
      if (SENSITIVE.test(target.text) && isLiteral(tokens[i + 1])) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// File format: one entry per line; a newline inside an entry is written as backtick + newline.

export function encodeEntry(entry: string): string {
  return entry.replace(/\r?\n/g, '`\n');
}

export function decodeHistoryFile(content: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  for (const raw of content.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const continues = line.endsWith('`');
    const part = continues ? line.slice(0, -1) : line;
    current = current === null ? part : `${current}\n${part}`;
    if (!continues) {
      if (current.trim() !== '') out.push(current);
      current = null;
    }
  }
  if (current !== null && current.trim() !== '') out.push(current);
  return out;
}

// ---------------------------------------------------------------------------------------------

export interface HistoryOptions {
  /** Maximum entries kept (the historySize setting). */
  maxEntries?: number;
  /** The history file; null keeps history in memory only (tests, -NonInteractive runs). */
  file?: string | null;
}

export type AddResult = 'saved' | 'memory-only' | 'skipped';

interface Entry {
  text: string;
  /** False for sensitive lines, which never reach the file. */
  persist: boolean;
}

export class History {
  readonly maxEntries: number;
  readonly file: string | null;
  #entries: Entry[] = [];
  #view: readonly string[] = [];
  /** Lines in the file, to know when it is worth compacting. */
  #fileLines = 0;
  /** The last file error (unwritable folder...): history then keeps working in memory. */
  lastError: Error | null = null;

  constructor(options: HistoryOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_HISTORY_SIZE);
    this.file = options.file === undefined ? historyFilePath() : options.file;
  }

  /** A history loaded from its file (missing file = empty history). */
  static load(options: HistoryOptions = {}): History {
    const history = new History(options);
    if (history.file) {
      try {
        const content = readFileSync(history.file, 'utf8');
        const lines = decodeHistoryFile(content);
        history.#fileLines = content.split('\n').length - 1;
        for (const line of lines) history.#remember(line, true);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') history.lastError = e as Error;
      }
      history.#refresh();
    }
    return history;
  }

  /** Entries, oldest first. A new array after each change (safe to hand to a React reducer). */
  entries(): readonly string[] {
    return this.#view;
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Remembers an accepted line; writes it to the file unless it is sensitive. */
  add(line: string): AddResult {
    if (line.trim() === '') return 'skipped';
    const persist = !isSensitiveLine(line);
    this.#remember(line, persist);
    this.#refresh();
    if (!persist) return 'memory-only';
    if (!this.file) return 'saved';
    try {
      this.#append(line);
    } catch (e) {
      this.lastError = e as Error;
    }
    return 'saved';
  }

  /** Forgets everything in memory (the file is left alone). */
  clear(): void {
    this.#entries = [];
    this.#refresh();
  }

  #remember(text: string, persist: boolean): void {
    const existing = this.#entries.findIndex((e) => e.text === text);
    if (existing >= 0) this.#entries.splice(existing, 1);
    this.#entries.push({ text, persist });
    if (this.#entries.length > this.maxEntries) this.#entries.splice(0, this.#entries.length - this.maxEntries);
  }

  #refresh(): void {
    this.#view = Object.freeze(this.#entries.map((e) => e.text));
  }

  #append(line: string): void {
    const file = this.file!;
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const encoded = encodeEntry(line) + '\n';
    appendFileSync(file, encoded, { encoding: 'utf8', mode: 0o600 });
    this.#fileLines += encoded.split('\n').length - 1;
    // The file grows with re-run lines; rewrite it once it holds twice what we keep.
    if (this.#fileLines > 2 * this.maxEntries) this.#compact();
  }

  #compact(): void {
    const file = this.file!;
    const kept = this.#entries.filter((e) => e.persist).map((e) => encodeEntry(e.text) + '\n');
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, kept.join(''), { encoding: 'utf8', mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, file);
    this.#fileLines = kept.reduce((n, k) => n + k.split('\n').length - 1, 0);
  }
}

/**
 * Finds an entry containing (`substring`) or starting with (`prefix`) the query,
 * case-insensitively, from index `from` stepping backward or forward. Returns its index or -1.
 */
export function searchHistory(
  entries: readonly string[],
  query: string,
  from: number,
  direction: 'backward' | 'forward',
  match: 'substring' | 'prefix' = 'substring',
): number {
  const q = query.toLowerCase();
  const step = direction === 'backward' ? -1 : 1;
  for (let i = from; i >= 0 && i < entries.length; i += step) {
    const e = entries[i]!.toLowerCase();
    if (match === 'prefix' ? e.startsWith(q) : e.includes(q)) return i;
  }
  return -1;
}
