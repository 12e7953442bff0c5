// System.Char as PowerShell treats it. A char is a TypedNumber of type System.Char (its UTF-16 code):
// it computes as a number (`'Hello'[0] - 'Hello'[-1]` is -39, `[int]'abc'[0]` is 97) but prints, joins,
// matches and binds to [string] parameters as its character. Comparisons follow LanguagePrimitives:
// char is no numeric type there, so the other operand converts to [char] (`'abc'[0] -eq 97` is True,
// `-eq 99.0` False), -eq ignores case through ToUpperInvariant, and ordering compares the codes.

import { ConversionError, castFailure, toInt, toPSString, unwrap, unwrapArgument } from './convert.js';
import { toChar } from './numeric-casts.js';
import { TypedNumber } from './numeric.js';
import { DotNetException, invocationFailed } from './member-error.js';
import { lazy } from './lazy.js';

export const CHAR = 'System.Char';

export function isCharValue(v: unknown): v is TypedNumber {
  const t = unwrapArgument(v);
  return t instanceof TypedNumber && t.type === CHAR;
}

/** A char value from a UTF-16 code unit. */
export function charValue(code: number): TypedNumber {
  return new TypedNumber(code, CHAR);
}

/** `unwrap` that leaves a char as it is, for code that must print or match it as its character. */
export function keepChar(v: unknown): unknown {
  return isCharValue(v) ? unwrapArgument(v) : unwrap(v);
}

/** The character of a char value. */
export function charText(c: TypedNumber): string {
  return String.fromCharCode(c.value);
}

/** ToUpperInvariant of one UTF-16 unit: a character whose upper case is longer ('ß') stays itself. */
function upper(code: number): number {
  const u = String.fromCharCode(code).toUpperCase();
  return u.length === 1 ? u.charCodeAt(0) : code;
}

/** LanguagePrimitives.Equals with a char on the left. */
export function charEquals(c: TypedNumber, other: unknown, ignoreCase: boolean): boolean {
  const o = keepChar(other);
  if (o === null || o === undefined) return false;
  if (ignoreCase) {
    if (typeof o === 'string' && o.length === 1) return upper(c.value) === upper(o.charCodeAt(0));
    if (isCharValue(o)) return upper(c.value) === upper(o.value);
  }
  try {
    return c.value === unwrap(toChar(unwrapArgument(other)));
  } catch (e) {
    if (e instanceof ConversionError) return false;
    throw e;
  }
}

/** PowerShell's ComparisonFailure: the other operand does not convert to [char]. */
export class CharComparisonError extends Error {
  readonly errorId = 'ComparisonFailure';
  constructor(
    readonly char: TypedNumber,
    readonly other: unknown,
    readonly inner: string,
  ) {
    super(`Could not compare "${charText(char)}" to "${toPSString(other)}". Error: "${inner}"`);
  }
}

/** LanguagePrimitives.Compare with a char on the left: the other operand converted to [char], then the codes. */
export function charOrder(c: TypedNumber, other: unknown): number {
  const o = keepChar(other);
  if (o === null || o === undefined) return 1;
  let code: number;
  try {
    // A collection never converts to a scalar char (its message names the collection's type).
    if (Array.isArray(o)) throw castFailure(o, CHAR);
    code = unwrap(toChar(unwrapArgument(other))) as number;
  } catch (e) {
    if (e instanceof ConversionError) throw new CharComparisonError(c, o, e.message);
    throw e;
  }
  return c.value - code;
}

/** The argument of a [char]:: method as a UTF-16 code (a one-character string converts, as the binder does). */
function codeOf(arg: unknown): number {
  return unwrap(toChar(arg)) as number;
}

// Each made on first use: V8 builds a \p{...} class from ICU's tables when the literal is evaluated
// (about 1 ms for these ten), and most runs never ask (docs/startup.md).
const CATEGORY: Record<string, () => RegExp> = {
  isdigit: () => /^\p{Nd}$/u,
  isletter: () => /^\p{L}$/u,
  isletterordigit: () => /^[\p{L}\p{Nd}]$/u,
  isnumber: () => /^\p{N}$/u,
  isupper: () => /^\p{Lu}$/u,
  islower: () => /^\p{Ll}$/u,
  ispunctuation: () => /^\p{P}$/u,
  issymbol: () => /^\p{S}$/u,
  iscontrol: () => /^\p{Cc}$/u,
  // Char.IsWhiteSpace: the separators, the C0 white space and U+0085 (not U+FEFF as JavaScript's \s).
  iswhitespace: () => /^[\p{Zs}\p{Zl}\p{Zp}\t\n\v\f\r\u0085]$/u,
};

/**
 * [char]::IsDigit(c) and friends, [char]::ToUpper/ToLower; keys are lower case (dotnet-statics looks
 * them up so). Made with dotnet-statics' table, on the first static call.
 */
