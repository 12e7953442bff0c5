// A real terminal for end-to-end tests: the program runs in a pseudo-terminal (@lydell/node-pty) and its
// output is fed to a headless xterm, so tests read the screen a user would see, not raw bytes.

import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

export interface PtyOptions {
  cols?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface PtySession {
  /** Writes raw bytes to the program (keys, escape sequences). */
  write(data: string): void;
  /** Types text one character at a time, as a person does. */
  type(text: string, delayMs?: number): Promise<void>;
  /** Sends text as one bracketed paste. */
  paste(text: string): void;
  /** The visible screen, one string per row, trailing spaces removed. */
  screen(): Promise<string[]>;
  /** Screen plus scrollback, joined with newlines. */
  text(): Promise<string>;
  /**
   * Screen plus scrollback as a mouse selection of all of it copies it: a row the terminal wrapped
   * into (a soft wrap) continues the row before it; only hard line ends break lines.
   */
  copy(): Promise<string>;
  /** Polls the screen (and scrollback) until `predicate` holds or `timeoutMs` passes (then throws). */
  waitFor(predicate: (text: string) => boolean, timeoutMs?: number, what?: string): Promise<string>;
  /**
   * Resolves when the program's raw output first satisfies `predicate`, checked as each chunk
   * arrives (not on waitFor's 20 ms polls), with the time of that chunk (performance.now()):
   * benchmarks time how soon something appears by it.
   */
  waitForOutput(predicate: (raw: string) => boolean, timeoutMs?: number, what?: string): Promise<number>;
  /** Waits for the program to end; resolves with its exit code. */
  exited(timeoutMs?: number): Promise<number>;
  /**
   * Resizes the window as a user does: the terminal first draws everything it has received, then
   * re-wraps its rows, then the program is told.
   */
  resize(cols: number, rows: number): Promise<void>;
  /** Where the terminal's cursor is on the visible screen (0-based). */
  cursor(): Promise<{ x: number; y: number }>;
  /** The program's process id (to send it signals). */
  readonly pid: number;
  /** Everything the program wrote, raw. */
  readonly raw: string;
  kill(): void;
  /**
   * Kills the program and waits until it has exited (at most `timeoutMs`), so that nothing it still
   * writes on the way out (its code cache, history) lands in a folder the test is about to remove.
   */
  stop(timeoutMs?: number): Promise<void>;
}

const { Terminal } = xterm;

export function spawnPty(command: string, args: string[], options: PtyOptions = {}): PtySession {
  const cols = options.cols ?? 100;
  let rows = options.rows ?? 30;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, TERM: 'xterm-256color', ...options.env })) {
    if (v !== undefined) env[k] = v;
  }
  const term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 5000 });
  // node-pty sets TERM to `name`, so a test's own TERM (dumb) is passed as the name.
  const child = pty.spawn(command, args, { name: env.TERM ?? 'xterm-256color', cols, rows, cwd: options.cwd ?? process.cwd(), env });
  let raw = '';
  let exitCode: number | null = null;
  const exitWaiters: Array<(code: number) => void> = [];
  const outputWaiters = new Set<() => void>();
  child.onData((data) => {
    raw += data;
    term.write(data);
    for (const w of outputWaiters) w();
  });
  // A real terminal answers queries (cursor position reports) on the program's input.
  term.onData((data) => child.write(data));
  child.onExit(({ exitCode: code, signal }) => {
    // As a shell reports it: death by signal N is 128 + N (SIGTERM 143, SIGHUP 129).
    exitCode = signal ? 128 + signal : code;
    for (const w of exitWaiters.splice(0)) w(code);
  });

  const flush = () => new Promise<void>((resolve) => term.write('', resolve));
  const readRows = (from: number, to: number): string[] => {
    const buffer = term.buffer.active;
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(buffer.getLine(i)?.translateToString(true) ?? '');
    return out;
  };

  const session: PtySession = {
    write: (data) => child.write(data),
    async type(text, delayMs = 2) {
      for (const ch of text) {
        child.write(ch);
        await new Promise((r) => setTimeout(r, delayMs));
      }
    },
    paste: (text) => child.write(`\x1b[200~${text}\x1b[201~`),
    async screen() {
      await flush();
      const buffer = term.buffer.active;
      return readRows(buffer.viewportY, buffer.viewportY + rows);
    },
    async text() {
      await flush();
      const buffer = term.buffer.active;
      return readRows(0, buffer.length).join('\n').replace(/\n+$/, '');
    },
    async copy() {
      await flush();
      const buffer = term.buffer.active;
      const lines: string[] = [];
      for (let i = 0; i < buffer.length; i++) {
        const line = buffer.getLine(i);
        if (!line) continue;
        // A row that goes on in the next one is copied whole; a line's last row without its trailing blanks.
        const text = line.translateToString(!buffer.getLine(i + 1)?.isWrapped);
        if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
        else lines.push(text);
      }
      return lines.join('\n').replace(/\n+$/, '');
    },
    async waitFor(predicate, timeoutMs = 10_000, what = 'the expected screen') {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = await session.text();
        if (predicate(text)) return text;
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Screen:\n${text}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    waitForOutput(predicate, timeoutMs = 10_000, what = 'the expected output') {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (!predicate(raw)) return;
          outputWaiters.delete(check);
          clearTimeout(timer);
          resolve(performance.now());
        };
        const timer = setTimeout(() => {
          outputWaiters.delete(check);
          reject(new Error(`Timed out waiting for ${what}. Output:\n${raw}`));
        }, timeoutMs);
        outputWaiters.add(check);
        check();
      });
    },
    exited(timeoutMs = 10_000) {
      if (exitCode !== null) return Promise.resolve(exitCode);
      return new Promise((resolve, reject) => {
        // The screen says where it stopped (a line never run, a prompt still open, a hang on the way out).
        const timer = setTimeout(() => {
          void session.text().then((text) => reject(new Error(`Timed out waiting for the program to exit. Screen:\n${text}`)));
        }, timeoutMs);
        exitWaiters.push((code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
    },
    async resize(newCols, newRows) {
      // xterm parses what it receives on a later turn; a real terminal draws what it has read before
      // it reflows, so bytes already received must not be drawn into the new geometry.
      await flush();
      term.resize(newCols, newRows);
      rows = newRows;
      child.resize(newCols, newRows);
    },
    async cursor() {
      await flush();
      const buffer = term.buffer.active;
      return { x: buffer.cursorX, y: buffer.cursorY };
    },
    get pid() {
      return child.pid;
    },
    get raw() {
      return raw;
    },
    kill() {
      if (exitCode === null) child.kill();
    },
    async stop(timeoutMs = 5_000) {
      session.kill();
      await session.exited(timeoutMs).catch(() => undefined);
    },
  };
  return session;
}
