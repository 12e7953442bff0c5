// The console in tmux, a terminal that re-wraps the cursor's own row when the window narrows and
// moves the cursor with it (xterm.js, in pty-console.test.ts, does not). Skipped where tmux is not
// installed. Runs the console with the minimal echo engine (bench/ui-fixture.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
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

// The console appends `repaired WxH` to the file SPO_UI_TRACE names each time it has repaired the
// screen after a resize (resize-safe-output.ts): the tests judge a resized screen after the repair
// for the size they set, however long a loaded machine takes to get there, never after a guessed
// sleep.
let traceFile = '';
const trace = () => {
  try {
    return readFileSync(traceFile, 'utf8');
  } catch {
    return '';
  }
};
/** Until the console has repaired the screen for cols × rows (reported after offset `from` of the trace). */
const repaired = (cols: number, rows: number, from: number) =>
  until(() => trace().slice(from), (t) => t.includes(`repaired ${cols}x${rows}\n`), `the console's repair at ${cols}x${rows}`);

/** The echo console in a tmux window of the given size, once its prompt shows. */
async function startConsole(data: string, cols: number, rows: number): Promise<void> {
  traceFile = join(data, 'trace');
  const command = `env -u CI SPO_DATA_DIR='${data}' SPO_UI_TRACE='${traceFile}' NO_COLOR=1 '${process.execPath}' '${fixture}'`;
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
    // 44 and 22 columns hold the 88-column input exactly: the cursor after it starts a row of its
    // own, and tmux keeps a cursor that is past the end of the text at the end of the text.
    for (const cols of [60, 44, 30, 100, 22, 41]) {
      const mark = raw().length;
      const from = trace().length;
      tmux('resize-window', '-t', 'spo', '-x', String(cols), '-y', '24');
      const rows: string[] = [];
      for (let i = 0; i < full.length; i += cols) rows.push(full.slice(i, i + cols));
      // tmux's own re-wrap can look like the redraw for a moment, and half a frame can look like
      // two prompts: wait for the whole expected state (one input, one status line, the cursor at
      // the end of the input) after at least one frame drawn since the resize. A lasting defect
      // still fails, at the deadline, with the screen.
      if (full.length % cols === 0) rows.push('');
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
      await repaired(cols, 24, from);
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

/**
 * 300 random sizes (20–180 × 10–50) sent 5 ms apart by one tmux client, as a window edge dragged
 * about, then `final` (never one of the 300); resolves once the console has repaired the screen
 * for `final`.
 */
async function burst(seed: number, final: [number, number]): Promise<void> {
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const from = trace().length;
  const control = spawn('tmux', ['-L', socket, '-C', 'attach', '-t', 'spo'], { stdio: ['pipe', 'ignore', 'ignore'] });
  try {
    for (let i = 0; i < 300; i++) {
      let [x, y] = [20 + random(161), 10 + random(41)];
      if (x === final[0] && y === final[1]) x++;
      control.stdin.write(`resize-window -t spo -x ${x} -y ${y}\n`);
      await new Promise((r) => setTimeout(r, 5));
    }
    control.stdin.write(`resize-window -t spo -x ${final[0]} -y ${final[1]}\n`);
  } finally {
    control.stdin.end();
    await new Promise((r) => control.on('exit', r));
  }
  await repaired(final[0], final[1], from);
}

/** `text` broken into rows of `cols`, with the row of its own a cursor after a full row needs. */
function inputRows(text: string, cols: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < text.length; i += cols) rows.push(text.slice(i, i + cols));
  if (text.length % cols === 0) rows.push('');
  return rows;
}

/**
 * After a burst: the screen ends with `text` broken at `cols` (the input or the prompt being
 * answered) and the status line, the cursor after `text`; above them, screen and scrollback
 * together hold the lines `kept` in order, each once, and nothing else but blank rows: no copy of
 * the live region, whole or in pieces, anywhere, and no transcript line lost.
 */
async function assertCleanLive(text: string, cols: number, kept: string[]): Promise<void> {
  const rows = inputRows(text, cols);
  const live = [...rows, 'Not connected'];
  const endsWithLive = (s: string[]) => {
    const at = s.length - live.length;
    const c = cursor();
    return live.every((r, i) => s[at + i] === r) && c.x === text.length % cols && c.y === at + Math.floor(text.length / cols);
  };
  await until(screen, endsWithLive, `${JSON.stringify(text)} redrawn at ${cols} columns, the cursor after it`);
  const all = everything();
  // Joined where tmux wrapped them, the rows before the live region are transcript lines or blank.
  const before = all.slice(0, all.length - live.length).filter((l) => l !== '');
  assert.deepEqual(before, kept, `the transcript, whole and alone, above the live region:\n${all.join('\n')}`);
}

/** Screen and scrollback above the live region (`liveRows` rows), blank lines left out. */
function transcriptAbove(liveRows: number): string[] {
  const all = everything();
  return all.slice(0, all.length - liveRows).filter((l) => l !== '');
}

test('tmux: 300 quick resizes while a long line is typed leave one input row set, the cursor after it and the transcript whole', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const data = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  try {
    await startConsole(data, 120, 40);
    // A few lines of transcript above the input: a narrower window makes the input take more rows,
    // and tmux, which keeps the bottom of its screen in place, pushes as many rows from the top
    // into its scrollback (see docs/console.md); these are transcript rows, not the input's.
    for (const word of ['one', 'two', 'three', 'four']) {
      tmux('send-keys', '-t', 'spo', '-l', word);
      tmux('send-keys', '-t', 'spo', 'Enter');
      await until(screen, (s) => s.includes(word), `the command ${word}`);
    }
    const full = 'spo> Write-Output ' + '0123456789'.repeat(7); // 88 columns
    tmux('send-keys', '-t', 'spo', '-l', full.slice(5));
    await until(screen, (s) => s.includes(full), 'the typed line');
    const transcript = transcriptAbove(2);
    assert.deepEqual(transcript, ['spo> one', 'one', 'spo> two', 'two', 'spo> three', 'three', 'spo> four', 'four']);
    // Ending where the input fills its rows exactly (44 columns), then where it does not.
    for (const [seed, final] of [[7, [44, 30]], [8, [100, 24]], [9, [29, 12]]] as const) {
      await burst(seed, [...final]);
      await assertCleanLive(full, final[0], transcript);
    }
    // The line still runs, once.
    tmux('send-keys', '-t', 'spo', 'Enter');
    await until(screen, (s) => s.some((r) => r.startsWith('Write-Output 0123')), 'the echo');
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(data, { recursive: true, force: true });
  }
});

