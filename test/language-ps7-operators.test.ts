// PowerShell 7's operators in the grammar (issue 11): how `??`, the ternary, `?.` and `?[ ]` group,
// pwsh 7.6.10's verdicts for incomplete forms, and the display tokens. What they evaluate to is in the
// conformance area ps7-operators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';
import type { Expr } from '../src/language/ast.js';

/** The expression's grouping written with parentheses, e.g. `((1 + $a) ?? 4)`. */
function shape(e: Expr): string {
  switch (e.kind) {
    case 'binary':
      return `(${shape(e.left)} ${e.op} ${shape(e.right)})`;
    case 'ternary':
      return `(${shape(e.condition)} ? ${shape(e.ifTrue)} : ${shape(e.ifFalse)})`;
    case 'member':
      return `${shape(e.target)}${e.nullConditional ? '?.' : '.'}${e.name}`;
    case 'invoke':
      return `${shape(e.target)}${e.nullConditional ? '?.' : '.'}${e.name}(${e.args.map(shape).join(', ')})`;
    case 'index':
      return `${shape(e.target)}${e.nullConditional ? '?[' : '['}${shape(e.index)}]`;
    case 'variable':
      return '$' + e.name;
    case 'number':
      return e.text;
    case 'array':
      return e.elements.map(shape).join(', ');
    default:
      return e.kind;
  }
}

function parsed(text: string): string {
  const r = parseScript(text);
  assert.deepEqual(r.errors, [], text);
  const stmt = r.script.statements[0]!;
  assert.ok(stmt.kind === 'pipeline' && stmt.elements[0]!.kind === 'expression', text);
  return shape(stmt.elements[0].expr);
}

test('?? binds looser than + and tighter than -eq, and groups to the right', () => {
  assert.equal(parsed('1 + $a ?? 4'), '((1 + $a) ?? 4)');
  assert.equal(parsed('0 -eq $a ?? 0'), '(0 -eq ($a ?? 0))');
  assert.equal(parsed('$a ?? $b ?? 7'), '($a ?? ($b ?? 7))');
  assert.equal(parsed('$a ?? 1, 2'), '($a ?? 1, 2)');
});

test('the ternary is below -and and nests to the right', () => {
  assert.equal(parsed('$x -and $y ? 1 : 2'), '(($x -and $y) ? 1 : 2)');
  assert.equal(parsed('$a ? $b ? 1 : 2 : 3'), '($a ? ($b ? 1 : 2) : 3)');
  assert.equal(parsed('$a ? 1 : $b ? 2 : 3'), '($a ? 1 : ($b ? 2 : 3))');
  assert.equal(parsed('$a ?\n 1 :\n 2'), '($a ? 1 : 2)');
});

test('?. and ?[ ] mark only their own step; $a?.b is the variable a?', () => {
  assert.equal(parsed('${a}?.b.c'), '$a?.b.c');
  assert.equal(parsed('${a}?[0][1]'), '$a?[0][1]');
  assert.equal(parsed('${a}?.M(1)'), '$a?.M(1)');
  assert.equal(parsed('$a?.b'), '$a?.b');
  assert.equal(parsed('$a.b'), '$a.b');
});

test('incomplete forms: pwsh 7.6.10 errors, positions and incomplete flags', () => {
  const cases: Array<[string, string, string, number, boolean]> = [
    ['$a ?', 'ExpectedValueExpression', "You must provide a value expression following the '?' operator.", 4, true],
    ['$a ? 1', 'MissingColonInTernaryExpression', "Missing ':' in the ternary expression.", 7, true],
    ['$a ? 1 2', 'MissingColonInTernaryExpression', "Missing ':' in the ternary expression.", 7, true],
    ['$a ? 1 :', 'ExpectedValueExpression', "You must provide a value expression following the ':' operator.", 8, true],
    ['$a ? 1 : ;', 'ExpectedValueExpression', "You must provide a value expression following the ':' operator.", 8, false],
    ['$a ??', 'ExpectedValueExpression', "You must provide a value expression following the '??' operator.", 5, true],
    ['$a ?? ;', 'ExpectedValueExpression', "You must provide a value expression following the '??' operator.", 5, false],
    ['$a ??=', 'ExpectedValueExpression', "You must provide a value expression following the '??=' operator.", 6, true],
    ['${a}?.', 'MissingPropertyName', 'Missing property name after reference operator.', 6, true],
    ['${a} ?.Length', 'ExpectedValueExpression', "You must provide a value expression following the '?' operator.", 6, false],
  ];
  for (const [text, id, message, at, incomplete] of cases) {
    const r = parseScript(text);
    assert.equal(r.errors[0]?.errorId, id, text);
    assert.equal(r.errors[0]?.message, message, text);
    assert.equal(r.errors[0]?.span.start, at, text);
    assert.equal(r.incomplete, incomplete, text);
  }
});

test('display tokens: the new operators are operators, ? after | is still a command', () => {
  const tokens = (text: string) => {
    const stream = tokenize(text);
    const out: string[] = [];
    for (let i = 0; i < stream.count; i++) if (stream.kind(i) !== 'eof' && stream.kind(i) !== 'newline') out.push(`${stream.kind(i)}:${text.slice(stream.start(i), stream.end(i))}`);
    return out;
  };
  assert.deepEqual(tokens('$a ?? 1'), ['variable:$a', 'operator:??', 'number:1']);
  assert.deepEqual(tokens('$b ??= 3'), ['variable:$b', 'operator:??=', 'number:3']);
  assert.deepEqual(tokens("$t ? 'y' : 'n'"), ['variable:$t', 'operator:?', "string:'y'", 'operator::', "string:'n'"]);
  assert.deepEqual(tokens('${x}?.Length'), ['variable:${x}', 'operator:?', 'generic:Length']);
  assert.deepEqual(tokens('1 | ? { $_ }').slice(0, 3), ['number:1', 'operator:|', 'generic:?']);
});
