// The `prompt` function: the console shows what it returns before each input, as pwsh's console
// does (ConsoleHost.EvaluatePrompt). Expectations recorded from pwsh 7.6.10 in a terminal:
//   function prompt { "[$?]> " }; Get-Item nosuch  → the next prompt is `[False]> `, and `$?` typed
//     there still prints False (evaluating the prompt does not change it), the one after `[True]> `;
//   a prompt that throws, returns nothing, $null, an empty string or a custom object → the built-in
//     prompt (pwsh's is `PS>`, spo's own text here: docs/language.md);
//   Write-Error inside it shows nothing but lands in $Error; Write-Host inside it prints;
//   "q> ", "r> " → `q> ` (the first object); "a`nb> " → `a` on its own line, then `b> `.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { TestHost } from './helpers/test-host.js';

delete process.env.CI;
const { cleanup } = await import('ink-testing-library');
const { mountConsole } = await import('./helpers/mounted-console.js');
const { Shell } = await import('../src/engine/shell.js');
const { builtInPrompt } = await import('../src/engine/session.js');
const { builtinCommandTable } = await import('../src/cmdlets/registry.js');

afterEach(() => cleanup());

async function shellAfter(script: string) {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  await shell.run(script);
  return { shell, host };
}

test('the built-in prompt function is a Function and returns the console prompt, [sandbox] included', async () => {
  const { shell, host } = await shellAfter('Get-Command prompt | ForEach-Object { "$($_.CommandType) $($_.Name) [$($_.Source)]" }; prompt');
  assert.equal(host.output, 'Function prompt []\nspo> \n');
  assert.equal(await shell.promptText(), 'spo> ');
  shell.session.defaultPrompt = builtInPrompt(true);
  assert.equal(await shell.promptText(), 'spo [sandbox]> ');
});

test("a user's prompt function sees the last input's $? and leaves it as it was", async () => {
  const { shell, host } = await shellAfter('function prompt { "[$?]> " }; Get-Item nosuch');
  assert.equal(await shell.promptText(), '[False]> ');
  await shell.run('$?');
  assert.match(host.output, /^False$/m);
  assert.equal(await shell.promptText(), '[True]> ');
});

test('a prompt that fails or gives no text falls back to the built-in one; its errors are not shown but kept in $Error', async () => {
  const cases: Array<[string, string]> = [
    ['function prompt { throw "x" }', 'spo> '],
    ['function prompt { }', 'spo> '],
    ['function prompt { $null }', 'spo> '],
    ["function prompt { '' }", 'spo> '],
    ['function prompt { [pscustomobject]@{ a = 1 } }', 'spo> '],
    ['function prompt { "q> "; "r> " }', 'q> '],
    ['function prompt { 42 }', '42'],
    ['function prompt { Write-Error boom; "E> " }', 'E> '],
    // An alias named prompt outranks the function, as command lookup does everywhere.
    ['function p2 { "P2> " }; Set-Alias prompt p2', 'P2> '],
  ];
  for (const [definition, expected] of cases) {
    const { shell, host } = await shellAfter(definition);
    assert.equal(await shell.promptText(), expected, definition);
    assert.equal(host.errors, '', definition);
  }
  const { shell, host } = await shellAfter('function prompt { Write-Error boom; "E> " }');
  await shell.promptText();
  await shell.run('$Error[0].ToString()');
  assert.equal(host.output, 'boom\n');
});

test('the console shows the prompt the function returns, a multi-line one with its first lines above', async () => {
  const { ui, settle, transcript, screen } = mountConsole();
  for (const line of ['function prompt { "[$?]> " }', 'Get-Item /nonexistent/x', 'function prompt { "site`nPS> " }', '1']) {
    ui.stdin.write(line + '\r');
    await settle(20);
  }
  assert.equal(
    transcript(),
    [
      'spo> function prompt { "[$?]> " }',
      "[True]> Get-Item /nonexistent/x",
      "Get-Item: Cannot find path '/nonexistent/x' because it does not exist.",
      '[False]> function prompt { "site`nPS> " }',
      'site',
      'PS> 1',
      '1',
      'site',
      '',
    ].join('\n'),
  );
  // The live region shows the last line of the prompt (Ink trims the space after it).
  assert.match(screen(), /^PS>$/m);
});
