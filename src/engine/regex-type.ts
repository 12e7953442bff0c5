// [regex] (System.Text.RegularExpressions.Regex) as pwsh 7.6.10 shows it: the statics admin scripts call
// (Escape, Unescape, IsMatch, Match, Matches, Replace, Split), Regex objects (`[regex]'p'`,
// `[regex]::new(p, options)`, New-Object regex), and the Match / Group / MatchCollection / GroupCollection
// objects they return, with pwsh's properties and display.
//
// The pattern is checked with .NET's rules first (regex-syntax.ts, as -match does), then rewritten where
// .NET and JavaScript read the same text differently: `.` and `$` (which .NET lets match before a final
// newline), \A \z \Z, `(?'name')`, a leading `(?imsx)`, RegexOptions ExplicitCapture and
// IgnorePatternWhitespace, and .NET's group numbering (unnamed groups first, then named ones).
// Unlike -match, the statics are case-sensitive unless RegexOptions.IgnoreCase is given.

import { TypedArray, toInt, toPSString, unwrap } from './convert.js';
import { CAST_ERROR_ID, ConversionError } from './conversion-error.js';
import type { ConstructibleType, ConstructOutcome } from './construct-types.js';
import { DotNetException, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import { NamedCollection } from './named-collection.js';
import { dotNetRegexError } from './regex-syntax.js';
import { caseVariants, dotNetClass, rangeCaseVariants } from './regex-classes.js';
import * as R from './runtime-strings.js';
import { ScriptBlock } from './script-block.js';
import { TimeSpanValue } from './timespan.js';
import { EnumValue, PSObject, type EnumType } from './values.js';
import { registerEnumType } from './enum-types.js';

export const REGEX = 'System.Text.RegularExpressions.Regex';
const MATCH = 'System.Text.RegularExpressions.Match';
const GROUP = 'System.Text.RegularExpressions.Group';

const OPTION_NAMES = ['None', 'IgnoreCase', 'Multiline', 'ExplicitCapture', 'Compiled', 'Singleline', 'IgnorePatternWhitespace', 'RightToLeft', 'ECMAScript', 'CultureInvariant', 'NonBacktracking'];
const OPTION_VALUES = [0, 1, 2, 4, 8, 16, 32, 64, 256, 512, 1024];
export const REGEX_OPTIONS: EnumType = { fullName: 'System.Text.RegularExpressions.RegexOptions', names: OPTION_NAMES, values: OPTION_VALUES, flags: true };
registerEnumType(REGEX_OPTIONS);

const IGNORE_CASE = 1;
const MULTILINE = 2;
const EXPLICIT_CAPTURE = 4;
const SINGLELINE = 16;
const IGNORE_WHITESPACE = 32;
const ECMASCRIPT = 256;

/** A RegexOptions value: its flag names joined as .NET's Enum.ToString joins them (`IgnoreCase, Multiline`). */
export function optionsValue(n: number): EnumValue {
  return EnumValue.of(REGEX_OPTIONS, n);
}

/** A number as RegexOptions: only a combination of its flags converts. */
function definedOptions(n: number, text: string, errorId: string): EnumValue {
  const known = OPTION_VALUES.reduce((bits, flag) => bits | flag, 0);
  if (n < 0 || (n & ~known) !== 0) throw new ConversionError(R.InvalidCastExceptionEnumerationValue(`value "${text}"`, REGEX_OPTIONS.fullName, OPTION_NAMES), errorId);
  return optionsValue(n);
}

/** `[RegexOptions]x`: an option, a number, or names (`'IgnoreCase, Multiline'`, `'IgnoreCase', 'Multiline'`). */
export function toRegexOptions(value: unknown): EnumValue {
  const v = unwrap(value);
  if (v instanceof EnumValue && v.type === REGEX_OPTIONS) return v;
  if (typeof v === 'number' || v instanceof EnumValue) return definedOptions(typeof v === 'number' ? toInt(v) : v.value, toPSString(v), CAST_ERROR_ID.enumValue);
  const text = Array.isArray(v) ? v.map((x) => toPSString(x)).join(',') : toPSString(v);
  if (/^\s*-?\d+\s*$/.test(text)) return definedOptions(Number(text), text.trim(), CAST_ERROR_ID.enumTextValue);
  let n = 0;
  for (const part of text.split(',')) {
    const i = OPTION_NAMES.findIndex((name) => name.toLowerCase() === part.trim().toLowerCase());
    if (i < 0) throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, REGEX_OPTIONS.fullName, R.EnumNoMatch(text, OPTION_NAMES)), CAST_ERROR_ID.enumName);
    n |= OPTION_VALUES[i]!;
  }
  return optionsValue(n);
}

/** A .NET group as the compiled JavaScript pattern holds it. */
interface GroupSlot {
  /** .NET's name: its number's text, or the name it was given. */
  name: string;
  number: number;
  /** Its index in the JavaScript match array. */
  js: number;
  /**
   * A name used more than once is one .NET group, but each use is a JavaScript capture of its own: all of
   * their indices (`js` the first); the one that captured last is the group's value.
   */
  uses?: number[];
  /**
   * A group a quantifier repeats (`(\d)+`): JavaScript keeps only its last capture, so the repetition's
   * whole span is captured too (`span`) and walked again with the group's own pattern (`inner`, sticky)
   * for the earlier captures .NET's CaptureCollection has.
   */
  repeat?: { span: number; inner: RegExp };
}

export interface Compiled {
  pattern: string;
  options: number;
  regex: RegExp;
  /** In .NET's order: group 0, the unnamed groups, then the named ones. */
  groups: GroupSlot[];
}

/** Why a pattern cannot be used: .NET's RegexParseException text, or a construct spo-shell cannot run. */
export class RegexPatternError extends Error {}

/** A pattern .NET itself rejects (its RegexParseException text), as against one only spo-shell cannot run. */
export class RegexSyntaxError extends RegexPatternError {}

