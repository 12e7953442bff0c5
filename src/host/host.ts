// The host interface: the only way the engine and cmdlets reach the user.
//
// The same cmdlet runs under the Ink console, the plain line host (`spo -c`, `-f`, piped stdin)
// and the in-memory test host. Layout decisions that PowerShell fixes (the "Supply values for the
// following parameters:" block, credential prompts, choice prompts) are made once in
// `src/engine/prompts.ts` on top of these primitives, so every host renders them identically.

/** Which stream a piece of text belongs to; hosts choose colour and destination from it. */
export type StreamKind =
  | 'output' // formatted pipeline output (stdout)
  | 'error' // an error record rendered in the current $ErrorView (stderr)
  | 'warning' // "WARNING: ..." line
  | 'verbose' // "VERBOSE: ..." line
  | 'debug' // "DEBUG: ..." line
  | 'information' // Write-Information / Write-Host text
  | 'prompt'; // prompt captions and messages written by prompts.ts

export interface HostWriteOptions {
  /** Write-Host -NoNewline: no line break after the text. */
  noNewline?: boolean;
  /** Write-Host -ForegroundColor / -BackgroundColor, as ConsoleColor names. */
  foregroundColor?: string;
  backgroundColor?: string;
}

/** Shown while a device-code sign-in waits for the user. */
export interface DeviceCodeInfo {
  /** The identity platform's own sentence ("To sign in, use a web browser to open ..."). */
  message: string;
  userCode: string;
  verificationUri: string;
  /** Epoch milliseconds when the code expires. */
  expiresAt: number;
}

/** A panel the host shows during a sign-in that waits on something outside the shell. */
export type SignInPanel =
  /** `copyCode`: the "copyDeviceCodeToClipboard" setting: a terminal host also puts the code on the
   *  clipboard (OSC 52); a host whose output is not a terminal does not. */
  | { kind: 'deviceCode'; info: DeviceCodeInfo; copyCode?: boolean }
  | { kind: 'browser'; url: string }
  | { kind: 'retry'; message: string; until: number };

export interface SignInPanelHandle {
  close(): void;
}

export interface ProgressRecord {
  activity: string;
  status: string;
  /** 0..100, or -1 when unknown. */
  percentComplete: number;
  completed?: boolean;
  /** Write-Progress -Id / -ParentId: which bar this is (0 by default) and the bar it belongs under. */
  id?: number;
  parentId?: number;
  currentOperation?: string;
  /** -1 when unknown. */
  secondsRemaining?: number;
  /**
   * An activity of unknown length the shell itself reports (signing in, checking the admin site):
   * the console animates it (a spinner) so that a wait of seconds does not look like a hang. Never
   * set by Write-Progress, whose records look as in PowerShell.
   */
  busy?: boolean;
}

export interface ReadLineOptions {
  /**
   * Read-Host's reading of redirected input, as pwsh's console host does it: the line read is echoed
   * after the prompt, and at end of input a line break follows only a non-empty prompt.
   */
  echoRedirected?: boolean;
  /** With echoRedirected: at end of input nothing follows the prompt (pwsh's PromptForChoice). */
  noBreakAtEnd?: boolean;
}

/** Reading ends with `null` on end of input or cancellation (Ctrl+C). */
export interface Host {
  /** Human-readable host name, e.g. "ConsoleHost" or "PlainHost". */
  readonly name: string;
  /** False for `-NonInteractive`: any read fails with PowerShell's NonInteractive error. */
  readonly interactive: boolean;
  /** Columns available for formatting (word-wrap of parse errors, table widths). */
  readonly width: number;
  /** Whether ANSI colour may be emitted. */
  readonly color: boolean;
  /**
   * True when input comes from a pipe or file rather than a person at a terminal (pwsh's
   * `Console.IsInputRedirected`): Read-Host then reads plain lines only (secure input stops).
   */
  readonly inputRedirected?: boolean;

  /** Writes text on a stream. A line break is appended unless `noNewline` is set. */
  write(kind: StreamKind, text: string, options?: HostWriteOptions): void;

  /**
   * Reads one line after showing `prompt` (already formatted, e.g. "Url: ").
   * Resolves to null at end of input or when `signal` aborts.
   */
  readLine(prompt: string, signal?: AbortSignal, options?: ReadLineOptions): Promise<string | null>;

  /** Like readLine, but the echo is masked with one `*` per character. */
  readSecret(prompt: string, signal?: AbortSignal): Promise<string | null>;

  /** Shows a sign-in panel until the returned handle is closed. */
  showSignIn(panel: SignInPanel): SignInPanelHandle;

  /** Shows or updates progress; hosts without a progress UI may ignore it. */
  progress(record: ProgressRecord): void;

  /**
   * A job's host only: keeps an information record that nothing shows (Write-Information under
   * SilentlyContinue), which pwsh's job keeps in its Information and Receive-Job writes to its own stream.
   */
  keepSilentInformation?(text: string, tags: readonly string[]): void;

  /** Clear-Host. */
  clearScreen(): void;

  /** Rows of the terminal ($Host.UI.RawUI.WindowSize.Height); absent (pwsh says -1) without one. */
  readonly height?: number;

  /** False when output goes to a terminal ($Host.UI.SupportsVirtualTerminal); true or absent when redirected. */
  readonly outputRedirected?: boolean;

  /**
   * $Host.UI.RawUI.ForegroundColor/BackgroundColor = …: the colours plain text (output, host text,
   * prompts) is written in from now on, where colour is allowed; undefined is the terminal's own.
   */
  setColors?(foreground: string | undefined, background: string | undefined): void;

  /** $Host.UI.RawUI.WindowTitle = '…': sets the terminal's title where there is a terminal. */
  setTitle?(title: string): void;

  /**
   * $Host.UI.RawUI.ReadKey(): waits for one key press (a console only). Null when `signal` aborts.
   * Hosts without a keyboard leave it out, and ReadKey fails as pwsh's does with redirected input.
   */
  readKey?(signal?: AbortSignal): Promise<KeyPress | null>;
}

/** One key press as $Host.UI.RawUI.ReadKey() returns it (System.Management.Automation.Host.KeyInfo). */
export interface KeyPress {
  virtualKeyCode: number;
  character: string;
  controlKeyState: string;
}

export const NON_INTERACTIVE_MESSAGE =
  'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';
