// The console store and the Ink host, without a terminal: ordering of pasted lines, prompts that
// take only what is typed after they appear, Ctrl+C, exit codes, stream colours, masked secrets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConsoleStore, splitPasteIntoLines } from '../src/ui/store.js';
import { InkHost } from '../src/host/ink-host.js';
import type { EditorDriver, EditorView, EditOutcome } from '../src/ui/editor-driver.js';
import type { InputEvent } from '../src/ui/input.js';
import type { ShellEngine, RunOptions, RunResult } from '../src/engine/api.js';
import type { Host } from '../src/host/host.js';
import { Session } from '../src/engine/session.js';

/** A one-line buffer: enough to drive the store (the real editor is tested in readline tests). */
class LineDriver implements EditorDriver {
  text = '';
  view(): EditorView {
    return { lines: [this.text], continuationPrompt: '>> ', cursorLine: 0, cursorColumn: this.text.length, search: null, menu: null };
  }
  handle(event: InputEvent): EditOutcome {
    if (event.kind === 'text') this.text += event.text;
    else if (event.kind === 'key' && event.name === 'enter') return { type: 'accept', text: this.text, echo: [this.text] };
    else if (event.kind === 'key' && event.ctrl && event.name === 'd' && this.text === '') return { type: 'exit' };
    else if (event.kind === 'key' && event.name === 'backspace') this.text = this.text.slice(0, -1);
    return { type: 'none' };
  }
  commit(): void {
    this.text = '';
  }
  reset(): void {
    this.text = '';
  }
}

/** Commands: `ask` reads a line, `secret` reads a password, `wait` runs until aborted, `exit N`. */
class FakeEngine implements ShellEngine {
  readonly session = new Session();
  readonly ran: string[] = [];
  readonly answers: Array<string | null> = [];
  aborted = 0;
  constructor(readonly host: Host) {}
  async run(text: string, options: RunOptions = {}): Promise<RunResult> {
    this.ran.push(text);
    const exit = /^exit(?: (\d+))?$/.exec(text);
    if (exit) return { success: true, exitCode: Number(exit[1] ?? 0) };
    if (text === 'ask' || text === 'secret') {
      const answer =
        text === 'ask'
          ? await this.host.readLine('Name: ', options.signal)
          : await this.host.readSecret('Password for user admin: ', options.signal);
      this.answers.push(answer);
      if (answer === null && options.signal?.aborted) this.aborted++;
      return { success: answer !== null };
    }
    if (text === 'wait') {
      await new Promise<void>((resolve) => options.signal?.addEventListener('abort', () => resolve()));
      this.aborted++;
      return { success: false };
    }
    this.host.write('output', `ran ${text}`);
    return { success: true };
  }
  isIncomplete(): boolean {
    return false;
  }
  /** 'after' and assignments read as commands here; anything else might be a password. */
  readsAsCommand(line: string): boolean {
    return line === 'after' || line.startsWith('$');
  }
  complete() {
    return { replacementIndex: 0, replacementLength: 0, matches: [] };
  }
}

const tick = () => new Promise((r) => setImmediate(r));
const key = (name: string, mods: { ctrl?: boolean } = {}): InputEvent => ({
  kind: 'key',
  name,
  ctrl: mods.ctrl ?? false,
  alt: false,
  shift: false,
  sequence: '',
});

function setup(color = false) {
  const store = new ConsoleStore({ prompt: 'spo> ', editor: new LineDriver(), columns: 80, rows: 24, color });
  const host = new InkHost(store, { color });
  store.onCommandEnd = () => host.flush();
  const engine = new FakeEngine(host);
  store.attachEngine(engine);
  let transcript = '';
  store.attachSink((t) => (transcript += t), () => (transcript += '<clear>'));
  return { store, host, engine, transcript: () => transcript };
}

test('a pasted block runs line by line, in order, each echoed after the prompt', async () => {
  const { store, engine, transcript } = setup();
  store.input({ kind: 'paste', text: 'one\r\ntwo\nthree\n' });
  for (let i = 0; i < 10; i++) await tick();
  assert.deepEqual(engine.ran, ['one', 'two', 'three']);
  assert.equal(transcript(), 'spo> one\nran one\nspo> two\nran two\nspo> three\nran three\n');
});

