// The plain line host: `spo -c`, `spo -f`, and a script piped on stdin. No Ink, no raw mode
// unless a password must be read from a real terminal (then it is masked with '*').
//
// Output, information and prompts go to stdout; error records to stderr; warning, verbose and
// debug lines to stdout as PowerShell's console host writes them.

import type { Host, HostWriteOptions, KeyPress, ReadLineOptions, ProgressRecord, SignInPanel, SignInPanelHandle, StreamKind } from './host.js';
import { keyPress, titleSequence } from './raw-ui.js';
import { LineReader } from './line-reader.js';
import { consoleColorsSgr, RESET, streamSgr } from './console-colors.js';
import { colorEnabled } from './color.js';
import { clipboardSequence } from './clipboard.js';
import { redirectedOutputWidth } from './console-width.js';

/** The streams $Host.UI.RawUI's colours apply to (errors, warnings and the like keep their own). */
const PLAIN_TEXT = new Set<StreamKind>(['output', 'information', 'prompt']);

export interface PlainHostOptions {
  interactive: boolean;
  /** Where prompts read their answers (shared with the script reader for piped stdin). */
  lines: LineReader;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  /**
   * `-Command -`: the commands and the answers to prompts come from the same redirected stdin, and
   * pwsh 7.6.10 writes nothing after a line it read there (no echo, no line break), unlike `-c '...'`
   * or `-File` with input piped to them.
   */
  commandsOnStdin?: boolean;
}

export class PlainHost implements Host {
  readonly name = 'ConsoleHost';
  readonly interactive: boolean;
  readonly color: boolean;
  readonly #stdout: NodeJS.WriteStream;
  readonly #stderrOption: NodeJS.WriteStream | undefined;
  readonly #lines: LineReader;
  readonly #commandsOnStdin: boolean;
  #redirectedWidth: number | undefined;

  constructor(options: PlainHostOptions) {
    this.interactive = options.interactive;
    this.#lines = options.lines;
    this.#commandsOnStdin = options.commandsOnStdin === true;
    this.#stdout = options.stdout ?? process.stdout;
    this.#stderrOption = options.stderr;
    this.color = colorEnabled(this.#stdout);
  }

  /** process.stderr is made on first use: most runs write no error, and making a stream costs start-up time. */
  get #stderr(): NodeJS.WriteStream {
    return this.#stderrOption ?? process.stderr;
  }

  /** The terminal's width, followed as it is resized; when output is redirected, decided once (console-width.ts). */
  get width(): number {
    if (this.#stdout.isTTY && this.#stdout.columns) return this.#stdout.columns;
    return (this.#redirectedWidth ??= redirectedOutputWidth());
  }

  write(kind: StreamKind, text: string, options?: HostWriteOptions): void {
    const out = kind === 'error' ? this.#stderr : this.#stdout;
    const colorOk = colorEnabled(out);
    let body = text;
    if (!colorOk) body = body.replace(/\x1b\[[0-9;]*m/g, '');
    else if (kind === 'error') {
      // error text carries its own colours (ConciseView accents)
    } else if (options?.foregroundColor || options?.backgroundColor) {
      const sgr = consoleColorsSgr(options.foregroundColor, options.backgroundColor);
      if (sgr) body = sgr + body + RESET;
    } else if (this.#defaultSgr && PLAIN_TEXT.has(kind)) {
      body = this.#defaultSgr + body + RESET;
    } else {
      const sgr = streamSgr(kind);
      if (sgr) body = sgr + body + RESET;
    }
    out.write(options?.noNewline ? body : body + '\n');
  }

  get inputRedirected(): boolean {
    return !this.#lines.isTerminal;
  }

  async readLine(prompt: string, signal?: AbortSignal, options?: ReadLineOptions): Promise<string | null> {
    this.#stdout.write(prompt);
    const line = await this.#lines.next(signal);
    if (this.#lines.isTerminal) return line;
    if (line !== null && this.#commandsOnStdin) return line;
    if (options?.echoRedirected) {
      if (line !== null || (prompt !== '' && !options.noBreakAtEnd)) this.#stdout.write(`${line ?? ''}\n`);
    } else {
      this.#stdout.write('\n');
    }
    return line;
  }

  async readSecret(prompt: string, signal?: AbortSignal): Promise<string | null> {
    if (this.#lines.isTerminal) return this.#lines.nextMasked(this.#stdout, signal, prompt);
    this.#stdout.write(prompt);
    const line = await this.#lines.next(signal);
    this.#stdout.write('\n');
    return line;
  }

  showSignIn(panel: SignInPanel): SignInPanelHandle {
    if (panel.kind === 'deviceCode') {
      // Only a terminal gets the clipboard sequence: in a file or a pipe it would be junk.
      if (panel.copyCode && this.#stdout.isTTY) this.#stdout.write(clipboardSequence(panel.info.userCode));
      this.#stdout.write(`${panel.info.message}\n`);
    } else if (panel.kind === 'browser') {
      this.#stdout.write(`Opening the browser to sign in. If it does not open, go to: ${panel.url}\n`);
    }
    // A retry wait ('retry') is the console's countdown of what is also a verbose record (as pwsh's own
    // web cmdlets report a retry): here it shows as that record, with -Verbose, and adds no line of its
    // own to the script's output.
    return { close: () => {} };
  }

  progress(_record: ProgressRecord): void {
    // A pipe has no progress bar; PowerShell's console host shows none when output is redirected.
  }

  /** pwsh asks the console, which is still there when only stdout is redirected. */
  #defaultSgr = '';

  setColors(foreground: string | undefined, background: string | undefined): void {
    this.#defaultSgr = consoleColorsSgr(foreground, background);
  }

  get height(): number | undefined {
    if (this.#stdout.isTTY) return this.#stdout.rows;
    const stderr = this.#stderr;
    return stderr.isTTY ? stderr.rows : undefined;
  }

  get outputRedirected(): boolean {
    return !this.#stdout.isTTY;
  }

  setTitle(title: string): void {
    // Only a terminal has a title; control characters would end the sequence early or start another.
    if (this.#stdout.isTTY) this.#stdout.write(titleSequence(title));
  }

  async readKey(signal?: AbortSignal): Promise<KeyPress | null> {
    if (!this.#lines.isTerminal) return null;
    const key = await this.#lines.nextKey(signal);
    return key === null ? null : keyPress(key);
  }

  clearScreen(): void {
    if (this.#stdout.isTTY) this.#stdout.write('\x1b[2J\x1b[3J\x1b[H');
  }
}
