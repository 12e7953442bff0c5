// Lines from stdin, shared by the script reader (piped input runs line by line) and prompts.

import type { Readable } from 'node:stream';

type Input = Readable & { isTTY?: boolean; setRawMode?: (on: boolean) => void };

export class LineReader {
  readonly #buffer: string[] = [];
  readonly #waiters: Array<(line: string | null) => void> = [];
  #partial = '';
  #ended = false;
  #started = false;
  #input: Input | undefined;

  /**
   * Without an input, process.stdin is opened on first use: creating it loads Node's stream
   * modules, which `spo -c` pays at start-up for nothing when the script never reads a line.
   */
  constructor(input?: Input) {
    this.#input = input;
  }

  private get input(): Input {
    return (this.#input ??= process.stdin);
  }

  get isTerminal(): boolean {
    return Boolean(this.input.isTTY);
  }

  #start(): void {
    if (this.#started) return;
    this.#started = true;
    this.input.setEncoding('utf8');
    this.input.on('data', (chunk: string) => this.#push(chunk));
    this.input.on('end', () => this.#end());
    this.input.on('error', () => this.#end());
  }

  #push(chunk: string): void {
    this.#partial += chunk;
    let i: number;
    while ((i = this.#partial.search(/\r\n|\n|\r/)) >= 0) {
      const sep = this.#partial[i] === '\r' && this.#partial[i + 1] === '\n' ? 2 : 1;
      this.#deliver(this.#partial.slice(0, i));
      this.#partial = this.#partial.slice(i + sep);
    }
  }

  #end(): void {
    if (this.#partial) this.#deliver(this.#partial);
    this.#partial = '';
    this.#ended = true;
    while (this.#waiters.length) this.#waiters.shift()!(null);
  }

  #deliver(line: string): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter(line);
    else {
      this.#buffer.push(line);
      this.input.pause();
    }
  }

  /** The next line, or null at end of input or when the signal aborts. */
  next(signal?: AbortSignal): Promise<string | null> {
    this.#start();
    if (this.#buffer.length) {
      const line = this.#buffer.shift()!;
      if (!this.#buffer.length) this.input.resume();
      return Promise.resolve(line);
    }
    if (this.#ended || signal?.aborted) return Promise.resolve(null);
    this.input.resume();
    return new Promise((resolve) => {
      const waiter = (line: string | null) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(line);
      };
      const onAbort = () => {
        const i = this.#waiters.indexOf(waiter);
        if (i >= 0) this.#waiters.splice(i, 1);
        resolve(null);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /**
   * Reads a secret from a terminal in raw mode, echoing '*' per character. The prompt is written once raw
   * mode is on, so that nothing typed after it shows is echoed by the terminal in clear.
   */
  nextMasked(out: NodeJS.WriteStream, signal?: AbortSignal, prompt = ''): Promise<string | null> {
    if (!this.input.setRawMode) {
      out.write(prompt);
      return this.next(signal);
    }
    let secret = '';
    return this.#readRaw(signal, () => out.write(prompt), (chunk, finish) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n') return finish(secret);
        // Ctrl+C in raw mode is a key, not SIGINT: raise it, so that the script stops as at any other prompt.
        if (c === '\x03') {
          process.emit('SIGINT', 'SIGINT');
          return finish(null);
        }
        if (c === '\x04') return finish(null);
        if (c === '\x7f' || c === '\b') {
          if (secret.length) {
            secret = secret.slice(0, -1);
            out.write('\b \b');
          }
        } else if (c >= ' ') {
          secret += c;
          out.write('*');
        }
      }
    }).then((value) => {
      out.write('\n');
      return value;
    });
  }

  /** One key press from a terminal in raw mode ($Host.UI.RawUI.ReadKey); null on Ctrl+C or abort. */
  nextKey(signal?: AbortSignal): Promise<string | null> {
    if (!this.input.setRawMode) return Promise.resolve(null);
    // An escape sequence (an arrow key) arrives as one chunk: the key is its first character.
    return this.#readRaw(signal, () => {}, (chunk, finish) => finish(chunk === '\x03' ? null : (chunk[0] ?? null)));
  }

  /** Raw-mode input until `onData` calls finish (or the signal aborts: null); the terminal is restored after. */
  #readRaw(signal: AbortSignal | undefined, started: () => void, onData: (chunk: string, finish: (value: string | null) => void) => void): Promise<string | null> {
    const input = this.input;
    return new Promise((resolve) => {
      input.setRawMode!(true);
      started();
      input.setEncoding('utf8');
      input.resume();
      const finish = (value: string | null) => {
        input.off('data', listener);
        signal?.removeEventListener('abort', onAbort);
        input.setRawMode!(false);
        input.pause();
        resolve(value);
      };
      const onAbort = () => finish(null);
      const listener = (chunk: string) => onData(chunk, finish);
      signal?.addEventListener('abort', onAbort, { once: true });
      input.on('data', listener);
    });
  }

  /** Stops reading so the process can exit. */
  close(): void {
    this.input.pause();
  }
}