// The device-code panel of `spo --sandbox` in tmux while the window is resized (issue 13.10). What
// "clean" means: every banner and transcript line is still there exactly once (screen and
// scrollback together), and the console's own live region is not: no piece of a panel or of its
// one-line resize form is left above the panel on screen, and the screen ends with one whole panel
// and the status line, as a fresh draw at that size shows them.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');
const BANNER = ['spo-shell ', 'Sandbox tenant: https://contoso-admin.sharepoint.com'];
const TRANSCRIPT = ['spo [sandbox]> Write-Output one', 'one', 'spo [sandbox]> Write-Output two', 'two'];

async function startSignIn(home: string): Promise<string[]> {
  await startSandbox(home);
  tmux('send-keys', '-t', 'spo', '-l', 'Connect-SPOService -Url https://contoso-admin.sharepoint.com');
  tmux('send-keys', '-t', 'spo', 'Enter');
  const drawn = await until(screen, (s) => s.some((r) => r.startsWith('╰')) && s.at(-1) === 'Not connected', 'the device-code panel');
  return drawn.slice(drawn.findIndex((r) => r.startsWith('╭')));
}

/** `spo --sandbox` in a 120 × 40 window, once it has run `Write-Output one` and `two`. */
async function startSandbox(home: string): Promise<void> {
  socket = `spo-test-${process.pid}-${++consoles}`;
  traceFile = join(home, 'trace');
  const env = `env -u CI -u SPO_CLIENT_ID HOME='${home}' XDG_CONFIG_HOME='${home}/config' XDG_DATA_HOME='${home}/data' SPO_DATA_DIR='${home}/data/spo-shell' SPO_UI_TRACE='${traceFile}' NO_COLOR=1`;
  // `; exit`: the shell stays the pane's process and spo its child, which a test can stop (tmux at
  // once continues a pane's own process when it stops).
  tmux('new-session', '-d', '-s', 'spo', '-x', '120', '-y', '40', `${env} '${process.execPath}' '${spoBin}' --sandbox; exit`);
  await until(screen, (s) => s.some((r) => r.startsWith('spo [sandbox]>')) && s.includes('Not connected'), 'the sandbox prompt');
  for (const word of ['one', 'two']) {
    tmux('send-keys', '-t', 'spo', '-l', `Write-Output ${word}`);
    tmux('send-keys', '-t', 'spo', 'Enter');
    await until(screen, (s) => s.includes(word), `the output ${word}`);
  }
}

