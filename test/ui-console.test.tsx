// The Ink console rendered with ink-testing-library: what the live region shows for typing, Tab
// cycling, Ctrl+R, `>> ` continuation, the masked password field, the device-code panel and the
// completion menu. Keys go through the real key parser and the real readline editor.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { ShellEngine, RunOptions, RunResult, CompletionResult } from '../src/engine/api.js';
import type { Host } from '../src/host/host.js';
import { Session } from '../src/engine/session.js';

// Ink decides at import time whether it runs in CI (last frame only); these tests need live frames.
delete process.env.CI;
// Colour on, so bold and inverse are visible in frames (chalk reads this at import time too).
process.env.FORCE_COLOR = '1';
const { render, cleanup } = await import('ink-testing-library');
const { App } = await import('../src/ui/App.js');
const { ConsoleStore } = await import('../src/ui/store.js');
const { InkHost } = await import('../src/host/ink-host.js');
const { ReadlineDriver } = await import('../src/ui/readline-driver.js');
const { History } = await import('../src/readline/history.js');
const { startKeySource } = await import('../src/ui/input.js');
const { stripAnsi } = await import('../src/ui/colors.js');

const REGIONS = ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR'];

class FakeEngine implements ShellEngine {
  readonly session = new Session();
  readonly ran: string[] = [];
  onRun: ((text: string, options: RunOptions) => Promise<void>) | null = null;
  constructor(readonly host: Host) {}
  async run(text: string, options: RunOptions = {}): Promise<RunResult> {
    this.ran.push(text);
    if (this.onRun) await this.onRun(text, options);
    return { success: true };
  }
  readsAsCommand(): boolean {
    return false;
  }
  isIncomplete(text: string): boolean {
    return text.endsWith('`') || (text.split("'").length - 1) % 2 === 1;
  }
  complete(text: string, cursor: number): CompletionResult {
    const m = /-Region (\w*)$/.exec(text.slice(0, cursor));
    if (m) {
      const matches = REGIONS.filter((r) => r.toLowerCase().startsWith(m[1]!.toLowerCase())).map((r) => ({
        completionText: r,
        listItemText: r,
        toolTip: r,
        resultType: 'ParameterValue',
      }));
      return { replacementIndex: cursor - m[1]!.length, replacementLength: m[1]!.length, matches };
    }
    if (/Get-Item$/.test(text)) {
      const matches = Array.from({ length: 60 }, (_, i) => `Get-Item${String(i).padStart(2, '0')}`).map((t) => ({
        completionText: t,
        listItemText: t,
        toolTip: t,
        resultType: 'Command',
      }));
      return { replacementIndex: 0, replacementLength: text.length, matches };
    }
    return { replacementIndex: cursor, replacementLength: 0, matches: [] };
  }
}

const tick = () => new Promise((r) => setImmediate(() => setTimeout(r, 0)));

function mount(options: { rows?: number; columns?: number; history?: string[] } = {}) {
  const history = new History({ file: null });
  for (const line of options.history ?? []) history.add(line);
  const store = new ConsoleStore({
    prompt: 'spo> ',
    editor: new ReadlineDriver({ editMode: 'Windows', history, columns: options.columns ?? 100 }),
    columns: options.columns ?? 100,
    rows: options.rows ?? 30,
    color: false,
  });
  const host = new InkHost(store, { color: false });
  const engine = new FakeEngine(host);
  store.attachEngine(engine);
  const ui = render(<App store={store} sandboxPage="http://127.0.0.1:4321/devicelogin" />);
  startKeySource(ui.stdin, (event) => store.input(event));
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      ui.stdin.write(k);
      await tick();
    }
  };
  const screen = () => stripAnsi(ui.lastFrame() ?? '');
  /** Everything ever written, including transcript lines written above the live region. */
  const all = () => stripAnsi(ui.frames.join(''));
  return { store, host, engine, ui, press, screen, all };
}

afterEach(() => cleanup());

test('typed text is echoed after the prompt, with the status line below', async () => {
  const { press, screen } = mount();
  await press('G', 'e', 't', '-', 'X');
  assert.equal(screen(), 'spo> Get-X\nNot connected');
  await press('\x7f');
  assert.equal(screen(), 'spo> Get-\nNot connected');
});

test('Tab cycles China, Default, Delos, France, Germany, ITAR and wraps; Shift+Tab goes back', async () => {
  const { press, screen } = mount();
  await press(...'Connect-SPOService -Region ');
  const seen: string[] = [];
  for (let i = 0; i < 7; i++) {
    await press('\t');
    seen.push(screen().split('\n')[0]!);
  }
  assert.deepEqual(
    seen,
    ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR', 'China'].map((r) => `spo> Connect-SPOService -Region ${r}`),
  );
  await press('\x1b[Z');
  assert.equal(screen().split('\n')[0], 'spo> Connect-SPOService -Region ITAR');
});

