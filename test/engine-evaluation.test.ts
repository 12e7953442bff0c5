// The evaluator's own guarantees, with expected output recorded from PowerShell 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

async function run(script: string): Promise<TestHost> {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  await shell.run(script);
  return host;
}

// Issue 13 item 1: nested parentheses evaluated their contents 2^(depth-1) times.
test('parentheses evaluate what they hold exactly once, however deep', async () => {
  assert.equal((await run('((Write-Host hi))')).text(), 'hi\n');
  assert.equal((await run('(((Write-Host hi)))')).text(), 'hi\n');
  assert.equal((await run('$n=0; ((($n=$n+1))); $n')).text(), '1\n1\n');
  assert.equal((await run('$n=0; (($n=$n+1)) + 0; $n')).text(), '1\n1\n');
  assert.equal((await run('$a=@(1,2); $i=0; (($a[($i=$i+1)-1] = 7)); "i=$i a=$a"')).text(), '7\ni=1 a=7 2\n');
  assert.equal((await run('((1,2)).Count; (((Write-Output x y))).Count')).text(), '2\n2\n');
});
