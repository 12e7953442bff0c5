// Parse errors the conformance corpus cannot hold (pwsh -c is silent on incomplete input, PowerShell
// issue #14284): message and underline as pwsh 7.6.10 prints them for the same text in a script file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

/** The underline and message lines of the ParserError for `script` run as a script file. */
async function parseError(script: string): Promise<[string, string]> {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  await shell.run(script, { file: '/tmp/case.ps1' });
  const lines = host.errors.split('\n');
  assert.equal(lines[0]!.trim(), 'ParserError: /tmp/case.ps1:1');
  return [lines[3]!, lines[4]!];
}

test('incomplete input is reported where pwsh reports it in a file', async () => {
  assert.deepEqual(await parseError('$a.'), ['     |     ~', '     | Missing property name after reference operator.']);
  assert.deepEqual(await parseError("'a'.ToUpper("), ['     |              ~', "     | Missing ')' in method call."]);
  assert.deepEqual(await parseError('"$(1"'), ['     |   ~~~~', "     | $(subexpression) is missing the closing ')'."]);
  assert.deepEqual(await parseError('$a[0'), ['     |      ~', "     | Missing ']' after array index expression."]);
  assert.deepEqual(await parseError('${abc'), ['     |   ~~~~', "     | ${{variable}} reference starting is missing the closing '}}'."]);
});

test('broken Unicode escapes underline the part pwsh names', async () => {
  const message = '     | The Unicode escape sequence is not valid.';
  // A value past U+10FFFF and a seventh digit have their own texts (pwsh 7.6).
  const outOfRange = '     | The Unicode escape sequence value is out of range.';
  const tooManyDigits = '     | The Unicode escape sequence contains more than';
  const escape = async (script: string, expected = message) => {
    const [underline, text] = await parseError(script);
    return [underline, text.slice(0, expected.length)];
  };
  assert.deepEqual(await escape('"a`u41b"'), ['     |    ~~', message]);
  assert.deepEqual(await escape('"a`u{}b"'), ['     |    ~~~~', message]);
  assert.deepEqual(await escape('"a`u{ 41}b"'), ['     |       ~', message]);
  assert.deepEqual(await escape('"a`u{110000}b"', outOfRange), ['     |       ~~~~~~', outOfRange]);
  assert.deepEqual(await escape('"a`u{1234567}b"', tooManyDigits), ['     |             ~', tooManyDigits]);
});

test('[ordered] on a number is reported only when the input has no syntax error, an incomplete one included', async () => {
  const missingOperand = "     | You must provide a value expression following the '+' operator.";
  assert.deepEqual(await parseError('[ordered]5; 1 +'), ['     |                 ~', missingOperand]);
  // A type literal before `/` is a value: the error is the missing operand after the `+`, as in pwsh.
  assert.deepEqual(await parseError('[int] / 2 +'), ['     |             ~', missingOperand]);
});
