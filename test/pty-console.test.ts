// The console in a real pseudo-terminal (node-pty + headless xterm), with a minimal echo engine
// (bench/ui-fixture.ts): prompt, typing, a bracketed paste running line by line, Ctrl+C at the
// prompt, Ctrl+D and `exit N`. The same console with the real engine is tested in pty-spo.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty } from './helpers/pty.js';

const fixture = fileURLToPath(new URL('../bench/ui-fixture.js', import.meta.url));

function start(size: { cols?: number; rows?: number } = {}) {
  const data = mkdtempSync(join(tmpdir(), 'spo-pty-'));
  // The console appends `repaired WxH` here once it has repaired the screen after a resize.
  const trace = join(data, 'trace');
  const session = spawnPty(process.execPath, [fixture], { env: { CI: undefined, SPO_DATA_DIR: data, SPO_UI_TRACE: trace, NO_COLOR: '1' }, ...size });
  return {
    session,
    trace: () => (existsSync(trace) ? readFileSync(trace, 'utf8') : ''),
    done() {
      session.kill();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

const promptReady = (text: string) => /^spo>\s*$/m.test(text) && /Not connected/.test(text);

test('the prompt appears, a typed line runs, a pasted block runs line by line in order', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    await session.type('hello');
    session.write('\r');
    await session.waitFor((t) => /^spo> hello\nhello$/m.test(t), 5000, 'the echo of hello');
    session.paste('first\nsecond\nthird\n');
    const text = await session.waitFor((t) => /^third$/m.test(t), 5000, 'the pasted lines');
    assert.match(text, /spo> first\nfirst\nspo> second\nsecond\nspo> third\nthird/);
    session.write('exit 3\r');
    assert.equal(await session.exited(), 3);
  } finally {
    done();
  }
});

test('Ctrl+C at the prompt prints ^C and a fresh prompt; Ctrl+D on an empty line exits with 0', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    await session.type('half typed');
    session.write('\x03');
    await session.waitFor((t) => /^spo> half typed\^C\nspo>\s*$/m.test(t), 5000, '^C and a new prompt');
    session.write('\x04');
    assert.equal(await session.exited(), 0);
    // The prompt Ctrl+D ended at stays in the terminal, and the cursor waits on the line below it
    // for the calling shell's prompt (no blank line between them).
    assert.match(await session.text(), /\^C\nspo>\s*$/);
    const screen = await session.screen();
    const promptRow = screen.findLastIndex((row) => row.startsWith('spo>'));
    assert.deepEqual(await session.cursor(), { x: 0, y: promptRow + 1 });
  } finally {
    done();
  }
});

test('keys typed before the console finished loading are not lost', async () => {
  const { session, done } = start();
  try {
    // Written at once: the early prompt keeps them until the editor is ready.
    await session.waitFor((t) => /spo>/.test(t), 10_000, 'the early prompt');
    session.write('early\r');
    await session.waitFor((t) => /^spo> early\nearly$/m.test(t), 5000, 'the early line to run');
    session.write('exit\r');
    assert.equal(await session.exited(), 0);
  } finally {
    done();
  }
});

test('a pasted block of 1,000 lines runs completely and in order', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    const lines = Array.from({ length: 1000 }, (_, i) => `line-${i}`);
    const started = performance.now();
    session.paste(lines.join('\n') + '\n');
    const text = await session.waitFor((t) => /^line-999$/m.test(t), 30_000, 'the last pasted line to run');
    const elapsed = performance.now() - started;
    const echoed = [...text.matchAll(/^spo> (line-\d+)$/gm)].map((m) => m[1]);
    const outputs = [...text.matchAll(/^(line-\d+)$/gm)].map((m) => m[1]);
    assert.deepEqual(echoed, lines);
    assert.deepEqual(outputs, lines);
    console.log(`1,000 pasted lines ran in ${elapsed.toFixed(0)} ms`);
    session.write('exit\r');
    assert.equal(await session.exited(), 0);
  } finally {
    done();
  }
});

