// Resize safety of the console, below Ink: rows broken where a terminal breaks them, the live frame
// followed from Ink's writes, and the erase of a frame that a narrower terminal has re-wrapped.
// (pty-console.test.ts resizes a real pseudo-terminal with xterm.js, pty-tmux.test.ts with tmux.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { wrapRows } from '../src/ui/layout.js';
import { FrameTracker, eraseSequence } from '../src/ui/frame-tracker.js';
import { ResizeSafeOutput, type CursorProbe } from '../src/ui/resize-safe-output.js';

// What Ink 6.8's log-update writes (ansi-escapes eraseLines, cursorUp, cursorTo, show/hide cursor).
const eraseLines = (n: number) => (n ? '\x1b[2K\x1b[1A'.repeat(n - 1) + '\x1b[2K\x1b[G' : '');
const frame = (lines: string[], cursor?: { x: number; y: number }, previous = 0) =>
  eraseLines(previous) + lines.join('\n') + '\n' + (cursor ? `\x1b[${lines.length - cursor.y}A\x1b[${cursor.x + 1}G\x1b[?25h` : '');

test('wrapRows breaks between characters at the width and carries a colour over the break', () => {
  assert.deepEqual(wrapRows('spo> abcdefgh', 5), ['spo> ', 'abcde', 'fgh']);
  assert.deepEqual(wrapRows('abcde', 5), ['abcde']);
  assert.deepEqual(wrapRows('', 5), ['']);
  assert.deepEqual(wrapRows('> \x1b[93mWrite-Output\x1b[0m x', 8), ['> \x1b[93mWrite-\x1b[0m', '\x1b[93mOutput\x1b[0m x']);
});

test('FrameTracker follows frames, cursor moves and clears as Ink writes them', () => {
  const t = new FrameTracker();
  t.observe(frame(['spo> ' + 'x'.repeat(95), 'y'.repeat(30), 'Not connected'], { x: 30, y: 1 }));
  assert.equal(t.lines?.length, 3);
  // At 40 columns the first row takes 3 rows; the cursor (column 30) is on the second line's first row.
  assert.deepEqual(t.planErase(40), { rowsAbove: 3, cursorPlaces: [{ rows: 0, column: 30 }, { rows: 0, column: 30 }] });
  assert.deepEqual(t.planErase(20), { rowsAbove: 5, cursorPlaces: [{ rows: 1, column: 10 }, { rows: 0, column: 19 }] });
  // A cursor-only update (Ink: hide, back to bottom, cursor suffix).
  t.observe('\x1b[?25l\x1b[1B\x1b[G' + '\x1b[3A\x1b[1G\x1b[?25h');
  assert.deepEqual(t.planErase(40), { rowsAbove: 0, cursorPlaces: [{ rows: 0, column: 0 }, { rows: 0, column: 0 }] });
  // Synchronized-output markers change nothing; a clear forgets the frame.
  t.observe('\x1b[?2026h');
  assert.equal(t.lines?.length, 3);
  t.observe('\x1b[?25l\x1b[2B\x1b[G' + eraseLines(4));
  assert.equal(t.planErase(40), null);
  // A frame without a cursor (a command is running): the cursor is below it.
  t.observe(frame(['Running', 'Not connected']));
  assert.deepEqual(t.planErase(5), { rowsAbove: 2 + 3, cursorPlaces: [{ rows: 0, column: 0 }] });
  // A cursor at the end of its row's text (after typing) stays at the end of the text when the
  // row is re-wrapped (tmux): 88 characters at 44 columns leave it on the second row, column 44;
  // in the middle of the text it keeps its character.
  t.observe(frame(['spo> ' + 'z'.repeat(83), 'Not connected'], { x: 88, y: 0 }));
  assert.deepEqual(t.planErase(44), { rowsAbove: 0, cursorPlaces: [{ rows: 1, column: 44 }, { rows: 0, column: 43 }] });
  assert.deepEqual(t.planErase(30), { rowsAbove: 0, cursorPlaces: [{ rows: 2, column: 28 }, { rows: 0, column: 29 }] });
  t.observe('\x1b[?25l\x1b[1B\x1b[G' + '\x1b[2A\x1b[45G\x1b[?25h');
  assert.deepEqual(t.planErase(44), { rowsAbove: 0, cursorPlaces: [{ rows: 1, column: 0 }, { rows: 0, column: 43 }] });
  // Ink ends its rows without blanks: a cursor after the prompt's space is past the text.
  t.observe(frame(['spo>', 'Not connected'], { x: 5, y: 0 }));
  assert.deepEqual(t.planErase(3), { rowsAbove: 0, cursorPlaces: [{ rows: 1, column: 1 }, { rows: 0, column: 2 }] });
  // The first row alone, then below it: never an erase-below from the top-left corner (tmux would
  // copy the whole screen into the scrollback).
  assert.equal(eraseSequence(5), '\x1b[5A\r\x1b[2K\x1b[2G\x1b[J\r');
  assert.equal(eraseSequence(0), '\r\x1b[2K\x1b[2G\x1b[J\r');
});

