// `spo -c` runs dist/bundle/script.cjs with a V8 code cache (bin/code-cache.js). The cache must
// never change what runs: a missing, cut-short, foreign or stale cache file, and a folder that
// cannot be written, all give the same output as no cache at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, spoBin } from './helpers/spo-process.js';

function spo(cacheDir: string, script: string, bin = spoBin) {
  const r = spawnSync(process.execPath, [bin, '-NonInteractive', '-c', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cacheDir, SPO_CACHE_DIR: cacheDir, TERM: 'dumb', NO_COLOR: '1' },
    cwd: tmpdir(),
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Our header (magic "SPO1", payload length) holds for the whole file. */
const wellFormed = (data: Buffer) => data.length > 8 && data.readUInt32LE(0) === 0x53504f31 && data.readUInt32LE(4) === data.length - 8;
const cacheFiles = (dir: string) => readdirSync(join(dir, 'code-cache')).filter((n) => n.endsWith('.v8'));

test('code cache: the first run writes it, the next runs read it and print the same', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.deepEqual(spo(dir, 'Write-Output ok; 1 + 2'), { stdout: 'ok\n3\n', stderr: '', status: 0 });
  const [file] = cacheFiles(dir);
  assert.match(file!, /^script-[0-9a-f]{20}-\d+-\d+-v\d+\.\d+\.\d+-\w+\.v8$/);
  const written = statSync(join(dir, 'code-cache', file!)).mtimeMs;
  assert.deepEqual(spo(dir, 'Write-Output ok; 1 + 2'), { stdout: 'ok\n3\n', stderr: '', status: 0 });
  assert.equal(statSync(join(dir, 'code-cache', file!)).mtimeMs, written, 'a usable cache is not written again');
  assert.deepEqual(cacheFiles(dir), [file]);
});

test('code cache: a cut-short or foreign file is not used, and is made again', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  spo(dir, 'Write-Output ok');
  const path = join(dir, 'code-cache', cacheFiles(dir)[0]!);
  const good = readFileSync(path);
  // Cut short.
  writeFileSync(path, good.subarray(0, good.length >> 1));
  assert.deepEqual(spo(dir, 'Write-Output ok'), { stdout: 'ok\n', stderr: '', status: 0 });
  assert.ok(wellFormed(readFileSync(path)), 'made again');
  // Our header, but bytes that are not V8's (V8 refuses them).
  const foreign = Buffer.alloc(good.length, 0x41);
  good.copy(foreign, 0, 0, 8);
  writeFileSync(path, foreign);
  assert.deepEqual(spo(dir, "Write-Output ok; 'a','b' -join '+'"), { stdout: 'ok\na+b\n', stderr: '', status: 0 });
  assert.notDeepEqual(readFileSync(path), foreign, 'made again');
  assert.ok(wellFormed(readFileSync(path)));
});

test('code cache: a folder that cannot be made or written changes nothing', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A regular file where the folder would be: not writable even for root.
  writeFileSync(join(dir, 'file'), '');
  assert.deepEqual(spo(join(dir, 'file'), 'Write-Output ok'), { stdout: 'ok\n', stderr: '', status: 0 });
});

test('code cache: a bundle edited after the build (same length) runs as edited, not from the old cache', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A copy of the bundle and of bin/ beside it (the bundle finds package.json two folders up).
  const bundle = join(dir, 'dist', 'bundle');
  const bin = join(dir, 'bin');
  for (const d of [bundle, bin]) mkdirSync(d, { recursive: true });
  copyFileSync(join(repoRoot, 'dist', 'bundle', 'script.cjs'), join(bundle, 'script.cjs'));
  copyFileSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  for (const f of ['spo.js', 'code-cache.js', 'package.json']) copyFileSync(join(repoRoot, 'bin', f), join(bin, f));
  const cache = join(dir, 'cache');
  const script = 'Write-Output ok; Get-Nothing';
  const before = spo(cache, script, join(bin, 'spo.js'));
  assert.equal(before.stdout, 'ok\n');
  assert.match(before.stderr, /is not recognized as a name of a cmdlet/);
  const text = readFileSync(join(bundle, 'script.cjs'), 'utf8');
  assert.ok(text.includes('is not recognized as a name of a cmdlet'));
  writeFileSync(join(bundle, 'script.cjs'), text.replaceAll('is not recognized as a name of a cmdlet', 'is not recognised as a name of a cmdlet'));
  const after = spo(cache, script, join(bin, 'spo.js'));
  assert.equal(after.stdout, 'ok\n');
  assert.match(after.stderr, /is not recognised as a name of a cmdlet/);
  assert.equal(cacheFiles(cache).length, 2, 'the edited bundle has a cache file of its own');
});
