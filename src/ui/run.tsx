// Entry point of the interactive console (src/main.ts imports it only when stdin and stdout are
// terminals).
//
// The prompt is written before Ink and React are loaded: raw mode is on, so whatever the user types
// meanwhile is not echoed by the terminal but kept and replayed into the editor once the UI is up.
// Everything heavy is in ./console.js, imported dynamically.

import { BRACKETED_PASTE_OFF, BRACKETED_PASTE_ON } from './input.js';
import { promptText, type ConsoleOptions } from './options.js';

/** Environment variables that make Ink's is-in-ci switch to "last frame only" rendering. */
function isCiVariable(name: string): boolean {
  return name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_');
}

/** Input read between the early prompt and the console taking over the keyboard. */
let early: { chunks: Buffer[]; keep: (chunk: Buffer) => void } | null = null;

/**
 * Shows the prompt at once, before the engine, the sandbox, the settings and Ink are loaded, so
 * the user sees `spo>` in about the time Node itself needs to start. Raw mode is on from here:
 * keys typed meanwhile are not echoed by the terminal but kept and replayed into the editor.
 * runConsole calls it if the command line did not; calling it twice is harmless.
 */
/** The lines above the first prompt, as PowerShell's console starts with its own banner. */
export function bannerText(version: string, sandbox: boolean): string {
  let text = `spo-shell ${version}. Get-Help lists the commands and how to connect.\n`;
  if (sandbox) text += 'Sandbox tenant: https://contoso-admin.sharepoint.com (accounts: README.md).\n';
  return text + '\n';
}

export function showPromptEarly(sandbox: boolean, banner = ''): void {
  if (early) return;
  const { stdin, stdout } = process;
  const chunks: Buffer[] = [];
  const keep = (chunk: Buffer): void => {
    chunks.push(chunk);
  };
  early = { chunks, keep };
  stdin.setRawMode(true);
  stdin.on('data', keep);
  stdin.resume();
  // However the process ends, the terminal must not keep wrapping pastes in escape codes.
  process.once('exit', () => stdout.write(BRACKETED_PASTE_OFF));
  stdout.write(BRACKETED_PASTE_ON + banner + promptText(sandbox));
}

export async function runConsole(options: ConsoleOptions): Promise<number> {
  const { stdin, stdout } = process;
  showPromptEarly(Boolean(options.sandbox));
  const { chunks, keep } = early!;

  // A terminal that happens to run with CI set is still a terminal: hide the CI variables while
  // Ink evaluates is-in-ci, so it draws live frames.
  const hidden = Object.keys(process.env).filter(isCiVariable);
  const saved = hidden.map((name) => [name, process.env[name]] as const);
  for (const name of hidden) delete process.env[name];
  let consoleModule: typeof import('./console.js');
  try {
    consoleModule = await import('./console.js');
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
  stdin.off('data', keep);
  early = null;
  // Ink draws its first frame where the early prompt is.
  stdout.write('\r\x1b[2K');
  return consoleModule.startConsole(options, { stdin, stdout, earlyInput: chunks });
}
