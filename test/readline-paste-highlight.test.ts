import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PasteQueue, splitPaste } from '../src/readline/paste.js';
import { highlight, highlightLines, roughTokens } from '../src/readline/highlight.js';
import { isIncompleteInput } from '../src/language/parser.js';

test('a pasted block splits into complete inputs; open constructs join the next line', () => {
  const block = "$username = 'admin@contoso.sharepoint.com'\n$password = 'password'\n\nWrite-Output 'a',\n  'b'\nGet-Help |\n Write-Output\nConnect-SPO";
  assert.deepEqual(splitPaste(block, isIncompleteInput), {
    commands: [
      "$username = 'admin@contoso.sharepoint.com'",
      "$password = 'password'",
      "Write-Output 'a',\n  'b'",
      'Get-Help |\n Write-Output',
    ],
    rest: 'Connect-SPO',
  });
  assert.deepEqual(splitPaste('a\r\nb\rc\n', isIncompleteInput), { commands: ['a', 'b', 'c'], rest: '' });
  assert.deepEqual(splitPaste("x 'open\n", isIncompleteInput), { commands: [], rest: "x 'open\n" });
  assert.deepEqual(splitPaste('-Url x\n', isIncompleteInput, 'Connect-SPOService '), {
    commands: ['Connect-SPOService -Url x'],
    rest: '',
  });
});

test('the paste queue pauses while a command runs and keeps the order', () => {
  const q = new PasteQueue(isIncompleteInput);
  q.push('one\ntwo\nthr');
  assert.equal(q.next(), 'one');
  q.pause(); // "one" opened a password prompt
  assert.equal(q.next(), null);
  assert.equal(q.takeRest(), '', 'rest waits until the queue is empty');
  q.resume();
  q.push('ee\nfour\n'); // more pasted while waiting: continues the unfinished line
  assert.deepEqual([q.next(), q.next(), q.next(), q.next()], ['two', 'three', 'four', null]);
  assert.equal(q.takeRest(), '');
  q.push('a\nb\nc');
  q.clear();
  assert.equal(q.next(), null);
  assert.equal(q.pending, 0);
});

test('a 1,000-line paste runs completely and in order', () => {
  const lines = Array.from({ length: 1000 }, (_, i) => `Write-Output ${i}`);
  const q = new PasteQueue(isIncompleteInput);
  q.push(lines.join('\n') + '\n');
  const ran: string[] = [];
  for (let cmd = q.next(); cmd !== null; cmd = q.next()) ran.push(cmd);
  assert.deepEqual(ran, lines);
});

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
