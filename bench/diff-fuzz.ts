// Differential fuzzer (issue 9): random scripts from the grammar spo supports (commands with parameters,
// expressions, strings with escapes, numbers, arrays, hashtables, casts, members, errors), each run through
// real PowerShell 7.6.10 and through spo; prints the agreement rate and the first differing cases, minimised.
//
// Comparison level: the same as the conformance corpus. pwsh runs the scripts in batches, each script as
// `pwsh -NoProfile -NonInteractive -c <script>` would (test/conformance/recorder/CaseRunner.cs: console host,
// errors through Out-Default in ConciseView, exit status from $? after the last statement); spo runs each
// in-process with the TestHost at pwsh's redirected width (80), which prints what `spo -c` prints. Both
// sides: stdout, stderr and exit status after the corpus normalisation (CRLF, blanks at line ends). Rows of a
// hashtable table compare as a set: pwsh prints them in a per-process random order (see unorderedHashtables).
// Needs dotnet + pwsh (like `npm run conformance:record`); never part of npm test.
// Usage: node scripts/build.mjs && node dist/bench/diff-fuzz.js [count=2000] [seed=9] [--show N] [--dump file.json]
// (--dump writes every differing script with both outcomes, for classifying the causes; --list file writes the
// generated scripts and stops.)
// (A generated multiplier such as 2mb once made spo build a multi-million-element array and run out of
// memory, see the report; the generator keeps to kb.)
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { routeHostsTo, resetRouting } from '../src/net/routing.js';
import { runInShell } from '../test/helpers/spo-process.js';
import { normalise, WIDTH, type Outcome } from '../test/conformance/corpus.js';

interface Oracle {
  env: Record<string, string>;
  runnerDll: string;
}
interface PwshSide {
  prepareOracle(): Oracle;
  runBatches(o: Oracle, scripts: string[], parts?: number): Promise<Outcome[]>;
  root: string;
}

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args.splice(showAt, 2)[1]) : 10;
const dumpAt = args.indexOf('--dump');
const dumpFile = dumpAt >= 0 ? args.splice(dumpAt, 2)[1] : undefined;
const listAt = args.indexOf('--list');
const listFile = listAt >= 0 ? args.splice(listAt, 2)[1] : undefined;
const count = Number(args[0] ?? 2000);
const seed = Number(args[1] ?? 9);

