// The console in tmux, a terminal that re-wraps the cursor's own row when the window narrows and
// moves the cursor with it (xterm.js, in pty-console.test.ts, does not). Skipped where tmux is not
// installed. Runs the console with the minimal echo engine (bench/ui-fixture.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../bench/ui-fixture.js', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A fresh tmux server (socket) for each console: a test's kill-server may still be shutting the last
// one down when the next test starts, and tmux then answers "server exited unexpectedly".
let consoles = 0;
let socket = `spo-test-${process.pid}-0`;

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'spo').replace(/\n+$/, '').split('\n');
const cursor = () => {
  const [x, y] = tmux('display', '-p', '-t', 'spo', '#{cursor_x} #{cursor_y}').trim().split(' ').map(Number);
  return { x: x!, y: y! };
};

async function until<T>(read: () => T, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15000; // generous: the suite runs two files at once
  for (;;) {
    const value = read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${JSON.stringify(value, null, 1)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The echo console in a tmux window of the given size, once its prompt shows. */
async function startConsole(data: string, cols: number, rows: number): Promise<void> {
  const command = `env -u CI SPO_DATA_DIR='${data}' NO_COLOR=1 '${process.execPath}' '${fixture}'`;
  socket = `spo-test-${process.pid}-${++consoles}`;
  tmux('new-session', '-d', '-s', 'spo', '-x', String(cols), '-y', String(rows), command);
  await until(screen, (s) => s.some((r) => r === 'spo>'), 'the prompt');
}

test('tmux: narrowing and widening the window redraws one prompt with the cursor at the end of the input', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const data = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  try {
    await startConsole(data, 100, 24);
    tmux('send-keys', '-t', 'spo', '-l', 'before');
    tmux('send-keys', '-t', 'spo', 'Enter');
    await until(screen, (s) => s.includes('before'), 'the first command');
    const line = 'Write-Output ' + '0123456789'.repeat(7); // 'spo> ' + 83 = 88 columns
    tmux('send-keys', '-t', 'spo', '-l', line);
    const full = 'spo> ' + line;
    await until(screen, (s) => s.includes(full), 'the typed line');

    // Everything the console writes, raw, to see its frames end (Ink closes each with ESC[?2026l).
    const rawFile = join(data, 'pane.raw');
    tmux('pipe-pane', '-o', '-t', 'spo', `cat >> '${rawFile}'`);
    const raw = () => {
      try {
        return readFileSync(rawFile, 'latin1');
      } catch {
        return '';
      }
    };
    for (const cols of [60, 30, 100, 41]) {
      const mark = raw().length;
      tmux('resize-window', '-t', 'spo', '-x', String(cols), '-y', '24');
      const rows: string[] = [];
      for (let i = 0; i < full.length; i += cols) rows.push(full.slice(i, i + cols));
      // tmux's own re-wrap can look like the redraw for a moment, and half a frame can look like
      // two prompts: wait for the whole expected state (one input, one status line, the cursor at
      // the end of the input) after at least one frame drawn since the resize. A lasting defect
      // still fails, at the deadline, with the screen.
      const expectedCursor = (s: string[]) => ({ x: full.length % cols, y: s.indexOf(rows[0]!) + Math.floor(full.length / cols) });
      const settled = (s: string[]) => {
        const at = s.indexOf(rows[0]!);
        const text = s.join('\n');
        const c = cursor();
        const e = expectedCursor(s);
        return (
          raw().slice(mark).includes('\x1b[?2026l') &&
          at >= 0 &&
          rows.every((r, i) => s[at + i] === r) &&
          s[at + rows.length] === 'Not connected' &&
          text.split('spo> Write-Output').length - 1 === 1 &&
          text.split('Not connected').length - 1 === 1 &&
          c.x === e.x &&
          c.y === e.y
        );
      };
      const s = await until(screen, settled, `one input redrawn at ${cols} columns with one status line and the cursor at its end`);
      assert.deepEqual(cursor(), expectedCursor(s), `cursor at ${cols} columns`);
    }
    const history = tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'spo');
    assert.match(history, /^spo> before\nbefore$/m, 'the transcript is kept');
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(data, { recursive: true, force: true });
  }
});

test('tmux: a resize with the prompt at the top of the window leaves no copy of it in the scrollback', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const data = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  try {
    await startConsole(data, 110, 30);
    tmux('send-keys', '-t', 'spo', '-l', 'abc');
    await until(screen, (s) => s.includes('spo> abc'), 'the typed text');
    for (const cols of [50, 110]) {
      tmux('resize-window', '-t', 'spo', '-x', String(cols), '-y', '30');
      await until(screen, (s) => s.includes('spo> abc') && s.includes('Not connected') && cursor().x === 8, `the prompt redrawn at ${cols} columns`);
    }
    const all = tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'spo');
    assert.equal(all.split('spo> abc').length - 1, 1, `one prompt in screen and scrollback:\n${all}`);
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(data, { recursive: true, force: true });
  }
});
