// Issue 13 item 7: a password pasted together with the command that asks for it is never run, shown
// or stored. `spo --sandbox` in a pseudo-terminal (the real console, engine, sign-in and history
// file): the secret must appear nowhere in what the program wrote and not in history.txt.
// Build first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty, type PtySession } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');
const CONNECT = 'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com';
const PROMPT_LINE = /Password for user admin@contoso\.com: *$/m;
const SET_ASIDE = 'WARNING: The line after this command was set aside, not run: it may be the password. Type the password at the prompt.';
const connected = /Connected to https:\/\/contoso-admin\.sharepoint\.com as admin@contoso\.com/;

async function withSandbox(body: (spo: PtySession, history: () => string) => Promise<void>): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-secret-'));
  const dataDir = join(home, 'data', 'spo-shell');
  const env = { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), SPO_DATA_DIR: dataDir, SPO_CLIENT_ID: undefined };
  const spo = spawnPty(process.execPath, [spoBin, '--sandbox'], { env, cwd: repoRoot, cols: 120, rows: 40 });
  const historyFile = join(dataDir, 'history.txt');
  try {
    await spo.waitFor((t) => /^spo \[sandbox\]>\s*$/m.test(t) && /Not connected/.test(t), 15_000, 'the sandbox prompt');
    await body(spo, () => (existsSync(historyFile) ? readFileSync(historyFile, 'utf8') : ''));
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
}

function assertNowhere(spo: PtySession, screen: string, history: string, secret: string): void {
  assert.ok(!spo.raw.includes(secret), 'the secret never reaches the terminal');
  assert.ok(!screen.includes(secret), 'the secret is not on the screen');
  assert.ok(!history.includes(secret), `the secret is not in history.txt:\n${history}`);
}

test('a password pasted on the line after Connect-SPOService -Credential is set aside: never run, shown or stored', async () => {
  await withSandbox(async (spo, history) => {
    const secret = 'Zq9-hunter2-Pasted';
    spo.paste(`${CONNECT}\n${secret}\nWrite-Output "after the paste"\n`);
    await spo.waitFor((t) => PROMPT_LINE.test(t), 15_000, 'the password prompt');
    assert.ok((await spo.text()).includes(SET_ASIDE), 'the console says why the line did not run');
    // The prompt takes only what is typed after it appears.
    assert.match(await spo.text(), /Password for user admin@contoso\.com: *$/m);
    await spo.type('password');
    spo.write('\r');
    await spo.waitFor((t) => connected.test(t), 20_000, 'the connected status line');
    const screen = await spo.waitFor((t) => /^after the paste$/m.test(t), 10_000, 'the pasted line after the secret to run');
    assert.ok(!/is not recognized/.test(screen), 'nothing pasted ran as an unknown command');
    await spo.type('exit');
    spo.write('\r');
    await spo.exited(10_000);
    const saved = history();
    assertNowhere(spo, screen, saved, secret);
    assert.ok(!spo.raw.split(SET_ASIDE).join('').includes('password'), 'the typed password is not shown either');
    assert.equal(saved, `${CONNECT}\nWrite-Output "after the paste"\nexit\n`);
  });
});

test('a password typed at the prompt (Connect-SPOService typed, wrong password) is shown as * only and never stored', async () => {
  await withSandbox(async (spo, history) => {
    const secret = 'Zq9-hunter2-Typed';
    await spo.type(CONNECT);
    spo.write('\r');
    await spo.waitFor((t) => PROMPT_LINE.test(t), 15_000, 'the password prompt');
    await spo.type(secret);
    await spo.waitFor((t) => new RegExp(`Password for user admin@contoso\\.com: \\*{${secret.length}}$`, 'm').test(t), 5000, 'one * per character');
    spo.write('\r');
    const screen = await spo.waitFor((t) => /The user name or password is incorrect/.test(t), 20_000, 'the wrong-password error');
    assert.ok(!screen.includes(SET_ASIDE), 'nothing was waiting, so nothing is set aside');
    await spo.type('exit');
    spo.write('\r');
    await spo.exited(10_000);
    assertNowhere(spo, screen, history(), secret);
    assert.equal(history(), `${CONNECT}\nexit\n`);
  });
});

test('a pasted block whose next line is a command: the prompt waits for typing, then every line runs in order', async () => {
  await withSandbox(async (spo, history) => {
    spo.paste(`${CONNECT}\nWrite-Output "second line"\nWrite-Output "third line"\n`);
    await spo.waitFor((t) => PROMPT_LINE.test(t), 15_000, 'the password prompt');
    await spo.type('password');
    spo.write('\r');
    // The status line is part of the live region, which Ink redraws at most every few tens of
    // milliseconds: wait for it too rather than reading it in the frame that printed the last line.
    const screen = await spo.waitFor((t) => /^third line$/m.test(t) && connected.test(t), 20_000, 'the third line to run, connected');
    assert.ok(!screen.includes(SET_ASIDE), 'a line that reads as a command is not set aside');
    assert.ok(screen.indexOf('second line\n') < screen.indexOf('third line\n'), 'the second line ran before the third');
    assert.match(screen, /^second line$/m);
    assert.match(history(), /Write-Output "second line"/);
    assert.match(history(), /Write-Output "third line"/);
  });
});
