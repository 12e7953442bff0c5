// The long fuzz run (issue 2): at least 100,000 generated inputs through tokenize, parseScript
// and Shell.run. Prints the count, the failures (first few in full) and the time.
// Usage: node scripts/build.mjs && node dist/bench/fuzz-engine.js [count] [seed]
import { Shell } from '../src/engine/shell.js';
import { TestHost } from '../test/helpers/test-host.js';
import { FuzzGenerator } from '../test/fixtures/fuzz-generator.js';
import { fuzzOnce } from '../test/fixtures/fuzz-run.js';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 424242);
const gen = new FuzzGenerator(seed);
const started = performance.now();
let failures = 0;
let host = new TestHost({ interactive: false, answers: [] });
let shell = new Shell({ host });
for (let i = 0; i < count; i++) {
  if (i % 100 === 0) {
    host = new TestHost({ interactive: false, answers: [] });
    shell = new Shell({ host });
  }
  const f = await fuzzOnce(shell, host, gen.next());
  if (f) {
    failures++;
    if (failures <= 5) console.log(`FAIL #${failures} [${f.stage}] input=${JSON.stringify(f.input)}\n  ${f.detail.split('\n').slice(0, 6).join('\n  ')}`);
  }
  if ((i + 1) % 10_000 === 0) console.log(`  ${i + 1} inputs, ${failures} failures, ${Math.round(performance.now() - started)} ms`);
}
const ms = performance.now() - started;
console.log(`fuzz-engine: ${count} inputs, seed ${seed}, ${failures} failures, ${(ms / 1000).toFixed(1)} s (${Math.round(count / (ms / 1000))} inputs/s)`);
process.exitCode = failures ? 1 : 0;
