import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlight, highlightLines, roughTokens } from '../src/readline/highlight.js';

const colours = (text: string) => highlight(text).map((s) => [s.text, s.color]);

test('PSReadLine palette', () => {
  assert.deepEqual(colours("Connect-SPOService -Url https://x -Region ITAR # go"), [
    ['Connect-SPOService', 'Yellow'],
    [' ', null],
    ['-Url', 'DarkGray'],
    [' https://x ', null],
    ['-Region', 'DarkGray'],
    [' ITAR ', null],
    ['# go', 'DarkGreen'],
  ]);
  assert.deepEqual(colours("$cred = Get-Credential; Write-Output 'x' 42"), [
    ['$cred', 'Green'],
    [' ', null],
    ['=', 'DarkGray'],
    [' ', null],
    ['Get-Credential', 'Yellow'],
    [';', 'DarkGray'],
    [' ', null],
    ['Write-Output', 'Yellow'],
    [' ', null],
    ["'x'", 'DarkCyan'],
    [' ', null],
    ['42', 'White'],
  ]);
});

test('the background operator is an operator, and a command may follow it on the line', () => {
  // pwsh 7.6.10's tokens: `&` is Ampersand (SpecialOperator), the next Write-Output a CommandName.
  assert.deepEqual(colours('Write-Output a & Write-Output b'), [
    ['Write-Output', 'Yellow'],
    [' a ', null],
    ['&', 'DarkGray'],
    [' ', null],
    ['Write-Output', 'Yellow'],
    [' b', null],
  ]);
});

test('segments always join back to the input, even mid-string', () => {
  for (const text of ['Connect-SPOService -Url "https://contoso', "x 'a\nb", '$', '@{a=1}', ' lead', 'a |\n b']) {
    assert.equal(highlight(text).map((s) => s.text).join(''), text, text);
  }
  assert.deepEqual(colours('Connect-SPOService -Url "https://contoso'), [
    ['Connect-SPOService', 'Yellow'],
    [' ', null],
    ['-Url', 'DarkGray'],
    [' ', null],
    ['"https://contoso', 'DarkCyan'],
  ]);
  assert.equal(roughTokens("a 'b").length, 2);
});

test('highlightLines splits at newlines', () => {
  const lines = highlightLines('Get-Help |\n Write-Output');
  assert.equal(lines.length, 2);
  assert.deepEqual(lines[0]!.map((s) => s.text).join(''), 'Get-Help |');
  assert.deepEqual(lines[1]!.map((s) => s.text).join(''), ' Write-Output');
  assert.equal(lines[1]!.find((s) => s.text === 'Write-Output')?.color, 'Yellow');
});

test('the word after the call and dot-source operators is a command name', () => {
  // pwsh 7.6.10's tokens: `& Get-Date` and `. ./s.ps1` flag the word CommandName.
  assert.deepEqual(colours('& Get-Date'), [
    ['&', 'DarkGray'],
    [' ', null],
    ['Get-Date', 'Yellow'],
  ]);
  assert.deepEqual(colours('. ./s.ps1 x'), [
    ['.', 'DarkGray'],
    [' ', null],
    ['./s.ps1', 'Yellow'],
    [' x', null],
  ]);
});
