// Syntax colouring of the input for the terminal: the readline highlighter says which
// ConsoleColor each piece of text gets (PSReadLine's palette); this turns that into SGR codes,
// honouring the `colors` setting (PSReadLine's names: Command, Parameter, String, Variable,
// Keyword, Comment, Operator, Number; a value is a ConsoleColor name or a raw escape sequence).

import { highlightLines, type Segment } from '../readline/highlight.js';
import { consoleColorSgr, RESET } from './colors.js';

/** PSReadLine colour-option name → the token kinds it paints. */
const OPTION_KINDS: Record<string, string[]> = {
  command: ['command'],
  parameter: ['parameter'],
  string: ['string'],
  variable: ['variable', 'splat'],
  keyword: ['keyword'],
  comment: ['comment'],
  operator: ['operator'],
  number: ['number'],
};

function sgrOf(value: string): string | undefined {
  return value.startsWith('\x1b[') ? value : consoleColorSgr(value);
}

/**
 * A line colourer for the editor driver. Overrides apply to segments that say which token kind they
 * are; the default palette needs no kind.
 */
export function createSyntaxColorer(overrides: Record<string, string>): (text: string) => string[] {
  const byKind = new Map<string, string>();
  for (const [option, value] of Object.entries(overrides)) {
    const sgr = sgrOf(value);
    for (const kind of OPTION_KINDS[option.toLowerCase()] ?? []) if (sgr) byKind.set(kind, sgr);
  }
  const paint = (segment: Segment): string => {
    const kind = (segment as Segment & { kind?: string }).kind;
    const sgr = (kind && byKind.get(kind)) || consoleColorSgr(segment.color ?? undefined);
    return sgr ? sgr + segment.text + RESET : segment.text;
  };
  return (text) => highlightLines(text).map((line) => line.map(paint).join(''));
}