export const charStaticMethods = lazy((): Record<string, (args: unknown[]) => unknown> => ({
  ...Object.fromEntries(
    Object.entries(CATEGORY).map(([name, make]) => {
      let re: RegExp | undefined;
      return [name, (a: unknown[]) => (re ??= make()).test(String.fromCharCode(codeOf(a[0])))];
    }),
  ),
  issurrogate: (a) => isSurrogateCode(codeOf(a[0])),
  ishighsurrogate: (a) => isHigh(codeOf(a[0])),
  islowsurrogate: (a) => isLow(codeOf(a[0])),
  issurrogatepair: (a) => isHigh(codeOf(a[0])) && isLow(codeOf(a[1])),
  isascii: (a) => codeOf(a[0]) < 0x80,
  getnumericvalue: (a) => {
    const c = String.fromCharCode(codeOf(a[0]));
    return typedDouble(/^\p{Nd}$/u.test(c) ? digitValue(c) : -1);
  },
  parse: (a) => {
    const text = unwrap(a[0]);
    if (text === null || text === undefined) throw new DotNetException("Value cannot be null. (Parameter 's')", 'ArgumentNullException');
    const s = String(text);
    if (s.length !== 1) throw new DotNetException('String must be exactly one character long.', 'FormatException');
    return charValue(s.charCodeAt(0));
  },
  // Code points past U+FFFF are two UTF-16 units; the surrogates themselves are no code point.
  convertfromutf32: (a) => {
    const cp = toInt(a[0]);
    if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      throw new DotNetException("A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff). (Parameter 'utf32')", 'ArgumentOutOfRangeException');
    }
    return String.fromCodePoint(cp);
  },
  converttoutf32: (a) => {
    if (typeof unwrap(a[0]) === 'string' && a.length === 2 && !isCharValue(a[1])) {
      const s = unwrap(a[0]) as string;
      const i = toInt(a[1]);
      if (i < 0 || i >= s.length) throw new DotNetException("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')", 'ArgumentOutOfRangeException');
      const high = s.charCodeAt(i);
      if (isLow(high)) throw new DotNetException(`Found a low surrogate char without a preceding high surrogate at index: ${i}. The string may not be null and must contain valid surrogate pairs. (Parameter 's')`);
      if (!isHigh(high)) return high;
      const low = s.charCodeAt(i + 1);
      if (!isLow(low)) throw new DotNetException(`Found a high surrogate char without a following low surrogate at index: ${i}. The input may not be in this encoding, or may not contain valid surrogate pairs. (Parameter 's')`);
      return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    const [high, low] = [codeOf(a[0]), codeOf(a[1])];
    if (!isHigh(high)) throw new DotNetException("Found a high surrogate char without a following low surrogate at index: 0. The input may not be in this encoding, or may not contain valid surrogate pairs. (Parameter 'highSurrogate')", 'ArgumentOutOfRangeException');
    if (!isLow(low)) throw new DotNetException("Found a low surrogate char without a preceding high surrogate at index: 1. The input may not be in this encoding, or may not contain valid surrogate pairs. (Parameter 'lowSurrogate')", 'ArgumentOutOfRangeException');
    return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  },
  toupper: (a) => charValue(upper(codeOf(a[0]))),
  tolower: (a) => {
    const code = codeOf(a[0]);
    const l = String.fromCharCode(code).toLowerCase();
    return charValue(l.length === 1 ? l.charCodeAt(0) : code);
  },
}));

export const charStaticProperties = lazy((): Record<string, () => unknown> => ({
  maxvalue: () => charValue(0xffff),
  minvalue: () => charValue(0),
}));

/** Char's instance methods that differ from a number's: Equals and CompareTo take only chars. Undefined for others. */
export function charMethod(c: TypedNumber, name: string, args: unknown[]): { value: unknown } | undefined {
  const lower = name.toLowerCase();
  if (lower === 'equals' && args.length === 1) return { value: isCharValue(args[0]) && unwrap(args[0]) === c.value };
  if (lower === 'compareto' && args.length === 1) {
    const other = args[0];
    if (other === null || other === undefined) return { value: 1 };
    if (!isCharValue(other)) throw invocationFailed(name, 1, new DotNetException('Object must be of type Char.', 'ArgumentException'));
    // Char.CompareTo returns the difference of the codes.
    return { value: c.value - (unwrap(other) as number) };
  }
  return undefined;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isSurrogateCode = (code: number) => code >= 0xd800 && code <= 0xdfff;
const typedDouble = (n: number) => new TypedNumber(n, 'System.Double');
/** A decimal digit's value from its position in its script's run of ten digits (Unicode keeps them consecutive). */
function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  for (let zero = code; zero > code - 10; zero--) if (!/^\p{Nd}$/u.test(String.fromCharCode(zero - 1))) return code - zero;
  return -1;
}