test('Ctrl+R shows the bck-i-search line and finds a history entry', async () => {
  const { press, screen } = mount({ history: ['Get-Help', 'Connect-SPOService -Url https://contoso-admin.sharepoint.com'] });
  await press('\x12');
  assert.equal(screen(), 'spo>\nbck-i-search:\nNot connected');
  await press('c', 'o', 'n');
  assert.equal(
    screen(),
    'spo> Connect-SPOService -Url https://contoso-admin.sharepoint.com\nbck-i-search: con\nNot connected',
  );
});

test('incomplete input continues on a `>> ` line and runs as one input', async () => {
  const { press, screen, engine } = mount();
  await press(...'Write-Output `', '\r');
  assert.equal(screen(), 'spo> Write-Output `\n>>\nNot connected');
  await press(...'ok', '\r');
  await tick();
  assert.deepEqual(engine.ran, ['Write-Output `\nok']);
});

test('a pasted block whose line leaves a construct open joins the next line, then the rest runs in order', async () => {
  const { press, engine } = mount();
  await press("\x1b[200~Write-Output 'one\ntwo'\nWrite-Output `\n  three\nWrite-Output four\n\x1b[201~");
  for (let i = 0; i < 10 && engine.ran.length < 3; i++) await tick();
  assert.deepEqual(engine.ran, ["Write-Output 'one\ntwo'", 'Write-Output `\n  three', 'Write-Output four']);
});

test('the password field shows one * per character; no frame ever contains the secret', async () => {
  const { press, screen, engine, host, ui } = mount();
  let answer: string | null | undefined;
  engine.onRun = async (_text, options) => {
    answer = await host.readSecret('Password for user admin@contoso.com: ', options.signal);
  };
  await press(...'Connect-SPOService -Url x -Credential admin@contoso.com', '\r');
  assert.equal(screen(), 'Password for user admin@contoso.com:\nNot connected');
  await press('h', 'u', 'n', 't', 'e', 'r', '2');
  assert.equal(screen(), 'Password for user admin@contoso.com: *******\nNot connected');
  await press('\x7f', '2', '\r');
  await tick();
  assert.equal(answer, 'hunter2');
  const everything = ui.frames.join('');
  assert.ok(!everything.includes('hunter'), 'the secret is in no frame');
  assert.match(stripAnsi(everything), /Password for user admin@contoso\.com: \*\*\*\*\*\*\*\n/);
});

