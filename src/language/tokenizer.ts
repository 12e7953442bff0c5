// Tokens of an input line for syntax colouring and tab completion. Never throws: text after a
// syntax error is still split into rough tokens so the line keeps its colours while typing.

import { tokenizeForDisplay } from './parser.js';
import type { Token } from './tokens.js';

export type { Token, TokenKind } from './tokens.js';

export function tokenize(text: string): Token[] {
  try {
    return tokenizeForDisplay(text).sort((a, b) => a.start - b.start);
  } catch {
    // The parser reports problems as parse errors; this only guards the console against a bug.
    return [];
  }
}
