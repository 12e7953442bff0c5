import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  History,
  dataDirectory,
  decodeHistoryFile,
  encodeEntry,
  historyFilePath,
  isSensitiveLine,
  searchHistory,
} from '../src/readline/history.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'spo-history-'));
}

test('data folder: SPO_DATA_DIR, XDG_DATA_HOME, ~/.local/share, %APPDATA%', () => {
  assert.equal(historyFilePath({ SPO_DATA_DIR: '/tmp/x' }, 'linux'), '/tmp/x/history.txt');
  assert.equal(dataDirectory({ XDG_DATA_HOME: '/data' }, 'linux'), '/data/spo-shell');
  assert.match(dataDirectory({}, 'linux'), /\/\.local\/share\/spo-shell$/);
  assert.equal(dataDirectory({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32').endsWith('spo-shell'), true);
});

test('no duplicates: a re-run line moves to the end; blank lines are skipped', () => {
  const h = new History({ file: null });
  for (const line of ['a', 'b', 'c', 'a', '   ', '']) h.add(line);
  assert.deepEqual(h.entries(), ['b', 'c', 'a']);
  assert.equal(h.add(' '), 'skipped');
});

test('capped at maxEntries, oldest dropped', () => {
  const h = new History({ file: null, maxEntries: 3 });
  for (const line of ['1', '2', '3', '4', '5']) h.add(line);
  assert.deepEqual(h.entries(), ['3', '4', '5']);
  assert.equal(new History({ file: null }).maxEntries, 4096);
});

// [line, memory-only?, why]. PSReadLine's default AddToHistoryHandler decides per mention of
// password|asplaintext|token|apikey|secret, by the syntax that holds it.
const SENSITIVE_LINES: Array<[string, boolean, string]> = [
  // Found written to history.txt by QA.
  ['PS C:\\> $password = "password"', true, 'documentation prompt removed first'],
  ['PS> $secret = "s3cr3t"', true, 'short documentation prompt'],
  ['$password += "p7"', true, 'compound assignment'],
  ['$password = ("p9")', true, 'parenthesised literal'],
  ['$apikey = @("p10")', true, 'array subexpression'],
  ['$secret = [string]"p11"', true, 'cast literal'],
  ['Write-Output "password p13"', true, 'string constant holding a word'],
  // Already kept out before.
  ['$password = "password"', true, 'PSReadLine documentation example'],
  ['$Password="p1"', true, 'no blanks'],
  ['$env:SPO_TOKEN = "p2"', true, 'environment variable'],
  ['[string]$password = "p3"', true, 'typed target'],
  ['$x.Password = "p4"', true, 'property set from a literal'],
  ["$password = 'p5'", true, 'single-quoted'],
  ['$global:password = "p6"', true, 'scope prefix'],
  ['${password} = "p8"', true, 'braced name'],
  ['$token = "a" + "p12"', true, 'expression'],
  ["$secpasswd = ConvertTo-SecureString 'password' -AsPlainText -Force", true, '-AsPlainText'],
  ['ConvertTo-SecureString $p -asplaintext -force', true, '-AsPlainText in any casing'],
  ['$token = "eyJ0eXAi"', true, 'token literal'],
  ['New-Thing -ApiKey abc123', true, 'bare-word argument'],
  ["New-Thing -Secret:'abc'", true, 'colon argument'],
  ['New-Thing -Token "$prefix-abc"', true, 'expandable argument'],
  ['New-Thing -Token $(Get-Secret x)', true, 'subexpression argument is not a parenthesised command'],
  ['$token = $response.access_token', true, 'assigned from an expression, not a command'],
  ['$a = $token = "x"', true, 'chained assignment'],
  ['$h = @{ Password = "x" }', true, 'hashtable key'],
  ['Get-Help token', true, 'bare-word string'],
  ['Get-Date # my password', true, 'comment'],
  ['Get-PasswordPolicy', true, 'command name'],
  ['$password = "unterminated', true, 'does not parse'],
  ['if ($x) { $password = 1 }', true, 'outside what we parse'],
  // PSReadLine's own tests (SensitiveHistoryDefaultBehavior) and History.cs comments.
  ['ConvertTo-SecureString -AsPlainText -String abc -Force', true, 'PSReadLine test'],
  ['Publish-Module -NuGetApiKey abc', true, 'PSReadLine test'],
  ['mycommand -password abc', true, 'PSReadLine test'],
  ['cmd1 /token abc', true, 'PSReadLine test'],
  ['cmd2 --apikey abc', true, 'PSReadLine test'],
  ['pki secret', true, 'PSReadLine test'],
  ["$token = 'token-text'", true, 'History.cs comment'],
  ['gcm c*', false, 'PSReadLine test'],
  ['dir p*', false, 'PSReadLine test'],
  ['echo foo', false, 'PSReadLine test'],
  ['$token = Get-Secret', false, 'History.cs comment: assigned from a command'],
  ['Invoke-WebRequest -Token $token', false, 'History.cs comment: variable argument'],
  ['Invoke-WebRequest -Token (Get-Secret)', false, 'History.cs comment: parenthesised command'],
  ['Connect-Thing -UseDefaultPassword', false, 'History.cs comment: switch'],
  ['Save-Thing -SaveToken -Force', false, 'History.cs comment: switch followed by a parameter'],
  // SecretManagement commands and safe uses.
  ['Get-Secret -Name github -Vault store', false, 'SecretManagement command'],
  ['$apikey = Get-Secret -Name apikey -AsPlainText', false, 'the whole SecretManagement command is skipped'],
  ['Set-Secret -Name x -Secret "abc"', true, 'Set-Secret is not in the list: its -Secret literal counts'],
  ['Get-Secret -Name gh; $token = "abc"', true, 'only the SecretManagement command itself is skipped'],
  ["Get-Date\nPS C:\\work> $password = 'p14'", true, 'a documentation prompt on a later line of a multi-line entry'],
  ['$cred = Get-Credential', false, 'no sensitive word'],
  ['New-Thing -Token:$t', false, 'colon variable'],
  ['New-Thing @tokenArgs', false, 'splatted variable'],
  ['$cred.GetNetworkCredential().Password', false, 'property read'],
  ['$x.Password = $p', false, 'property set from a variable'],
  ['$x.Password = Read-Host', false, 'property set from a command'],
  ['Write-Output $password', false, 'variable read'],
  ['$x = $password', false, 'variable on the right side'],
  ['$password = Read-Host -AsSecureString', false, 'assigned from a command'],
  ['$token = "a" | ConvertTo-Json', false, 'a pipeline is a command call'],
  ['Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com', false, 'no sensitive word'],
  ['PS C:\\> Get-Date', false, 'documentation prompt, nothing sensitive'],
];

test('sensitive-line rule (PSReadLine GetDefaultAddToHistoryOption)', () => {
  for (const [line, expected, why] of SENSITIVE_LINES) assert.equal(isSensitiveLine(line), expected, `${line}  (${why})`);
});

test('every sensitive line stays out of the history file across a real round trip', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'history.txt');
    const h = History.load({ file });
    for (const [line, expected] of SENSITIVE_LINES) assert.equal(h.add(line), expected ? 'memory-only' : 'saved', line);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const content = readFileSync(file, 'utf8');
    const saved = SENSITIVE_LINES.filter(([, sensitive]) => !sensitive).map(([line]) => line);
    assert.equal(content, saved.map((l) => l + '\n').join(''));
    for (const secret of ['"password"', 's3cr3t', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p12', 'p13', 'p14', 'eyJ0eXAi', 'abc123', 'token-text']) {
      assert.equal(content.includes(secret), false, `history file holds ${secret}`);
    }
    // Up arrow still offers every line in this session; the next session sees only the saved ones.
    assert.equal(h.entries().length, SENSITIVE_LINES.length);
    assert.deepEqual(History.load({ file }).entries(), saved);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('file: created with mode 0600, appended as lines are accepted, sensitive lines never written', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'nested', 'history.txt');
    const h = History.load({ file });
    assert.equal(h.add('Connect-SPOService -Url https://contoso-admin.sharepoint.com'), 'saved');
    assert.equal(h.add('$password = "hunter2secret"'), 'memory-only');
    assert.equal(h.add("$p = ConvertTo-SecureString 'Pa55w0rd!' -AsPlainText -Force"), 'memory-only');
    assert.equal(h.add('Get-Help Connect-SPOService'), 'saved');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const content = readFileSync(file, 'utf8');
    assert.equal(content, 'Connect-SPOService -Url https://contoso-admin.sharepoint.com\nGet-Help Connect-SPOService\n');
    assert.doesNotMatch(content, /hunter2|Pa55w0rd/);
    // In memory the sensitive lines are still there for Up arrow.
    assert.equal(h.entries().length, 4);
    // A new session sees only what was saved.
    assert.deepEqual(History.load({ file }).entries(), [
      'Connect-SPOService -Url https://contoso-admin.sharepoint.com',
      'Get-Help Connect-SPOService',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('multi-line entries round-trip with a backtick before each newline', () => {
  assert.equal(encodeEntry('a |\nb'), 'a |`\nb');
  assert.deepEqual(decodeHistoryFile('one\ntwo `\nthree\r\nfour\n'), ['one', 'two \nthree', 'four']);
  const dir = tempDir();
  try {
    const file = join(dir, 'history.txt');
    const h = History.load({ file });
    h.add("Write-Output 'a',\n'b'");
    h.add('x');
    assert.deepEqual(History.load({ file }).entries(), ["Write-Output 'a',\n'b'", 'x']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('loading dedupes re-run lines and keeps the newest maxEntries; the file is compacted', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'history.txt');
    writeFileSync(file, 'a\nb\na\nc\nd\n');
    assert.deepEqual(History.load({ file, maxEntries: 3 }).entries(), ['a', 'c', 'd']);
    const h = History.load({ file, maxEntries: 2 });
    for (const line of ['e', 'f', 'g', 'h']) h.add(line);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    assert.ok(lines.length <= 4, `file compacted: ${lines.join(',')}`);
    assert.deepEqual(History.load({ file, maxEntries: 2 }).entries(), ['g', 'h']);
    assert.equal(statSync(file).mode & 0o777, 0o600);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unwritable history folder keeps history in memory', () => {
  const dir = tempDir();
  try {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    const h = History.load({ file: join(blocker, 'history.txt') });
    assert.equal(h.add('Get-Help'), 'saved');
    assert.deepEqual(h.entries(), ['Get-Help']);
    assert.ok(h.lastError);
    assert.equal(existsSync(join(blocker, 'history.txt')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('prefix and substring search', () => {
  const entries = ['Connect-SPOService -Url a', 'Get-Help x', 'connect-sposervice -Url b', 'Disconnect-SPOService'];
  assert.equal(searchHistory(entries, 'connect', 3, 'backward'), 3);
  assert.equal(searchHistory(entries, 'connect', 3, 'backward', 'prefix'), 2);
  assert.equal(searchHistory(entries, 'connect', 1, 'backward', 'prefix'), 0);
  assert.equal(searchHistory(entries, 'help', 0, 'forward'), 1);
  assert.equal(searchHistory(entries, 'nothing', 3, 'backward'), -1);
});
