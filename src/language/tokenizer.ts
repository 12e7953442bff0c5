// Tokens of an input line for syntax colouring and tab completion. Never throws: text after a
// syntax error is still split into rough tokens so the line keeps its colours while typing.

import { tokenizeForDisplay } from './parser.js';
import { TokenStream } from './tokens.js';

export { TokenStream } from './tokens.js';
export type { Token, TokenKind } from './tokens.js';

/**
 * The tokens of `text` in the order of their starts (the grammar records a string's token after
 * the variables inside it; the stream is sorted before it is returned), as numbers: read a
 * token's kind and extent by index, its text only when needed. `release()` the stream when done.
 */
export function tokenize(text: string): TokenStream {
  try {
    return tokenizeForDisplay(text, true);
  } catch {
    // The parser reports problems as parse errors; this only guards the console against a bug.
    return new TokenStream(text, [], 0);
  }
}
