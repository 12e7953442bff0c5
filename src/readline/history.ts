// Command history: what Up/Down, F8 and Ctrl+R walk through, kept across sessions in a file.
//
// PSReadLine's rules (shared/reference/terminal-ui.md §5, powershell-semantics.md §6.4):
// at most `historySize` entries (default 4096); no duplicates — re-running a line moves it to the
// end; whitespace-only lines are not kept; saved incrementally (one append per accepted line);
// multi-line entries are stored with a backtick before each newline; and a line that holds a
// password, secret, token or API key as literal text (isSensitiveLine, PSReadLine's default
// AddToHistoryHandler) is kept in memory only — it never reaches the file.

import { appendFileSync, chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripDocumentationPrompts } from '../language/doc-prompts.js';
import { nestedStatements, type CommandAst, type CommandElement, type Expr, type ScriptBlockAst, type Span, type Statement } from '../language/ast.js';
import { parseScript } from '../language/parser.js';

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
// Sensitive lines: PSReadLine's default AddToHistoryHandler (GetDefaultAddToHistoryOption).
//
// A line that mentions password|asplaintext|token|apikey|secret is parsed, and each mention is
// judged by the innermost piece of syntax that holds it:
// - a variable ($password, $env:SPO_TOKEN, ${secret}, [string]$password): sensitive only as the
//   target of an assignment (=, +=, ...) whose right side is not a command call — `$t = "x"`,
//   `$t = ("x")`, `$t = @("x")` are, `$t = Get-Secret` and `$x = $password` are not;
// - a string (quoted or a bare word, a command name, a hashtable key): always sensitive, except
//   a SecretManagement command name (Get-Secret ...), which makes its whole command safe, and a
//   property name read (`$c.Password`) or set from a command or a variable;
// - a parameter (-Password, -NuGetApiKey): sensitive when -AsPlainText, or when given an argument
//   that is not a variable or a parenthesised command (`-Token $t`, `-Token (Get-Secret)` are safe);
//   a parameter with no argument (-SaveToken) is safe;
// - anything else (a comment, a type name, text inside "..."): sensitive.
// A line that does not parse is sensitive: losing one history line beats writing a password
// to disk. Documentation prompts (`PS C:\> `, `PS> `) are removed first, as the engine does.

const SENSITIVE = /password|asplaintext|token|apikey|secret/gi;

/** SecretManagement's commands: their names contain "secret" but reveal nothing. */
const SECRET_MANAGEMENT_COMMANDS = new Set(
  [
    'Get-Secret', 'Get-SecretInfo', 'Get-SecretVault', 'Register-SecretVault', 'Remove-Secret', 'Set-SecretInfo',
    'Set-SecretVaultDefault', 'Test-SecretVault', 'Unlock-SecretVault', 'Unregister-SecretVault',
  ].map((n) => n.toLowerCase()),
);


/** The nearest assignment around a node, and whether the node is on its left side. */
interface AssignmentContext {
  onLeft: boolean;
  value: Statement;
}

/** The innermost piece of syntax that holds one mention of a sensitive word. */
type Holder =
  | { kind: 'variable'; assignment?: AssignmentContext; end: number }
  | { kind: 'string' }
  | { kind: 'memberName'; assignment?: AssignmentContext }
  | { kind: 'commandName'; command: CommandAst }
  | { kind: 'parameter'; parameter: Extract<CommandElement, { kind: 'parameter' }>; next?: CommandElement }
  | { kind: 'other' };

const OTHER: Holder = { kind: 'other' };

/** Finds what holds the text start..end of the source. */
class HolderFinder {
  constructor(
    private readonly start: number,
    private readonly end: number,
  ) {}

  private holds(span: Span): boolean {
    return span.start <= this.start && span.end >= this.end;
  }

  statements(list: readonly Statement[], ctx?: AssignmentContext): Holder {
    for (const s of list) if (this.holds(s.span)) return this.statement(s, ctx);
    return OTHER;
  }

