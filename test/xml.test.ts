// [xml] beyond the conformance corpus (test/conformance/cases/xml.ps1): XmlDocument.Save's file
// (layout, byte-order mark) and a round trip through Load, and Invoke-RestMethod's XML answers from a
// node:http server on 127.0.0.1. Expected texts recorded from pwsh 7.6.10 against the same bodies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runInShell } from './helpers/spo-process.js';

const ROUTES: Record<string, [string | undefined, string]> = {
  '/plain.xml': ['application/xml', '<?xml version="1.0"?><r><i>1</i><i>2</i></r>'],
  '/atom': ['application/atom+xml', '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>A</title></entry><entry><id>2</id><title>B</title></entry></feed>'],
  '/rss': ['application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item><title>x</title></item><item><title>y</title></item></channel></rss>'],
  '/emptyrss': ['application/rss+xml', '<rss version="2.0"><channel><title>C</title></channel></rss>'],
  '/bad.xml': ['application/xml', '<r><i></r>'],
  '/htmlxml': ['text/html', '<r><i>1</i></r>'],
  '/ws': ['application/xml', '<?xml version="1.0"?>\n<!-- top -->\n<r>\n  <i a="1">x</i>\n  <!-- c -->\n  <i>y</i>\n</r>\n'],
  '/web': [
    'application/atom+xml;type=entry;charset=utf-8',
    '<?xml version="1.0" encoding="utf-8"?><entry xml:base="https://contoso.sharepoint.com/_api/" xmlns="http://www.w3.org/2005/Atom" xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><id>https://contoso.sharepoint.com/_api/Web</id><category term="SP.Web" scheme="http://schemas.microsoft.com/ado/2007/08/dataservices/scheme" /><title /><updated>2026-12-06T18:59:42Z</updated><content type="application/xml"><m:properties><d:Created m:type="Edm.DateTime">2020-01-01T00:00:00</d:Created><d:Title>Contoso</d:Title><d:WebTemplate>STS</d:WebTemplate></m:properties></content></entry>',
  ],
  '/lists': [
    'application/atom+xml;type=feed;charset=utf-8',
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><id>x</id><title /><entry><id>1</id><content type="application/xml"><m:properties><d:Title>Documents</d:Title><d:ItemCount m:type="Edm.Int32">4</d:ItemCount></m:properties></content></entry><entry><id>2</id><content type="application/xml"><m:properties><d:Title>Site Pages</d:Title><d:ItemCount m:type="Edm.Int32">2</d:ItemCount></m:properties></content></entry></feed>',
  ],
};

