// Issue 14 speed target: `spo -c 'Write-Output ok'` takes at most 1.3× `node -e 0` (issue 2 asked 2×),
// measured side by side (alternating, so machine load affects both alike). Prints medians of wall
// time and, where Linux's /proc has it, mean CPU time (user + system) of the children, which a busy
// machine disturbs far less, and the median of the children's minor page faults (memory newly
// touched, which load does not change: the steadiest figure for comparing two builds). Also shown:
// spo without its code cache (NODE_DISABLE_COMPILE_CACHE=1, as a first run or a read-only home),
// which is not the target's figure; and node running a one-line CommonJS file that writes `ok`, the
// floor for any command installed as a Node file (Node's module loader finds, reads and wraps it).
// spo's code cache is a folder of the bench's own, written by its first one-liner (the user's folder
// may hold a cache written by a bigger script, which a one-liner then deserialises too).
// `--snapshot` adds two V8 user-land startup snapshots made with the running Node (docs/startup.md,
// fourth round): an empty one (what `node --snapshot-blob` costs by itself) and one holding the whole
// script program with every module evaluated, run as `node --snapshot-blob <blob> -- -c ...`.
// `--instructions` adds the instructions `node -e 0` and spo -c execute, counted by valgrind's
// callgrind (the figure machine load does not move; docs/startup.md, fifth and sixth rounds; the
// median of three runs each, without V8's random hash-seed prime search; needs valgrind on PATH, ~15 s a run).
// `--phases` adds where spo -c's start goes, step by step: page faults and CPU of each step, from
// marks (process.resourceUsage()) in a copy of bin/ and dist/bundle/ whose loader and script.cjs the
// bench patches (docs/startup.md, eleventh round); the shipped files are not changed.
// Usage: node scripts/build.mjs && node dist/bench/cli-startup.js [runs] [--snapshot] [--instructions] [--phases]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { childrenCpu } from './timing.js';

/** Minor page faults of the reaped children so far (Linux /proc): memory newly touched, which load does not change. */
function childrenFaults(): number | undefined {
  try {
    return Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[8]);
  } catch {
    return undefined;
  }
}

const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 15);
const withSnapshots = process.argv.includes('--snapshot');
const withInstructions = process.argv.includes('--instructions');
const withPhases = process.argv.includes('--phases');
const spo = fileURLToPath(new URL('../../bin/spo.js', import.meta.url));


