// Operators beyond the conformance corpus's operand table: bitwise precedence and types, shift
// counts, -split's options and .NET Regex.Split semantics, culture string ordering, and where a
// runtime error inside an expression is underlined. Expected values recorded from pwsh 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

async function run(script: string): Promise<TestHost> {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  await shell.run(script);
  return host;
}

/** Each line of `script` is one expression; returns "value Type" per line. */
async function valuesAndTypes(lines: string[]): Promise<string[]> {
  const script = lines.map((l) => `$v = ${l}; "$v " + $v.GetType().Name`).join('\n');
  const host = await run(script);
  assert.equal(host.errors, '');
  return host.output.trimEnd().split('\n');
}

test('-band, -bor and -bxor bind looser than comparisons; -shl and -shr as tightly as them', async () => {
  const host = await run('1 -band 3 -eq 3; 1 -shl 2 -eq 4; 1 + 1 -shl 1; 6 -band 3 -bor 8; 1 -eq 1 -band 0; 1 -band 2 -and 0');
  assert.equal(host.output, '1\nTrue\n4\n10\n0\nFalse\n');
});

test('bitwise operators compute in the operand types pwsh uses', async () => {
  assert.deepEqual(
    await valuesAndTypes([
      '-1.5 -band 2', '1.5 -band 2L', '[byte]1 -band [byte]3', '1L -band 1', '[uint32]1 -bor 1', '1 -shl 1L', '1L -shl 1',
      "'1.5' -band 2", "'0x10' -band 255", "'99999999999' -band 1", '$null -bor $null', '1.5 -bxor 2.5', '[decimal]3 -band 1',
      '-bnot 1.5', "-bnot '1.5'", '-bnot $null', '-bnot [uint32]5', "-bnot [char]'a'", '-bnot 5L',
      '1 -shl -1', '[byte]255 -shl 1', '0x80000000 -shr 4', '[uint64]1 -shl 63', "3 -band [char]'a'", '1 -band $true', '5 -bor 2d',
      '1 -shl 33', '1L -shl 33', '0x7fffffff -bor 0x80000000',
    ]),
    [
      '2 Int64', '2 UInt64', '1 Int32', '1 Int64', '1 UInt32', '2 Int32', '2 Int64',
      '2 UInt64', '16 Int32', '1 Int64', '0 Int32', '0 UInt64', '1 UInt64',
      '-3 Int32', '-3 Int32', '-1 Int32', '4294967290 UInt32', '-98 Int32', '-6 Int64',
      '-2147483648 Int32', '254 Byte', '-134217728 Int32', '9223372036854775808 UInt64', '1 Int32', '1 Int32', '7 UInt64',
      '2 Int32', '8589934592 Int64', '-1 Int32',
    ],
  );
});

test('bitwise operators on operands they cannot use fail as pwsh does', async () => {
  assert.match((await run('$true -shl 1')).errors, /The operation '\[System\.Boolean\] -shl \[System\.Int32\]' is not defined\./);
  assert.match((await run('@(1,2) -bxor 1')).errors, /\[System\.Object\[\]\] does not contain a method named 'op_ExclusiveOr'\./);
  assert.match((await run("1 -band 'a'")).errors, /Cannot convert value "a" to type "System\.Int32"\./);
});

test('-split, -csplit and -isplit: a String[], .NET Regex.Split pieces, max-substrings and options', async () => {
  const host = await run(
    [
      "('a,b' -csplit ',') -join '|'",
      "('aXbxc' -csplit 'x') -join '|'",
      "('aXbxc' -isplit 'x') -join '|'",
      "('a,b,c' -split ',', 2) -join '|'",
      "('a.b' -split '.', 0, 'SimpleMatch') -join '|'",
      "('aXbxc' -csplit 'x', 0, 'IgnoreCase') -join '|'",
      "('abc' -split 'a*') -join '|'",
      "('a1b2c' -split '(\\d)') -join '|'",
      "(-split '  a b  c ').GetType().FullName",
      "('x' -split ',').GetType().FullName",
    ].join('\n'),
  );
  assert.equal(host.errors, '');
  assert.equal(host.output, 'a|b\naXb|c\na|b|c\na|b,c\na|b\na|b|c\n||b|c|\na|1|b|2|c\nSystem.String[]\nSystem.String[]\n');
});

test('ordering compares text as .NET culture comparison and a Boolean as a Boolean', async () => {
  const host = await run("'a' -clt 'A'; 'B' -clt 'a'; 'a' -lt 'B'; 'a' -cgt 'A'; $true -gt 1; $true -le 1; $true -gt 0; $false -lt $true");
  assert.equal(host.output, 'True\nFalse\nTrue\nFalse\nFalse\nTrue\nTrue\nTrue\n');
});

test('a runtime error inside an expression underlines the statement that runs it, not the expression', async () => {
  // (A second line, so the error view shows the position.)
  const underline = async (line: string) => (await run(`$null\n${line}`)).errors.split('\n')[3];
  assert.equal(await underline('$x = 2 + (1 / 0)'), '     |  ~~~~~~~~~~~~~~~~');
  // Inside $( ) the inner statement is the one that runs; a condition is its own statement.
  assert.equal(await underline('$x = 1 + $(2 + $null.x())'), '     |             ~~~~~~~~~~~~~');
  assert.equal(await underline('if (1 + $null.x()) {}'), '     |      ~~~~~~~~~~~~~');
  // A type that does not exist is reported at its type literal.
  assert.equal(await underline('$x = 4 + [nosuch]::x'), '     |           ~~~~~~~~');
});
