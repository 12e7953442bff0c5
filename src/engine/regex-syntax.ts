// .NET's regular-expression parse errors ("Invalid pattern '(' at offset 1. Not enough )'s."), which
// -match, -notmatch and -split report as PowerShell does. JavaScript's RegExp rejects a different set of
// patterns with different words (and accepts some .NET rejects, such as `\1` with no group), so the
// pattern is checked here first with .NET's rules for the mistakes people make.

import { dotNetBlock } from './regex-classes.js';

/** The RegexParseException text for `pattern`, or undefined when .NET would accept it. */
export function dotNetRegexError(pattern: string): string | undefined {
  const problem = scan(pattern);
  return problem ? `Invalid pattern '${pattern}' at offset ${problem.offset}. ${problem.reason}` : undefined;
}

interface Problem {
  offset: number;
  reason: string;
}

const UNICODE_CATEGORY = /^(L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/;

/** Counts capture groups (numbered and named) the way .NET's pre-scan does, ignoring escapes and sets. */
function captures(p: string): { count: number; names: Set<string> } {
  let count = 0;
  const names = new Set<string>();
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      if (p[i + 1] !== '?') count++;
      else {
        const named = /^\(\?(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(p.slice(i));
        if (named) names.add(named[1] ?? named[2]!);
      }
    }
  }
  return { count: count + names.size, names };
}

function scan(p: string): Problem | undefined {
  const groups = captures(p);
  let depth = 0;
  /** Something a quantifier may follow; 'quantified' after one (a second one nests). */
  let last: 'nothing' | 'atom' | 'quantified' | 'lazy' = 'nothing';
  const quantifier = (i: number, c: string, end: number): Problem | undefined => {
    if (last === 'nothing') return { offset: i + 1, reason: `Quantifier '${c}' following nothing.` };
    if (last === 'lazy' || (last === 'quantified' && c !== '?')) return { offset: i + 1, reason: `Nested quantifier '${c}'.` };
    last = last === 'quantified' ? 'lazy' : 'quantified';
    void end;
    return undefined;
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      const next = p[i + 1];
      if (next === undefined) return { offset: i + 1, reason: 'Illegal \\ at end of pattern.' };
      if (next === 'k') {
        const m = /^\\k(?:<(\w+)>|'(\w+)')/.exec(p.slice(i));
        if (!m) return { offset: i + 1, reason: 'Malformed \\k<...> named back reference.' };
        const name = m[1] ?? m[2]!;
        const end = i + m[0].length;
        if (/^\d+$/.test(name) ? Number(name) > groups.count : !groups.names.has(name)) {
          return { offset: end, reason: /^\d+$/.test(name) ? `Reference to undefined group number ${name}.` : `Reference to undefined group name '${name}'.` };
        }
        i = end - 1;
      } else if (/[1-9]/.test(next)) {
        const digits = /^\d+/.exec(p.slice(i + 1))![0];
        const end = i + 1 + digits.length;
        if (Number(digits) > groups.count && digits.length === 1) return { offset: end, reason: `Reference to undefined group number ${digits}.` };
        i = end - 1;
      } else if (next === 'p' || next === 'P') {
        const m = /^\\[pP]\{([^}]*)\}/.exec(p.slice(i));
        if (!m) return { offset: i + 2, reason: 'Incomplete \\p{X} character escape.' };
        if (!UNICODE_CATEGORY.test(m[1]!) && dotNetBlock(m[1]!) === undefined) return { offset: i + m[0].length, reason: `Unknown property '${m[1]}'.` };
        i += m[0].length - 1;
      } else i++;
      last = 'atom';
    } else if (c === '[') {
      let j = i + 1;
      if (p[j] === '^') j++;
      let first = true;
      let previous: string | undefined;
      while (j < p.length && (p[j] !== ']' || first)) {
        let ch = p[j]!;
        if (ch === '\\') {
          if (j + 1 >= p.length) return { offset: j + 1, reason: 'Illegal \\ at end of pattern.' };
          ch = p[j + 1]!;
          j += 2;
          previous = /[a-zA-Z]/.test(ch) && !/[abefnrtv]/.test(ch) ? undefined : ch;
          first = false;
          continue;
        }
        if (ch === '-' && previous !== undefined && j + 1 < p.length && p[j + 1] !== ']') {
          let to = p[j + 1]!;
          let after = j + 2;
          if (to === '\\') {
            to = p[j + 2] ?? '';
            after = j + 3;
          }
          if (to && to < previous) return { offset: after, reason: '[x-y] range in reverse order.' };
          j = after;
          previous = undefined;
          first = false;
          continue;
        }
        previous = ch;
        first = false;
        j++;
      }
      if (j >= p.length) return { offset: p.length, reason: 'Unterminated [] set.' };
      i = j;
      last = 'atom';
    } else if (c === '(') {
      if (p[i + 1] === '?') {
        const rest = p.slice(i + 2);
        const construct = /^(?::|=|!|<=|<!|>|<[A-Za-z_]\w*>|'[A-Za-z_]\w*'|<\d+>|'\d+'|[imnsx]*(?:-[imnsx]+)?[:)]|#[^)]*\))/.exec(rest);
        if (!construct) {
          // A name .NET read up to a character that does not close it; at the pattern's end, the construct is unfinished.
          const name = /^[<'](\d+|\w+)/.exec(rest);
          if (name) {
            const at = i + 2 + name[0].length;
            return at < p.length ? { offset: at, reason: 'Invalid group name: Group names must begin with a word character.' } : { offset: at, reason: 'Unrecognized grouping construct.' };
          }
          return { offset: Math.min(i + 3, p.length), reason: 'Unrecognized grouping construct.' };
        }
        const text = construct[0];
        if (text.startsWith('#') || (text.endsWith(')') && /^[imnsx-]*\)$/.test(text))) {
          i += 1 + text.length;
          last = 'nothing';
          continue;
        }
        i += 1 + text.length;
      }
      depth++;
      last = 'nothing';
    } else if (c === ')') {
      if (depth === 0) return { offset: i + 1, reason: "Too many )'s." };
      depth--;
      last = 'atom';
    } else if (c === '*' || c === '+' || c === '?') {
      const q = quantifier(i, c, i + 1);
      if (q) return q;
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(p.slice(i))) {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(p.slice(i))!;
      const q = quantifier(i, c, i + m[0].length);
      if (q) return q;
      if (m[2] !== undefined && m[2] !== '' && Number(m[2]) < Number(m[1])) return { offset: i + m[0].length, reason: 'Illegal {x,y} with x > y.' };
      i += m[0].length - 1;
    } else if (c === '|') {
      last = 'nothing';
    } else {
      last = 'atom';
    }
  }
  if (depth > 0) return { offset: p.length, reason: "Not enough )'s." };
  return undefined;
}
