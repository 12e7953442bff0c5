// Compress-Archive and Expand-Archive against other ZIP tools: an archive pwsh 7.6.10 made
// (test/fixtures/archives/pwsh-report.zip, a report folder with a nested and an empty folder, an accented
// name and an empty file, its files dated 2024-03-05 14:30:10) expands in spo; archives spo makes have the
// headers .NET writes on Linux and open with Python's zipfile (when python3 is installed). The outputs and
// errors users see are in the conformance corpus (test/conformance/cases/archives.ps1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

const FIXTURE = new URL('../../test/fixtures/archives/pwsh-report.zip', import.meta.url).pathname;

async function inTempDir(body: (dir: string, run: (script: string) => Promise<TestHost>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'spo-archives-'));
  try {
    await body(dir, async (script) => {
      const host = new TestHost();
      const shell = new Shell({ host, commands: builtinCommandTable() });
      shell.session.location = dir;
      await shell.run(script);
      return host;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file and folder under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

/** The central directory's names and fields, read here without the shell's reader. */
function centralEntries(zip: Buffer): Array<{ name: string; madeBy: number; method: number; flags: number; mode: number }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    out.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      madeBy: zip.readUInt16LE(at + 4),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      mode: zip.readUInt32LE(at + 38) >>> 16,
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

test('an archive pwsh made expands in spo: folders, contents, an empty folder and the entries\' times', async () => {
  await inTempDir(async (dir, run) => {
    copyFileSync(FIXTURE, join(dir, 'pwsh-report.zip'));
    const host = await run('Expand-Archive ./pwsh-report.zip -PassThru | ForEach-Object Name');
    assert.equal(host.errors, '');
    // -PassThru: each file with an extension, after its folder when Expand-Archive made that folder.
    assert.equal(host.output, 'report\nsites.csv\ndata\nrésumé.txt\nzero.log\n2024\nnumbers.txt\n');
    const root = join(dir, 'pwsh-report');
    assert.deepEqual(tree(root), [
      'report',
      'report/data',
      'report/data/2024',
      'report/data/2024/numbers.txt',
      'report/data/résumé.txt',
      'report/data/zero.log',
      'report/empty',
      'report/sites.csv',
    ]);
    assert.equal(readFileSync(join(root, 'report/sites.csv'), 'utf8'), 'Site,Storage\nhttps://contoso.sharepoint.com/sites/a,12\n');
    assert.equal(readFileSync(join(root, 'report/data/2024/numbers.txt'), 'utf8').split('\n').length, 301);
    assert.equal(readFileSync(join(root, 'report/data/résumé.txt'), 'utf8'), 'é ü\n');
    assert.equal(statSync(join(root, 'report/data/zero.log')).size, 0);
    const when = statSync(join(root, 'report/sites.csv')).mtime;
    assert.deepEqual([when.getFullYear(), when.getMonth() + 1, when.getDate(), when.getHours(), when.getMinutes(), when.getSeconds()], [2024, 3, 5, 14, 30, 10]);
  });
});

test('spo writes the headers .NET writes on Linux: made by Unix, its modes, stored folders and empty files, the UTF-8 flag', async () => {
  await inTempDir(async (dir, run) => {
    mkdirSync(join(dir, 'src/sub/empty'), { recursive: true });
    writeFileSync(join(dir, 'src/a.txt'), 'hello\n');
    writeFileSync(join(dir, 'src/zero.txt'), '');
    writeFileSync(join(dir, 'src/sub/é.txt'), 'x'.repeat(1000));
    const host = await run('Compress-Archive ./src ./o.zip; Compress-Archive ./src ./f.zip -CompressionLevel Fastest; Compress-Archive ./src ./n.zip -CompressionLevel NoCompression');
    assert.equal(host.errors, '');
    const entries = centralEntries(readFileSync(join(dir, 'o.zip')));
    assert.deepEqual(
      entries.map((e) => [e.name, e.madeBy, e.method, e.flags, e.mode.toString(8)]),
      [
        ['src/a.txt', 0x314, 8, 0, '100644'],
        ['src/zero.txt', 0x314, 0, 0, '100644'],
        ['src/sub/empty/', 0x314, 0, 0, '40755'],
        ['src/sub/é.txt', 0x314, 8, 0x800, '100644'],
      ],
    );
    assert.deepEqual(centralEntries(readFileSync(join(dir, 'f.zip'))).map((e) => e.flags & 6), [6, 0, 0, 6]);
    assert.deepEqual(centralEntries(readFileSync(join(dir, 'n.zip'))).map((e) => e.method), [0, 0, 0, 0]);
  });
});

test('archives spo writes open with Python\'s zipfile, whose CRC check passes', async (t) => {
  if (spawnSync('python3', ['--version']).error) return t.skip('python3 is not installed');
  await inTempDir(async (dir, run) => {
    mkdirSync(join(dir, 'src/deep/er'), { recursive: true });
    writeFileSync(join(dir, 'src/deep/er/big.txt'), Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n'));
    writeFileSync(join(dir, 'src/b.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await run('Compress-Archive ./src ./p.zip');
    const check = spawnSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), sorted(z.namelist()))', join(dir, 'p.zip')], { encoding: 'utf8' });
    // src/deep has no files of its own: the module adds it as an entry.
    assert.equal(check.stdout.trim(), "None ['src/b.bin', 'src/deep/', 'src/deep/er/big.txt']");
  });
});

test('each compression level round-trips a folder; -Update replaces an entry and keeps the others', async () => {
  await inTempDir(async (dir, run) => {
    mkdirSync(join(dir, 'src/sub'), { recursive: true });
    const big = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 31) % 251));
    writeFileSync(join(dir, 'src/sub/big.bin'), big);
    writeFileSync(join(dir, 'src/a.txt'), 'one');
    for (const level of ['Optimal', 'Fastest', 'NoCompression']) {
      const host = await run(`Compress-Archive ./src ./${level}.zip -CompressionLevel ${level}; Expand-Archive ./${level}.zip ./x-${level}`);
      assert.equal(host.errors, '', level);
      assert.deepEqual(readFileSync(join(dir, `x-${level}/src/sub/big.bin`)), big, level);
    }
    writeFileSync(join(dir, 'b.txt'), 'bee');
    let host = await run('Compress-Archive ./src/a.txt, ./b.txt ./Optimal.zip -Update');
    assert.deepEqual(centralEntries(readFileSync(join(dir, 'Optimal.zip'))).map((e) => e.name), ['src/a.txt', 'src/sub/big.bin', 'a.txt', 'b.txt']);
    // The entry of the same name (in any case) is taken out and the new one added at the end.
    writeFileSync(join(dir, 'A.TXT'), 'two');
    host = await run('Compress-Archive ./A.TXT ./Optimal.zip -Update; Expand-Archive ./Optimal.zip ./u');
    assert.equal(host.errors, '');
    assert.deepEqual(centralEntries(readFileSync(join(dir, 'Optimal.zip'))).map((e) => e.name), ['src/a.txt', 'src/sub/big.bin', 'b.txt', 'A.TXT']);
    assert.equal(readFileSync(join(dir, 'u/A.TXT'), 'utf8'), 'two');
  });
});

test('an entry that would land outside the destination is refused and nothing is extracted', async () => {
  await inTempDir(async (dir, run) => {
    // One stored entry named ../evil.txt, written by hand.
    const name = Buffer.from('../evil.txt');
    const data = Buffer.from('x');
    const crc = 0x8cdc1683;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(1, 18);
    local.writeUInt32LE(1, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(1, 20);
    central.writeUInt32LE(1, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + 1, 16);
    writeFileSync(join(dir, 'evil.zip'), Buffer.concat([local, name, data, central, name, end]));
    const host = await run('Expand-Archive ./evil.zip ./out; $Error[0].FullyQualifiedErrorId');
    assert.match(host.errors, /Can not process invalid archive entry '\.\.\/evil\.txt'\./);
    assert.equal(host.output, 'Microsoft.PowerShell.Commands.WriteErrorException,ExpandArchiveHelper\n');
    assert.deepEqual(tree(dir).filter((p) => p.includes('evil.txt')), []);
  });
});
