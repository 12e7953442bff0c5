// What the session history records, per front end, as pwsh 7.6.10 records it (expectations recorded
// from the oracle: `pwsh -c -` for a script on stdin, `pwsh -f` for a file): each statement of a script
// on stdin (a blank line is none; a statement over several lines is one; a parse error or a throw is
// Failed), nothing for a -f file (only what Add-History adds), and each input of the console (here:
// inputs run one after another in one shell, as the console runs them), where `r` is recorded as the
// line it ran. The cmdlets' own behaviour is in the conformance corpus (cases/session-history.ps1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLinesInShell, runSpo } from './helpers/spo-process.js';
import { inCaseDir } from './conformance/case-dir.js';
import { durationText } from '../src/engine/session-history.js';
import { TimeSpanValue } from '../src/engine/timespan.js';

const TABLE = 'Get-History | Format-Table Id, CommandLine, ExecutionStatus';

test('a script on stdin: each statement is an entry, blank lines are not; parse errors and throws are Failed', async () => {
  const script = ['"a"', '', '   ', '$x = 1; $x + 1', 'if ($true) {', '  "block"', '}', '', ')', "throw 'boom'", TABLE, ''].join('\n');
  const r = await runSpo(['-NonInteractive'], { stdin: script, env: { NO_COLOR: '1' } });
  assert.equal(
    r.stdout,
    'a\n2\nblock\n\nId CommandLine              ExecutionStatus\n-- -----------              ---------------\n' +
      ' 1 "a"                            Completed\n 2 $x = 1; $x + 1                 Completed\n 3 if ($true) {…                  Completed\n' +
      ' 4 )                                 Failed\n 5 throw \'boom\'                      Failed\n\n',
  );
  assert.match(r.stderr, /Unexpected token '\)' in expression or statement\.\nException: boom\n$/);
});

test('a -f script is not recorded: Get-History shows only what Add-History added', async () => {
  const script = [
    '"x"',
    'Get-History',
    '[pscustomobject]@{CommandLine="added"; ExecutionStatus="Completed"; StartExecutionTime=[datetime]"2024-01-01"; EndExecutionTime=[datetime]"2024-01-01"} | Add-History',
    TABLE,
    '$MyInvocation.HistoryId',
  ].join('\n');
  const r = await inCaseDir({ 'case.ps1': script }, (cwd) => runSpo(['-NonInteractive', '-f', 'case.ps1'], { cwd, env: { NO_COLOR: '1' } }));
  assert.equal(r.stdout, 'x\n\nId CommandLine ExecutionStatus\n-- ----------- ---------------\n 1 added             Completed\n\n1\n');
});

test('console inputs: one entry each, r replaced by the line it ran, $MyInvocation.HistoryId the next id', async () => {
  const r = await runLinesInShell(["'one'", '', '$MyInvocation.HistoryId', 'r 1', 'Get-History | ForEach-Object { "$($_.Id) $($_.CommandLine) $($_.ExecutionStatus)" }']);
  assert.equal(r.all, "one\n2\n'one'\none\n1 'one' Completed\n2 $MyInvocation.HistoryId Completed\n3 'one' Completed\n");
});

test('the Duration column of the history view', () => {
  const ms = (n: number) => new TimeSpanValue(n * 10_000);
  assert.deepEqual(
    [0, 174, 59_999, 75_000, 3_600_000, 4_000_250, 45_296_789, 176_523_000].map((n) => durationText(ms(n))),
    ['0.000', '0.174', '59.999', '1:15.000', '1:00:00.000', '1:06:40.250', '13:34:56.789', '49:02:03.000'],
  );
});