// ---------------------------------------------------------------- generator (seeded, reproducible)
let state = seed >>> 0 || 1;
function rnd(): number {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 0x100000000;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const chance = (p: number) => rnd() < p;

const NUMBERS = ['0', '1', '7', '-3', '42', '2147483647', '2147483648', '0x10', '0xFF', '0xFFFFFFFF', '0b101', '1.5', '.25', '1e3', '2.5e-2', '10l', '3d', '1kb', '0x10kb', '1.5kb', '5u', '9y', '100n'];
const ESCAPES = ['`n', '`t', '`0', '`$', '``', '`"', '`u{41}', '`u{1F600}', '`a', '`e', '`x'];
const WORDS = ['a', 'abc', 'Hello', 'x y', 'contoso', 'admin@contoso.com', 'https://contoso-admin.sharepoint.com', '', 'A1', 'ß'];

function str(): string {
  const w = pick(WORDS);
  switch (Math.floor(rnd() * 5)) {
    case 0: return `'${w.replace(/'/g, "''")}'`;
    case 1: return `"${w}${chance(0.5) ? pick(ESCAPES) : ''}"`;
    case 2: return `"$(${num()} + ${num()})"`;
    case 3: return `"${w} $v"`;
    default: return `'${w}'`;
  }
}
function num(): string {
  return pick(NUMBERS);
}
function atom(depth: number): string {
  const r = rnd();
  if (r < 0.25) return num();
  if (r < 0.5) return str();
  if (r < 0.58) return pick(['$v', '$true', '$false', '$null', '$nope']);
  if (r < 0.66 && depth < 2) return `@(${list(depth + 1)})`;
  if (r < 0.72 && depth < 2) return `@{ ${pick(['a', 'b', 'Name'])} = ${expr(depth + 1)}${chance(0.4) ? `; ${pick(['c', 'd'])} = ${expr(depth + 1)}` : ''} }`;
  if (r < 0.8) return `[${pick(['int', 'string', 'bool', 'long', 'double', 'array'])}]${atom(depth + 1)}`;
  if (r < 0.9 && depth < 2) return `(${expr(depth + 1)})`;
  return `${pick(["'Hello'", '$v', '@(1,2,3)', '"abc"'])}${pick(['.Length', '.Count', '.ToUpper()', '.Substring(1)', "[0]", '[-1]', '.Nope', '.Split(",")'])}`;
}
function list(depth: number): string {
  const n = 1 + Math.floor(rnd() * 3);
  return Array.from({ length: n }, () => atom(depth)).join(', ');
}
const BINOPS = ['+', '-', '*', '/', '%', '-eq', '-ne', '-gt', '-lt', '-le', '-like', '-match', '-contains', '-in', '-replace', '-join', '-split', '-f', '-and', '-or', '-is', '-as'];
function expr(depth = 0): string {
  if (depth > 2 || chance(0.45)) return atom(depth);
  const op = pick(BINOPS);
  if (op === '-is' || op === '-as') return `${atom(depth + 1)} ${op} [${pick(['int', 'string', 'bool', 'array'])}]`;
  if (op === '-f') return `'{0}-{1:N1}' -f ${atom(depth + 1)}, ${atom(depth + 1)}`;
  if (op === '-replace') return `${atom(depth + 1)} -replace ${str()}, ${str()}`;
  return `${atom(depth + 1)} ${op} ${atom(depth + 1)}`;
}
function bare(): string {
  return pick(['hello', 'a`nb', 'x-y', 'admin@contoso.com', 'https://contoso-admin.sharepoint.com', '$v', '$v.Length', 'pre$(1+1)post', '1,2', num(), str()]);
}
function command(): string {
  const r = rnd();
  if (r < 0.25) return `Write-Output ${Array.from({ length: 1 + Math.floor(rnd() * 2) }, bare).join(' ')}${chance(0.2) ? ' -NoEnumerate' : ''}`;
  if (r < 0.38) return `Write-Host ${bare()}${chance(0.3) ? ` -Separator ${pick(["'-'", '+'])}` : ''}${chance(0.2) ? ' -NoNewline' : ''}${chance(0.15) ? ` -ForegroundColor ${pick(['Red', 'Nope', 'gr'])}` : ''}`;
  if (r < 0.5) return `Write-${pick(['Warning', 'Verbose', 'Debug'])} ${bare()}${chance(0.5) ? pick([' -Verbose', ' -Debug', ' -WarningAction SilentlyContinue', ' -Verbose:$false']) : ''}`;
  if (r < 0.6) return `Write-Error ${bare()}${chance(0.4) ? pick([' -ErrorAction SilentlyContinue', ' -ErrorAction Stop', ' -Category InvalidData', ' -ErrorId X.Y', ' -ErrorAction Nope']) : ''}`;
  if (r < 0.66) return `Get-Variable ${pick(['v', 'nope', 'true', 'v*'])}${chance(0.5) ? ' -ValueOnly' : ''}`;
  if (r < 0.72) return `Write-${pick(['Output', 'Verbose', 'Host'])} -${pick(['Mess', 'Foo', 'e', 'o', 'InputObject', 'Object', 'Message', 'NoEnumerate'])}${chance(0.5) ? ' ' + bare() : ''}`;
  if (r < 0.78) return `Connect-SPOService ${pick(['', '-Url', '-Url https://contoso-admin.sharepoint.com -Region Nope', '-Url https://contoso-admin.sharepoint.com -C x', '-Url https://contoso-admin.sharepoint.com -Region D', '-Url https://contoso-admin.sharepoint.com -ModernAuth maybe'])}`;
  if (r < 0.84) return `${pick(['1, 2', "'a', 'b'", '$v', '@()'])} | Write-${pick(['Output', 'Host', 'Warning'])}`;
  if (r < 0.9) return pick(['nosuch-command', 'Get-Command Write-Output -Syntax', "ConvertTo-SecureString 'p' -AsPlainText -Force", 'New-Object PSCredential', '$null = Write-Output x']);
  return `Write-Output (${expr()})`;
}
function statement(): string {
  const r = rnd();
  if (r < 0.35) return expr();
  if (r < 0.55) return `$v = ${expr()}`;
  if (r < 0.6) return pick(['$v', '$?', '$v.GetType().Name', '$Error.Count']);
  if (r < 0.63) return pick(['1 +', '1 )', '@{ a 1 }', '"unclosed', '$x = ', '[int', '1 = 2']);
  return command();
}
function script(): string {
  const n = 1 + Math.floor(rnd() * 3);
  return Array.from({ length: n }, statement).join(chance(0.5) ? '\n' : '; ');
}

// ---------------------------------------------------------------- running both sides
async function spo(s: string): Promise<Outcome> {
  const r = await runInShell(s, { interactive: false, width: WIDTH });
  return {
    stdout: normalise(r.text('output', 'warning', 'verbose', 'debug', 'information', 'prompt', 'readLine')),
    stderr: normalise(r.err),
    exit: r.result.exitCode ?? (r.result.success ? 0 : 1),
  };
}
const norm = (o: Outcome): Outcome => ({ stdout: normalise(o.stdout), stderr: normalise(o.stderr), exit: o.exit });
const same = (a: Outcome, b: Outcome) =>
  unorderedHashtables(a.stdout) === unorderedHashtables(b.stdout) && a.stderr === b.stderr && a.exit === b.exit;

/**
 * A hashtable's rows come out in .NET hash order, and pwsh seeds string hashing per process: the same
 * `@{a=1;b=2;c=3}` prints its rows in a different order on each run (measured: three runs, three orders).
 * No single order is right, so the rows of each Name/Value table are compared as a set.
 */
function unorderedHashtables(stdout: string): string {
  const lines = stdout.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^Name +Value$/.test(lines[i]) || !/^-+ +-+$/.test(lines[i + 1])) continue;
    let end = i + 2;
    while (end < lines.length && lines[end] !== '') end++;
    const rows = lines.slice(i + 2, end).sort();
    lines.splice(i + 2, rows.length, ...rows);
    i = end;
  }
  return lines.join('\n');
}

