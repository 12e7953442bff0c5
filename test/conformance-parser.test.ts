// §4 + Appendix A ParserStrings: parse errors as ConciseView prints them (in-process), the
// parser's own verdict (parseScript: first error id, incomplete → `>> `), and the tokenizer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseErrorCases, parseCases } from './fixtures/conformance/parse-errors.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';

for (const c of parseErrorCases) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}

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

/** Tokens a user would see, without layout-only tokens. */
function visible(text: string): Array<[string, string]> {
  return tokenize(text)
    .filter((t) => t.kind !== 'eof' && t.kind !== 'newline')
    .map((t) => [t.kind, t.text]);
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
  assert.equal(tokens[0].commandName, true);
  assert.notEqual(tokens[1].commandName, true);
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
  for (const t of tokenize(text)) {
    if (t.kind === 'eof') continue;
    assert.equal(text.slice(t.start, t.end), t.text, `token ${t.kind}`);
  }
});

test('§4 tokenize and parseScript never throw on broken input', () => {
  for (const s of ['', '"', "'", '@"', '$(', '${', '`', '<#', '@{', '-', '--%', '\u201C', '$env:', '@', '$', '|', ';;', ')(', '\0', '\uD800']) {
    assert.doesNotThrow(() => tokenize(s), `tokenize ${JSON.stringify(s)}`);
    assert.doesNotThrow(() => parseScript(s), `parseScript ${JSON.stringify(s)}`);
  }
});
