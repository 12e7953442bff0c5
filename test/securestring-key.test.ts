// Key-protected secure strings where the conformance corpus cannot look: spo's ciphertext checked by an
// independent AES decryption (the IV is random, so the corpus sees only its shape), and the password of
// the idiom absent from every stream, -Verbose/-Debug and errors included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDecipheriv } from 'node:crypto';
import { Shell } from '../src/engine/shell.js';
import { TestHost } from './helpers/test-host.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';

const HEADER = '76492d1116743f0423413b16050a5345';

async function run(script: string): Promise<TestHost> {
  const host = new TestHost({ answers: [] });
  const shell = new Shell({ host, commands: builtinCommandTable() });
  for (const line of script.split('\n')) await shell.run(line);
  return host;
}

const outputLines = (host: TestHost) =>
  host.writes
    .filter((w) => w.kind === 'output')
    .map((w) => w.text.trim())
    .filter((t) => t !== '');

const everything = (host: TestHost) => host.writes.map((w) => w.text).join('');

/** The package as pwsh's reader takes it apart, decrypted with node:crypto directly. */
function decrypt(exported: string, key: Buffer): { version: string; iv: Buffer; text: string } {
  assert.ok(exported.startsWith(HEADER), exported);
  const [version, iv64, hex] = Buffer.from(exported.slice(HEADER.length), 'base64').toString('utf16le').split('|');
  const iv = Buffer.from(iv64!, 'base64');
  const decipher = createDecipheriv(`aes-${key.length * 8}-cbc`, key, iv);
  const text = Buffer.concat([decipher.update(Buffer.from(hex!, 'hex')), decipher.final()]).toString('utf16le');
  return { version: version!, iv, text };
}

for (const size of [16, 24, 32]) {
  test(`ConvertFrom-SecureString -Key of ${size} bytes writes AES-CBC of the UTF-16 text under a fresh IV`, async () => {
    const host = await run(`$s = ConvertTo-SecureString 'pässwörd ✓ 0123456789' -AsPlainText\n$s, $s | ConvertFrom-SecureString -Key (1..${size})`);
    const [first, second] = outputLines(host);
    const key = Buffer.from(Array.from({ length: size }, (_, i) => i + 1));
    for (const exported of [first!, second!]) {
      const { version, iv, text } = decrypt(exported, key);
      assert.equal(version, '2');
      assert.equal(iv.length, 16);
      assert.equal(text, 'pässwörd ✓ 0123456789');
    }
    assert.notEqual(decrypt(first!, key).iv.toString('hex'), decrypt(second!, key).iv.toString('hex'));
  });
}

test('-SecureKey encrypts with its characters as UTF-16 bytes', async () => {
  const host = await run("ConvertFrom-SecureString (ConvertTo-SecureString 'pw' -AsPlainText) -SecureKey (ConvertTo-SecureString 'abcdefgh' -AsPlainText)");
  const [exported] = outputLines(host);
  assert.equal(decrypt(exported!, Buffer.from('abcdefgh', 'utf16le')).text, 'pw');
});

test('the password of the idiom appears in no stream, with -Verbose and -Debug, nor in errors', async () => {
  const host = await run(
    [
      "$s = ConvertTo-SecureString 'Hunter2Secret' -AsPlainText",
      '$e = ConvertFrom-SecureString $s -Key (1..16) -Verbose -Debug',
      '$x = ConvertTo-SecureString $e -Key (1..16) -Verbose -Debug',
      'ConvertTo-SecureString $e -Key (2..17)',
      'ConvertTo-SecureString $e -Key (1..5)',
      'ConvertTo-SecureString $e',
      'ConvertFrom-SecureString $x -Key (1..7)',
      '$x; $s; "$x"; $x | Format-List *',
      '$Error | Out-String',
    ].join('\n'),
  );
  assert.doesNotMatch(everything(host), /Hunter2/);
});

test('a password given without -AsPlainText is never quoted, with or without a key', async () => {
  const host = await run("ConvertTo-SecureString 'Hunter2Secret' -Key (1..16)\nConvertTo-SecureString 'Hunter2Secre'\nConvertTo-SecureString 'Hunter2Secret'\n$Error | Out-String");
  const text = everything(host);
  assert.doesNotMatch(text, /Hu|Hunter2/);
  assert.match(text, /The input string '\(hidden\)' was not in a correct format\./);
  assert.match(text, /The parameter value "\(hidden\)" is not a valid encrypted string\./);
});

test('RandomNumberGenerator fills keys with bytes that differ from one call to the next', async () => {
  const host = await run(
    [
      '$a = New-Object Byte[] 32; [Security.Cryptography.RNGCryptoServiceProvider]::Create().GetBytes($a)',
      '$b = [Security.Cryptography.RandomNumberGenerator]::GetBytes(32)',
      '$c = [byte[]]::new(32); [Security.Cryptography.RandomNumberGenerator]::Fill($c)',
      "($a -join ','); ($b -join ','); ($c -join ',')",
    ].join('\n'),
  );
  const keys = outputLines(host);
  assert.equal(keys.length, 3);
  for (const key of keys) assert.equal(key.split(',').length, 32);
  assert.equal(new Set(keys).size, 3);
});
