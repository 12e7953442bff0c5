// Issue 14 speed target: a 10,000-line script of realistic lines parses in under 100 ms, the first
// run in a fresh process included. Prints the first parse in fresh processes as `spo -f` runs it
// (the start-up bundle with the code cache an earlier run made) and, beside it, with no code cache
// at all (the figure printed before); the median of warm runs; the display tokenizer (syntax
// colouring) against the parse; and the same file through real PowerShell's parser
// (`[Parser]::ParseInput` inside pwsh 7.6.10, cold and warm) when pwsh is installed.
// How each figure is measured: bench/parse-timing.ts and docs/parse-speed.md.
// Usage: node scripts/build.mjs && node dist/bench/parse-10k.js [--processes=5] [--repeats=9] [--json]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchOptions, parseBench, printParseBench } from './parse-timing.js';
import { tenThousandLines } from './parse-files.js';

const options = benchOptions(process.argv.slice(2));
const script = tenThousandLines();
const dir = mkdtempSync(join(tmpdir(), 'spo-parse-10k-'));
try {
  const file = join(dir, 'script.ps1');
  writeFileSync(file, script.join('\n'));
  const figures = parseBench('parse-10k', file, script.length, options);
  if (figures.errors) throw new Error('the benchmark script should parse cleanly');
  if (options.json) console.log(JSON.stringify(figures));
  else printParseBench(figures);
  process.exitCode = figures.ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
