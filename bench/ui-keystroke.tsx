// Keystroke benchmark: how long one key takes to reach the screen with 10,000 lines of transcript
// above the prompt. The transcript goes above the live region through Ink's stdout write, so a
// keystroke re-renders only the prompt and the status line.
//
//   node scripts/build.mjs && node dist/bench/ui-keystroke.js

import { EventEmitter } from 'node:events';

delete process.env.CI;
const { render } = await import('ink');
const { App } = await import('../src/ui/App.js');
const { ConsoleStore } = await import('../src/ui/store.js');
const { ReadlineDriver } = await import('../src/ui/readline-driver.js');
const { History } = await import('../src/readline/history.js');

/** A terminal-sized stdout that records when something was written. */
class FakeTty extends EventEmitter {
  isTTY = true;
  columns = 120;
  rows = 40;
  bytes = 0;
  lastWrite = 0;
  write(data: string): boolean {
    this.bytes += data.length;
    this.lastWrite = performance.now();
    return true;
  }
}

const stdout = new FakeTty();
const stdin = Object.assign(new EventEmitter(), { isTTY: true, setRawMode() {}, resume() {}, pause() {}, ref() {}, unref() {}, setEncoding() {}, read: () => null });
const store = new ConsoleStore({
  prompt: 'spo> ',
  editor: new ReadlineDriver({ editMode: 'Windows', history: new History({ file: null }), columns: 120 }),
  columns: 120,
  rows: 40,
  color: true,
});
const renderTimes: number[] = [];
const instance = render(<App store={store} />, {
  stdout: stdout as unknown as NodeJS.WriteStream,
  stdin: stdin as unknown as NodeJS.ReadStream,
  exitOnCtrlC: false,
  patchConsole: false,
  onRender: ({ renderTime }) => renderTimes.push(renderTime),
});
await new Promise((r) => setTimeout(r, 50));

for (let i = 0; i < 10_000; i++) store.print(`\x1b[32mline ${i}\x1b[0m of the transcript, as a cmdlet would print it\n`);
await new Promise((r) => setTimeout(r, 50));

const wall: number[] = [];
const render_: number[] = [];
const text = 'Connect-SPOService -Url https://contoso-admin.sharepoint.com';
for (const ch of text) {
  renderTimes.length = 0;
  const before = stdout.bytes;
  const start = performance.now();
  store.input({ kind: 'text', text: ch });
  // Ink renders at most every 33 ms; wait for this key's frame.
  while (stdout.bytes === before) await new Promise((r) => setImmediate(r));
  wall.push(stdout.lastWrite - start);
  render_.push(...renderTimes);
  await new Promise((r) => setTimeout(r, 40));
}
instance.unmount();

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const max = (v: number[]) => Math.max(...v);
console.log(`transcript lines above the prompt: 10,000; keystrokes: ${wall.length}`);
console.log(`Ink render time per keystroke:   median ${median(render_).toFixed(2)} ms, max ${max(render_).toFixed(2)} ms`);
console.log(`key → frame written (wall):      median ${median(wall).toFixed(2)} ms, max ${max(wall).toFixed(2)} ms (target < 5 ms)`);
