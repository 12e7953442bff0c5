// How the parse benchmarks (bench/parse-10k.ts, bench/parse-constructs.ts) time the parser, shared by
// both (docs/parse-speed.md, "How the parse benchmarks measure"). Each figure comes from child
// processes, never from the benchmark's own process:
//
// - The first parse, as a user's `spo -f big.ps1` gets it: a fresh process loads the parser from the
//   product's start-up bundle (dist/bundle/script.cjs) through the product's code-cache loader
//   (bin/code-cache.js, read and compiled as bin/spo.js does), with a cache that an earlier process
//   made by parsing the same file, as the user's first run of that file leaves it (the cache is
//   written when that process exits, so it holds the bytecode of every parser function that parse
//   compiled). Its own cache folder (SPO_CACHE_DIR), made for the benchmark and removed after.
// - Beside it, labelled, the figure the benchmarks printed before: a fresh process that imports
//   dist/src/language (the transpiled sources) with no code cache at all, as the very first process
//   on a machine would: V8 compiles every grammar function lazily during that first parse.
// - Warm runs (the median of repeats): one process (node --expose-gc) alternates a parse and a
//   tokenize() run after WARM_UPS untimed pairs, each timed run right after a young-generation
//   collection (gc({ type: 'minor' })), so the scavenge that one series' garbage causes never lands
//   in the other series' run (it did: the tokenizer/parse ratio swung 0.54×–1.04× between sets).
//   The collections a run causes itself are still inside its time. The tokenizer's ratio to the
//   parse is judged by the main thread's CPU time (tokenizeRatio), the wall-clock ratio beside it.
//
// What the first-parse child depends on in the product, and says so when it is missing: bin/code-cache.js
// exports runCachedBundle(file, spoImport) and joinNames; dist/bundle/script.cjs runs src/main.ts
// and exports __spoShared(path), whose 'src/language/parser.ts' entry holds parseScript (the
// lazy chunks read the start-up bundle's own parser through it). The child gives main.ts the
// arguments `-f <a file that does not exist>`: main builds its Shell as `spo -f` does, reports the
// file missing (stderr, thrown away) and ends the process (status 64) only after the child's
// synchronous timing has run, so nothing of the product runs a script and nothing was parsed
// before the timed parse.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import { median } from './timing.js';
import { pwshParseFigures, type PwshParseFigures } from './pwsh-parse.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin');
const THIS_FILE = fileURLToPath(import.meta.url);
/** Untimed parse + tokenize pairs after the first runs, before the timed ones. */
const WARM_UPS = 3;

