// Issue 11 item 2: [switch] parameters hold System.Management.Automation.SwitchParameter values, as in
// pwsh 7.6.10 (expectations recorded from /root/.cache/spo-shell/pwsh-7.6.10/pwsh -NoProfile
// -NonInteractive; the corpus area test/conformance/cases/switch-parameter.ps1 holds more against
// recorded output). Built-in cmdlets keep reading their switches as Booleans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInShell } from './helpers/spo-process.js';

/** Runs `script` in-process at pwsh's redirected width; stdout and stderr as spo prints them. */
async function run(script: string): Promise<{ out: string; err: string; all: string }> {
  const r = await runInShell(script, { interactive: false, width: 80 });
  return { out: r.out, err: r.err, all: r.all };
}

test('the issue\'s repro: a [switch] parameter is a SwitchParameter, shown as an IsPresent table and JSON object', async () => {
  const r = await run(`function f { param([switch]$s) $s; $s.IsPresent; $s.GetType().FullName; "[$s]"; $s -eq $true; $s | ConvertTo-Json -Compress }; f -s; f`);
  assert.equal(
    r.out,
    '\nIsPresent\n---------\n     True\nTrue\nSystem.Management.Automation.SwitchParameter\n[True]\nTrue\n{"IsPresent":true}\n' +
      '    False\nFalse\nSystem.Management.Automation.SwitchParameter\n[False]\nFalse\n{"IsPresent":false}\n\n',
  );
  assert.equal(r.err, '');
});

test('a switch converts to [bool] and text by IsPresent; Equals takes Booleans and switches only', async () => {
  const r = await run(`function f { param([switch]$s) if ($s) { 'yes' } else { 'no' }; -not $s; [bool]$s; "$s"; $s.ToBool() }
f -s; f
$t = [switch]$true
$t -eq 1; 1 -eq $t; $t -eq 'True'; 'True' -eq $t; $true -eq $t; $t -eq ([switch]$true); $t.Equals($true); $t.Equals(1)`);
  assert.equal(r.out, ['yes', 'False', 'True', 'True', 'True', 'no', 'True', 'False', 'False', 'False', 'False', 'False', 'False', 'True', 'True', 'True', 'True', 'False', ''].join('\n'));
});

test('[switch] casts, [switch]::Present and the type literal', async () => {
  const r = await run(`([switch]$true).IsPresent; ([switch]$null).IsPresent; [switch]::Present.IsPresent
[System.Management.Automation.SwitchParameter]
[switch].FullName; ([switch]$true) -is [switch]; $true -is [switch]`);
  assert.equal(
    r.out,
    'True\nFalse\nTrue\n\nIsPublic IsSerial Name                                     BaseType\n-------- -------- ----                                     --------\n' +
      'True     False    SwitchParameter                          System.ValueType\nSystem.Management.Automation.SwitchParameter\nTrue\nFalse\n\n',
  );
  const one = await run('[switch]1');
  assert.match(one.err, /Cannot convert the "1" value of type "System\.Int32" to type "System\.Management\.Automation\.SwitchParameter"\./);
  const color = await run('[switch][ConsoleColor]::Red');
  assert.match(color.err, /Cannot convert value "Red" to type\s+"System\.Management\.Automation\.SwitchParameter"\. Error: "Invalid cast\s+from 'System\.ConsoleColor' to\s+'System\.Management\.Automation\.SwitchParameter'\."/);
});

test('a switch has no arithmetic and no ordering', async () => {
  const r = await run(`$t = [switch]$true; $n = [switch]$false
try { $t + 1 } catch { $_.Exception.Message }
try { 2 * $t } catch { $_.Exception.Message }
try { -$t } catch { $_.Exception.Message }
try { $t -gt $n } catch { $_.Exception.Message }
$t -ge ([switch]$true)
($t, $n, $t | Sort-Object | ForEach-Object IsPresent) -join ','`);
  assert.equal(
    r.out,
    "Method invocation failed because [System.Management.Automation.SwitchParameter] does not contain a method named 'op_Addition'.\n" +
      "Method invocation failed because [System.Management.Automation.SwitchParameter] does not contain a method named 'op_Multiply'.\n" +
      "Method invocation failed because [System.Management.Automation.SwitchParameter] does not contain a method named 'op_Subtraction'.\n" +
      'Cannot compare "True" because it is not IComparable.\nTrue\nFalse,True,True\n',
  );
});

