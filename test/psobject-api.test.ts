// `.psobject` where the conformance corpus cannot reach: a .NET value's members are listed in pwsh's
// (reflection's) order from rows loaded on first use, so a fresh process whose first `.psobject` read is
// not the evaluator's member access (ForEach-Object -MemberName, Where-Object -Property, Select-Object's property names) must load them
// too. The corpus runs its cases in one process, where an earlier case has loaded them already.
// Expected values recorded from pwsh 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSpo } from './helpers/spo-process.js';

test("a fresh process's first .psobject through ForEach-Object lists a string's members in pwsh's order", async () => {
  const r = await runSpo(['-NonInteractive', '-c', "'hi' | ForEach-Object psobject | ForEach-Object { ($_.Members | Select-Object -First 3).Name }"]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'Chars\nLength\nCompareTo\n');
});

test('a fresh process: member objects made and added before any .psobject read', async () => {
  const r = await runSpo(['-NonInteractive', '-c', "$n = [psnoteproperty]::new('z', 3); $o = [pscustomobject]@{a = 1}; $o | ForEach-Object psobject | ForEach-Object { $_.Properties.Add($n) }; $o.z; ($o | ForEach-Object psobject).Members.Name -join ','"]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '3\na,z,ToString,GetType,Equals,GetHashCode\n');
});
