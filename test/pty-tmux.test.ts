// The console in tmux, a terminal that re-wraps the cursor's own row when the window narrows and
// moves the cursor with it (xterm.js, in pty-console.test.ts, does not). Skipped where tmux is not
// installed. Runs the console with the minimal echo engine (bench/ui-fixture.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../bench/ui-fixture.js', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `spo-test-${process.pid}`;

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

    for (const cols of [60, 30, 100, 41]) {
      tmux('resize-window', '-t', 'spo', '-x', String(cols), '-y', '24');
      const rows: string[] = [];
      for (let i = 0; i < full.length; i += cols) rows.push(full.slice(i, i + cols));
      // The terminal's own re-wrap can look like the redraw for a moment; the cursor tells them apart.
      const expectedCursor = (s: string[]) => ({ x: full.length % cols, y: s.indexOf(rows[0]!) + Math.floor(full.length / cols) });
      const redrawn = (s: string[]) => {
        const at = s.indexOf(rows[0]!);
        return at >= 0 && rows.every((r, i) => s[at + i] === r) && s[at + rows.length] === 'Not connected';
      };
      const sameCursor = (s: string[]) => {
        const c = cursor();
        const e = expectedCursor(s);
        return c.x === e.x && c.y === e.y;
      };
      const s = await until(screen, (s) => redrawn(s) && sameCursor(s), `the input redrawn at ${cols} columns with the cursor at its end`);
      const text = s.join('\n');
      assert.equal(text.split('spo> Write-Output').length - 1, 1, `one input at ${cols} columns:\n${text}`);
      assert.equal(text.split('Not connected').length - 1, 1, `one status line at ${cols} columns:\n${text}`);
      assert.deepEqual(cursor(), expectedCursor(s), `cursor at ${cols} columns`);
      // Let the console finish this redraw before the next resize (one resize at a time).
      await new Promise((r) => setTimeout(r, 300));
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
