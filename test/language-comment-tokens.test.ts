// A comment right after an expression operand is one token (issue 14, ninth round): the search
// for a postfix `++`/`--` after the operand looked over the comment, recorded it, went back, and
// the rule after it recorded it again. Expected tokens recorded from pwsh 7.6.10:
// [System.Management.Automation.Language.Parser]::ParseInput($s, [ref]$tokens, [ref]$errors), each
// token's Text and Extent offsets, EndOfInput left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';
import type { TokenStream } from '../src/language/tokens.js';

const CASES: Array<[string, Array<[string, number, number]>]> = [
  ['$x # c', [['$x', 0, 2], ['# c', 3, 6]]],
  ['$a = $b # note', [['$a', 0, 2], ['=', 3, 4], ['$b', 5, 7], ['# note', 8, 14]]],
  ['($x <# c #> )', [['(', 0, 1], ['$x', 1, 3], ['<# c #>', 4, 11], [')', 12, 13]]],
  ['$x <# c #> ++', [['$x', 0, 2], ['<# c #>', 3, 10], ['++', 11, 13]]],
];

function texts(tokens: TokenStream): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  for (let i = 0; i < tokens.count; i++) out.push([tokens.text(i), tokens.start(i), tokens.end(i)]);
  return out;
}

for (const [script, expected] of CASES) {
  test(`a comment after an operand is one token: ${script}`, () => {
    assert.deepEqual(texts(parseScript(script).tokens), expected);
    const display = tokenize(script);
    assert.deepEqual(texts(display), expected);
    display.release();
  });
}
