// `spo -f script.ps1 arg …` (and a bare path with arguments) passes the words after the path to the
// script as pwsh -File does: param( ) by name, prefix and position, switches, $args for the rest,
// and pwsh's argument-transformation error when a typed parameter cannot take its word. Expected
// text recorded from pwsh 7.6.10 (`pwsh -NoProfile -NonInteractive -File …`).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSpo } from './helpers/spo-process.js';

const dir = mkdtempSync(join(tmpdir(), 'spo-script-args-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const typed = join(dir, 's1.ps1');
writeFileSync(typed, "param([string]$Name = 'def', [int]$Count = 1, [switch]$Force)\n\"Name=$Name Count=$Count Force=$Force args=$($args.Count)\"\n$Count.GetType().Name\n");
const plain = join(dir, 's2.ps1');
writeFileSync(plain, "\"args: $($args -join '|') count=$($args.Count)\"\n$args[0].GetType().Name\n");
const untyped = join(dir, 's3.ps1');
writeFileSync(untyped, "param($Name = 'def', $Other = 'o')\n\"Name=$Name Other=$Other args=$($args -join '|')\"\n");

const cases: Array<[string[], string]> = [
  [['-f', typed, 'Ann', '3'], 'Name=Ann Count=3 Force=False args=0\nInt32\n'],
  [['-File', typed, '-Count', '5', '-Name', 'Bob', '-Force'], 'Name=Bob Count=5 Force=True args=0\nInt32\n'],
  [[typed, '-Force:$false', 'x'], 'Name=x Count=1 Force=False args=0\nInt32\n'],
  [['-f', typed, 'a', '2', 'extra', 'more'], 'Name=a Count=2 Force=False args=2\nInt32\n'],
  [['-f', typed, '-c', '7', '-n', 'Z'], 'Name=Z Count=7 Force=False args=0\nInt32\n'],
  [['-f', plain, 'one', '2', '-x', 'three'], 'args: one|2|-x|three count=4\nString\n'],
  [['-f', untyped, '-Nope', '1', '2'], 'Name=2 Other=o args=-Nope|1\n'],
  [['-f', untyped, 'x', '-Nope'], 'Name=x Other=o args=-Nope\n'],
];

for (const [argv, stdout] of cases) {
  test(`spo ${argv.map((a) => a.replace(dir, '<dir>')).join(' ')}`, async () => {
    assert.deepEqual(await runSpo(argv), { stdout, stderr: '', code: 0 });
  });
}

test('a word that a typed parameter cannot take stops the script with pwsh -File\'s message', async () => {
  assert.deepEqual(await runSpo(['-f', typed, '-Count', 'abc'], { env: { NO_COLOR: '1' } }), {
    stdout: '',
    stderr: `s1.ps1: Cannot process argument transformation on parameter 'Count'. Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."\n`,
    code: 1,
  });
});