/** A pattern .NET runs but the translation cannot (a conditional, a balancing group, `\G` inside a pattern). */
const cannotRun = (pattern: string) => new RegexPatternError(`Invalid pattern '${pattern}': spo-shell cannot run this .NET regular expression construct.`);

/** The patterns compiled last, as .NET's Regex cache keeps them (Regex.CacheSize 15): a loop of statics compiles once. */
const cache = new Map<string, Compiled>();
const CACHE_SIZE = 15;

/** `captures`: also find every capture of a repeated group ([regex]'s Match objects; the operators need only values). */
function compile(pattern: string, options: number, captures = true): Compiled {
  const key = `${options}:${captures}:${pattern}`;
  const known = cache.get(key);
  if (known) return known;
  const compiled = translate(pattern, options, captures);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

/** Patterns that passed .NET's syntax check lately: each is checked once, whatever options it is compiled with. */
const checked = new Set<string>();

/** Throws a RegexSyntaxError when .NET would reject `pattern`. */
export function checkSyntax(pattern: string): void {
  if (checked.has(pattern)) return;
  const problem = dotNetRegexError(pattern);
  if (problem) throw new RegexSyntaxError(problem);
  if (checked.size >= 64) checked.delete(checked.values().next().value!);
  checked.add(pattern);
}

/** The options in force at a point of the pattern: RegexOptions, and what `(?imnsx-imnsx)` changed since. */
interface Scope {
  i: boolean;
  m: boolean;
  n: boolean;
  s: boolean;
  x: boolean;
}

/** `(?imnsx-imnsx)` / `(?imnsx-imnsx:`: the scope with those options switched on or off. */
function withOptions(scope: Scope, letters: string): Scope {
  const next = { ...scope };
  let on = true;
  for (const c of letters) {
    if (c === '-') on = false;
    else next[c as keyof Scope] = on;
  }
  return next;
}

/** A placeholder for a back reference, resolved once .NET's group numbers are known: `#N` a number, `=N` a JavaScript index, else a name. */
const backReference = (key: string) => `\u0002${key}\u0003`;

/** Rewrites a .NET pattern into a JavaScript one with the same meaning, and numbers its groups as .NET does. */
function translate(pattern: string, options: number, captures: boolean): Compiled {
  checkSyntax(pattern);
  let rest = pattern;
  // A leading `(?i)` / `(?ms)` is a whole-pattern option: with it as a flag, case needs no expanding below.
  const inline = /^\(\?([imnsx]+)\)/.exec(rest);
  if (inline) {
    rest = rest.slice(inline[0].length);
    for (const c of inline[1]!) options |= { i: IGNORE_CASE, m: MULTILINE, n: EXPLICIT_CAPTURE, s: SINGLELINE, x: IGNORE_WHITESPACE }[c as 'i']!;
  }
  // Case that an inline option turns on or off for part of the pattern: JavaScript (Node 20) has no
  // modifiers, so the letters there are written with both cases (`[aA]`) and no `i` flag is used.
  const expandCase = /\(\?[imnsx]*-?[imnsx]*i[imnsx]*[:)]/.test(rest);
  const unicode = (options & ECMASCRIPT) === 0;
  let scope: Scope = { i: (options & IGNORE_CASE) !== 0, m: (options & MULTILINE) !== 0, n: (options & EXPLICIT_CAPTURE) !== 0, s: (options & SINGLELINE) !== 0, x: (options & IGNORE_WHITESPACE) !== 0 };
  // A leading \G (the match starts where the search does) is JavaScript's sticky flag, when no alternative could start elsewhere.
  const sticky = rest.startsWith('\\G') && !topLevelAlternation(rest);
  if (sticky) rest = rest.slice(2);
  const flags = 'gd' + (scope.i && !expandCase ? 'i' : '') + (sticky ? 'y' : '');
  const unnamed: number[] = [];
  const named: Array<[string, number]> = [];
  let js = 0;
  let out = '';
  /** The groups open at this point: where each starts in `out`, its capture's index (undefined: not a capture), the scope outside it, and what closes it. */
  const open: Array<{ at: number; js?: number; content: number; outer: Scope; close?: string }> = [];
  /** Repeated captures: the group's index and its own pattern. Back references would be renumbered by the wrapper: none then. */
  const repeats: Array<{ js: number; inner: string }> = [];
  const wrapRepeats = captures && !/\\[1-9k]|\(\?>/.test(rest);
  const word = () => dotNetClass('w', false)!;
  const literal = (c: string) => {
    const variants = expandCase && scope.i ? caseVariants(c) : [];
    return variants.length > 1 ? `[${variants.join('')}]` : /[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c;
  };
  /** An escape outside a set: .NET's Unicode classes, anchors and back references. */
  const escapeOutside = (i: number): [string, number] => {
    const next = rest[i + 1] ?? '';
    const cls = escapeClass(rest, i, unicode);
    if (cls) return [cls.negated ? `[^${cls.body}]` : `[${cls.body}]`, cls.length];
    // The JavaScript pattern has no m flag: its ^ and $ are the start and end of the input.
    switch (next) {
      case 'A':
        return ['^', 2];
      case 'z':
        return ['$', 2];
      case 'Z':
        return ['(?=\\n?$)', 2];
      case 'G':
        throw cannotRun(pattern);
      case 'b':
      case 'B':
        if (!unicode) return ['\\' + next, 2];
        return [next === 'b' ? `(?:(?<=[${word()}])(?![${word()}])|(?<![${word()}])(?=[${word()}]))` : `(?:(?<=[${word()}])(?=[${word()}])|(?<![${word()}])(?![${word()}]))`, 2];
      case 'k': {
        const m = /^\\k(?:<(\w+)>|'(\w+)')/.exec(rest.slice(i))!;
        const key = m[1] ?? m[2]!;
        return [backReference(/^\d+$/.test(key) ? '#' + key : key), m[0].length];
      }
    }
    if (/[1-9]/.test(next)) {
      const digits = /^\d+/.exec(rest.slice(i + 1))![0];
      return [backReference('#' + digits), digits.length + 1];
    }
    const single = escapedCharacter(rest, i);
    return [single.code !== undefined && expandCase && scope.i ? literal(String.fromCharCode(single.code)) : single.out, single.length];
  };
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '\\') {
      const [text, length] = escapeOutside(i);
      out += text;
      i += length - 1;
      continue;
    }
    if (scope.x) {
      if (/\s/.test(c)) continue;
      if (c === '#') {
        while (i + 1 < rest.length && rest[i + 1] !== '\n') i++;
        continue;
      }
    }
    if (c === '[') {
      const set = translateSet(rest, i, unicode, expandCase && scope.i);
      out += set.text;
      i = set.end;
      continue;
    }
    if (c === '(') {
      if (rest.startsWith('(?#', i)) {
        // An inline comment, to its first `)` (JavaScript has none).
        i = rest.indexOf(')', i);
        continue;
      }
      const optionsGroup = /^\(\?([imnsx]*(?:-[imnsx]*)?)([:)])/.exec(rest.slice(i));
      if (optionsGroup && optionsGroup[1]) {
        i += optionsGroup[0].length - 1;
        if (optionsGroup[2] === ')') {
          scope = withOptions(scope, optionsGroup[1]); // to the end of the enclosing group
          continue;
        }
        open.push({ at: out.length, content: out.length + 3, outer: scope });
        scope = withOptions(scope, optionsGroup[1]);
        out += '(?:';
        continue;
      }
      if (rest.startsWith('(?>', i)) {
        // An atomic group: what a lookahead captured, matched again, cannot be backtracked into.
        const helper = ++js;
        open.push({ at: out.length, content: out.length + 6, outer: scope, close: `))${backReference('=' + helper)})` });
        out += '(?:(?=(';
        i += 2;
        continue;
      }
      if (rest[i + 1] !== '?') {
        if (scope.n) {
          open.push({ at: out.length, content: out.length + 3, outer: scope });
          out += '(?:';
        } else {
          unnamed.push(++js);
          open.push({ at: out.length, js, content: out.length + 1, outer: scope });
          out += '(';
        }
        continue;
      }
      const name = /^\(\?(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest.slice(i));
      if (name) {
        const n = name[1] ?? name[2]!;
        named.push([n, ++js]);
        // JavaScript allows a name once; .NET's repeated name is one group (the later capture wins).
        const opening = named.filter(([x]) => x === n).length > 1 ? '(' : `(?<${n}>`;
        open.push({ at: out.length, js, content: out.length + opening.length, outer: scope });
        out += opening;
        i += name[0].length - 1;
        continue;
      }
      const look = /^\(\?(?:<=|<!|[:=!])/.exec(rest.slice(i));
      if (!look) throw cannotRun(pattern);
      open.push({ at: out.length, content: out.length + look[0].length, outer: scope });
      out += look[0];
      i += look[0].length - 1;
      continue;
    }
    if (c === ')') {
      const group = open.pop();
      if (group) scope = group.outer;
      const quantifier = /^(?:[*+]|\{\d+(?:,\d*)?\})\??/.exec(rest.slice(i + 1))?.[0];
      if (wrapRepeats && group?.js !== undefined && quantifier) {
        // `(X)+` becomes `((X)+)` with a marked wrapper (numbered below), so the repetition's span is known.
        repeats.push({ js: group.js, inner: out.slice(group.content).replace(/\u0001[\ue000-\uf8ff]/g, '') });
        out = `${out.slice(0, group.at)}(\u0001${String.fromCharCode(0xe000 + repeats.length - 1)}${out.slice(group.at)})${quantifier})`;
        i += quantifier.length;
      } else out += group?.close ?? c;
      continue;
    }
    if (c === '.') out += scope.s ? '[\\s\\S]' : '[^\\n]';
    else if (c === '$') out += scope.m ? '(?=\\n|$)' : '(?=\\n?$)';
    else if (c === '^') out += scope.m ? '(?<![^\\n])' : '^';
    else if (/[*+?{}|]/.test(c)) out += c;
    else out += literal(c);
  }
  const wrapped = repeats.length ? numberWrappers(out) : undefined;
  if (wrapped) out = wrapped.source;
  const final = (index: number) => wrapped?.captures[index - 1] ?? index;
  const groups: GroupSlot[] = [{ name: '0', number: 0, js: 0 }];
  unnamed.forEach((index, i) => groups.push({ name: String(i + 1), number: i + 1, js: index }));
  const seen = new Map<string, GroupSlot>();
  for (const [name, index] of named) {
    const known = seen.get(name);
    if (known) {
      (known.uses ??= [known.js]).push(index); // a later group of the same name
      continue;
    }
    const slot = { name, number: groups.length, js: index };
    seen.set(name, slot);
    groups.push(slot);
  }
  for (const slot of groups) {
    const r = repeats.findIndex((x) => x.js === slot.js);
    if (r >= 0 && wrapped) slot.repeat = { span: wrapped.wrappers[r]!, inner: new RegExp(repeats[r]!.inner, flags.replace(/[gdy]/g, '') + 'y') };
    slot.js = slot.number === 0 ? 0 : final(slot.js);
    if (slot.uses) slot.uses = slot.uses.map(final);
  }
  // Back references by .NET's number or name, to the JavaScript capture that holds the group.
  out = out.replace(/\u0002([^\u0003]*)\u0003/g, (_, key: string) => {
    const index = key[0] === '=' ? final(Number(key.slice(1))) : groups.find((g) => (key[0] === '#' ? g.number === Number(key.slice(1)) : g.name === key))?.js;
    return index === undefined ? '(?!)' : `(?:\\${index})`;
  });
  let regex: RegExp;
  try {
    regex = new RegExp(out, flags);
  } catch {
    throw cannotRun(pattern);
  }
  return { pattern, options, regex, groups };
}

/** Whether a pattern has a `|` outside any group (an alternative of the whole pattern). */
function topLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') i = translateSet(pattern, i, false, false).end;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** `\w` `\d` `\s` `\p{X}` and their negations at `i`: the class's contents (Unicode unless ECMAScript), or undefined. */
function escapeClass(text: string, i: number, unicode: boolean): { body: string; negated: boolean; length: number } | undefined {
  const next = text[i + 1] ?? '';
  if (/[wWdDsS]/.test(next)) {
    if (!unicode) return { body: '\\' + next, negated: false, length: 2 };
    const lower = next.toLowerCase() as 'w' | 'd' | 's';
    return { body: dotNetClass(lower, false)!, negated: next !== lower, length: 2 };
  }
  if (next === 'p' || next === 'P') {
    const m = /^\\[pP]\{([^}]*)\}/.exec(text.slice(i))!;
    const body = dotNetClass('p', false, m[1]!);
    if (body === undefined) throw cannotRun(text);
    return { body, negated: next === 'P', length: m[0].length };
  }
  return undefined;
}

/**
 * A character set from its `[` at `start`, as .NET reads it (a `]` first is a character; `-[...]` at its
 * end subtracts a set), in JavaScript; `end` is the index of its `]`.
 */
function translateSet(text: string, start: number, unicode: boolean, ignoreCase: boolean): { text: string; end: number } {
  let i = start + 1;
  const negated = text[i] === '^';
  if (negated) i++;
  let body = '';
  let first = true;
  let subtract: { text: string; end: number } | undefined;
  /** The code of the last single character, for a range that follows. */
  let previous: number | undefined;
  /** Whether a `-` at `at` makes a range of the character before it (its other cases come with the range's). */
  const startsRange = (at: number) => text[at] === '-' && at + 1 < text.length && text[at + 1] !== ']' && text[at + 1] !== '[';
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === ']' && !first) break;
    first = false;
    if (c === '-' && text[i + 1] === '[') {
      subtract = translateSet(text, i + 1, unicode, ignoreCase);
      i = subtract.end + 1; // the `]` that closes this set
      break;
    }
    if (c === '\\') {
      const cls = escapeClass(text, i, unicode);
      if (cls) {
        // A negated class inside a set: its complement's ranges.
        body += cls.negated ? negatedBody(text.slice(i, i + cls.length), unicode) : cls.body;
        i += cls.length - 1;
        previous = undefined;
        continue;
      }
      const single = escapedCharacter(text, i, true);
      body += single.out;
      if (ignoreCase && single.code !== undefined && !startsRange(i + single.length)) body += caseVariants(String.fromCharCode(single.code)).slice(1).join('');
      previous = single.code;
      i += single.length - 1;
      continue;
    }
    if (c === '-' && previous !== undefined && text[i + 1] !== ']' && i + 1 < text.length && text[i + 1] !== '[') {
      const to = text[i + 1] === '\\' ? escapedCharacter(text, i + 1, true) : { out: text[i + 1]!, code: text.charCodeAt(i + 1), length: 1 };
      if (to.code === undefined) {
        body += '\\-'; // `[a-\w]`: the `-` is a character
        previous = undefined;
        continue;
      }
      body += '-' + (to.length === 1 && /[\]\\^]/.test(to.out) ? '\\' : '') + to.out;
      if (ignoreCase) body += rangeCaseVariants(previous, to.code);
      i += to.length;
      previous = undefined;
      continue;
    }
    body += /[[\]^/-]/.test(c) ? '\\' + c : c;
    if (ignoreCase && !startsRange(i + 1)) body += caseVariants(c).slice(1).join('');
    previous = c.charCodeAt(0);
  }
  const set = `[${negated ? '^' : ''}${body}]`;
  return { text: subtract ? `(?:(?!${subtract.text})${set})` : set, end: i };
}

