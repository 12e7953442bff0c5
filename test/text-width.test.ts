// Terminal widths measured without string-width must be the widths string-width gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import { ONE_COLUMN_EACH, displayWidth, truncateDisplay } from '../src/host/text-width.js';

test('every character of the one-column fast path takes one column in string-width, alone and in a row', () => {
  const chars: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (ONE_COLUMN_EACH.test(char)) chars.push(char);
  }
  assert.ok(chars.length > 900, `the fast path covers ${chars.length} characters`);
  const wrong = chars.filter((char) => stringWidth(char) !== 1).map((char) => char.codePointAt(0)!.toString(16));
  assert.deepEqual(wrong, []);
  const row = chars.join('');
  assert.equal(displayWidth(row), stringWidth(row));
  assert.equal(displayWidth(row), row.length);
});

test('text outside the fast path is still measured by string-width', () => {
  assert.equal(displayWidth('╭─ 日本 ─╮'), 10);
  assert.equal(displayWidth('e\u0301'), 1);
  assert.equal(displayWidth('a\u00adb'), 2);
  assert.equal(displayWidth('\x1b[31m│ x │\x1b[0m'), 5);
  assert.equal(truncateDisplay('──────', 4), '───…');
});