class FakeTerminal extends EventEmitter {
  columns = 100;
  rows = 30;
  isTTY = true;
  writable = true;
  destroyed = false;
  writableEnded = false;
  writableLength = 0;
  /** What was written, without the autowrap switches around each frame (kept in `raw`). */
  written: string[] = [];
  raw: string[] = [];
  write(chunk: string): boolean {
    this.raw.push(chunk);
    this.written.push(chunk.replace(/^\x1b\[\?7l|\x1b\[\?7h$/g, ''));
    return true;
  }
  resizeTo(columns: number): void {
    this.columns = columns;
    this.emit('resize');
  }
}

/** A stand-in for Ink on top of ResizeSafeOutput: on a narrower resize it clears (old geometry) and redraws. */
function inkLike(output: ResizeSafeOutput, redraw: () => string[]) {
  let previous = 0;
  const draw = (lines: string[], cursor?: { x: number; y: number }) => {
    output.write(frame(lines, cursor, previous));
    previous = lines.length + 1;
  };
  output.on('resize', () => {
    output.write(eraseLines(previous)); // Ink's log.clear(): computed for the old width
    previous = 0;
    draw(redraw());
  });
  return { draw };
}

/** Ink hears of a resize a turn after the console's store (resize-safe-output.ts). */
const turn = () => new Promise((r) => setImmediate(r));
/**
 * The burst is over (settleMs 0 in these tests; its end is decided in the turn after its timer,
 * once the event loop has polled), and Ink has had its turn.
 */
const settled = async () => {
  await new Promise((r) => setTimeout(r, 5));
  await turn();
  await turn();
};

test('narrowing: the re-wrapped frame is erased from its first row, once the size is stable, and Ink\'s own erase is dropped', async () => {
  const terminal = new FakeTerminal();
  const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, { settleMs: 0 });
  const ink = inkLike(output, () => ['spo> ' + 'x'.repeat(55), 'Not connected']);
  ink.draw(['spo> ' + 'x'.repeat(55), 'Not connected'], { x: 60, y: 0 });
  terminal.written = [];
  terminal.resizeTo(120); // wider: the frame is where it was; erased from its first row all the same
  assert.equal(terminal.written.length, 0, 'nothing while the size may still change');
  await settled();
  assert.equal(terminal.written[0], eraseSequence(0));
  assert.match(terminal.written.at(-1)!, /^spo> x+\nNot connected\n$/);
  ink.draw(['spo> ' + 'x'.repeat(55), 'Not connected'], { x: 60, y: 0 }); // the console puts the cursor back
  terminal.written = [];
  terminal.resizeTo(40); // the cursor (column 60) is past the new width: terminals disagree → a probe would be needed, none set
  assert.equal(terminal.written.length, 0);
  await settled();
  assert.equal(terminal.written[0], eraseSequence(1)); // without a probe the re-wrapping behaviour is assumed
  assert.ok(!terminal.written.includes(eraseLines(3)), 'Ink\'s erase for the old geometry is dropped');
  assert.match(terminal.written.at(-1)!, /^spo> x+\nNot connected\n$/);
  output.dispose();
});

for (const [behaviour, reportColumn, up] of [
  ['re-wraps the cursor row (tmux, VTE, Windows Terminal)', 20, 1 + 1],
  ['keeps the cursor row and clamps the cursor (xterm.js)', 39, 1],
  ['does not answer', null, 1 + 1],
] as const) {
  test(`a terminal that ${behaviour}: the cursor report decides how far up the frame starts`, async () => {
    const terminal = new FakeTerminal();
    const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, { settleMs: 0 });
    const answers: Array<(position: { row: number; column: number } | null) => void> = [];
    const probe: CursorProbe = () => new Promise((resolve) => answers.push(resolve));
    output.setCursorProbe(probe);
    const ink = inkLike(output, () => ['spo> ' + 'y'.repeat(70), 'Not connected']);
    ink.draw(['status above', 'spo> ' + 'y'.repeat(70), 'Not connected'], { x: 60, y: 1 });
    terminal.written = [];
    terminal.resizeTo(40);
    // Meanwhile a keystroke redraws (held back: old geometry) and a command prints a line (kept).
    ink.draw(['status above', 'spo> ' + 'y'.repeat(71), 'Not connected'], { x: 61, y: 1 });
    output.markTranscript('output line\n');
    output.write('output line\n');
    await settled();
    assert.equal(terminal.written.length, 0, 'nothing is drawn while the terminal is asked');
    assert.equal(answers.length, 1, 'the terminal is asked once the size is stable');
    answers[0]!(reportColumn === null ? null : { row: 10, column: reportColumn });
    await turn();
    await turn();
    assert.equal(terminal.written[0], eraseSequence(up) + 'output line\n');
    assert.match(terminal.written.at(-1)!, /^spo> y{70}\nNot connected\n$/);
    assert.equal(terminal.written.filter((w) => w.includes('y'.repeat(71))).length, 0);
    output.dispose();
  });
}

