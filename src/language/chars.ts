// Character classes of PowerShell's tokenizer (CharTraits.cs), including the typographic
// dashes and quotes that documentation pages are full of.

export const isDash = (c: string | undefined): boolean =>
  c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';

export const isSingleQuote = (c: string | undefined): boolean =>
  c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201A' || c === '\u201B';

export const isDoubleQuote = (c: string | undefined): boolean =>
  c === '"' || c === '\u201C' || c === '\u201D' || c === '\u201E';

// The quotes of both kinds are `'`, `"` and U+2018–U+201E, tested here without calling the two
// functions above: the grammar asks this of some 80,000 characters in a 10,000-line script, mostly
// while it is still interpreted, where every call is a full call (issue 14).
export const isQuote = (c: string | undefined): boolean => c === "'" || c === '"' || (c !== undefined && c >= '\u2018' && c <= '\u201e');

export const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r';

export const isSpace = (c: string | undefined): boolean =>
  c === ' ' ||
  c === '\t' ||
  c === '\f' ||
  c === '\v' ||
  c === '\u00A0' ||
  c === '\u0085' ||
  (c !== undefined && c > '\u007f' && /\s/.test(c) && !isNewline(c));

/**
 * pwsh's test of whether a parse error is incomplete input (Tokenizer.IsAtEndOfScript with comments
 * and white space): nothing but blanks and comments follows `at`. A line break outside a block
 * comment is not a blank there: `1 +` is incomplete, `1 +` and a line break is a ParserError.
 */
export function onlyBlanksAndCommentsAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '#') return !/[\r\n]/.test(text.slice(i));
    if (c === '<' && text[i + 1] === '#') {
      const close = text.indexOf('#>', i + 2);
      if (close < 0) return true;
      i = close + 1;
      continue;
    }
    if (!isSpace(c)) return false;
  }
  return true;
}

/** Characters that end a generic (bare-word) token in command mode. */
export const endsGenericToken = (c: string | undefined): boolean =>
  c === undefined ||
  // isSpace and isNewline written out for ASCII (no call for them).
  c === ' ' ||
  c === '\t' ||
  c === '\n' ||
  c === '\r' ||
  c === '\f' ||
  c === '\v' ||
  (c > '\u007f' && isSpace(c)) ||
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

const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** What the last scanNumberLiteral found, for numberValue (no object per number). */
let scannedKind: 'decimal' | 'hex' | 'binary' = 'decimal';
let scannedDigitsEnd = 0;
let scannedMultiplier = 1;

/**
 * The end of the number literal that starts at `i` (digits, hex, binary, exponent, type suffix,
 * kb/mb/gb/tb/pb multiplier), or -1. A `.` followed by another `.` is not a decimal point: `1..3`
 * is 1, then the range operator. Written out rather than as a regular expression because it runs
 * for every number of every script, starting with the first, when a regular expression is slowest.
 */
