// Syntax colouring of the input line with PSReadLine's default palette
// (shared/reference/terminal-ui.md §5): Command Yellow, Parameter DarkGray, String DarkCyan,
// Variable Green, Keyword Green, Comment DarkGreen, Operator DarkGray, Number White, Member Gray.
// Output is plain data — segments with a ConsoleColor name — so this layer needs no chalk; the UI
// maps names to escape codes (and drops them under NO_COLOR).

import { tokenize } from '../language/tokenizer.js';
import type { Token, TokenKind, TokenStream } from '../language/tokens.js';

export type ConsoleColorName = 'Yellow' | 'DarkGray' | 'DarkCyan' | 'Green' | 'DarkGreen' | 'White' | 'Gray' | 'Red';

/** What a piece of the line is, in PSReadLine's colour-option terms (`default` = anything else). */
export type SegmentKind = 'command' | 'parameter' | 'string' | 'variable' | 'keyword' | 'comment' | 'operator' | 'number' | 'default';

export interface Segment {
  text: string;
  /** null = the terminal's default foreground. */
  color: ConsoleColorName | null;
  /** Lets the UI apply the user's `colors` setting per kind. */
  kind: SegmentKind;
}

export const TOKEN_COLORS: Readonly<Record<TokenKind | 'command', ConsoleColorName | null>> = {
  command: 'Yellow',
  parameter: 'DarkGray',
  string: 'DarkCyan',
  variable: 'Green',
  splat: 'Green',
  keyword: 'Green',
  comment: 'DarkGreen',
  operator: 'DarkGray',
  number: 'White',
  generic: null,
  newline: null,
  lineContinuation: null,
  unknown: null,
  eof: null,
};

/**
 * A forgiving scan used when the tokenizer gives up (an unfinished string while typing), so the
 * line keeps its colours: quotes run to their end or the end of the text.
 */
