// Colours of the console, as PowerShell 7's ConsoleHost draws them.
//
// Stream colours come from $PSStyle.Formatting (errors red, warning/verbose/debug yellow, all bold);
// Write-Host colours are .NET ConsoleColor names mapped to the 16 ANSI colours.

import type { StreamKind } from '../host/host.js';

export const RESET = '\x1b[0m';

/** SGR sequence per stream; streams not listed are printed as they come. */
const STREAM_SGR: Partial<Record<StreamKind, string>> = {
  error: '\x1b[31;1m',
  warning: '\x1b[33;1m',
  verbose: '\x1b[33;1m',
  debug: '\x1b[33;1m',
};

/** ConsoleColor → SGR foreground code (background = code + 10). */
const CONSOLE_COLORS: Record<string, number> = {
  black: 30,
  darkblue: 34,
  darkgreen: 32,
  darkcyan: 36,
  darkred: 31,
  darkmagenta: 35,
  darkyellow: 33,
  gray: 37,
  darkgray: 90,
  blue: 94,
  green: 92,
  cyan: 96,
  red: 91,
  magenta: 95,
  yellow: 93,
  white: 97,
};

/** SGR for a ConsoleColor name (case-insensitive), or undefined when the name is unknown. */
export function consoleColorSgr(name: string | undefined, background = false): string | undefined {
  if (!name) return undefined;
  const code = CONSOLE_COLORS[name.toLowerCase()];
  if (code === undefined) return undefined;
  return `\x1b[${background ? code + 10 : code}m`;
}

/**
 * Wraps every line of `text` in `sgr` … RESET, so a colour never bleeds into the next line or into
 * the live region below it. Text that already carries escape sequences (the engine coloured it
 * itself) is left alone.
 */
export function paintLines(text: string, sgr: string | undefined): string {
  if (!sgr || text.includes('\x1b[')) return text;
  return text
    .split('\n')
    .map((line) => (line === '' ? line : sgr + line + RESET))
    .join('\n');
}

export function streamSgr(kind: StreamKind): string | undefined {
  return STREAM_SGR[kind];
}

/** Removes SGR/CSI sequences (for measuring and for tests that read plain text). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07/g, '');
}
