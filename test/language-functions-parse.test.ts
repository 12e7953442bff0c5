// Script blocks, functions, param( ), using namespace and #Requires: the parser's verdict on each
// script matches PowerShell 7.6.10's (error id, extent, message, whether more input could fix it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseScript } from '../src/language/parser.js';
import { functionParseVerdicts } from './fixtures/functions-parse-verdicts.js';

for (const row of functionParseVerdicts) {
  test(`parse verdict as pwsh: ${JSON.stringify(row.script).slice(0, 90)}`, () => {
    const { errors, incomplete } = parseScript(row.script);
    if (!row.errorId) {
      assert.deepEqual(errors.map((e) => e.message), []);
      return;
    }
    const e = errors[0];
    assert.ok(e, 'a parse error');
    assert.deepEqual(
      { errorId: e.errorId, start: e.span.start, end: e.span.end, message: e.message, incomplete },
      { errorId: row.errorId, start: row.start, end: row.end, message: row.message, incomplete: row.incomplete },
    );
  });
}

test('a script block keeps its text, its param block and its named blocks', () => {
  const { script, errors } = parseScript("$sb = {\n  [CmdletBinding()]\n  param([Parameter(Mandatory, Position = 0)][ValidateSet('a', 'b')][string]$x = 'a', $y)\n  begin { 1 }\n  process { $_ }\n}");
  assert.deepEqual(errors, []);
  const stmt = script.statements[0]!;
  assert.equal(stmt.kind, 'assignment');
  const value = stmt.kind === 'assignment' && stmt.value.kind === 'pipeline' ? stmt.value.elements[0] : undefined;
  assert.ok(value?.kind === 'expression' && value.expr.kind === 'scriptBlock');
  const block = value.expr.block;
  assert.ok(block.text.startsWith('\n  [CmdletBinding()]') && block.text.endsWith('process { $_ }\n'));
  assert.deepEqual(block.attributes.map((a) => a.name), ['CmdletBinding']);
  assert.deepEqual(block.parameters?.map((p) => [p.name, p.typeName, p.attributes.map((a) => a.name)]), [
    ['x', 'string', ['Parameter', 'ValidateSet']],
    ['y', undefined, []],
  ]);
  const parameter = block.parameters![0]!.attributes[0]!;
  assert.deepEqual(parameter.named.map((n) => [n.name, n.value?.kind]), [['Mandatory', undefined], ['Position', 'number']]);
  assert.deepEqual(Object.keys(block.blocks), ['begin', 'process']);
  assert.equal(block.named, true);
});

test('function(...) parameters, filters, dot-sourcing and #Requires lines', () => {
  const { script, errors } = parseScript('#Requires -Version 5.1 -Modules Microsoft.Online.SharePoint.PowerShell\nfunction global:Get-X([int]$a, $b = 2) { $a }\nfilter F { $_ }\n. { 1 }');
  assert.deepEqual(errors, []);
  const [f, g, dot] = script.statements;
  assert.ok(f?.kind === 'function' && g?.kind === 'function');
  assert.equal(f.name, 'global:Get-X');
  assert.deepEqual(f.body.parameters?.map((p) => p.name), ['a', 'b']);
  assert.equal(g.isFilter, true);
  assert.ok(dot?.kind === 'pipeline' && dot.elements[0]!.kind === 'command' && dot.elements[0]!.dotSource === true);
  assert.deepEqual(script.block?.requires.map((r) => [r.parameter, r.values]), [
    ['version', ['5.1']],
    ['modules', ['Microsoft.Online.SharePoint.PowerShell']],
  ]);
});