test('a 1,000-line paste runs completely and in order', async () => {
  const { store, engine } = setup();
  const lines = Array.from({ length: 1000 }, (_, i) => `line${i}`);
  const started = performance.now();
  store.input({ kind: 'paste', text: lines.join('\n') + '\n' });
  while (engine.ran.length < 1000 && performance.now() - started < 5000) await tick();
  assert.deepEqual(engine.ran, lines);
});

test('a line that opens a prompt receives only what is typed after the prompt appears', async () => {
  const { store, engine, transcript } = setup();
  store.input({ kind: 'paste', text: 'ask\nafter\n' });
  await tick();
  assert.equal(store.getState().phase, 'read');
  assert.deepEqual(engine.ran, ['ask']);
  store.input({ kind: 'text', text: 'Ann' });
  store.input(key('enter'));
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.answers, ['Ann']);
  assert.deepEqual(engine.ran, ['ask', 'after']);
  assert.equal(transcript(), 'spo> ask\nName: Ann\nspo> after\nran after\n');
});

test('a prompt\'s field edits at the cursor as pwsh\'s console ReadLine does; a masked one only appends (pwsh 7.6.10)', async () => {
  const { store, engine } = setup();
  const typeKeys = (...events: InputEvent[]) => events.forEach((e) => store.input(e));
  store.input({ kind: 'paste', text: 'ask\n' });
  await tick();
  // abcd, Left Left, Delete, End, Z, Home, Right, Q → aQbdZ
  typeKeys({ kind: 'text', text: 'abcd' }, key('left'), key('left'), key('delete'), key('end'), { kind: 'text', text: 'Z' }, key('home'), key('right'), { kind: 'text', text: 'Q' });
  assert.deepEqual(store.getState().read, { prompt: 'Name: ', secret: false, shown: 'aQbdZ', cursor: 2 });
  store.input(key('enter'));
  await tick();
  store.input({ kind: 'paste', text: 'ask\n' });
  await tick();
  // Ctrl+A, Ctrl+E and Backspace before the cursor: abcd, Ctrl+A, W, Ctrl+E, V, Left, Backspace → WabcV
  typeKeys({ kind: 'text', text: 'abcd' }, key('a', { ctrl: true }), { kind: 'text', text: 'W' }, key('e', { ctrl: true }), { kind: 'text', text: 'V' }, key('left'), key('backspace'));
  store.input(key('enter'));
  await tick();
  store.input({ kind: 'paste', text: 'secret\n' });
  await tick();
  typeKeys({ kind: 'text', text: 'abcd' }, key('left'), key('left'), { kind: 'text', text: 'X' }, key('home'), { kind: 'text', text: 'Y' });
  assert.deepEqual(store.getState().read, { prompt: 'Password for user admin: ', secret: true, shown: '******', cursor: 6 });
  store.input(key('enter'));
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.answers, ['aQbdZ', 'WabcV', 'abcdXY']);
});

test('a paste into an open prompt answers it with its first line; the rest runs afterwards, nothing lost', async () => {
  const { store, engine } = setup();
  store.input({ kind: 'paste', text: 'ask\n' });
  await tick();
  assert.equal(store.getState().phase, 'read');
  store.input({ kind: 'paste', text: 'Ann\nafter\n' });
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.answers, ['Ann']);
  assert.deepEqual(engine.ran, ['ask', 'after']);
});

test('a secret is shown as one * per character and never reaches the state or the transcript', async () => {
  const { store, engine, transcript } = setup();
  store.input({ kind: 'paste', text: 'secret\n' });
  await tick();
  const states: string[] = [];
  const unsubscribe = store.subscribe(() => states.push(JSON.stringify(store.getState())));
  store.input({ kind: 'text', text: 'pa' });
  store.input({ kind: 'text', text: 'ssx' });
  store.input(key('backspace'));
  store.input({ kind: 'text', text: 'word' });
  assert.equal(store.getState().read?.shown, '********');
  store.input(key('enter'));
  await tick();
  unsubscribe();
  assert.deepEqual(engine.answers, ['password']);
  assert.ok(states.every((s) => !s.includes('pass')), 'no state snapshot holds the secret');
  assert.equal(transcript(), 'spo> secret\nPassword for user admin: ********\n');
});

