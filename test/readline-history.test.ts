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

const SENSITIVE: Array<[string, boolean]> = [
  ['$password = "password"', true],
  ["$secpasswd = ConvertTo-SecureString 'password' -AsPlainText -Force", true],
  ['$token = "eyJ0eXAi"', true],
  ['$x.Password = \'p\'', true],
  ['New-Thing -ApiKey abc123', true],
  ["New-Thing -Secret:'abc'", true],
  ['$env:SPO_TOKEN = "abc"', true],
  ['$cred = Get-Credential', false],
  ['$token = $response.access_token', false],
  ['New-Thing -Token:$t', false],
  ['$cred.GetNetworkCredential().Password', false],
  ['Get-Help token', false],
  ['Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com', false],
  ['$password = Read-Host -AsSecureString', false],
];

test('sensitive-line rule', () => {
  for (const [line, expected] of SENSITIVE) assert.equal(isSensitiveLine(line), expected, line);
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
