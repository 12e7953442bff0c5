// The packed package (`npm pack`): its package.json keeps only the scripts that can run in the
// installed package (npm 11 warns on a global install about a `prepare` it cannot run), and the
// checkout's package.json is back as it was afterwards. `npm pack` runs in a copy of the checkout
// (sources, scripts, bin, docs; node_modules linked), so it never empties this checkout's dist/bundle
// while other tests use it. No network: packing reads only the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './helpers/spo-process.js';

test('npm pack: the packed package.json has only the scripts that run in the package; the checkout\'s is restored byte for byte', () => {
  const work = mkdtempSync(join(tmpdir(), 'spo-pack-'));
  try {
    const copy = join(work, 'checkout');
    for (const entry of ['package.json', 'tsconfig.json', 'LICENSE', 'README.md', 'bin', 'docs', 'scripts', 'src']) {
      cpSync(join(repoRoot, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const before = readFileSync(join(copy, 'package.json'), 'utf8');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = spawnSync(npm, ['pack', '--silent', '--pack-destination', work], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' },
      timeout: 120_000,
      shell: process.platform === 'win32',
    });
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = join(work, packed.stdout.trim().split('\n').at(-1)!);
    assert.equal(readFileSync(join(copy, 'package.json'), 'utf8'), before, 'postpack put the checkout\'s package.json back');
    assert.equal(existsSync(join(copy, 'dist', 'pack', 'package.json')), false, 'no copy left behind');

    const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    const manifest = JSON.parse(spawnSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout) as Record<string, unknown>;
    assert.deepEqual(manifest.scripts, { start: 'node bin/spo.js' });
    assert.ok(listing.includes('package/bin/spo.js'), 'the file `start` runs is packed');
    for (const file of ['console-start.cjs', 'main.js', 'script.cjs']) assert.ok(listing.includes(`package/dist/bundle/${file}`), `bin/spo.js's ${file} is packed`);
    assert.ok(!listing.some((file) => file.startsWith('package/scripts/')), 'scripts/ is not packed');
    // Everything else of the manifest is the checkout's.
    const original = JSON.parse(before) as Record<string, unknown>;
    delete original.scripts;
    delete manifest.scripts;
    assert.deepEqual(manifest, original);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