test('a password prompt sets aside the one line waiting behind its command (the password pasted with it): never run, shown or kept', async () => {
  const { store, engine, transcript } = setup();
  store.input({ kind: 'paste', text: 'secret\nhunter2\nafter\n' });
  await tick();
  assert.equal(store.getState().phase, 'read');
  assert.equal(store.getState().read?.shown, '', 'the prompt takes only typed input');
  store.input({ kind: 'text', text: 'typed' });
  store.input(key('enter'));
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.answers, ['typed']);
  assert.deepEqual(engine.ran, ['secret', 'after']);
  assert.ok(!transcript().includes('hunter2'));
  assert.equal(
    transcript(),
    'spo> secret\nWARNING: The line after this command was set aside, not run: it may be the password. Type the password at the prompt.\nPassword for user admin: *****\nspo> after\nran after\n',
  );
});

test('a line waiting behind a password prompt that reads as a command (a pasted example\'s next line) keeps its place and runs after the answer', async () => {
  const { store, engine, transcript } = setup();
  store.input({ kind: 'paste', text: 'secret\n$cred = 1\nafter\n' });
  await tick();
  assert.equal(store.getState().phase, 'read');
  assert.equal(store.getState().read?.shown, '', 'the prompt takes only typed input');
  store.input({ kind: 'text', text: 'typed' });
  store.input(key('enter'));
  for (let i = 0; i < 8; i++) await tick();
  assert.deepEqual(engine.answers, ['typed']);
  assert.deepEqual(engine.ran, ['secret', '$cred = 1', 'after']);
  assert.ok(!transcript().includes('WARNING'), 'nothing was set aside');
});

test('a password prompt with nothing waiting behind its command says nothing and takes the typed answer', async () => {
  const { store, engine, transcript } = setup();
  store.input({ kind: 'text', text: 'secret' });
  store.input(key('enter'));
  await tick();
  store.input({ kind: 'text', text: 'pw' });
  store.input(key('enter'));
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.answers, ['pw']);
  assert.equal(transcript(), 'spo> secret\nPassword for user admin: **\n');
});

test('control sequences inside a paste are never typed into the line or a prompt', async () => {
  const { store, engine } = setup();
  store.input({ kind: 'paste', text: 'a\x1b]52;?\x07b\x1b[31mc\x07\x9b2Jd\nask\n' });
  for (let i = 0; i < 5; i++) await tick();
  assert.equal(store.getState().phase, 'read');
  store.input({ kind: 'paste', text: 'An\x1b]0;title\x1b\\n\n' });
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.ran, ['abcd', 'ask']);
  assert.deepEqual(engine.answers, ['Ann']);
});

test('Ctrl+C in a prompt resolves null, aborts the command and drops the queued rest of a paste', async () => {
  const { store, engine } = setup();
  store.input({ kind: 'paste', text: 'secret\nnext\n' });
  await tick();
  store.input(key('c', { ctrl: true }));
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.answers, [null]);
  assert.equal(engine.aborted, 1);
  assert.deepEqual(engine.ran, ['secret']);
  assert.equal(store.getState().phase, 'edit');
});

test('Ctrl+C while a command runs aborts it; the console stays and the next command runs', async () => {
  const { store, engine, transcript } = setup();
  store.input({ kind: 'text', text: 'wait' });
  store.input(key('enter'));
  await tick();
  assert.equal(store.getState().phase, 'running');
  store.input(key('c', { ctrl: true }));
  for (let i = 0; i < 5; i++) await tick();
  assert.equal(engine.aborted, 1);
  store.input({ kind: 'text', text: 'again' });
  store.input(key('enter'));
  await tick();
  assert.deepEqual(engine.ran, ['wait', 'again']);
  assert.match(transcript(), /ran again\n$/);
});

test('Ctrl+C at the prompt echoes ^C (bright red with colour) and starts a fresh line', () => {
  const { store, transcript } = setup(true);
  store.input({ kind: 'text', text: 'Get-Thing' });
  store.input(key('c', { ctrl: true }));
  assert.equal(transcript(), 'spo> Get-Thing\x1b[91m^C\x1b[0m\n');
  assert.deepEqual(store.getState().editor.lines, ['']);
});

test('exit N ends the console with N; Ctrl+D on an empty line with 0', async () => {
  const a = setup();
  a.store.input({ kind: 'paste', text: 'exit 3\nnever\n' });
  assert.equal(await a.store.waitForExit(), 3);
  assert.deepEqual(a.engine.ran, ['exit 3']);
  const b = setup();
  b.store.input(key('d', { ctrl: true }));
  assert.equal(await b.store.waitForExit(), 0);
  // The last prompt stays on screen, as a shell's does when it ends.
  assert.equal(b.transcript(), 'spo> \n');
});

