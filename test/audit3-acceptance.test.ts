// Defects an audit of the shell as users run it found (2026-12-08), each checked the way it was found:
// Ctrl+C at a password prompt of a script run, the exit status of a script on stdin that ends with a
// comment, the sandbox's folder (it holds the app's private key) on SIGTERM and SIGHUP, and the sentences
// for a TMPDIR the sandbox cannot use, an empty -CertificatePath and a Cert: path given as a location.
// Build first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runSpo, spoBin } from './helpers/spo-process.js';
import { spawnPty } from './helpers/pty.js';

test('Ctrl+C at the password prompt of `spo -c` stops the script with status 1, as at any other prompt', async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-audit3-'));
  const script = 'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com; "after=$?"';
  const spo = spawnPty(process.execPath, [spoBin, '--sandbox', '-c', script], { env: { ...baseEnv(home), NO_COLOR: '1', CI: undefined }, cwd: home });
  try {
    await spo.waitFor((t) => /Password for user admin@contoso\.com: $/m.test(t), 20_000, 'the password prompt');
    await spo.type('ab');
    await spo.waitFor((t) => /Password for user admin@contoso\.com: \*\*$/m.test(t), 5000, 'two stars');
    spo.write('\x03');
    assert.equal(await spo.exited(10_000), 1);
    assert.doesNotMatch(await spo.text(), /after=/, 'the statement after the prompt does not run');
  } finally {
    await spo.stop();
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

test('a script on stdin that fails and then has only a comment exits 1: a comment is no statement', async () => {
  const failed = await runSpo(['--sandbox'], { stdin: 'Get-Item ./nonexistent\n# done\n' });
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /Cannot find path/);
  const fine = await runSpo(['--sandbox'], { stdin: 'Get-Item ./nonexistent\n"ok"\n# done\n' });
  assert.deepEqual([fine.stdout, fine.code], ['ok\n', 0]);
});

for (const [signal, status] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  test(`the sandbox's folder with the app's private key is removed when ${signal} ends a script run`, async () => {
    const home = mkdtempSync(join(tmpdir(), 'spo-audit3-'));
    const temp = mkdtempSync(join(tmpdir(), 'spo-audit3-tmp-'));
    try {
      const child = spawn(process.execPath, [spoBin, '--sandbox', '-c', '"ready"; Start-Sleep 30'], { env: { ...baseEnv(home), TMPDIR: temp }, stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
      assert.equal(readdirSync(temp).filter((n) => n.startsWith('spo-sandbox-')).length, 1, 'the folder is there while the script runs');
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code, sig) => resolve(sig ? ({ SIGTERM: 143, SIGHUP: 129 } as Record<string, number>)[sig]! : code)));
      child.kill(signal);
      assert.equal(await exited, status);
      assert.deepEqual(readdirSync(temp).filter((n) => n.startsWith('spo-sandbox-')), []);
    } finally {
      rmSync(home, { recursive: true, force: true });
      rmSync(temp, { recursive: true, force: true });
    }
  });
}

test('a TMPDIR that cannot hold the sandbox folder is one sentence and status 1, not an internal error', async () => {
  const r = await runSpo(['--sandbox', '-c', '"x"'], { env: { TMPDIR: join(tmpdir(), 'spo-audit3-no-such-folder') } });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^spo: The sandbox cannot make its folder in .*spo-audit3-no-such-folder \(there is no such folder\); set TMPDIR to a folder you can write to\.\n$/);
});

test('an empty -CertificatePath says so, instead of reading the current folder as the certificate', async () => {
  const r = await runSpo(['--sandbox', '-c', "Connect-SPOService -Url https://contoso-admin.sharepoint.com -ClientId 00000000-0000-0000-0000-000000000000 -TenantId contoso.onmicrosoft.com -CertificatePath ''"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /-CertificatePath is empty: give the path of the certificate file \(\.pfx\)\./);
  assert.doesNotMatch(r.stderr, /directory/);
});

test('a Cert: path is read by Get-ChildItem and Test-Path, and is no location: the other commands name its provider', async () => {
  const r = await runSpo(['--sandbox', '-c', 'Test-Path Cert:\\CurrentUser\\My; Set-Location Cert:\\CurrentUser\\My; Resolve-Path Cert:\\']);
  assert.equal(r.stdout, 'True\n');
  const sentence = "The 'Cert' drive belongs to PowerShell's Certificate provider: spo-shell runs this command on the file system only.";
  assert.equal(r.stderr, `Set-Location: ${sentence}\nResolve-Path: ${sentence}\n`);
});
