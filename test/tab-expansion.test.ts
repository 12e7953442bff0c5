// Tab completion of parameter values the way pwsh's own completers offer them, through the console's
// completion (Shell.complete) and TabExpansion2, where the corpus (test/conformance/cases/tab-expansion.ps1)
// cannot reach: folders and files of a temporary folder, the session's own functions and modules.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { runInShell } from './helpers/spo-process.js';

const newShell = () => new Shell({ host: new TestHost(), commands: builtinCommandTable() });
const texts = (shell: Shell, line: string) => shell.complete(line, line.length).matches.map((m) => m.completionText);

test('Tab after a command-name parameter offers commands: gcm Get-Da<Tab> is Get-Date', () => {
  const shell = newShell();
  assert.deepEqual(texts(shell, 'gcm Get-Da'), ['Get-Date']);
  assert.deepEqual(texts(shell, 'Get-Command -Name Get-Da'), ['Get-Date']);
  assert.deepEqual(texts(shell, 'Get-Help Connect-SPOServ'), ['Connect-SPOService']);
  assert.deepEqual(texts(shell, "Get-Command 'Get-Da"), ["'Get-Date'"]);
  // After a comma, the next name of the list.
  assert.deepEqual(texts(shell, 'Get-Command -Name Get-Date,Get-Ali'), ['Get-Alias']);
});

test("the session's own functions, variables and aliases are offered once defined", async () => {
  const shell = newShell();
  await shell.run('function Get-SiteReport { }; $siteUrl = "https://contoso.sharepoint.com"; Set-Alias gsr Get-SiteReport');
  assert.deepEqual(texts(shell, 'Get-Command Get-SiteR'), ['Get-SiteReport']);
  assert.deepEqual(texts(shell, 'Get-Variable site'), ['siteUrl']);
  assert.deepEqual(texts(shell, 'Get-Alias gs'), ['gsr']);
  const alias = shell.complete('Get-Help gsr', 12).matches[0]!;
  assert.equal(alias.toolTip, 'Get-SiteReport');
  const variable = shell.complete('$siteU', 6).matches[0]!;
  assert.equal(variable.toolTip, '[string]$siteUrl');
});

test('Set-Location and Push-Location offer folders only; other paths offer files too, with full paths as tooltips', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-tab-'));
  try {
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'report.ps1'), '"x"');
    const shell = newShell();
    await shell.run(`Set-Location '${dir}'`);
    const cd = shell.complete('Set-Location rep', 16);
    assert.deepEqual(cd.matches.map((m) => [m.completionText, m.resultType, m.toolTip]), [['./reports', 'ProviderContainer', join(dir, 'reports')]]);
    assert.deepEqual(texts(shell, 'cd -LiteralPath rep'), ['./reports']);
    assert.deepEqual(texts(shell, 'Push-Location rep'), ['./reports']);
    assert.deepEqual(texts(shell, 'Get-Content rep'), ['./report.ps1', './reports']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('TabExpansion2 returns the console completion as a CommandCompletion object', async () => {
  const r = await runInShell("$r = TabExpansion2 'Get-Command -Verb Ge'; $r.ReplacementIndex; $r.ReplacementLength; $r.CompletionMatches | ForEach-Object { $_.CompletionText + '|' + $_.ResultType }");
  assert.equal(r.err, '');
  assert.equal(r.out, '18\n2\nGet|Text\n');
});

test('TabExpansion2 refuses the AST parameter set with a clear error, and the shell goes on', async () => {
  const r = await runInShell("TabExpansion2 -ast 1 -tokens 2 -positionOfCursor 3; 'still here'");
  assert.match(r.err, /spo-shell has no AST objects/);
  assert.equal(r.out, 'still here\n');
});