export function roughTokens(text: string, offset = 0, startsCommand = true): Token[] {
  const tokens: Token[] = [];
  const re = /(#.*)|('[^']*'?|"(?:`.|[^"`])*"?)|([$@][\w:?{}]*)|(-[A-Za-z_][\w]*:?)|(\d+(?:\.\d+)?\b)|([;|=(){},]|@\(|\$\()|([^\s;|=(){},'"#]+)/g;
  let atCommand = startsCommand;
  for (const m of text.matchAll(re)) {
    const start = offset + m.index!;
    const end = start + m[0].length;
    const push = (kind: TokenKind, commandName = false) => tokens.push({ kind, text: m[0], start, end, commandName });
    if (m[1]) push('comment');
    else if (m[2]) push('string');
    else if (m[3]) push(m[3].startsWith('@') ? 'splat' : 'variable');
    else if (m[4]) push('parameter');
    else if (m[5]) push('number');
    else if (m[6]) {
      push('operator');
      if (m[6] !== ')' && m[6] !== '}' && m[6] !== ',') atCommand = true;
      continue;
    } else {
      push('generic', atCommand);
      atCommand = false;
      continue;
    }
    atCommand = false;
  }
  return tokens;
}

/**
 * The operators PSReadLine colours as operators: those pwsh flags as binary, unary or assignment
 * operators (`=`, `+=`, `+`, `,`, `..`, `!`, `++`, `??`, `-and`, `-f` …). Brackets, `;`, `|`, `&&`,
 * `||`, `&`, redirections, the ternary's `?` and `:`, `.`, `::` and type literals are default tokens.
 */
const FLAGGED_OPERATOR = /^(?:[-\u2013\u2014\u2015][A-Za-z]+|[-\u2013\u2014\u2015+*/%]=?|\?\?=?|=|!|,|\+\+|--|\.\.)$/;

/** A default token's colour: PSReadLine's DefaultTokenColor (also its Type and Member colours), Gray. */
const DEFAULT_TOKEN: ConsoleColorName = 'Gray';

function colorOf(kind: TokenKind, commandName: boolean): ConsoleColorName | null {
  if (kind === 'generic') return commandName ? TOKEN_COLORS.command : DEFAULT_TOKEN;
  return TOKEN_COLORS[kind];
}

function kindOf(kind: TokenKind, commandName: boolean): SegmentKind {
  switch (kind) {
    case 'generic':
      return commandName ? 'command' : 'default';
    case 'splat':
      return 'variable';
    case 'parameter':
    case 'string':
    case 'variable':
    case 'keyword':
    case 'comment':
    case 'operator':
    case 'number':
      return kind;
    default:
      return 'default';
  }
}

/** Coloured segments in order, each merged into the one before when its colour and kind are the same. */
class SegmentWriter {
  readonly out: Segment[] = [];
  /** Where the text written so far ends. */
  pos = 0;
  constructor(private readonly text: string) {}

  /** A token from start to end; one overlapping the text written (a variable inside a string) keeps the outer colour. */
  token(start: number, end: number, kind: TokenKind, commandName: boolean): void {
    if (start < this.pos) return;
    this.gap(this.text.slice(this.pos, start));
    const text = this.text.slice(start, end);
    // An operator pwsh does not flag is drawn as a default token (a bare word's colour and kind).
    const drawnAs = kind === 'operator' && !FLAGGED_OPERATOR.test(text) ? 'generic' : kind;
    this.push(text, colorOf(drawnAs, commandName), kindOf(drawnAs, commandName));
    this.pos = end;
  }

  /** The text after the last token. */
  finish(): Segment[] {
    this.gap(this.text.slice(this.pos));
    return this.out;
  }

  /**
   * Text between tokens: blanks keep the terminal's colour; anything else is punctuation the grammar
   * keeps no token for (a member's `.` and `::`, an index's brackets, a `;` in a hashtable), which
   * PSReadLine draws as default tokens.
   */
  private gap(text: string): void {
    for (const part of text.split(/(\s+)/)) this.push(part, part.trim() === '' ? null : DEFAULT_TOKEN, 'default');
  }

  private push(segment: string, color: ConsoleColorName | null, kind: SegmentKind): void {
    if (segment === '') return;
    const prev = this.out[this.out.length - 1];
    if (prev && prev.color === color && prev.kind === kind) prev.text += segment;
    else this.out.push({ text: segment, color, kind });
  }
}

/** Whether a command can start after the token (the rough scan then colours the next word as a command). */
function startsCommandAfter(tokens: TokenStream, i: number): boolean {
  if (i < 0) return true;
  const kind = tokens.kind(i);
  return (kind === 'operator' && /^(;|\||=|\(|\{)$/.test(tokens.text(i))) || kind === 'newline';
}

/** The whole text as coloured segments; joining their text gives the input back exactly. */
export function highlight(text: string): Segment[] {
  if (text === '') return [];
  const tokens = tokenize(text);
  try {
    const writer = new SegmentWriter(text);
    // Empty tokens colour nothing; the last non-empty one says where the tokenizer stopped.
    let readTo = 0;
    let last = -1;
    for (let i = 0; i < tokens.count; i++) {
      const start = tokens.start(i);
      const end = tokens.end(i);
      if (end <= start) continue;
      // The name after `function` or `filter` is a default token to PSReadLine, not a command.
      const named = last >= 0 && tokens.kind(last) === 'keyword' && /^(?:function|filter)$/i.test(tokens.text(last));
      writer.token(start, end, tokens.kind(i), tokens.isCommandName(i) && !named);
      if (end > readTo) readTo = end;
      last = i;
    }
    // The tokenizer stops at a syntax error (often just unfinished input): scan the rest roughly.
    if (text.slice(readTo).trim() !== '') {
      for (const t of roughTokens(text.slice(readTo), readTo, startsCommandAfter(tokens, last))) writer.token(t.start, t.end, t.kind, t.commandName === true);
    }
    return writer.finish();
  } finally {
    tokens.release();
  }
}

/** Segments split at newlines: one list per display line (continuation lines follow `>> `). */
export function highlightLines(text: string): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const seg of highlight(text)) {
    const parts = seg.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ text: part, color: seg.color, kind: seg.kind });
    });
  }
  return lines;
}
