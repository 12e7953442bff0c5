// Issue 11, what its last review left open. Expectations recorded from pwsh 7.6.10
// (/root/.cache/spo-shell/pwsh-7.6.10/pwsh -NoProfile -NonInteractive); the corpus area
// test/conformance/cases/language-leftovers.ps1 holds the same cases against recorded output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSpo } from './helpers/spo-process.js';

/** `spo -NonInteractive -c <script>`. */
const spoC = (script: string) => runSpo(['-NonInteractive', '-c', script]);

test('a trap inside a function handles its error before the caller\'s try (continue resumes in the function)', async () => {
  const r = await spoC(`function f { trap { "ftrap $_"; continue }; 'before'; throw 'boom'; 'after' }
try { f; 'after f' } catch { "outer catch $_" }`);
  assert.equal(r.stdout, 'before\nftrap boom\nafter\nafter f\n');
  assert.equal(r.stderr, '');
});

test('break in a function\'s trap hands the error to the caller\'s catch, unshown, after what the function wrote', async () => {
  const r = await spoC(`function g { trap { "gtrap $_"; break }; 'before'; throw 'boom'; 'after' }
try { g; 'after g' } catch { "outer catch $_" }`);
  assert.equal(r.stdout, 'before\ngtrap boom\nouter catch boom\n');
  assert.equal(r.stderr, '');
});

test('a typed trap that does not match lets the error go to the caller\'s catch', async () => {
  const r = await spoC(`function k { trap [System.DivideByZeroException] { 'ktrap'; continue }; 'before'; throw 'boom'; 'after' }
try { k } catch { "outer catch $_" }`);
  assert.equal(r.stdout, 'before\nouter catch boom\n');
});

test('a trap in a script block and in a calling function come before an outer catch; break reaches a script trap', async () => {
  const r = await spoC(`try { & { trap { "sbtrap $_"; continue }; 1/0; 'sb after' }; 'after sb' } catch { "outer $_" }
function m { trap { "mtrap $_"; continue }; n; 'after n in m' }
function n { 'n before'; throw 'nboom'; 'n after' }
try { m } catch { "outer $_" }`);
  assert.equal(r.stdout, 'sbtrap Attempted to divide by zero.\nsb after\nafter sb\nn before\nmtrap nboom\nafter n in m\n');
  const s = await runSpo(['-NonInteractive', '-c', `trap { "outer trap $_"; continue }
function g { trap { "gtrap $_"; break }; 'g before'; throw 'gboom'; 'g after' }
g; 'after g'`]);
  assert.equal(s.stdout, 'g before\ngtrap gboom\nouter trap gboom\nafter g\n');
});

test('break in a function\'s trap with no handler above shows the error and stops the script', async () => {
  const r = await spoC(`function g { trap { 'gtrap'; break }; 'b'; throw 'x'; 'a' }
g; 'after'`);
  assert.equal(r.stdout, 'b\ngtrap\n');
  assert.match(r.stderr, /Exception: x/);
  assert.equal(r.code, 1);
});

test('what a function or pipeline wrote before a terminating error is still output', async () => {
  const r = await spoC(`function q { 'before'; throw 'x' }
try { q } catch { 'caught' }
try { 1,2,3 | ForEach-Object { if ($_ -eq 2) { throw 'x' }; $_ } } catch { 'c' }
$r = try { 1,2,3 | ForEach-Object { if ($_ -eq 2) { throw 'x' }; $_ } } catch { 'c' }
"r=$r"`);
  assert.equal(r.stdout, 'before\ncaught\n1\nc\nr=1 c\n');
});

test('break and continue inside a function or ForEach-Object script block reach the caller\'s loop', async () => {
  const r = await spoC(`function fb { 'fb out'; break }
foreach ($i in 1..3) { fb; 'not reached' }
foreach ($j in 1..2) { 1..4 | ForEach-Object { if ($_ -eq 3) { continue }; "$j $_" } }
'after'`);
  assert.equal(r.stdout, 'fb out\n1 1\n1 2\n2 1\n2 2\nafter\n');
  assert.equal(r.stderr, '');
  // With no loop around it, break ends the script (pwsh 7.6.10 prints 1, 2 and stops).
  const s = await spoC(`1..5 | ForEach-Object { if ($_ -eq 3) { break }; $_ }; 'after'`);
  assert.equal(s.stdout, '1\n2\n');
});

test('a typed mandatory prompt refuses text its type cannot take and asks again, as pwsh\'s console host', async () => {
  const script = 'function f { param([Parameter(Mandatory)][int]$n) "n=$n" }; f';
  const r = await runSpo(['-c', script], { stdin: 'abc\n99999999999\n5\n' });
  assert.equal(
    r.stdout,
    '\ncmdlet f at command pipeline position 1\nSupply values for the following parameters:\nn: abc\n' +
      'Cannot recognize "abc" as a System.Int32 due to a format error.\nn: 99999999999\n' +
      'Cannot recognize "99999999999" as a System.Int32 due to an overflow error.\nn: 5\nn=5\n',
  );
  assert.equal(r.stderr, '');
  // An array parameter asks the same element again; the input ending after a refusal is a missing parameter.
  const a = await runSpo(['-c', 'function f { param([Parameter(Mandatory)][int[]]$n) "n=$n" }; f'], { stdin: '1\nx\n2\n\n' });
  assert.match(a.stdout, /n\[1\]: x\nCannot recognize "x" as a System\.Int32 due to a format error\.\nn\[1\]: 2\nn\[2\]: \nn=1 2\n$/);
  const e = await runSpo(['-c', script], { stdin: 'abc\n' });
  assert.match(e.stderr, /missing mandatory parameters: n\./);
  assert.equal(e.code, 1);
});

test('under -NonInteractive a typed mandatory parameter is reported missing without a prompt', async () => {
  const r = await runSpo(['-NonInteractive', '-c', 'function f { param([Parameter(Mandatory)][int]$n) "n=$n" }; f; "next"'], { stdin: '5\n' });
  assert.equal(r.stdout, 'next\n');
  assert.match(r.stderr, /Cannot process command because of one or more missing mandatory parameters: n\./);
});

test('GetType() of generic collections names them as .NET does (List`1, assembly-qualified FullName)', async () => {
  const r = await spoC(`$l = [System.Collections.Generic.List[string]]::new()
$l.GetType().Name
$l.GetType().FullName
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.GetType().Name
$d.GetType().ToString()
"$($l.GetType())"
(New-Object 'System.Collections.Generic.List[int]').GetType().ToString()
$d.GetType()`);
  const core = 'System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';
  assert.equal(
    r.stdout,
    'List`1\n' +
      `System.Collections.Generic.List\`1[[System.String, ${core}]]\n` +
      'Dictionary`2\n' +
      'System.Collections.Generic.Dictionary`2[System.String,System.Int32]\n' +
      'System.Collections.Generic.List[string]\n' +
      'System.Collections.Generic.List`1[System.Int32]\n' +
      '\nIsPublic IsSerial Name                                     BaseType\n' +
      '-------- -------- ----                                     --------\n' +
      'True     True     Dictionary`2                             System.Object\n\n',
  );
});
