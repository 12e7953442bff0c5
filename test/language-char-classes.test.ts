// The character classes the scanner tests by code without a call (issue 14, eighth round): names
// with non-ASCII letters, a typographic quote inside a parameter-like word, the other ASCII blanks
// and the no-break space between arguments, `++` after a variable, a comment between operands.
// Expected output recorded from pwsh 7.6.10 running the same script as a file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

const SCRIPT = [
  'function f { param($Näme, [Parameter(ValueFromRemainingArguments)]$Rest) "N=$Näme R=$($Rest -join "|")" }',
  'f -Näme:x',
  'f -a\u2018b\u2019',
  '$é1 = 5; $é1 + 1',
  '$h = @{ Größe = 3 }; $h.Größe',
  'f a\tb\vc\fd\u00a0e',
  '$x = 2; $x++ ; $x',
  '$a = 1 <# c #> + 2; $a',
].join('\n');

test('names, quotes and blanks outside ASCII are scanned as pwsh scans them', async () => {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  await shell.run(SCRIPT, { file: '/tmp/case.ps1' });
  assert.equal(host.errors, '');
  assert.deepEqual(host.output.trimEnd().split('\n'), ['N=x R=', 'N=-ab R=', '6', '3', 'N=a R=b|c|d|e', '3', '3']);
});
