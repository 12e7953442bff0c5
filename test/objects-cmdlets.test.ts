// Custom objects, PowerShell's table/list formatting and the pipeline cmdlets (Select-Object,
// Sort-Object, Group-Object, Measure-Object, Format-Table/List, Out-String, Tee-Object, Add-Member,
// Get-Member), against output recorded from real PowerShell 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInShell, runSpo } from './helpers/spo-process.js';
import { PWSH_OUTPUT } from './fixtures/objects-pwsh-output.js';
import { isItemInvocable, type ItemInvocable } from '../src/engine/invocable.js';
import { evaluateSpec, parsePropertySpecs } from '../src/engine/property-specs.js';
import { PSHashtable, PSObject } from '../src/engine/values.js';

// pwsh recorded at Out-String -Width 120 is what a 121-column console shows (it keeps its last column free).
for (const [script, output] of PWSH_OUTPUT) {
  test(`pwsh output of: ${script}`, async () => {
    const r = await runInShell(script, { width: 121 });
    assert.equal(r.err, '');
    assert.equal(r.out, output);
  });
}

const errors: Array<[string, string, string]> = [
  ["[pscustomobject]@{Name='a'} | Select-Object @{Nme='x'; e='Name'}", '', 'Select-Object: The Nme key is not valid.\n'],
  ["[pscustomobject]@{Name='a'} | Select-Object @{n='x'}", '', 'Select-Object: A mandatory entry for expression is missing.\n'],
  ['1 | Sort-Object -Property @{Foo=1}', '', 'Sort-Object: The Foo key is not valid.\n'],
  ["[pscustomobject]@{v=1} | Select-Object -ExpandProperty nope", '', 'Select-Object: Property "nope" cannot be found.\n'],
  [
    '$o = [pscustomobject]@{a=1}; $o | Add-Member -NotePropertyName a -NotePropertyValue 2; $o.a',
    '1\n',
    'Add-Member: Cannot add a member with the name "a" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.\n',
  ],
  [
    '$o = [pscustomobject]@{a=1}; $o.b = 2',
    '',
    `SetValueInvocationException: Exception setting "b": "The property 'b' cannot be found on this object. Verify that the property exists and can be set."\n`,
  ],
  ['Get-Member', '', 'Get-Member: You must specify an object for the Get-Member cmdlet.\n'],
  [
    "'a' | Measure-Object -Sum",
    '\nCount             : 1\nAverage           : \nSum               : \nMaximum           : \nMinimum           : \nStandardDeviation : \nProperty          : \n\n',
    'Measure-Object: Input object "a" is not numeric.\n',
  ],
];

for (const [script, out, err] of errors) {
  test(`errors as pwsh: ${script}`, async () => {
    const r = await runInShell(script, { width: 121 });
    assert.equal(r.err, err);
    assert.equal(r.out, out);
  });
}

test('Add-Member Name Value by position adds a note property, as pwsh', async () => {
  const r = await runInShell('$o = [pscustomobject]@{a=1}; $o | Add-Member b 2; $o', { width: 121 });
  assert.equal(r.err, '');
  assert.equal(r.out, '\na b\n- -\n1 2\n\n');
});

test('Tee-Object -FilePath writes the formatted objects and passes them on', async () => {
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const file = join(mkdtempSync(join(tmpdir(), 'spo-tee-')), 'out.txt');
  const r = await runInShell(`1..3 | Tee-Object -FilePath '${file}'`);
  assert.equal(r.out, '1\n2\n3\n');
  assert.equal(readFileSync(file, 'utf8'), '1\n2\n3\n');
});

test('a script block stands in for a calculated expression through the ItemInvocable interface', async () => {
  const doubled: ItemInvocable = { invokeWithItem: async (item) => [Number((item as PSObject).get('a')) * 2] };
  assert.ok(isItemInvocable(doubled));
  const h = new PSHashtable();
  h.set('n', 'x');
  h.set('e', doubled);
  const [spec] = parsePropertySpecs([h], ['name', 'label', 'expression']);
  assert.equal(spec!.name, 'x');
  assert.equal(await evaluateSpec(spec!, new PSObject('System.Management.Automation.PSCustomObject', { a: 21 }), new AbortController().signal), 42);
});

test('spo -c: a report built with New-Object, Add-Member, Sort-Object and Select-Object prints as pwsh', async () => {
  const script = [
    '$a = New-Object PSObject; $a | Add-Member -MemberType NoteProperty -Name Url -Value https://x/b; $a | Add-Member -NotePropertyName Size -NotePropertyValue 10',
    "$b = [pscustomobject]@{Url='https://x/a'; Size=2000}",
    '$a, $b | Sort-Object Url | Select-Object Url, Size',
  ].join('\n');
  const r = await runSpo(['-c', script]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '\nUrl         Size\n---         ----\nhttps://x/a 2000\nhttps://x/b   10\n\n');
});

test('real script blocks: calculated properties run in a child scope, Sort-Object and Group-Object take script-block keys (pwsh 7.6.10)', async () => {
  // One statement: pwsh -c formats a whole script through one Out-Default (spo per statement).
  const select = await runInShell('$i=0; 1..3 | Select-Object @{n="a";e={$i++; $i * 10}}, { $_ * 2 }', { width: 80 });
  assert.equal(select.err, '');
  assert.equal(select.out, '\n a  $_ * 2 \n - --------\n10        2\n10        4\n10        6\n\n');
  assert.equal((await runInShell('$i=0; 1..3 | Select-Object @{n="a";e={$i++; $i}} | Out-Null; $i')).out, '0\n');
  const keyed = await runInShell('1..5 | Sort-Object { -$_ }; "aa","b","ccc","dd" | Group-Object { $_.Length } | ForEach-Object { "$($_.Name)=$($_.Count)" }');
  assert.equal(keyed.err, '');
  assert.equal(keyed.out, '5\n4\n3\n2\n1\n1=1\n2=2\n3=1\n');
});
