// Background jobs (Start-ThreadJob, Start-Job, *-Job): what the conformance corpus (test/conformance/cases/
// jobs.ps1) cannot check: Ctrl+C ends a wait but never a job, the session ends without waiting for jobs
// still running, and jobs run while the console goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { spoBin } from './helpers/spo-process.js';

function shell() {
  const host = new TestHost({ answers: [], interactive: true, width: 120 });
  return { host, sh: new Shell({ host, commands: builtinCommandTable() }) };
}

test('Ctrl+C ends Wait-Job and Receive-Job -Wait but leaves the job running; Stop-Job stops it', async () => {
  const { host, sh } = shell();
  await sh.run("$j = Start-ThreadJob { Start-Sleep 30; 'late' }");
  for (const line of ['Wait-Job $j; "not reached"', 'Receive-Job $j -Wait; "not reached"']) {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 150);
    const started = Date.now();
    await sh.run(line, { signal: stop.signal });
    assert.ok(Date.now() - started < 10_000, `${line} stopped with the signal`);
  }
  await sh.run('$j.State; Stop-Job $j; $j.State; Receive-Job $j; Remove-Job $j; (Get-Job).Count');
  assert.equal(host.output, 'Running\nStopped\n0\n');
  assert.doesNotMatch(host.output, /late|not reached/);
});

test('a job runs while the console goes on, and Wait-Job returns once it is done', async () => {
  const { host, sh } = shell();
  await sh.run("$j = Start-ThreadJob { Start-Sleep -Milliseconds 300; 'done' }; $j.State");
  await sh.run("'console first'");
  await sh.run('$j | Wait-Job | Receive-Job; $j.State');
  assert.equal(host.output, 'Running\nconsole first\ndone\nCompleted\n');
});

test('the session ends at once with jobs still running', () => {
  const env = { PATH: process.env.PATH ?? '', TERM: 'dumb', NO_COLOR: '1', SPO_CACHE_DIR: join(tmpdir(), 'spo-shell-test-code-cache') };
  const started = Date.now();
  const r = spawnSync(process.execPath, [spoBin, '-c', "$null = Start-ThreadJob { Start-Sleep 60 }; $null = Start-Job { while ($true) { Start-Sleep 1 } }; 'started'"], { encoding: 'utf8', env, timeout: 30_000 });
  assert.equal(r.stdout, 'started\n');
  assert.equal(r.status, 0);
  assert.ok(Date.now() - started < 20_000, 'spo did not wait for the jobs');
});

test("a Start-Job job's child runs the block: both Running while it runs; stopping the child leaves the parent Completed", async () => {
  const { host, sh } = shell();
  await sh.run("$j = Start-Job { 'first'; Start-Sleep 30; 'late' }; $c = $j.ChildJobs[0]; $c.State");
  // The child is NotStarted until its block runs (pwsh's child process is still starting).
  await sh.run("Start-Sleep -Milliseconds 400; \"$($j.State) $($c.State) $($j.HasMoreData)\"");
  await sh.run('Receive-Job -Id 2; $j.HasMoreData');
  await sh.run("Stop-Job -Id 2; $j | Wait-Job | Out-Null; \"$($j.State) $($c.State)\"; Remove-Job $j; (Get-Job).Count");
  assert.equal(host.output, 'NotStarted\nRunning Running True\nfirst\nTrue\nCompleted Stopped\n0\n');
  assert.doesNotMatch(host.output, /late/);
});
