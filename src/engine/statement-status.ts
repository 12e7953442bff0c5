// Which statements set $? to True when they finish without a terminating error, whatever the commands
// inside them did. pwsh's compiler adds that setting after a statement whose value is an expression,
// unless the expression is only a wrapper ( ( ), $( ), @( ) ) around commands, which set $? themselves.
// Checked with pwsh 7.6.10:
//   [void](Write-Error m 2>&1); $?                   True   (a cast)
//   $PSCmdlet.WriteError($e); $?                     True   (a method call)
//   -not (Write-Error m -ea 0); $?                   True
//   (Write-Error m -ea 0); $?                        False  (parentheses around a command)
//   $(Write-Error m -ea 0); $?  @(Write-Error …)     False
//   @([void](Write-Error m -ea 0)); $?               True   (@( ) of one statement: that statement decides)
//   $x = $y = [int](Write-Error m -ea 0); $?         True   (an assignment: its innermost value decides)
//   $x = Write-Error m -ea 0; $?                     False

import type { Expr, Statement } from '../language/ast.js';

/**
 * Statements that leave $? as their inside set it: control flow and function definitions (pwsh's
 * compiler sets $? only after a pipeline or an assignment; a command sets it when its pipeline ends).
 * pwsh 7.6.10: `Get-Item nosuch 2>$null; while ($false) {}; $?` is False, so is `...; function f {}; $?`,
 * and `pwsh -c` then exits 1.
 */
export function leavesSuccess(stmt: Statement): boolean {
  return stmt.kind !== 'pipeline' && stmt.kind !== 'assignment' && stmt.kind !== 'chain';
}

/** Whether $? is True after `stmt` completes (without a terminating error), regardless of its commands. */
export function setsSuccess(stmt: Statement): boolean {
  if (stmt.kind === 'pipeline') {
    const only = stmt.elements.length === 1 ? stmt.elements[0]! : undefined;
    // A single expression (redirections allowed) may set it; a command sets $? itself.
    return only?.kind === 'expression' ? expressionSetsSuccess(only.expr) : false;
  }
  if (stmt.kind === 'assignment') {
    let value: Statement = stmt.value;
    while (value.kind === 'assignment') value = value.value;
    return setsSuccess(value);
  }
  return false;
}

function expressionSetsSuccess(expr: Expr): boolean {
  switch (expr.kind) {
    case 'paren':
      return setsSuccess(expr.pipeline);
    case 'subexpression':
      return expr.statements.length === 0;
    case 'arraySubexpression': {
      const statements = expr.statements;
      if (statements.length === 0) return true;
      if (statements.length === 1) return setsSuccess(statements[0]!);
      return false;
    }
    default:
      return true;
  }
}