  statement(s: Statement, ctx?: AssignmentContext): Holder {
    switch (s.kind) {
      case 'pipeline':
        for (const el of s.elements) {
          if (!this.holds(el.span)) continue;
          return el.kind === 'command' ? this.command(el, ctx) : this.expr(el.expr, ctx);
        }
        return OTHER;
      case 'assignment':
        if (this.holds(s.target.span)) return this.expr(s.target, { onLeft: true, value: s.value });
        if (this.holds(s.value.span)) return this.statement(s.value, { onLeft: false, value: s.value });
        return OTHER;
      case 'chain':
        return this.statements(s.pipelines, ctx);
      case 'throw':
      case 'exit':
        return s.value && this.holds(s.value.span) ? this.statement(s.value, ctx) : OTHER;
      case 'function':
        return this.block(s.body);
      case 'enum':
        return OTHER;
      case 'class':
        for (const m of s.methods) {
          const found = this.block(m.body);
          if (found !== OTHER) return found;
        }
        return OTHER;
      default:
        // Control flow: the statement inside it that holds the mention (keywords, labels, switch
        // patterns and catch types fall through to OTHER, which keeps the line out of the file).
        return this.statements(nestedStatements(s));
    }
  }

  /** A script block's statements; a parameter's default value counts as any other expression. */
  block(b: ScriptBlockAst): Holder {
    for (const p of b.parameters ?? []) if (p.defaultValue && this.holds(p.defaultValue.span)) return this.expr(p.defaultValue);
    for (const list of [b.blocks.begin, b.blocks.process, b.blocks.end]) if (list) {
      const found = this.statements(list);
      if (found !== OTHER) return found;
    }
    return OTHER;
  }

  command(c: CommandAst, ctx?: AssignmentContext): Holder {
    if (this.holds(c.nameSpan)) {
      if (c.nameExpr && c.nameExpr.kind !== 'string') return this.expr(c.nameExpr, ctx);
      return { kind: 'commandName', command: c };
    }
    for (let i = 0; i < c.elements.length; i++) {
      const el = c.elements[i]!;
      if (!this.holds(el.span)) continue;
      switch (el.kind) {
        case 'parameter':
          if (el.argument && this.holds(el.argument.span)) return this.expr(el.argument, ctx);
          return { kind: 'parameter', parameter: el, next: c.elements[i + 1] };
        case 'argument':
          return this.expr(el.expr, ctx);
        case 'splat':
          return { kind: 'variable', assignment: ctx, end: el.span.end };
      }
    }
    return OTHER;
  }

  expr(x: Expr, ctx?: AssignmentContext): Holder {
    const inner = (list: ReadonlyArray<Expr | undefined>): Holder => {
      for (const e of list) if (e && this.holds(e.span)) return this.expr(e, ctx);
      return OTHER;
    };
    switch (x.kind) {
      case 'string':
        return { kind: 'string' };
      case 'variable':
        return { kind: 'variable', assignment: ctx, end: x.span.end };
      case 'expandable':
        return inner(x.parts.filter((p): p is Expr => typeof p !== 'string'));
      case 'subexpression':
      case 'arraySubexpression':
        return this.statements(x.statements, ctx);
      case 'paren':
        return this.holds(x.pipeline.span) ? this.statement(x.pipeline, ctx) : OTHER;
      case 'array':
        return inner(x.elements);
      case 'hashtable':
        for (const entry of x.entries) {
          if (this.holds(entry.key.span)) return this.expr(entry.key, ctx);
          if (this.holds(entry.value.span)) return this.statement(entry.value, ctx);
        }
        return OTHER;
      case 'member':
        if (this.holds(x.target.span)) return this.expr(x.target, ctx);
        if (x.nameExpr && this.holds(x.nameExpr.span)) return this.expr(x.nameExpr, ctx);
        return { kind: 'memberName', assignment: ctx };
      case 'invoke': {
        if (this.holds(x.target.span)) return this.expr(x.target, ctx);
        if (x.nameExpr && this.holds(x.nameExpr.span)) return this.expr(x.nameExpr, ctx);
        const arg = x.args.find((a) => this.holds(a.span));
        if (arg) return this.expr(arg, ctx);
        // The method name sits between the target and the first argument (or the brackets).
        const firstArg = x.args[0]?.span.start ?? x.span.end;
        return this.end <= firstArg ? { kind: 'memberName', assignment: ctx } : OTHER;
      }
      case 'index':
        return inner([x.target, x.index]);
      case 'unary':
        return inner([x.operand]);
      case 'binary':
        return inner([x.left, x.right]);
      case 'ternary':
        return inner([x.condition, x.ifTrue, x.ifFalse]);
      case 'cast':
        return inner([x.operand]);
      case 'scriptBlock':
        return this.block(x.block);
      default:
        return OTHER;
    }
  }
}

