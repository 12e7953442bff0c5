// The console's banner and prompt, drawn before anything else loads.
//
// bin/spo.js requires this module as dist/bundle/console-start.cjs, a CommonJS file of a few hundred
// bytes, before it imports the ES-module bundle: starting Node's ES-module loader and reading the
// engine, Ink and React take longer than Node's own start (docs/startup.md, fifteenth round), and the
// user should see `spo>` in about the time Node needs to print it. main.js holds a second copy of
// this module (run.tsx imports it), so the state is kept on `process` under a registered symbol, where
// both copies find it: the prompt is drawn once, and the console takes the keys the first copy kept.
//
// Raw mode is on from the moment the prompt shows: keys typed meanwhile are kept and replayed into the
// editor once the UI is up. Until then plain characters are echoed here, so typing at once does not look
// ignored while the console loads (a few hundred milliseconds on a loaded machine): only printable ASCII
// and Backspace, and only while the line fits on the terminal's row, because the console clears just
// that row before its first frame. Any other key (Enter, arrows, Tab, a paste) ends the echo; the keys
// are still kept, and the console shows them as it replays them.
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
  const prompt = builtInPrompt(sandbox);
  const echo = new PlainEcho(prompt.length, stdout.columns || 80);
  const keep = (chunk: Buffer): void => {
    chunks.push(chunk);
    const text = echo.feed(chunk);
    if (text) stdout.write(text);
  };
  proc[SLOT] = { chunks, keep };
  stdin.setRawMode(true);
  stdin.on('data', keep);
  stdin.resume();
  // However the process ends, the terminal must not keep wrapping pastes in escape codes.
  proc.once('exit', () => stdout.write(BRACKETED_PASTE_OFF));
  stdout.write(BRACKETED_PASTE_ON + banner + prompt);
}

const BACKSPACE = 0x7f;
const CTRL_H = 0x08;

/** What the early prompt echoes of the keys typed before the console is up (see the top of the file). */
export class PlainEcho {
  private column: number;
  private typed = 0;
  private stopped = false;

  constructor(promptWidth: number, private readonly columns: number) {
    this.column = promptWidth;
  }

  /** The text to write for one chunk of input; empty once anything but plain typing has come. */
  feed(chunk: Buffer): string {
    if (this.stopped) return '';
    let out = '';
    for (const byte of chunk) {
      if (byte === BACKSPACE || byte === CTRL_H) {
        if (this.typed === 0) continue;
        this.typed--;
        this.column--;
        out += '\b \b';
      } else if (byte >= 0x20 && byte < 0x7f && this.column < this.columns - 1) {
        this.typed++;
        this.column++;
        out += String.fromCharCode(byte);
      } else {
        this.stopped = true;
        break;
      }
    }
    return out;
  }
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
