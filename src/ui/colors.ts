// Colour helpers for the Ink console; the colour tables themselves live in host/console-colors.ts
// so the plain host and the settings check use the same ones.

export { consoleColorSgr, consoleColorsSgr, RESET, streamSgr } from '../host/console-colors.js';
import { RESET } from '../host/console-colors.js';

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

/** Removes SGR/CSI sequences (for measuring and for tests that read plain text). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07/g, '');
}
