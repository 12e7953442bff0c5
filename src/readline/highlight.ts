// Syntax colouring of the input line with PSReadLine's default palette
// (shared/reference/terminal-ui.md §5): Command Yellow, Parameter DarkGray, String DarkCyan,
// Variable Green, Keyword Green, Comment DarkGreen, Operator DarkGray, Number White, Member Gray.
// Output is plain data — segments with a ConsoleColor name — so this layer needs no chalk; the UI
// maps names to escape codes (and drops them under NO_COLOR).

import { tokenize } from '../language/tokenizer.js';
import type { Token, TokenKind } from '../language/tokens.js';

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

function colorOf(t: Token): ConsoleColorName | null {
  if (t.commandName && t.kind === 'generic') return TOKEN_COLORS.command;
  return TOKEN_COLORS[t.kind];
}

function kindOf(t: Token): SegmentKind {
  switch (t.kind) {
    case 'generic':
      return t.commandName ? 'command' : 'default';
    case 'splat':
      return 'variable';
    case 'parameter':
    case 'string':
    case 'variable':
    case 'keyword':
    case 'comment':
    case 'operator':
    case 'number':
      return t.kind;
    default:
      return 'default';
  }
}

/** The whole text as coloured segments; joining their text gives the input back exactly. */
export function highlight(text: string): Segment[] {
  if (text === '') return [];
  const tokens = tokenize(text).filter((t) => t.end > t.start);
  // The tokenizer stops at a syntax error (often just unfinished input): scan the rest roughly.
  const readTo = tokens.reduce((end, t) => Math.max(end, t.end), 0);
  if (text.slice(readTo).trim() !== '') {
    const last = tokens[tokens.length - 1];
    const startsCommand = !last || (last.kind === 'operator' && /^(;|\||=|\(|\{)$/.test(last.text)) || last.kind === 'newline';
    tokens.push(...roughTokens(text.slice(readTo), readTo, startsCommand));
  }
  const out: Segment[] = [];
  const push = (segment: string, color: ConsoleColorName | null, kind: SegmentKind) => {
    if (segment === '') return;
    const prev = out[out.length - 1];
    if (prev && prev.color === color && prev.kind === kind) prev.text += segment;
    else out.push({ text: segment, color, kind });
  };
  let pos = 0;
  for (const t of tokens) {
    if (t.start < pos) continue; // overlapping tokens (a variable inside a string) keep the outer colour
    push(text.slice(pos, t.start), null, 'default');
    push(text.slice(t.start, t.end), colorOf(t), kindOf(t));
    pos = t.end;
  }
  push(text.slice(pos), null, 'default');
  return out;
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
