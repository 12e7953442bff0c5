// Connect-SPOService in the real console (`spo --sandbox` in a pseudo-terminal): Examples 2 and 7 of the
// current page pasted as printed (their Read-Host -AsSecureString needs a terminal: pwsh, like spo, cannot
// read a secure answer from redirected stdin), and the browser sign-in panel of Example 6 — its address, the
// sandbox's browser page completing the sign-in over HTTP, and Ctrl+C cancelling it with the console still
// usable. Build first (npm test does).
//
// A line pasted behind a password prompt is set aside, never run (docs/console.md, "A password pasted with its
// command"), so the examples are pasted in two parts, as a user does after that warning: up to the Read-Host
// line, then, once the password is typed, the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty, type PtySession } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');
const PROMPT = 'spo [sandbox]>';

async function withSpo(body: (spo: PtySession, home: string) => Promise<void>, env: Record<string, string> = {}): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-connect-'));
  const spo = spawnPty(process.execPath, [spoBin, '--sandbox'], {
    env: { CI: undefined, NO_COLOR: '1', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), SPO_DATA_DIR: join(home, 'data', 'spo-shell'), SPO_CLIENT_ID: undefined, ...env },
    cwd: repoRoot,
    cols: 120,
    rows: 40,
  });
  try {
    await spo.waitFor((t) => lastLine(t).startsWith(PROMPT) && /Not connected/.test(t), 20_000, 'the sandbox prompt');
    await body(spo, home);
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.startsWith('spo') || l.startsWith('>>'));
  return lines[lines.length - 1] ?? '';
}

test('Example 2 pasted as printed (in two parts): the masked Read-Host answer builds the credential and the console connects', async () => {
  await withSpo(async (spo) => {
    spo.paste(['$username = "admin@contoso.sharepoint.com"', '$password = Read-Host -Prompt "Enter user password" -AsSecureString', ''].join('\n'));
    await spo.waitFor((t) => /^Enter user password:\s*$/m.test(t), 15_000, 'the Read-Host prompt');
    await spo.type('password');
    await spo.waitFor((t) => /^Enter user password: \*{8}$/m.test(t), 5000, 'eight stars');
    spo.write('\r');
    await spo.waitFor((t) => lastLine(t) === PROMPT, 10_000, 'the prompt after Read-Host');
    spo.paste(
      [
        '$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $userName, $password',
        'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred',
        '',
      ].join('\n'),
    );
    await spo.waitFor((t) => /Connected to https:\/\/contoso-admin\.sharepoint\.com as admin@contoso\.sharepoint\.com/.test(t), 30_000, 'the connected status line');
    assert.doesNotMatch(await spo.text(), /^Enter user password: .*p/m, 'the typed password never shows');
  });
});

test('Example 7 pasted as printed but for the path (in two parts): the masked certificate password signs the app in', async () => {
  await withSpo(async (spo) => {
    spo.paste('$password = Read-Host -Prompt "Enter certificate password" -AsSecureString\n');
    await spo.waitFor((t) => /^Enter certificate password:\s*$/m.test(t), 15_000, 'the Read-Host prompt');
    await spo.type('password');
    spo.write('\r');
    await spo.waitFor((t) => lastLine(t) === PROMPT, 10_000, 'the prompt after Read-Host');
    spo.paste(
      'Connect-SPOService -Url https://contoso-admin.sharepoint.com -ClientId 00000000-0000-0000-0000-000000000000 -TenantId 11111111-1111-1111-1111-111111111111 -CertificatePath $env:SPO_SANDBOX_PFX -CertificatePassword $password\n',
    );
    await spo.waitFor((t) => /Connected to https:\/\/contoso-admin\.sharepoint\.com/.test(t), 30_000, 'the connected status line');
    assert.doesNotMatch(await spo.text(), /Connect-SPOService:/);
  });
});

/** A BROWSER program that only records the address it is given, so the test plays the person's browser. */
function recordingBrowser(home: string): { program: string; file: string } {
  const file = join(home, 'address.txt');
  const program = join(home, 'browser.sh');
  writeFileSync(program, `#!/bin/sh\nprintf '%s' "$1" > '${file}'\n`);
  chmodSync(program, 0o755);
  return { program, file };
}

