// `spo -c`/`-f` write standard output straight to a pipe or file (src/cli/direct-stdout.ts) instead of
// through process.stdout: everything arrives, in order, interleaved with Write-Host as before, into a
// pipe, a file, a slow reader, and /dev/null; a table's width is pwsh's 80 columns with no terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spoBin } from './helpers/spo-process.js';

const env = { PATH: process.env.PATH ?? '', TERM: 'dumb', NO_COLOR: '1', SPO_CACHE_DIR: join(tmpdir(), 'spo-shell-test-code-cache') };
const numbers = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}\n`).join('');

test('stdout into a pipe: every line, in order, with Write-Host between them', () => {
  const r = spawnSync(process.execPath, [spoBin, '-c', "Write-Output a; Write-Host b; Write-Output c; 1..30000"], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, `a\nb\nc\n${numbers(30000)}`);
});

test('stdout into a file: the same text as into a pipe', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-stdout-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'out.txt');
  const fd = openSync(file, 'w');
  const r = spawnSync(process.execPath, [spoBin, '-c', "Write-Output a; Write-Host b; 1..5000; Get-Variable -Name PID | Format-Table Name"], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', fd, 'pipe'],
  });
  closeSync(fd);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(readFileSync(file, 'utf8'), `a\nb\n${numbers(5000)}\nName\n----\nPID\n\n`);
});

test('stdout into a pipe whose reader is slow: nothing is lost when spo exits', () => {
  // The shell reads after spo has filled the pipe (64 KB) and is waiting to write the rest.
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${spoBin}" -c '1..100000' | (sleep 1; cat)`], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, numbers(100000));
});

test('a table with stdin from /dev/null and stdout into a pipe is 80 columns wide, as in pwsh', () => {
  const r = spawnSync(process.execPath, [spoBin, '-c', "[pscustomobject]@{ A = 'x' * 100 } | Format-Table -Wrap"], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(r.status, 0);
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('x'));
  assert.deepEqual(lines.map((l) => l.length), [79, 21]);
});

test('stdout into /dev/null is written directly too: the script runs to its end without loading Node\'s streams', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-devnull-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Node's own list of the built-in modules the process loaded, written at exit without a stream
  // (a CommonJS preload: --import would start the ES-module loader, which loads streams itself).
  const probe = join(dir, 'probe.cjs');
  writeFileSync(probe, "const { writeSync } = require('node:fs'); process.on('exit', () => writeSync(2, JSON.stringify(process.moduleLoadList)));\n");
  const marker = join(dir, 'done.txt');
  const devNull = openSync('/dev/null', 'w');
  const r = spawnSync(process.execPath, ['--require', probe, spoBin, '-c', `1..3; Write-Host h; Set-Content -LiteralPath '${marker}' -Value done`], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', devNull, 'pipe'],
  });
  closeSync(devNull);
  assert.equal(r.status, 0);
  assert.equal(readFileSync(marker, 'utf8'), 'done\n');
  const loaded = JSON.parse(r.stderr) as string[];
  assert.deepEqual(loaded.filter((m) => /^NativeModule (stream|internal\/fs\/sync_write_stream|tty)$/.test(m)), []);
});

// pwsh 7.6.10: `pwsh -c '…Write-Host…; "done" | Out-File f' | head -1` prints one line, writes f and exits 0.
test('a reader that goes away (| head -1) ends the output quietly; the script runs to its end', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-epipe-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const marker = join(dir, 'done.txt');
  for (const write of ['Write-Host $i', '$i']) {
    const script = `foreach ($i in 1..20000) { ${write} }; 'done' | Out-File '${marker}'`;
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${spoBin}" -c "$0" | head -1`, script], { encoding: 'utf8', env });
    assert.equal(r.stdout, '1\n');
    assert.equal(r.stderr, '', 'no Node error on stderr');
    assert.equal(readFileSync(marker, 'utf8').trim(), 'done');
    rmSync(marker);
  }
});
