import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlight, highlightLines, roughTokens } from '../src/readline/highlight.js';

const colours = (text: string) => highlight(text).map((s) => [s.text, s.color]);

test('PSReadLine palette', () => {
  assert.deepEqual(colours("Connect-SPOService -Url https://x -Region ITAR # go"), [
    ['Connect-SPOService', 'Yellow'],
    [' ', null],
    ['-Url', 'DarkGray'],
    [' ', null],
    ['https://x', 'Gray'],
    [' ', null],
    ['-Region', 'DarkGray'],
    [' ', null],
    ['ITAR', 'Gray'],
    [' ', null],
    ['# go', 'DarkGreen'],
  ]);
  assert.deepEqual(colours("$cred = Get-Credential; Write-Output 'x' 42"), [
    ['$cred', 'Green'],
    [' ', null],
    ['=', 'DarkGray'],
    [' ', null],
    ['Get-Credential', 'Yellow'],
    [';', 'Gray'],
    [' ', null],
    ['Write-Output', 'Yellow'],
    [' ', null],
    ["'x'", 'DarkCyan'],
    [' ', null],
    ['42', 'White'],
  ]);
});

test('the background operator is a default token, and a command may follow it on the line', () => {
  // pwsh 7.6.10's tokens: `&` is Ampersand (no operator flag: PSReadLine's default colour), the next
  // Write-Output a CommandName.
  assert.deepEqual(colours('Write-Output a & Write-Output b'), [
    ['Write-Output', 'Yellow'],
    [' ', null],
    ['a', 'Gray'],
    [' ', null],
    ['&', 'Gray'],
    [' ', null],
    ['Write-Output', 'Yellow'],
    [' ', null],
    ['b', 'Gray'],
  ]);
});

test('operators PSReadLine colours as operators, and the punctuation and names it draws in the default colour (pwsh 7.6.10 in tmux)', () => {
  // Flagged operators DarkGray; brackets, `;`, `|`, `&&`, redirections, `?` `:`, `.`, `::`, types,
  // members, bare words and a function's name Gray; blanks the terminal's own colour.
  const painted = (text: string) => highlight(text).filter((s) => s.text.trim() !== '').map((s) => `${s.color}:${s.text}`).join(' ');
  assert.equal(
    painted('$h = [ordered]@{ k = 1 }; $y ? 1 : 2; 1..3 | % { $_ * 2 } > out.txt'),
    'Green:$h DarkGray:= Gray:[ordered]@{ Gray:k DarkGray:= White:1 Gray:}; Green:$y Gray:? White:1 Gray:: White:2 Gray:; White:1 DarkGray:.. White:3 Gray:| Yellow:% Gray:{ Green:$_ DarkGray:* White:2 Gray:} Gray:> Gray:out.txt',
  );
  assert.equal(
    painted('[int]::MaxValue; $a.b; !$a; $i++; $a += 1; -split "a b"; $a[0]; Get-X 2>&1 && $b || $c'),
    'Gray:[int]::MaxValue; Green:$a Gray:.b; DarkGray:! Green:$a Gray:; Green:$i DarkGray:++ Gray:; Green:$a DarkGray:+= White:1 Gray:; DarkGray:-split DarkCyan:"a b" Gray:; Green:$a Gray:[ White:0 Gray:]; Yellow:Get-X Gray:2>&1 Gray:&& Green:$b Gray:|| Green:$c',
  );
  assert.equal(painted('function f { param([int]$p) }'), 'Green:function Gray:f Gray:{ Green:param Gray:([int] Green:$p Gray:) Gray:}');
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
    ['&', 'Gray'],
    [' ', null],
    ['Get-Date', 'Yellow'],
  ]);
  assert.deepEqual(colours('. ./s.ps1 x'), [
    ['.', 'Gray'],
    [' ', null],
    ['./s.ps1', 'Yellow'],
    [' ', null],
    ['x', 'Gray'],
  ]);
});
