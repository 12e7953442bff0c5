// System.String's instance methods as .NET 10 runs them under PowerShell 7.6.10's method binder:
// overload choice by argument count and kind, .NET's own exception texts for bad indexes, and the
// binder's errors (method-binder.ts) for a wrong count or an argument that does not convert.

import { TypedArray } from './convert.js';
import { TypedNumber } from './numeric.js';
import { DotNetException, MethodArguments, noOverload, overloadsFor, overloadsOf } from './method-binder.js';
import { EnumValue } from './values.js';
import { lazy } from './lazy.js';

const STRING = 'System.String';
const COMPARISONS = ['CurrentCulture', 'CurrentCultureIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'Ordinal', 'OrdinalIgnoreCase'] as const;
const SPLIT_OPTIONS = ['None', 'RemoveEmptyEntries', 'TrimEntries'] as const;
// Made on first compare: an Intl.Collator costs a script that never compares strings ~8 ms (docs/startup.md).
let culture: Intl.Collator | undefined;

const outOfRange = (message: string) => new DotNetException(message, 'ArgumentOutOfRangeException');
const nonNegative = (name: string, value: number) => outOfRange(`${name} ('${value}') must be a non-negative value. (Parameter '${name}')\nActual value was ${value}.`);
const atMost = (name: string, value: number, limit: number) => outOfRange(`${name} ('${value}') must be less than or equal to '${limit}'. (Parameter '${name}')\nActual value was ${value}.`);

/** A char[] result: prints one character a line, GetType() is System.Char[]. */
function charArray(text: string): TypedArray {
  // By UTF-16 units, as .NET's chars: a character past U+FFFF is its two surrogates.
  return TypedArray.of2('System.Char', Array.from({ length: text.length }, (_, i) => new TypedNumber(text.charCodeAt(i), 'System.Char')));
}

function stringArray(parts: string[]): TypedArray {
  return TypedArray.of2(STRING, parts);
}

/** Argument i as a list of separators/characters: a string's characters (char[] overloads) or an array's items. */
function charSet(a: MethodArguments, i: number): string[] {
  const v = a.raw(i);
  if (Array.isArray(v)) return v.map((x) => (x instanceof TypedNumber ? String.fromCharCode(x.value) : String(x ?? '')));
  if (v instanceof TypedNumber && v.type === 'System.Char') return [String.fromCharCode(v.value)];
  return [...a.str(i)];
}

function isChar(a: MethodArguments, i: number): boolean {
  const v = a.raw(i);
  return v === null || (v instanceof TypedNumber && v.type === 'System.Char');
}

function comparison(a: MethodArguments, i: number): { ignoreCase: boolean } {
  return { ignoreCase: a.enumValue(i, 'System.StringComparison', COMPARISONS) % 2 === 1 };
}

function splitOptions(a: MethodArguments, i: number): number {
  return a.enumValue(i, 'System.StringSplitOptions', SPLIT_OPTIONS);
}

/** String.Split: separators (empty = white space), a maximum count, RemoveEmptyEntries/TrimEntries. */
function split(s: string, separators: string[], count: number, options: number): TypedArray {
  if (count < 0) throw nonNegative('count', count);
  const remove = (options & 1) !== 0;
  const trim = (options & 2) !== 0;
  const seps = separators.filter((x) => x !== '');
  const isSep = (at: number): number => {
    if (!seps.length) return /\s/.test(s[at]!) ? 1 : 0;
    for (const sep of seps) if (s.startsWith(sep, at)) return sep.length;
    return 0;
  };
  const parts: string[] = [];
  if (count === 0) return stringArray([]);
  let start = 0;
  let i = 0;
  const push = (p: string) => {
    const t = trim ? p.trim() : p;
    if (!(remove && t === '')) parts.push(t);
  };
  while (i < s.length && parts.length < count - 1) {
    const n = isSep(i);
    if (n) {
      push(s.slice(start, i));
      i += n;
      start = i;
    } else i++;
  }
  push(s.slice(start));
  return stringArray(parts);
}

function compare(a: string, b: string, ignoreCase: boolean): number {
  const r = (culture ??= new Intl.Collator('en')).compare(ignoreCase ? a.toLowerCase() : a, ignoreCase ? b.toLowerCase() : b);
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}

function trimSet(s: string, chars: string[] | undefined, start: boolean, end: boolean): string {
  const has = (c: string) => (chars && chars.length ? chars.includes(c) : /\s/.test(c));
  let x = 0;
  let y = s.length;
  while (start && x < y && has(s[x]!)) x++;
  while (end && y > x && has(s[y - 1]!)) y--;
  return s.slice(x, y);
}

function fold(s: string, ignoreCase: boolean): string {
  return ignoreCase ? s.toLowerCase() : s;
}

function indexOf(s: string, a: MethodArguments, last: boolean): number {
  const n = a.count;
  const value = isChar(a, 0) ? (a.raw(0) === null ? '\0' : a.char(0)) : a.str(0);
  let ignoreCase = false;
  let start = last ? s.length - 1 : 0;
  let count: number | undefined;
  if (n >= 2) {
    const second = a.raw(1);
    // PowerShell's binder picks the (value, int startIndex) overload unless the argument is a StringComparison.
    if (n === 2 && second instanceof EnumValue) ignoreCase = comparison(a, 1).ignoreCase;
    else start = a.int(1);
  }
  if (n >= 3) {
    if (n === 3 && a.raw(2) instanceof EnumValue) ignoreCase = comparison(a, 2).ignoreCase;
    else count = a.int(2);
  }
  if (n === 4) ignoreCase = comparison(a, 3).ignoreCase;
  const hay = fold(s, ignoreCase);
  const needle = fold(value, ignoreCase);
  if (!last) {
    if (start < 0 || start > s.length) throw outOfRange("Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')");
    const end = count === undefined ? s.length : start + count;
    if (count !== undefined && (count < 0 || end > s.length)) throw outOfRange("Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')");
    const at = hay.slice(0, end).indexOf(needle, start);
    return at;
  }
  if (s.length === 0) return needle === '' ? 0 : -1;
  if (start < 0 || start >= s.length) throw outOfRange("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')");
  const from = count === undefined ? 0 : start - count + 1;
  if (count !== undefined && (count < 0 || from < 0)) throw outOfRange("Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')");
  if (needle === '') return start + (count === undefined && n === 1 ? 1 : 0);
  const at = hay.lastIndexOf(needle, start - needle.length + 1);
  return at >= from ? at : -1;
}

function indexOfAny(s: string, a: MethodArguments, last: boolean): number {
  const set = charSet(a, 0);
  const start = a.count > 1 ? a.int(1) : last ? s.length - 1 : 0;
  if (!last) {
    if (start < 0 || start > s.length) throw outOfRange("Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')");
    for (let i = start; i < s.length; i++) if (set.includes(s[i]!)) return i;
    return -1;
  }
  for (let i = Math.min(start, s.length - 1); i >= 0; i--) if (set.includes(s[i]!)) return i;
  return -1;
}

type StringMethod = (s: string, a: MethodArguments) => unknown;

// Made on the first string method call (docs/startup.md, sixth round).
const methods = lazy((): Record<string, StringMethod> => ({
  clone: (s) => s,
  compareto: (s, a) => {
    const v = a.raw(0);
    if (v === null || v === undefined) return 1;
    if (typeof v !== 'string') throw new DotNetException('Object must be of type String.');
    return compare(s, v, false);
  },
  contains: (s, a) => {
    const ignoreCase = a.count === 2 ? comparison(a, 1).ignoreCase : false;
    const value = isChar(a, 0) ? (a.raw(0) === null ? '\0' : a.char(0)) : a.str(0);
    return fold(s, ignoreCase).includes(fold(value, ignoreCase));
  },
  startswith: (s, a) => edge(s, a, true),
  endswith: (s, a) => edge(s, a, false),
  equals: (s, a) => {
    const v = a.raw(0);
    if (a.count === 2) return typeof v === 'string' && fold(s, comparison(a, 1).ignoreCase) === fold(v, comparison(a, 1).ignoreCase);
    return typeof v === 'string' && s === v;
  },
  indexof: (s, a) => indexOf(s, a, false),
  lastindexof: (s, a) => indexOf(s, a, true),
  indexofany: (s, a) => indexOfAny(s, a, false),
  lastindexofany: (s, a) => indexOfAny(s, a, true),
  insert: (s, a) => {
    const at = a.int(0);
    const value = a.str(1);
    if (at < 0 || at > s.length) throw atMost('startIndex', at < 0 ? at + 2 ** 32 : at, s.length);
    return s.slice(0, at) + value + s.slice(at);
  },
  isnormalized: (s) => s === s.normalize('NFC'),
  normalize: (s) => s.normalize('NFC'),
  padleft: (s, a) => pad(s, a, true),
  padright: (s, a) => pad(s, a, false),
  remove: (s, a) => {
    const start = a.int(0);
    if (a.count === 1) {
      if (start < 0) throw outOfRange("StartIndex cannot be less than zero. (Parameter 'startIndex')");
      if (start > s.length) throw outOfRange("startIndex cannot be larger than length of string. (Parameter 'startIndex')");
      return s.slice(0, start);
    }
    const count = a.int(1);
    if (start < 0) throw outOfRange("StartIndex cannot be less than zero. (Parameter 'startIndex')");
    if (count < 0) throw nonNegative('count', count);
    if (count > s.length - start) throw atMost('count', count, s.length - start);
    return s.slice(0, start) + s.slice(start + count);
  },
  replace: (s, a) => {
    if (a.count === 2 && (isChar(a, 0) || (a.raw(0) === null && a.raw(1) !== null))) {
      const from = a.raw(0) === null ? '\0' : a.char(0);
      return s.split(from).join(a.raw(1) === null ? '\0' : a.char(1));
    }
    const from = a.str(0);
    if (from === '') throw new DotNetException("The value cannot be an empty string. (Parameter 'oldValue')");
    const to = a.str(1);
    const ignoreCase = a.count === 3 ? comparison(a, 2).ignoreCase : a.count === 4 ? Boolean(a.as(2, 'bool')) : false;
    if (!ignoreCase) return s.split(from).join(to);
    return s.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), () => to);
  },
  replacelineendings: (s, a) => s.replace(/\r\n|\r|\n|\u0085|\u2028|\u2029|\f/g, a.count ? a.str(0) : '\n'),
  split: (s, a) => {
    const n = a.count;
    if (n === 0) return split(s, [], Number.MAX_SAFE_INTEGER, 0);
    const seps = isChar(a, 0) ? [a.raw(0) === null ? '\0' : a.char(0)] : Array.isArray(a.raw(0)) ? charSet(a, 0) : typeof a.raw(0) === 'string' ? [a.str(0)] : charSet(a, 0);
    let count = Number.MAX_SAFE_INTEGER;
    let options = 0;
    if (n >= 2) {
      if (a.raw(1) instanceof EnumValue) options = splitOptions(a, 1);
      else count = a.int(1);
    }
    if (n === 3) options = splitOptions(a, 2);
    return split(s, seps, count, options);
  },
  substring: (s, a) => {
    const start = a.int(0);
    if (a.count === 1) {
      if (start < 0) throw nonNegative('startIndex', start);
      if (start > s.length) throw outOfRange("startIndex cannot be larger than length of string. (Parameter 'startIndex')");
      return s.slice(start);
    }
    const length = a.int(1);
    if (start < 0) throw nonNegative('startIndex', start);
    if (length < 0) throw nonNegative('length', length);
    if (start > s.length) throw outOfRange("startIndex cannot be larger than length of string. (Parameter 'startIndex')");
    if (start + length > s.length) throw outOfRange("Index and length must refer to a location within the string. (Parameter 'length')");
    return s.substr(start, length);
  },
  tochararray: (s, a) => {
    if (a.count === 0) return charArray(s);
    const start = a.int(0);
    const length = a.int(1);
    if (start < 0 || start > s.length || start > s.length - length) throw atMost('startIndex', start, s.length - length);
    if (length < 0) throw nonNegative('length', length);
    return charArray(s.substr(start, length));
  },
  tolower: (s) => s.toLowerCase(),
  tolowerinvariant: (s) => s.toLowerCase(),
  toupper: (s) => s.toUpperCase(),
  toupperinvariant: (s) => s.toUpperCase(),
  tostring: (s, a) => {
    // The only one-argument overloads take an IFormatProvider, which nothing in the shell converts to.
    if (a.count) throw noOverload('ToString', a.count);
    return s;
  },
  trim: (s, a) => trimSet(s, a.count ? a.values.flatMap((_, i) => charSet(a, i)) : undefined, true, true),
  trimstart: (s, a) => trimSet(s, a.count ? a.values.flatMap((_, i) => charSet(a, i)) : undefined, true, false),
  trimend: (s, a) => trimSet(s, a.count ? a.values.flatMap((_, i) => charSet(a, i)) : undefined, false, true),
}));

