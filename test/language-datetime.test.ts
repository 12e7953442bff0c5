// DateTime and TimeSpan: arithmetic, comparison, casts, statics, New-TimeSpan and how a TimeSpan prints.
// Fixed dates only; expected values recorded from pwsh 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInShell } from './helpers/spo-process.js';
import type { TestHost } from './helpers/test-host.js';

async function run(script: string): Promise<TestHost> {
  return (await runInShell(script)).host;
}

async function lines(script: string): Promise<string[]> {
  const host = await run(script);
  assert.equal(host.errors, '');
  return host.output.trimEnd().split('\n');
}

test('$end - $start is a TimeSpan that prints as PowerShell\'s list', async () => {
  const host = await run("$start = [datetime]'2026-01-02'; $end = [datetime]'2026-01-05 13:45:30.250'; $end - $start");
  assert.equal(host.errors, '');
  assert.equal(
    host.output,
    [
      '',
      'Days              : 3',
      'Hours             : 13',
      'Minutes           : 45',
      'Seconds           : 30',
      'Milliseconds      : 250',
      'Ticks             : 3087302500000',
      'TotalDays         : 3.57326678240741',
      'TotalHours        : 85.7584027777778',
      'TotalMinutes      : 5145.50416666667',
      'TotalSeconds      : 308730.25',
      'TotalMilliseconds : 308730250',
      '',
      '',
    ].join('\n'),
  );
});

test('TimeSpan components, totals and text forms', async () => {
  assert.deepEqual(
    await lines(
      "$d = [datetime]'2026-01-05 13:45:30.250' - [datetime]'2026-01-02'; $d.GetType().FullName; \"$d\"; $d.TotalHours; $d.Milliseconds\n" +
        "$n = [timespan]'-1.02:03:04.5'; $n.Hours; $n.Milliseconds; $n.ToString()\n" +
        "([timespan]'1:02:03').ToString('hh\\:mm'); ([timespan]'1:02:03').ToString('g'); ([timespan]'1.01:02:03.5').ToString('G')",
    ),
    ['System.TimeSpan', '3.13:45:30.2500000', '85.7584027777778', '250', '-2', '-500', '-1.02:03:04.5000000', '01:02', '1:02:03', '1:01:02:03.5000000'],
  );
});

test('[timespan] and [datetime] casts, and their failures', async () => {
  assert.deepEqual(
    await lines("[timespan]'01:02:03' | % ToString; [timespan]'10:30' | % ToString; [timespan]'5' | % ToString; [timespan]90 | % ToString; [timespan]'-00:30:00' | % ToString; ([datetime]'2026-01-02 03:04:05').ToString('yyyy-MM-dd HH:mm:ss'); ([datetime]'2026-01-02').Kind"),
    ['01:02:03', '10:30:00', '5.00:00:00', '00:00:00.0000090', '-00:30:00', '2026-01-02 03:04:05', 'Unspecified'],
  );
  const bad = await run("[timespan]'nope'");
  assert.match(bad.errors, /Cannot convert value "nope" to type "System.TimeSpan". Error: "String 'nope' was not recognized as a valid TimeSpan."/);
  const badDate = await run("[datetime]'nope'");
  assert.match(badDate.errors, /Cannot convert value "nope" to type "System.DateTime". Error: "The string 'nope' was not recognized as a valid DateTime. There is an unknown word starting at index '0'."/);
});

test('DateTime ± TimeSpan, TimeSpan ± TimeSpan, and the operand conversions .NET applies', async () => {
  assert.deepEqual(
    await lines(
      "$s = [datetime]'2026-01-02'; $span = [timespan]'3.13:45:30.25'\n" +
        "($s + $span).ToString('yyyy-MM-dd HH:mm:ss.fff'); ($s - $span).ToString('s'); ($s + '01:00:00').ToString('s')\n" +
        "($span + $span).ToString(); ($span - [timespan]'1.00:00:00').ToString(); ([timespan]'01:02:03' + 5).Ticks; ([timespan]'01:02:03' + '00:00:01').ToString()",
    ),
    ['2026-01-05 13:45:30.250', '2025-12-29T10:14:29', '2026-01-02T01:00:00', '7.03:31:00.5000000', '2.13:45:30.2500000', '37230000005', '01:02:04'],
  );
  const ambiguous = await run("$d = [datetime]'2026-01-02'; $d - 5");
  assert.match(ambiguous.errors, /^MethodException: Multiple ambiguous overloads found for "op_Subtraction" and the argument count: "2"./);
});

