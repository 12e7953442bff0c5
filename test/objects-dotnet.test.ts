// The .NET static members and constructors admin scripts use, with values recorded from real
// PowerShell 7.6.10 (err.ps1 runs in the objects branch notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runInShell } from './helpers/spo-process.js';

const cases: Array<[string, string]> = [
  ["[Math]::Round(2.5); [Math]::Round(2.345, 2); [math]::Round(2.5, [MidpointRounding]::AwayFromZero); [string]::Format('{0}-{1}', 1, 2)", '2\n2.35\n3\n1-2\n'],
  ["[System.IO.Path]::Combine('a','b'); [Environment]::NewLine.Length; [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('hi'))", 'a/b\n1\naGk=\n'],
  ["$l = New-Object System.Collections.Generic.List[string]; $l.Add('a'); $l.Count; $l", '1\na\n'],
  ["$a = New-Object System.Collections.ArrayList; $a.Add('x'); $a.Add('y'); $a.Remove('x'); $a.Count", '0\n1\n1\n'],
  ['[math]::Max(1,2); [math]::Pow(2,10); [math]::Sqrt(16); [math]::Floor(2.7); [math]::Ceiling(2.1); [math]::Abs(-3); [math]::Truncate(-2.7); [math]::Min(3, 1.5)', '2\n1024\n4\n2\n3\n3\n-2\n1.5\n'],
  ["[string]::Concat('a','b','c'); [string]::Compare('a','B'); [string]::Compare('a','B', $true); [convert]::ToInt32('42'); [Convert]::FromBase64String('aGk=')", 'abc\n-1\n-1\n42\n104\n105\n'],
  ["[guid]::Parse('0F8FAD5B-D9CB-469F-A165-70867728950E').ToString(); [guid]::Empty.ToString(); [guid]::NewGuid().ToString().Length", '0f8fad5b-d9cb-469f-a165-70867728950e\n00000000-0000-0000-0000-000000000000\n36\n'],
  ["$u = [uri]'https://contoso.sharepoint.com/sites/x'; $u.Host; $u.AbsoluteUri; $u.Scheme", 'contoso.sharepoint.com\nhttps://contoso.sharepoint.com/sites/x\nhttps\n'],
  ["$sb = New-Object System.Text.StringBuilder; [void]$sb.Append('a'); $sb.AppendLine('b') | Out-Null; $sb.Append('c').ToString()", 'ab\nc\n'],
  ["[IO.Path]::GetExtension('a/b.txt'); [IO.Path]::GetFileName('/x/y.csv'); [IO.Path]::GetDirectoryName('/x/y.csv'); [IO.File]::Exists('/nonexistent/file')", '.txt\ny.csv\n/x\nFalse\n'],
];

for (const [script, out] of cases) {
  test(`.NET surface: ${script}`, async () => {
    const r = await runInShell(script);
    assert.equal(r.err, '');
    assert.equal(r.out, out);
  });
}

test('IO.File writes and reads text', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'spo-file-')), 'a.txt');
  const r = await runInShell(`[IO.File]::WriteAllText('${file}', "one\`ntwo\`n"); [IO.File]::ReadAllLines('${file}').Count; [IO.File]::ReadAllText('${file}').Length`);
  assert.equal(r.err, '');
  assert.equal(r.out, '2\n8\n');
});

test('a SharePoint client type keeps TypeNotFound and says spo-shell does not have it; a typo keeps pwsh text alone', async () => {
  const r = await runInShell("[Microsoft.SharePoint.Client.ClientContext]::new('x')");
  assert.equal(r.err, 'InvalidOperation: Unable to find type [Microsoft.SharePoint.Client.ClientContext]. spo-shell does not have this type: the .NET assembly that defines it is not available in spo-shell.\n');
  const typo = await runInShell('[Sytem.Math]::Pi');
  assert.equal(typo.err, 'InvalidOperation: Unable to find type [Sytem.Math].\n');
});

test('New-Object -ComObject says COM is not available', async () => {
  const r = await runInShell('New-Object -ComObject Excel.Application');
  assert.equal(r.err, 'New-Object: Cannot create the COM object "Excel.Application": COM objects are not available in spo-shell.\n');
});

// Deliberate deviation (docs/language.md, "Deliberate deviations"): pwsh's Format-List * and
// Select-Object * of a NetworkCredential also list Password, in clear text, and SecurePassword.
test('a NetworkCredential lists UserName and Domain only; its Password is read only when asked for by name', async () => {
  const cred = "$cred = [pscredential]::new('admin@contoso.com', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force)); $n = $cred.GetNetworkCredential()";
  const listed = await runInShell(`${cred}; $n | Format-List *; $n | Select-Object * | Format-List; $n | Out-String`);
  assert.equal(listed.err, '');
  assert.doesNotMatch(listed.out, /P@ss/);
  assert.equal(
    listed.out,
    '\nUserName : admin@contoso.com\nDomain   : \n\n\nUserName : admin@contoso.com\nDomain   : \n\n' +
      `\nUserName${' '.repeat(43)}Domain\n--------${' '.repeat(43)}------\n${'admin@contoso.com'.padEnd(51)}\n\n\n`,
  );
  const asked = await runInShell(`${cred}; $n.Password; $cred.GetNetworkCredential().Password; $n.SecurePassword`);
  assert.equal(asked.err, '');
  assert.equal(asked.out, 'P@ss\nP@ss\nSystem.Security.SecureString\n');
});
