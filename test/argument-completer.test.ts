// Register-ArgumentCompleter with the real engine: what Tab completion offers once a completer is
// registered (Shell.completeAsync, which the console waits for), as pwsh 7.6.10's TabExpansion2 answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

async function shellWith(script: string) {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  const result = await shell.run(script);
  assert.equal(result.success, true, host.writes.map((w) => w.text).join(''));
  return { shell, host };
}

const THING = 'function Get-Thing { param($Name, $Other, [switch]$Sw) $Name }\n';

async function completions(shell: Shell, line: string, cursor = line.length) {
  const pending = shell.completeAsync(line, cursor);
  const result = pending ? await pending : shell.complete(line, cursor);
  return result;
}
const texts = async (shell: Shell, line: string) => (await completions(shell, line)).matches.map((m) => m.completionText);

test('no completer registered: completeAsync leaves completion to complete()', async () => {
  const { shell } = await shellWith(THING);
  assert.equal(shell.completeAsync('Get-Thing -Name ', 16), undefined);
});

test("a parameter's completer gets the command, parameter, word (unquoted), the command's text and the bound parameters", async () => {
  const { shell } = await shellWith(
    THING +
      'Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Name -ScriptBlock { param($c,$p,$w,$a,$f) "[$w]"; ($f.Keys | sort | % { "$_=$($f[$_])" }) -join ";"; "ast=$a"; "$c|$p" }',
  );
  assert.deepEqual(await texts(shell, "Get-Thing -Other x -Sw -Name 'ab"), ['[ab]', 'Name=ab;Other=x;Sw=True', "ast=Get-Thing -Other x -Sw -Name 'ab", 'Get-Thing|Name']);
  assert.deepEqual(await texts(shell, 'Get-Thing -Other x -Sw -Name:ab'), ['[ab]', 'Name=ab;Other=x;Sw=True', 'ast=Get-Thing -Other x -Sw -Name:ab', 'Get-Thing|Name']);
  // A positional argument is the first positional parameter's (-Name), as pwsh binds it.
  assert.deepEqual(await texts(shell, 'Get-Thing -Other x '), ['[]', 'Other=x', 'ast=Get-Thing -Other x', 'Get-Thing|Name']);
  assert.deepEqual(await texts(shell, 'Get-Thing -Other x ab'), ['[ab]', 'Name=ab;Other=x', 'ast=Get-Thing -Other x ab', 'Get-Thing|Name']);
  assert.deepEqual(await texts(shell, 'Get-Thing -Other x -Name '), ['[]', 'Other=x', 'ast=Get-Thing -Other x -Name', 'Get-Thing|Name']);
  const r = await completions(shell, 'Get-Thing -Name ab');
  assert.equal(r.replacementIndex, 16);
  assert.equal(r.replacementLength, 2);
  assert.equal(r.matches[0]!.resultType, 'Text');
});

test("the completer's filter decides; CompletionResult objects keep their texts and type", async () => {
  const { shell } = await shellWith(
    THING +
      "Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Name -ScriptBlock { param($c,$p,$w) 'alpha','beta' | ? { $_ -like \"$w*\" } }\n" +
      "Register-ArgumentCompleter -ParameterName Other -ScriptBlock { [System.Management.Automation.CompletionResult]::new('x y', 'XY', 'ParameterValue', 'tip'); 5; [pscustomobject]@{a=1} }",
  );
  assert.deepEqual(await texts(shell, 'Get-Thing -Name '), ['alpha', 'beta']);
  assert.deepEqual(await texts(shell, 'Get-Thing -Name b'), ['beta']);
  const other = await completions(shell, 'Get-Thing -Other ');
  assert.deepEqual(other.matches, [
    { completionText: 'x y', listItemText: 'XY', toolTip: 'tip', resultType: 'ParameterValue' },
    { completionText: '5', listItemText: '5', toolTip: '5', resultType: 'Text' },
    { completionText: '@{a=1}', listItemText: '@{a=1}', toolTip: '@{a=1}', resultType: 'Text' },
  ]);
});

test("a command's own completer wins over one for the parameter on any command", async () => {
  const { shell } = await shellWith(
    THING +
      'Register-ArgumentCompleter -ParameterName Name -ScriptBlock { "generic" }\n' +
      'Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Name -ScriptBlock { "own" }',
  );
  assert.deepEqual(await texts(shell, 'Get-Thing -Name '), ['own']);
  assert.deepEqual(await texts(shell, 'Get-Variable -Name '), ['generic']);
});

test('a completer that fails or offers nothing leaves the built-in rules to answer (file paths here); $null removes it', async () => {
  const { shell } = await shellWith(
    THING +
      'Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Name -ScriptBlock { throw "boom" }\n' +
      'Register-ArgumentCompleter -CommandName Get-Thing -ParameterName Other -ScriptBlock { @() }\n' +
      'Register-ArgumentCompleter -CommandName Get-Variable -ParameterName Scope -ScriptBlock { "mine" }',
  );
  assert.deepEqual(await texts(shell, 'Get-Thing -Name /tm'), ['/tmp']);
  assert.deepEqual(await texts(shell, 'Get-Thing -Other /tm'), ['/tmp']);
  assert.deepEqual(await texts(shell, 'Get-Variable -Scope '), ['mine']);
  await shell.run('Register-ArgumentCompleter -CommandName Get-Variable -ParameterName Scope -ScriptBlock $null');
  assert.equal(shell.completeAsync('Get-Variable -Scope ', 20), undefined);
});

test("a native command's completer gets the word, the command and the cursor; -NativeFallback covers the others", async () => {
  const { shell } = await shellWith(
    'Register-ArgumentCompleter -Native -CommandName mytool -ScriptBlock { param($w,$a,$cp) "w=[$w]"; "a=$a"; "cp=$cp"; $a.GetType().Name }\n' +
      'Register-ArgumentCompleter -NativeFallback -ScriptBlock { "fb" }',
  );
  assert.deepEqual(await texts(shell, 'mytool sub fo'), ['w=[fo]', 'a=mytool sub fo', 'cp=13', 'CommandAst']);
  assert.deepEqual(await texts(shell, 'othertool '), ['fb']);
});