/** Milliseconds the calling thread has run (Linux /proc); NaN elsewhere. */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** One timed call: wall clock, the main thread's CPU, the process's CPU (with V8's background threads). */
export interface Timing {
  wall: number;
  cpu: number;
  processCpu: number;
}

function timed(run: () => void): Timing {
  const p0 = process.cpuUsage();
  const c0 = threadCpuMs();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const cpu = threadCpuMs() - c0;
  const p = process.cpuUsage(p0);
  return { wall, cpu, processCpu: (p.user + p.system) / 1000 };
}

type Parse = (text: string) => { errors: readonly unknown[] };

/** The product's parser, loaded as `spo -f` loads it; a string says why it could not be. */
function productParser(): Parse | string {
  const loaderFile = `${BIN}${sep}code-cache.js`;
  const loader = { exports: {} as { runCachedBundle?: (file: string, spoImport: (s: string) => Promise<unknown>) => unknown; joinNames?: (...names: string[]) => string } };
  // As bin/spo.js: the loader's text compiled with the CommonJS parameters, require() from bin/.
  const params = ['exports', 'require', 'module', '__filename', '__dirname'];
  compileFunction(readFileSync(loaderFile, 'utf8'), params, { filename: loaderFile })(loader.exports, createRequire(join(BIN, 'spo.js')), loader, loaderFile, BIN);
  const { runCachedBundle, joinNames } = loader.exports;
  if (!runCachedBundle || !joinNames) return 'bin/code-cache.js no longer exports runCachedBundle and joinNames';
  process.argv = [process.argv[0]!, join(BIN, 'spo.js'), '-f', join(tmpdir(), `spo-bench-no-such-file-${process.pid}.ps1`)];
  const exports = runCachedBundle(joinNames(ROOT.replace(/\/$/, ''), 'dist', 'bundle', 'script.cjs'), (s) => import(s)) as { __spoShared?: (path: string) => { parseScript?: Parse } | undefined };
  return exports.__spoShared?.('src/language/parser.ts')?.parseScript ?? 'dist/bundle/script.cjs no longer hands out parseScript (__spoShared)';
}

async function plainParser(): Promise<Parse> {
  return (await import('../src/language/parser.js')).parseScript;
}

// Children. Each prints one JSON line on stdout (written synchronously: the product's main.ts ends
// the process in a later tick).
const role = process.argv[2];
if (role === '--first-parse-child') {
  const [, , , how, file] = process.argv;
  const text = readFileSync(file!, 'utf8');
  const parse = how === 'product' ? productParser() : await plainParser();
  let out: unknown;
  if (typeof parse === 'string') out = { unavailable: parse };
  else {
    let errors = 0;
    const first = timed(() => (errors = parse(text).errors.length));
    out = { ...first, errors };
  }
  writeSync(1, `${JSON.stringify(out)}\n`);
} else if (role === '--repeats-child') {
  const [, , , file, repeatsText] = process.argv;
  const text = readFileSync(file!, 'utf8');
  const { parseScript } = await import('../src/language/parser.js');
  const { tokenize } = await import('../src/language/tokenizer.js');
  const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  // The display tokenizer as its callers use it: a stream of numbers, released when read.
  const tokenizeOnce = () => tokenize(text).release();
  // The first run of each (the parse first, then the tokenizer, whose grammar is compiled by then)
  // compiles and tiers up: reported, not part of the medians; so are WARM_UPS more pairs, while
  // TurboFan's code for the grammar arrives (late on a loaded machine: docs/parse-speed.md).
  const firstParse = timed(() => parseScript(text));
  const firstTokenize = timed(tokenizeOnce);
  for (let i = 0; i < WARM_UPS; i++) {
    parseScript(text);
    tokenizeOnce();
  }
  const parse: Timing[] = [];
  const tok: Timing[] = [];
  for (let i = 0; i < Number(repeatsText); i++) {
    // A young-generation collection before each timed run of either series: each starts with an
    // empty young generation, so the scavenge one series' garbage makes never lands in the other's
    // run; the collections a run causes itself stay in its time. (A full gc() here made every run
    // as slow as a first one: the main thread then waited on the collector's background work.)
    gc({ type: 'minor' });
    parse.push(timed(() => parseScript(text)));
    gc({ type: 'minor' });
    tok.push(timed(tokenizeOnce));
  }
  writeSync(1, `${JSON.stringify({ parse, tokenize: tok, firstParse, firstTokenize })}\n`);
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function child(args: string[], env: NodeJS.ProcessEnv = process.env, nodeFlags: string[] = []): Record<string, unknown> {
  const r = spawnSync(process.execPath, [...nodeFlags, THIS_FILE, ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`${args[0]}: status ${r.status}, ${r.stderr || r.error?.message}`);
  return JSON.parse(line) as Record<string, unknown>;
}

/** The median of each of wall, cpu and processCpu over several timings. */
export function medianTiming(runs: Timing[]): Timing {
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), processCpu: median(runs.map((r) => r.processCpu)) };
}

export interface FirstParseFigures {
  /** Product path, cache warmed by an earlier process (a user's second `spo -f` of the file). */
  product: { median: Timing; runs: Timing[]; errors: number } | { unavailable: string };
  /** dist/src/language, no code cache, a fresh process (the figure printed before). */
  uncached: { median: Timing; runs: Timing[]; errors: number };
}

/**
 * First parses of the file in fresh processes, both ways, interleaved process by process so that a
 * change of the machine's load hits both alike.
 */
export function firstParses(file: string, processes: number): FirstParseFigures {
  const cacheDir = mkdtempSync(join(tmpdir(), 'spo-bench-cache-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, SPO_CACHE_DIR: cacheDir };
    delete env.NODE_DISABLE_COMPILE_CACHE; // the figure is the product's with its cache
    // The user's first run of the file: it parses it and, at exit, writes the cache.
    const warm = child(['--first-parse-child', 'product', file], env);
    // The figure is the cached one only if that run left a cache file (bin/code-cache.js's folder).
    if (warm.unavailable === undefined && !readdirOrEmpty(join(cacheDir, 'code-cache')).some((name) => name.endsWith('.v8'))) {
      warm.unavailable = `the first run wrote no code cache in ${cacheDir}/code-cache`;
    }
    const productRuns: Timing[] = [];
    const uncachedRuns: Timing[] = [];
    let errors = 0;
    for (let i = 0; i < processes; i++) {
      if (warm.unavailable === undefined) {
        const r = child(['--first-parse-child', 'product', file], env) as unknown as Timing & { errors: number };
        productRuns.push(r);
        errors = Math.max(errors, r.errors);
      }
      const u = child(['--first-parse-child', 'plain', file]) as unknown as Timing & { errors: number };
      uncachedRuns.push(u);
      errors = Math.max(errors, u.errors);
    }
    return {
      product: warm.unavailable !== undefined ? { unavailable: String(warm.unavailable) } : { median: medianTiming(productRuns), runs: productRuns, errors },
      uncached: { median: medianTiming(uncachedRuns), runs: uncachedRuns, errors },
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Warm parse and tokenize() runs, alternating, each from a collected heap (one process, --expose-gc). */
export interface WarmFigures {
  parse: Timing;
  tokenize: Timing;
  parseRuns: Timing[];
  tokenizeRuns: Timing[];
  /** The process's first parse, and its first tokenize() right after it (not in the medians). */
  firstParse: Timing;
  firstTokenize: Timing;
}

export function warmRuns(file: string, repeats: number): WarmFigures {
  const r = child(['--repeats-child', file, String(repeats)], process.env, ['--expose-gc']) as { parse: Timing[]; tokenize: Timing[]; firstParse: Timing; firstTokenize: Timing };
  return { parse: medianTiming(r.parse), tokenize: medianTiming(r.tokenize), parseRuns: r.parse, tokenizeRuns: r.tokenize, firstParse: r.firstParse, firstTokenize: r.firstTokenize };
}

/** Everything one parse benchmark measures of one file, as bench/run-all.ts reads it (--json). */
export interface ParseBenchFigures {
  name: string;
  lines: number;
  chars: number;
  processes: number;
  repeats: number;
  first: FirstParseFigures;
  warm: WarmFigures;
  pwsh: PwshParseFigures | string;
  /** Parse errors in the file (the benchmark files must parse cleanly). */
  errors: number;
  ok: boolean;
}

/**
 * Measures a benchmark file: first parses in fresh processes (both ways), warm runs, and PowerShell's
 * own parser on the same file. The first parse's target is the product's condition (bundle + code
 * cache); the figure without any cache is judged against the same 100 ms, beside it.
 */
export function parseBench(name: string, file: string, lines: number, options: { processes?: number; repeats?: number } = {}): ParseBenchFigures {
  const processes = options.processes ?? 5;
  const repeats = options.repeats ?? 9;
  const text = readFileSync(file, 'utf8');
  const first = firstParses(file, processes);
  const warm = warmRuns(file, repeats);
  const pwsh = pwshParseFigures(file, repeats);
  const errors = Math.max('unavailable' in first.product ? 0 : first.product.errors, first.uncached.errors);
  const ok = errors === 0 && !('unavailable' in first.product) && first.product.median.wall < 100 && warm.parse.wall < 100;
  return { name, lines, chars: text.length, processes, repeats, first, warm, pwsh, errors, ok };
}

/**
 * The display tokenizer's median against the parse's. Judged by the main thread's CPU time where
 * the system gives it (Linux): on a loaded machine a run of 10-30 ms waits for a core for longer
 * than it runs, so wall-clock medians of 9 runs swing by ±30 % from set to set whatever the code
 * does (docs/parse-speed.md); the wall-clock ratio is printed beside it.
 */
export function tokenizeRatio(warm: WarmFigures): { value: number; clock: string; other: string } {
  const wall = warm.tokenize.wall / warm.parse.wall;
  const cpu = warm.tokenize.cpu / warm.parse.cpu;
  return Number.isFinite(cpu) && cpu > 0
    ? { value: cpu, clock: 'main-thread CPU', other: `wall clock ${wall.toFixed(2)}×` }
    : { value: wall, clock: 'wall clock', other: 'no thread CPU time on this system' };
}

const show = (t: Timing) => `${t.wall.toFixed(1)} ms (cpu ${t.cpu.toFixed(1)} main thread, ${t.processCpu.toFixed(1)} process)`;
const verdict = (pass: boolean) => (pass ? 'OK' : 'SLOW');

/** The figures as the benchmark prints them for a reader. */
export function printParseBench(f: ParseBenchFigures): void {
  const { first, warm } = f;
  const list = (runs: Timing[]) => `processes, wall: ${runs.map((r) => r.wall.toFixed(0)).join(' ')}; main-thread cpu: ${runs.map((r) => r.cpu.toFixed(0)).join(' ')}`;
  console.log(`${f.name}: ${f.lines} lines, ${f.chars} chars${f.errors ? `, ${f.errors} PARSE ERRORS` : ''}. Times in ms: wall clock (CPU of the main thread, of the whole process)`);
  console.log(`  first parse in a fresh process, median of ${f.processes} processes:`);
  if ('unavailable' in first.product) console.log(`    as spo -f runs it: not measured (${first.product.unavailable})`);
  else {
    console.log(`    as spo -f runs it (start-up bundle, code cache made by an earlier run)   ${show(first.product.median)}  target < 100 ms: ${verdict(first.product.median.wall < 100)}`);
    console.log(`      ${list(first.product.runs)}`);
  }
  console.log(`    no code cache (dist/src/language, a machine's first process)              ${show(first.uncached.median)}  target < 100 ms: ${verdict(first.uncached.median.wall < 100)}`);
  console.log(`      ${list(first.uncached.runs)}`);
  const ratio = tokenizeRatio(warm);
  console.log(`  warm runs, median of ${f.repeats} after ${WARM_UPS + 1} untimed, parse and tokenize alternating, each after a young-generation collection (node --expose-gc):`);
  console.log(`    parseScript   ${show(warm.parse)}  target < 100 ms: ${verdict(warm.parse.wall < 100)}`);
  console.log(
    `    tokenize      ${show(warm.tokenize)} = ${ratio.value.toFixed(2)}× the parse by ${ratio.clock} (${ratio.other})  target ≤ 0.7×: ${verdict(ratio.value <= 0.7)}` +
      `  (syntax colouring: the grammar, tokens as numbers; its first run, after one parse: ${warm.firstTokenize.wall.toFixed(1)} ms)`,
  );
  if (typeof f.pwsh === 'string') console.log(`  pwsh ParseInput   ${f.pwsh}`);
  else {
    console.log(`  pwsh ParseInput   cold ${f.pwsh.cold.toFixed(1)} ms (cpu ${f.pwsh.coldCpu.toFixed(1)}), warm median ${f.pwsh.warm.toFixed(1)} ms (cpu ${f.pwsh.warmCpu.toFixed(1)}) (PowerShell 7.6.10's own parser, same file, in a fresh pwsh)`);
    if (!('unavailable' in first.product)) {
      console.log(`  spo / pwsh        cold ${(first.product.median.wall / f.pwsh.cold).toFixed(2)}× (spo as spo -f runs it), warm ${(warm.parse.wall / f.pwsh.warm).toFixed(2)}× (wall clock)`);
    }
  }
}

/** A benchmark's command line: [--json] [--processes=N] [--repeats=N]. */
export function benchOptions(argv: string[]): { json: boolean; processes?: number; repeats?: number } {
  const value = (name: string) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    return arg === undefined ? undefined : Number(arg.slice(name.length + 3));
  };
  return { json: argv.includes('--json'), processes: value('processes'), repeats: value('repeats') };
}
