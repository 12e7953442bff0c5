// PowerShell's WildcardPattern: `*`, `?`, `[abc]`, `[a-z]`, and a backtick escaping the next
// character. Matching is case-insensitive, as Get-Command, Get-Variable and Get-Help use it.

/** True when the text holds an unescaped wildcard character. */
export function hasWildcard(pattern: string): boolean {
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

const cache = new Map<string, RegExp>();

export function wildcardRegExp(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) {
      src += escapeRegExp(pattern[++i]!);
    } else if (c === '*') {
      src += '[\\s\\S]*';
    } else if (c === '?') {
      src += '[\\s\\S]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        src += '\\[';
        continue;
      }
      const body = pattern.slice(i + 1, close).replace(/[\\\]^]/g, (m) => '\\' + m);
      src += `[${body}]`;
      i = close;
    } else {
      src += escapeRegExp(c);
    }
  }
  let re: RegExp;
  try {
    re = new RegExp(`^${src}$`, 'i');
  } catch {
    // A malformed bracket range such as `[z-a]` matches nothing rather than failing the command.
    re = /(?!)/;
  }
  cache.set(pattern, re);
  return re;
}

export function wildcardMatch(pattern: string, text: string): boolean {
  return wildcardRegExp(pattern).test(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
