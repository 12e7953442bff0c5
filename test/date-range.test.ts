// DateTime and TimeSpan at the ends of their ranges where the conformance corpus (date-range) cannot say
// it: the en-US display of DateTime.MaxValue (a deliberate deviation), the range checks in time zones
// far from UTC, and the exact Int64 ticks of spans built past 2^53 from safe ones. Expected values
// recorded from pwsh 7.6.10 (TZ as given).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInShell, runSpo } from './helpers/spo-process.js';

test('[datetime]::MaxValue prints its long date and time in en-US between blank lines', async () => {
  const { host } = await runInShell('[datetime]::MaxValue; [datetime]::MinValue');
  assert.equal(host.errors, '');
  assert.equal(host.output, '\nFriday, December 31, 9999 11:59:59 PM\nMonday, January 1, 0001 12:00:00 AM\n\n');
});

// The wall clock of an instant near either end differs from UTC's by up to 14 hours: the range check
// must read the wall clock, not the instant.
const EDGES = [
  '[datetime]::MaxValue.Ticks',
  "[datetime]::MaxValue.ToString('o')",
  "[datetime]::MinValue.ToString('o')",
  'try { [datetime]::MaxValue.AddTicks(1) } catch { $_.FullyQualifiedErrorId }',
  'try { [datetime]::MinValue.AddTicks(-1) } catch { $_.FullyQualifiedErrorId }',
  "[datetime]::MaxValue.AddDays(-1).ToString('o')",
  "[datetime]::MinValue.AddHours(25).ToString('o')",
  '([datetime]::MaxValue - [datetime]::MinValue).Ticks',
  "[datetime]::new(3155378975999999999).ToString('o')",
].join('\n');
const EDGES_OUTPUT = [
  '3155378975999999999',
  '9999-12-31T23:59:59.9999999',
  '0001-01-01T00:00:00.0000000',
  'ArgumentOutOfRangeException',
  'ArgumentOutOfRangeException',
  '9999-12-30T23:59:59.9999999',
  '0001-01-02T01:00:00.0000000',
  '3155378975999999999',
  '9999-12-31T23:59:59.9999999',
  '',
].join('\n');

for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  test(`DateTime's range ends are exact and checked with TZ=${zone}`, async () => {
    const r = await runSpo(['-NoProfile', '-NonInteractive', '-c', EDGES], { env: { TZ: zone, NO_COLOR: '1' } });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, EDGES_OUTPUT);
  });
}

test('spans that leave the safe integers on adding keep exact ticks, and come back', async () => {
  const script = [
    '$big = [timespan]::FromTicks(9007199254740991)',
    '($big + $big).Ticks',
    '($big + $big + 1).Ticks',
    '(($big + $big + 1) - $big - $big).Ticks',
    '($big + $big) -eq ($big + $big + 1)',
    '($big * 1000).Ticks',
    '(-($big + $big + 1)).Ticks',
    '($big + $big + 1).Duration().Ticks',
    '($big + $big + 1).Negate().Duration().Ticks',
  ].join('; ');
  const { host } = await runInShell(script);
  assert.equal(host.errors, '');
  assert.deepEqual(host.output.trimEnd().split('\n'), [
    '18014398509481982',
    '18014398509481983',
    '1',
    'False',
    '9007199254740990976',
    '-18014398509481983',
    '18014398509481983',
    '18014398509481983',
  ]);
});
