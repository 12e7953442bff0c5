// The long fuzz run (issues 2 and 13.11): at least 100,000 generated inputs through tokenize,
// parseScript and Shell.run in a child process with a sandbox tenant for sign-in inputs (hangs,
// crashes, exit statuses other than 0/1, Node's diagnostics on stderr and connections outside
// 127.0.0.0/8 are reported with their input, then the run goes on). Prints the count, the kinds of
// input, the failures (first few in full) and the time. Not part of npm test (which runs 3,000).
// Usage: node scripts/build.mjs && node dist/bench/fuzz-engine.js [count] [seed]
import { runFuzz } from '../test/fixtures/fuzz-run.js';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 424242);
const started = Date.now();
const summary = await runFuzz({
  seed,
  count,
  budgetMs: 60 * 60_000,
  maxFailures: 1000,
  onProgress: (done, failures) => console.log(`  ${done} inputs, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`),
  onFailure: (f) => console.log(`  found [${f.stage}] ${JSON.stringify(f.input.slice(0, 200))} (${f.input.length} chars): ${f.detail.split('\n').slice(0, 3).join(' | ').slice(0, 300)}`),
});
for (const [i, f] of summary.failures.slice(0, 5).entries()) {
  console.log(`FAIL #${i + 1} [${f.stage}] input=${JSON.stringify(f.input.length > 300 ? f.input.slice(0, 300) + `… (${f.input.length} chars)` : f.input)}\n  ${f.detail.split('\n').slice(0, 6).join('\n  ')}`);
}
const { stats } = summary;
console.log(
  `fuzz-engine: ${summary.count} inputs (${stats.structural} structural, ${stats.signIn} sign-in), seed ${seed}, ${summary.failures.length} failures, ${(summary.ms / 1000).toFixed(1)} s (${Math.round(summary.count / (summary.ms / 1000))} inputs/s); slowest input ${stats.slowestMs} ms (${JSON.stringify(stats.slowestInput)}); child restarts ${stats.childRestarts}`,
);
process.exitCode = summary.failures.length || summary.count < count ? 1 : 0;
