// `npm test`: build, type-check, then run every dist/test/*.test.js with node's test runner.
// (An explicit file list: Node 20 runs every .js file of a directory given to --test.)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run(['scripts/build.mjs']) !== 0) process.exit(1);
if (run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) process.exit(1);
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'dist/test'))
  .filter((f) => f.endsWith('.test.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join('dist/test', f));
process.exit(run(['--test', '--test-concurrency=2', ...files]));
