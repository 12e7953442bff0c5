// Colour helpers for the Ink console; the colour tables themselves live in host/console-colors.ts
// so the plain host and the settings check use the same ones.

export { consoleColorSgr, consoleColorsSgr, paintLines, RESET, streamSgr } from '../host/console-colors.js';

/** Removes SGR/CSI sequences (for measuring and for tests that read plain text). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07/g, '');
}
