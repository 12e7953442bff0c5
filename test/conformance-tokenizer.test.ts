// §4: parseScript's verdict (first error id and message, incomplete → the console shows `>> `)
// and the tokenizer's tokens, without running anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { parseCases } from './fixtures/conformance/parse-errors.js';
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';

for (const c of parseCases) {
  test(`${c.ref} parseScript ${JSON.stringify(c.script).slice(0, 70)}`, () => {
    const r = parseScript(c.script);
    if (c.errorId === undefined && !c.incomplete) assert.deepEqual(r.errors, [], 'no parse errors');
    if (c.errorId !== undefined) assert.equal(r.errors[0]?.errorId, c.errorId);
    if (c.message !== undefined) assert.equal(r.errors[0]?.message, c.message);
    if (c.incomplete) assert.ok(r.errors.length > 0, 'incomplete input is an error too');
    assert.equal(r.incomplete, c.incomplete, 'incomplete');
  });
}

test('§4.1 the unterminated-string error spans the quote to the end of input', () => {
  const text = "Write-Output 'abc";
  const { span } = parseScript(text).errors[0];
  assert.equal(text.slice(span.start, span.end), "'abc");
});

/** Top-level tokens a user would see, without layout-only tokens or tokens nested in a string. */
function visible(text: string): Array<[string, string]> {
  let end = -1;
  const out: Array<[string, string]> = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (kind === 'eof' || kind === 'newline' || tokens.start(i) < end) continue;
    end = tokens.end(i);
    out.push([kind, tokens.text(i)]);
  }
  return out;
}

test('§4.2 tokenize: Example 1 is a command name, parameters and two generic arguments', () => {
  assert.deepEqual(visible('Connect-SPOService -Url https://contoso-admin.sharepoint.com -credential admin@contoso.com'), [
    ['generic', 'Connect-SPOService'],
    ['parameter', '-Url'],
    ['generic', 'https://contoso-admin.sharepoint.com'],
    ['parameter', '-credential'],
    ['generic', 'admin@contoso.com'],
  ]);
});

test('§4.2 tokenize: the command name is flagged, arguments are not', () => {
  const tokens = tokenize('Write-Output Write-Output');
  assert.equal(tokens.isCommandName(0), true);
  assert.equal(tokens.isCommandName(1), false);
  assert.equal(tokens.token(0).commandName, true);
  assert.notEqual(tokens.token(1).commandName, true);
});

test('§1.2 tokenize: -Name: keeps the colon in the parameter token', () => {
  assert.deepEqual(visible('Write-Verbose -Message:hi'), [
    ['generic', 'Write-Verbose'],
    ['parameter', '-Message:'],
    ['generic', 'hi'],
  ]);
});

test('§4.1/§4.2 tokenize: variables, strings, comments, splats', () => {
  const kinds = visible(`$cred = "a $b" # note\nWrite-Verbose @p 'x'`).map(([k]) => k);
  assert.deepEqual(kinds, ['variable', 'operator', 'string', 'comment', 'generic', 'splat', 'string']);
});

test('§4.2 tokenize: offsets cover the source text', () => {
  const text = "Write-Output 'a' $b https://x.com/y";
  const tokens = tokenize(text);
  assert.equal(tokens.count, 4);
  for (let i = 0; i < tokens.count; i++) {
    const t = tokens.token(i);
    assert.equal(text.slice(t.start, t.end), t.text, `token ${t.kind}`);
    assert.deepEqual([tokens.kind(i), tokens.start(i), tokens.end(i), tokens.text(i)], [t.kind, t.start, t.end, t.text]);
  }
});

test('§4 tokenize and parseScript never throw on broken input', () => {
  for (const s of ['', '"', "'", '@"', '$(', '${', '`', '<#', '@{', '-', '--%', '\u201C', '$env:', '@', '$', '|', ';;', ')(', '\uD800', '\t\r\n']) {
    assert.doesNotThrow(() => tokenize(s), `tokenize ${JSON.stringify(s)}`);
    assert.doesNotThrow(() => parseScript(s), `parseScript ${JSON.stringify(s)}`);
  }
});

test('§4.2 a NUL character ends a token like whitespace and never hangs the tokenizer', () => {
  // tokenizer.cs treats NUL as a token separator (§4.2: generic tokens end at NUL). Run in a child
  // process with a small heap and a deadline, so a hang fails this test instead of the whole file.
  const tokenizer = new URL('../src/language/tokenizer.js', import.meta.url).href;
  const parser = new URL('../src/language/parser.js', import.meta.url).href;
  const code = `const { tokenize } = await import(${JSON.stringify(tokenizer)}); const { parseScript } = await import(${JSON.stringify(parser)});
    for (const s of ['\\0', 'Write-Output a\\0b', '"a\\0', "'\\0"]) { tokenize(s); parseScript(s); } console.log('ok');`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(r.stdout.trim(), 'ok', `tokenize/parseScript on input with NUL: status ${r.status} signal ${r.signal} ${r.stderr.slice(0, 300)}`);
});

test('§4.2 tokenize: every token kind reads back from the stream as recorded', async () => {
  const { TokenStream, tokenCode, TOKENS_PER_CHUNK } = await import('../src/language/tokens.js');
  const kinds = ['generic', 'parameter', 'variable', 'splat', 'string', 'number', 'keyword', 'operator', 'comment', 'newline', 'lineContinuation', 'unknown', 'eof'] as const;
  const chunk = new Int32Array(TOKENS_PER_CHUNK * 3);
  kinds.forEach((kind, i) => chunk.set([tokenCode(kind), i, i + 1], i * 3));
  const stream = new TokenStream('abcdefghijklm', [chunk], kinds.length);
  assert.deepEqual(kinds.map((_, i) => [stream.kind(i), stream.text(i), stream.isCommandName(i)]), kinds.map((kind, i) => [kind, 'abcdefghijklm'[i], false]));
  stream.release();
  assert.equal(stream.count, 0, 'a released stream is empty');
});

test('§4.2 tokenize: tokens come in the order of their starts (a string after the variables inside it is recorded later)', () => {
  const text = 'Write-Output "a $b $($c.d)" x$e @"\n$f\n"@';
  const tokens = tokenize(text);
  const starts = Array.from({ length: tokens.count }, (_, i) => tokens.start(i));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  assert.deepEqual(visible(text), [['generic', 'Write-Output'], ['string', '"a $b $($c.d)"'], ['generic', 'x$e'], ['string', '@"\n$f\n"@']]);
});
