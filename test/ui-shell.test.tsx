// The console with the real engine (Shell) in ink-testing-library: output, errors, variables,
// Tab completion from the engine's metadata, the mandatory-parameter prompt and the credential
// prompt (masked, cancelled with Ctrl+C without an error).
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';

delete process.env.CI;
const { cleanup } = await import('ink-testing-library');
const { mountConsole: mount } = await import('./helpers/mounted-console.js');

afterEach(() => cleanup());

test('a pasted block runs through the engine line by line with PowerShell output and errors', async () => {
  const { ui, settle, transcript } = mount();
  ui.stdin.write('\x1b[200~Write-Output hi\nWrite-Error boom\n$x = 5\n$x\n\x1b[201~');
  await settle(20);
  assert.equal(transcript(), 'spo> Write-Output hi\nhi\nspo> Write-Error boom\nWrite-Error: boom\nspo> $x = 5\nspo> $x\n5\n');
});

test('a pasted script keeps catch, finally, else and a leading pipe with the statement above, as its file would', async () => {
  const { ui, settle, transcript } = mount();
  const script = [
    'try {',
    '    throw "boom"',
    '}',
    'catch {',
    '    "caught $_"',
    '}',
    'finally {',
    '    "finally ran"',
    '}',
    'if ($false) { "no" }',
    'elseif ($true) { "elseif" }',
    'else { "else" }',
    '"a", "b"',
    '    | ForEach-Object { "<$_>" }',
    '"next"',
    '',
  ].join('\n');
  ui.stdin.write(`\x1b[200~${script}\x1b[201~`);
  await settle(40);
  assert.equal(
    transcript(),
    [
      'spo> try {',
      '>>     throw "boom"',
      '>> }',
      '>> catch {',
      '>>     "caught $_"',
      '>> }',
      '>> finally {',
      '>>     "finally ran"',
      '>> }',
      'caught boom',
      'finally ran',
      'spo> if ($false) { "no" }',
      '>> elseif ($true) { "elseif" }',
      '>> else { "else" }',
      'elseif',
      'spo> "a", "b"',
      '>>     | ForEach-Object { "<$_>" }',
      '<a>',
      '<b>',
      'spo> "next"',
      'next',
      '',
    ].join('\n'),
  );
});

test('typed line by line, a statement runs at Enter even when catch follows later, as in pwsh\'s console', async () => {
  const { press, settle, transcript } = mount();
  await press(...'if ($true) { "yes" }'.split(''), '\r');
  await settle(20);
  await press(...'else { "no" }'.split(''), '\r');
  await settle(20);
  assert.match(transcript(), /^spo> if \(\$true\) \{ "yes" \}\nyes\nspo> else \{ "no" \}\nelse: The term 'else' is not recognized/);
});

test('Tab completes cmdlet names and cycles -Region values from the engine', async () => {
  const { press, screen } = mount();
  await press(...'connect-spo', '\t');
  assert.equal(screen().split('\n')[0], 'spo> Connect-SPOService');
  await press(...' -Region ', '\t', '\t');
  assert.equal(screen().split('\n')[0], 'spo> Connect-SPOService -Region Default');
});

test('a missing mandatory parameter is asked for in the live region', async () => {
  const { press, settle, screen, transcript } = mount();
  await press(...'Write-Verbose', '\r');
  await settle();
  assert.match(transcript(), /cmdlet Write-Verbose at command pipeline position 1\nSupply values for the following parameters:\n$/);
  assert.equal(screen(), 'Message:\nNot connected');
  await press('\x03');
  await settle();
  assert.equal(screen(), 'spo>\nNot connected');
  assert.doesNotMatch(transcript(), /missing mandatory parameters/, 'Ctrl+C at the prompt stops the command without an error (§1.6)');
  assert.doesNotMatch(transcript(), /Write-Verbose: /);
});

test('the -Credential user prompt masks the password and Ctrl+C stops the command silently', async () => {
  const { press, settle, screen, transcript } = mount();
  await press(...'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com', '\r');
  await settle();
  assert.match(screen(), /^Password for user admin@contoso\.com:\nNot connected$/);
  await press(...'secret1');
  assert.match(screen(), /^Password for user admin@contoso\.com: \*{7}\n/);
  await press('\x03');
  await settle();
  assert.equal(screen(), 'spo>\nNot connected');
  assert.ok(!transcript().includes('secret1'));
  assert.doesNotMatch(transcript(), /Connect-SPOService: /, 'no error record after Ctrl+C');
  await press(...'Write-Output next', '\r');
  await settle();
  assert.match(transcript(), /spo> Write-Output next\nnext\n$/);
});
