// `npm test`: build, type-check, then run every dist/test/*.test.js with node's test runner.
// (An explicit file list: Node 20 runs every .js file of a directory given to --test.)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Every spo a test starts uses one code cache of the suite's own (bin/code-cache.js), also when the
// test passes on the whole environment (test/helpers' baseEnv sets the same folder): no test writes
// the user's cache folder. The first run to write a build's cache decides what every later one-liner
// deserialises, and CI runs bench/cli-startup right after the suite (docs/startup.md, eleventh round).
const env = { ...process.env, SPO_CACHE_DIR: join(tmpdir(), 'spo-shell-test-code-cache') };
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

if (run(['scripts/build.mjs']) !== 0) process.exit(1);
if (run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) process.exit(1);
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'dist/test'))
  .filter((f) => f.endsWith('.test.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join('dist/test', f));
// Without files node's runner would discover every .js file (fixtures too): a selection must match.
if (files.length === 0) {
  console.error(`test: no dist/test/*.test.js file name contains ${only.map((o) => `'${o}'`).join(' or ')}`);
  process.exit(1);
}
process.exit(run(['--test', '--test-concurrency=2', ...files]));
