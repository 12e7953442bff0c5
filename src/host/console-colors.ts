// Colours as PowerShell 7's console host draws them, shared by every host and by settings checks.
//
// Stream colours come from $PSStyle.Formatting (errors red, warning/verbose/debug yellow, all bold);
// Write-Host and the `colors` setting use .NET ConsoleColor names, mapped to the 16 ANSI colours.

import type { StreamKind } from './host.js';

export const RESET = '\x1b[0m';

/** SGR sequence per stream; streams not listed are printed as they come. */
const STREAM_SGR: Partial<Record<StreamKind, string>> = {
  error: '\x1b[31;1m',
  warning: '\x1b[33;1m',
  verbose: '\x1b[33;1m',
  debug: '\x1b[33;1m',
};

/** ConsoleColor (lower-cased) → SGR foreground code; the background code is 10 more. */
const CONSOLE_COLORS: Readonly<Record<string, number>> = {
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

export function isConsoleColorName(name: string): boolean {
  return Object.hasOwn(CONSOLE_COLORS, name.toLowerCase());
}

/** SGR for a ConsoleColor name (case-insensitive), or undefined when the name is unknown. */
export function consoleColorSgr(name: string | undefined, background = false): string | undefined {
  if (!name) return undefined;
  const code = CONSOLE_COLORS[name.toLowerCase()];
  if (code === undefined) return undefined;
  return `\x1b[${background ? code + 10 : code}m`;
}

/** Foreground and background in one SGR sequence (Write-Host -ForegroundColor/-BackgroundColor). */
export function consoleColorsSgr(foreground: string | undefined, background: string | undefined): string {
  return (consoleColorSgr(foreground) ?? '') + (consoleColorSgr(background, true) ?? '');
}

export function streamSgr(kind: StreamKind): string | undefined {
  return STREAM_SGR[kind];
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