/** Screen and scrollback, lines joined where tmux wrapped them. */
const everything = () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'spo').replace(/\n+$/, '').split('\n');
const sameCountdown = (rows: string[]) => rows.map((r) => r.replace(/expires in \d+:\d\d/, 'expires in m:ss'));

async function assertClean(panel: string[]): Promise<void> {
  // Back at the first size, once the panel is whole again.
  const shown = await until(
    screen,
    (s) => s.at(-1) === 'Not connected' && s.at(-2)?.startsWith('╰') === true && s.at(-panel.length)?.startsWith('╭') === true,
    'the whole panel at 120 columns',
  );
  assert.deepEqual(sameCountdown(shown.slice(-panel.length)), sameCountdown(panel), 'the panel as first drawn');
  const all = everything();
  for (const line of BANNER) assert.equal(all.filter((l) => l.startsWith(line)).length, 1, `banner line ${line}:\n${all.join('\n')}`);
  for (const line of TRANSCRIPT) assert.equal(all.filter((l) => l === line).length, 1, `transcript line ${line}:\n${all.join('\n')}`);
  const above = all.slice(0, all.length - panel.length);
  const debris = above.filter((l) => /[╭╮╰╯│]|Sign in to Microsoft|Sign-in code|Press Ctrl\+C/.test(l));
  assert.deepEqual(debris, [], `nothing of a panel above the live one:\n${all.join('\n')}`);
}

