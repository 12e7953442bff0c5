// The Host of the interactive console.
//
// It turns the engine's stream writes into coloured transcript text and its reads and sign-in
// panels into requests to the console surface (the UI store). It knows nothing about React or Ink:
// the surface decides how things are drawn, this file decides *what* is shown.

import type {
  Host,
  HostWriteOptions,
  KeyPress,
  ProgressRecord,
  SignInPanel,
  SignInPanelHandle,
  StreamKind,
} from './host.js';
import { consoleColorsSgr, paintLines, RESET, streamSgr } from './console-colors.js';
import { clipboardSequence } from './clipboard.js';
import { keyPress, titleSequence } from './raw-ui.js';

/** A line-input request shown in the live region (Read-Host, a password, a mandatory field). */
export interface ReadRequest {
  prompt: string;
  secret: boolean;
  signal?: AbortSignal;
  /** One key press ends the read ($Host.UI.RawUI.ReadKey); the value is that key's character. */
  key?: boolean;
}

/** What the console UI offers the host. Implemented by the UI store. */
export interface ConsoleSurface {
  /** Appends finished text (ending in a newline) to the transcript above the live region. */
  print(text: string): void;
  /** Shows an input line and resolves with what was typed, or null (Ctrl+C, abort, exit). */
  read(request: ReadRequest): Promise<string | null>;
  /** Shows a sign-in panel; the returned function removes it. */
  openPanel(panel: SignInPanel): () => void;
  /** Shows, updates or (null) removes the progress line. */
  setProgress(record: ProgressRecord | null): void;
  /** Clear-Host: clears the terminal and its scrollback. */
  clear(): void;
  /** Current terminal width in columns. */
  readonly columns: number;
}

export interface InkHostOptions {
  color: boolean;
  /**
   * Writes a control sequence straight to the terminal, outside Ink's frames (the clipboard's OSC
   * 52, which moves no cursor). Without it, nothing is copied.
   */
  terminal?: (sequence: string) => void;
}

export class InkHost implements Host {
  readonly name = 'ConsoleHost';
  readonly interactive = true;
  readonly color: boolean;
  readonly #surface: ConsoleSurface;
  readonly #terminal: ((sequence: string) => void) | undefined;
  /** Text written with -NoNewline that waits for the rest of its line. */
  #partialLine = '';
  /** The last Write-Progress record still open, and the shell's own busy line. */
  #scriptProgress: ProgressRecord | null = null;
  #busy: ProgressRecord | null = null;

  constructor(surface: ConsoleSurface, options: InkHostOptions) {
    this.#surface = surface;
    this.color = options.color;
    this.#terminal = options.terminal;
  }

  get width(): number {
    return this.#surface.columns;
  }

  write(kind: StreamKind, text: string, options?: HostWriteOptions): void {
    let painted = text;
    if (this.color) {
      if (options?.foregroundColor || options?.backgroundColor) {
        const sgr = consoleColorsSgr(options.foregroundColor, options.backgroundColor);
        painted = paintLines(text, sgr || undefined);
      } else if (this.#defaultSgr && (kind === 'output' || kind === 'information' || kind === 'prompt')) {
        painted = paintLines(text, this.#defaultSgr);
      } else {
        painted = paintLines(text, streamSgr(kind));
      }
    }
    if (options?.noNewline) {
      // The live region sits right below the transcript, so only whole lines can go above it;
      // the partial line is kept until its line ends, a prompt needs it, or the command ends.
      this.#partialLine += painted;
      const lastBreak = this.#partialLine.lastIndexOf('\n');
      if (lastBreak >= 0) {
        this.#surface.print(this.#partialLine.slice(0, lastBreak + 1));
        this.#partialLine = this.#partialLine.slice(lastBreak + 1);
      }
      return;
    }
    this.#surface.print(this.#takePartial() + painted + '\n');
  }

  readLine(prompt: string, signal?: AbortSignal): Promise<string | null> {
    return this.#surface.read({ prompt: this.#takePartial() + prompt, secret: false, signal });
  }

  readSecret(prompt: string, signal?: AbortSignal): Promise<string | null> {
    return this.#surface.read({ prompt: this.#takePartial() + prompt, secret: true, signal });
  }

  get height(): number | undefined {
    return process.stdout.rows || undefined;
  }

  readonly outputRedirected = false;

  #defaultSgr = '';

  setColors(foreground: string | undefined, background: string | undefined): void {
    this.#defaultSgr = consoleColorsSgr(foreground, background);
  }

  setTitle(title: string): void {
    this.#terminal?.(titleSequence(title));
  }

  async readKey(signal?: AbortSignal): Promise<KeyPress | null> {
    const key = await this.#surface.read({ prompt: this.#takePartial(), secret: false, key: true, signal });
    return key === null ? null : keyPress(key);
  }

  showSignIn(panel: SignInPanel): SignInPanelHandle {
    if (panel.kind === 'deviceCode' && panel.copyCode) this.#terminal?.(clipboardSequence(panel.info.userCode));
    if (panel.kind === 'browser') {
      // The sign-in address is hundreds of characters long. In the panel it would be cut into rows
      // inside the border (a mouse copy would pick up the border and line breaks); on a transcript
      // line of its own the terminal wraps it softly, so it copies in one piece at any width, even
      // after a resize (as gh and az print theirs).
      const address = this.color ? `\x1b[36m${panel.url}${RESET}` : panel.url;
      this.flush();
      this.#surface.print(`If no browser opened, open this address to sign in:\n${address}\n`);
    }
    const close = this.#surface.openPanel(panel);
    return { close };
  }

  progress(record: ProgressRecord): void {
    // The console has one progress line. The shell's own "what is happening" line (busy) shows over a
    // script's Write-Progress bar and gives it back when it ends.
    if (record.busy) this.#busy = record.completed ? null : record;
    else this.#scriptProgress = record.completed ? null : record;
    this.#surface.setProgress(this.#busy ?? this.#scriptProgress);
  }

  clearScreen(): void {
    this.#partialLine = '';
    this.#surface.clear();
  }

  /** Called by the console when a command ends: a dangling -NoNewline text gets its line. */
  flush(): void {
    const rest = this.#takePartial();
    if (rest) this.#surface.print(rest + (this.color && rest.includes('\x1b[') ? RESET : '') + '\n');
  }

  #takePartial(): string {
    const text = this.#partialLine;
    this.#partialLine = '';
    return text;
  }
}
