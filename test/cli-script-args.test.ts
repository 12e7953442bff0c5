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

// $PSBoundParameters at a script's top level: a PSBoundParametersDictionary, filled by param( ), empty without one.
const bound = join(dir, 's7.ps1');
writeFileSync(bound, 'param($Name, [switch]$Force)\n"$($PSBoundParameters.GetType().FullName) $($PSBoundParameters.Keys -join \'|\') $($PSBoundParameters.Count)"\n');
const unbound = join(dir, 's8.ps1');
writeFileSync(unbound, '"$($PSBoundParameters.GetType().FullName) $($PSBoundParameters.Count) args=$($args -join \'|\')"\n');
const DICTIONARY = 'System.Management.Automation.PSBoundParametersDictionary';

const cases: Array<[string[], string]> = [
  [['-f', bound, '-Name', 'v', '-Force'], `${DICTIONARY} Name|Force 2\n`],
  [['-f', bound], `${DICTIONARY}  0\n`],
  // The words no param( ) takes keep their order in $args.
  [['-f', unbound, '-Name', 'v', 'x'], `${DICTIONARY} 0 args=-Name|v|x\n`],
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

// A script's own [Parameter(Mandatory)] and [Validate*] attributes bind as a function's do (issue 11).
const validated = join(dir, 's4.ps1');
writeFileSync(
  validated,
  "param(\n  [Parameter(Mandatory)][string]$Name,\n  [ValidateSet('a','b')][string]$Mode = 'a',\n  [ValidateRange(1,5)][int]$N = 1\n)\n\"Name=$Name Mode=$Mode N=$N\"\n",
);
const simple = join(dir, 's5.ps1');
writeFileSync(
  simple,
  "param([ValidateNotNullOrEmpty()][string]$Site, [ValidatePattern('^https://')][string]$Url = 'https://x', [ValidateLength(2,4)]$Code = 'ab', [switch]$Force)\n\"Site=$Site Url=$Url Code=$Code Force=$Force args=$($args.Count)\"\n",
);
const prompted = join(dir, 's6.ps1');
writeFileSync(
  prompted,
  "[CmdletBinding()]\nparam([Parameter(Mandatory, HelpMessage='Your site')][string]$Site, [Parameter(Mandatory)][string[]]$Users, [Parameter(Mandatory)][int]$Count)\n\"Site=$Site Users=$($Users -join ',') Count=$Count\"\n",
);

const refused: Array<[string[], string]> = [
  [['-NonInteractive', '-f', validated], "s4.ps1: Cannot process command because of one or more missing mandatory parameters: Name.\n"],
  [['-NonInteractive', '-f', validated, '-Name'], "s4.ps1: Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.\n"],
  [
    ['-NonInteractive', '-f', validated, '-Name', 'x', '-Mode', 'c'],
    's4.ps1: Cannot validate argument on parameter \'Mode\'. The argument "c" does not belong to the set "a,b" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.\n',
  ],
  [
    ['-NonInteractive', '-f', validated, '-Name', 'x', '-N', '9'],
    "s4.ps1: Cannot validate argument on parameter 'N'. The 9 argument is greater than the maximum allowed range of 5. Supply an argument that is less than or equal to 5 and then try the command again.\n",
  ],
  [['-NonInteractive', '-f', validated, '-Name', 'x', '-Bogus', '1'], "s4.ps1: A parameter cannot be found that matches parameter name 'Bogus'.\n"],
  [
    ['-NonInteractive', '-f', simple, '-Site', 's', '-Url', 'http://y'],
    's5.ps1: Cannot validate argument on parameter \'Url\'. The argument "http://y" does not match the "^https://" pattern. Supply an argument that matches "^https://" and try the command again.\n',
  ],
  [
    ['-NonInteractive', '-f', simple, '-Site', 's', '-Code', 'abcdef'],
    's5.ps1: Cannot validate argument on parameter \'Code\'. The character length of the 6 argument is too long. Shorten the character length of the argument so it is fewer than or equal to "4" characters, and then try the command again.\n',
  ],
  [
    ['-NonInteractive', '-f', simple, '-Site', ''],
    "s5.ps1: Cannot validate argument on parameter 'Site'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.\n",
  ],
  [
    ['-NonInteractive', '-f', prompted, '-Site', 'a'],
    's6.ps1: Cannot process command because of one or more missing mandatory parameters: Users Count.\n',
  ],
  [['-NonInteractive', '-f', prompted, '-Site', 'a', '-Users', 'b', '-Count', '1', '-Verbose', '-Bogus'], "s6.ps1: A parameter cannot be found that matches parameter name 'Bogus'.\n"],
];

for (const [argv, stderr] of refused) {
  test(`spo ${argv.map((a) => a.replace(dir, '<dir>')).join(' ')} stops with pwsh -File's binding error`, async () => {
    assert.deepEqual(await runSpo(argv, { env: { NO_COLOR: '1' } }), { stdout: '', stderr, code: 1 });
  });
}

test('validated script parameters that pass run the script; defaults are not validated', async () => {
  assert.deepEqual(await runSpo(['-NonInteractive', '-f', validated, 'x', 'b', '3']), { stdout: 'Name=x Mode=b N=3\n', stderr: '', code: 0 });
  assert.deepEqual(await runSpo(['-NonInteractive', '-f', simple]), { stdout: 'Site= Url=https://x Code=ab Force=False args=0\n', stderr: '', code: 0 });
});

test('a missing mandatory script parameter is prompted for, with the answers read from redirected input echoed', async () => {
  assert.deepEqual(await runSpo(['-f', prompted], { stdin: 'x\nu1\nu2\n\n3\n', env: { NO_COLOR: '1' } }), {
    stdout:
      '\ncmdlet s6.ps1 at command pipeline position 1\nSupply values for the following parameters:\n(Type !? for Help.)\nSite: x\nUsers[0]: u1\nUsers[1]: u2\nUsers[2]: \nCount: 3\nSite=x Users=u1,u2 Count=3\n',
    stderr: '',
    code: 0,
  });
  assert.deepEqual(await runSpo(['-f', validated], { env: { NO_COLOR: '1' } }), {
    stdout: '\ncmdlet s4.ps1 at command pipeline position 1\nSupply values for the following parameters:\nName: \n',
    stderr: 's4.ps1: Cannot process command because of one or more missing mandatory parameters: Name.\n',
    code: 1,
  });
});