export function scanNumberLiteral(text: string, i: number): number {
  // The digit loops test `d` by code inline, no isDigitCode call per digit (issue 14).
  let d: number;
  const c0 = text.charCodeAt(i);
  const c1 = text.charCodeAt(i + 1) | 0x20;
  let end: number;
  if (c0 === 48 && c1 === 120 /* 0x */) {
    // `0x` with no digits is 0 (pwsh's tokenizer reads no digits as zero).
    scannedKind = 'hex';
    end = i + 2;
    while (isHexCode(text.charCodeAt(end))) end++;
  } else if (c0 === 48 && c1 === 98 /* 0b */ && isBinaryCode(text.charCodeAt(i + 2))) {
    scannedKind = 'binary';
    end = i + 3;
    while (isBinaryCode(text.charCodeAt(end))) end++;
  } else {
    scannedKind = 'decimal';
    let j = i;
    while ((d = text.charCodeAt(j)) >= 48 && d <= 57) j++;
    if (j > i) {
      if (text.charCodeAt(j) === 46 && text.charCodeAt(j + 1) !== 46) {
        j++;
        while ((d = text.charCodeAt(j)) >= 48 && d <= 57) j++;
      }
    } else if (c0 === 46 && isDigitCode(text.charCodeAt(i + 1))) {
      j = i + 2;
      while ((d = text.charCodeAt(j)) >= 48 && d <= 57) j++;
    } else {
      return -1;
    }
    // An exponent only counts with its digits.
    if ((text.charCodeAt(j) | 0x20) === 101) {
      let k = j + 1;
      if (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45) k++;
      if (isDigitCode(text.charCodeAt(k))) {
        while ((d = text.charCodeAt(k)) >= 48 && d <= 57) k++;
        j = k;
      }
    }
    end = j;
  }
  scannedDigitsEnd = end;
  // Type suffix: ul, uy, us, or one of l u s n d y.
  const s0 = text.charCodeAt(end) | 0x20;
  const s1 = text.charCodeAt(end + 1) | 0x20;
  if (s0 === 117 /* u */ && (s1 === 108 || s1 === 121 || s1 === 115)) {
    end += 2;
  } else if (s0 === 108 || s0 === 117 || s0 === 115 || s0 === 121 || s0 === 110 || s0 === 100) {
    end++;
  }
  // Multiplier: kb mb gb tb pb.
  const m0 = text.charCodeAt(end) | 0x20;
  scannedMultiplier = 1;
  if ((text.charCodeAt(end + 1) | 0x20) === 98 && (m0 === 107 || m0 === 109 || m0 === 103 || m0 === 116 || m0 === 112)) {
    scannedMultiplier = MULTIPLIERS[String.fromCharCode(m0) + 'b']!;
    end += 2;
  }
  return end;
}

/** The value of the literal the last scanNumberLiteral call read from `start`; undefined when out of range. */
export function numberValue(text: string, start: number): number | undefined {
  const digits = text.slice(scannedKind === 'decimal' ? start : start + 2, scannedDigitsEnd);
  const value = scannedKind === 'hex' ? (digits === '' ? 0 : parseInt(digits, 16)) : scannedKind === 'binary' ? parseInt(digits, 2) : Number(digits);
  // A real past Double's range is Infinity (`1e309`); hex and binary never get there.
  if (Number.isNaN(value)) return undefined;
  // A fraction with an integer type suffix (2.5l) is valid: number-literals.ts rounds it into the type.
  return value * scannedMultiplier;
}

const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
const isBinaryCode = (c: number): boolean => c === 48 || c === 49;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The number literal that is exactly `text` from `start` to `end`, or undefined: parseNumberLiteral
 * of that slice, without making the slice. The characters that end a token are never part of a
 * literal, so reading on past `end` finds the same literal; reading a short slice past its end
 * made V8 deoptimise this scanner again for each of its reads (issue 14).
 */
export function numberLiteralBetween(text: string, start: number, end: number): number | undefined {
  if (end <= start || scanNumberLiteral(text, start) !== end) return undefined;
  return numberValue(text, start);
}

