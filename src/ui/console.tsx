// The console proper: store, host, engine, key source and the Ink tree, wired together.

import { appendFileSync } from 'node:fs';
import { render } from 'ink';
import chalk from 'chalk';
import { App } from './App.js';
import { ConsoleStore } from './store.js';
import { InkHost } from '../host/ink-host.js';
import { startKeySource, type InputStream } from './input.js';
import { ReadlineDriver } from './readline-driver.js';
import { History } from '../readline/history.js';
import { createSyntaxColorer } from './syntax-colors.js';
import { ResizeSafeOutput } from './resize-safe-output.js';
import { promptText, type ConsoleOptions } from './options.js';
import { colorEnabled } from '../host/color.js';

/** CSI A: the cursor one line up, same column. */
const CURSOR_UP = '\x1b[1A';

export interface ConsoleStreams {
  stdin: NodeJS.ReadStream & InputStream;
  stdout: NodeJS.WriteStream;
  /** Raw input read before the console started. */
  earlyInput?: Buffer[];
}


export async function startConsole(options: ConsoleOptions, streams: ConsoleStreams): Promise<number> {
  const { stdin, stdout } = streams;
  const color = colorEnabled(stdout);
  // Ink styles (dim status line, bold code, borders) through the one shared chalk: NO_COLOR must
  // switch those off too, which chalk alone does not do.
  if (!color) chalk.level = 0;
  const store = new ConsoleStore({
    prompt: promptText(Boolean(options.sandbox)),
    editor: new ReadlineDriver({
      editMode: options.settings.editMode,
      history: History.load({ maxEntries: options.settings.historySize }),
      columns: stdout.columns || 80,
      colorLines: color ? createSyntaxColorer(options.settings.colors) : undefined,
    }),
    columns: stdout.columns || 80,
    rows: stdout.rows || 24,
    color,
  });
  // The clipboard's OSC 52 goes straight to the terminal: it is no frame and moves no cursor.
  const host = new InkHost(store, { color, terminal: (sequence) => stdout.write(sequence) });
  store.onCommandEnd = () => host.flush();
  const engine = options.createEngine(host);
  store.attachEngine(engine);

  const output = new ResizeSafeOutput(stdout);
  // Once a resize burst is over, the store hears of the new size before Ink does: Ink then redraws
  // the live region drawn for it, never the old tree at the new width.
  output.on('size', () => store.resize(stdout.columns || 80, stdout.rows || 24));
  const instance = render(
    <App
      store={store}
      sandboxPage={options.sandbox?.devicePageUrl}
      beforeTranscript={(text) => output.markTranscript(text)}
    />,
    {
      // Ink reads only the members ResizeSafeOutput has (write, columns, rows, isTTY, events).
      stdout: output as unknown as NodeJS.WriteStream,
      stdin,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  // Ink redraws on a resize without the terminal cursor's place (only a render sets it): render again.
  output.on('resize', () => store.refresh());
  // SPO_UI_TRACE names a file that gets a line each time the screen has been repaired after a
  // resize (the resize tests wait for it instead of guessing how long a repair takes).
  const trace = process.env.SPO_UI_TRACE;
  if (trace) output.on('repaired', (size: { columns: number; rows: number }) => appendFileSync(trace, `repaired ${size.columns}x${size.rows}\n`));
  if (options.settingsWarning) host.write('warning', `WARNING: ${options.settingsWarning}`);

  const keys = startKeySource(stdin, (event) => store.input(event));
  output.setCursorProbe(() => keys.requestCursorPosition(() => stdout.write('\x1b[6n'), options.cursorReportTimeoutMs ?? 250));
  for (const chunk of streams.earlyInput ?? []) keys.feed(chunk);

  // SIGTERM (kill, tmux kill-session) and SIGHUP (the terminal closed) end the console at once,
  // even during a busy script (the evaluator gives the event loop turns): the terminal is put
  // back to normal and the status is the usual 128 + signal number.
  const endOnSignal = (code: number) => () => {
    try {
      keys.stop();
      instance.unmount();
      if (stdin.isTTY) stdin.setRawMode(false);
      stdout.write('\x1b[?25h');
    } finally {
      process.exit(code);
    }
  };
  const onTerm = endOnSignal(143);
  const onHup = endOnSignal(129);
  process.once('SIGTERM', onTerm);
  process.once('SIGHUP', onHup);
  // Job control (`kill -TSTP`; the terminal's Ctrl+Z is Undo here, a key in raw mode): the
  // terminal is handed back as the shell expects it (line mode, echo, cursor shown) and the
  // process stops as any program does, by SIGTSTP's default action (which the kernel discards in
  // an orphaned process group, where no shell could bring it back). It returns from the kill once
  // continued (`fg`), or at once when the stop was discarded, and takes the terminal back.
  const jobControl = process.platform !== 'win32';
  const onStop = () => {
    output.suspend();
    if (stdin.isTTY) stdin.setRawMode(false);
    stdout.write('\x1b[?25h');
    process.off('SIGTSTP', onStop);
    try {
      process.kill(process.pid, 'SIGTSTP');
    } finally {
      process.on('SIGTSTP', onStop);
      if (stdin.isTTY) stdin.setRawMode(true);
      output.resume();
    }
  };
  if (jobControl) process.on('SIGTSTP', onStop);

  const code = await store.waitForExit();
  process.off('SIGTERM', onTerm);
  process.off('SIGHUP', onHup);
  if (jobControl) process.off('SIGTSTP', onStop);
  keys.stop();
  instance.unmount();
  await instance.waitUntilExit().catch(() => undefined);
  // The exited console's frame is empty, and Ink ends every frame with a line break: step back onto
  // that blank line, so the calling shell's prompt follows the last prompt at once, as after pwsh.
  stdout.write(CURSOR_UP);
  output.dispose();
  if (stdin.isTTY) stdin.setRawMode(false);
  stdin.pause();
  return code;
}
