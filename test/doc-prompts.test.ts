// A documentation prompt (`PS C:\> `, `PS> `) before a pasted command is removed (DESIGN.md's
// deviation), but a here-string's lines are text: pwsh keeps a `PS>` in them, and so does spo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripDocumentationPrompts } from '../src/language/doc-prompts.js';
import { runSpo } from './helpers/spo-process.js';

test('prompts are removed from command lines, not from the lines of a here-string', () => {
  assert.equal(stripDocumentationPrompts('PS C:\\> Get-Date\n  PS> $x = 1'), 'Get-Date\n  $x = 1');
  const script = ['PS> $t = @"', 'PS> inside', '  PS C:\\> also inside', '"@', 'PS> $u = @\'', 'PS> literal', "'@", 'PS> $t'].join('\n');
  assert.equal(stripDocumentationPrompts(script), ['$t = @"', 'PS> inside', '  PS C:\\> also inside', '"@', "$u = @'", 'PS> literal', "'@", '$t'].join('\n'));
  const plain = 'Write-Output ok';
  assert.equal(stripDocumentationPrompts(plain), plain);
});

test('spo -c keeps a PS> line inside a here-string and runs the prompted lines around it', async () => {
  const r = await runSpo(['-c', 'PS C:\\> $t = @"\nPS> Get-Date\n"@\nPS C:\\> $t.Length; $t']);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '12\nPS> Get-Date\n');
});
