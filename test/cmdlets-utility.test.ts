// Measure-Command, New-Guid, Get-Unique, Join-String, Out-Host and Get-Host: what the conformance corpus
// (test/conformance/cases/cmdlets-utility.ps1) cannot check: a measured time against a known sleep, the
// TimeSpan's list view with its numbers, randomness of new GUIDs, Out-Host -Paging at an interactive host,
// and the help pages. Expected layouts come from pwsh 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

function shell(interactive = true) {
  const host = new TestHost({ answers: [], interactive, width: 81 });
  return { host, sh: new Shell({ host, commands: builtinCommandTable() }) };
}

test('Measure-Command measures the time the block ran, not less', async () => {
  const { host, sh } = shell();
  await sh.run('$t = Measure-Command { Start-Sleep -Milliseconds 120 }; $t.TotalMilliseconds -ge 115; $t.TotalSeconds -lt 30');
  assert.equal(host.output, 'True\nTrue\n');
});

test("Measure-Command's TimeSpan prints as pwsh's TimeSpan list view", async () => {
  const { host, sh } = shell();
  await sh.run('Measure-Command { 1 }');
  // Numbers vary run to run: the layout, labels and their order are pwsh's.
  const masked = host.output.replace(/: [-0-9.E]+$/gm, ': n');
  assert.equal(
    masked,
    '\nDays              : n\nHours             : n\nMinutes           : n\nSeconds           : n\nMilliseconds      : n\nTicks             : n\n' +
      'TotalDays         : n\nTotalHours        : n\nTotalMinutes      : n\nTotalSeconds      : n\nTotalMilliseconds : n\n\n',
  );
});

test('New-Guid writes a different version-4 GUID each time', async () => {
  const { host, sh } = shell();
  await sh.run('$a = 1..20 | ForEach-Object { (New-Guid).Guid }; @($a | Sort-Object -Unique).Count; @($a | Where-Object { $_ -match "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$" }).Count');
  assert.equal(host.output, '20\n20\n');
});

test('Out-Host -Paging at an interactive host writes everything without asking (docs/Out-Host.md)', async () => {
  const { host, sh } = shell(true);
  await sh.run('1..3 | Out-Host -Paging; "end"');
  assert.equal(host.output, '1\n2\n3\nend\n');
  assert.deepEqual(host.prompts, []);
});

test('Get-Host is the $Host object', async () => {
  const { host, sh } = shell();
  await sh.run('(Get-Host).InstanceId -eq $Host.InstanceId; (Get-Host).Name -eq $Host.Name');
  assert.equal(host.output, 'True\nTrue\n');
});

test('Get-Help shows the new commands from their pages', async () => {
  const synopses: Record<string, string> = {
    'Measure-Command': 'Measures the time it takes to run script blocks and cmdlets.',
    'New-Guid': 'Creates a GUID.',
    'Get-Unique': 'Returns unique items from a sorted list.',
    'Join-String': 'Combines objects from the pipeline into a single string.',
    'Out-Host': 'Sends output to the command line.',
    'Get-Host': 'Gets an object that represents the current host program.',
  };
  for (const [name, synopsis] of Object.entries(synopses)) {
    const { host, sh } = shell();
    await sh.run(`Get-Help ${name}`);
    assert.ok(host.output.includes(`NAME\n    ${name}\n\nSYNOPSIS\n    ${synopsis}\n`), `${name}: ${host.output.slice(0, 200)}`);
  }
});

test('Invoke-Command over SSH is refused with a terminating error of its own, and nothing is started (docs/Invoke-Command.md)', async () => {
  const { host, sh } = shell(false);
  await sh.run("try { Invoke-Command -HostName server01 -ScriptBlock { 1 } } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }; 'went on'");
  assert.equal(
    host.output,
    'SSHRemotingNotAvailable,Microsoft.PowerShell.Commands.InvokeCommandCommand\nNotImplemented\n' +
      'spo-shell does not run commands over SSH: the -HostName and -SSHConnection parameter sets are not available.\nwent on\n',
  );
});

test('Invoke-Command runs the block once after the pipeline, with the objects in $input (a process block runs once)', async () => {
  const { host, sh } = shell();
  await sh.run("'a', 'b' | Invoke-Command { process { \"runs with $(@($input).Count) objects, `$_ '$_'\" } }");
  assert.equal(host.output, "runs with 2 objects, $_ ''\n");
});

test('ForEach-Object -Parallel runs blocks at the same time: the short block finishes first, unless -ThrottleLimit 1', async () => {
  const { host, sh } = shell();
  await sh.run("1, 2 | ForEach-Object -Parallel { Start-Sleep -Milliseconds (@{1 = 400; 2 = 10}[$_]); \"done $_\" }");
  assert.equal(host.output, 'done 2\ndone 1\n');
  const { host: one, sh: serial } = shell();
  await serial.run("1, 2 | ForEach-Object -Parallel { Start-Sleep -Milliseconds (@{1 = 400; 2 = 10}[$_]); \"done $_\" } -ThrottleLimit 1");
  assert.equal(one.output, 'done 1\ndone 2\n');
});

test('ForEach-Object -Parallel stops every block on Ctrl+C', async () => {
  const { host, sh } = shell();
  const stop = new AbortController();
  setTimeout(() => stop.abort(), 200);
  const started = Date.now();
  await sh.run("1..3 | ForEach-Object -Parallel { Start-Sleep 20; 'late' }; 'not reached'", { signal: stop.signal });
  assert.ok(Date.now() - started < 10_000, 'the blocks stopped with the signal');
  assert.doesNotMatch(host.output, /late|not reached/);
});
