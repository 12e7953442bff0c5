// Get-Random's generator and ranges (what the corpus cannot check: unseeded numbers), and the
// parts of the new everyday cmdlets a corpus case cannot reach (~ paths, a home folder outside the case
// directory). Expected texts elsewhere come from pwsh 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { RandomGenerator } from '../src/cmdlets/get-random.js';
import { SeededDotNetRandom } from '../src/engine/dotnet-random.js';
import { TestHost } from './helpers/test-host.js';

function shell() {
  const host = new TestHost({ answers: [] });
  return { host, shell: new Shell({ host, commands: builtinCommandTable() }) };
}

test('the seeded generator gives .NET System.Random(seed) numbers and the unseeded one covers a small range evenly', () => {
  // [System.Random]::new(42): .Next(), .Next(10), .Next(5,50), .NextDouble() in pwsh 7.6.10.
  const r = new SeededDotNetRandom(42);
  assert.deepEqual([r.next(), r.nextBetween(0, 10), r.nextBetween(5, 50)], [1434747710, 1, 10]);
  assert.equal(String(r.nextDouble()).slice(0, 16), '0.52276427602524');
  const g = new RandomGenerator();
  const counts = new Array(6).fill(0);
  for (let i = 0; i < 6000; i++) counts[g.nextBetween(0, 6)]++;
  for (const n of counts) assert.ok(n > 850 && n < 1150, `uneven: ${counts}`);
  for (let i = 0; i < 1000; i++) {
    const d = g.nextDouble();
    assert.ok(d >= 0 && d < 1);
  }
});

test('Get-Random numbers stay in their range for Int32, Int64 and Double bounds', async () => {
  const { host, shell: sh } = shell();
  await sh.run('$n = Get-Random -Minimum 10 -Maximum 13 -Count 300; ($n | Sort-Object -Unique) -join ","');
  assert.equal(host.output, '10,11,12\n');
  await sh.run('$l = Get-Random -Minimum 4000000000 -Maximum 4000000003 -Count 200; ($l | Sort-Object -Unique) -join ","; $l[0].GetType().Name');
  assert.equal(host.output, '10,11,12\n4000000000,4000000001,4000000002\nInt64\n');
  // Ten Int64 values near 2^53 (compared as text).
  const before = (host.output as string).length;
  await sh.run('Get-Random -Minimum 9007199254740000 -Maximum 9007199254740010 -Count 50');
  const big = (host.output as string).slice(before).trim().split('\n');
  assert.equal(big.length, 50);
  for (const n of big) assert.match(n, /^900719925474000\d$/);
  assert.ok(new Set(big).size > 3);
  await sh.run('$d = Get-Random -Minimum -1.25 -Maximum -1.0 -Count 200; @($d | Where-Object { $_ -lt -1.25 -or $_ -ge -1.0 }).Count; $d[0].GetType().Name');
  assert.match(host.output, /\n0\nDouble\n$/);
});

test('Get-Random -SetSeed makes the numbers and the picks repeat within the session', async () => {
  const { host, shell: sh } = shell();
  await sh.run('$a = Get-Random -SetSeed 5 -Maximum 1000 -Count 5; $b = Get-Random -SetSeed 5 -Maximum 1000 -Count 5; ($a -join ",") -eq ($b -join ",")');
  await sh.run('$x = 1..50 | Get-Random -SetSeed 9 -Shuffle; $y = 1..50 | Get-Random -SetSeed 9 -Shuffle; ($x -join ",") -eq ($y -join ","); ($x -join ",") -ne ((1..50) -join ",")');
  assert.equal(host.output, 'True\nTrue\nTrue\n');
});

test('Copy-Item, Move-Item and Rename-Item take ~ as the home folder', async () => {
  const name = `spo-transfer-${process.pid}`;
  const home = join(homedir(), name);
  const dir = mkdtempSync(join(tmpdir(), 'spo-transfer-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    const { host, shell: sh } = shell();
    sh.session.location = dir;
    await sh.run(`Copy-Item a.txt ~/${name}; Rename-Item ~/${name} ${name}.2; Move-Item ~/${name}.2 ./b.txt -PassThru | ForEach-Object Name`);
    assert.equal(host.errors, '');
    assert.equal(host.output, 'b.txt\n');
    assert.equal(readFileSync(join(dir, 'b.txt'), 'utf8'), 'hello\n');
    assert.ok(!existsSync(home) && !existsSync(`${home}.2`));
    await sh.run(`Copy-Item ~/${name}-nothing .`);
    assert.match(host.errors, new RegExp(`Cannot find path '${home.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}-nothing' because it does not exist\\.`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { force: true });
    rmSync(`${home}.2`, { force: true });
  }
});
