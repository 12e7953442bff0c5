// Does a line read as a command, or could it be a secret typed (or pasted) ahead of the prompt that
// asks for it? The console asks this about the line waiting behind a password prompt: a pasted
// documentation example (`$password = Read-Host -AsSecureString` followed by `$cred = New-Object …`)
// must go on running, while a pasted password (`Summer2026!`) must never run, be echoed or be stored.
// The test errs towards "secret": only lines that plainly do something count as commands.

import { parseScript } from '../language/parser.js';
import type { Expr, Statement } from '../language/ast.js';

/** Keywords that begin a statement spanning several lines (the first line of a pasted block). */
const OPENING_KEYWORD = /^\s*(if|elseif|else|foreach|for|while|do|switch|try|trap|function|filter|param|begin|process|end)\b/i;
/** `$name =`, `$name +=`, `[type]$name =`, `$a.b =` at the start of a line. */
const ASSIGNMENT_START = /^\s*(\[[\w.\[\]`, ]+\]\s*)*\$[\w:{}?.]+\s*([-+*/%]|\?\?)?=/;

export function readsAsCommand(line: string, isCommandName: (name: string) => boolean): boolean {
  const text = line.trim();
  if (!text) return false;
  const parsed = parseScript(text);
  if (parsed.incomplete) {
    // The start of a multi-line block: a statement keyword, an assignment, or a known command.
    if (OPENING_KEYWORD.test(text) || ASSIGNMENT_START.test(text)) return true;
    const first = /^[^\s|;(){}]+/.exec(text)?.[0];
    return first !== undefined && isCommandName(first);
  }
  if (parsed.errors.length) return false;
  const statement = parsed.script.statements[0];
  return statement !== undefined && statementDoesSomething(statement, isCommandName);
}

function statementDoesSomething(statement: Statement, isCommandName: (name: string) => boolean): boolean {
  if (statement.kind !== 'pipeline') return true; // assignment, function, flow, throw, exit
  const first = statement.elements[0];
  if (!first) return false;
  // Every command named must exist: an unknown one would print the line back in its error.
  const known = statement.elements.every((e) => e.kind !== 'command' || e.nameExpr !== undefined || isCommandName(e.name));
  if (!known) return false;
  if (first.kind === 'command') return true;
  // A lone value (`$ecret`, `123456`, `'text'`) does nothing but echo itself; a pipeline or a
  // method call, cast or subexpression does work.
  return statement.elements.length > 1 || !isBareValue(first.expr);
}

function isBareValue(expr: Expr): boolean {
  switch (expr.kind) {
    case 'string':
    case 'expandable':
    case 'number':
    case 'variable':
      return true;
    case 'unary':
      // ++ and -- (prefix or postfix) assign; a sign or -not only shows a value.
      return !/\+\+|--/.test(expr.op) && isBareValue(expr.operand);
    case 'array':
      return expr.elements.every(isBareValue);
    case 'binary':
      return isBareValue(expr.left) && isBareValue(expr.right);
    case 'ternary':
      return isBareValue(expr.condition) && isBareValue(expr.ifTrue) && isBareValue(expr.ifFalse);
    default:
      return false;
  }
}