/**
 * An escape that stands for one character (`\x41`, `\u0041`, `\t`, `\e`, `\.`) at `i`: JavaScript for it and its
 * code; anything else (a back reference, `\b` outside a set) as it is, without a code.
 */
function escapedCharacter(text: string, i: number, inSet = false): { out: string; code?: number; length: number } {
  const rest = text.slice(i);
  const hexCode = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/.exec(rest);
  if (hexCode) return { out: hexCode[0], code: parseInt(hexCode[1] ?? hexCode[2]!, 16), length: hexCode[0].length };
  const octal = /^\\0[0-7]{0,2}/.exec(rest);
  if (octal) return { out: '\\x' + (parseInt(octal[0].slice(1), 8) & 0xff).toString(16).padStart(2, '0'), code: parseInt(octal[0].slice(1), 8) & 0xff, length: octal[0].length };
  const control = /^\\c([A-Za-z])/.exec(rest);
  if (control) return { out: control[0], code: control[1]!.toUpperCase().charCodeAt(0) - 64, length: 3 };
  const next = text[i + 1] ?? '';
  const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, e: 0x1b, a: 7 };
  if (inSet && next === 'b') return { out: '\\x08', code: 8, length: 2 };
  if (simple[next] !== undefined) return { out: '\\x' + simple[next]!.toString(16).padStart(2, '0'), code: simple[next], length: 2 };
  if (/\w/.test(next)) return { out: '\\' + next, length: 2 };
  return { out: '\\' + next, code: next.charCodeAt(0), length: 2 };
}

