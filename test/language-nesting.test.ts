// Issue 13 item 2 (parser side): deep nesting and long chains get a clean PowerShell error or
// parse, never a JavaScript RangeError, at any depth.
//
// What PowerShell 7.6.10 does (recorded from /root/.cache/spo-shell/pwsh-7.6.10/pwsh):
// - [Parser]::ParseInput on N nested `(`, `@(`, `$(`, `@{a=`, `"$(`: no error at N = 100 and 1,000
//   (3,000 `(` also ran, printing 1); at 5,000 to 100,000 the first error is
//     ScriptTooComplicated: Processing was stopped because the script is too complex.
//   at a depth that depends on the stack (one run: `(` at offset 3,935 of 5,000, another run
//   parsed 10,000 `(` cleanly; at 100,000: `(` at offset 11,458, `@(`/`$(` at 17,782, `@{a=` at
//   35,564). 50,000 `!` before 1 gives the same error.
// - `pwsh -File` on 10,000 or 100,000 nested `(` ended the process ("Process terminated. Object
//   reference not set to an instance of an object." from AstSearcher.IsUsingDollarInput).
// - `$a` followed by 5,000 `[0]`, and `$a` followed by 5,000 `.b`, parse cleanly (the index
//   chain ran and printed 1); `1` followed by 50,000 `+1` parses cleanly, but running it ended
//   pwsh with "Stack overflow." in Compiler.VisitBinaryExpression (repeated 9,319 times).
// spo-shell stops at a fixed depth (MAX_NESTING_DEPTH) with the same error id and message, in
// every mode, and parses chains with loops (docs/language.md lists the deviation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../src/language/parser.js';
import { tokenize } from '../src/language/tokenizer.js';
import { MAX_NESTING_DEPTH } from '../src/language/scanner.js';
import { runSpo } from './helpers/spo-process.js';

const TOO_COMPLEX = 'Processing was stopped because the script is too complex.';

/** Each nesting form: its opening and closing text around the innermost `1`. */
const FORMS: Array<[name: string, open: string, close: string, prefix?: string]> = [
  ['( )', '(', ')'],
  ['@( )', '@(', ')'],
  ['$( )', '$(', ')'],
  ['@{a= }', '@{a=', '}'],
  ['"$( )"', '"$(', ')"'],
  ['$a[ ]', '$a[', ']'],
  ['method call', '$a.b(', ')'],
  ['!', '!', ''],
  // After `0+`, so that the line starts as an expression rather than a command named `-`.
  ['unary -', '- ', '', '0+'],
  ['cast', '[int]', ''],
  ['chained assignment', '$a = ', ''],
];

const nested = (open: string, close: string, depth: number, prefix = '') => prefix + open.repeat(depth) + '1' + close.repeat(depth);

for (const [name, open, close, prefix = ''] of FORMS) {
  test(`${name} nested ${MAX_NESTING_DEPTH} deep parses`, () => {
    const r = parseScript(nested(open, close, MAX_NESTING_DEPTH, prefix));
    assert.deepEqual(r.errors, []);
  });

  for (const depth of [10_000, 100_000]) {
    test(`${name} nested ${depth} deep is PowerShell's ScriptTooComplicated, not a RangeError`, () => {
      const text = nested(open, close, depth, prefix);
      const r = parseScript(text);
      assert.equal(r.errors.length, 1);
      assert.equal(r.errors[0].errorId, 'ScriptTooComplicated');
      assert.equal(r.errors[0].message, TOO_COMPLEX);
      assert.equal(r.incomplete, false, 'more input cannot fix it: no >> prompt');
      // The error points into the construct one past the limit.
      const at = r.errors[0].span.start;
      const limitAt = prefix.length + open.length * MAX_NESTING_DEPTH;
      assert.ok(at >= limitAt && at < limitAt + open.length, `error at ${at}`);
      // Syntax colouring of the same line survives too.
      assert.ok(tokenize(text).count > MAX_NESTING_DEPTH);
    });
  }
}

test('the limit is the same wherever the parser is called from (a deep caller stack)', () => {
  const text = nested('(', ')', 10_000);
  const deep = (n: number): ReturnType<typeof parseScript> => (n === 0 ? parseScript(text) : deep(n - 1));
  assert.equal(deep(2_000).errors[0]?.errorId, 'ScriptTooComplicated');
});

/** The depth of the left spine of a chain: the evaluator walks it (reported to the lead). */
function leftDepth(expr: unknown): number {
  let depth = 0;
  let e = expr as { kind: string; left?: unknown; target?: unknown };
  while (e && (e.kind === 'binary' || e.kind === 'index' || e.kind === 'member' || e.kind === 'invoke')) {
    depth++;
    e = (e.kind === 'binary' ? e.left : e.target) as typeof e;
  }
  return depth;
}

const firstExpr = (text: string) => {
  const r = parseScript(text);
  assert.deepEqual(r.errors, []);
  const s = r.script.statements.at(-1)!;
  assert.equal(s.kind, 'pipeline');
  const el = s.kind === 'pipeline' ? s.elements[0] : undefined;
  assert.equal(el?.kind, 'expression');
  return el?.kind === 'expression' ? el.expr : undefined;
};

test('long chains parse with loops: 5,000 [0], 50,000 +1, 50,000 .b, 20,000 .b(), 50,000 ..', () => {
  assert.equal(leftDepth(firstExpr('$a = ,1; $a' + '[0]'.repeat(5_000))), 5_000);
  assert.equal(leftDepth(firstExpr('1' + '+1'.repeat(50_000))), 50_000);
  assert.equal(leftDepth(firstExpr('$a' + '.b'.repeat(50_000))), 50_000);
  assert.equal(leftDepth(firstExpr('$a' + '.b()'.repeat(20_000))), 20_000);
  assert.equal(leftDepth(firstExpr('1' + '..1'.repeat(50_000))), 50_000);
  // Mixed precedence keeps PowerShell's grouping: 1*2+3-4 is ((1*2)+3)-4.
  const e = firstExpr('1*2+3-4');
  assert.ok(e?.kind === 'binary' && e.op === '-' && e.left.kind === 'binary' && e.left.op === '+' && e.left.left.kind === 'binary' && e.left.left.op === '*');
});

test('spo -c with 10,000 nested ( prints the parse error and exits 1', async () => {
  const r = await runSpo(['-c', nested('(', ')', 10_000)]);
  assert.equal(r.code, 1);
  const shown = r.stdout + r.stderr;
  assert.match(shown, /ParserError:/);
  assert.match(shown, new RegExp(TOO_COMPLEX.replace(/\./g, '\\.')));
  assert.doesNotMatch(shown, /RangeError|Maximum call stack|internal error|at .*\.js:\d+/);
});