test('a resize burst: nothing is drawn or erased until it is over, then the first frame is erased where the last size has put it', async () => {
  const terminal = new FakeTerminal();
  const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, { settleMs: 30 });
  const ink = inkLike(output, () => ['spo> ' + 'z'.repeat(75), 'Not connected']);
  ink.draw(['spo> ' + 'z'.repeat(75), 'Not connected']); // no cursor: below the frame, as while a command runs
  terminal.written = [];
  for (const columns of [30, 150, 20, 90, 50]) {
    terminal.resizeTo(columns);
    await turn();
    ink.draw(['spo> ' + 'z'.repeat(75), `tick ${columns}`]); // a countdown's tick: held back
  }
  assert.equal(terminal.written.length, 0, 'the terminal alone re-wraps the frame during the burst');
  await new Promise((r) => setTimeout(r, 60));
  await turn();
  // At 50 columns the first row (80 wide) takes two rows: three above the cursor.
  assert.equal(terminal.written[0], eraseSequence(3));
  assert.match(terminal.written.at(-1)!, /^spo> z+\nNot connected\n$/);
  assert.ok(!terminal.written.some((w) => w.includes('tick')), 'no frame of the burst reaches the terminal');
  output.dispose();
});

test('a stalled process: a resize signalled while the burst\'s timer was overdue is heard before the burst is called over', async () => {
  // Node runs overdue timers before it polls for signals (and its getWindowSize() returns the size
  // last heard of): a process busy past the end of the quiet period, during which the window
  // narrowed again, must not erase for the width it heard of last.
  const terminal = new FakeTerminal();
  const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, { settleMs: 10 });
  const lines = ['a'.repeat(50), 'spo> ', 'Not connected']; // the first line: one row at 60 columns, two at 40
  inkLike(output, () => lines).draw(lines, { x: 5, y: 1 });
  terminal.written = [];
  const narrowed = () => terminal.resizeTo(40); // what Node's stdout does on SIGWINCH
  process.once('SIGWINCH', narrowed);
  try {
    terminal.resizeTo(60);
    process.kill(process.pid, 'SIGWINCH');
    const busyUntil = performance.now() + 40; // the burst's 10 ms wait is over meanwhile
    while (performance.now() < busyUntil);
    const deadline = Date.now() + 5000;
    while (terminal.written.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await turn();
  } finally {
    process.off('SIGWINCH', narrowed);
  }
  assert.equal(terminal.written[0], eraseSequence(2), 'erased where 40 columns have put the frame (60 would be one row up)');
  assert.equal(output.columns, 40);
  output.dispose();
});

