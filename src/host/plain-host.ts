// The plain line host: `spo -c`, `spo -f`, and a script piped on stdin. No Ink, no raw mode
// unless a password must be read from a real terminal (then it is masked with '*').
//
// Output, information and prompts go to stdout; error records to stderr; warning, verbose and
// debug lines to stdout as PowerShell's console host writes them.

import type { Host, HostWriteOptions, ProgressRecord, SignInPanel, SignInPanelHandle, StreamKind } from './host.js';
import { LineReader } from './line-reader.js';

const STREAM_COLOR: Partial<Record<StreamKind, string>> = {
  error: '', // error text carries its own colours (ConciseView accents)
  warning: '\x1b[33;1m',
  verbose: '\x1b[33;1m',
  debug: '\x1b[33;1m',
};

const CONSOLE_COLORS: Record<string, number> = {
  black: 30, darkblue: 34, darkgreen: 32, darkcyan: 36, darkred: 31, darkmagenta: 35, darkyellow: 33, gray: 37,
  darkgray: 90, blue: 94, green: 92, cyan: 96, red: 91, magenta: 95, yellow: 93, white: 97,
};

export interface PlainHostOptions {
  interactive: boolean;
  /** Where prompts read their answers (shared with the script reader for piped stdin). */
  lines: LineReader;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

export class PlainHost implements Host {
  readonly name = 'ConsoleHost';
  readonly interactive: boolean;
  readonly color: boolean;
  readonly #stdout: NodeJS.WriteStream;
  readonly #stderr: NodeJS.WriteStream;
  readonly #lines: LineReader;

  constructor(options: PlainHostOptions) {
    this.interactive = options.interactive;
    this.#lines = options.lines;
    this.#stdout = options.stdout ?? process.stdout;
    this.#stderr = options.stderr ?? process.stderr;
    this.color = !process.env.NO_COLOR && Boolean(this.#stdout.isTTY);
  }

  get width(): number {
    return this.#stdout.columns || 120;
  }

  write(kind: StreamKind, text: string, options?: HostWriteOptions): void {
    const out = kind === 'error' ? this.#stderr : this.#stdout;
    const colorOk = !process.env.NO_COLOR && Boolean(out.isTTY);
    let body = text;
    if (!colorOk) body = body.replace(/\x1b\[[0-9;]*m/g, '');
    else if (STREAM_COLOR[kind]) body = `${STREAM_COLOR[kind]}${body}\x1b[0m`;
    else if (options?.foregroundColor || options?.backgroundColor) body = paintConsoleColors(body, options);
    out.write(options?.noNewline ? body : body + '\n');
  }

  async readLine(prompt: string, signal?: AbortSignal): Promise<string | null> {
    this.#stdout.write(prompt);
    const line = await this.#lines.next(signal);
    if (!this.#lines.isTerminal) this.#stdout.write('\n');
    return line;
  }

  async readSecret(prompt: string, signal?: AbortSignal): Promise<string | null> {
    this.#stdout.write(prompt);
    if (this.#lines.isTerminal) return this.#lines.nextMasked(this.#stdout, signal);
    const line = await this.#lines.next(signal);
    this.#stdout.write('\n');
    return line;
  }

  showSignIn(panel: SignInPanel): SignInPanelHandle {
    if (panel.kind === 'deviceCode') {
      this.#stdout.write(`${panel.info.message}\n`);
    } else if (panel.kind === 'browser') {
      this.#stdout.write(`Opening the browser to sign in. If it does not open, go to: ${panel.url}\n`);
    } else {
      this.#stdout.write(`${panel.message}\n`);
    }
    return { close: () => {} };
  }

  progress(_record: ProgressRecord): void {
    // A pipe has no progress bar; PowerShell's console host shows none when output is redirected.
  }

  clearScreen(): void {
    if (this.#stdout.isTTY) this.#stdout.write('\x1b[2J\x1b[3J\x1b[H');
  }
}

function paintConsoleColors(text: string, options: HostWriteOptions): string {
  const codes: number[] = [];
  const fg = options.foregroundColor && CONSOLE_COLORS[options.foregroundColor.toLowerCase()];
  const bg = options.backgroundColor && CONSOLE_COLORS[options.backgroundColor.toLowerCase()];
  if (fg) codes.push(fg);
  if (bg) codes.push(bg + 10);
  return codes.length ? `\x1b[${codes.join(';')}m${text}\x1b[0m` : text;
}
