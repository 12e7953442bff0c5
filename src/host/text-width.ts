// Terminal display width: what a terminal gives a string, in columns. East Asian wide characters
// and emoji take two, combining marks and zero-width joiners none, escape sequences none (removed
// with Node's util.stripVTControlCharacters). Every place that measures text for the screen
// (editor cursor and wrapping, console layout, help wrapping, tables) uses these, never .length.

// node:module and node:util are fetched when first needed (process.getBuiltinModule, Node 20.16+):
// importing them costs every `spo -c` start-up a few milliseconds (issue 14).
type Util = typeof import('node:util');
type ModuleApi = typeof import('node:module');
const stripVTControlCharacters = (text: string): string =>
  (process.getBuiltinModule('node:util') as Util).stripVTControlCharacters(text);

type StringWidth = (text: string) => number;
let loaded: StringWidth | undefined;
/** string-width, loaded on first use (start-up): its emoji regex (\p{RGI_Emoji}) alone takes V8
 *  100+ ms to compile, and text of one-column characters (ONE_COLUMN_EACH) never needs it. Synchronous because
 *  widths are measured synchronously; Node 20.19+ can require() an ES module. */
function stringWidth(text: string): number {
  loaded ??= ((process.getBuiltinModule('node:module') as ModuleApi).createRequire(import.meta.url)('string-width') as { default: StringWidth }).default;
  return loaded(text);
}

/** Characters that each take exactly one column on their own and never join a neighbour into a
 *  cluster: printable ASCII, Latin-1 and Latin Extended letters (not the soft hyphen, which takes
 *  none), spacing modifiers, general punctuation (dashes, quotes, the ellipsis, bullets) and box
 *  drawing with block elements. Text made only of these is measured by its length, without loading
 *  string-width: the device-code panel's frame and Format-Table's `…` are the common cases, and the
 *  first string-width load costs the console hundreds of milliseconds on a busy machine.
 *  test/text-width.test.ts checks every one of these against string-width. */
export const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2500-\u259f]*$/;

/** Columns the text takes on a terminal (escape sequences removed). */
export function displayWidth(text: string): number {
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  const plain = stripVTControlCharacters(text);
  return ONE_COLUMN_EACH.test(plain) ? plain.length : stringWidth(plain);
}

let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of plain text, each with its width in columns. */
export function graphemes(text: string): Array<{ text: string; width: number }> {
  return [...(segmenter ??= new Intl.Segmenter()).segment(text)].map(({ segment }) => ({
    text: segment,
    width: ONE_COLUMN_EACH.test(segment) ? segment.length : stringWidth(segment),
  }));
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
  // Segmented lazily: a cell may hold a megabyte of text, of which only `width` columns are kept.
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(text)) {
    const columns = ONE_COLUMN_EACH.test(segment) ? segment.length : stringWidth(segment);
    if (used + columns > width - 1) break;
    out += segment;
    used += columns;
  }
  return width > 0 ? out + '…' : '';
}
