// Control-flow statements: every parse verdict (error id, message, extent, incomplete) as pwsh
// 7.6.10 gives it, and how ConciseView shows a few of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseScript } from '../src/language/parser.js';
import { FLOW_PARSE_DEVIATIONS, flowParseRows } from './fixtures/conformance/flow-parse.js';
import { runCaseInShell } from './fixtures/conformance/case.js';

test('control-flow parse verdicts match pwsh 7.6.10', () => {
  for (const [script, id, start, end, incomplete, message] of flowParseRows) {
    const { errors } = parseScript(script);
    const actual = errors[0] ? [errors[0].errorId, errors[0].span.start, errors[0].span.end, errors[0].incomplete, errors[0].message] : [];
    const expected = id === undefined ? [] : [id, start, end, incomplete, message];
    assert.deepEqual(actual, expected, JSON.stringify(script));
  }
});

test('control-flow parse deviations give spo-shell\'s own clear error', () => {
  for (const d of FLOW_PARSE_DEVIATIONS) assert.equal(parseScript(d.script).errors[0]?.errorId, d.id, d.script);
});

test('the console asks for more lines while a block is open, and not once it is closed', () => {
  for (const s of ['if ($x) {', 'foreach ($a in $b) {', 'try {', 'try { }', 'do { }', 'switch ($x) {', 'while ($true)', 'for (;;)']) {
    assert.equal(parseScript(s).incomplete, true, s);
  }
  for (const s of ['if ($x) { }', 'try { } catch { }', 'do { } until ($x)', 'switch ($x) { a { 1 } }', 'for (;;) { break }']) {
    assert.equal(parseScript(s).errors.length, 0, s);
  }
});

const concise = (line: string, tilde: string, message: string): string => `ParserError: \nLine |\n   1 |  ${line}\n     |  ${tilde}\n     | ${message}\n`;

for (const [script, tilde, message] of [
  ['if ($x) { 1 } else { 2 } | Write-Output', '                         ~', 'An empty pipe element is not allowed.'],
  ['1 + if ($x) { 1 }', '   ~', "You must provide a value expression following the '+' operator."],
  ['switch -bad ($x) { }', '       ~~~~', 'The parameter bad is not valid for the switch statement.'],
  ['try { } catch [Foo] [Bar] { }', '                   ~', 'The Catch block is missing its statement block.'],
  ['++1', '  ~', "The '++' operator works only on variables or on properties."],
] as const) {
  test(`ConciseView: ${script}`, () => runCaseInShell({ ref: 'pwsh 7.6.10', name: script, script, err: concise(script, tilde, message) }));
}

test('ConciseView joins the two lines of a foreach message', () =>
  runCaseInShell({
    ref: 'pwsh 7.6.10',
    name: 'foreach without in',
    script: 'foreach ($a $b) { }',
    errUnwrapped: concise('foreach ($a $b) { }', '           ~', "Missing 'in' after variable in foreach loop. The correct form is: foreach ($a in $b) {...}"),
  }));
