// Issue 14 speed target, second file: a 10,000-line script full of functions, control flow and
// here-strings parses in under 100 ms, first run in a fresh process included. Each kind of block is
// used only when the parser accepts it (statements and script blocks are being added); the blocks
// it does not accept yet are left out and named, so the figure says what it covered.
// The file is written first (probing the parser), then timed in a fresh process, so its first run is cold.
// PowerShell's own parser is timed on the same file when pwsh is installed (bench/pwsh-parse.ts).
// Usage: node scripts/build.mjs && node dist/bench/parse-constructs.js  (prints one JSON line)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';
import { median, time } from './timing.js';
import { pwshParseFigures } from './pwsh-parse.js';
import { CONSTRUCT_BLOCKS as BLOCKS, constructsLines } from './parse-files.js';



if (process.argv[2] === '--time') {
  // Child: nothing has parsed in this process before the first timed call.
  const text = readFileSync(process.argv[3]!, 'utf8');
  let errors = 0;
  const first = time(() => (errors = parseScript(text).errors.length));
  // The display tokenizer (syntax colouring) beside it, as parse-10k times it: its stream released when read.
  const tokenizeFirst = time(() => tokenize(text).release());
  const runs: Array<{ wall: number; cpu: number }> = [];
  const tokenizeRuns: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < 9; i++) {
    runs.push(time(() => parseScript(text)));
    tokenizeRuns.push(time(() => tokenize(text).release()));
  }
  console.log(JSON.stringify({
    errors, firstMs: first.wall, firstCpuMs: first.cpu, medianMs: median(runs.map((r) => r.wall)), medianCpuMs: median(runs.map((r) => r.cpu)),
    tokenizeFirstMs: tokenizeFirst.wall, tokenizeFirstCpuMs: tokenizeFirst.cpu, tokenizeMedianMs: median(tokenizeRuns.map((r) => r.wall)), tokenizeMedianCpuMs: median(tokenizeRuns.map((r) => r.cpu)),
  }));
} else {
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
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--time', file], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const figures = JSON.parse(child.stdout) as Record<string, number>;
    // The same file through PowerShell's own parser, when pwsh is installed.
    const pwsh = pwshParseFigures(file);
    console.log(JSON.stringify({ lines: lines.length, used, skipped, ...figures, pwsh }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
