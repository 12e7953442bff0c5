// What the console is started with and the prompt it shows: shared by the early prompt (run.tsx)
// and the Ink console (console.tsx) without either importing the other.

import type { Host } from '../host/host.js';
import type { ShellEngine } from '../engine/api.js';

export interface ConsoleOptions {
  createEngine: (host: Host) => ShellEngine;
  sandbox?: { devicePageUrl: string };
  settings: { editMode: 'Windows' | 'Emacs'; historySize: number; colors: Record<string, string> };
  settingsWarning?: string;
  version: string;
}

export function promptText(sandbox: boolean): string {
  return sandbox ? 'spo [sandbox]> ' : 'spo> ';
}
