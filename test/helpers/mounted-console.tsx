// The console with the real engine (Shell) in ink-testing-library: the store, the Ink host, the
// readline driver and the App, wired as console.tsx wires them, for tests that type into it.
// Import it dynamically after `delete process.env.CI` (ink renders only the last frame under CI).
import { render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { ConsoleStore } from '../../src/ui/store.js';
import { InkHost } from '../../src/host/ink-host.js';
import { ReadlineDriver } from '../../src/ui/readline-driver.js';
import { History } from '../../src/readline/history.js';
import { startKeySource } from '../../src/ui/input.js';
import { stripAnsi } from '../../src/ui/colors.js';
import { Shell } from '../../src/engine/shell.js';
import { builtinCommandTable } from '../../src/cmdlets/registry.js';

const tick = () => new Promise((r) => setImmediate(() => setTimeout(r, 0)));

export function mountConsole() {
  const store = new ConsoleStore({
    prompt: 'spo> ',
    editor: new ReadlineDriver({ editMode: 'Windows', history: new History({ file: null }), columns: 100 }),
    columns: 100,
    rows: 30,
    color: false,
  });
  const host = new InkHost(store, { color: false });
  store.onCommandEnd = () => host.flush();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  store.attachEngine(shell);
  const ui = render(<App store={store} />);
  startKeySource(ui.stdin, (event) => store.input(event));
  let transcript = '';
  // Also keep what went above the live region, to assert the transcript exactly.
  store.attachSink((text) => {
    transcript += text;
  }, () => {});
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      ui.stdin.write(k);
      await tick();
    }
  };
  const settle = async (n = 10) => {
    for (let i = 0; i < n; i++) await tick();
  };
  return { store, ui, press, settle, transcript: () => stripAnsi(transcript), screen: () => stripAnsi(ui.lastFrame() ?? '') };
}
