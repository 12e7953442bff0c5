// `prepare` (run by `npm install` / `npm ci` in a clone): build when the build tools are there.
// A production install (`npm ci --omit=dev`) has no esbuild; it must not fail, so it only says
// how to get a build when there is none yet. (A packed tarball already carries dist/bundle.)
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
let hasEsbuild = true;
try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  hasEsbuild = false;
}
if (hasEsbuild) {
  process.exit(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status ?? 1);
}
if (!existsSync(new URL('../dist/bundle/main.js', import.meta.url))) {
  process.stderr.write('spo-shell: esbuild is not installed (production install), so nothing was built; run `npm install` to build.\n');
}
