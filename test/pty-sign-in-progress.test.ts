// Issue 12 items 7 and 8 in a real terminal: `spo --sandbox` with the sandbox made slow (SPO_SANDBOX_FAULTS
// latency) shows a spinner line saying what the sign-in is doing, and removes it once connected;
// `spo -c` on the same terminal never shows it. Run `node scripts/build.mjs` first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty, type PtySession } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');
const ADMIN = 'https://contoso-admin.sharepoint.com';
const CONNECT_WITH_PASSWORD =
  `Connect-SPOService -Url ${ADMIN} -Credential (New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force))`;
const SLOW = 'latency:1500@token, latency:1500@sharepoint';
const SPINNER = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;

async function withSpo(args: string[], faults: string, body: (spo: PtySession) => Promise<void>, settings?: object): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-progress-'));
  if (settings) {
    mkdirSync(join(home, 'config', 'spo-shell'), { recursive: true });
    writeFileSync(join(home, 'config', 'spo-shell', 'config.json'), JSON.stringify(settings));
  }
  const spo = spawnPty(process.execPath, [spoBin, '--sandbox', ...args], {
    env: {
      CI: undefined,
      NO_COLOR: '1',
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      SPO_DATA_DIR: join(home, 'data'),
      SPO_CLIENT_ID: undefined,
      SPO_SANDBOX_FAULTS: faults,
    },
    cwd: repoRoot,
    cols: 120,
    rows: 30,
  });
  try {
    await body(spo);
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
}

const ready = (t: string) => /^spo \[sandbox\]>/m.test(t) && /Not connected/.test(t);
const connected = /Connected to https:\/\/contoso-admin\.sharepoint\.com as /;

test('the console shows "Signing in to login.microsoftonline.com…" then "Checking the admin site…" with a spinner, then only the connection', async () => {
  await withSpo([], SLOW, async (spo) => {
    await spo.waitFor(ready, 15_000, 'the sandbox prompt');
    spo.paste(CONNECT_WITH_PASSWORD + '\n');
    const signing = await spo.waitFor((t) => /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Signing in to login\.microsoftonline\.com…$/m.test(t), 10_000, 'the signing-in line');
    assert.match(signing, /Not connected/, 'the line sits in the live region, above the status line');
    await spo.waitFor((t) => /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Checking the admin site contoso-admin\.sharepoint\.com…$/m.test(t), 10_000, 'the checking line');
    const done = await spo.waitFor((t) => connected.test(t) && !/Checking the admin site/.test(t), 10_000, 'the connection, without the line');
    assert.doesNotMatch(done, /Signing in to/, 'nothing of the progress stays in the transcript');
  });
});

test('managed identity in the console names the endpoint it asks', async () => {
  await withSpo([], 'latency:1500@sharepoint', async (spo) => {
    await spo.waitFor(ready, 15_000, 'the sandbox prompt');
    spo.paste(`Connect-SPOService -Url ${ADMIN} -ManagedIdentity\n`);
    await spo.waitFor((t) => /Checking the admin site contoso-admin\.sharepoint\.com…/.test(t), 10_000, 'the checking line');
    await spo.waitFor((t) => connected.test(t) && !/Checking the admin site/.test(t), 10_000, 'the connection');
    // The token comes from the local endpoint at once, so that line may last one frame: it was drawn.
    assert.match(spo.raw, /Getting a token from the managed identity endpoint 127\.0\.0\.1:\d+…/);
  });
});

test('spo -c on a terminal never shows the progress line, however slow the sign-in', async () => {
  await withSpo(['-c', `${CONNECT_WITH_PASSWORD}; 'connected'`], SLOW, async (spo) => {
    assert.equal(await spo.exited(20_000), 0);
    await spo.waitFor((t) => /^connected$/m.test(t), 5000, 'the output');
    assert.doesNotMatch(spo.raw, /Signing in|Checking the admin site/);
    assert.doesNotMatch(spo.raw, SPINNER);
  });
});

test('copyDeviceCodeToClipboard: the console sends the code to the terminal clipboard (OSC 52) and says so', async () => {
  await withSpo(
    [],
    '',
    async (spo) => {
      await spo.waitFor(ready, 15_000, 'the sandbox prompt');
      spo.paste(`Connect-SPOService -Url ${ADMIN}\n`);
      const screen = await spo.waitFor((t) => /sent to the clipboard through the terminal/.test(t), 15_000, 'the device-code panel');
      const code = /^\W*([A-Z0-9]{8,9})\s+\(sent to the clipboard/m.exec(screen)?.[1];
      assert.ok(code, screen);
      assert.ok(spo.raw.includes(`\x1b]52;c;${Buffer.from(code).toString('base64')}\x07`), 'the OSC 52 sequence with the code');
      spo.write('\x03');
      await spo.waitFor((t) => !/Press Ctrl\+C to cancel/.test(t), 10_000, 'the panel to close');
    },
    { copyDeviceCodeToClipboard: true },
  );
});
