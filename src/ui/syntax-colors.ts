// Syntax colouring of the input for the terminal: the readline highlighter says which
// ConsoleColor each piece of text gets (PSReadLine's palette) and what kind of token it is; this
// turns that into SGR codes, honouring the `colors` setting (PSReadLine's option names, checked by
// config/settings.ts: a value is a ConsoleColor name or a raw escape sequence).

import { highlightLines, type Segment, type SegmentKind } from '../readline/highlight.js';
import { consoleColorSgr, RESET } from './colors.js';

function sgrOf(value: string): string | undefined {
  return value.startsWith('\x1b[') ? value : consoleColorSgr(value);
}

/** A line colourer for the editor driver: the user's colour per kind wins over the default palette. */
export function createSyntaxColorer(overrides: Record<string, string>): (text: string) => string[] {
  const byKind = new Map<string, string>();
  for (const [option, value] of Object.entries(overrides)) {
    const sgr = sgrOf(value);
    if (sgr) byKind.set(option.toLowerCase(), sgr);
  }
  const paint = (segment: Segment): string => {
    const sgr = byKind.get(segment.kind satisfies SegmentKind) ?? consoleColorSgr(segment.color ?? undefined);
    return sgr ? sgr + segment.text + RESET : segment.text;
  };
  return (text) => highlightLines(text).map((line) => line.map(paint).join(''));
}
