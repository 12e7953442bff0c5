// The width `spo -c`/`spo -f` format their output to, chosen as pwsh (.NET's Console.WindowWidth on
// Unix) chooses it: the terminal on stdout; when stdout is redirected (`> file`, `| cat`), the terminal
// on stdin, so that redirected output is laid out as it would be on screen; with no terminal at all,
// 80 columns (what pwsh prints when both are redirected, measured with pwsh 7.6.10). On Windows the
// console of stderr stands in for stdin's.

import { fstatSync, openSync, statSync } from 'node:fs';

/** Columns of the terminal on stdin, or undefined when stdin is not a terminal or cannot be measured. */
function stdinColumns(): number | undefined {
  // node:tty loads Node's net and stream modules (~8 ms): only a stdin that can be a terminal pays for it.
  if (!stdinMayBeTerminal()) return undefined;
  const { isatty, WriteStream } = process.getBuiltinModule('node:tty');
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

/** False when stdin cannot be a terminal: closed, not a character device, or /dev/null (`< /dev/null`, a spawned child's ignored stdin). */
function stdinMayBeTerminal(): boolean {
  let stdin;
  try {
    stdin = fstatSync(0);
  } catch {
    return false;
  }
  if (!stdin.isCharacterDevice()) return false;
  try {
    return stdin.rdev !== statSync('/dev/null').rdev;
  } catch {
    return true;
  }
}

const NO_TERMINAL_WIDTH = 80;

export function redirectedOutputWidth(): number {
  if (process.platform === 'win32') return (process.stderr.isTTY && process.stderr.columns) || NO_TERMINAL_WIDTH;
  return stdinColumns() ?? NO_TERMINAL_WIDTH;
}