test('a command stopped by Ctrl+C is followed by the session\'s prompt, as pwsh runs `prompt` after it', async () => {
  const { store, engine } = setup();
  // A prompt function that a stopped signal would cut short (the engine then gives its built-in text).
  (engine as FakeEngine & { promptText(signal?: AbortSignal): Promise<string> }).promptText = async (signal) => (signal?.aborted ? 'spo> ' : 'PS /tmp> ');
  store.input({ kind: 'text', text: 'wait' });
  store.input(key('enter'));
  await tick();
  store.input(key('c', { ctrl: true }));
  for (let i = 0; i < 5; i++) await tick();
  assert.equal(engine.aborted, 1);
  assert.equal(store.getState().prompt, 'PS /tmp> ');
});

test('typed-ahead input waits until the running command ends', async () => {
  const { store, engine } = setup();
  store.input({ kind: 'text', text: 'wait' });
  store.input(key('enter'));
  await tick();
  store.input({ kind: 'text', text: 'later' });
  store.input(key('enter'));
  await tick();
  assert.deepEqual(engine.ran, ['wait']);
  store.input(key('c', { ctrl: true })); // drops "later" too, as a cancelled paste would
  for (let i = 0; i < 5; i++) await tick();
  assert.deepEqual(engine.ran, ['wait']);
});

test('splitPasteIntoLines turns line breaks into Enter and tabs into four spaces', () => {
  const events = splitPasteIntoLines({ kind: 'paste', text: 'a\tb\r\nc' });
  assert.deepEqual(
    events.map((e) => (e.kind === 'text' ? e.text : e.kind === 'key' ? `<${e.name}>` : '')),
    ['a    b', '<enter>', 'c'],
  );
});

test('InkHost paints streams in PowerShell colours and keeps -NoNewline text until its line ends', () => {
  const { host, transcript } = setup(true);
  host.write('error', 'Bad thing');
  host.write('warning', 'WARNING: careful');
  host.write('verbose', 'VERBOSE: step');
  host.write('output', 'plain');
  host.write('information', 'hi', { foregroundColor: 'Green', noNewline: true });
  host.write('information', ' there', { noNewline: true });
  assert.equal(
    transcript(),
    '\x1b[31;1mBad thing\x1b[0m\n\x1b[33;1mWARNING: careful\x1b[0m\n\x1b[33;1mVERBOSE: step\x1b[0m\nplain\n',
  );
  host.write('output', 'end');
  // PowerShell continues the same line: Write-Host -NoNewline hi; Write-Output end → "hiend".
  assert.match(transcript(), /\x1b\[92mhi\x1b\[0m thereend\n$/);
});

test('the status line follows the session connection', () => {
  const { store, engine } = setup();
  assert.equal(store.getState().connection, null);
  engine.session.setConnection({ url: 'https://contoso-admin.sharepoint.com', account: 'admin@contoso.com', cloud: 'Default', close() {} });
  assert.equal(store.getState().connection?.account, 'admin@contoso.com');
});

test('input is coloured with PSReadLine palette: command yellow, parameter dark gray, variable green', async () => {
  const { createSyntaxColorer } = await import('../src/ui/syntax-colors.js');
  const colour = createSyntaxColorer({});
  assert.deepEqual(colour("Connect-SPOService -Url $u\n'x'"), [
    '\x1b[93mConnect-SPOService\x1b[0m \x1b[90m-Url\x1b[0m \x1b[92m$u\x1b[0m',
    "\x1b[36m'x'\x1b[0m",
  ]);
});

test('the colors setting repaints a token kind; the rest keep the PSReadLine palette', async () => {
  const { createSyntaxColorer } = await import('../src/ui/syntax-colors.js');
  const colour = createSyntaxColorer({ Command: 'DarkMagenta', Variable: '\x1b[38;5;208m', Default: 'Cyan' });
  assert.deepEqual(colour('Get-Thing -Name $x, 42 plain'), [
    '\x1b[35mGet-Thing\x1b[0m\x1b[96m \x1b[0m\x1b[90m-Name\x1b[0m\x1b[96m \x1b[0m\x1b[38;5;208m$x\x1b[0m\x1b[90m,\x1b[0m\x1b[96m \x1b[0m\x1b[97m42\x1b[0m\x1b[96m \x1b[0m\x1b[96mplain\x1b[0m',
  ]);
});
