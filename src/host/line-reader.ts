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

  /** Reads a secret from a terminal in raw mode, echoing '*' per character. */
  nextMasked(out: NodeJS.WriteStream, signal?: AbortSignal): Promise<string | null> {
    const input = this.input;
    if (!input.setRawMode) return this.next(signal);
    return new Promise((resolve) => {
      let secret = '';
      input.setRawMode!(true);
      input.setEncoding('utf8');
      input.resume();
      const finish = (value: string | null) => {
        input.off('data', onData);
        signal?.removeEventListener('abort', onAbort);
        input.setRawMode!(false);
        input.pause();
        out.write('\n');
        resolve(value);
      };
      const onAbort = () => finish(null);
      const onData = (chunk: string) => {
        for (const c of chunk) {
          if (c === '\r' || c === '\n') return finish(secret);
          if (c === '\x03' || c === '\x04') return finish(null);
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
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      input.on('data', onData);
    });
  }

  /** One key press from a terminal in raw mode ($Host.UI.RawUI.ReadKey); null on Ctrl+C or abort. */
  nextKey(signal?: AbortSignal): Promise<string | null> {
    const input = this.input;
    if (!input.setRawMode) return Promise.resolve(null);
    return new Promise((resolve) => {
      input.setRawMode!(true);
      input.setEncoding('utf8');
      input.resume();
      const finish = (value: string | null) => {
        input.off('data', onData);
        signal?.removeEventListener('abort', onAbort);
        input.setRawMode!(false);
        input.pause();
        resolve(value);
      };
      const onAbort = () => finish(null);
      // An escape sequence (an arrow key) arrives as one chunk: the key is its first character.
      const onData = (chunk: string) => finish(chunk === '\x03' ? null : (chunk[0] ?? null));
      signal?.addEventListener('abort', onAbort, { once: true });
      input.on('data', onData);
    });
  }

  /** Stops reading so the process can exit. */
  close(): void {
    this.input.pause();
  }
}
