// Streaming pipelines (issue 11, docs/streaming-output.md): what the host receives, in order, while
// a pipeline runs. The conformance corpus (cases/streaming.ps1) checks the text against pwsh; these
// tests check the order of writes as they happen, and that Ctrl+C still stops a streaming pipeline.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import type { StreamKind } from '../src/host/host.js';

/** A host that also remembers when each write happened, and what had been written by then. */
class TimedHost extends TestHost {
  readonly times: number[] = [];
  override write(kind: StreamKind, text: string, options?: { noNewline?: boolean }): void {
    super.write(kind, text, options);
    this.times.push(Date.now());
  }
}

function shell() {
  const host = new TimedHost();
  return { host, shell: new Shell({ host, commands: builtinCommandTable() }) };
}

/** Each write as `kind:text` (one line per write). */
function events(host: TestHost): string[] {
  return host.writes.map((w) => `${w.kind}:${w.text.replace(/\n$/, '')}`);
}

test('table rows reach the host while the pipeline still runs (header and first rows with the second object)', async () => {
  const { host, shell: s } = shell();
  await s.run('1..3 | ForEach-Object { [pscustomobject]@{ a = $_ }; Write-Host "h$_"; Start-Sleep -Milliseconds 350 }; "end"');
  // pwsh 7.6.10 holds the first row until an object arrives after 300 ms, then writes the header and
  // both rows; every later row is written as it comes, before the host text that follows it. (The
  // table's first blank line is written when it opens; the one after it when the table ends.)
  assert.deepEqual(events(host), ['output:', 'information:h1', 'output:a\n-\n1\n2', 'information:h2', 'output:3', 'information:h3', 'output:end', 'output:']);
});

test('Write-Host text of two commands interleaves object by object', async () => {
  const { host, shell: s } = shell();
  await s.run('1..2 | ForEach-Object { Write-Host "up$_"; $_ } | ForEach-Object { Write-Host "down$_" }');
  assert.deepEqual(events(host), ['information:up1', 'information:down1', 'information:up2', 'information:down2']);
});

test('an error a function writes shows between the objects it wrote before and after', async () => {
  const { host, shell: s } = shell();
  await s.run("function f { 'a'; Write-Error e; 'b' }; f");
  assert.deepEqual(events(host), ['output:a', 'error:f: e', 'output:b']);
});

test('Select-Object -First ends a long pipeline without running it to its end', async () => {
  const { host, shell: s } = shell();
  const started = Date.now();
  const r = await s.run('1..1000000 | ForEach-Object { $_ } | Select-Object -First 2; "after"');
  assert.equal(r.success, true);
  assert.equal(host.output, '1\n2\nafter\n');
  // A million ForEach-Object calls would take many seconds; the stop makes it immediate.
  assert.ok(Date.now() - started < 4000, `took ${Date.now() - started} ms`);
});

test('Ctrl+C stops a streaming pipeline whose upstream never ends', async () => {
  const { host, shell: s } = shell();
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  const r = await s.run('& { while ($true) { 1 } } | ForEach-Object { $_ } | Where-Object { $_ -eq 2 }; "not reached"', { signal: controller.signal });
  assert.equal(r.stopped, true);
  assert.doesNotMatch(host.output, /not reached/);
  const next = await s.run('1..2 | ForEach-Object { $_ } | Select-Object -First 1');
  assert.equal(next.success, true);
  assert.match(host.output, /1\n$/);
});

test('Ctrl+C stops a pipeline while a downstream command sleeps on a streamed object', async () => {
  const { shell: s } = shell();
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 100);
  const r = await s.run('1..3 | ForEach-Object { $_ } | ForEach-Object { Start-Sleep -Seconds 30 }', { signal: controller.signal });
  assert.equal(r.stopped, true);
  assert.ok(Date.now() - started < 5000, 'stopped early');
});