/** Parses a whole token as a number, or returns undefined when it is not one. */
export function parseNumberLiteral(text: string): number | undefined {
  if (text.length === 0 || scanNumberLiteral(text, 0) !== text.length) return undefined;
  return numberValue(text, 0);
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

// ---- the same classes by UTF-16 code (NaN past the end of the text), for the scanner's loops ----
// ASCII codes are looked up in one table of class bits; other codes go through the functions above.

const NON_ASCII_SPACE = /\s/;
// The class bits are exported with the table: the grammar's hottest tests read the table itself
// (`c < 128 ? (ASCII[c]! & END) !== 0 : endsGenericTokenCode(c)`), no call for an ASCII code
// (issue 14, ninth round: in a first parse every call to a one-line helper is a full call).
export const END = 1; // ends a generic token
export const PLAIN_WORD = 2; // no meaning of its own inside a bare word
const SPACE = 4;
export const VARIABLE = 8; // part of a variable name
export const IDENTIFIER = 16;
const PLAIN_DOUBLE_QUOTED = 32; // no meaning of its own inside "..."
const LETTER = 64;

// The class bits of each ASCII code, as the functions above give them: endsGenericToken → END; not
// endsGenericToken, a backtick, $ or isQuote → PLAIN_WORD; isSpace → SPACE; isVariableChar → VARIABLE;
// isIdentifierChar → IDENTIFIER; not a backtick, $ or isDoubleQuote → PLAIN_DOUBLE_QUOTED; an ASCII
// letter → LETTER. Written out rather than computed at import: computing it called eight of those
// functions 128 times each at every start-up (~1.5 M instructions of a one-line script, issue 14,
// docs/startup.md ninth round); test/language-chars.test.ts holds it equal to what they give.
// prettier-ignore
export const ASCII = Uint8Array.of(
  33, 34, 34, 34, 34, 34, 34, 34, 34, 37, 33, 37, 37, 33, 34, 34, // 0–15
  34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, // 16–31
  37, 34, 0, 34, 0, 34, 33, 32, 33, 33, 34, 34, 33, 34, 34, 34, // 32–47
  58, 58, 58, 58, 58, 58, 58, 58, 58, 58, 34, 33, 34, 34, 34, 42, // 48–63
  34, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, // 64–79
  122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 34, 34, 34, 34, 58, // 80–95
  0, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, // 96–111
  122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 33, 33, 33, 34, 34, // 112–127
);

export const isNewlineCode = (c: number): boolean => c === 10 || c === 13;

export const isSpaceCode = (c: number): boolean =>
  c < 128 ? (ASCII[c]! & SPACE) !== 0 : c === 0xa0 || c === 0x85 || (c > 0x7f && NON_ASCII_SPACE.test(String.fromCharCode(c)));

export const isSingleQuoteCode = (c: number): boolean => c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;

export const isDoubleQuoteCode = (c: number): boolean => c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;

export const isQuoteCode = (c: number): boolean => c === 39 || c === 34 || (c >= 0x2018 && c <= 0x201e);

export const isDashCode = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;

/** endsGenericToken by code: whitespace, newline, NUL, `& ( ) , ; { } |`, or the end of the text. */
export const endsGenericTokenCode = (c: number): boolean => (c < 128 ? (ASCII[c]! & END) !== 0 : c !== c /* NaN: the end */ || isSpaceCode(c));

/** Inside a bare word, characters with no meaning of their own (not an end, quote, `$` or backtick). */
export const isPlainWordCode = (c: number): boolean => (c < 128 ? (ASCII[c]! & PLAIN_WORD) !== 0 : c >= 128 && !isQuoteCode(c) && !isSpaceCode(c));

/** Inside a double-quoted string, characters with no meaning of their own. */
export const isPlainDoubleQuotedCode = (c: number): boolean => (c < 128 ? (ASCII[c]! & PLAIN_DOUBLE_QUOTED) !== 0 : c >= 128 && !isDoubleQuoteCode(c));

export const isAsciiLetterCode = (c: number): boolean => c < 128 && (ASCII[c]! & LETTER) !== 0;

export const isVariableCharCode = (c: number): boolean => (c < 128 ? (ASCII[c]! & VARIABLE) !== 0 : c >= 128 && isVariableChar(String.fromCharCode(c)));

export const isIdentifierCharCode = (c: number): boolean => (c < 128 ? (ASCII[c]! & IDENTIFIER) !== 0 : c >= 128 && isIdentifierChar(String.fromCharCode(c)));

// ---- names, a call per name rather than calls per character -------------------------------------
// The table is read here directly: a 10,000-line script has some 25,000 variables and 5,000
// parameters, scanned before V8 optimises the scanner, where a helper call per character (and
// isQuote's per character of a parameter) cost more than the names' characters themselves (issue 14).

/** Where the run of isVariableCharCode characters from `from` ends (`from` when there is none). */
export function variableNameEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (ASCII[c]! & VARIABLE) === 0 : !isVariableCharCode(c)) return i;
    i++;
  }
}