/** `\W` `\D` `\S` `\P{X}` inside a set: the complement's ranges. */
function negatedBody(escape: string, unicode: boolean): string {
  if (!unicode) return escape;
  const letter = escape[1]!.toLowerCase();
  if (letter === 'p') return dotNetClass('p', true, /\{([^}]*)\}/.exec(escape)![1]!)!;
  return dotNetClass(letter as 'w' | 'd' | 's', true)!;
}

/**
 * The JavaScript indices after repetition wrappers went in: `captures[i]` is the index of the i-th
 * capture of the pattern, `wrappers[r]` that of repeat r's wrapper; the source without the markers.
 */
function numberWrappers(source: string): { source: string; captures: number[]; wrappers: number[] } {
  const captures: number[] = [];
  const wrappers: number[] = [];
  let index = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      const next = source[i + 1];
      if (next === '\u0001') wrappers[source.charCodeAt(i + 2) - 0xe000] = ++index;
      else if (next !== '?' || /^\(\?<[A-Za-z_]/.test(source.slice(i, i + 4))) captures.push(++index);
    }
  }
  return { source: source.replace(/\u0001[\ue000-\uf8ff]/g, ''), captures, wrappers };
}

// ---- Match, Group, collections ------------------------------------------------------------------

export class GroupValue extends PSObject {
  constructor(typeName: string, props: Record<string, unknown>, value: string) {
    super(typeName, props, undefined, value);
  }
}

