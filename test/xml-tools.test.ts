// Select-Xml (and the other XML commands) as a user sees them: files read as XmlDocument.Load reads
// them (a byte-order mark, white space kept), SharePoint's Atom namespaces through -Namespace, and the
// errors that go on to the next file. Expected texts are recorded from pwsh 7.6.10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runInShell } from './helpers/spo-process.js';

test('Select-Xml reads a file with a byte-order mark and CRLF line ends, and finds Atom entries by prefix', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-selectxml-'));
  writeFileSync(
    join(dir, 'feed.xml'),
    '\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices">\r\n  <entry><d:Title>Docs</d:Title></entry>\r\n  <entry><d:Title>Site Assets</d:Title></entry>\r\n</feed>\r\n',
  );
  const ns = "@{ a = 'http://www.w3.org/2005/Atom'; d = 'http://schemas.microsoft.com/ado/2007/08/dataservices' }";
  const r = await runInShell(`Set-Location '${dir}'; Select-Xml -Path ./feed.xml -XPath '//a:entry/d:Title' -Namespace ${ns} | ForEach-Object { $_.Node.InnerText; $_.ToString() }
    (Select-Xml -Path ./feed.xml -XPath '//entry' | Measure-Object).Count`);
  assert.equal(r.err, '');
  assert.equal(r.out, `Docs\nDocs:${dir}/feed.xml\nSite Assets\nSite Assets:${dir}/feed.xml\n0\n`);
});

test('Select-Xml: a file that is not XML is a non-terminating error, a missing -Path stops the command', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-selectxml-'));
  writeFileSync(join(dir, 'bad.xml'), '<a></b>');
  writeFileSync(join(dir, 'good.xml'), '<a><b>x</b></a>');
  const r = await runInShell(`Set-Location '${dir}'; Select-Xml -Path ./bad.xml, ./good.xml -XPath //b | ForEach-Object ToString; Select-Xml -Path ./nope.xml, ./good.xml -XPath //b; 'after'`);
  assert.equal(r.out, `x:${dir}/good.xml\nafter\n`);
  assert.match(r.err, new RegExp(`Select-Xml: The file '${dir}/bad.xml' cannot be read: The 'a' start tag on line 1 position 2 does not match the end tag of 'b'. Line 1, position 6.`));
  assert.match(r.err, new RegExp(`Select-Xml: Cannot find path '${dir}/nope.xml' because it does not exist.`));
});
