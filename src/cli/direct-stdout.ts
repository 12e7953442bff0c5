// Standard output for `spo -c`, `-f` and piped scripts when it is a pipe, a file or /dev/null: written
// with fs.writeSync on descriptor 1 instead of process.stdout, whose first use loads Node's stream and
// net modules (~8 ms of a short script's start-up; docs/startup.md). What a reader sees is the same:
// process.stdout writes a file or a character device that is not a terminal with fs.writeSync too (a
// SyncWriteStream, which loads Node's streams: ~9 M instructions), and a pipe from start to end in order.
// Anything but a complete write (a full non-blocking pipe, any error) hands this and every later write
// to process.stdout. A reader that went away (`spo -f s.ps1 | head -1`: EPIPE) ends the output, not the
// script: later writes are dropped and the script runs to its end, as pwsh does (measured: exit 0).

import { fstatSync, statSync, writeSync } from 'node:fs';

/** The parts of a stdout stream that PlainHost uses. */
export interface OutputStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): boolean;
}

/** A writer for fd 1 when it is a pipe, a socket, a file or /dev/null; undefined for a terminal, another device or none. */
export function directStdout(): OutputStream | undefined {
  try {
    const stat = fstatSync(1);
    if (!stat.isFIFO() && !stat.isFile() && !stat.isSocket() && !isDevNull(stat)) return undefined;
  } catch {
    return undefined;
  }
  let stream: NodeJS.WriteStream | undefined;
  let readerGone = false;
  const isBrokenPipe = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
  return {
    isTTY: false,
    columns: undefined,
    write(text: string): boolean {
      if (readerGone) return true;
      if (stream) return stream.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) {
          const n = writeSync(1, bytes, done, bytes.length - done);
          if (n <= 0) throw new Error('stdout: nothing written');
          done += n;
        }
        return true;
      } catch (e) {
        if (isBrokenPipe(e)) {
          readerGone = true;
          return true;
        }
        stream = process.stdout;
        stream.on('error', (err) => {
          if (!isBrokenPipe(err)) throw err;
          readerGone = true;
        });
        return stream.write(bytes.subarray(done));
      }
    },
  };
}

/**
 * Whether a character device is /dev/null (`spo -c … > /dev/null`), told by its device number, which
 * needs no node:tty (isatty loads net and streams). A terminal, and any other device, is not.
 */
function isDevNull(stat: { isCharacterDevice(): boolean; rdev: number }): boolean {
  if (!stat.isCharacterDevice() || process.platform === 'win32') return false;
  try {
    const devNull = statSync('/dev/null');
    return devNull.isCharacterDevice() && devNull.rdev === stat.rdev;
  } catch {
    return false;
  }
}