/** A Match: its groups, and what NextMatch needs to go on from it. */
export class MatchValue extends GroupValue {
  constructor(
    props: Record<string, unknown>,
    value: string,
    readonly compiled: Compiled,
    readonly input: string,
    /** Where the next search starts (one past an empty match). */
    readonly next: number,
  ) {
    super(MATCH, props, value);
  }
}

function collection(typeName: string, items: unknown[]): NamedCollection {
  return NamedCollection.named(`System.Text.RegularExpressions.${typeName}`, items);
}

function groupProps(success: boolean, name: string, index: number, value: string): Record<string, unknown> {
  return { Success: success, Name: name, Captures: null, Index: index, Length: value.length, Value: value, ValueSpan: null };
}

/** Finds the first match at or after `start`; an unsuccessful Match when there is none. */
function matchAt(compiled: Compiled, input: string, start: number): MatchValue {
  const regex = compiled.regex;
  regex.lastIndex = start;
  const found = start <= input.length ? regex.exec(input) : null;
  if (!found) return failedMatch(compiled, input);
  const indices = found.indices!;
  const groups: GroupValue[] = [];
  const props = { Groups: null as unknown, ...groupProps(true, '0', found.index, found[0]) };
  const match = new MatchValue(props, found[0], compiled, input, found.index + found[0].length + (found[0].length === 0 ? 1 : 0));
  for (const slot of compiled.groups) {
    if (slot.number === 0) {
      groups.push(match);
      continue;
    }
    const index = captured(slot, found);
    const value = found[index];
    const at = indices[index];
    const group = new GroupValue(GROUP, groupProps(value !== undefined, slot.name, at ? at[0] : 0, value ?? ''), value ?? '');
    const earlier = value === undefined ? [] : slot.repeat && at ? earlierCaptures(slot.repeat, indices, input, at[0]) : slot.uses ? otherUses(slot, found, index) : [];
    group.properties.set('Captures', collection('CaptureCollection', value === undefined ? [] : [...earlier, group]));
    groups.push(group);
  }
  match.properties.set('Groups', collection('GroupCollection', groups));
  match.properties.set('Captures', collection('CaptureCollection', [match]));
  return match;
}

/** The JavaScript capture that holds a group's value: of a name used twice, the use that captured last. */
function captured(slot: GroupSlot, found: RegExpExecArray): number {
  if (!slot.uses) return slot.js;
  let best = slot.js;
  for (const index of slot.uses) {
    const span = found.indices?.[index];
    const bestSpan = found.indices?.[best];
    if (span && (!bestSpan || span[1] >= bestSpan[1])) best = index;
  }
  return best;
}

/** A name used more than once: the captures of its other uses, in the order they were made (by where they end). */
function otherUses(slot: GroupSlot, found: RegExpExecArray, last: number): PSObject[] {
  const spans = slot.uses!.filter((i) => i !== last && found.indices?.[i]).map((i) => found.indices![i]!);
  return spans.sort((a, b) => a[1] - b[1]).map(([from, to]) => {
    const text = found.input.slice(from, to);
    return new PSObject('System.Text.RegularExpressions.Capture', { Index: from, Length: text.length, Value: text, ValueSpan: null }, undefined, text);
  });
}

/**
 * The captures of a repeated group before its last one: its pattern matched again and again from the
 * start of the repetition. Only when that walk arrives exactly at the last capture (it may not, where the
 * engine chose iterations the walk does not) are they used; otherwise just the last one is known.
 */
function earlierCaptures(repeat: NonNullable<GroupSlot['repeat']>, indices: RegExpIndicesArray, input: string, last: number): PSObject[] {
  const span = indices[repeat.span];
  if (!span) return [];
  const out: PSObject[] = [];
  let at = span[0];
  while (at < last) {
    repeat.inner.lastIndex = at;
    const m = repeat.inner.exec(input);
    if (!m || m[0].length === 0) return [];
    out.push(new PSObject('System.Text.RegularExpressions.Capture', { Index: at, Length: m[0].length, Value: m[0], ValueSpan: null }, undefined, m[0]));
    at += m[0].length;
  }
  return at === last ? out : [];
}

function failedMatch(compiled: Compiled, input: string): MatchValue {
  const match = new MatchValue({ Groups: null, ...groupProps(false, '0', 0, '') }, '', compiled, input, input.length + 1);
  match.properties.set('Groups', collection('GroupCollection', [match]));
  match.properties.set('Captures', collection('CaptureCollection', []));
  return match;
}

function allMatches(compiled: Compiled, input: string, start = 0): MatchValue[] {
  const out: MatchValue[] = [];
  for (let m = matchAt(compiled, input, start); m.get('Success') === true; m = matchAt(compiled, input, m.next)) out.push(m);
  return out;
}

/**
 * `$m.Groups[i]`, `$m.Groups['name']`: a group by number (a negative one counts from the end, as
 * PowerShell indexes any list) or by name; a group the pattern does not have is an unsuccessful one
 * without a name, as .NET's indexer returns it.
 */
export function groupIndex(groups: unknown[], index: unknown): unknown {
  const key = unwrap(index);
  if (Array.isArray(key)) return key.map((k) => groupIndex(groups, k));
  if (typeof key === 'string') return groups.find((g) => g instanceof GroupValue && toPSString(g.get('Name')) === key) ?? unknownGroup();
  let n = toInt(key);
  if (n < 0) n += groups.length;
  return n >= 0 && n < groups.length ? groups[n] : unknownGroup();
}

