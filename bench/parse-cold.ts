// Issue 14 work tool: the first parse of a fresh process, many times, for both benchmark files,
// without PowerShell beside it (bench/parse-10k.ts and bench/parse-constructs.ts print the
// official figures). Reports, per file, the median over fresh processes of the first parse's wall
// clock and of the main thread's CPU time (/proc/thread-self/schedstat: on a shared machine the
// process CPU time includes V8's background compiles and GC threads, and wall clock the waits for
// a core; the process's CPU time beside it adds V8's background compiles and GC helpers, which
// compete with the main thread on a 2-core machine), the first parse's minor page faults, and the
// median of the repeats after it.
// Usage: node scripts/build.mjs && node dist/bench/parse-cold.js [processes=7] [--language=<dir of another build>] [-- node flags]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constructsLines, tenThousandLines } from './parse-files.js';
import { median } from './timing.js';

/** Nanoseconds the calling thread has run (Linux); undefined elsewhere. */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

if (process.argv[2] === '--child') {
  const [, , , file, languageDir, tokenizeArg] = process.argv;
  const text = readFileSync(file!, 'utf8');
  const language = resolve(languageDir!);
  const { parseScript } = (await import(pathToFileURL(join(language, 'parser.js')).href)) as typeof import('../src/language/parser.js');
  const { tokenize } = (await import(pathToFileURL(join(language, 'tokenizer.js')).href)) as typeof import('../src/language/tokenizer.js');
  // A build's tokenize() returns a TokenStream (released when done, as its callers do) or, before
  // the streams, an array of token objects.
  const tokenizeOnce = () => {
    const tokens = tokenize(text) as unknown as { count?: number; length?: number; release?: () => void };
    const count = tokens.count ?? tokens.length ?? 0;
    tokens.release?.();
    return count > 0 ? 0 : 1;
  };
  const run = tokenizeArg === 'tokenize' ? tokenizeOnce : () => parseScript(text).errors.length;
  const once = () => {
    const f0 = process.resourceUsage().minorPageFault;
    const c0 = threadCpuMs();
    const p0 = process.cpuUsage();
    const t0 = performance.now();
    const errors = run();
    const wall = performance.now() - t0;
    const p = process.cpuUsage(p0);
    return { wall, cpu: threadCpuMs() - c0, processCpu: (p.user + p.system) / 1000, errors, faults: process.resourceUsage().minorPageFault - f0 };
  };
  const first = once();
  const runs = Array.from({ length: 9 }, once);
  console.log(JSON.stringify({ first, repeatWall: median(runs.map((r) => r.wall)), repeatCpu: median(runs.map((r) => r.cpu)) }));
} else {
  const args = process.argv.slice(2);
  const dashes = args.indexOf('--');
  const nodeFlags = dashes >= 0 ? args.slice(dashes + 1) : [];
  const own = dashes >= 0 ? args.slice(0, dashes) : args;
  const processes = Number(own.find((a) => /^\d+$/.test(a)) ?? 7);
  // Builds to compare (this one unless named), timed in turn so that a change of load hits them alike.
  const named = own.filter((a) => a.startsWith('--language=')).map((a) => a.slice('--language='.length));
  const languageDirs = named.length ? named : [fileURLToPath(new URL('../src/language', import.meta.url))];
  const withTokenize = own.includes('--tokenize');

  const dir = mkdtempSync(join(tmpdir(), 'spo-parse-cold-'));
  try {
    const files: Record<string, string> = { '10k': join(dir, '10k.ps1') };
    writeFileSync(files['10k']!, tenThousandLines().join('\n'));
    files.constructs = join(dir, 'constructs.ps1');
    writeFileSync(files.constructs, constructsLines().join('\n'));
    for (const mode of withTokenize ? ['parse', 'tokenize'] : ['parse']) {
      for (const [name, file] of Object.entries(files)) {
        type Result = { first: { wall: number; cpu: number; processCpu: number; errors: number; faults: number }; repeatWall: number; repeatCpu: number };
        const all: Result[][] = languageDirs.map(() => []);
        for (let i = 0; i < processes; i++) {
          languageDirs.forEach((languageDir, k) => {
            const child = spawnSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), '--child', file, languageDir, mode], { encoding: 'utf8' });
            if (child.status !== 0) throw new Error(child.stderr);
            all[k]!.push(JSON.parse(child.stdout));
          });
        }
        const f = (xs: number[]) => median(xs).toFixed(0).padStart(4);
        all.forEach((results, k) => console.log(
          `${mode.padEnd(8)} ${name.padEnd(10)}${languageDirs.length > 1 ? ` [${k}]` : ''} first: wall ${f(results.map((r) => r.first.wall))} ms, main-thread cpu ${f(results.map((r) => r.first.cpu))} ms, process cpu ${f(results.map((r) => r.first.processCpu))}, page faults ${f(results.map((r) => r.first.faults))}` +
            `  repeats: wall ${f(results.map((r) => r.repeatWall))}, cpu ${f(results.map((r) => r.repeatCpu))}` +
            `  (firsts cpu: ${results.map((r) => r.first.cpu.toFixed(0)).join(' ')})${results[0]!.first.errors && mode === 'parse' ? ' ERRORS' : ''}`,
        ));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