let server: http.Server;
let base = '';
before(async () => {
  server = http.createServer((req, res) => {
    const [type, body] = ROUTES[new URL(req.url ?? '/', 'http://x').pathname] ?? [undefined, ''];
    if (type) res.setHeader('Content-Type', type);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const run = (script: string) => runInShell(`$u = '${base}'; ${script}`, { width: 80 });

test('Invoke-RestMethod: an XML answer is an XmlDocument, shown and navigated as pwsh does', async () => {
  let r = await run('irm $u/plain.xml');
  assert.equal(r.err, '');
  assert.equal(r.out, '\nxml           r\n---           -\nversion="1.0" r\n\n');
  r = await run('$r = irm $u/plain.xml; $r.GetType().FullName; $r.r.i; $r.r.i.Count');
  assert.equal(r.out, 'System.Xml.XmlDocument\n1\n2\n2\n');
  // Any content type: text that reads as XML is a document (pwsh tries JSON, then XML).
  r = await run('(irm $u/htmlxml).r.i');
  assert.equal(r.out, '1\n');
});

test('Invoke-RestMethod: XML that does not parse stays text', async () => {
  const r = await run('(irm $u/bad.xml).GetType().Name; irm $u/bad.xml');
  assert.equal(r.err, '');
  assert.equal(r.out, 'String\n<r><i></r>\n');
});

test("Invoke-RestMethod: an Atom feed's entries and an RSS feed's items are written one by one", async () => {
  let r = await run('irm $u/atom | % { $_.GetType().Name + " " + $_.title }');
  assert.equal(r.out, 'XmlElement A\nXmlElement B\n');
  r = await run('irm $u/atom');
  assert.equal(r.out, '\nid title\n-- -----\n1  A\n2  B\n\n');
  r = await run('irm $u/rss | % title; @(irm $u/emptyrss).Count');
  assert.equal(r.out, 'x\ny\n0\n');
});

test("Invoke-RestMethod keeps the answer's white space (PreserveWhitespace), which is no property", async () => {
  const r = await run('$r = irm $u/ws; $r.OuterXml; $r.r; $r.PreserveWhitespace');
  assert.equal(r.out, '<?xml version="1.0"?>\n<!-- top -->\n<r>\n  <i a="1">x</i>\n  <!-- c -->\n  <i>y</i>\n</r>\n\n\ni      #comment\n-      --------\n{i, y}  c \nTrue\n\n');
});

test("SharePoint REST's Atom answers: an entry's m:properties by local name, a feed's entries", async () => {
  let r = await run('$w = irm $u/web; $w.entry.content.properties.Title; $w.entry.content.properties.Created.type; $w.entry.content.properties');
  assert.equal(r.out, 'Contoso\nEdm.DateTime\n\nCreated Title   WebTemplate\n------- -----   -----------\nCreated Contoso STS\n\n');
  r = await run('irm $u/lists | % { $_.content.properties.Title + ": " + $_.content.properties.ItemCount."#text" }');
  assert.equal(r.out, 'Documents: 4\nSite Pages: 2\n');
  r = await run('irm $u/web');
  assert.equal(r.out, '\nxml                            entry\n---                            -----\nversion="1.0" encoding="utf-8" entry\n\n');
});

test('Save writes the document indented, with a byte-order mark only when the declaration names UTF-8; Load reads it back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-xml-'));
  const plain = join(dir, 'o1.xml');
  const utf8 = join(dir, 'o2.xml');
  const r = await runInShell(
    `$x = [xml]'<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!--c--><j>t</j><e/><m>a<b>x</b>c</m></r>'; $x.Save('${plain}')
     $y = [xml]'<?xml version="1.0" encoding="utf-8"?><r><i>1</i></r>'; $y.Save('${utf8}')
     $l = [xml]'<x/>'; $l.Load('${plain}'); $l.r.i[1].b; $l.OuterXml
     $l.r.j = 'changed'; $l.Save('${plain}'); ([xml](Get-Content '${plain}')).r.j`,
  );
  assert.equal(r.err, '');
  assert.equal(r.out, 'x\n<r a="1"><i n="one">t1</i><i n="two"><b>x</b></i><!--c--><j>t</j><e /><m>a<b>x</b>c</m></r>\nchanged\n');
  assert.equal(
    readFileSync(plain, 'utf8'),
    '<r a="1">\n  <i n="one">t1</i>\n  <i n="two">\n    <b>x</b>\n  </i>\n  <!--c-->\n  <j>changed</j>\n  <e />\n  <m>a<b>x</b>c</m>\n</r>',
  );
  assert.deepEqual([...readFileSync(utf8)], [...Buffer.from('\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<r>\n  <i>1</i>\n</r>', 'utf8')]);
});

test('[xml] reads a file that starts with a byte-order mark and CRLF line ends', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-xml-'));
  const file = join(dir, 'c.xml');
  writeFileSync(file, '\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<c>\r\n  <s u="a" />\r\n  <s u="b" />\r\n</c>\r\n');
  const r = await runInShell(`Set-Location '${dir}'; [xml]$c = Get-Content ./c.xml; $c.c.s.u; $c.c.s.Count; $x = [xml](Get-Content ./c.xml -Raw); $x.c.s[1].u`);
  assert.equal(r.err, '');
  assert.equal(r.out, 'a\nb\n2\nb\n');
});