function unknownGroup(): GroupValue {
  const group = new GroupValue(GROUP, groupProps(false, '', 0, ''), '');
  group.properties.set('Captures', collection('CaptureCollection', []));
  return group;
}

export function isGroupCollection(value: unknown): value is NamedCollection {
  return value instanceof NamedCollection && value.dotNetTypeName === 'System.Text.RegularExpressions.GroupCollection';
}

// ---- Replace, Split, Escape -----------------------------------------------------------------------

/** A match's group by .NET number or name (the Groups list and the compiled slots are in the same order). */
function groupOf(match: MatchValue, key: string | number): GroupValue | undefined {
  const groups = match.get('Groups') as GroupValue[];
  const i = match.compiled.groups.findIndex((g) => (typeof key === 'number' ? g.number === key : g.name === key));
  return i >= 0 ? groups[i] : undefined;
}

/** A replacement pattern's substitutions ($1, ${name}, $&, $`, $', $+, $_, $$) for one match. */
function substitute(replacement: string, match: MatchValue): string {
  const input = match.input;
  const index = match.get('Index') as number;
  const value = match.get('Value') as string;
  return replacement.replace(/\$(?:(\d+)|\{([^}]*)\}|([&`'+_$]))/g, (whole, digits: string | undefined, name: string | undefined, symbol: string | undefined) => {
    if (digits !== undefined) {
      // The longest run of digits that names a group (.NET reads `$10` as group 1 then `0` when there is no group 10).
      for (let len = digits.length; len > 0; len--) {
        const g = groupOf(match, Number(digits.slice(0, len)));
        if (g) return toPSString(g.get('Value')) + digits.slice(len);
      }
      return whole;
    }
    if (name !== undefined) {
      const g = /^\d+$/.test(name) ? groupOf(match, Number(name)) : groupOf(match, name);
      return g ? toPSString(g.get('Value')) : whole;
    }
    switch (symbol) {
      case '$':
        return '$';
      case '&':
        return value;
      case '`':
        return input.slice(0, index);
      case "'":
        return input.slice(index + value.length);
      case '_':
        return input;
      default: {
        const groups = match.get('Groups') as GroupValue[];
        return toPSString(groups[groups.length - 1]!.get('Value'));
      }
    }
  });
}

/** Runs a MatchEvaluator script block: its output as one string. */
export type EvaluatorRunner = (block: ScriptBlock, match: MatchValue) => Promise<unknown[]>;

async function replace(compiled: Compiled, input: string, replacement: unknown, run: EvaluatorRunner, count = -1, start = 0): Promise<string> {
  const evaluator = unwrap(replacement);
  const matches = allMatches(compiled, input, start).slice(0, count >= 0 ? count : undefined);
  const pieces: string[] = [];
  for (const m of matches) {
    if (evaluator instanceof ScriptBlock) {
      const output = await run(evaluator, m);
      pieces.push(output.length === 0 ? '' : toPSString(output.length === 1 ? output[0] : output));
    } else pieces.push(substitute(evaluator === null || evaluator === undefined ? '' : toPSString(evaluator), m));
  }
  return spliceMatches(input, matches, pieces, start);
}

/** `input` with each match's text replaced by its piece; the text before `start` is kept as it is. */
function spliceMatches(input: string, matches: readonly MatchValue[], pieces: readonly string[], start = 0): string {
  let out = input.slice(0, start);
  let last = start;
  matches.forEach((m, i) => {
    const index = m.get('Index') as number;
    out += input.slice(last, index) + pieces[i];
    last = index + (m.get('Length') as number);
  });
  return out + input.slice(last);
}

/** Regex.Split: the text between matches, with each matched group's text in between (by group number). */
function split(compiled: Compiled, input: string, count = 0, start = 0): string[] {
  if (count === 1) return [input];
  const out: string[] = [];
  let last = 0;
  let pieces = 1;
  for (const m of allMatches(compiled, input, start)) {
    if (count > 0 && pieces >= count) break;
    pieces++;
    const index = m.get('Index') as number;
    out.push(input.slice(last, index));
    for (const g of (m.get('Groups') as GroupValue[]).slice(1)) if (g.get('Success') === true) out.push(toPSString(g.get('Value')));
    last = index + (m.get('Length') as number);
  }
  out.push(input.slice(last));
  return out;
}

