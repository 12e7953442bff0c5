// The evaluator's own guarantees, with expected output recorded from PowerShell 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { Session } from '../src/engine/session.js';

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

test('$global:, $script:, $local:, $private: and $variable: prefixes resolve through the scope stack (pwsh 7.6 at the prompt)', async () => {
  const host = await run('$global:a = 1; $a; $script:b = 2; $b; $local:c = 3; $c; $x = 4; $global:x; $script:x; $local:x; $private:x; $variable:x');
  assert.equal(host.text(), '1\n2\n3\n4\n4\n4\n4\n4\n');
});

test('a child scope sees outer variables, hides them when it assigns, and cannot overwrite a read-only one', () => {
  const session = new Session();
  session.defineVariable('locked', 1, { readOnly: true });
  session.setVariable('x', 'global');
  session.pushScope({ isScript: true });
  session.setVariable('y', 'script');
  session.pushScope();
  assert.equal(session.getVariable('x')?.value, 'global');
  session.setVariable('x', 'local');
  assert.equal(session.getVariable('x')?.value, 'local');
  assert.equal(session.getVariable('x', 'global')?.value, 'global');
  assert.equal(session.getVariable('y', 'local'), undefined);
  assert.equal(session.getVariable('y', 'script')?.value, 'script');
  session.setVariable('z', 'in script', undefined, 'script');
  assert.throws(() => session.setVariable('locked', 2), { message: 'Cannot overwrite variable locked because it is read-only or constant.' });
  assert.deepEqual(
    session.variables().map((v) => `${v.name}=${String(v.value)}`).sort(),
    ['locked=1', 'x=local', 'y=script', 'z=in script'],
  );
  session.popScope();
  assert.equal(session.getVariable('z')?.value, 'in script');
  session.popScope();
  assert.equal(session.getVariable('x')?.value, 'global');
  assert.equal(session.getVariable('y'), undefined);
  session.popScope(); // the global scope stays
  assert.equal(session.getVariable('x')?.value, 'global');
});

// The ten variables defined on first need (automatic-variables.ts, seldom-read-variables.ts): whatever
// touches one first sees pwsh's variable, and a value the engine gave one before stays.
test("$ShellId and the other variables defined on first need behave as if defined at the start", async () => {
  // Assigned first, from a function: the constant refuses it (pwsh 7.6.10).
  assert.equal((await run('function f { $ShellId = 1 }; f; $ShellId')).text(), 'WriteError: Cannot overwrite variable ShellId because it is read-only or constant.\nMicrosoft.PowerShell\n');
  // Read first from a function's own scope: the AllScope one is the function's too; an ordinary one is not.
  assert.equal((await run('function g { "[$local:ShellId]"; "[$local:PSEmailServer]" }; g')).text(), '[Microsoft.PowerShell]\n[]\n');
  // Removed first: the constant stays.
  assert.equal((await run('Remove-Variable ShellId -ErrorAction SilentlyContinue; $ShellId')).text(), 'Microsoft.PowerShell\n');
  // A script's own first: its value stays, the variable keeps its type constraint.
  assert.equal((await run("[string]$PSNativeCommandArgumentPassing = 'x'; $PSNativeCommandArgumentPassing")).text(), 'x\n');
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  shell.session.defineVariable('StackTrace', 'engine');
  await shell.run('$StackTrace; $PSSessionApplicationName');
  assert.equal(host.text(), 'engine\nwsman\n');
});
