// Entry point of the interactive console (src/main.ts imports it only when stdin and stdout are
// terminals).
//
// The prompt is written before Ink and React are loaded (early-prompt.ts); whatever the user types
// meanwhile is kept and replayed into the editor once the UI is up. Everything heavy is in
// ./console.js, imported dynamically.

import { showPromptEarly, takeEarlyInput } from './early-prompt.js';
import type { ConsoleOptions } from './options.js';

export { bannerText, showPromptEarly } from './early-prompt.js';

/** Environment variables that make Ink's is-in-ci switch to "last frame only" rendering. */
function isCiVariable(name: string): boolean {
  return name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_');
}

export async function runConsole(options: ConsoleOptions): Promise<number> {
  const { stdin, stdout } = process;
  showPromptEarly(Boolean(options.sandbox));

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
  const earlyInput = takeEarlyInput();
  // Ink draws its first frame where the early prompt is.
  stdout.write('\r\x1b[2K');
  return consoleModule.startConsole(options, { stdin, stdout, earlyInput });
}
