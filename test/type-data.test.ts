// Update-TypeData, Get-TypeData and Remove-TypeData: what a user sees of the session's type data (the
// texts were recorded from pwsh 7.6.10; test/conformance/cases/type-data.ps1 holds more), that each session
// has its own, and that a session without type data leaves member lookups as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInShell } from './helpers/spo-process.js';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { activeTypeMembers, instanceMembersOf } from '../src/engine/instance-members.js';

const SHOUT = "Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { $this.ToUpper() }";

test('a script property given to System.String: every string has it and Get-Member lists it', async () => {
  const r = await runInShell(`${SHOUT}\n'abc'.Shout\n'abc' | Get-Member Shout`);
  assert.equal(r.err, '');
  assert.equal(r.out, 'ABC\n\n   TypeName: System.String\n\nName  MemberType     Definition\n----  ----------     ----------\nShout ScriptProperty System.Object Shout {get= $this.ToUpper() ;}\n\n');
});

test('a member already present is an error without -Force and replaced with it', async () => {
  const r = await runInShell(`${SHOUT}; ${SHOUT}; ${SHOUT.replace('ToUpper', 'ToLower')} -Force; 'AbC'.Shout`);
  assert.equal(r.err, 'Update-TypeData: Error in TypeData "System.String": The member Shout is already present.\n');
  assert.equal(r.out, 'abc\n');
});

test('missing -MemberName and -MemberType are terminating errors with pwsh texts', async () => {
  const r = await runInShell("Update-TypeData -TypeName T -MemberType ScriptProperty -Value { 1 }; Update-TypeData -TypeName T -MemberName X -Value 1; 'next'");
  assert.equal(
    r.err,
    'Update-TypeData: The MemberName parameter is required for the type "ScriptProperty". Please specify the MemberName parameter.\n' +
      'Update-TypeData: The MemberName, Value, and SecondValue parameters cannot be specified without the MemberType parameter.\n',
  );
  assert.equal(r.out, 'next\n');
});

test("a custom type name's script property is evaluated for each object in a table", async () => {
  const r = await runInShell(
    "$rows = 1..2 | % { $o = [pscustomobject]@{ A = $_; B = 10 }; $o.PSObject.TypeNames.Insert(0, 'T.Row'); $o }\n" +
      "Update-TypeData -TypeName T.Row -MemberType ScriptProperty -MemberName Sum -Value { $this.A + $this.B }\n" +
      '$rows | Format-Table',
  );
  assert.equal(r.err, '');
  assert.equal(r.out, '\nA  B Sum\n-  - ---\n1 10  11\n2 10  12\n\n');
});

test('DefaultDisplayPropertySet: the table shows only those properties, Format-List * all of them', async () => {
  const r = await runInShell(
    "$o = [pscustomobject]@{ A = 1; B = 2; C = 3 }; $o.PSObject.TypeNames.Insert(0, 'T.Display')\nUpdate-TypeData -TypeName T.Display -DefaultDisplayPropertySet A, C\n$o\n$o | Format-List *",
  );
  assert.equal(r.out, '\nA C\n- -\n1 3\n\n\nA : 1\nB : 2\nC : 3\n\n');
});

test('Remove-TypeData: the member is gone; a type without type data is an error', async () => {
  const r = await runInShell(`${SHOUT}; Remove-TypeData System.String; $null -eq 'abc'.Shout; Remove-TypeData System.String`);
  assert.equal(r.out, 'True\n');
  assert.equal(r.err, 'Remove-TypeData: Error in TypeData "System.String": The type "System.String" was not found. The type name value must be the full name of the type. Verify the type name and run the command again.\n');
});

test('Get-TypeData: a table of TypeName and Members, wildcards, nothing for no match', async () => {
  const r = await runInShell("Update-TypeData -TypeName T.Get -MemberType NoteProperty -MemberName N -Value 5\nGet-TypeData t.g*\nGet-TypeData Nothing.Here");
  assert.equal(r.err, '');
  assert.equal(r.out, '\nTypeName Members\n-------- -------\nT.Get    {[N, System.Management.Automation.Runspaces.NotePropertyData]}\n\n');
});

test("each session has its own type data: another shell and a thread job do not see this one's", async () => {
  const host = new TestHost({ width: 120 });
  const shell = new Shell({ host, commands: builtinCommandTable() });
  const mine = await runInShell(`${SHOUT}\n'abc'.Shout\nStart-ThreadJob { "[$('abc'.Shout)]" } | Receive-Job -Wait -AutoRemoveJob`, { host, shell });
  assert.equal(mine.out, 'ABC\n[]\n');
  const other = await runInShell("\"[$('abc'.Shout)]\"");
  assert.equal(other.out, '[]\n');
  // And the first shell still has it.
  assert.equal((await runInShell("'abc'.Shout", { host, shell })).out, 'ABC\n[]\nABC\n');
});

test('outside a session with type data, lookups see no type members (one check)', async () => {
  await runInShell(SHOUT);
  assert.equal(activeTypeMembers(), undefined);
  assert.equal(instanceMembersOf('abc'), undefined);
});
