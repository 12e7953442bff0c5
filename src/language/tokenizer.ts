// Tokens of an input line for syntax colouring and tab completion. Never throws: text after a
// syntax error is still split into rough tokens so the line keeps its colours while typing.

import { tokenizeForDisplay } from './parser.js';
import type { Token } from './tokens.js';

export type { Token, TokenKind } from './tokens.js';

export function tokenize(text: string): Token[] {
  try {
    const tokens = tokenizeForDisplay(text);
    // The grammar records most tokens in order (a bare word's token follows the variables inside
    // it): one pass says whether a sort, a comparator call per token, is needed at all.
    for (let i = 1; i < tokens.length; i++) if (tokens[i]!.start < tokens[i - 1]!.start) return tokens.sort(byStart);
    return tokens;
  } catch {
    // The parser reports problems as parse errors; this only guards the console against a bug.
    return [];
  }
}

const byStart = (a: Token, b: Token): number => a.start - b.start;
