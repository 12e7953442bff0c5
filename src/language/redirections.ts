// Redirection operators as PowerShell's tokenizer reads them at the start of a token: `>`, `>>`,
// `N>`, `N>>` (N = 1..6 or `*`), the merging `N>&1` (`*>&1`), and the operators PowerShell reserves
// (`1>&1`, `N>&2`, `<`). Only at a token's start: `a>b`, `12>x` and `7>x` are bare words.

import type { RedirectionStream } from './ast.js';

export type RedirectionOperator =
  | { kind: 'merge'; from: RedirectionStream; length: number }
  | { kind: 'file'; from: RedirectionStream; append: boolean; length: number }
  /** Parsed by PowerShell, refused with "The '…' operator is reserved for future use." */
  | { kind: 'reserved'; text: string; length: number };

const STREAMS: Record<string, RedirectionStream> = {
  '1': 'output',
  '2': 'error',
  '3': 'warning',
  '4': 'verbose',
  '5': 'debug',
  '6': 'information',
  '*': 'all',
};

/** The redirection operator at `i`, if a token starting there is one. */
export function redirectionOperatorAt(src: string, i: number): RedirectionOperator | undefined {
  // Asked before every command argument: most start with none of `< > * 1-6` (no keyed lookup of STREAMS for them).
  const code = src.charCodeAt(i);
  if (code !== 60 && code !== 62 && code !== 42 && !(code >= 49 && code <= 54)) return undefined;
  const c = src[i];
  if (c === '<') return { kind: 'reserved', text: '<', length: 1 };
  if (c === '>') return src[i + 1] === '>' ? { kind: 'file', from: 'output', append: true, length: 2 } : { kind: 'file', from: 'output', append: false, length: 1 };
  const from = c === undefined ? undefined : STREAMS[c];
  if (!from || src[i + 1] !== '>') return undefined;
  if (src[i + 2] === '>') return { kind: 'file', from, append: true, length: 3 };
  const target = src[i + 3];
  if (src[i + 2] === '&' && (target === '1' || target === '2') && !(from === 'all' && target === '2')) {
    // Only `N>&1` for N = 2..6 and `*>&1` merge; `1>&1` and `N>&2` are reserved.
    if (target === '1' && from !== 'output') return { kind: 'merge', from, length: 4 };
    return { kind: 'reserved', text: src.slice(i, i + 4), length: 4 };
  }
  return { kind: 'file', from, append: false, length: 2 };
}

/** How "The {0} stream for this command is already redirected." names a stream. */
export function streamDisplayName(stream: RedirectionStream): string {
  return stream === 'all' ? '*' : stream;
}