test('DateTime and TimeSpan comparisons and sorting go by ticks', async () => {
  assert.deepEqual(
    await lines(
      "$s = [datetime]'2026-01-02'; $e = [datetime]'2026-01-05'\n" +
        "$s -lt $e; $s -gt $e; $s -eq [datetime]'2026-01-02'; $e -ge $s; $s -le $s; $s -lt '2026-02-01'\n" +
        "[timespan]'1:00' -gt [timespan]'0:30'; [timespan]'1:00' -eq '01:00:00'\n" +
        "(([datetime]'2026-01-02'), ([datetime]'2025-05-01'), ([datetime]'2026-01-01') | Sort-Object | % { $_.ToString('yyyy-MM-dd') }) -join ','\n" +
        "(([timespan]'2:00'), ([timespan]'1:00'), ([timespan]'-1:00') | Sort-Object -Descending | % ToString) -join ','",
    ),
    ['True', 'False', 'True', 'True', 'True', 'True', 'True', 'True', '2025-05-01,2026-01-01,2026-01-02', '02:00:00,01:00:00,-01:00:00'],
  );
});

test('DateTime Add* methods, TimeOfDay and the [datetime]/[timespan] statics', async () => {
  assert.deepEqual(
    await lines(
      "$d = [datetime]'2026-01-31 10:00'; $d.AddDays(-30).ToString('yyyy-MM-dd'); $d.AddMonths(1).ToString('yyyy-MM-dd'); $d.AddTicks(10000).ToString('HH:mm:ss.fff'); $d.TimeOfDay.ToString()\n" +
        '[timespan]::Zero.ToString(); [timespan]::FromMinutes(90).ToString(); [timespan]::FromDays(1.5).ToString()\n' +
        '[datetime]::Now.Kind; [datetime]::UtcNow.Kind; [datetime]::Today.TimeOfDay.ToString(); [datetime]::Today -le [datetime]::Now',
    ),
    ['2026-01-01', '2026-02-28', '10:00:00.001', '10:00:00', '00:00:00', '01:30:00', '1.12:00:00', 'Local', 'Utc', '00:00:00', 'True'],
  );
});

test('New-TimeSpan from -Start/-End or from parts', async () => {
  assert.deepEqual(
    await lines(
      "(New-TimeSpan -Start ([datetime]'2026-01-02') -End ([datetime]'2026-03-01')).ToString()\n" +
        '(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4).ToString(); (New-TimeSpan -Minutes 90 -Milliseconds 5).ToString()\n' +
        "New-TimeSpan '2026-01-01' '2026-01-02' | % TotalHours; (New-TimeSpan -Start ([datetime]::Now)).TotalSeconds -ge 0",
    ),
    ['58.00:00:00', '1.02:03:04', '01:30:00.0050000', '24', 'True'],
  );
  const bad = await run("New-TimeSpan -Start nope -End '2026-01-01'");
  assert.match(bad.errors, /New-TimeSpan: .*Cannot bind parameter 'Start'. Cannot convert value "nope" to type "System.DateTime"/s);
});

test('a TimeSpan converts to JSON as its properties, in .NET\'s order', async () => {
  const [json] = await lines("ConvertTo-Json @{a=[timespan]'1:00'} -Compress");
  // pwsh writes the whole-number doubles as 1.0 (a documented deviation); the rest is its text.
  assert.ok(
    json!.startsWith('{"a":{"Ticks":36000000000,"Days":0,"Hours":1,"Milliseconds":0,"Microseconds":0,"Nanoseconds":0,"Minutes":0,"Seconds":0,"TotalDays":0.041666666666666664,"TotalHours":1'),
    json,
  );
  assert.match(json!, /"TotalMilliseconds":3600000(\.0)?,"TotalMicroseconds":3600000000(\.0)?,"TotalNanoseconds":3600000000000(\.0)?,"TotalMinutes":60(\.0)?,"TotalSeconds":3600(\.0)?\}\}$/);
});

test('successive [datetime]::Now readings never go backwards (sub-millisecond ticks included)', async () => {
  const [ok] = await lines('$prev = [datetime]::Now; $back = 0; for ($i = 0; $i -lt 2000; $i++) { $t = [datetime]::Now; if ($t -lt $prev) { $back++ }; $prev = $t }; $back');
  assert.equal(ok, '0');
});

// pwsh 7.6.10, `-c` (U+202F before PM there; the shell writes a space): the DateTime view is a group
// printed as its dates arrive, blank line first and last; plain values and host text land inside it, and
// a custom object is a list out of band.
test('dates in a script print as they arrive, in one group with the text between them', async () => {
  const r = await runInShell(
    "$d = Get-Date -Year 2020 -Month 1 -Day 1 -Hour 13 -Minute 0 -Second 0 -Millisecond 0; $d; $d; Write-Host hi; 5; $d; [pscustomobject]@{a=1}",
    { width: 80 },
  );
  const day = 'Wednesday, January 1, 2020 1:00:00 PM';
  assert.equal(r.text('output', 'information'), `\n${day}\n${day}\nhi\n5\n${day}\n\na : 1\n\n\n`);
});
