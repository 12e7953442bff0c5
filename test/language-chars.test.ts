// The scanner's class table of ASCII codes (src/language/chars.ts) is written out as a literal, so
// that start-up does not compute it (issue 14): every ASCII code must be classed by the table exactly
// as the tokenizer's character functions class its character, and the native runs must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  endsGenericToken,
  endsGenericTokenCode,
  isAsciiLetterCode,
  isDoubleQuote,
  isIdentifierChar,
  isIdentifierCharCode,
  isIdentifierStartCode,
  isIdentifierStart,
  isPlainDoubleQuotedCode,
  isPlainWordCode,
  isQuote,
  isSpace,
  isSpaceCode,
  isVariableChar,
  isVariableCharCode,
  plainDoubleQuotedRunEnd,
  plainWordRunEnd,
} from '../src/language/chars.js';

test('each ASCII code is classed by the table as the character functions class it', () => {
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    const at = `code ${c}`;
    const plainWord = !endsGenericToken(ch) && ch !== '`' && ch !== '$' && !isQuote(ch);
    const plainDoubleQuoted = ch !== '`' && ch !== '$' && !isDoubleQuote(ch);
    assert.equal(endsGenericTokenCode(c), endsGenericToken(ch), at);
    assert.equal(isSpaceCode(c), isSpace(ch), at);
    assert.equal(isPlainWordCode(c), plainWord, at);
    assert.equal(isPlainDoubleQuotedCode(c), plainDoubleQuoted, at);
    assert.equal(isVariableCharCode(c), isVariableChar(ch), at);
    assert.equal(isIdentifierCharCode(c), isIdentifierChar(ch), at);
    assert.equal(isIdentifierStartCode(c), isIdentifierStart(ch), at);
    assert.equal(isAsciiLetterCode(c), /^[A-Za-z]$/.test(ch), at);
    // The runs of plain characters are regular expressions made from the same table.
    assert.equal(plainWordRunEnd(`${ch}${ch}`, 0), plainWord ? 2 : 0, at);
    assert.equal(plainDoubleQuotedRunEnd(`${ch}${ch}`, 0), plainDoubleQuoted ? 2 : 0, at);
  }
});
