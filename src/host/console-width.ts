// The width `spo -c`/`spo -f` format their output to, chosen as pwsh (.NET's Console.WindowWidth on
// Unix) chooses it: the terminal on stdout; when stdout is redirected (`> file`, `| cat`), the terminal
// on stdin, so that redirected output is laid out as it would be on screen; with no terminal at all,
// 80 columns (what pwsh prints when both are redirected, measured with pwsh 7.6.10). On Windows the
// console of stderr stands in for stdin's.

import { openSync } from 'node:fs';
import { isatty, WriteStream } from 'node:tty';

/** Columns of the terminal on stdin, or undefined when stdin is not a terminal or cannot be measured. */
function stdinColumns(): number | undefined {
  if (!isatty(0)) return undefined;
  try {
    // A descriptor of our own for the same terminal: a stream over fd 0 itself would close stdin when destroyed.
    const stream = new WriteStream(openSync('/dev/fd/0', 'r+'));
    try {
      return stream.getWindowSize()[0] || undefined;
    } finally {
      stream.destroy();
    }
  } catch {
    return undefined;
  }
}

const NO_TERMINAL_WIDTH = 80;

export function redirectedOutputWidth(): number {
  if (process.platform === 'win32') return (process.stderr.isTTY && process.stderr.columns) || NO_TERMINAL_WIDTH;
  return stdinColumns() ?? NO_TERMINAL_WIDTH;
}
