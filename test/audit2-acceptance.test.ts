// Second acceptance audit: promises of /work/shared/DESIGN.md and the current Connect-SPOService page
// checked as users meet them, for defects the first audit (audit-acceptance.test.ts) did not cover.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { runSpo } from './helpers/spo-process.js';

test('Start-Transcript in the console: the typed line is recorded as plain text, without the colours of its highlighting', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-audit2-'));
  try {
    const host = new TestHost();
    const shell = new Shell({ host, commands: builtinCommandTable() });
    shell.session.location = dir;
    await shell.run('Start-Transcript -Path t.txt');
    // The console hands the engine the prompt and the line as shown: highlighted with SGR sequences.
    await shell.run("'hi'", { echo: 'spo> \x1b[36m\'hi\'\x1b[0m' });
    await shell.run('Stop-Transcript');
    const text = readFileSync(join(dir, 't.txt'), 'utf8');
    assert.ok(text.includes("\nspo> 'hi'\nhi\n"), text);
    assert.ok(!text.includes('\x1b'), 'no escape sequence in the transcript');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Example 9's certificate object: NotBefore and NotAfter are DateTimes (an expiry check compares them with Get-Date)", async () => {
  const r = await runSpo([
    '--sandbox',
    '-c',
    '$cert = Get-ChildItem "Cert:\\LocalMachine\\My\\$env:SPO_SANDBOX_THUMBPRINT"; $cert.NotAfter.GetType().FullName; $cert.NotAfter -gt (Get-Date).AddDays(30); ($cert.NotAfter - $cert.NotBefore).Days -ge 364; $cert.NotBefore.Kind',
  ]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'System.DateTime\nTrue\nTrue\nLocal\n');
});

test('text after a directory listing prints under its last row and the listing goes on (pwsh 7.6.10): `Get-ChildItem; "x"`', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-audit2-'));
  try {
    writeFileSync(join(dir, 'a.txt'), '');
    utimesSync(join(dir, 'a.txt'), new Date(2024, 2, 5, 14, 7, 9), new Date(2024, 2, 5, 14, 7, 9));
    const r = await runSpo(['-c', `Get-ChildItem '${dir}'; "x"; Get-ChildItem '${dir}'; 5`]);
    assert.equal(r.stderr, '');
    const row = r.stdout.split('\n')[5]!;
    assert.match(row, /^-rw-r--r-- .* 03\/05\/2024 14:07            0 a\.txt$/);
    assert.equal(
      r.stdout,
      `\n    Directory: ${dir}\n\nUnixMode         User Group         LastWriteTime         Size Name\n--------         ---- -----         -------------         ---- ----\n${row}\nx\n${row}\n5\n\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
