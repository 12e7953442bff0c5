// Where errors, warnings and host text land among a script's formatted output. pwsh's console hands
// errors to Out-Default in order with the objects, so an error prints after the rows written before it
// (a table held for its widths prints its rows so far and later rows join it); a fixed view (files)
// prints each row as it comes; an error that ends the script drops the rows Out-Default still held.
// Every expectation below is what pwsh 7.6.10 printed (`pwsh -c '…' > f 2>&1`, NO_COLOR=1, 120 columns).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';

/** Runs `script` in a folder holding a.txt (3 bytes) and b.txt (2 bytes); returns everything written, in order. */
async function transcript(script: string): Promise<{ text: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'spo-order-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'hi\n');
    writeFileSync(join(dir, 'b.txt'), 'x\n');
    const when = new Date(2020, 0, 2, 3, 4, 5);
    utimesSync(join(dir, 'a.txt'), when, when);
    utimesSync(join(dir, 'b.txt'), when, when);
    const host = new TestHost({ interactive: false });
    const shell = new Shell({ host, commands: builtinCommandTable() });
    shell.session.location = dir;
    await shell.run(script);
    return { text: host.text('output', 'error', 'warning', 'verbose', 'information'), dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const user = process.getuid?.() === 0 ? 'root' : undefined;

/** The file table's head and a row, as pwsh prints them for the test folder. */
function fileTable(dir: string, ...rows: string[]): string {
  return (
    `\n    Directory: ${dir}\n\nUnixMode         User Group         LastWriteTime         Size Name\n` +
    '--------         ---- -----         -------------         ---- ----\n' +
    rows.join('')
  );
}

const row = (name: string, size: number) => `-rw-r--r--       root root       01/02/2020 03:04 ${String(size).padStart(12)} ${name}\n`;

test('an error between two objects of one command prints after the first one’s row, in a held table too', async () => {
  let r = await transcript('Get-Item a.txt, nosuch, b.txt | Select-Object Name');
  assert.equal(r.text, `\nName\n----\na.txt\nGet-Item: Cannot find path '${r.dir}/nosuch' because it does not exist.\nb.txt\n\n`);
  r = await transcript('& { [pscustomobject]@{a=1}; Write-Error e; [pscustomobject]@{a=2} }');
  assert.equal(r.text, '\na\n-\n1\nWrite-Error: e\n2\n\n');
  // A warning is not Out-Default's input: the table still waits for its widths.
  r = await transcript('& { [pscustomobject]@{a=1}; Write-Warning w; [pscustomobject]@{a=2} }');
  assert.equal(r.text, '\nWARNING: w\na\n-\n1\n2\n\n');
});

test('records merged into the output (2>&1, 3>&1, 6>&1) print in place and the table goes on', async () => {
  for (const [script, line] of [
    ['& { [pscustomobject]@{a=1}; Write-Error e; [pscustomobject]@{a=2} } 2>&1', 'Write-Error: e'],
    ['& { [pscustomobject]@{a=1}; Write-Warning w; [pscustomobject]@{a=2} } 3>&1', 'WARNING: w'],
    ['& { [pscustomobject]@{a=1}; Write-Host h; [pscustomobject]@{a=2} } 6>&1', 'h'],
  ]) {
    const r = await transcript(script!);
    assert.equal(r.text, `\na\n-\n1\n${line}\n2\n\n`, script);
  }
});

test('a file table prints each row as it comes, so host text lands between rows', { skip: user === undefined && 'the expected rows name root' }, async () => {
  for (const [script, line] of [
    ['Get-Item a.txt, nosuch, b.txt', "Get-Item: Cannot find path '<dir>/nosuch' because it does not exist."],
    ['& { Get-Item a.txt; Write-Warning w; Get-Item b.txt }', 'WARNING: w'],
    ['& { Get-Item a.txt; Write-Host h; Get-Item b.txt }', 'h'],
    ['& { Get-Item a.txt; Write-Verbose v -Verbose; Get-Item b.txt }', 'VERBOSE: v'],
    ['& { Get-Item a.txt; Write-Error e; Get-Item b.txt } 2>&1', 'Write-Error: e'],
  ]) {
    const r = await transcript(script!);
    assert.equal(r.text, fileTable(r.dir, row('a.txt', 3), `${line!.replace('<dir>', r.dir)}\n`, row('b.txt', 2), '\n'), script);
  }
});

test('an error that ends the script drops the rows Out-Default held and leaves printed ones unclosed', async () => {
  let r = await transcript('1; [pscustomobject]@{a=1}; throw "x"');
  assert.equal(r.text, '1\n\nException: x\n');
  r = await transcript('$ErrorActionPreference = "Stop"; [pscustomobject]@{a=1}; Write-Error "x"');
  assert.equal(r.text, '\nWrite-Error: x\n');
  if (user) {
    r = await transcript('Get-Item a.txt; throw "x"');
    assert.equal(r.text, fileTable(r.dir, row('a.txt', 3), 'Exception: x\n'));
  }
  // A statement-terminating error lets the script go on: the held rows print before it, sized to them
  // (22 is cut to the one column `a` got, as pwsh cuts it).
  r = await transcript('[pscustomobject]@{a=1}; 1/0; [pscustomobject]@{a=22}');
  assert.equal(r.text, '\na\n-\n1\nRuntimeException: Attempted to divide by zero.\n2\n\n');
});

// Format-Table and Format-List stream their format objects (format-data.ts), so what is written between
// two objects prints between their entries, as it does without them (pwsh 7.6.10, expectations above).
test('Format-List and Format-Table print an error between two objects between their entries', async () => {
  const error = (dir: string) => `Get-Item: Cannot find path '${dir}/nosuch' because it does not exist.\n`;
  let r = await transcript('Get-Item a.txt, nosuch, b.txt | Format-List Name, Length');
  assert.equal(r.text, `\nName   : a.txt\nLength : 3\n\n${error(r.dir)}Name   : b.txt\nLength : 2\n\n`);
  r = await transcript("Get-Item a.txt, nosuch, b.txt | Format-Table Name, Length; 'after'");
  assert.equal(r.text, `\nName  Length\n----  ------\na.txt      3\n${error(r.dir)}b.txt      2\n\nafter\n`);
  for (const script of ['& { [pscustomobject]@{a=1}; Write-Error e; [pscustomobject]@{a=2} } | Format-Table', '& { [pscustomobject]@{a=1}; Write-Error e; [pscustomobject]@{a=2} } | Format-Table -AutoSize']) {
    r = await transcript(script);
    assert.equal(r.text, '\na\n-\n1\nWrite-Error: e\n2\n\n', script);
  }
});

test('host text, warnings and verbose text between objects of Format-List and Format-Table', async () => {
  let r = await transcript('& { [pscustomobject]@{a=1}; Write-Host h; [pscustomobject]@{a=2} } | Format-List');
  assert.equal(r.text, '\na : 1\n\nh\na : 2\n\n');
  r = await transcript('& { [pscustomobject]@{a=1}; Write-Warning w; [pscustomobject]@{a=2} } | Format-List');
  assert.equal(r.text, '\na : 1\n\nWARNING: w\na : 2\n\n');
  // A content-sized table still holds its rows for their widths: host text comes before its header.
  r = await transcript('& { [pscustomobject]@{a=1}; Write-Host h; [pscustomobject]@{a=2} } | Format-Table');
  assert.equal(r.text, '\nh\na\n-\n1\n2\n\n');
  r = await transcript('& { [pscustomobject]@{a=1}; Write-Verbose -Verbose v; [pscustomobject]@{a=2} } | Format-Table a');
  assert.equal(r.text, '\nVERBOSE: v\na\n-\n1\n2\n\n');
});

test('format objects out of order print what came before them, then out-lineoutput’s error, and end the script', async () => {
  const t = '$t = [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table; ';
  const message = (type: string) =>
    `out-lineoutput: The object of type "Microsoft.PowerShell.Commands.Internal.Format.${type}" is not valid or not in the correct sequence. This is likely caused by a user-specified "format-*" command which is conflicting with the default formatting.\n`;
  let r = await transcript(`${t}'before'; $t[0], $t[2]; 'not reached'`);
  assert.equal(r.text, `before\n\n${message('FormatEntryData')}`);
  r = await transcript(`${t}try { $t[2] } catch { 'caught' }; 'not reached'`);
  assert.equal(r.text, message('FormatEntryData'));
  r = await transcript("[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List | Sort-Object; 'not reached'");
  assert.equal(r.text, message('FormatEndData'));
});
