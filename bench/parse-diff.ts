// Old/new differential for parser speed work (issue 14): another build of the language folder (the
// "old" one, e.g. a copy of dist/src/language made before a change) and this build parse the same
// inputs, and their results must be the same: the AST (every node's fields, spans by value, whether a
// node holds its span as an object or is its own span), the errors, `incomplete`, the tokens of
// tokenize() and of ParseResult.tokens (every token's kind, extent, text and command-name flag). Inputs: the fuzz corpus lines, the conformance cases, the
// seeded FuzzGenerator's output (mutations, truncations, random text), and the two benchmark files.
// Usage: cp -r dist/src/language /tmp/old-language   (before the change)
//        node scripts/build.mjs && node dist/bench/parse-diff.js /tmp/old-language [count=20000] [seed=1]
// The comparison runs in a worker thread with a 256 MB stack: walking and serialising the trees of
// the deeply nested generated inputs (`$a[0][0]…`, long `+` chains) exceeded the main thread's stack
// and showed as "Maximum call stack size exceeded" differences even between a build and itself.
import { readdirSync, readFileSync } from 'node:fs';
import { Worker, isMainThread } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as current from '../src/language/parser.js';
import * as currentTokenizer from '../src/language/tokenizer.js';
import { FuzzGenerator, loadCorpus } from '../test/fixtures/fuzz-generator.js';

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), resourceLimits: { stackSizeMb: 256 } });
  const code = await new Promise<number>((done, fail) => {
    worker.on('exit', done);
    worker.on('error', fail);
  });
  process.exit(code);
}

type ParserModule = typeof current;
type TokenizerModule = typeof currentTokenizer;

const [oldDir, countArg, seedArg] = process.argv.slice(2);
if (!oldDir) {
  console.error('usage: node dist/bench/parse-diff.js <old build of src/language> [count] [seed]');
  process.exit(2);
}
const old = (await import(pathToFileURL(resolve(oldDir, 'parser.js')).href)) as ParserModule;
const oldTokenizer = (await import(pathToFileURL(resolve(oldDir, 'tokenizer.js')).href)) as TokenizerModule;

/** A plain copy with sorted keys: `span` by value (also a class node's own span), undefined fields dropped. */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  const node = value as Record<string, unknown>;
  const keys = new Set(Object.keys(node));
  // Node classes keep `kind` (and `span`, `elements`, `opSpan` getters) on their prototype.
  for (const key of ['kind', 'span', 'elements', 'opSpan', 'nameSpan', 'text']) if (!keys.has(key) && node[key] !== undefined) keys.add(key);
  // Their private fields are what those getters read.
  if (node.kind === 'pipeline') for (const key of ['first', 'list', 'items']) keys.delete(key);
  if (node.kind === 'parameter') keys.delete('dash');
  if (node.kind === 'command') for (const key of ['items', 'list']) keys.delete(key);
  // Commands and functions keep where their name starts (and ends) for a nameSpan made when read.
  if ('nameSpan' in node) (keys.delete('nameStart'), keys.delete('nameEnd'));
  keys.delete('opStart');
  // A node that is its own span (start/end fields, a `span` getter) and one with a span object compare equal.
  if ('span' in node) {
    keys.delete('start');
    keys.delete('end');
    keys.add('span');
  }
  const out: Record<string, unknown> = {};
  for (const key of [...keys].sort()) {
    const field = node[key];
    if (field === undefined) continue;
    // Extents by value (a command's nameSpan was its name's StringNode, then a span made when read).
    if (key === 'span' || key === 'nameSpan' || key === 'opSpan') {
      const span = field as { start: number; end: number };
      out[key] = { start: span.start, end: span.end };
    } else out[key] = plain(field);
  }
  return out;
}

/**
 * A build's tokens: a TokenStream (kind, extent and text read by index), or, from a build before
 * the streams, an array of token objects (`text` and `commandName` may be getters on their prototype).
 */
type AnyTokens = ReturnType<TokenizerModule['tokenize']> | ReadonlyArray<{ kind: string; text: string; start: number; end: number; commandName?: boolean }>;

/** Every token's kind, text, extent and whether it is a command name, as JSON. */
function tokenText(tokens: AnyTokens): string {
  if (Array.isArray(tokens)) return JSON.stringify(tokens.map((t) => [t.kind, t.text, t.start, t.end, t.commandName === true]));
  const stream = tokens as ReturnType<TokenizerModule['tokenize']>;
  const out: unknown[] = [];
  for (let i = 0; i < stream.count; i++) out.push([stream.kind(i), stream.text(i), stream.start(i), stream.end(i), stream.isCommandName(i)]);
  return JSON.stringify(out);
}

function difference(text: string): string {
  const a = old.parseScript(text);
  const b = current.parseScript(text);
  const result = (r: ReturnType<ParserModule['parseScript']>) => JSON.stringify(plain({ script: r.script, errors: r.errors, incomplete: r.incomplete }));
  if (result(a) !== result(b)) return 'ast or errors';
  if (tokenText(oldTokenizer.tokenize(text) as AnyTokens) !== tokenText(currentTokenizer.tokenize(text))) return 'tokenize';
  if (tokenText(a.tokens as AnyTokens) !== tokenText(b.tokens)) return 'ParseResult.tokens';
  return '';
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const inputs: string[] = [...loadCorpus()];
const cases = join(root, 'test/conformance/cases');
for (const file of readdirSync(cases)) inputs.push(readFileSync(join(cases, file), 'utf8'));
const count = Number(countArg ?? 20_000);
const generator = new FuzzGenerator(Number(seedArg ?? 1));
while (inputs.length < count) inputs.push(generator.next());
// The benchmark files, as the benchmarks build them.
const realistic = loadCorpus().filter((l) => !/^(@["']|["']@)|@["']$/.test(l) && !/^\s|`$/.test(l) && !/^(exit|throw)\b/.test(l));
inputs.push(Array.from({ length: 10_000 }, (_, i) => realistic[i % realistic.length]).join('\n'));

let differing = 0;
const kinds = new Map<string, number>();
for (const text of inputs) {
  let kind: string;
  try {
    kind = difference(text);
  } catch (e) {
    kind = `throws: ${(e as Error).message.slice(0, 80)}`;
  }
  if (!kind) continue;
  differing++;
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  if (differing <= Number(process.env.PARSE_DIFF_SHOW ?? 5)) console.log(`differs (${kind}): ${JSON.stringify(text).slice(0, 300)}`);
}
console.log(`parse-diff: ${inputs.length} inputs, ${differing} differing${differing ? ' ' + JSON.stringify(Object.fromEntries(kinds)) : ''}`);
process.exitCode = differing ? 1 : 0;