/** Where the run of isIdentifierCharCode characters from `from` ends (`from` when there is none). */
export function identifierEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (ASCII[c]! & IDENTIFIER) === 0 : !isIdentifierCharCode(c)) return i;
    i++;
  }
}

/**
 * A parameter name's end from `from` (after the dash): where a bare word would end, or at `.`, `[`
 * or `:`; -1 when a quote comes first (the text is then a bare word, `-a"b"`).
 */
export function parameterNameEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((ASCII[c]! & END) !== 0 || c === 46 || c === 91 || c === 58) return i;
      if (c === 39 || c === 34) return -1;
    } else {
      // NaN (the end of the text) or white space ends it; a typographic quote makes it a bare word.
      if (c !== c || isSpaceCode(c)) return i;
      if (c >= 0x2018 && c <= 0x201e) return -1;
    }
    i++;
  }
}

// ---- runs of characters, matched natively ------------------------------------------------------
// The scanner's longest loops (bare words, quoted text, comments) find where a run of plain
// characters ends with one sticky regular expression instead of a function call per character:
// before the loops are optimised, in the first parse of a process, that is most of their cost
// (issue 14). Each class is the exact complement of what ends the run: the ASCII characters the
// table above does not mark, plus the same non-ASCII quotes and white space (\s and U+0085).

const asciiNotIn = (bit: number): string => {
  let out = '';
  for (let c = 0; c < 128; c++) if ((ASCII[c]! & bit) === 0) out += '\\u' + c.toString(16).padStart(4, '0');
  return out;
};
/** isPlainWordCode: no end of a bare word, quote, `$` or backtick. */
const PLAIN_WORD_RUN = new RegExp(`[^${asciiNotIn(PLAIN_WORD)}\\s\\u0085\\u2018-\\u201e]*`, 'y');
/** isPlainDoubleQuotedCode: no `$`, backtick or double quote. */
const PLAIN_DOUBLE_QUOTED_RUN = new RegExp(`[^${asciiNotIn(PLAIN_DOUBLE_QUOTED)}\\u201c-\\u201e]*`, 'y');
/** Anything but a single quote (the only character with a meaning inside '...'). */
const SINGLE_QUOTED_RUN = /[^'\u2018-\u201b]*/y;
/** Anything but a newline. */
const LINE_RUN = /[^\n\r]*/y;

function runEnd(run: RegExp, text: string, from: number): number {
  run.lastIndex = from;
  run.test(text);
  return run.lastIndex;
}

// The three runs the scanner asks for most match here themselves, one call each rather than two
// (some 20,000 bare words and strings in a 10,000-line script; issue 14, ninth round).

/** Where the run of isPlainWordCode characters from `from` ends. */
export function plainWordRunEnd(text: string, from: number): number {
  PLAIN_WORD_RUN.lastIndex = from;
  PLAIN_WORD_RUN.test(text);
  return PLAIN_WORD_RUN.lastIndex;
}

/** Where the run of isPlainDoubleQuotedCode characters from `from` ends. */
export function plainDoubleQuotedRunEnd(text: string, from: number): number {
  PLAIN_DOUBLE_QUOTED_RUN.lastIndex = from;
  PLAIN_DOUBLE_QUOTED_RUN.test(text);
  return PLAIN_DOUBLE_QUOTED_RUN.lastIndex;
}

/** Where the run of characters other than single quotes from `from` ends. */
export function singleQuotedRunEnd(text: string, from: number): number {
  SINGLE_QUOTED_RUN.lastIndex = from;
  SINGLE_QUOTED_RUN.test(text);
  return SINGLE_QUOTED_RUN.lastIndex;
}

/** The end of the line that `from` is on (the newline's offset, or the end of the text). */
export const lineEnd = (text: string, from: number): number => runEnd(LINE_RUN, text, from);

export const isIdentifierStartCode = (c: number): boolean =>
  c === 95 || (c < 128 ? (ASCII[c]! & LETTER) !== 0 : c >= 128 && isLetter(String.fromCharCode(c)));