test('the device-code panel shows the URL, the bold code, the time left and how to cancel', async () => {
  const { store, screen, ui } = mount();
  store.openPanel({
    kind: 'deviceCode',
    info: {
      message: 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-1234 to authenticate.',
      userCode: 'ABCD-1234',
      verificationUri: 'https://microsoft.com/devicelogin',
      expiresAt: Date.now() + 15 * 60_000 - 500,
    },
  });
  await tick();
  const text = screen();
  assert.match(text, /Sign in to Microsoft Entra ID/);
  assert.match(text, /Open https:\/\/microsoft\.com\/devicelogin in a browser and enter the code/);
  assert.match(text, /ABCD-1234/);
  assert.match(text, /Sandbox: the sign-in page is http:\/\/127\.0\.0\.1:4321\/devicelogin/);
  assert.match(text, /The code expires in 15:00\./);
  assert.match(text, /Press Ctrl\+C to cancel\./);
  assert.match(ui.lastFrame() ?? '', /\x1b\[1mABCD-1234/, 'the code is bold');
});

test('the browser sign-in: the address is printed whole on a line of its own above the panel (copyable in one piece), at any width', async () => {
  const address =
    'http://127.0.0.1:4321/browser/login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=9bc3ab49-b65d-410a-85ad-de819febfddc' +
    '&scope=https%3A%2F%2Fcontoso-admin.sharepoint.com%2F.default%20openid%20profile%20offline_access&redirect_uri=http%3A%2F%2Flocalhost%3A41234' +
    '&client-request-id=0f6e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b&response_mode=form_post&response_type=code&x-client-SKU=msal.js.node' +
    '&code_challenge=Qf3kq8x1v7Zb2Yh5Jm9Tn4Wc6Rp0Ls3Ed8Gu1Ia5Ko7&code_challenge_method=S256&state=eyJpZCI6IjAxOTM5ZjM2LTk5In0%3D&nonce=0193a1b2';
  for (const columns of [100, 60, 30]) {
    const { host, screen, all } = mount({ columns });
    const handle = host.showSignIn({ kind: 'browser', url: address });
    await tick();
    // Above the live region: the address alone on its line, no border, no break (the terminal wraps it softly).
    const lines = all().split('\n');
    assert.ok(lines.includes(address), `${columns} columns: the address is one line of its own`);
    // (The frames are joined as written: the line before it follows the live region's last frame.)
    assert.ok(lines[lines.indexOf(address) - 1]!.endsWith('If no browser opened, open this address to sign in:'));
    assert.ok(!lines.some((line) => line.includes('client_id') && line !== address), 'the address is written once');
    // The live region points at it and holds none of it.
    const live = screen();
    assert.ok(!live.includes('127.0.0.1'), live);
    // (The prompt is there because no command runs in this test.)
    if (columns >= 60) {
      assert.deepEqual(live.split('\n'), [
        'spo>',
        '╭───────────────────────────────────────────────────────╮',
        '│ Waiting for you to sign in in the browser…            │',
        '│ If no browser opened, open the address printed above. │',
        '│ Press Ctrl+C to cancel.                               │',
        '╰───────────────────────────────────────────────────────╯',
        'Not connected',
      ]);
    } else {
      // Too narrow for the panel: its one-line form, which holds no part of the address either.
      assert.deepEqual(live.split('\n'), ['spo>', 'Waiting for the sign-in in the browser (the address is printed above). Ctrl+C cancels.', 'Not connected']);
    }
    handle.close();
    cleanup();
  }
});

test('the completion menu (Ctrl+Space) never grows taller than the screen allows', async () => {
  const { press, screen } = mount({ rows: 10 });
  await press(...'Get-Item', '\x00');
  const lines = screen().split('\n');
  assert.ok(lines.length <= 10 - 2, `live region has ${lines.length} lines`);
  assert.equal(lines[0], 'spo> Get-Item00');
  assert.match(screen(), /\(\d+ more rows?\)/);
});

test('the status line names the connection', async () => {
  const { engine, screen } = mount();
  engine.session.setConnection({ url: 'https://contoso-admin.sharepoint.com', account: 'admin@contoso.com', cloud: 'Default', close() {} });
  await tick();
  assert.equal(screen(), 'spo>\nConnected to https://contoso-admin.sharepoint.com as admin@contoso.com (Default)');
});

test('Ctrl+L clears the screen, not the scrollback (PSReadLine\'s sequence), and redraws the prompt with the input kept', async () => {
  const { press, screen, ui } = mount();
  await press(...'Get-X');
  const before = ui.frames.length;
  await press('\x0c');
  const written = ui.frames.slice(before).join('');
  assert.ok(written.includes('\x1b[2J\x1b[H'), 'clear-screen sequence written');
  assert.ok(!written.includes('\x1b[3J'), 'the scrollback is kept');
  assert.equal(screen(), 'spo> Get-X\nNot connected');
});

test('Clear-Host (cls) clears the screen and the scrollback, as pwsh\'s does', async () => {
  const { host, ui } = mount();
  const before = ui.frames.length;
  host.clearScreen(); // what Clear-Host asks of the host
  await tick();
  assert.ok(ui.frames.slice(before).join('').includes('\x1b[2J\x1b[3J\x1b[H'), 'clear-screen-and-scrollback sequence written');
});

test('Tab waits for a completion that runs a script (an argument completer); keys typed meanwhile follow it', async () => {
  const { press, screen, engine } = mount();
  let release: () => void = () => {};
  const asked: string[] = [];
  Object.assign(engine, {
    completeAsync(text: string, cursor: number): Promise<CompletionResult> | undefined {
      if (!text.startsWith('Get-Thing')) return undefined;
      asked.push(text);
      return new Promise<CompletionResult>((resolve) => {
        const start = text.indexOf('-Name ') + 6;
        release = () => resolve({ replacementIndex: start, replacementLength: cursor - start, matches: ['alpha', 'beta'].map((t) => ({ completionText: t, listItemText: t, toolTip: t, resultType: 'Text' })) });
      });
    },
  });
  await press(...'Get-Thing -Name ', '\t', 'X');
  assert.equal(screen().split('\n')[0], 'spo> Get-Thing -Name');
  release();
  await press();
  await tick();
  assert.equal(screen().split('\n')[0], 'spo> Get-Thing -Name alphaX');
  assert.deepEqual(asked, ['Get-Thing -Name ']);
  // The next Tab starts a cycle of its own (asked again); a Tab within a cycle steps without asking.
  await press('\x7f', '\t');
  release();
  await tick();
  await tick();
  await press('\t');
  assert.equal(screen().split('\n')[0], 'spo> Get-Thing -Name beta');
  assert.deepEqual(asked, ['Get-Thing -Name ', 'Get-Thing -Name alpha']);
});
