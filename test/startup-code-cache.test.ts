// `spo -c` runs dist/bundle/script.cjs and the chunks it loads with a V8 code cache (bin/code-cache.js).
// The cache must never change what runs: a missing, cut-short, foreign or stale cache file, and a
// folder that cannot be written, all give the same output as no cache at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Our header (magic "SPO2", index length) and index (the data's length, one entry per chunk) hold for the whole file. */
function indexOf(data: Buffer): { data: number; chunks: Record<string, { offset: number; length: number }> } | undefined {
  if (data.length < 8 || data.readUInt32LE(0) !== 0x53504f32) return undefined;
  const length = data.readUInt32LE(4);
  const index = JSON.parse(data.subarray(8, 8 + length).toString('latin1'));
  return 8 + length + index.data === data.length ? index : undefined;
}
const wellFormed = (data: Buffer) => indexOf(data) !== undefined;
const indexEnd = (data: Buffer) => 8 + data.readUInt32LE(4);
const cacheFiles = (dir: string) => readdirSync(join(dir, 'code-cache')).filter((n) => n.endsWith('.v8'));

test('code cache: the first run writes it, the next runs read it and print the same', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.deepEqual(spo(dir, 'Write-Output ok; 1 + 2'), { stdout: 'ok\n3\n', stderr: '', status: 0 });
  const [file] = cacheFiles(dir);
  assert.match(file!, /^script-[0-9a-f]{20}-\d+-\d+-v\d+\.\d+\.\d+-\w+\.v8$/);
  assert.ok(Object.keys(indexOf(readFileSync(join(dir, 'code-cache', file!)))!.chunks).includes('script.cjs'));
  const written = statSync(join(dir, 'code-cache', file!)).mtimeMs;
  assert.deepEqual(spo(dir, 'Write-Output ok; 1 + 2'), { stdout: 'ok\n3\n', stderr: '', status: 0 });
  assert.equal(statSync(join(dir, 'code-cache', file!)).mtimeMs, written, 'a usable cache is not written again');
  assert.deepEqual(cacheFiles(dir), [file]);
});

test('code cache: runs with Node options keep a file of their own, so alternating runs rewrite neither', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // V8 refuses data made under other flags (--max-semi-space-size is one).
  const withFlags = () =>
    spawnSync(process.execPath, ['--max-semi-space-size=8', spoBin, '-c', 'Write-Output ok'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: dir, SPO_CACHE_DIR: dir, TERM: 'dumb', NO_COLOR: '1' },
      cwd: tmpdir(),
    }).stdout;
  assert.equal(spo(dir, 'Write-Output ok').stdout, 'ok\n');
  assert.equal(withFlags(), 'ok\n');
  const files = cacheFiles(dir).sort();
  assert.equal(files.length, 2);
  assert.match(files.find((f) => /-f[0-9a-f]+\.v8$/.test(f)) ?? '', /^script-[0-9a-f]{20}-\d+-\d+-v\d+\.\d+\.\d+-\w+-f[0-9a-f]+\.v8$/);
  const times = files.map((f) => statSync(join(dir, 'code-cache', f)).mtimeMs);
  assert.equal(spo(dir, 'Write-Output ok').stdout, 'ok\n');
  assert.equal(withFlags(), 'ok\n');
  assert.deepEqual(cacheFiles(dir).sort(), files);
  assert.deepEqual(files.map((f) => statSync(join(dir, 'code-cache', f)).mtimeMs), times, 'neither is written again');
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
  // Our header and index, but bytes that are not V8's (V8 refuses them).
  const foreign = Buffer.alloc(good.length, 0x41);
  good.copy(foreign, 0, 0, indexEnd(good));
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

