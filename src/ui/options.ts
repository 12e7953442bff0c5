// What the console is started with and the prompt it shows: shared by run.tsx
// and the Ink console (console.tsx) without either importing the other.

import type { Host } from '../host/host.js';
import type { ShellEngine } from '../engine/api.js';

export interface ConsoleOptions {
  createEngine: (host: Host) => ShellEngine;
  sandbox?: { devicePageUrl: string };
  settings: { editMode: 'Windows' | 'Emacs'; historySize: number; colors: Record<string, string> };
  settingsWarning?: string;
  version: string;
  /** How long a narrowing resize waits for the terminal's cursor report before it assumes the
   *  common re-wrap (250 ms: a local terminal answers at once). The pseudo-terminal tests drive a
   *  terminal in a loaded test process, whose answer can come later; they wait for it instead. */
  cursorReportTimeoutMs?: number;
}

export { builtInPrompt as promptText } from '../engine/built-in-prompt.js';
