// The readline core wired to the real engine (Shell): completion over the registered cmdlets and
// the session's variables, Enter deciding `>> ` through ShellEngine.isIncomplete, and history.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { createEditorState, editorReducer, type EditorContext, type EditorState } from '../src/readline/editor.js';
import { createKeyParser, type KeyEvent } from '../src/readline/keys.js';
import { History } from '../src/readline/history.js';
import { splitPasteIntoLines } from '../src/ui/store.js';

function harness() {
  const shell = new Shell({ host: new TestHost(), commands: builtinCommandTable() });
  const history = new History({ file: null });
  const parser = createKeyParser();
  const ctx = (): EditorContext => ({
    mode: 'Windows',
    isIncomplete: (t) => shell.isIncomplete(t),
    history: history.entries(),
    complete: (t, c) => shell.complete(t, c),
  });
  let state: EditorState = createEditorState();
  const accepted: string[] = [];
  const feed = (events: KeyEvent[]) => {
    for (const event of events) {
      state = editorReducer(state, { type: 'key', event }, ctx());
      if (state.outcome?.kind === 'accept') {
        accepted.push(state.outcome.text);
        history.add(state.outcome.text);
      }
    }
    return state;
  };
  const type = (raw: string) => feed(parser.push(raw));
  /** A terminal paste as the console handles it: each line typed, then Enter. */
  const paste = (text: string) => feed(splitPasteIntoLines({ kind: 'paste', text }));
  return { shell, type, paste, accepted, history, get state() { return state; } };
}

test('typing `Connect-SPOService -Region ` then Tab cycles the six regions through the engine', () => {
  const h = harness();
  h.type('connect-spo\t');
  assert.equal(h.state.text, 'Connect-SPOService');
  h.type(' -Region ');
  const seen: string[] = [];
  for (let i = 0; i < 7; i++) seen.push(h.type('\t').text.slice('Connect-SPOService -Region '.length));
  assert.deepEqual(seen, ['China', 'Default', 'Delos', 'France', 'Germany', 'ITAR', 'China']);
  assert.equal(h.type('\x1b[Z').text.endsWith('ITAR'), true);
});

test('parameter and variable completion use the registry and the session', async () => {
  const h = harness();
  assert.deepEqual(
    h.shell.complete('Connect-SPOService -e', 21).matches.map((m) => m.completionText),
    ['-ErrorAction', '-ErrorVariable', '-ea', '-ev'],
  );
  await h.shell.run("$adminUrl = 'https://contoso-admin.sharepoint.com'");
  const vars = h.shell.complete('Connect-SPOService -Url $adm', 28).matches.map((m) => m.completionText);
  assert.deepEqual(vars, ['$adminUrl']);
  const ea = h.shell.complete('$ErrorActionP', 13).matches.map((m) => m.completionText);
  assert.deepEqual(ea, ['$ErrorActionPreference']);
});

test('Tab with the cursor inside a word completes and replaces the whole word, as pwsh does', () => {
  const h = harness();
  h.type('Connect-SPOService -Region ITAR' + '\x1b[D'.repeat(8) + '\t');
  assert.equal(h.state.text, 'Connect-SPOService -Region ITAR');
  const g = harness();
  g.type('Get-ChildItem | Sort-Object\x1b[H\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\t');
  assert.equal(g.state.text, 'Get-ChildItem | Sort-Object');
});

test('Enter asks for another line exactly when pwsh reports incomplete input (PSReadLine, pwsh 7.6.10)', () => {
  // A trailing operator continues; an empty line after it ends the input, which then fails to parse.
  const pipe = harness();
  pipe.type('Get-Date |\r');
  assert.deepEqual(pipe.accepted, []);
  pipe.type('\r');
  assert.deepEqual(pipe.accepted, ['Get-Date |\n']);
  const plus = harness();
  plus.type('(1 +\r\r');
  assert.deepEqual(plus.accepted, ['(1 +\n']);
  // An open `{`, `@(`, `$(` or `@{` keeps asking, whatever error comes first inside it.
  const array = harness();
  array.type('@(1,\r\r\r2)\r');
  assert.deepEqual(array.accepted, ['@(1,\n\n\n2)']);
  const block = harness();
  block.type('if ($true) {\r1 +\r\r');
  assert.deepEqual(block.accepted, []);
  block.type('}\r');
  assert.deepEqual(block.accepted, ['if ($true) {\n1 +\n\n}']);
  // Blanks and comments after the last token are not a line break: `try {} ` asks for its catch.
  const tryBlock = harness();
  tryBlock.type('try {} \rcatch {}\r');
  assert.deepEqual(tryBlock.accepted, ['try {} \ncatch {}']);
  const comment = harness();
  comment.type('1 + # more\r');
  assert.deepEqual(comment.accepted, []);
});

