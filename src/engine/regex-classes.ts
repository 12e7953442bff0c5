// .NET's character classes as JavaScript class contents, for the pattern translation (regex-type.ts).
// .NET reads \w, \d, \s and \b with Unicode categories (`'é' -match '\w'`, `'٣' -match '\d'`), where a
// JavaScript RegExp without the `u` flag (which the translation cannot use: it rejects escapes .NET allows)
// knows only ASCII. Each class is its ranges of UTF-16 code units, found once from the Unicode properties
// Node knows; .NET matches code units too, so a surrogate is in none of them.

const known = new Map<string, string>();

const hex = (n: number) => '\\u' + n.toString(16).padStart(4, '0');

/** The code units `test` accepts, as class contents (`\u0041-\u005a\u0061-\u007a`). */
function ranges(key: string, test: (c: string) => boolean): string {
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let out = '';
  let start = -1;
  for (let n = 0; n <= 0x10000; n++) {
    const inside = n < 0x10000 && test(String.fromCharCode(n));
    if (inside && start < 0) start = n;
    if (!inside && start >= 0) {
      out += n - 1 === start ? hex(start) : `${hex(start)}-${hex(n - 1)}`;
      start = -1;
    }
  }
  known.set(key, out);
  return out;
}

/** .NET's general categories and their one-letter groups, as `\p{...}` names them. */
const CATEGORY = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/;

/** A class .NET writes with an escape: w d s, or a Unicode category (`p` with `name`); `negated` for \W \D \S \P. */
export function dotNetClass(escape: 'w' | 'd' | 's' | 'p', negated: boolean, name = ''): string | undefined {
  let source: string;
  if (escape === 'w') source = '[\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}]';
  else if (escape === 'd') source = '\\p{Nd}';
  else if (escape === 's') source = '[\\f\\n\\r\\t\\v\\x85\\p{Z}]';
  else if (CATEGORY.test(name)) source = name === 'Cs' ? '[\\ud800-\\udfff]' : `\\p{${name}}`;
  else return undefined; // a named block (\p{IsGreek}): not known here
  const re = new RegExp(`^${source}$`, 'u');
  return ranges(`${negated ? '^' : ''}${source}`, (c) => re.test(c) !== negated);
}

/** A character and its other cases (.NET's IgnoreCase compares lower-case forms), each as a class escape. */
export function caseVariants(c: string): string[] {
  const out = new Set([c]);
  for (const v of [c.toLowerCase(), c.toUpperCase()]) if (v.length === 1) out.add(v);
  return [...out].map((v) => hex(v.charCodeAt(0)));
}

/** The other cases of the characters from `from` to `to` (a class range) that are outside it; wide ranges as they are. */
export function rangeCaseVariants(from: number, to: number): string {
  if (to - from > 0x3000) return '';
  let out = '';
  for (let n = from; n <= to; n++) {
    for (const v of caseVariants(String.fromCharCode(n)).slice(1)) {
      const code = parseInt(v.slice(2), 16);
      if (code < from || code > to) out += v;
    }
  }
  return out;
}
