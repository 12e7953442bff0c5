// Tokens of an input line for syntax colouring and tab completion. Never throws: text after a
// syntax error is still split into rough tokens so the line keeps its colours while typing.

import { tokenizeForDisplay } from './parser.js';
import type { Token } from './tokens.js';

export type { Token, TokenKind } from './tokens.js';

export function tokenize(text: string): Token[] {
  try {
    // In the order of their starts (the grammar records a bare word's token after the variables
    // inside it; the scanner sorts its numbers before making the objects).
    return tokenizeForDisplay(text, true);
  } catch {
    // The parser reports problems as parse errors; this only guards the console against a bug.
    return [];
  }
}
