// System.Char as PowerShell treats it. A char is a TypedNumber of type System.Char (its UTF-16 code):
// it computes as a number (`'Hello'[0] - 'Hello'[-1]` is -39, `[int]'abc'[0]` is 97) but prints, joins,
// matches and binds to [string] parameters as its character. Comparisons follow LanguagePrimitives:
// char is no numeric type there, so the other operand converts to [char] (`'abc'[0] -eq 97` is True,
// `-eq 99.0` False), -eq ignores case through ToUpperInvariant, and ordering compares the codes.

import { ConversionError, castFailure, toPSString, unwrap, unwrapArgument } from './convert.js';
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
