// Which sequence point of a script PowerShell never moves to. pwsh numbers a script block's sequence
// points in the order its compiler meets them and emits no "update position" for number 0 (that is
// the position a function context starts at). A script or `-c` command has no entry extent to take
// number 0, so its first sequence point in compile order is skipped whenever it runs. Usually that is
// the first statement itself and nothing shows; but the compiler reaches an assignment's right-hand
// side before the assignment, so in `$x = 1 + $(3) + [int]'x'` the `3` takes number 0 and the error
// underlines the whole assignment, where `1 + $(3) + [int]'x'` alone underlines `3` (pwsh 7.6.10).
//
// The walk follows pwsh's Compiler (VisitAssignmentStatement, VisitPipeline, CaptureStatementResults,
// VisitParenExpression, ...) for the constructs spo-shell has; where a construct emits its position
// update without the index-0 rule (switch, while and do loops) the walk stops with nothing to skip.

import type { CommandAst, Expr, PipelineElement, Span, Statement } from '../language/ast.js';

/** A first sequence point whose update is never skipped: the walk stops with nothing to skip. */
const NONE: Span = { start: -1, end: -1 };

/** The walk found the first sequence point (its span, or NONE); undefined: none in that part. */
type Found = Span;

/** The span of the first sequence point of a top-level statement list, or undefined when none is skipped. */
export function firstSequencePoint(statements: readonly Statement[]): Span | undefined {
  const found = inList(statements);
  return found === NONE ? undefined : found;
}

/** A statement list: its traps are compiled before its statements. */
function inList(statements: readonly Statement[]): Found | undefined {
  for (const stmt of statements) {
    if (stmt.kind !== 'trap') continue;
    const found = inList(stmt.body.statements);
    if (found !== undefined) return found;
  }
  for (const stmt of statements) {
    if (stmt.kind === 'trap') continue;
    const found = inStatement(stmt);
    if (found !== undefined) return found;
  }
  return undefined;
}

function inStatement(stmt: Statement): Found | undefined {
  switch (stmt.kind) {
    case 'pipeline':
    case 'return':
      return stmt.span;
    case 'chain':
      return stmt.pipelines[0]?.span;
    case 'assignment':
      return inAssignment(stmt);
    case 'throw':
    case 'exit':
      return (stmt.value && inCaptured(stmt.value, false)) ?? stmt.span;
    case 'break':
    case 'continue':
      return (stmt.label && inExpr(stmt.label)) ?? stmt.span;
    case 'if':
      for (const clause of stmt.clauses) {
        const found = inCondition(clause.condition) ?? inList(clause.body.statements);
        if (found !== undefined) return found;
      }
      return stmt.elseBody ? inList(stmt.elseBody.statements) : undefined;
    case 'foreach':
      return stmt.iterable.span;
    case 'for':
      return stmt.init ? inCondition(stmt.init) : NONE;
    case 'try':
      return inList(stmt.body.statements);
    case 'function':
    case 'trap':
      // A function's body is compiled when it is called, with its own numbering.
      return undefined;
    default:
      // switch, while, do: their position updates are never skipped.
      return NONE;
  }
}

/** An assignment: its right-hand side is compiled before its own position update. */
function inAssignment(stmt: Extract<Statement, { kind: 'assignment' }>): Found {
  return inCaptured(stmt.value, true) ?? stmt.span;
}

/** A condition or loop initializer: a pure expression's own update comes after its parts. */
function inCondition(stmt: Statement): Found | undefined {
  const pure = pureExpressionOf(stmt);
  if (pure) return inExpr(pure) ?? stmt.span;
  return stmt.kind === 'assignment' ? inAssignment(stmt) : stmt.span;
}

/**
 * pwsh's CaptureStatementResults: a pure expression is compiled as an expression; a pipeline under
 * an assignment or parentheses has no position update of its own; anything else is a statement.
 */
function inCaptured(stmt: Statement, underAssignmentOrParen: boolean): Found | undefined {
  const pure = pureExpressionOf(stmt);
  if (pure) return inExpr(pure);
  if (stmt.kind === 'assignment') return inAssignment(stmt);
  if (stmt.kind === 'pipeline') return underAssignmentOrParen ? inElements(stmt.elements) : stmt.span;
  return inStatement(stmt);
}

function inElements(elements: readonly PipelineElement[]): Found | undefined {
  for (const el of elements) {
    const found = el.kind === 'command' ? inCommand(el) : inExpr(el.expr);
    if (found !== undefined) return found;
  }
  return undefined;
}

function inCommand(cmd: CommandAst): Found | undefined {
  const found = cmd.nameExpr && inExpr(cmd.nameExpr);
  if (found !== undefined) return found;
  for (const el of cmd.elements) {
    const arg = el.kind === 'parameter' ? el.argument : el.kind === 'argument' ? el.expr : undefined;
    const inArg = arg && inExpr(arg);
    if (inArg !== undefined) return inArg;
  }
  return undefined;
}

function inExprs(exprs: readonly Expr[]): Found | undefined {
  for (const e of exprs) {
    const found = inExpr(e);
    if (found !== undefined) return found;
  }
  return undefined;
}

function inExpr(expr: Expr): Found | undefined {
  switch (expr.kind) {
    case 'subexpression':
      return inList(expr.statements);
    case 'arraySubexpression': {
      const pure = expr.statements.length === 1 ? pureExpressionOf(expr.statements[0]!) : undefined;
      return pure ? inExpr(pure) : inList(expr.statements);
    }
    case 'paren':
      return inCaptured(expr.pipeline, true);
    case 'array':
      return inExprs(expr.elements);
    case 'hashtable':
      for (const entry of expr.entries) {
        const found = inExpr(entry.key) ?? inCaptured(entry.value, false);
        if (found !== undefined) return found;
      }
      return undefined;
    case 'expandable':
      return inExprs(expr.parts.filter((p): p is Expr => typeof p !== 'string'));
    case 'member':
      return inExpr(expr.target) ?? (expr.nameExpr && inExpr(expr.nameExpr));
    case 'invoke':
      return inExpr(expr.target) ?? (expr.nameExpr && inExpr(expr.nameExpr)) ?? inExprs(expr.args);
    case 'index':
      return inExpr(expr.target) ?? inExpr(expr.index);
    case 'unary':
    case 'cast':
      return inExpr(expr.operand);
    case 'binary':
      return inExpr(expr.left) ?? inExpr(expr.right);
    case 'ternary':
      return inExpr(expr.condition) ?? inExpr(expr.ifTrue) ?? inExpr(expr.ifFalse);
    default:
      return undefined;
  }
}

/** PipelineAst.GetPureExpression: one expression without redirections. */
export function pureExpressionOf(stmt: Statement): Expr | undefined {
  if (stmt.kind !== 'pipeline' || stmt.elements.length !== 1 || stmt.background) return undefined;
  const only = stmt.elements[0]!;
  return only.kind === 'expression' && !only.redirections?.length ? only.expr : undefined;
}