function time(args: string[], expect?: string, env?: Record<string, string>): { wall: number; cpu: number | undefined; faults: number | undefined } {
  const f0 = childrenFaults();
  const c0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const wall = performance.now() - t0;
  const c1 = childrenCpu();
  const f1 = childrenFaults();
  if (r.status !== 0 || (expect !== undefined && r.stdout !== expect)) {
    throw new Error(`${args.join(' ')} failed: status ${r.status}, stdout ${JSON.stringify(r.stdout)}, stderr ${JSON.stringify(r.stderr)}`);
  }
  return { wall, cpu: c0 === undefined || c1 === undefined ? undefined : c1 - c0, faults: f0 === undefined || f1 === undefined ? undefined : f1 - f0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const floorDir = mkdtempSync(join(tmpdir(), 'spo-bench-'));
const floorFile = join(floorDir, 'ok.cjs');
writeFileSync(floorFile, "'use strict';\nrequire('node:fs').writeSync(1, 'ok\\n');\n");
process.on('exit', () => rmSync(floorDir, { recursive: true, force: true }));
// spo's code cache in a folder of the bench's own, written by the first one-liner below: the cache
// holds what the run that wrote it compiled, so one made by a bigger script (a test run, the user's
// own) makes every one-liner deserialise more (docs/startup.md, seventh and eleventh rounds).
const cacheEnv = { SPO_CACHE_DIR: join(floorDir, 'cache') };
const variants = {
  'node -e 0': () => time(['-e', '0']),
  'node ok.cjs (floor)': () => time([floorFile], 'ok\n'),
  "spo -c 'Write-Output ok'": () => time([spo, '-c', 'Write-Output ok'], 'ok\n', cacheEnv),
  'spo -c, no code cache': () => time([spo, '-c', 'Write-Output ok'], 'ok\n', { ...cacheEnv, NODE_DISABLE_COMPILE_CACHE: '1' }),
  ...(withSnapshots ? await snapshotVariants() : {}),
};

/** The two snapshot variants: blobs made here with this Node (they are specific to its version). */
async function snapshotVariants(): Promise<Record<string, () => ReturnType<typeof time>>> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const empty = join(floorDir, 'empty.cjs');
  writeFileSync(empty, "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {});\n");
  // The script program as one CommonJS file (the build's script.cjs is code-split into chunks that
  // bin/spo.js loads): every module is evaluated while the snapshot is made, and main() runs
  // when it is deserialised. The console is left out as in script.cjs.
  const bundled = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    external: ['@azure/msal-node', 'undici', 'conf', 'react-devtools-core', 'chalk', 'node-forge'],
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': JSON.stringify(new URL('dist/bundle/script.cjs', `file://${root}`).href) },
    plugins: [{
      name: 'console-elsewhere',
      setup(b) {
        b.onResolve({ filter: /\/ui\/run\.js$/ }, () => ({ path: 'console', namespace: 'console-elsewhere' }));
        b.onLoad({ filter: /.*/, namespace: 'console-elsewhere' }, () => ({ contents: 'const no = () => { throw new Error("no console"); }; export { no as bannerText, no as showPromptEarly, no as runConsole };', loader: 'js' }));
      },
    }],
    write: false,
    logLevel: 'error',
  });
  let text = bundled.outputFiles[0]!.text;
  const call = 'main(process.argv.slice(2))';
  const at = text.lastIndexOf(call);
  if (at < 0) throw new Error('bench: main() call not found in the bundle');
  text = `${text.slice(0, at)}require("node:v8").startupSnapshot.setDeserializeMainFunction(() => main(process.argv.slice(1))${text.slice(at + call.length)}`.replace(/;?\s*$/, ');\n');
  const engine = join(floorDir, 'engine.cjs');
  writeFileSync(engine, text);
  const blob = (entry: string) => {
    const out = `${entry}.blob`;
    const r = spawnSync(process.execPath, ['--snapshot-blob', out, '--build-snapshot', entry], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: --build-snapshot ${entry} failed: ${r.stderr}`);
    return out;
  };
  const emptyBlob = blob(empty);
  const engineBlob = blob(engine);
  return {
    'empty snapshot': () => time(['--snapshot-blob', emptyBlob, '--', 'x']),
    'engine snapshot, -c': () => time(['--snapshot-blob', engineBlob, '--', '-c', 'Write-Output ok'], 'ok\n'),
  };
}
// Warm the file cache (and make spo's code cache) for all.
for (const run of Object.values(variants)) run();
const results = new Map<string, Array<ReturnType<typeof time>>>(Object.keys(variants).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [name, run] of Object.entries(variants)) results.get(name)!.push(run());

const figures = [...results].map(([name, rs]) => ({
  name,
  wall: median(rs.map((r) => r.wall)),
  cpu: rs[0]!.cpu === undefined ? undefined : mean(rs.map((r) => r.cpu!)),
  faults: rs[0]!.faults === undefined ? undefined : median(rs.map((r) => r.faults!)),
}));
const node = figures[0]!;
for (const f of figures) {
  const cpu = f.cpu === undefined || node.cpu === undefined ? '' : `; cpu mean ${f.cpu.toFixed(1)} ms (${(f.cpu / node.cpu).toFixed(2)}×)`;
  const faults = f.faults === undefined || node.faults === undefined ? '' : `; page faults ${f.faults} (+${f.faults - node.faults})`;
  console.log(`${f.name.padEnd(26)} wall median ${f.wall.toFixed(1)} ms (${(f.wall / node.wall).toFixed(2)}×)${cpu}${faults}`);
}
if (withInstructions) {
  // Three runs each under callgrind, alternating, and the median. Most of a run's spread (up to ±5 M)
  // is V8 making its hash seed: on Node 22+ (V8 12.x+) HashSeed::InitializeRoots searches for
  // primes from a random start, 7–12 M instructions at random (docs/startup.md, eighth round). That
  // function's count is taken out (callgrind_annotate, when installed beside valgrind), which leaves
  // about ±0.3 M between runs. spo's code cache was made by the runs above.
  const count = (args: string[]) => {
    const out = join(floorDir, 'callgrind.out');
    const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...cacheEnv } });
    const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '')?.[1];
    if (refs === undefined) return undefined;
    const annotated = spawnSync('callgrind_annotate', ['--inclusive=yes', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seed = /^\s*([\d,]+) .*HashSeed::InitializeRoots/m.exec(annotated.stdout ?? '')?.[1];
    rmSync(out, { force: true });
    return Number(refs.replaceAll(',', '')) - (seed === undefined ? 0 : Number(seed.replaceAll(',', '')));
  };
  const nodeCounts: Array<number | undefined> = [];
  const spoCounts: Array<number | undefined> = [];
  for (let i = 0; i < 3; i++) {
    nodeCounts.push(count(['-e', '0']));
    spoCounts.push(count([spo, '-c', 'Write-Output ok']));
  }
  if ([...nodeCounts, ...spoCounts].includes(undefined)) console.log('instructions: valgrind did not run (is it installed?)');
  else {
    const m = (xs: Array<number | undefined>) => median(xs as number[]) / 1e6;
    const range = (xs: Array<number | undefined>) => `${(Math.min(...(xs as number[])) / 1e6).toFixed(1)}–${(Math.max(...(xs as number[])) / 1e6).toFixed(1)}`;
    console.log(
      `instructions (callgrind, median of 3, without the hash seed's prime search): node -e 0 ${m(nodeCounts).toFixed(1)} M (${range(nodeCounts)}); ` +
        `spo -c ${m(spoCounts).toFixed(1)} M (${range(spoCounts)}) (${(m(spoCounts) / m(nodeCounts)).toFixed(2)}×, +${(m(spoCounts) - m(nodeCounts)).toFixed(1)} M)`,
    );
  }
}
if (withPhases) {
  try {
    phases();
  } catch (error) {
    console.log(`phases: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}

/**
 * --phases: a copy of bin/ and dist/bundle/ whose loader marks each step of `spo -c 'Write-Output ok'`
 * (minor page faults and CPU from process.resourceUsage(), written to stderr at exit), with a cache
 * folder of its own made by the first run; medians over the runs. The first row is the process's own
 * start up to the loader (Node, bin/spo.js, compiling bin/code-cache.js): compare it with node -e 0.
 * The patches look for the text they change and stop the bench when it is not there (the loader or
 * the build changed: update them here).
 */
function phases(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const copy = join(floorDir, 'phases');
  mkdirSync(join(copy, 'dist'), { recursive: true });
  cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(root, 'dist', 'bundle'), join(copy, 'dist', 'bundle'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(copy, 'package.json'));
  try {
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir'); // packages, for chunks that load them
  } catch {
    // A one-liner loads no package.
  }
  const patch = (file: string, edits: Array<[string | RegExp, (found: string) => string]>) => {
    let text = readFileSync(file, 'latin1');
    for (const [find, replace] of edits) {
      const at = typeof find === 'string' ? text.indexOf(find) : text.search(find);
      const found = typeof find === 'string' ? find : find.exec(text)?.[0];
      if (at < 0 || found === undefined) throw new Error(`${file}: ${String(find)} not found; update bench/cli-startup.ts`);
      text = text.slice(0, at) + replace(found) + text.slice(at + found.length);
    }
    writeFileSync(file, text, 'latin1');
  };
  patch(join(copy, 'bin', 'code-cache.js'), [
    [
      "const fs = require('node:fs');",
      (s) =>
        `${s} const marks = []; const mark = (step) => { const r = process.resourceUsage(); marks.push([step, r.minorPageFault, r.userCPUTime + r.systemCPUTime]); };` +
        " globalThis.__spoMark = mark; mark(\"node's start, bin/spo.js, compiling bin/code-cache.js\");" +
        " process.on('exit', () => { mark('the rest of the run and exit'); fs.writeSync(2, '\\n' + marks.map(([step, f, c], i) => i === 0 ? `@${step}\\t${f}\\t${c}` : `@${step}\\t${f - marks[i - 1][1]}\\t${c - marks[i - 1][2]}`).join('\\n') + '\\n'); });",
    ],
    ['  const entry = readChunk(file);', (s) => `${s} mark('reading script.cjs (text)');`],
    ['    const script = new vm.Script(', (s) => `    mark('reading ' + name + "'s cache data");${s}`],
    ['    script.runInThisContext()(', () => "    mark('compiling ' + name + ' (deserialising)'); const run = script.runInThisContext(); mark('running ' + name + \"'s script (its wrapper's closure)\"); run("],
    ['module.exports = { runCachedBundle, joinNames };', (s) => s],
  ]);
  // The module top levels end where main() is called, at the end of script.cjs.
  patch(join(copy, 'dist', 'bundle', 'script.cjs'), [
    [/[\w$]+\(process\.argv\.slice\(2\)\)\.then\(/, (s) => s.replace('(process.argv.slice(2))', '((globalThis.__spoMark("module top levels"), process.argv.slice(2)))')],
  ]);
  const env: NodeJS.ProcessEnv = { ...process.env, SPO_CACHE_DIR: join(floorDir, 'phases-cache') };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  const spoCopy = join(copy, 'bin', 'spo.js');
  const steps = new Map<string, Array<[number, number]>>();
  for (let i = 0; i <= runs; i++) {
    const r = spawnSync(process.execPath, [spoCopy, '-c', 'Write-Output ok'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
    if (r.status !== 0 || r.stdout !== 'ok\n') throw new Error(`the patched copy failed: status ${r.status}, stderr ${JSON.stringify(r.stderr)}`);
    if (i === 0) continue; // it made the cache
    for (const line of r.stderr.split('\n')) {
      const [step, faults, cpu] = line.startsWith('@') ? line.slice(1).split('\t') : [];
      if (step === undefined) continue;
      if (!steps.has(step)) steps.set(step, []);
      steps.get(step)!.push([Number(faults), Number(cpu) / 1000]);
    }
  }
  console.log(`phases of spo -c 'Write-Output ok' (${process.version}; medians of ${runs} runs; page faults, CPU):`);
  for (const [step, values] of steps) {
    console.log(`  ${step.padEnd(58)} ${String(median(values.map((v) => v[0]))).padStart(5)} ${median(values.map((v) => v[1])).toFixed(1).padStart(6)} ms`);
  }
}

youngGeneration();

/**
 * The young generation (docs/startup.md, sixth and seventeenth rounds): a start whose objects
 * outgrow V8's first semi-space pays a scavenge that copies every live object (1–5 ms here), and
 * Node 22/24 leave less room than Node 20. Printed: the young bytes in use at exit with a 16 MB
 * semi-space (so nothing is collected; a figure load does not move), `node -e 0`'s beside it, and
 * the scavenges of a plain run (`--trace-gc`), which should be none.
 */
function youngGeneration(): void {
  const probe = join(floorDir, 'young.cjs');
  writeFileSync(probe, "process.on('exit', () => require('node:fs').writeSync(2, `young ${require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size}\\n`));\n");
  const young = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--min-semi-space-size=16', '-r', probe, ...args], { encoding: 'utf8', env: { ...process.env, ...cacheEnv } });
    return Math.round(Number(/young (\d+)/.exec(r.stderr ?? '')?.[1]) / 1024);
  };
  const traced = spawnSync(process.execPath, ['--trace-gc', spo, '-c', 'Write-Output ok'], { encoding: 'utf8', env: { ...process.env, ...cacheEnv } });
  const scavenges = (traced.stdout.match(/Scavenge/g) ?? []).length;
  console.log(`young generation: spo -c ${young([spo, '-c', 'Write-Output ok'])} KB in use at exit, node -e 0 ${young(['-e', '0'])} KB (16 MB semi-space); scavenges in a plain spo -c: ${scavenges}`);
}

const spoFigure = figures.find((f) => f.name.startsWith('spo -c '))!;
const ratio = spoFigure.wall / node.wall;
const cpuRatio = spoFigure.cpu === undefined || node.cpu === undefined ? '' : `, cpu ${(spoFigure.cpu / node.cpu).toFixed(2)}×`;
console.log(`cli-startup (${process.version}): ${runs} runs each; ratio ${ratio.toFixed(2)}×${cpuRatio} (target ≤ 1.3×) ${ratio <= 1.3 ? 'OK' : 'SLOW'}`);
process.exitCode = ratio <= 1.3 ? 0 : 1;