function edge(s: string, a: MethodArguments, start: boolean): boolean {
  const v = a.raw(0);
  if (v === null || v === undefined) return false;
  const value = isChar(a, 0) ? a.char(0) : a.str(0);
  const ignoreCase = a.count === 2 ? comparison(a, 1).ignoreCase : a.count === 3 ? Boolean(a.as(1, 'bool')) : false;
  return start ? fold(s, ignoreCase).startsWith(fold(value, ignoreCase)) : fold(s, ignoreCase).endsWith(fold(value, ignoreCase));
}

function pad(s: string, a: MethodArguments, left: boolean): string {
  const width = a.int(0);
  const fill = a.count > 1 ? a.char(1) : ' ';
  if (width < 0) throw nonNegative('totalWidth', width);
  return left ? s.padStart(width, fill) : s.padEnd(width, fill);
}

/** `$s.Chars(i)`: the parameterized property, which fails as a property getter. */
function chars(s: string, a: MethodArguments): unknown {
  if (a.count !== 1) throw noOverload('Chars', a.count);
  const i = a.int(0);
  if (i < 0 || i >= s.length) throw new DotNetException('Index was outside the bounds of the array.', 'IndexOutOfRangeException');
  return new TypedNumber(s.charCodeAt(i), 'System.Char');
}

export class PropertyGetterError extends DotNetException {}

/** Calls string method `name`; undefined when System.String has no such method (the caller tries the common ones). */
export function stringMethod(s: string, name: string, args: unknown[]): { value: unknown } | undefined {
  const lower = name.toLowerCase();
  const a = new MethodArguments(STRING, name, args);
  if (lower === 'chars') {
    try {
      return { value: chars(s, a) };
    } catch (e) {
      if (e instanceof DotNetException) throw new PropertyGetterError(e.message, e.exceptionType);
      throw e;
    }
  }
  const impl = methods()[lower];
  if (!impl || !overloadsOf(STRING, name)) return undefined;
  // PowerShell's messages use the method name as the script typed it.
  if (!overloadsFor(STRING, name, args.length).length) throw noOverload(name, args.length);
  return { value: impl(s, a) };
}
