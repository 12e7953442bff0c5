// `spo --sandbox` in a real pseudo-terminal: the built command line, the real engine, the sandbox
// tenant, the Ink console. Run `node scripts/build.mjs` first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty, type PtySession } from './helpers/pty.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const spoBin = join(repoRoot, 'bin', 'spo.js');
const PROMPT = 'spo [sandbox]>';

function freshEnv() {
  const home = mkdtempSync(join(tmpdir(), 'spo-pty-home-'));
  return {
    home,
    env: {
      CI: undefined,
      NO_COLOR: '1',
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      SPO_DATA_DIR: join(home, 'data', 'spo-shell'),
      SPO_CLIENT_ID: undefined,
    },
  };
}

async function withSpo(
  body: (spo: PtySession) => Promise<void>,
  options: { env?: Record<string, string | undefined>; settings?: object } = {},
): Promise<void> {
  const { home, env } = freshEnv();
  if (options.settings) {
    mkdirSync(join(home, 'config', 'spo-shell'), { recursive: true });
    writeFileSync(join(home, 'config', 'spo-shell', 'config.json'), JSON.stringify(options.settings));
  }
  const spo = spawnPty(process.execPath, [spoBin, '--sandbox'], { env: { ...env, ...options.env }, cwd: repoRoot, cols: 120, rows: 40 });
  try {
    await spo.waitFor((t) => lastLine(t).startsWith(PROMPT) && /Not connected/.test(t), 15_000, 'the sandbox prompt');
    await body(spo);
  } finally {
    spo.kill();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
}

/** The last prompt line on the screen (the live region's first line). */
function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.startsWith('spo') || l.startsWith('>>'));
  return lines[lines.length - 1] ?? '';
}

const connected = /Connected to https:\/\/contoso-admin\.sharepoint\.com as admin@contoso\.(com|sharepoint\.com) \(Default\)/;

test('the prompt appears and `exit` ends the console with status 0', async () => {
  await withSpo(async (spo) => {
    await spo.type('exit');
    spo.write('\r');
    assert.equal(await spo.exited(), 0);
  });
});

test('Connect-SPOService -Region then Tab cycles China, Default, Delos, France, Germany, ITAR', async () => {
  await withSpo(async (spo) => {
    await spo.type('Connect-SPOService -Region ');
    for (const region of ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR', 'China']) {
      spo.write('\t');
      await spo.waitFor((t) => lastLine(t) === `${PROMPT} Connect-SPOService -Region ${region}`, 5000, `-Region ${region}`);
    }
  });
});

test('Example 1 pasted shows a masked password prompt and connects', async () => {
  await withSpo(async (spo) => {
    spo.paste('Connect-SPOService -Url https://contoso-admin.sharepoint.com -credential admin@contoso.com\n');
    await spo.waitFor((t) => /Password for user admin@contoso\.com:/.test(t), 10_000, 'the password prompt');
    await spo.type('password');
    await spo.waitFor((t) => /Password for user admin@contoso\.com: \*{8}/.test(t), 5000, 'eight stars');
    spo.write('\r');
    await spo.waitFor((t) => connected.test(t), 15_000, 'the connected status line');
    assert.ok(!spo.raw.includes('password'), 'the typed password never reaches the terminal');
  });
});

test('Example 2 pasted as one block connects', async () => {
  await withSpo(async (spo) => {
    spo.paste(
      [
        '$username = "admin@contoso.sharepoint.com"',
        '$password = "password"',
        '$cred = New-Object -TypeName System.Management.Automation.PSCredential -argumentlist $userName, $(convertto-securestring $Password -asplaintext -force)',
        'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred',
        '',
      ].join('\n'),
    );
    await spo.waitFor((t) => connected.test(t), 15_000, 'the connected status line');
    const text = await spo.text();
    assert.match(text, /spo \[sandbox\]> \$username = "admin@contoso\.sharepoint\.com"\nspo \[sandbox\]> \$password = "password"\nspo \[sandbox\]> \$cred = New-Object/);
  });
});

