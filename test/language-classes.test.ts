// `enum` and `class` (docs/language.md, "Enums and classes"): what the conformance corpus (area
// classes, recorded from pwsh 7.6.10) cannot express: several inputs of one console session, the
// parser's tokens for syntax colouring, and the ToString() text after a property changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { parseScript } from '../src/language/parser.js';
import { TestHost } from './helpers/test-host.js';

function session() {
  const host = new TestHost();
  const shell = new Shell({ host, commands: builtinCommandTable() });
  return { host, run: (s: string) => shell.run(s) };
}

test('a class defined at one prompt is used at the next, and defining it again replaces it', async () => {
  const { host, run } = session();
  await run(`class TestSite { [string]$Url; TestSite([string]$u) { $this.Url = $u }
  [string] Host() { return ([uri]$this.Url).Host } }`);
  await run("[TestSite]::new('https://contoso.sharepoint.com/sites/a').Host()");
  await run('enum TestTier { Low; High }');
  await run('[TestTier]::High -as [int]');
  await run('enum TestTier { Low; Mid; High }');
  await run('[int][TestTier]::High; [enum]::GetNames([TestTier]) -join ","');
  assert.equal(host.output, 'contoso.sharepoint.com\n1\n2\nLow,Mid,High\n');
  assert.equal(host.errors, '');
});

test('an overridden ToString() follows property assignments and method calls', async () => {
  const { host, run } = session();
  await run(`class TestTag { [string]$N = 'a'; [void] Set([string]$n) { $this.N = $n }
  [string] ToString() { return "<$($this.N)>" } }
$t = [TestTag]::new(); "$t"; $t.N = 'b'; "$t"; $t.Set('c'); "$t"; [string]$t`);
  assert.equal(host.output, '<a>\n<b>\n<c>\n<c>\n');
});

test('enum and class keywords and member names are tokens for colouring; a [Flags()] attribute before enum parses', () => {
  const parsed = parseScript('[Flags()] enum P { A = 1; B = 2 }\nclass C : D { hidden static [int]$n = 1; C() : base() { } }');
  assert.deepEqual(parsed.errors, []);
  const [e, c] = parsed.script.statements;
  assert.equal(e?.kind, 'enum');
  assert.equal(c?.kind, 'class');
  if (e?.kind !== 'enum' || c?.kind !== 'class') return;
  assert.deepEqual(e.attributes.map((a) => a.name), ['Flags']);
  assert.deepEqual(e.members.map((m) => m.name), ['A', 'B']);
  assert.deepEqual(c.baseTypes, ['D']);
  assert.deepEqual(c.properties.map((p) => [p.name, p.typeName, p.isStatic, p.isHidden]), [['n', 'int', true, true]]);
  assert.deepEqual(c.methods.map((m) => [m.name, m.isConstructor, m.baseArguments?.length]), [['C', true, 0]]);
});

test('an incomplete class asks for more input at the console', () => {
  assert.equal(parseScript('class C {\n  [int]$x').incomplete, true);
  assert.equal(parseScript('enum E {\n  A').incomplete, true);
});
