// Issue 14 speed target, second file: a 10,000-line script full of functions, control flow and
// here-strings parses in under 100 ms, first run in a fresh process included. Each kind of block is
// used only when the parser accepts it; the blocks it does not accept are left out and named, so
// the figure says what it covered. The figures are taken as bench/parse-10k.ts takes them (first
// parses in fresh processes as `spo -f` runs them and without any code cache, warm runs, the display
// tokenizer; bench/parse-timing.ts), and PowerShell's own parser on the same file when pwsh is
// installed (bench/pwsh-parse.ts).
// Usage: node scripts/build.mjs && node dist/bench/parse-constructs.js [--processes=5] [--repeats=9] [--json]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScript } from '../src/language/parser.js';
import { benchOptions, parseBench, printParseBench } from './parse-timing.js';
import { CONSTRUCT_BLOCKS as BLOCKS, constructsLines } from './parse-files.js';

const options = benchOptions(process.argv.slice(2));
const used: string[] = [];
const skipped: string[] = [];
for (const [kind, block] of Object.entries(BLOCKS)) {
  (parseScript(block.replaceAll('{n}', '1')).errors.length ? skipped : used).push(kind);
}
const lines = constructsLines(used);
const dir = mkdtempSync(join(tmpdir(), 'spo-parse-constructs-'));
try {
  const file = join(dir, 'script.ps1');
  writeFileSync(file, lines.join('\n'));
  const figures = parseBench('parse-constructs', file, lines.length, options);
  if (options.json) console.log(JSON.stringify({ ...figures, used, skipped }));
  else {
    printParseBench(figures);
    console.log(`  blocks: ${used.join(', ')}${skipped.length ? `; left out (the parser does not accept them yet): ${skipped.join(', ')}` : ''}`);
  }
  process.exitCode = figures.ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
