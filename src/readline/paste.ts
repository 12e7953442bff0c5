// A pasted block runs like PowerShell in a terminal: every newline is an Enter, so each complete
// line runs on its own and in order; a line that leaves a construct open (quote, bracket,
// trailing pipe or backtick) joins the next one, as if typed at the `>> ` prompt. Text after the
// last newline is not run: it is left in the editor for the user to finish.
//
// The queue hands out one input at a time and pauses while a command runs or a prompt is open,
// so a password prompt opened by line 1 receives only what is typed after it appears, and the
// rest of the paste waits and then continues (issue 4).

export interface PastePlan {
  /** Complete inputs to run, in order (a multi-line construct is one input). */
  commands: string[];
  /** Text after the last newline, plus any construct still open: goes back into the editor. */
  rest: string;
}

/** Splits `prefix + text` (what was already typed, then the paste) into inputs to run. */
export function splitPaste(text: string, isIncomplete: (text: string) => boolean, prefix = ''): PastePlan {
  const all = (prefix + text).replace(/\r\n?/g, '\n');
  const lines = all.split('\n');
  const last = lines.pop()!; // after the final newline (often '')
  const commands: string[] = [];
  let pending: string | null = null;
  for (const line of lines) {
    if (pending === null && line.trim() === '') continue;
    pending = pending === null ? line : `${pending}\n${line}`;
    if (!isIncomplete(pending)) {
      commands.push(pending);
      pending = null;
    }
  }
  const rest = pending === null ? last : `${pending}\n${last}`;
  return { commands, rest };
}

export class PasteQueue {
  #commands: string[] = [];
  #rest = '';
  #paused = false;

  constructor(private readonly isIncomplete: (text: string) => boolean) {}

  /**
   * Adds a pasted block. `currentInput` is what the editor held when the paste arrived (it is
   * the start of the first line); the caller clears the editor.
   */
  push(block: string, currentInput = ''): void {
    // A paste arriving while an earlier one is still queued continues its unfinished last line.
    const plan = splitPaste(block, this.isIncomplete, this.#rest + currentInput);
    this.#commands.push(...plan.commands);
    this.#rest = plan.rest;
  }

  /** The next input to run, or null when paused or nothing is queued. */
  next(): string | null {
    if (this.#paused) return null;
    return this.#commands.shift() ?? null;
  }

  /** While a command runs or a prompt is open. */
  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** Inputs still waiting to run. */
  get pending(): number {
    return this.#commands.length;
  }

  /** Once nothing is left to run: the unfinished text for the editor (then forgotten). */
  takeRest(): string {
    if (this.#commands.length > 0) return '';
    const rest = this.#rest;
    this.#rest = '';
    return rest;
  }

  /** Ctrl+C: the rest of the paste is dropped. */
  clear(): void {
    this.#commands = [];
    this.#rest = '';
    this.#paused = false;
  }
}