test('Enter on incomplete input continues; a pasted documentation example splits into its lines', () => {
  const h = harness();
  h.type("Write-Output 'a',\r");
  assert.equal(h.state.text, "Write-Output 'a',\n");
  assert.deepEqual(h.accepted, []);
  h.type("'b'\r");
  assert.deepEqual(h.accepted, ["Write-Output 'a',\n'b'"]);
  assert.deepEqual(h.history.entries(), ["Write-Output 'a',\n'b'"]);

  const example2 = [
    "PS C:\\> $userCredential = Get-Credential -UserName admin@contoso.sharepoint.com -Message 'Type the password.'",
    'PS C:\\> Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $userCredential',
    '',
  ].join('\n');
  h.paste(example2);
  assert.equal(h.accepted.length, 3);
  assert.match(h.accepted[1]!, /^PS C:\\> \$userCredential/);
  assert.match(h.accepted[2]!, /^PS C:\\> Connect-SPOService/);
});

test('Tab after -Url offers the files of the current folder (PowerShell\'s fallback for untyped arguments)', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'spo-paths-'));
  const before = process.cwd();
  try {
    writeFileSync(join(dir, 'sites.csv'), '');
    writeFileSync(join(dir, 'Site list.txt'), '');
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts', 'connect.ps1'), '');
    process.chdir(dir);
    const shell = new Shell({ host: new TestHost(), commands: builtinCommandTable() });
    const texts = (line: string) => shell.complete(line, line.length).matches.map((m) => m.completionText);
    assert.deepEqual(texts('Connect-SPOService -Url s'), ['./scripts', "'./Site list.txt'", './sites.csv']);
    assert.deepEqual(texts('Write-Output ./scripts/'), ['./scripts/connect.ps1']);
    assert.deepEqual(texts('Write-Output ./nowhere/'), []);
  } finally {
    process.chdir(before);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a pasted block runs as its complete inputs; an open construct joins the next line; the unfinished last line stays', () => {
  const h = harness();
  const block = "$username = 'admin@contoso.sharepoint.com'\n$password = 'password'\n\nWrite-Output 'a',\n  'b'\nGet-Help |\n Write-Output\nConnect-SPO";
  h.paste(block);
  // (the empty line is an Enter on an empty prompt: a fresh prompt, nothing runs)
  assert.deepEqual(h.accepted.filter((t) => t !== ''), [
    "$username = 'admin@contoso.sharepoint.com'",
    "$password = 'password'",
    "Write-Output 'a',\n  'b'",
    'Get-Help |\n Write-Output',
  ]);
  assert.equal(h.state.text, 'Connect-SPO', 'text after the last newline waits in the editor');
  h.paste('Service -Url x\r\n');
  assert.equal(h.accepted.at(-1), 'Connect-SPOService -Url x', 'a later paste continues the unfinished line');
});

test('Tab after a script typed as a path cycles its param( ) names, then the common ones when it has [CmdletBinding()]', async () => {
  const { mkdtempSync, writeFileSync, rmSync, utimesSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'spo-script-params-'));
  const before = process.cwd();
  try {
    writeFileSync(join(dir, 'deploy.ps1'), '[CmdletBinding()]\nparam([Parameter(Mandatory)][string]$SiteUrl, [switch]$Force)\n"deploy"\n');
    writeFileSync(join(dir, 'simple.ps1'), 'param($Path, [int]$Count = 3)\n');
    writeFileSync(join(dir, 'broken.ps1'), 'param($Path\n');
    process.chdir(dir);
    const h = harness();
    const texts = (line: string) => h.shell.complete(line, line.length).matches.map((m) => m.completionText);
    // As pwsh 7.6.10's TabExpansion2 lists them.
    assert.deepEqual(texts('./deploy.ps1 -'), [
      '-SiteUrl', '-Force', '-Verbose', '-Debug', '-ErrorAction', '-WarningAction', '-InformationAction', '-ProgressAction',
      '-ErrorVariable', '-WarningVariable', '-InformationVariable', '-OutVariable', '-OutBuffer', '-PipelineVariable',
    ]);
    assert.deepEqual(texts('& ./simple.ps1 -'), ['-Path', '-Count']);
    assert.deepEqual(texts('./deploy.ps1 -SiteUrl x -F'), ['-Force']);
    assert.deepEqual(texts(`${join(dir, 'simple.ps1')} -C`), ['-Count']);
    assert.deepEqual(h.shell.complete('./simple.ps1 -', 15).matches.map((m) => m.toolTip), ['[Object] Path', '[int] Count']);
    // A script that does not parse, or no script at that path, offers nothing.
    assert.deepEqual(texts('./broken.ps1 -'), []);
    assert.deepEqual(texts('./missing.ps1 -'), []);
    // An edited script is read again (the cache is keyed by the file's time and size).
    writeFileSync(join(dir, 'simple.ps1'), 'param($Name)\n');
    utimesSync(join(dir, 'simple.ps1'), new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(texts('./simple.ps1 -'), ['-Name']);
    // Tab in the line editor cycles them.
    h.type('./deploy.ps1 -');
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) seen.push(h.type('\t').text);
    assert.deepEqual(seen, ['./deploy.ps1 -SiteUrl', './deploy.ps1 -Force', './deploy.ps1 -Verbose']);
  } finally {
    process.chdir(before);
    rmSync(dir, { recursive: true, force: true });
  }
});