test('a function\'s switch binds only Booleans, switches and $null; numbers fail the conversion, other values the Boolean rule', async () => {
  const ok = await run(`function f { param([switch]$s) $s.IsPresent }
$t = [switch]$true
f -s:$false; f -s:$t; f -s:$null; $h = @{ s = $true }; f @h`);
  assert.equal(ok.out, 'False\nTrue\nFalse\nTrue\n');
  const number = await run(`function f { param([switch]$s) $s.IsPresent }
f -s:1`);
  assert.match(number.err, /Cannot process argument transformation on parameter 's'\. Cannot convert\s+the "1" value of type "System\.Int32" to type\s+"System\.Management\.Automation\.SwitchParameter"\./);
  const text = await run(`function f { param([switch]$s) $s.IsPresent }
f -s:'x'`);
  assert.match(text.err, /Cannot convert\s+value "System\.String" to type\s+"System\.Management\.Automation\.SwitchParameter"\. Boolean parameters\s+accept only Boolean values and numbers, such as \$True, \$False, 1 or 0\./);
});

test('a function\'s [bool] parameter follows the same rule: text and $null are refused, numbers and switches convert', async () => {
  const ok = await run(`function b { param([bool]$b) $b }
b -b:0; b -b:2.5; b -b:([switch]$true); b ([switch]$false)`);
  assert.equal(ok.out, 'False\nTrue\nTrue\nFalse\n');
  const text = await run(`function b { param([bool]$b) $b }
b 'x'`);
  assert.match(text.err, /Cannot convert\s+value "System\.String" to type "System\.Boolean"\. Boolean parameters/);
  const none = await run(`function b { param([bool]$b) $b }
b -b:$null`);
  assert.match(none.err, /Cannot convert\s+value "" to type "System\.Boolean"\./);
});

test('$PSBoundParameters holds SwitchParameters, for declared switches and -Verbose alike, and splats them on', async () => {
  const r = await run(`function inner { [CmdletBinding()] param([switch]$Force) "$Force $($Force.GetType().Name) $VerbosePreference" }
function outer { [CmdletBinding()] param([switch]$Force) $PSBoundParameters['Force'].GetType().Name; $PSBoundParameters['Verbose'].GetType().Name; inner @PSBoundParameters }
outer -Force -Verbose`);
  assert.equal(r.out, 'SwitchParameter\nSwitchParameter\nTrue SwitchParameter Continue\n');
});

test('a [switch] default and its variable keep the type; a refused assignment is the conversion\'s own error', async () => {
  const r = await run(`function d { param([switch]$s = $true) $s.IsPresent; $PSBoundParameters.Count; $s = $false; $s.GetType().Name }
d; d -s:$false`);
  assert.equal(r.out, 'True\n0\nSwitchParameter\nFalse\n1\nSwitchParameter\n');
  const refused = await run(`function f { param([switch]$s) $s = 1; 'after' }
f`);
  assert.equal(refused.out, 'after\n');
  assert.match(refused.err, /^InvalidArgument: Cannot convert the "1" value of type "System\.Int32" to type "System\.Management\.Automation\.SwitchParameter"\./);
});

test('-WhatIf makes $WhatIfPreference a SwitchParameter inside the function and still reaches the cmdlets it calls', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-switch-'));
  try {
    const file = join(dir, 'made.txt').replace(/'/g, "''");
    const r = await run(`function w { [CmdletBinding(SupportsShouldProcess)] param() $WhatIfPreference.GetType().Name; "$WhatIfPreference"; New-Item -Path '${file}' -ItemType File | Out-Null }
w -WhatIf; $WhatIfPreference.GetType().Name`);
    assert.equal(r.out, 'SwitchParameter\nTrue\nBoolean\n');
    assert.match(r.all, /What if: Performing the operation "Create File"/);
    assert.equal(existsSync(join(dir, 'made.txt')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('built-in cmdlets take a SwitchParameter for their switches and still read them as Booleans', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-switch-'));
  try {
    writeFileSync(join(dir, '.hidden'), 'x');
    const path = dir.replace(/'/g, "''");
    const r = await run(`function listing { param([switch]$All) (Get-ChildItem -LiteralPath '${path}' -Force:$All | Measure-Object).Count }
listing -All; listing
Write-Verbose 'shown' -Verbose:([switch]$true)
Write-Verbose 'hidden' -Verbose:([switch]$false)`);
    assert.equal(r.out, '1\n0\n');
    const verbose = await runInShell(`Write-Verbose 'shown' -Verbose:([switch]$true); Write-Verbose 'hidden' -Verbose:([switch]$false)`, { interactive: false, width: 80 });
    assert.equal(verbose.text('verbose'), 'VERBOSE: shown\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Get-Member lists SwitchParameter\'s members; IsPresent is read-only', async () => {
  const r = await run(`[switch]$true | Get-Member | ForEach-Object { "$($_.Name) $($_.MemberType)" }
$t = [switch]$true
try { $t.ispresent = 1 } catch { $_.Exception.Message }`);
  assert.equal(r.out, "Equals Method\nGetHashCode Method\nGetType Method\nToBool Method\nToString Method\nIsPresent Property\n'ispresent' is a ReadOnly property.\n");
});
