// Format-Custom in the shell: its entries stream (host text between two objects prints between them),
// lines are cut at the host's width keeping their indentation, and the view's module loads only when
// Format-Custom runs. Expectations are what pwsh 7.6.10 printed (NO_COLOR=1).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

async function output(script: string, width?: number): Promise<string> {
  const host = new TestHost({ interactive: false, width });
  const shell = new Shell({ host, commands: builtinCommandTable() });
  await shell.run(script);
  return host.text('output', 'error', 'information');
}

test('Format-Custom prints host text written between two objects between their entries', async () => {
  const text = await output('& { [pscustomobject]@{a=1}; Write-Host h; [pscustomobject]@{a=2} } | fc');
  assert.equal(text, '\nclass PSCustomObject\n{\n  a = 1\n}\n\nh\nclass PSCustomObject\n{\n  a = 2\n}\n\n\n');
});

test("Format-Custom cuts a long line at the output's width, each piece keeping its indentation", async () => {
  const text = await output("[pscustomobject]@{o=[pscustomobject]@{b='x' * 30}} | fc | Out-String -Width 20");
  assert.equal(text, '\nclass PSCustomObject\n{\n  o = \n    class PSCustomOb\n    ject\n    {\n      b = xxxxxxxxxx\n      xxxxxxxxxxxxxx\n      xxxxxx\n    }\n}\n\n\n\n');
});

test('Format-Custom lists a nested list, a null and a list past four items', async () => {
  const text = await output('[pscustomobject]@{a=@(1,2,3,4,5); n=$null} | Format-Custom');
  assert.equal(text, '\nclass PSCustomObject\n{\n  a = \n    [\n      1\n      2\n      3\n      4\n      …\n    ]\n    \n  n = \n}\n\n\n');
});

test('-Depth below 1 is refused with the binder message', async () => {
  const text = await output('[pscustomobject]@{a=1} | fc -Depth 0');
  assert.match(text, /Cannot validate argument on parameter 'Depth'\. The 0 argument is less than the minimum allowed range of 1\./);
});
