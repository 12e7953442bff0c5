// What may be assigned (`x = …`) or stepped (`++x`, `x--`), and which part the parse error underlines.
//
// pwsh accepts a variable, a property or an element, also through parentheses that hold one expression
// (`($x) = 3`, `++($h.a)`) and under casts (`[int]$x = 3`, `++[int]$x`, `[int]($x) = 4`); `=` also takes
// a list of such targets (`$a, ($b) = 1, 2`). Its error underlines the innermost part that is none of
// these: `++([int]1)` underlines `1`, `((1)) = 3` the `1`, `(gci) = 1` the `gci` (pwsh 7.6.10).
import { PipelineNode, type Expr, type Span, type Statement } from './ast.js';

/**
 * The span of the part of `target` that cannot be assigned, or undefined when all of it can.
 * `list`: a comma list of targets is allowed (plain `=`), each element checked the same way.
 */
export function unassignableSpan(target: Expr, list: boolean): Span | undefined {
  switch (target.kind) {
    case 'variable':
    case 'member':
    case 'index':
      return undefined;
    case 'cast':
      return unassignableSpan(target.operand, false);
    case 'paren': {
      const inner = soleExpressionOf(target.pipeline);
      return inner ? unassignableSpan(inner, list) : target.pipeline.span;
    }
    case 'array':
      if (!list) return target.span;
      for (const element of target.elements) {
        const bad = unassignableSpan(element, false);
        if (bad) return bad;
      }
      return undefined;
    default:
      return target.span;
  }
}

/** The expression a `( )` holds when it is one expression (no command, no assignment, no redirection), else undefined. */
export function soleExpressionOf(stmt: Statement): Expr | undefined {
  if (stmt instanceof PipelineNode) return stmt.redirectsSoleExpression() ? undefined : stmt.soleExpression();
  if (stmt.kind !== 'pipeline' || stmt.elements.length !== 1) return undefined;
  const element = stmt.elements[0]!;
  return element.kind === 'expression' && !element.redirections ? element.expr : undefined;
}

/** The expression a target stores into, under its casts and parentheses (`[string][int]($x)`: `$x`). */
export function storedTarget(target: Expr): Expr | undefined {
  let inner: Expr | undefined = target;
  while (inner?.kind === 'cast' || inner?.kind === 'paren') inner = inner.kind === 'cast' ? inner.operand : soleExpressionOf(inner.pipeline);
  return inner;
}