async function recordedAddress(file: string, spo: PtySession): Promise<string> {
  const until = Date.now() + 20_000;
  while (!existsSync(file) || readFileSync(file, 'utf8') === '') {
    if (Date.now() > until) throw new Error(`the browser was never opened:\n${await spo.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readFileSync(file, 'utf8');
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const formFields = (html: string) => Object.fromEntries([...html.matchAll(/<input\b[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)].map((m) => [m[1]!, decode(m[2]!)]));
const formAction = (html: string, base: string) => new URL(decode(/<form\b[^>]*action="([^"]*)"/i.exec(html)![1]!), base).href;

test('Example 6 in the console: Ctrl+C cancels the browser panel and the console goes on; then the address in the panel, completed on the sandbox page, connects', async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-browser-'));
  const browser = recordingBrowser(home);
  try {
    await withSpo(
      async (spo) => {
        // First a browser sign-in cancelled with Ctrl+C: the panel goes, msal's loopback port closes, the
        // console is still not connected and runs the next command.
        await spo.type('Connect-SPOService -Url https://contoso-admin.sharepoint.com -UseSystemBrowser $true');
        spo.write('\r');
        const cancelled = await recordedAddress(browser.file, spo);
        await spo.waitFor((t) => /Waiting for you to sign in in the browser/.test(t), 15_000, 'the browser panel');
        spo.write('\x03');
        await spo.waitFor((t) => lastLine(t) === PROMPT && !/Waiting for you to sign in/.test(t), 10_000, 'a fresh prompt');
        const redirect = new URL(new URL(cancelled).searchParams.get('redirect_uri')!);
        await assert.rejects(fetch(redirect, { signal: AbortSignal.timeout(5000) }), 'the loopback listener is closed');
        await spo.type("'still here'");
        spo.write('\r');
        // The status line is in the live region, which Ink redraws a few tens of ms after the
        // transcript line: wait for both rather than reading the status in the first frame.
        const after = await spo.waitFor((t) => /^still here$/m.test(t) && /Not connected/.test(t), 10_000, 'the next command to run, not connected');
        assert.doesNotMatch(after, /Exception|at .*\.js:\d+/, 'no stack trace');

        // Then one the person completes on the sandbox's browser page.
        rmSync(browser.file);
        await spo.type('Connect-SPOService -Url https://contoso-admin.sharepoint.com -UseSystemBrowser $true');
        spo.write('\r');
        const address = await recordedAddress(browser.file, spo);
        assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\/browser\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/authorize\?/);
        const screen = await spo.waitFor((t) => /Waiting for you to sign in in the browser/.test(t) && /Press Ctrl\+C to cancel/.test(t), 15_000, 'the browser panel');
        // The same address is printed above the panel on a line of its own, which the terminal wraps
        // softly: a mouse copy gives it in one piece, without the panel's border.
        assert.ok(address.length > 100, 'the address is wider than the window');
        assert.match(screen, /If no browser opened, open the address printed above\./);
        const copied = (await spo.copy()).split('\n');
        assert.ok(copied.includes(address), (await spo.copy()));
        assert.equal(copied[copied.indexOf(address) - 1], 'If no browser opened, open this address to sign in:');

        // The person's browser: the sandbox's sign-in form, then the auto-submitting form_post to the loopback.
        const page = await (await fetch(address)).text();
        assert.match(page, /<input name="password" type="password"/);
        const signIn = formAction(page, address);
        const answer = await fetch(signIn, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ ...formFields(page), username: 'admin@contoso.com', password: 'password', action: 'signin' }),
        });
        const post = await answer.text();
        const loopback = formAction(post, signIn);
        assert.match(loopback, /^http:\/\/(localhost|127\.0\.0\.1):\d+\//);
        const done = await fetch(loopback, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(formFields(post)) });
        assert.match(await done.text(), /Signed in\. You can close this window and return to spo\./);
        await spo.waitFor((t) => /Connected to https:\/\/contoso-admin\.sharepoint\.com as admin@contoso\.com/.test(t) && !/Waiting for you to sign in/.test(t), 20_000, 'the connected status line');
      },
      { BROWSER: browser.program },
    );
  } finally {
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});
