// An in-memory host for tests: scripted answers for prompts, every write captured per stream.

import type { Host, HostWriteOptions, ProgressRecord, SignInPanel, SignInPanelHandle, StreamKind } from '../../src/host/host.js';

export interface TestHostOptions {
  /** Answers for readLine/readSecret, in order; null simulates end of input. */
  answers?: Array<string | null>;
  interactive?: boolean;
  width?: number;
  /** Called when a sign-in panel opens (tests approve device codes from here). */
  onSignIn?: (panel: SignInPanel) => void;
}

export interface Written {
  kind: StreamKind | 'readLine' | 'readSecret';
  text: string;
}

export class TestHost implements Host {
  readonly name = 'TestHost';
  readonly interactive: boolean;
  readonly width: number;
  readonly color = false;
  readonly writes: Written[] = [];
  readonly panels: SignInPanel[] = [];
  readonly progressRecords: ProgressRecord[] = [];
  readonly prompts: string[] = [];
  clearCount = 0;
  #answers: Array<string | null>;
  #onSignIn?: (panel: SignInPanel) => void;

  constructor(options: TestHostOptions = {}) {
    this.interactive = options.interactive ?? true;
    this.width = options.width ?? 120;
    this.#answers = [...(options.answers ?? [])];
    this.#onSignIn = options.onSignIn;
  }

  /** Queue more answers. */
  answer(...answers: Array<string | null>): void {
    this.#answers.push(...answers);
  }

  write(kind: StreamKind, text: string, options?: HostWriteOptions): void {
    this.writes.push({ kind, text: options?.noNewline ? text : text + '\n' });
  }

  async readLine(prompt: string, signal?: AbortSignal): Promise<string | null> {
    return this.#read('readLine', prompt, signal);
  }

  async readSecret(prompt: string, signal?: AbortSignal): Promise<string | null> {
    return this.#read('readSecret', prompt, signal);
  }

  #read(kind: 'readLine' | 'readSecret', prompt: string, signal?: AbortSignal): string | null {
    this.prompts.push(prompt);
    if (signal?.aborted) return null;
    const answer = this.#answers.length ? this.#answers.shift()! : null;
    // Echo what a console shows: the prompt, then the text or one '*' per character.
    const echo = answer === null ? '' : kind === 'readSecret' ? '*'.repeat(answer.length) : answer;
    this.writes.push({ kind, text: prompt + echo + '\n' });
    return answer;
  }

  showSignIn(panel: SignInPanel): SignInPanelHandle {
    this.panels.push(panel);
    this.#onSignIn?.(panel);
    return { close: () => {} };
  }

  progress(record: ProgressRecord): void {
    this.progressRecords.push(record);
  }

  clearScreen(): void {
    this.clearCount++;
  }

  /** Text of the given streams, in order (default: everything a console would show). */
  text(...kinds: Array<Written['kind']>): string {
    return this.writes
      .filter((w) => kinds.length === 0 || kinds.includes(w.kind))
      .map((w) => w.text)
      .join('');
  }

  get output(): string {
    return this.text('output');
  }

  get errors(): string {
    return this.text('error');
  }
}
