// What the console (and any other front end) needs from the engine. Implemented by
// `Shell` in ./shell.ts; the UI depends on this interface only.

import type { Host } from '../host/host.js';
import type { Session } from './session.js';

export interface RunOptions {
  /** Aborting stops the running pipeline (Ctrl+C); the shell stays usable. */
  signal?: AbortSignal;
  /** Script path when running a file: errors then show `path:line`. */
  file?: string;
  /** `spo -f script.ps1 a -Name b`: the words after the path, bound to the script's param( ) and $args. */
  scriptArgs?: readonly string[];
  /**
   * Record the input in the session history (Get-History), as pwsh records each line of its console,
   * the -c script and each statement of a script on stdin (not a -f file).
   */
  addToHistory?: boolean;
  /** The input as the console showed it (prompt and lines): a running transcript records it. */
  echo?: string;
}

export interface RunResult {
  /** $? after the last statement. */
  success: boolean;
  /** Set when the script ran `exit`; the front end decides whether to quit. */
  exitCode?: number;
  /** A terminating error ended the script early (throw, -ErrorAction Stop, a parse error, an unmet #Requires). */
  stopped?: boolean;
  /** The input did not parse because it is incomplete (open quote, trailing pipe...). */
  incomplete?: boolean;
}

export interface CompletionResult {
  /** Where the replaced word starts and how long it is, in the input text. */
  replacementIndex: number;
  replacementLength: number;
  /** Candidates in the order Tab cycles through them. */
  matches: Array<{ completionText: string; listItemText: string; toolTip: string; resultType: string }>;
}

export interface ShellEngine {
  readonly session: Session;
  readonly host: Host;
  /** Parses and runs one input (one line, or a pasted/multi-line block). */
  run(text: string, options?: RunOptions): Promise<RunResult>;
  /** True when Enter should ask for another line (`>> `): pwsh reports one of the text's parse errors as incomplete input. */
  isIncomplete(text: string): boolean;
  /** True when more lines could complete the statement, as they would in a script file (a paste, stdin). */
  awaitsMoreLines?(text: string): boolean;
  /** True when a line plainly runs something (a known command, an assignment, a statement) rather than
   *  possibly being a secret typed ahead of the prompt that asks for it (see reads-as-command.ts). */
  readsAsCommand(line: string): boolean;
  /** The text of the prompt before the next input: what the session's `prompt` function returns (a front end without it keeps its own); Ctrl+C (`signal`) stops a slow one. */
  promptText?(signal?: AbortSignal): Promise<string>;
  /** Tab completion at `cursor` (PowerShell's CompleteInput). */
  complete(text: string, cursor: number): CompletionResult;
  /** Completion that runs a script (a Register-ArgumentCompleter completer); undefined when `complete` answers alone. */
  completeAsync?(text: string, cursor: number): Promise<CompletionResult> | undefined;
}
