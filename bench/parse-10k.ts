// Issue 14 speed target: a 10,000-line script of realistic lines parses in under 100 ms, the first
// run in a fresh process included. Prints the first run, the median of repeats, the display
// tokenizer (syntax colouring) beside them, and the same file through real PowerShell's parser
// (`[Parser]::ParseInput` inside pwsh 7.6.10, cold and warm) when pwsh is installed.
// Usage: node scripts/build.mjs && node dist/bench/parse-10k.js
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';
import { median, time } from './timing.js';
import { pwshParseFigures } from './pwsh-parse.js';
import { tenThousandLines } from './parse-files.js';

const REPEATS = 9;

const script = tenThousandLines();
const text = script.join('\n');

const medianOf = (runs: Array<{ wall: number; cpu: number }>) => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) });
const show = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(1)} ms (cpu ${t.cpu.toFixed(1)})`;

// The first call is timed before anything else has run the parser in this process.
let firstResult: ReturnType<typeof parseScript> | undefined;
const first = time(() => (firstResult = parseScript(text)));
if (firstResult!.errors.length) throw new Error(`the benchmark script should parse cleanly; first error: ${firstResult!.errors[0].message}`);
// The display tokenizer as its callers use it: a stream of numbers, released when read.
const firstTokenize = time(() => tokenize(text).release());
const parse: Array<{ wall: number; cpu: number }> = [];
const tok: Array<{ wall: number; cpu: number }> = [];
for (let i = 0; i < REPEATS; i++) {
  parse.push(time(() => parseScript(text)));
  tok.push(time(() => tokenize(text).release()));
}
const m = medianOf(parse);
const ok = m.wall < 100 && first.wall < 100;
console.log(`parse-10k: ${script.length} lines, ${text.length} chars; wall-clock ms, process CPU ms in brackets`);
console.log(`  spo parseScript   first run ${show(first)}, median ${show(m)} (target < 100 ms, both) ${ok ? 'OK' : 'SLOW'}`);
console.log(`  spo tokenize      first run ${show(firstTokenize)}, median ${show(medianOf(tok))} (syntax colouring: the grammar, tokens as numbers)`);
process.exitCode = ok ? 0 : 1;

const pwsh = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-parse-10k-'));
  try {
    const file = join(dir, 'script.ps1');
    writeFileSync(file, text);
    return pwshParseFigures(file, REPEATS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
if (typeof pwsh === 'string') console.log(`  pwsh ParseInput   ${pwsh}`);
else {
  console.log(
    `  pwsh ParseInput   cold ${show({ wall: pwsh.cold, cpu: pwsh.coldCpu })}, warm median ${show({ wall: pwsh.warm, cpu: pwsh.warmCpu })} (PowerShell 7.6.10's own parser, same file)`,
  );
  console.log(`  spo / pwsh        cold ${(first.wall / pwsh.cold).toFixed(2)}x, warm ${(m.wall / pwsh.warm).toFixed(2)}x (wall clock)`);
}
