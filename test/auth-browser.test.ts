// The system browser (documentation Example 6, `-UseSystemBrowser $true`) and the device-login page, end to
// end: `spo --sandbox -c` runs msal-node's acquireTokenInteractive with its loopback listener; BROWSER gets the
// sandbox's local sign-in address (never a Microsoft host). First a small stand-in browser (plain HTTP, always
// runs), then Debian's chromium driven headless with playwright-core where /usr/bin/chromium exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runSpo, spoBin } from './helpers/spo-process.js';

const ADMIN = 'https://contoso-admin.sharepoint.com';
const CHROMIUM = '/usr/bin/chromium';

test('Example 6: -UseSystemBrowser $true signs in through the browser; the address shown is the sandbox page', async () => {
  const r = await runSpo(['--sandbox', '-c', `Connect-SPOService -Url ${ADMIN} -UseSystemBrowser $true; 'connected'`], {
    env: { BROWSER: join(repoRoot, 'test/fixtures/browser/form-bot.mjs') },
    timeoutMs: 30_000,
  });
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^Opening the browser to sign in\. If it does not open, go to: http:\/\/127\.0\.0\.1:\d+\/browser\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/authorize\?\S+\nconnected\n$/);
});

test('-UseSystemBrowser $false -ModernAuth $false bind to the user set (device code, so refused under -NonInteractive)', async () => {
  const r = await runSpo(['--sandbox', '-NonInteractive', '-c', `Connect-SPOService -Url ${ADMIN} -UseSystemBrowser $false -ModernAuth $false`], { timeoutMs: 20_000 });
  // Under -NonInteractive a flow that waits for a person is refused before it starts.
  assert.match(r.stderr, /NonInteractive/);
});

/** A BROWSER program that only records the address it was given, for the test to open in chromium. */
function recordingBrowser(): { program: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'spo-browser-'));
  const file = join(dir, 'address.txt');
  const program = join(dir, 'browser.sh');
  writeFileSync(program, `#!/bin/sh\nprintf '%s' "$1" > '${file}'\n`);
  chmodSync(program, 0o755);
  return { program, file };
}

/** Starts `spo --sandbox -c script` and returns its output as it comes. */
function startSpo(script: string, env: Record<string, string>) {
  const home = mkdtempSync(join(tmpdir(), 'spo-browser-home-'));
  const child = spawn(process.execPath, [spoBin, '--sandbox', '-c', script], {
    cwd: home,
    env: { PATH: process.env.PATH ?? '', HOME: home, SPO_CONFIG_DIR: join(home, 'config'), SPO_DATA_DIR: join(home, 'data'), TERM: 'dumb', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, done, out: () => stdout, err: () => stderr };
}

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const noChromium = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it): the real-browser sign-ins are skipped`;
if (noChromium) process.stdout.write(`# SKIPPED: ${noChromium}\n`);

test('chromium signs in on the system-browser page', { skip: noChromium }, async () => {
  const { chromium } = await import('playwright-core');
  const recorder = recordingBrowser();
  const spo = startSpo(`Connect-SPOService -Url ${ADMIN} -UseSystemBrowser $true; 'connected'`, { BROWSER: recorder.program });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const address = await waitFor('the sign-in address', () => (existsSync(recorder.file) ? readFileSync(recorder.file, 'utf8') || undefined : undefined));
    assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\//);
    const page = await browser.newPage();
    await page.goto(address);
    await page.fill('input[name="username"]', 'admin@contoso.com');
    await page.fill('input[name="password"]', 'password');
    await page.click('button[value="signin"]');
    assert.equal(await spo.done, 0, spo.err());
    assert.match(spo.out(), /connected\n$/);
  } finally {
    await browser.close();
    spo.child.kill();
  }
});

test('chromium signs in on the device-login page', { skip: noChromium }, async () => {
  const { chromium } = await import('playwright-core');
  const spo = startSpo(`Connect-SPOService -Url ${ADMIN}; 'connected'`, {});
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const [, url, code] = await waitFor('the device code', () => /open the page (http:\/\/127\.0\.0\.1:\d+\/devicelogin) and enter the code (\S+)/.exec(spo.out()) ?? undefined);
    const page = await browser.newPage();
    await page.goto(url!);
    await page.fill('input[name="code"]', code!);
    await page.fill('input[name="password"]', 'password');
    await page.click('button[value="approve"]');
    assert.equal(await spo.done, 0, spo.err());
    assert.match(spo.out(), /connected\n$/);
  } finally {
    await browser.close();
    spo.child.kill();
  }
});
