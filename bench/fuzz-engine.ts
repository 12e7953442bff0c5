// The long fuzz run (issue 2): at least 100,000 generated inputs through tokenize, parseScript
// and Shell.run, in a worker (hangs and crashes are reported with their input, then the run
// goes on). Prints the count, the failures (first few in full) and the time.
// Usage: node scripts/build.mjs && node dist/bench/fuzz-engine.js [count] [seed]
import { runFuzz } from '../test/fixtures/fuzz-run.js';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 424242);
const summary = await runFuzz({
  seed,
  count,
  budgetMs: 60 * 60_000,
  maxFailures: 1000,
  onProgress: (done, failures) => console.log(`  ${done} inputs, ${failures} failures`),
});
for (const [i, f] of summary.failures.slice(0, 5).entries()) {
  console.log(`FAIL #${i + 1} [${f.stage}] input=${JSON.stringify(f.input)}\n  ${f.detail.split('\n').slice(0, 6).join('\n  ')}`);
}
console.log(
  `fuzz-engine: ${summary.count} inputs, seed ${seed}, ${summary.failures.length} failures, ${(summary.ms / 1000).toFixed(1)} s (${Math.round(summary.count / (summary.ms / 1000))} inputs/s)`,
);
process.exitCode = summary.failures.length || summary.count < count ? 1 : 0;
