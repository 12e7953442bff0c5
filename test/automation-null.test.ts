// AutomationNull, the value of a command that wrote nothing: a pipeline given it runs zero times and @( ) of
// it is empty, yet everywhere a user can see it (display, strings, exports, conversions, errors) it is $null and
// never the engine's own marker. Expected values recorded from pwsh 7.6.10 (test/conformance/cases/
// automation-null.ps1 holds the language cases; these are the ones about what must not leak).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInShell } from './helpers/spo-process.js';

async function outputOf(script: string): Promise<{ output: string; errors: string }> {
  const { host } = await runInShell(script);
  return { output: host.output, errors: host.errors };
}

/** The output, which must carry no trace of a JavaScript value (undefined) or failure. */
async function cleanOutput(script: string): Promise<string> {
  const { output, errors } = await outputOf(script);
  assert.equal(errors, '');
  assert.doesNotMatch(output, /undefined|TypeError|Cannot read properties/);
  return output;
}

const SETUP = '$x = & {}; $a = $x, 1, $x; $h = @{k = & {}; n = 1}; ';

test('an admin script\'s empty Where-Object result: if, foreach, @().Count and a pipe all see nothing', async () => {
  const out = await cleanOutput(
    "$sites = @(1, 5, 9) | Where-Object { $_ -gt 10 }; if ($sites) { 'some' } else { 'none' }; foreach ($s in $sites) { \"site $s\" }; \"count $(@($sites).Count)\"; $sites | ForEach-Object { 'never' }; $null -eq $sites",
  );
  assert.equal(out, 'none\ncount 0\nTrue\n');
});

test('a variable of a command that wrote nothing pipes zero times where $null and $() pipe once', async () => {
  const out = await cleanOutput("$x = & {}; $x | % {'x'}; $null | % {'null'}; $z = $(); $z | % {'empty sub'}; $w = $(& {}); $w | % {'command sub'}; @($x).Count; @($null).Count");
  assert.equal(out, 'null\nempty sub\n0\n1\n');
});

test('displayed, expanded and formatted, it is nothing: arrays and hashtables holding it print as $null', async () => {
  const out = await cleanOutput(SETUP + "$x; \"[$x]|$a|$($h.k)\"; $a -join ','; '{0}|{1}' -f $x, 1; $a | Out-String; $h.GetEnumerator() | Sort-Object Name | Format-Table | Out-String");
  assert.equal(
    out,
    ['[]| 1 |', ',1,', '|1', '1', '', '', 'Name                           Value', '----                           -----', 'k                              ', 'n                              1', '', '', ''].join('\n'),
  );
});

test('exports write it as null: JSON, CSV of a property set from it, Clixml of an array holding it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-autonull-'));
  try {
    const out = await cleanOutput(
      SETUP +
        `ConvertTo-Json $a -Compress; ConvertTo-Json $h -Compress; ConvertTo-Json $x; $p = [pscustomobject]@{a = 1; b = 2}; $p.a = $x; $p | Export-Csv '${dir}/p.csv'; Export-Clixml -InputObject $a -Path '${dir}/a.xml'; $back = Import-Clixml '${dir}/a.xml'; $back.Count; $null -eq $back[0]`,
    );
    assert.equal(out, '[null,1,null]\n{"k":null,"n":1}\nnull\n3\nTrue\n');
    assert.equal(readFileSync(join(dir, 'p.csv'), 'utf8').replace(/\r\n/g, '\n'), '"a","b"\n,"2"\n');
    assert.doesNotMatch(readFileSync(join(dir, 'a.xml'), 'utf8'), /undefined/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a command, a method, a parameter default and a property get $null, never the marker', async () => {
  const out = await cleanOutput(
    "$x = & {}; function f($q, $d = (& {})) { \"$($PSBoundParameters.ContainsKey('q')) $($null -eq $q) $(@($q).Count) $(@($d).Count)\" }; f $x; f -q:$x; " +
      "$l = [System.Collections.Generic.List[object]]::new(); $l.Add($x); $l.Count; $l | % {'list item'}; " +
      "$o = [pscustomobject]@{p = 1}; $o.p = $x; $o.p | % {'property'}; Write-Output $x | % {'argument'}",
  );
  assert.equal(out, 'True True 1 1\nTrue True 1 1\n1\nlist item\nproperty\nargument\n');
});

test('compared, tested and converted it is $null; [string] of it is $null where [string]$null is empty', async () => {
  const out = await cleanOutput(
    "$x = & {}; $null -eq $x; $x -eq $null; $x -is [object]; [bool]$x; [int]$x; $null -eq [string]$x; $null -eq [string]$null; ($x -like '*').Count; $x -contains $null; $x + 1; ([datetime]$x).Ticks",
  );
  assert.equal(out, 'True\nTrue\nFalse\nFalse\n0\nTrue\nFalse\n0\nFalse\n1\n0\n');
});

test('an array holding it, written by a statement, loses it; written by a cmdlet, it holds $null there', async () => {
  const out = await cleanOutput(
    SETUP + "$r = & { $a }; $r.Count; $r | % {\"r[$_]\"}; $($a).Count; @($a).Count; $w = Write-Output $a; $w.Count; $w | % {\"w[$_]\"}; (Get-Variable x -ValueOnly | Measure-Object).Count; @(& { $x; $x }).Count",
  );
  assert.equal(out, '1\nr[1]\n1\n3\n3\nw[]\nw[1]\nw[]\n0\n0\n');
});

test('Get-Member of it and strict mode: the errors and reads of $null', async () => {
  const { output, errors } = await outputOf("Set-StrictMode -Version Latest; $x = & {}; $x | % {'piped'}; $null -eq $x; $x | Get-Member");
  assert.equal(output, 'True\n');
  assert.match(errors, /You must specify an object for the Get-Member cmdlet\./);
  assert.doesNotMatch(errors, /undefined/);
});
