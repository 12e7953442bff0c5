// PowerShell's WildcardPattern, the one matcher of the shell: `-like`, Get-Command, Get-Variable,
// Get-Help and Tab completion all use it.
//
// `*` any run of characters, `?` one character, `[abc]` / `[a-z]` one character of a set, and a
// backtick escaping the next character (also inside brackets). As in PowerShell 7 (checked with
// pwsh 7.6.10): `^` and `!` in a bracket are plain characters (`'bcd' -like '[^a]*'` is False), a
// `]` right after `[` belongs to the set (`[]a]`), a `-` at either end of a set is literal, a
// trailing backtick is literal, and an unclosed bracket, an empty set or a reversed range makes
// the pattern invalid (WildcardPatternException: "The specified wildcard character pattern is not
// valid: <pattern>").

import { WILDCARD_PATTERN_NOT_VALID } from './runtime-strings.js';

/** An invalid pattern; the engine reports it as PowerShell's WildcardPatternException. */
export class WildcardPatternError extends Error {
  readonly exceptionType = 'WildcardPatternException';
  readonly exceptionFullName = 'System.Management.Automation.WildcardPatternException';
  constructor(readonly pattern: string) {
    super(WILDCARD_PATTERN_NOT_VALID(pattern));
  }
}

export class WildcardPattern {
  readonly #re: RegExp;

  /** Throws WildcardPatternError for an invalid pattern. */
  constructor(
    readonly pattern: string,
    readonly caseSensitive = false,
  ) {
    this.#re = compile(pattern, caseSensitive);
  }

  isMatch(text: string): boolean {
    return this.#re.test(text);
  }

  /** True when the text holds an unescaped wildcard character (WildcardPattern.ContainsWildcardCharacters). */
  static containsWildcardCharacters(pattern: string): boolean {
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '`') {
        i++;
        continue;
      }
      if (c === '*' || c === '?' || c === '[' || c === ']') return true;
    }
    return false;
  }
}

export const hasWildcard = WildcardPattern.containsWildcardCharacters;

/** Case-insensitive unless asked; throws WildcardPatternError for an invalid pattern. */
export function wildcardMatch(pattern: string, text: string, caseSensitive = false): boolean {
  return compile(pattern, caseSensitive).test(text);
}

const cache = new Map<string, RegExp>();

function compile(pattern: string, caseSensitive: boolean): RegExp {
  const key = (caseSensitive ? 'c' : 'i') + pattern;
  const cached = cache.get(key);
  if (cached) return cached;
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) src += escapeRegExp(pattern[++i]!);
    else if (c === '*') src += '[\\s\\S]*';
    else if (c === '?') src += '[\\s\\S]';
    else if (c === '[') {
      const set = bracket(pattern, i + 1);
      src += set.source;
      i = set.end;
    } else src += escapeRegExp(c);
  }
  let re: RegExp;
  try {
    re = new RegExp(`^${src}$`, caseSensitive ? '' : 'i');
  } catch {
    throw new WildcardPatternError(pattern); // a reversed range such as [z-a]
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

/** The set that starts at `from` (after `[`): its regex source and the index of its `]`. */
function bracket(pattern: string, from: number): { source: string; end: number } {
  const chars: string[] = [];
  const literal: boolean[] = [];
  let i = from;
  for (; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === ']' && chars.length > 0) break;
    if (c === '`' && i + 1 < pattern.length) {
      chars.push(pattern[++i]!);
      literal.push(true);
    } else {
      chars.push(c);
      literal.push(false);
    }
  }
  if (i >= pattern.length || chars.length === 0) throw new WildcardPatternError(pattern);
  let body = '';
  for (let k = 0; k < chars.length; k++) {
    // An unescaped `-` between two characters is a range; at either end it is itself.
    if (chars[k] === '-' && !literal[k] && k > 0 && k < chars.length - 1) body += '-';
    else body += escapeClassChar(chars[k]!);
  }
  return { source: `[${body}]`, end: i };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function escapeClassChar(c: string): string {
  return /[\\\]^[-]/.test(c) ? '\\' + c : c;
}