/** Regex.Escape: the metacharacters and white space. */
export function escape(text: string): string {
  return text.replace(/[\\*+?|{[()^$.#\s]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\f' ? '\\f' : c === '\v' ? '\\v' : `\\${c}`));
}

/**
 * Regex.Unescape: the escapes of the pattern language, each as the character it stands for. As .NET's
 * parser: an escaped word character that means nothing (`\q`, `\8`, `\_`) and short hex or control
 * escapes are RegexPatternErrors with its text and offset; a backslash at the very end is dropped.
 */
export function unescape(text: string): string {
  let out = '';
  let i = 0;
  const fail = (offset: number, reason: string): never => {
    throw new RegexPatternError(`Invalid pattern '${text}' at offset ${offset}. ${reason}`);
  };
  while (i < text.length) {
    const backslash = text.indexOf('\\', i);
    if (backslash < 0 || backslash === text.length - 1) {
      out += text.slice(i, backslash < 0 ? text.length : backslash);
      break;
    }
    out += text.slice(i, backslash);
    const c = text[backslash + 1]!;
    i = backslash + 2;
    if (c === 'x' || c === 'u') {
      const digits = c === 'x' ? 2 : 4;
      const hex = text.slice(i, i + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) fail(i, 'Insufficient or invalid hexadecimal digits.');
      out += String.fromCharCode(parseInt(hex, 16));
      i += digits;
    } else if (c >= '0' && c <= '7') {
      const octal = /^[0-7]{1,3}/.exec(text.slice(backslash + 1))![0];
      out += String.fromCharCode(parseInt(octal, 8) & 0xff);
      i = backslash + 1 + octal.length;
    } else if (c === 'c') {
      const control = text[i];
      if (control === undefined || !/[A-Za-z]/.test(control)) fail(i + 1, 'Unrecognized control character.');
      out += String.fromCharCode(control!.toUpperCase().charCodeAt(0) - 64);
      i += 1;
    } else {
      const simple: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', a: '\x07', e: '\x1b' };
      if (simple[c] === undefined && /[\p{L}\p{Nd}\p{Mn}\p{Pc}]/u.test(c)) fail(i, `Unrecognized escape sequence \\${c}.`);
      out += simple[c] ?? c;
    }
  }
  return out;
}

// ---- Regex objects --------------------------------------------------------------------------------

/** The infinite timeout a Regex made without one reports (Regex.InfiniteMatchTimeout, -1 ms). */
const INFINITE_TIMEOUT = () => new TimeSpanValue(-10000);

export class RegexValue extends PSObject {
  constructor(readonly compiled: Compiled) {
    super(REGEX, { Options: optionsValue(compiled.options), RightToLeft: false, MatchTimeout: INFINITE_TIMEOUT() }, undefined, compiled.pattern);
  }
}

function newRegex(pattern: string, options: number): RegexValue {
  return new RegexValue(compile(pattern, options));
}

/** `[regex]'p'`: a string (or anything, as its text) becomes a Regex; $null stays $null. */
export function toRegex(value: unknown): RegexValue | null {
  const v = unwrap(value);
  if (v instanceof RegexValue) return v;
  if (v === null || v === undefined) return null;
  const text = toPSString(v);
  try {
    return newRegex(text, 0);
  } catch (e) {
    if (e instanceof RegexPatternError) throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, REGEX, e.message), 'InvalidCastFromStringToRegex');
    throw e;
  }
}

/** `[regex]::new(...)` and New-Object regex. */
export const regexType: ConstructibleType = {
  shortName: 'Regex',
  fullName: REGEX,
  parameterless: false,
  construct(args): ConstructOutcome {
    if (args.length < 1 || args.length > 3) return { kind: 'noOverload' };
    try {
      return { kind: 'created', value: newRegex(stringArgument(args[0]), args.length > 1 ? optionsArgument('.ctor', args[1]) : 0) };
    } catch (e) {
      if (e instanceof RegexPatternError) return { kind: 'failed', message: e.message, errorId: 'RegexParseException' };
      throw e;
    }
  },
};

// ---- method calls ---------------------------------------------------------------------------------

const stringArgument = (v: unknown): string => (unwrap(v) === null || unwrap(v) === undefined ? '' : toPSString(v));

function optionsArgument(method: string, value: unknown): number {
  try {
    return toRegexOptions(value).value;
  } catch (e) {
    if (e instanceof ConversionError) throw argumentConversionError(method, 'options', toPSString(value), REGEX_OPTIONS.fullName, e.message);
    throw e;
  }
}


/** Calls `body`; a bad pattern is the method's exception, as pwsh wraps it. */
async function calling<T>(name: string, count: number, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof RegexPatternError) throw invocationFailed(name, count, new DotNetException(e.message, 'RegexParseException'));
    throw e;
  }
}

const STATIC_ARITY: Record<string, [string, number, number]> = {
  escape: ['Escape', 1, 1],
  unescape: ['Unescape', 1, 1],
  ismatch: ['IsMatch', 2, 4],
  match: ['Match', 2, 4],
  matches: ['Matches', 2, 4],
  replace: ['Replace', 3, 5],
  split: ['Split', 2, 4],
};

/** `[regex]::Name(args)`; undefined when `fullName` is not Regex or the method is not one of these. */
export async function regexStaticMethod(fullName: string, method: string, args: unknown[], run: EvaluatorRunner): Promise<{ value: unknown } | undefined> {
  if (fullName !== REGEX) return undefined;
  const entry = STATIC_ARITY[method.toLowerCase()];
  if (!entry) return undefined;
  const [name, min, max] = entry;
  if (args.length < min || args.length > max) throw noOverload(name, args.length);
  return calling(name, args.length, async () => {
    if (name === 'Escape') return { value: escape(stringArgument(args[0])) };
    if (name === 'Unescape') return { value: unescape(stringArgument(args[0])) };
    const optionsAt = name === 'Replace' ? 3 : 2;
    const compiled = compile(stringArgument(args[1]), args.length > optionsAt ? optionsArgument(name, args[optionsAt]) : 0);
    const input = stringArgument(args[0]);
    switch (name) {
      case 'IsMatch':
        return { value: matchAt(compiled, input, 0).get('Success') };
      case 'Match':
        return { value: matchAt(compiled, input, 0) };
      case 'Matches':
        return { value: collection('MatchCollection', allMatches(compiled, input)) };
      case 'Replace':
        return { value: await replace(compiled, input, args[2], run) };
      default:
        return { value: split(compiled, input) };
    }
  });
}

const INSTANCE_ARITY: Record<string, [string, number, number]> = {
  ismatch: ['IsMatch', 1, 2],
  match: ['Match', 1, 3],
  matches: ['Matches', 1, 2],
  replace: ['Replace', 2, 4],
  split: ['Split', 1, 3],
  getgroupnames: ['GetGroupNames', 0, 0],
  getgroupnumbers: ['GetGroupNumbers', 0, 0],
  groupnamefromnumber: ['GroupNameFromNumber', 1, 1],
  groupnumberfromname: ['GroupNumberFromName', 1, 1],
};

