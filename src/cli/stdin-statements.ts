// A script read from stdin runs statement by statement: each complete statement runs as soon as its
// last line has arrived, so a prompt in it reads the lines that follow (as PowerShell does with
// redirected input). Whether the text so far is complete is the parser's answer, but asking it
// after every line costs O(length) per line, O(n²) for one long statement: a 40,000-line
// here-string took minutes. Inside an open here-string only a line that starts with its footer
// ('@ or "@, possibly after white space, which is an error that ends it too) can change the answer,
// so the parser is asked again only for such lines; reading stays linear.

import { parseScript } from '../language/parser.js';
import { isQuote } from '../language/chars.js';
import { stripDocumentationPrompts } from '../language/doc-prompts.js';

/** True when the line could end an open here-string (its first non-blank characters are a quote and `@`). */
function mayEndHereString(line: string): boolean {
  const text = stripDocumentationPrompts(line).trimStart();
  return isQuote(text[0]) && text[1] === '@';
}

/** True when the parser stopped at the end of `text` inside a here-string with no footer yet. */
function endsInsideHereString(text: string): boolean {
  const source = stripDocumentationPrompts(text);
  const error = parseScript(source).errors[0];
  return (
    error?.errorId === 'TerminatorExpectedAtEndOfString' &&
    error.incomplete &&
    /(['"])@\.$/.test(error.message) &&
    error.span.end === source.length
  );
}

export class StdinStatements {
  #lines: string[] = [];
  #inHereString = false;

  /** `isIncomplete`: the engine's own check (Shell.awaitsMoreLines): more lines could complete the statement. */
  constructor(private readonly isIncomplete: (text: string) => boolean) {}

  /** Adds one line; returns the statement text when this line completes it. */
  add(line: string): string | undefined {
    this.#lines.push(line);
    if (this.#inHereString && !mayEndHereString(line)) return undefined;
    const text = this.#lines.join('\n');
    if (this.isIncomplete(text)) {
      this.#inHereString = endsInsideHereString(text);
      return undefined;
    }
    this.#lines = [];
    this.#inHereString = false;
    return text;
  }

  /** What is left at the end of input (an incomplete statement, which then fails to parse). */
  rest(): string {
    const text = this.#lines.join('\n');
    this.#lines = [];
    this.#inHereString = false;
    return text;
  }
}
