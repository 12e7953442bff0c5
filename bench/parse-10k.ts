// Issue 2 speed target: a 10,000-line script of realistic lines tokenizes and parses in under
// 100 ms. Prints the median of several runs (after a warm-up) and the first run.
// Usage: node scripts/build.mjs && node dist/bench/parse-10k.js
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';
import { loadCorpus } from '../test/fixtures/fuzz-generator.js';

// Realistic lines: the fuzz corpus without the here-string fragments (which would swallow the
// rest of the script), repeated to 10,000 lines.
const lines = loadCorpus().filter((l) => !/^(@["']|["']@)|@["']$/.test(l) && !/^\s|`$/.test(l) && !/^(exit|throw)\b/.test(l));
const script: string[] = [];
for (let i = 0; script.length < 10_000; i++) script.push(lines[i % lines.length]);
const text = script.join('\n');

function once(): number {
  const t0 = performance.now();
  tokenize(text);
  const r = parseScript(text);
  const ms = performance.now() - t0;
  if (r.errors.length) throw new Error(`the benchmark script should parse cleanly; first error: ${r.errors[0].message}`);
  return ms;
}

const first = once();
const runs: number[] = [];
for (let i = 0; i < 9; i++) runs.push(once());
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
console.log(
  `parse-10k: ${script.length} lines, ${text.length} chars — tokenize+parse first run ${first.toFixed(1)} ms, median ${median.toFixed(1)} ms (target < 100 ms) ${median < 100 ? 'OK' : 'SLOW'}`,
);
process.exitCode = median < 100 ? 0 : 1;