/** What kind of difference a pair shows, so that minimising keeps the same kind of difference. */
function kind(d: { pwsh: Outcome; spo: Outcome }): string {
  const parse = (o: Outcome) => (/ParserError/.test(o.stderr) ? 'P' : '-');
  const streams = [d.pwsh.stdout !== d.spo.stdout, d.pwsh.stderr !== d.spo.stderr, d.pwsh.exit !== d.spo.exit];
  return parse(d.pwsh) + parse(d.spo) + streams.map((x) => (x ? '1' : '0')).join('');
}

/** Smaller variants: each statement dropped, each word of each statement dropped. */
function reductions(s: string): string[] {
  const sep = s.includes('\n') ? '\n' : '; ';
  const parts = s.split(sep);
  const out = new Set<string>();
  if (parts.length > 1) parts.forEach((_, i) => out.add(parts.filter((__, j) => j !== i).join(sep)));
  parts.forEach((p, i) => {
    const words = p.split(' ');
    if (words.length > 1) words.forEach((_, k) => out.add([...parts.slice(0, i), words.filter((__, m) => m !== k).join(' '), ...parts.slice(i + 1)].join(sep)));
  });
  out.delete(s);
  return [...out];
}

// The oracle lives in scripts/conformance-pwsh.mjs (shared with the recorder); a JS module outside the build.
const repo = new URL('../../', import.meta.url).pathname;
const pw = (await import(join(repo, 'scripts/conformance-pwsh.mjs'))) as PwshSide;
const oracle = pw.prepareOracle();

// A script whose binding succeeds in spo would start a sign-in: send every https request to a closed local
// port so it fails at once and nothing leaves the machine.
const server = createServer();
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const closedPort = (server.address() as { port: number }).port;
await new Promise<void>((resolve) => server.close(() => resolve()));
routeHostsTo({ port: closedPort, caPem: '', hosts: /./ });

const started = Date.now();
const scripts = Array.from({ length: count }, script);
if (listFile) {
  writeFileSync(listFile, JSON.stringify(scripts, null, 1));
  process.exit(0);
}
// pwsh's outcomes are kept in a cache file per seed and count, so the spo side can be rerun alone.
const cacheFile = join(tmpdir(), `spo-diff-fuzz-${seed}-${count}.json`);
const theirs: Outcome[] = existsSync(cacheFile)
  ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Outcome[])
  : (await pw.runBatches(oracle, scripts)).map(norm);
writeFileSync(cacheFile, JSON.stringify(theirs));
const pwshMs = Date.now() - started;
const differing: Array<{ script: string; pwsh: Outcome; spo: Outcome }> = [];
for (let i = 0; i < scripts.length; i++) {
  const ours = await spo(scripts[i]);
  if (!same(ours, theirs[i])) differing.push({ script: scripts[i], pwsh: theirs[i], spo: ours });
}
const agree = count - differing.length;
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(differing, null, 1));
console.log(`diff-fuzz: ${count} scripts, seed ${seed}: ${agree} agree (${((100 * agree) / count).toFixed(2)}%), ${differing.length} differ; pwsh ${(pwshMs / 1000).toFixed(0)} s, total ${((Date.now() - started) / 1000).toFixed(0)} s`);

// Minimise the first few: greedily take the shortest reduction that still differs in the same way (a parse
// error stays a parse error, the same streams differ), a few rounds.
const shown = differing.slice(0, show);
for (let round = 0; round < 6; round++) {
  const candidates = shown.map((d) => reductions(d.script));
  const flat = candidates.flat();
  if (!flat.length) break;
  const results = (await pw.runBatches(oracle, flat)).map(norm);
  let k = 0;
  let changed = false;
  for (let i = 0; i < shown.length; i++) {
    let best: (typeof shown)[number] | undefined;
    for (const c of candidates[i]) {
      const theirsC = results[k++];
      const oursC = await spo(c);
      const candidate = { script: c, pwsh: theirsC, spo: oursC };
      if (same(oursC, theirsC) || kind(candidate) !== kind(shown[i])) continue;
      if (!best || c.length < best.script.length) best = candidate;
    }
    if (best) {
      shown[i] = best;
      changed = true;
    }
  }
  if (!changed) break;
}
shown.forEach((d, i) => {
  console.log(`\n#${i + 1} ${JSON.stringify(d.script)}`);
  console.log(`  pwsh: ${JSON.stringify(d.pwsh)}`);
  console.log(`  spo:  ${JSON.stringify(d.spo)}`);
});
resetRouting();
