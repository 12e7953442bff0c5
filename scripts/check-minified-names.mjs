// Proves that minifying the script bundle's JS names (scripts/build.mjs, docs/startup.md sixth round)
// changes nothing a user sees: builds the script bundle twice, with names minified (as shipped) and
// with names kept (`--keep-names`), then runs every case of the conformance corpus
// (test/conformance/cases/*.ps1) as a real `spo` process through each build, the way the corpus test
// runs its process cases (-c or -f case.ps1, -NonInteractive unless the case says otherwise, its
// stdin), and compares stdout, stderr and the exit code. A case whose output differs between two runs
// of the same build (a time, a random number) is run again and counted apart, not as a difference.
// Every run is in a network namespace of its own when `unshare -n` works (root on Linux), else behind
// a proxy on a closed local port: no case can reach the network.
// Usage: npm run build && node scripts/check-minified-names.mjs [--jobs N] [--filter text]
// Exit code 0 when no case differs. Takes ~10 minutes on two cores (two processes per case).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const jobs = Number(option('--jobs') ?? 2);
const filter = option('--filter');

// No network: re-run this script in a network namespace of its own (only loopback, and that down).
if (!process.env.SPO_NAMES_CHECK_ISOLATED) {
  const probe = spawnSync('unshare', ['-n', 'true']);
  if (probe.status === 0) {
    const r = spawnSync('unshare', ['-n', process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], {
      stdio: 'inherit',
      env: { ...process.env, SPO_NAMES_CHECK_ISOLATED: 'namespace' },
    });
    process.exit(r.status ?? 1);
  }
}
const isolation = process.env.SPO_NAMES_CHECK_ISOLATED ?? 'a proxy on a closed port';

const { loadCorpus } = await import(pathToFileURL(join(root, 'dist/test/conformance/corpus.js')).href);
const { baseEnv } = await import(pathToFileURL(join(root, 'dist/test/helpers/spo-process.js')).href);
const work = mkdtempSync(join(tmpdir(), 'spo-names-check-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** A checkout-shaped folder with its own build of the bundle (bin/spo.js finds ../dist/bundle). */
function buildVariant(name, flags) {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const d of ['src', 'node_modules']) symlinkSync(join(root, d), join(dir, d));
  for (const f of ['bin', 'scripts', 'package.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
  const r = spawnSync(process.execPath, [join(dir, 'scripts/build.mjs'), '--package', ...flags], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build ${name} failed: ${r.stderr}`);
  const size = readdirSync(join(dir, 'dist/bundle')).filter((f) => f.startsWith('script')).length;
  return { name, dir, spo: join(dir, 'bin/spo.js'), chunks: size };
}
const minified = buildVariant('minified', []);
const named = buildVariant('named', ['--keep-names']);

function run(variant, c, cwd) {
  const home = mkdtempSync(join(work, 'home-'));
  const args = [variant.spo];
  if (c.nonInteractive) args.push('-NonInteractive');
  if (c.mode === '-f') args.push('-f', 'case.ps1');
  else args.push('-c', c.script);
  // The corpus test's environment; each build keeps a code cache of its own.
  const env = {
    ...baseEnv(home),
    SPO_CACHE_DIR: join(work, `cache-${variant.name}`),
    NO_COLOR: '1',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
  };
  // The case directory is emptied before each run: files one run wrote must not change the other's.
  for (const entry of readdirSync(cwd)) rmSync(join(cwd, entry), { recursive: true, force: true });
  if (c.mode === '-f') writeFileSync(join(cwd, 'case.ps1'), c.script);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      // The home folder's random name can appear in an output, and so can the build's own folder
      // (Get-Module lists the module's directory): the same text for both builds.
      const clean = (t) => t.replaceAll(home, '<home>').replaceAll(variant.dir, '<checkout>');
      resolve({ stdout: clean(stdout), stderr: clean(stderr), exit: signal ? `signal ${signal}` : code });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(c.stdin ?? '');
  });
}
const same = (a, b) => a.stdout === b.stdout && a.stderr === b.stderr && a.exit === b.exit;

const cases = loadCorpus().filter((c) => !filter || c.id.includes(filter));
let compared = 0;
let unsteady = 0;
const differences = [];
let next = 0;
async function worker(n) {
  // One case directory per worker, so both builds run a case in the same folder (paths in messages agree).
  const cwd = join(work, `case-${n}`);
  mkdirSync(cwd);
  while (next < cases.length) {
    const c = cases[next++];
    const a = await run(named, c, cwd);
    const b = await run(minified, c, cwd);
    if (same(a, b)) {
      compared++;
      continue;
    }
    // Differs: is the case steady at all? Run the named build once more.
    const again = await run(named, c, cwd);
    if (!same(a, again)) {
      unsteady++;
      continue;
    }
    compared++;
    differences.push({ id: c.id, named: a, minified: b });
  }
}
const started = Date.now();
await Promise.all(Array.from({ length: jobs }, (_, i) => worker(i)));
for (const d of differences) console.log(`DIFFERS ${d.id}\n  names kept: ${JSON.stringify(d.named)}\n  minified:   ${JSON.stringify(d.minified)}`);
console.log(
  `check-minified-names: ${cases.length} corpus cases run through both builds (${minified.chunks} script files each; isolation: ${isolation}); ` +
    `${compared} compared, ${differences.length} differ, ${unsteady} not steady between two runs of one build (not compared); ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exitCode = differences.length === 0 ? 0 : 1;