/** `$regex.Name(args)` and `$match.NextMatch()` / `.Result(text)`; undefined for any other target or method. */
export async function regexInstanceMethod(target: unknown, method: string, args: unknown[], run: EvaluatorRunner): Promise<{ value: unknown } | undefined> {
  const m = method.toLowerCase();
  if (target instanceof MatchValue) {
    if (m === 'nextmatch' && args.length === 0) return { value: target.get('Success') === true ? matchAt(target.compiled, target.input, target.next) : target };
    if (m === 'result' && args.length === 1) return { value: substitute(stringArgument(args[0]), target) };
    return undefined;
  }
  if (!(target instanceof RegexValue)) return undefined;
  const entry = INSTANCE_ARITY[m];
  if (!entry) return undefined;
  const [name, min, max] = entry;
  if (args.length < min || args.length > max) throw noOverload(name, args.length);
  const compiled = target.compiled;
  const input = args.length ? stringArgument(args[0]) : '';
  const int = (i: number, fallback: number) => (args.length > i ? toInt(args[i]) : fallback);
  return calling(name, args.length, async () => {
    switch (name) {
      case 'IsMatch':
        return { value: matchAt(compiled, input, int(1, 0)).get('Success') };
      case 'Match':
        if (args.length === 3) {
          // Match(input, beginning, length): the search stops at beginning + length.
          const begin = int(1, 0);
          return { value: matchAt(compiled, input.slice(0, begin + int(2, 0)), begin) };
        }
        return { value: matchAt(compiled, input, int(1, 0)) };
      case 'Matches':
        return { value: collection('MatchCollection', allMatches(compiled, input, int(1, 0))) };
      case 'Replace':
        return { value: await replace(compiled, input, args[1], run, int(2, -1), int(3, 0)) };
      case 'Split':
        return { value: split(compiled, input, int(1, 0), int(2, 0)) };
      case 'GetGroupNames':
        return { value: typedStrings(compiled.groups.map((g) => g.name)) };
      case 'GetGroupNumbers':
        return { value: typedInts(compiled.groups.map((g) => g.number)) };
      case 'GroupNameFromNumber':
        return { value: compiled.groups.find((g) => g.number === toInt(args[0]))?.name ?? '' };
      default:
        return { value: compiled.groups.find((g) => g.name === toPSString(args[0]))?.number ?? -1 };
    }
  });
}

const typedStrings = (items: string[]) => TypedArray.of2('System.String', items);
const typedInts = (items: number[]) => TypedArray.of2('System.Int32', items);

/** What `[regex]::X` properties a script may read (none are used by admin scripts but these). */
export function regexStaticProperty(fullName: string, member: string): { value: unknown } | undefined {
  if (fullName !== REGEX) return undefined;
  if (member.toLowerCase() === 'cachesize') return { value: 15 };
  if (member.toLowerCase() === 'infinitematchtimeout') return { value: INFINITE_TIMEOUT() };
  return undefined;
}

/** A Regex for a pattern searched with or without case (Select-String); a bad pattern is a RegexPatternError. */
export function patternRegex(pattern: string, ignoreCase: boolean): RegexValue {
  return newRegex(pattern, ignoreCase ? IGNORE_CASE : 0);
}

/** Whether `pattern` matches `input`, ignoring case ([ValidatePattern]); a bad pattern is a RegexPatternError with .NET's text. */
export function patternMatches(pattern: string, input: string): boolean {
  const regex = compile(pattern, IGNORE_CASE, false).regex;
  regex.lastIndex = 0;
  return regex.test(input);
}

/** The first match of `regex` in `input`, or all of them; none when it does not match. */
export function regexMatches(regex: RegexValue, input: string, all: boolean): MatchValue[] {
  if (all) return allMatches(regex.compiled, input);
  const first = matchAt(regex.compiled, input, 0);
  return first.get('Success') === true ? [first] : [];
}

// ---- the operators (-match, -replace, -split) ---------------------------------------------------

/** RegexOptions for an operator: IgnoreCase unless case-sensitive, plus any other options. */
export const operatorOptions = (caseSensitive: boolean, extra = 0): number => (caseSensitive ? 0 : IGNORE_CASE) | extra;

/**
 * The pattern of -match, -notmatch or -replace: a Regex object is used as it is (its own options, whatever
 * the operator's case prefix says, as pwsh passes it to .NET); text is compiled with IgnoreCase unless the
 * operator is case-sensitive. A pattern .NET rejects is a RegexSyntaxError, one spo-shell cannot run a RegexPatternError.
 */
export function operatorPattern(pattern: unknown, caseSensitive: boolean): Compiled {
  const v = unwrap(pattern);
  if (v instanceof RegexValue) return v.compiled;
  return compile(v === null || v === undefined ? '' : toPSString(pattern), operatorOptions(caseSensitive), false);
}

/**
 * -match on one value: the entries of $Matches (the groups that took part, keyed as pwsh keys them: a
 * number for a numbered group, the name for a named one) in .NET's group order, or null when it does not match.
 */
export function operatorMatch(compiled: Compiled, input: string): Array<[string | number, string]> | null {
  const regex = compiled.regex;
  regex.lastIndex = 0;
  const found = regex.exec(input);
  if (!found) return null;
  const entries: Array<[string | number, string]> = [];
  for (const slot of compiled.groups) {
    const value = found[captured(slot, found)];
    if (value !== undefined) entries.push([slot.name === String(slot.number) ? slot.number : slot.name, value]);
  }
  return entries;
}

/** -replace with a replacement text: .NET's substitutions and group numbers. */
/** -replace with a script block: each match's text is what `piece` makes of the Match. */
export async function operatorReplaceEach(compiled: Compiled, input: string, piece: (match: MatchValue) => Promise<string>): Promise<string> {
  const matches = allMatches(compiled, input);
  const pieces: string[] = [];
  for (const m of matches) pieces.push(await piece(m));
  return spliceMatches(input, matches, pieces);
}

export function operatorReplace(compiled: Compiled, input: string, replacement: string): string {
  const matches = allMatches(compiled, input);
  return spliceMatches(input, matches, matches.map((m) => substitute(replacement, m)));
}

/** -split: Regex.Split with a count (0: all). */
export function operatorSplit(pattern: string, options: number, input: string, count: number): string[] {
  return split(compile(pattern, options, false), input, count);
}