test('code cache: a chunk loaded later is added to the file, and each run reads the data of its own chunks', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.deepEqual(spo(dir, 'Write-Output ok'), { stdout: 'ok\n', stderr: '', status: 0 });
  const path = join(dir, 'code-cache', cacheFiles(dir)[0]!);
  const first = Object.keys(indexOf(readFileSync(path))!.chunks);
  // Get-Help's text is a chunk of its own (script-get-help-run-*.cjs), loaded only when asked for.
  assert.ok(!first.some((name) => name.startsWith('script-get-help-run-')));
  const help = spo(dir, 'Get-Help Write-Output | Out-Null; Write-Output ok');
  assert.deepEqual(help, { stdout: 'ok\n', stderr: '', status: 0 });
  const second = Object.keys(indexOf(readFileSync(path))!.chunks);
  assert.ok(second.some((name) => name.startsWith('script-get-help-run-')), `help's chunk is cached: ${second.join(', ')}`);
  for (const name of first) assert.ok(second.includes(name), `${name} kept`);
  assert.deepEqual(cacheFiles(dir).length, 1);
  assert.deepEqual(spo(dir, 'Get-Help Write-Output | Out-Null; Write-Output ok'), help);
});

test('code cache: a bundle edited after the build (same length) runs as edited, not from the old cache', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A copy of the bundle's script chunks and of bin/ beside it (the bundle finds package.json two folders up).
  const bundle = join(dir, 'dist', 'bundle');
  const bin = join(dir, 'bin');
  for (const d of [bundle, bin]) mkdirSync(d, { recursive: true });
  const chunks = readdirSync(join(repoRoot, 'dist', 'bundle')).filter((n) => /^script.*\.cjs$/.test(n));
  for (const f of chunks) copyFileSync(join(repoRoot, 'dist', 'bundle', f), join(bundle, f));
  copyFileSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  for (const f of ['spo.js', 'code-cache.js', 'package.json']) copyFileSync(join(repoRoot, 'bin', f), join(bin, f));
  const cache = join(dir, 'cache');
  const script = 'Write-Output ok; Get-Nothing';
  const before = spo(cache, script, join(bin, 'spo.js'));
  assert.equal(before.stdout, 'ok\n');
  assert.match(before.stderr, /is not recognized as a name of a cmdlet/);
  const edited = chunks.filter((f) => readFileSync(join(bundle, f), 'utf8').includes('is not recognized as a name of a cmdlet'));
  assert.ok(edited.length > 0);
  for (const f of edited) {
    const text = readFileSync(join(bundle, f), 'utf8');
    writeFileSync(join(bundle, f), text.replaceAll('is not recognized as a name of a cmdlet', 'is not recognised as a name of a cmdlet'));
  }
  const after = spo(cache, script, join(bin, 'spo.js'));
  assert.equal(after.stdout, 'ok\n');
  assert.match(after.stderr, /is not recognised as a name of a cmdlet/);
  assert.deepEqual(spo(cache, script, join(bin, 'spo.js')), after, 'and so it stays, from the cache made for the edited text');
});

test('a one-liner does not load node:crypto, which only Clixml passwords and sign-in need', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-startup-modules-'));
  try {
    // Node's own list of the built-in modules this process loaded, written when it exits.
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList)));\n");
    const r = spawnSync(process.execPath, ['--import', probe, spoBin, '-NonInteractive', '-c', 'Write-Output ok'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: dir, SPO_CACHE_DIR: dir, TERM: 'dumb', NO_COLOR: '1' },
      cwd: tmpdir(),
    });
    assert.equal(r.stdout, 'ok\n');
    const loaded = JSON.parse(r.stderr) as string[];
    assert.deepEqual(loaded.filter((m) => /^NativeModule (crypto|internal\/crypto\/cipher)$/.test(m)), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a one-liner loads script.cjs alone; another cmdlet loads the cmdlets chunk, which shares script.cjs\'s types and state', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.deepEqual(spo(dir, 'Write-Output ok'), { stdout: 'ok\n', stderr: '', status: 0 });
  const path = join(dir, 'code-cache', cacheFiles(dir)[0]!);
  assert.deepEqual(Object.keys(indexOf(readFileSync(path))!.chunks), ['script.cjs']);
  // The chunk's Get-Date makes the DateTime class script.cjs tests and formats (one copy of each
  // module: a second one would fail -is and lose the variable set before the chunk loaded).
  const script = '$before = 5; $d = Get-Date -Year 2000 -Month 1 -Day 2; $d -is [datetime]; $d.Year; Get-Variable before -ValueOnly; "{0:yyyy-MM-dd}" -f $d';
  const expected = { stdout: 'True\n2000\n5\n2000-01-02\n', stderr: '', status: 0 };
  assert.deepEqual(spo(dir, script), expected);
  const chunks = Object.keys(indexOf(readFileSync(path))!.chunks);
  assert.ok(chunks.some((name) => /^script-cmdlets-[0-9A-Z]+\.cjs$/.test(name)), chunks.join(', '));
  assert.deepEqual(spo(dir, script), expected);
});

