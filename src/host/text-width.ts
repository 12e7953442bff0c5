// Terminal display width: what a terminal gives a string, in columns. East Asian wide characters
// and emoji take two, combining marks and zero-width joiners none, escape sequences none (removed
// with Node's util.stripVTControlCharacters). Every place that measures text for the screen
// (editor cursor and wrapping, console layout, help wrapping, tables) uses these, never .length.

import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';

/** Columns the text takes on a terminal (escape sequences removed). */
export function displayWidth(text: string): number {
  return stringWidth(stripVTControlCharacters(text));
}

const segmenter = new Intl.Segmenter();

/** The user-perceived characters of plain text, each with its width in columns. */
export function graphemes(text: string): Array<{ text: string; width: number }> {
  return [...segmenter.segment(text)].map(({ segment }) => ({ text: segment, width: stringWidth(segment) }));
}

/** Pads with spaces on the right to `width` columns. */
export function padEndDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads with spaces on the left to `width` columns. */
export function padStartDisplay(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Plain text cut to at most `width` columns, ending in `…` when cut (as Format-Table does). */
export function truncateDisplay(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    if (used + g.width > width - 1) break;
    out += g.text;
    used += g.width;
  }
  return width > 0 ? out + '…' : '';
}