test('tmux: narrowing the window from 120 to 40 columns with the device-code panel open leaves nothing of it in the scrollback', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  try {
    const panel = await startSignIn(home);
    let from = trace().length;
    tmux('resize-window', '-t', 'spo', '-x', '40', '-y', '40');
    await repaired(40, 40, from);
    // At 40 columns the panel does not fit: its one-line form, wrapped, once the resize is over.
    await until(screen, (s) => s.some((r) => r.startsWith('Sign-in code ')) && s.at(-1) === 'Not connected' && !s.some((r) => r.startsWith('╭')), 'the one-line panel at 40 columns');
    from = trace().length;
    tmux('resize-window', '-t', 'spo', '-x', '120', '-y', '40');
    await repaired(120, 40, from);
    await assertClean(panel);
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

test('tmux: 300 quick resizes with the device-code panel open keep every banner and transcript line and leave no piece of a panel', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  try {
    const panel = await startSignIn(home);
    await burst(13, [120, 40]);
    await assertClean(panel);
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

// A resize burst during which the console's event loop stalls (issue 13.10). The console is
// stopped (SIGSTOP; tmux at once continues its own pane process, so spo runs as the shell's child)
// while the window goes through sizes where tmux's re-wrap pushes rows of the live region into the
// scrollback, and continued at such a size, as a process that was busy hears of the burst in the
// middle of it; the burst then goes on (5 ms apart) through sizes that hold the live region, and
// ends at the first size. Drawing at the small size orphans what tmux has pushed up; waiting for the
// end of the burst lets tmux bring it back. (Seeded sizes; the test asserts the final screen and
// scrollback, not when frames were drawn.)
const WIDE = (random: (n: number) => number): [number, number] => [90 + random(91), 30 + random(21)];
const ANY = (random: (n: number) => number): [number, number] => [20 + random(161), 10 + random(41)];

/**
 * `heardBeforeStop`: the burst starts before the console is stopped (it has heard of it), or only
 * once it is stopped (what it hears on waking is all it knows of the burst). `pause`: how long the
 * window stays at 30 × 12 after the console goes on (ms).
 */
async function stalledBurst(seed: number, heardBeforeStop: boolean, pause: number): Promise<void> {
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const pane = tmux('display', '-p', '-t', 'spo', '#{pane_pid}').trim();
  const pid = Number(readFileSync(`/proc/${pane}/task/${pane}/children`, 'utf8').trim().split(' ')[0]);
  const from = trace().length;
  const control = spawn('tmux', ['-L', socket, '-C', 'attach', '-t', 'spo'], { stdio: ['pipe', 'ignore', 'ignore'] });
  let last = '';
  const resize = ([x, y]: [number, number]) => {
    control.stdin.write(`resize-window -t spo -x ${x} -y ${y}\n`);
    last = `${x} ${y}`;
  };
  const send = async (size: [number, number]) => {
    resize(size);
    await new Promise((r) => setTimeout(r, 5));
  };
  // Until tmux has acted on every command sent so far.
  const applied = () => until(() => tmux('display', '-p', '-t', 'spo', '#{window_width} #{window_height}').trim(), (size) => size === last, 'the last size');
  try {
    if (heardBeforeStop) {
      for (let i = 0; i < 50; i++) await send(WIDE(random));
      await applied();
    }
    process.kill(pid, 'SIGSTOP');
    try {
      for (let i = 0; i < 100; i++) await send(ANY(random));
      await send([30, 12]);
      await applied();
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    // The window stays at 30 × 12 for a moment after the console goes on (less than the quiet
    // period a console waits after a stop): whatever the console does at once on waking lands at
    // that size. (Sent straight on, the burst widened the window within milliseconds, and a wrong
    // erase showed only when it got to tmux first.)
    await new Promise((r) => setTimeout(r, pause));
    for (let i = 0; i < 100; i++) await send(WIDE(random));
    await send([120, 40]);
  } finally {
    control.stdin.end();
    await new Promise((r) => control.on('exit', r));
  }
  await repaired(120, 40, from);
}

// The console stopped with a settle timer pending and continued at 30 × 12: the timer is overdue,
// and Node runs it before it hears the resize signals queued meanwhile. Settling then erased for the
// size heard before the stop, in a window that tmux had re-wrapped to 30 columns, and left the
// panel's top rows (in tmux's scrollback at that size) above the live panel: every run on Node 24,
// 3 in 10 on Node 20, where the first erase plan took 230–360 ms against 6–18 ms on Node 24 (the
// first width measurement of the panel's box characters), so that its erase more often came after
// the window had widened again. resize-safe-output.ts now decides the end of a burst after the
// event loop has polled (ui-resize.test.ts checks that order).
test('tmux: a resize burst with the console stalled leaves nothing of the device-code panel in the scrollback', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  try {
    const panel = await startSignIn(home);
    await stalledBurst(13, true, 300);
    await assertClean(panel);
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

// The console is stopped before the burst starts: on waking it hears of a window at 30 × 12 and
// cannot tell the burst's start from its middle. The window stays there for 700 ms, longer than the
// shortest quiet period (400 ms) even if tmux passes the size on 250 ms late, and shorter than the
// second a console waits after waking, before the burst goes on: a console that took the size it woke to
// for the start of a burst drew its frame at 30 × 12 and left the top of the first panel in tmux's
// scrollback. (The test above failed once in CI this way, probably because the loaded machine had
// kept the console from hearing of the burst before its stop.)
test('tmux: a console stopped before a resize burst and continued in its middle leaves nothing of the device-code panel in the scrollback', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  try {
    const panel = await startSignIn(home);
    await stalledBurst(21, false, 700);
    await assertClean(panel);
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

// A prompt being answered (a choice, a password) in tmux: the same burst leaves the prompt row
// with what was typed, the cursor after it, and the transcript (banner, the command, the choice's
// caption and message) whole.
for (const { name, command, typed, shown, final } of [
  {
    name: 'a choice prompt',
    command: "$Host.UI.PromptForChoice('Remove site', 'Remove https://contoso.sharepoint.com/sites/marketing and everything in it?', @('&Yes', '&No'), 1)",
    typed: 'n',
    shown: '[Y] Yes  [N] No  [?] Help (default is "N"): n',
    final: [23, 15] as [number, number], // 46 columns: the prompt fills two rows exactly
  },
  {
    name: 'a password prompt',
    command: "Read-Host -AsSecureString -Prompt 'Password for admin@contoso.com'",
    typed: 'Summer2026!',
    shown: 'Password for admin@contoso.com: ***********',
    final: [30, 12] as [number, number],
  },
]) {
  test(`tmux: 300 quick resizes at ${name} leave one prompt row set, the cursor after it and the transcript whole`, { skip: !hasTmux && 'tmux is not installed' }, async () => {
    const home = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
    try {
      await startSandbox(home);
      tmux('send-keys', '-t', 'spo', '-l', command);
      tmux('send-keys', '-t', 'spo', 'Enter');
      await until(screen, (s) => s.some((r) => r.startsWith(shown.slice(0, 20))), 'the prompt');
      tmux('send-keys', '-t', 'spo', '-l', typed);
      await until(screen, (s) => s.includes(shown), 'what was typed');
      const transcript = transcriptAbove(2);
      await burst(31, final);
      await assertCleanLive(shown, final[0], transcript);
      // The prompt still takes its answer.
      tmux('send-keys', '-t', 'spo', 'Enter');
      await until(screen, (s) => s.some((r) => r.startsWith('spo [sandbox]>')) && s.at(-1) === 'Not connected', 'the next prompt');
    } finally {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
      rmSync(home, { recursive: true, force: true, maxRetries: 10 });
    }
  });
}

// Job control: spo started from an interactive bash, stopped with `kill -TSTP` (the terminal's
// Ctrl+Z is Undo in the console, a key in raw mode) and brought back with `fg`. Stopping, the
// console erases its live region so that bash's lines take its place; on `fg` it takes the
// terminal back from line mode and draws the live region again, with what was typed, below them.
test('tmux: stopped with kill -TSTP and brought back with fg, the console leaves no stale prompt and goes on with the typed line', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-tmux-'));
  socket = `spo-test-${process.pid}-${++consoles}`;
  try {
    const env = `HOME='${home}' XDG_CONFIG_HOME='${home}/config' XDG_DATA_HOME='${home}/data' SPO_DATA_DIR='${home}/data/spo-shell' NO_COLOR=1`;
    tmux('new-session', '-d', '-s', 'spo', '-x', '100', '-y', '30', `env -u CI -u SPO_CLIENT_ID PS1='$ ' bash --norc --noprofile`);
    tmux('send-keys', '-t', 'spo', '-l', `${env} '${process.execPath}' '${spoBin}' --sandbox`);
    tmux('send-keys', '-t', 'spo', 'Enter');
    await until(screen, (s) => s.some((r) => r.startsWith('spo [sandbox]>')) && s.includes('Not connected'), 'the sandbox prompt');
    tmux('send-keys', '-t', 'spo', '-l', 'Write-Output one');
    tmux('send-keys', '-t', 'spo', 'Enter');
    await until(screen, (s) => s.includes('one'), 'the output one');
    tmux('send-keys', '-t', 'spo', '-l', 'Write-Output tw');
    await until(screen, (s) => s.includes('spo [sandbox]> Write-Output tw'), 'the typed line');
    const pane = tmux('display', '-p', '-t', 'spo', '#{pane_pid}').trim();
    const pid = Number(readFileSync(`/proc/${pane}/task/${pane}/children`, 'utf8').trim().split(' ')[0]);
    process.kill(pid, 'SIGTSTP');
    const stoppedScreen = await until(screen, (s) => s.some((r) => /^\[1\]\+ +Stopped/.test(r)) && s.filter((r) => r !== '').at(-1) === '$', "bash's prompt");
    assert.ok(!stoppedScreen.some((r) => r.startsWith('spo [sandbox]> Write-Output tw') || r === 'Not connected'), `no live region left behind:\n${stoppedScreen.join('\n')}`);
    tmux('send-keys', '-t', 'spo', '-l', 'fg');
    tmux('send-keys', '-t', 'spo', 'Enter');
    // Drawn again below bash's lines, before anything is typed.
    const back = await until(screen, (s) => s.filter((r) => r !== '').at(-1) === 'Not connected' && s.indexOf('spo [sandbox]> Write-Output tw') > s.indexOf('$ fg'), 'the live region below `fg`');
    assert.equal(back.filter((r) => r.startsWith('spo [sandbox]> Write-Output tw')).length, 1);
    tmux('send-keys', '-t', 'spo', '-l', 'o');
    tmux('send-keys', '-t', 'spo', 'Enter');
    const joined = () => tmux('capture-pane', '-p', '-J', '-t', 'spo').split('\n').filter((r) => r !== '');
    const rows = await until(joined, (r) => r.at(-3) === 'two' && r.at(-2) === 'spo [sandbox]>' && r.at(-1) === 'Not connected', 'the output two and the next prompt');
    assert.deepEqual(rows.slice(rows.indexOf('$ fg')), [
      '$ fg',
      rows[rows.indexOf('$ fg') + 1]!, // bash repeats the job's command line
      'spo [sandbox]> Write-Output two',
      'two',
      'spo [sandbox]>',
      'Not connected',
    ]);
    assert.equal(rows.filter((r) => r === 'spo [sandbox]> Write-Output one').length, 1);
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});
