// The console's banner and prompt, drawn before anything else loads.
//
// bin/spo.js requires this module as dist/bundle/console-start.cjs, a CommonJS file of a few hundred
// bytes, before it imports the ES-module bundle: starting Node's ES-module loader and reading the
// engine, Ink and React take longer than Node's own start (docs/startup.md, fifteenth round), and the
// user should see `spo>` in about the time Node needs to print it. main.js holds a second copy of
// this module (run.tsx imports it), so the state is kept on `process` under a registered symbol, where
// both copies find it: the prompt is drawn once, and the console takes the keys the first copy kept.
//
// Raw mode is on from the moment the prompt shows: keys typed meanwhile are not echoed by the terminal
// but kept and replayed into the editor once the UI is up.
//
// Imports only modules with no imports of their own (the build checks what the CommonJS file holds).

import { builtInPrompt } from '../engine/built-in-prompt.js';

const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

/** Input read between the early prompt and the console taking over the keyboard. */
interface EarlyInput {
  readonly chunks: Buffer[];
  readonly keep: (chunk: Buffer) => void;
}

const SLOT = Symbol.for('spo-shell.earlyPrompt');
type ProcessWithSlot = NodeJS.Process & { [SLOT]?: EarlyInput | null };

/** The lines above the first prompt, as PowerShell's console starts with its own banner. */
export function bannerText(version: string, sandbox: boolean): string {
  let text = `spo-shell ${version}. Get-Help lists the commands and how to connect.\n`;
  if (sandbox) text += 'Sandbox tenant: https://contoso-admin.sharepoint.com (accounts: README.md).\n';
  return text + '\n';
}

/**
 * Shows the banner and prompt at once and starts keeping the keyboard's input. The console calls
 * it again when it starts (the command line may not have); a second call does nothing.
 */
export function showPromptEarly(sandbox: boolean, banner = ''): void {
  const proc = process as ProcessWithSlot;
  if (proc[SLOT]) return;
  const { stdin, stdout } = proc;
  const chunks: Buffer[] = [];
  const keep = (chunk: Buffer): void => {
    chunks.push(chunk);
  };
  proc[SLOT] = { chunks, keep };
  stdin.setRawMode(true);
  stdin.on('data', keep);
  stdin.resume();
  // However the process ends, the terminal must not keep wrapping pastes in escape codes.
  proc.once('exit', () => stdout.write(BRACKETED_PASTE_OFF));
  stdout.write(BRACKETED_PASTE_ON + banner + builtInPrompt(sandbox));
}

/** Stops keeping input for the console, which takes over the keyboard; returns what was typed so far. */
export function takeEarlyInput(): Buffer[] {
  const proc = process as ProcessWithSlot;
  const early = proc[SLOT];
  if (!early) return [];
  proc.stdin.off('data', early.keep);
  proc[SLOT] = null;
  return early.chunks;
}