test('Ctrl+C during device-code sign-in cancels it and the next command runs', async () => {
  await withSpo(async (spo) => {
    await spo.type('Connect-SPOService -Url https://contoso-admin.sharepoint.com');
    spo.write('\r');
    await spo.waitFor((t) => /Press Ctrl\+C to cancel/.test(t), 15_000, 'the device-code panel');
    spo.write('\x03');
    await spo.waitFor((t) => lastLine(t) === PROMPT && !/Press Ctrl\+C to cancel/.test(t), 10_000, 'a fresh prompt');
    await spo.type('Write-Output "still here"');
    spo.write('\r');
    // The status line is redrawn below the new prompt in the frame after the output: wait for that
    // frame rather than reading the screen the moment the output line appears.
    await spo.waitFor((t) => /^still here$/m.test(t), 10_000, 'the next command to run');
    await spo.waitFor((t) => /^still here$[\s\S]*Not connected/m.test(t), 10_000, 'the status line below the new prompt');
    assert.doesNotMatch(await spo.text(), connected);
  });
});

test('piped stdin never touches raw mode: the script runs and the process ends', async () => {
  const { home, env } = freshEnv();
  try {
    const child = spawn(process.execPath, [spoBin], { env: { ...process.env, ...env, CI: '' }, cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end('Write-Output "from a pipe"\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stdout, 'from a pipe\n');
    assert.doesNotMatch(stderr, /Raw mode/);
    assert.equal(code, 0);
  } finally {
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

test('the colors setting paints the typed command; NO_COLOR leaves the input plain', async () => {
  const settings = { colors: { Command: 'DarkMagenta', Parameter: 'Cyan' } };
  await withSpo(
    async (spo) => {
      await spo.type('Get-Help -Name');
      await spo.waitFor((t) => lastLine(t) === `${PROMPT} Get-Help -Name`, 5000, 'the typed line');
      assert.match(spo.raw, /\x1b\[35mGet-Help/, 'Command in DarkMagenta');
      assert.match(spo.raw, /\x1b\[96m-Name/, 'Parameter in Cyan');
      assert.doesNotMatch(spo.raw, /\x1b\[93mGet-Help/, 'not the default yellow');
    },
    { settings, env: { NO_COLOR: undefined } },
  );
  await withSpo(
    async (spo) => {
      await spo.type('Get-Help -Name');
      await spo.waitFor((t) => lastLine(t) === `${PROMPT} Get-Help -Name`, 5000, 'the typed line');
      assert.doesNotMatch(spo.raw, /\x1b\[(35|93)mGet-Help/);
    },
    { settings },
  );
});

test('Issue 12.5: spo -c on a terminal: colour by default; TERM=dumb and NO_COLOR (even with FORCE_COLOR) turn it off', async () => {
  const run = async (env: Record<string, string | undefined>): Promise<string> => {
    const { home, env: base } = freshEnv();
    const spo = spawnPty(process.execPath, [spoBin, '-c', 'Write-Warning w'], { env: { ...base, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }, cwd: repoRoot });
    try {
      assert.equal(await spo.exited(15_000), 0);
      await spo.waitFor((t) => t.includes('WARNING: w'), 5000, 'the warning');
      return spo.raw;
    } finally {
      spo.kill();
      rmSync(home, { recursive: true, force: true, maxRetries: 10 });
    }
  };
  assert.match(await run({}), /\x1b\[33;1mWARNING: w/);
  assert.doesNotMatch(await run({ TERM: 'dumb' }), /\x1b\[/);
  assert.doesNotMatch(await run({ NO_COLOR: '1', FORCE_COLOR: '1' }), /\x1b\[/);
});

test('Issue 12.5: TERM=dumb: the console paints no colour either', async () => {
  await withSpo(
    async (spo) => {
      await spo.type('Get-Help -Name');
      await spo.waitFor((t) => lastLine(t) === `${PROMPT} Get-Help -Name`, 5000, 'the typed line');
      assert.doesNotMatch(spo.raw, /\x1b\[[0-9;]*[0-9]m(Get-Help|-Name)/);
    },
    { env: { NO_COLOR: undefined, TERM: 'dumb' } },
  );
});