test('a line longer than the window wraps between characters and the cursor stays at its end', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    const line = 'Write-Output ' + 'abcdefghij'.repeat(12); // 5 + 133 = 138 columns: two rows at 100
    await session.type(line, 0);
    const screen = await waitForScreen(session, (s) => s.includes(('spo> ' + line).slice(100)), 'the typed line');
    const first = screen.findIndex((r) => r.startsWith('spo> Write-Output'));
    assert.equal(screen[first], ('spo> ' + line).slice(0, 100));
    assert.equal(screen[first + 1], ('spo> ' + line).slice(100));
    assert.deepEqual(await cursorAt(session, { x: 138 - 100, y: first + 1 }), { x: 138 - 100, y: first + 1 });
    // Editing in the middle of the wrapped row moves the cursor where the terminal shows the text.
    session.write('\x1b[D'.repeat(40)); // to column 98 of the first row
    assert.deepEqual(await cursorAt(session, { x: 98, y: first }), { x: 98, y: first });
  } finally {
    done();
  }
});

test('resizing the window leaves exactly one prompt, input and status line, redrawn to the new width', async () => {
  const { session, done, trace } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    session.write('before\r');
    await session.waitFor((t) => /^before$/m.test(t), 5000, 'the first command');
    const line = 'Write-Output ' + '0123456789'.repeat(9); // 5 + 103 = 108 columns
    await session.type(line, 0);
    // The whole line drawn and the cursor after it: the console is idle. A resize while frames of
    // the typing were still on their way was the race (issue 12.10): a frame computed for the old
    // width, reaching the terminal after its reflow, leaves rows that no erase accounts for.
    // Terminals have the same race; the test is about a resize of a settled console.
    const typed = await waitForScreen(session, (s) => s.includes(('spo> ' + line).slice(100)) && s.includes(('spo> ' + line).slice(0, 100)), 'the typed line');
    const end = { x: 108 - 100, y: typed.indexOf(('spo> ' + line).slice(0, 100)) + 1 };
    assert.deepEqual(await cursorAt(session, end), end, 'the cursor after the typed line');

    // 54 columns hold the 108-column input in two rows exactly: the cursor after it starts a third.
    for (const [cols, rows] of [[60, 30], [54, 30], [35, 30], [100, 30], [45, 20]] as const) {
      // Each resize is followed by the console's frames (Ink's own re-render, then the editor's new
      // layout); in between, the screen can hold the terminal's re-wrap of the old frame or half a
      // frame. So the test waits for the state it expects, after at least one whole frame drawn
      // since the resize (Ink ends each frame with ESC[?2026l), instead of checking the first screen
      // that looks right; a lasting second prompt still fails it (at the deadline, with the screen).
      const mark = session.raw.length;
      const from = trace().length;
      await session.resize(cols, rows);
      // Judged once the console has repaired the screen for this size, however long that takes.
      const repairDeadline = Date.now() + 15_000;
      while (!trace().slice(from).includes(`repaired ${cols}x${rows}\n`)) {
        assert.ok(Date.now() < repairDeadline, `the console's repair at ${cols}x${rows}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      const expected = wrap('spo> ' + line, cols);
      if ((5 + line.length) % cols === 0) expected.push('');
      const atEnd = (at: number) => ({ x: (5 + line.length) % cols, y: at + Math.floor((5 + line.length) / cols) });
      const settled = async (): Promise<{ screen: string[]; cursor: { x: number; y: number }; ok: boolean }> => {
        const framed = session.raw.slice(mark).includes('\x1b[?2026l');
        const screen = await session.screen();
        const cursor = await session.cursor();
        const text = screen.join('\n');
        const at = screen.findIndex((r) => r.startsWith('spo> Write-Output'));
        const ok =
          framed &&
          at >= 0 &&
          expected.every((row, i) => screen[at + i] === row) &&
          count(text, 'spo> Write-Output') === 1 &&
          count(text, 'Not connected') === 1 &&
          screen.every((r) => r === '' || !/^[0-9]+$/.test(r) || expected.includes(r)) &&
          cursor.x === atEnd(at).x &&
          cursor.y === atEnd(at).y;
        return { screen, cursor, ok };
      };
      const deadline = Date.now() + 10_000;
      let state = await settled();
      while (!state.ok && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        state = await settled();
      }
      const text = state.screen.join('\n');
      const at = state.screen.findIndex((r) => r.startsWith('spo> Write-Output'));
      assert.deepEqual(state.screen.slice(at, at + expected.length), expected, `the input redrawn at ${cols} columns:\n${text}`);
      assert.equal(count(text, 'spo> Write-Output'), 1, `one input line at ${cols} columns:\n${text}`);
      assert.equal(count(text, 'Not connected'), 1, `one status line at ${cols} columns:\n${text}`);
      assert.ok(state.screen.every((r) => r === '' || !/^[0-9]+$/.test(r) || expected.includes(r)), `no stray rows:\n${text}`);
      assert.deepEqual(state.cursor, atEnd(at), `cursor at ${cols} columns`);
    }
    // The transcript above is untouched (in the scrollback if not on screen), and the line still runs.
    session.write('\r');
    const text = await session.waitFor((t) => /^Write-Output 0123/m.test(t), 5000, 'the echo');
    assert.match(text, /^before$/m);
  } finally {
    done();
  }
});

function wrap(text: string, cols: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < text.length; i += cols) rows.push(text.slice(i, i + cols));
  return rows;
}

/** The cursor once it is at `expected`, or where it is after 5 s (the caller's assertion then fails). */
async function cursorAt(session: ReturnType<typeof spawnPty>, expected: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const deadline = Date.now() + 5000;
  let c = await session.cursor();
  while ((c.x !== expected.x || c.y !== expected.y) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    c = await session.cursor();
  }
  return c;
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

async function waitForScreen(session: ReturnType<typeof spawnPty>, ok: (screen: string[]) => boolean, what: string): Promise<string[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const screen = await session.screen();
    if (ok(screen)) return screen;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Screen:\n${screen.join('\n')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Issue 12.4: wide characters (Japanese, emoji) take two columns; the cursor and the wrapping count
// display columns, so the cursor sits on the character being edited and rows break where the
// terminal breaks them.
test('Japanese and emoji input: the cursor sits on the character being edited', async () => {
  const { session, done } = start();
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    await session.type('日本語テキスト😀', 0);
    await session.waitFor((t) => t.includes('spo> 日本語テキスト😀'), 5000, 'the typed line');
    const row = (await session.screen()).findIndex((r) => r.startsWith('spo> 日本語'));
    const at = async (x: number) => assert.deepEqual(await cursorAt(session, { x, y: row }), { x, y: row });
    await at(5 + 7 * 2 + 2); // 'spo> ' + seven wide characters + one emoji
    session.write('\x1b[D\x1b[D'); // Left twice: before the emoji, then before ト
    await at(5 + 6 * 2);
    session.write('x');
    await session.waitFor((t) => t.includes('spo> 日本語テキスxト😀'), 5000, 'x typed before ト');
    await at(5 + 6 * 2 + 1);
  } finally {
    done();
  }
});

test('a line of wide characters wraps where the terminal wraps it (a wide character never splits)', async () => {
  const { session, done } = start({ cols: 20, rows: 20 });
  try {
    await session.waitFor(promptReady, 10_000, 'the prompt');
    await session.type('あ'.repeat(10), 0);
    // 'spo> ' (5) + 7 wide characters = 19 columns; the 8th does not fit in the last column.
    const text = await session.waitFor((t) => /^あああ$/m.test(t), 5000, 'the wrapped line');
    assert.match(text, /^spo> あああああああ\nあああ\nNot connected/m);
    const screen = await session.screen();
    const row = screen.indexOf('あああ');
    assert.deepEqual(await cursorAt(session, { x: 6, y: row }), { x: 6, y: row });
  } finally {
    done();
  }
});
