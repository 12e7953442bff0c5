// Character classes of PowerShell's tokenizer (CharTraits.cs), including the typographic
// dashes and quotes that documentation pages are full of.

export const isDash = (c: string | undefined): boolean =>
  c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';

export const isSingleQuote = (c: string | undefined): boolean =>
  c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201A' || c === '\u201B';

export const isDoubleQuote = (c: string | undefined): boolean =>
  c === '"' || c === '\u201C' || c === '\u201D' || c === '\u201E';

export const isQuote = (c: string | undefined): boolean => isSingleQuote(c) || isDoubleQuote(c);

export const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r';

export const isSpace = (c: string | undefined): boolean =>
  c === ' ' ||
  c === '\t' ||
  c === '\f' ||
  c === '\v' ||
  c === '\u00A0' ||
  c === '\u0085' ||
  (c !== undefined && c > '\u007f' && /\s/.test(c) && !isNewline(c));

/** Characters that end a generic (bare-word) token in command mode. */
export const endsGenericToken = (c: string | undefined): boolean =>
  c === undefined ||
  isSpace(c) ||
  isNewline(c) ||
  c === '\0' ||
  c === '&' ||
  c === '(' ||
  c === ')' ||
  c === ',' ||
  c === ';' ||
  c === '{' ||
  c === '}' ||
  c === '|';

/** Characters that end a parameter name (`-Name`), besides the colon. */
export const endsParameterName = (c: string | undefined): boolean =>
  endsGenericToken(c) || c === '.' || c === '[' || c === ':';

// ASCII fast paths first: these run once per character of every line typed or pasted.
const asciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const asciiDigit = (c: string) => c >= '0' && c <= '9';

export const isLetter = (c: string | undefined): boolean =>
  c !== undefined && (asciiLetter(c) || (c > '\u007f' && /\p{L}/u.test(c)));

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Characters of a variable name after `$` (letters, digits, `_`, `?`). */
export const isVariableChar = (c: string | undefined): boolean =>
  c !== undefined && (asciiLetter(c) || asciiDigit(c) || c === '_' || c === '?' || (c > '\u007f' && /[\p{L}\p{Nd}]/u.test(c)));

export const isIdentifierStart = (c: string | undefined): boolean => c === '_' || isLetter(c);

export const isIdentifierChar = (c: string | undefined): boolean =>
  c !== undefined && (asciiLetter(c) || asciiDigit(c) || c === '_' || (c > '\u007f' && /[\p{L}\p{Nd}]/u.test(c)));

/** PowerShell numeric literal: digits, hex, binary, suffixes and kb/mb/gb/tb/pb multipliers. */
const NUMBER = /^(?:(0x[0-9a-f]+)|(0b[01]+)|((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))(ul|uy|us|[lusndy])?(kb|mb|gb|tb|pb)?$/i;
const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** Parses a whole token as a number, or returns undefined when it is not one. */
export function parseNumberLiteral(text: string): number | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const [, hex, bin, dec, suffix, mult] = m;
  let value: number;
  if (hex) value = parseInt(hex.slice(2), 16);
  else if (bin) value = parseInt(bin.slice(2), 2);
  else value = Number(dec);
  if (!Number.isFinite(value)) return undefined;
  // Integer type suffixes reject fractions that are not whole numbers.
  if (suffix && /^(ul|uy|us|[lusy])$/i.test(suffix) && !Number.isInteger(value)) return undefined;
  if (mult) value *= MULTIPLIERS[mult.toLowerCase()]!;
  return value;
}

/** Backtick escapes of double-quoted strings and bare words. */
export function backtickEscape(c: string): string {
  switch (c) {
    case '0':
      return '\0';
    case 'a':
      return '\x07';
    case 'b':
      return '\b';
    case 'e':
      return '\x1b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case 'v':
      return '\v';
    default:
      return c;
  }
}