test('modules a one-liner never runs load from the engine chunk on first use, each as it behaves in the engine', (t) => {
  // scripts/build.mjs keeps them out of script.cjs behind stand-ins (docs/startup.md, tenth round).
  // A FormattedBlock made by Format-Table (the cmdlets' chunk) is told apart by script.cjs's output
  // before anything there loaded the engine chunk; outputs recorded from pwsh 7.6.10.
  const cases: Array<[string, string, string]> = [
    ['"{0:N1}|{1,4}|" -f 1.25, "ab"', '1.2|  ab|\n', ''],
    ['[pscustomobject]@{Path="/"} | Test-Path', 'True\n', ''],
    ['([pscustomobject]@{Name="n"; Value=1} | Format-Table | Out-String).Trim()', 'Name Value\n---- -----\nn        1\n', ''],
    ['Get-SPOTenant', '', 'Get-SPOTenant: Get-SPOTenant is a cmdlet of the Microsoft.Online.SharePoint.PowerShell module that is not available in this version of spo-shell.\n'],
  ];
  for (const [script, stdout, stderr] of cases) {
    const dir = mkdtempSync(join(tmpdir(), 'spo-code-cache-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const first = spo(dir, script);
    assert.deepEqual({ stdout: first.stdout, stderr: first.stderr }, { stdout, stderr }, script);
    const chunks = Object.keys(indexOf(readFileSync(join(dir, 'code-cache', cacheFiles(dir)[0]!)))!.chunks);
    assert.ok(chunks.some((name) => /^script-engine-[0-9A-Z]+\.cjs$/.test(name)), `${script}: ${chunks.join(', ')}`);
    // Again, with the code cache.
    const again = spo(dir, script);
    assert.deepEqual({ stdout: again.stdout, stderr: again.stderr }, { stdout, stderr }, script);
  }
});

test("the suite's spo processes keep their code cache out of the user's cache folder, even with the whole environment passed on", (t) => {
  // scripts/test.mjs sets SPO_CACHE_DIR for every test. Tests that start spo with their own
  // environment (pty tests, pty-flow's spawns) used to write the cache of the build under test into
  // ~/.cache/spo-shell, where bench/cli-startup, run by CI right after the suite, then read what those
  // bigger runs had compiled: +3 M instructions and +50 page faults a one-liner on Node 24
  // (docs/startup.md, eleventh round). Run the suite with scripts/test.mjs.
  const home = mkdtempSync(join(tmpdir(), 'spo-inherited-env-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
  delete env.XDG_CACHE_HOME;
  const r = spawnSync(process.execPath, [spoBin, '-c', 'Write-Output ok'], { encoding: 'utf8', env, cwd: tmpdir() });
  assert.deepEqual({ stdout: r.stdout, stderr: r.stderr, status: r.status }, { stdout: 'ok\n', stderr: '', status: 0 });
  assert.equal(existsSync(join(home, '.cache')), false, 'a code cache was written under the home');
});