/** A right side that runs commands (`Get-Secret`, `"x" | ConvertTo-Json`), not a lone expression. */
function isCommandCall(value: Statement): boolean {
  return value.kind === 'pipeline' && !(value.elements.length === 1 && value.elements[0]!.kind === 'expression');
}

/** A right side that is one variable (`$c.Password = $p`). */
function isLoneVariable(value: Statement): boolean {
  if (value.kind !== 'pipeline' || value.elements.length !== 1) return false;
  const el = value.elements[0]!;
  return el.kind === 'expression' && el.expr.kind === 'variable';
}

/** The argument a parameter is given: `-Name:value`, else the element after it unless that is a parameter. */
function argumentOf(holder: Extract<Holder, { kind: 'parameter' }>): Expr | { kind: 'splat'; span: Span } | undefined {
  if (holder.parameter.argument) return holder.parameter.argument;
  const next = holder.next;
  if (!next || next.kind === 'parameter') return undefined;
  return next.kind === 'argument' ? next.expr : { kind: 'splat', span: next.span };
}

/** 'sensitive', or the offset to look for the next mention from. */
function judge(holder: Holder, matchEnd: number): 'sensitive' | number {
  switch (holder.kind) {
    case 'variable':
      return holder.assignment?.onLeft && !isCommandCall(holder.assignment.value) ? 'sensitive' : matchEnd;
    case 'string':
      return 'sensitive';
    case 'commandName': {
      const c = holder.command;
      const name = c.nameExpr?.kind === 'string' ? c.nameExpr.value : c.name;
      return SECRET_MANAGEMENT_COMMANDS.has(name.toLowerCase()) ? c.span.end : 'sensitive';
    }
    case 'memberName': {
      const a = holder.assignment;
      const safe = !a?.onLeft || isCommandCall(a.value) || isLoneVariable(a.value);
      return safe ? matchEnd : 'sensitive';
    }
    case 'parameter': {
      // PSReadLine matches -AsPlainText with its exact casing; any casing here (a safer superset).
      if (/^asplaintext$/i.test(holder.parameter.typed)) return 'sensitive';
      const arg = argumentOf(holder);
      if (!arg) return matchEnd; // a switch such as -SaveToken or -UseDefaultPassword
      if (arg.kind === 'variable' || arg.kind === 'splat') return arg.span.end;
      if (arg.kind === 'paren' && isCommandCall(arg.pipeline)) return matchEnd;
      return 'sensitive';
    }
    case 'other':
      return 'sensitive';
  }
}

/**
 * True when a line must stay in memory only (PSReadLine's MemoryOnly): it holds a password,
 * token, API key or secret as literal text, or it cannot be read. See the rules above.
 */
export function isSensitiveLine(line: string): boolean {
  const text = stripDocumentationPrompts(line);
  SENSITIVE.lastIndex = 0;
  if (!SENSITIVE.test(text)) return false;
  let statements: Statement[];
  try {
    const parsed = parseScript(text);
    if (parsed.errors.length > 0) return true;
    statements = parsed.script.statements;
  } catch {
    return true;
  }
  let from = 0;
  for (;;) {
    SENSITIVE.lastIndex = from;
    const m = SENSITIVE.exec(text);
    if (!m) return false;
    const matchEnd = m.index + m[0].length;
    const verdict = judge(new HolderFinder(m.index, matchEnd).statements(statements), matchEnd);
    if (verdict === 'sensitive') return true;
    from = Math.max(verdict, matchEnd);
  }
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