test('after a stop (SIGCONT), a resize heard on waking waits the longest quiet period: the burst may be in its middle', async () => {
  const terminal = new FakeTerminal();
  let continued = () => {};
  const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, {
    settleMs: 10,
    onContinued: (listener) => ((continued = listener), () => {}),
  });
  const lines = ['a'.repeat(50), 'spo> ', 'Not connected'];
  inkLike(output, () => lines).draw(lines, { x: 5, y: 1 });
  terminal.written = [];
  continued();
  terminal.resizeTo(40);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(terminal.written.length, 0, 'still waiting 300 ms after the resize (10 ms without the stop)');
  const deadline = Date.now() + 5000;
  while (terminal.written.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.equal(terminal.written[0], eraseSequence(2));
  output.dispose();
});

test('a burst whose timer fires well after it was due (a process kept busy) waits its quiet period again, listening', async () => {
  const terminal = new FakeTerminal();
  const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, { settleMs: 10, onContinued: () => () => {} });
  const lines = ['a'.repeat(50), 'spo> ', 'Not connected'];
  inkLike(output, () => lines).draw(lines, { x: 5, y: 1 });
  terminal.written = [];
  terminal.resizeTo(40);
  const busyUntil = performance.now() + 150; // the 10 ms wait ends 140 ms before the process listens again
  while (performance.now() < busyUntil);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(terminal.written.length, 0, 'the late timer started the quiet period again');
  const deadline = Date.now() + 5000;
  while (terminal.written.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.equal(terminal.written[0], eraseSequence(2));
  output.dispose();
});

test('back to the first size: nothing is erased if nothing was drawn meanwhile; otherwise Ink\'s newest frame is put back', async () => {
  const terminal = new FakeTerminal();
  const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, { settleMs: 0 });
  const panel = ['╭──────╮', '│ 14:59 │', '╰──────╯', 'Not connected'];
  let previous = 0;
  const draw = (lines: string[]) => {
    output.write(frame(lines, undefined, previous));
    previous = lines.length + 1;
  };
  draw(panel);
  terminal.written = [];
  terminal.resizeTo(30);
  terminal.resizeTo(100);
  await settled();
  assert.equal(terminal.written.length, 0, 'the terminal has put everything back as it was');
  terminal.resizeTo(30);
  draw(panel.map((l) => l.replace('14:59', '14:58'))); // held back
  terminal.resizeTo(100);
  await settled(); // Ink is told of a wider window and, its frame unchanged, draws nothing
  assert.equal(terminal.written[0], eraseSequence(4));
  assert.match(terminal.written.at(-1)!, /14:58/);
  assert.ok(!terminal.written.at(-1)!.startsWith('\x1b[2K'), 'without Ink\'s erase of its old rows');
  output.dispose();
});

test('frames are drawn with autowrap off (a row cut at the edge stays one row for the re-wrap), transcript with it on', () => {
  const terminal = new FakeTerminal();
  const output = new ResizeSafeOutput(terminal as unknown as NodeJS.WriteStream, { settleMs: 10 });
  output.write(frame(['spo> ', 'Not connected'], { x: 5, y: 0 }));
  assert.ok(terminal.raw.at(-1)!.startsWith('\x1b[?7l') && terminal.raw.at(-1)!.endsWith('\x1b[?7h'));
  output.markTranscript('a long transcript line\n');
  output.write('a long transcript line\n');
  assert.equal(terminal.raw.at(-1), 'a long transcript line\n');
  output.dispose();
});
