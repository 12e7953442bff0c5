// Control-flow statement rules (PowerShell's Parser.cs: IfStatementRule, ForeachStatementRule,
// ForStatementRule, WhileStatementRule, DoWhileStatementRule, SwitchStatementRule,
// TryStatementRule, TrapStatementRule, BreakContinueStatementRule, ReturnStatementRule,
// LabeledStatementRule) and the `{ statements }` block they share. parser.ts enters each rule in
// its STATEMENT_RULES table; function/script-block rules reuse parseStatementBlock.
//
// Errors follow pwsh 7.6.10: input that ends too early is reported at the end of the last token
// (an empty extent), and is `incomplete` (the console's `>> `) only when no newline follows it.

import { ForeachNode, IfNode, StatementBlockNode, WhileNode, type CatchClause, type Expr, type Span, type Statement, type StatementBlock, type SwitchClause, type SwitchFlags } from './ast.js';
import { ParserStrings, type ParserString } from './parser-strings.js';
import { TypeDefinitionParser } from './parser-types.js';
import { exactList, groupOpen } from './scanner.js';
import { ASCII, END, endsGenericTokenCode, isAsciiLetterCode, isDash, isNewline, onlyBlanksAndCommentsAfter } from './chars.js';
import { KEYWORD_TOKEN, OPERATOR_TOKEN, PARAMETER_TOKEN } from './tokens.js';

/** Keywords that start a statement which cannot be an operand (`1 + if …` is an error). */
const FLOW_KEYWORDS: ReadonlySet<string> = new Set([
  'if', 'foreach', 'for', 'while', 'do', 'switch', 'try', 'trap', 'break', 'continue', 'return', 'throw', 'exit',
]);
const LOOP_KEYWORDS: ReadonlySet<string> = new Set(['foreach', 'for', 'while', 'do', 'switch']);
const SWITCH_FLAGS = ['regex', 'wildcard', 'exact', 'casesensitive', 'file', 'parallel'] as const;

/**
 * Statements that end with `}` (and `break label`): another statement may follow on the same
 * line without `;`, as in pwsh (`if ($x) { } 1`, `break x y` is `break x` then `y`).
 */
export function needsNoSeparator(stmt: Statement): boolean {
  switch (stmt.kind) {
    case 'break':
    case 'continue':
      return stmt.label !== undefined;
    case 'if':
    case 'foreach':
    case 'for':
    case 'while':
    case 'doLoop':
    case 'switch':
    case 'try':
    case 'trap':
      return true;
    default:
      return false;
  }
}

function isLabelCode(c: number): boolean {
  return isAsciiLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
}

export abstract class FlowParser extends TypeDefinitionParser {
  protected abstract parsePipelineOrAssignment(): Statement;
  protected abstract parseCommandArgument(): Expr;

  // ---- shared pieces -------------------------------------------------------------------------

  /** Only blanks and comments after the last token, no line break: more lines could complete the statement. */
  protected incompleteHere(): boolean {
    return onlyBlanksAndCommentsAfter(this.src, this.endOfLastToken());
  }

  /** Fails at the end of the last token (pwsh's empty extent for input that stops too early). */
  protected failAfterLast(entry: ParserString, ...args: string[]): never {
    const at = this.endOfLastToken();
    this.fail(entry, at, at, this.incompleteHere(), ...args);
  }

  /** The word at pos is `word` (any case) used as a keyword. */
  protected atKeyword(word: string): boolean {
    return this.peekWordLength() === word.length && this.isKeywordUse(word.length) && this.src.slice(this.pos, this.pos + word.length).toLowerCase() === word;
  }

  /** A keyword is used as one when it stands alone or is followed by `(`, `{`, `$` or a quote. */
  protected isKeywordUse(length: number): boolean {
    // endsGenericToken and isQuote by code and the class table (asked of most statements' first word; issue 14).
    const a = this.src.charCodeAt(this.pos + length);
    if (a < 128) return (ASCII[a]! & END) !== 0 || a === 40 || a === 123 || a === 36 || a === 39 || a === 34;
    return endsGenericTokenCode(a) || (a >= 0x2018 && a <= 0x201e);
  }

  protected override atStatementKeyword(): boolean {
    // Called before every operand of a binary operator: the word is sliced only when it may be a keyword.
    const length = this.peekWordLength();
    return length > 0 && this.isKeywordUse(length) && FLOW_KEYWORDS.has(this.src.slice(this.pos, this.pos + length).toLowerCase());
  }

  private keyword(length: number): number {
    const start = this.pos;
    if (this.recordTokens) this.token(KEYWORD_TOKEN, start, start + length);
    else this.lastTokenEnd = start + length;
    this.pos += length;
    return start;
  }

  private unexpectedHere(): never {
    const start = this.pos;
    let end = start + 1;
    while (end < this.src.length && !endsGenericTokenCode(this.src.charCodeAt(end))) end++;
    this.fail(ParserStrings.UnexpectedToken, start, end, false, this.src.slice(start, end));
  }

  /**
   * `{ statements }` at pos (the caller has checked the `{`): a statement body, where newlines
   * separate statements again even inside parentheses.
   */
  parseStatementBlock(): StatementBlock {
    const start = this.pos;
    const group = this.openGroup(1, 'separators');
    const statements = this.parseStatementList('}');
    if (!this.closeGroup(group, '}')) this.fail(ParserStrings.MissingEndCurlyBrace, start, start + 1, (this.pos >= this.src.length));
    return new StatementBlockNode(statements, start, this.pos);
  }

  /** Skips blanks and newlines; the block at pos, or `missing` when there is none. */
  private blockOr(missing: () => never): StatementBlock {
    this.skipTrivia(true);
    if (this.src[this.pos] !== '{') missing();
    return this.parseStatementBlock();
  }

  /**
   * `( pipeline )` at pos, newlines being blanks inside. `empty` reports `()`/`(` at the end,
   * `unclosed` a missing `)` at the end of the input; other text before `)` is an unexpected token.
   */
  private parenthesized(empty: (at: number, incomplete: boolean) => never, unclosed: () => never): { value: Statement; close: Span } {
    const group = this.openGroup(1, 'blanks');
    if ((this.pos >= this.src.length) || this.src[this.pos] === ')') empty(groupOpen(group) + 1, (this.pos >= this.src.length));
    const value = this.parseStatement();
    if (!this.closeGroup(group, ')')) {
      if (this.pos >= this.src.length) unclosed();
      this.unexpectedHere();
    }
    return { value, close: { start: this.pos - 1, end: this.pos } };
  }

  /** The `(` after a keyword (blanks and newlines may come between), else `missing`. */
  private openParenOr(missing: () => never): void {
    this.skipTrivia(true);
    if (this.src[this.pos] !== '(') missing();
  }

  // ---- if ------------------------------------------------------------------------------------

  parseIf(): Statement {
    const start = this.pos;
    const clauses: Array<{ condition: Statement; body: StatementBlock }> = [];
    let keyword = 'if';
    let elseBody: StatementBlock | undefined;
    for (;;) {
      this.keyword(keyword.length);
      this.openParenOr(() => this.failAfterLast(ParserStrings.MissingOpenParenthesisInIfStatement, keyword));
      const { value: condition, close } = this.parenthesized(
        (at, inc) => this.fail(ParserStrings.IfStatementMissingCondition, at, at, inc, keyword),
        () => this.failAfterLast(ParserStrings.MissingEndParenthesisAfterStatement, keyword),
      );
      const body = this.blockOr(() => this.fail(ParserStrings.MissingStatementBlock, close.start, close.end, this.incompleteHere(), keyword));
      clauses.push({ condition, body });
      const mark = this.tokenMark();
      const back = this.pos;
      this.skipTrivia(true);
      if (this.atKeyword('elseif')) {
        keyword = 'elseif';
        continue;
      }
      if (this.atKeyword('else')) {
        this.keyword(4);
        elseBody = this.blockOr(() => this.failAfterLast(ParserStrings.MissingStatementBlockAfterElse));
      } else {
        this.pos = back;
        this.resetTokens(mark);
      }
      return new IfNode(exactList(clauses), elseBody, start, this.pos);
    }
  }

  // ---- loops ---------------------------------------------------------------------------------

  /** `:label` at pos: the loop after it carries the label; before anything else it is ignored. */
  parseLabeledStatement(): Statement {
    const start = this.pos;
    let end = start + 1;
    while (end < this.src.length && isLabelCode(this.src.charCodeAt(end))) end++;
    const label = this.src.slice(start + 1, end);
    this.token(KEYWORD_TOKEN, start, end);
    this.pos = end;
    this.skipTrivia(false);
    const word = this.peekWord()?.toLowerCase();
    if (word && LOOP_KEYWORDS.has(word) && this.isKeywordUse(word.length)) return this.parseLoop(word, label, start);
    const c = this.src[this.pos];
    if (c === undefined || c === ';' || isNewline(c) || c === '}' || c === ')') {
      // A label before nothing: a statement that does nothing, as in PowerShell.
      return { kind: 'if', clauses: [], span: { start, end: this.pos } };
    }
    return this.parseStatement();
  }

  parseLoop(keyword: string, label?: string, start = this.pos): Statement {
    switch (keyword) {
      case 'foreach':
        return this.parseForeach(label, start);
      case 'for':
        return this.parseFor(label, start);
      case 'while':
        return this.parseWhile(label, start);
      case 'do':
        return this.parseDo(label, start);
      default:
        return this.parseSwitch(label, start);
    }
  }

  /** `-parallel` after foreach/switch is reserved in pwsh; spo-shell reports it the same way. */
  private failReservedParallel(keyword: string, start: number): void {
    if (!isDash(this.src[this.pos])) return;
    const w = this.src.slice(this.pos + 1, this.pos + 9);
    if (w.toLowerCase() === 'parallel' && !isLabelCode(this.src.charCodeAt(this.pos + 9))) {
      this.fail(ParserStrings.KeywordParameterReservedForFutureUse, start, this.pos + 9, false, keyword, 'parallel');
    }
  }

  private parseForeach(label: string | undefined, start: number): Statement {
    this.keyword(7);
    this.skipTrivia(true);
    this.failReservedParallel('foreach', start);
    if (this.src[this.pos] !== '(') this.failAfterLast(ParserStrings.MissingOpenParenthesisAfterKeyword, 'foreach');
    const group = this.openGroup(1, 'blanks');
    const n = this.src.charCodeAt(this.pos + 1);
    if (this.src[this.pos] !== '$' || n === 40 /* ( */ || !this.isVariableStart(this.pos)) this.failAfterLast(ParserStrings.MissingVariableNameAfterForeach);
    const variable = this.scanDollar(false);
    if (variable.kind !== 'variable') this.failAfterLast(ParserStrings.MissingVariableNameAfterForeach);
    this.skipTrivia(true);
    if (!this.atKeyword('in')) this.failAfterLast(ParserStrings.MissingInInForeach);
    this.keyword(2);
    this.skipTrivia(true);
    if ((this.pos >= this.src.length) || this.src[this.pos] === ')') this.failAfterLast(ParserStrings.MissingForeachExpression);
    const iterable = this.parseStatement();
    if (!this.closeGroup(group, ')')) {
      if (this.pos >= this.src.length) this.failAfterLast(ParserStrings.MissingEndParenthesisAfterForeach);
      this.unexpectedHere();
    }
    const body = this.blockOr(() => this.failAfterLast(ParserStrings.MissingForeachStatement));
    return new ForeachNode(label, variable, iterable, body, start, this.pos);
  }

  private parseFor(label: string | undefined, start: number): Statement {
    this.keyword(3);
    this.openParenOr(() => this.failAfterLast(ParserStrings.MissingOpenParenthesisAfterKeyword, 'for'));
    // Inside the header `;` or a newline ends each part, as between statements.
    const group = this.openGroup(1, 'separators');
    const parts: Array<Statement | undefined> = [];
    const unclosed = (): never => this.failAfterLast(ParserStrings.MissingEndParenthesisAfterStatement, 'for');
    while (parts.length < 3) {
      this.skipTrivia(true);
      if (this.pos >= this.src.length) unclosed();
      if (this.src[this.pos] === ')') break;
      if (this.src[this.pos] === ';') {
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
        parts.push(undefined);
        continue;
      }
      parts.push(this.parseStatement());
      this.skipTrivia(false);
      const c = this.src[this.pos];
      if (c === ';' && parts.length < 3) {
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
      } else if (c === ')' || isNewline(c) || parts.length === 3) {
        continue;
      } else if (c === undefined) {
        unclosed();
      } else {
        this.unexpectedHere();
      }
    }
    this.skipTrivia(true);
    if (!this.closeGroup(group, ')')) unclosed();
    const body = this.blockOr(() => this.failAfterLast(ParserStrings.MissingLoopStatement, 'for'));
    const [init, condition, step] = parts;
    return { kind: 'for', label, init, condition, step, body, span: { start, end: this.pos } };
  }

  /** `( condition )` of while, do-while and do-until. */
  private loopCondition(keyword: string): Statement {
    this.openParenOr(() => this.failAfterLast(ParserStrings.MissingOpenParenthesisAfterKeyword, keyword));
    return this.parenthesized(
      (at, inc) => this.fail(ParserStrings.MissingExpressionAfterKeyword, at, at, inc, keyword),
      () => this.failAfterLast(ParserStrings.MissingEndParenthesisAfterStatement, keyword),
    ).value;
  }

  private parseWhile(label: string | undefined, start: number): Statement {
    this.keyword(5);
    const condition = this.loopCondition('while');
    const body = this.blockOr(() => this.failAfterLast(ParserStrings.MissingLoopStatement, 'while'));
    return new WhileNode(label, condition, body, start, this.pos);
  }

  private parseDo(label: string | undefined, start: number): Statement {
    this.keyword(2);
    const body = this.blockOr(() => this.failAfterLast(ParserStrings.MissingLoopStatement, 'do'));
    const mark = this.tokenMark();
    const back = this.pos;
    this.skipTrivia(true);
    const until = this.atKeyword('until');
    if (!until && !this.atKeyword('while')) {
      this.pos = back;
      this.resetTokens(mark);
      this.skipTrivia(true);
      this.failAfterLast(ParserStrings.MissingWhileOrUntilInDoWhile);
    }
    this.keyword(5);
    const condition = this.loopCondition(until ? 'until' : 'while');
    return { kind: 'doLoop', label, until, body, condition, span: { start, end: this.pos } };
  }

  private parseSwitch(label: string | undefined, start: number): Statement {
    this.keyword(6);
    const flags: SwitchFlags = { regex: false, wildcard: false, exact: false, caseSensitive: false };
    for (;;) {
      this.skipTrivia(true);
      if (!isDash(this.src[this.pos])) break;
      this.failReservedParallel('switch', start);
      const dash = this.pos;
      let end = dash + 1;
      while (end < this.src.length && !endsGenericTokenCode(this.src.charCodeAt(end)) && this.src[end] !== '(') end++;
      const word = this.src.slice(dash + 1, end);
      const flag = word ? SWITCH_FLAGS.find((f) => f.startsWith(word.toLowerCase())) : undefined;
      if (!flag) this.fail(ParserStrings.InvalidSwitchFlag, dash, end, false, word);
      if (flag === 'file') this.fail(ParserStrings.UnsupportedSwitchFile, dash, end);
      this.token(PARAMETER_TOKEN, dash, end);
      this.pos = end;
      if (flag === 'regex') flags.regex = true;
      else if (flag === 'wildcard') flags.wildcard = true;
      else if (flag === 'exact') flags.exact = true;
      else flags.caseSensitive = true;
    }
    if (this.src[this.pos] !== '(') this.failAfterLast(ParserStrings.PipelineValueRequired);
    const { value } = this.parenthesized(
      (at, inc) => this.fail(ParserStrings.PipelineValueRequired, at, at, inc),
      () => this.failAfterLast(ParserStrings.MissingEndParenthesisInSwitchStatement),
    );
    this.skipTrivia(true);
    if (this.src[this.pos] !== '{') this.failAfterLast(ParserStrings.MissingCurlyBraceInSwitchStatement);
    const group = this.openGroup(1, 'separators');
    const open = groupOpen(group);
    const unclosed = (): never => this.fail(ParserStrings.MissingEndCurlyBrace, open, open + 1, true);
    const clauses: SwitchClause[] = [];
    let defaultBody: StatementBlock | undefined;
    for (;;) {
      this.skipTrivia(true);
      if (this.src[this.pos] === ';') {
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
        continue;
      }
      const empty = clauses.length === 0 && !defaultBody;
      if (this.pos >= this.src.length) {
        if (empty) this.failAfterLast(ParserStrings.MissingSwitchConditionExpression);
        unclosed();
      }
      if (this.src[this.pos] === '}') {
        if (empty) this.failAfterLast(ParserStrings.MissingSwitchConditionExpression);
        break;
      }
      const isDefault = this.atKeyword('default');
      const patternStart = this.pos;
      let pattern: Expr | undefined;
      if (isDefault) this.keyword(7);
      else pattern = this.parseCommandArgument();
      const patternSpan = { start: patternStart, end: this.pos };
      this.skipTrivia(true);
      if (this.src[this.pos] !== '{') this.failAfterLast(ParserStrings.MissingSwitchStatementClause);
      const body = this.parseStatementBlock();
      if (pattern) clauses.push({ pattern, body });
      else if (defaultBody) this.fail(ParserStrings.MultipleSwitchDefaultClauses, patternSpan.start, patternSpan.end);
      else defaultBody = body;
    }
    if (!this.closeGroup(group, '}')) unclosed();
    return { kind: 'switch', label, flags, value, clauses, defaultBody, span: { start, end: this.pos } };
  }

  // ---- break, continue, return ---------------------------------------------------------------

  parseBreakOrContinue(keyword: 'break' | 'continue'): Statement {
    const start = this.keyword(keyword.length);
    this.skipTrivia(false);
    const c = this.src[this.pos];
    let label: Expr | undefined;
    if (c !== undefined && c !== ';' && !isNewline(c) && c !== ')' && c !== '}' && c !== '|') label = this.parseCommandArgument();
    return { kind: keyword, label, span: { start, end: this.pos } };
  }

  parseReturn(): Statement {
    const start = this.keyword(6);
    this.skipTrivia(false);
    const c = this.src[this.pos];
    let value: Statement | undefined;
    if (c !== undefined && c !== ';' && !isNewline(c) && c !== ')' && c !== '}') value = this.parsePipelineOrAssignment();
    return { kind: 'return', value, span: { start, end: this.pos } };
  }

  // ---- try, trap -----------------------------------------------------------------------------

  /** `[Type]` at pos for catch and trap; reports a broken one as pwsh does. */
  private catchType(): { name: string; span: Span } {
    const start = this.pos;
    const type = this.tryTypeLiteral();
    if (type?.kind === 'typeLiteral') return { name: type.typeName, span: type.span };
    this.token(OPERATOR_TOKEN, start, start + 1);
    this.pos++;
    this.skipTrivia(false);
    if ((this.pos >= this.src.length) || isNewline(this.src[this.pos]) || this.src[this.pos] === ']') this.failAfterLast(ParserStrings.MissingTypename);
    let end = this.pos;
    while (end < this.src.length && /[\w.`]/.test(this.src[end]!)) end++;
    this.fail(ParserStrings.EndSquareBracketExpectedAtEndOfAttribute, end, end, false);
  }

  parseTry(): Statement {
    const start = this.keyword(3);
    const body = this.blockOr(() => this.failAfterLast(ParserStrings.MissingTryStatementBlock));
    const catches: CatchClause[] = [];
    let finallyBody: StatementBlock | undefined;
    for (;;) {
      const mark = this.tokenMark();
      const back = this.pos;
      this.skipTrivia(true);
      if (this.atKeyword('catch')) {
        const last = catches[catches.length - 1];
        if (last && last.types.length === 0) this.fail(ParserStrings.EmptyCatchNotLast, last.span.end, last.span.end);
        const catchStart = this.keyword(5);
        const types: CatchClause['types'] = [];
        this.skipTrivia(true);
        while (this.src[this.pos] === '[') {
          types.push(this.catchType());
          this.skipTrivia(true);
          if (this.src[this.pos] !== ',') break;
          this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
          this.pos++;
          this.skipTrivia(true);
          if (this.src[this.pos] !== '[') this.failAfterLast(ParserStrings.MissingTypeLiteralToken);
        }
        const handler = this.blockOr(() => this.failAfterLast(ParserStrings.MissingCatchHandlerBlock));
        catches.push({ types, body: handler, span: { start: catchStart, end: this.pos } });
        continue;
      }
      if (this.atKeyword('finally')) {
        this.keyword(7);
        finallyBody = this.blockOr(() => this.failAfterLast(ParserStrings.MissingFinallyStatementBlock));
        break;
      }
      this.pos = back;
      this.resetTokens(mark);
      break;
    }
    if (catches.length === 0 && !finallyBody) this.failAfterLast(ParserStrings.MissingCatchOrFinally);
    return { kind: 'try', body, catches, finallyBody, span: { start, end: this.pos } };
  }

  parseTrap(): Statement {
    const start = this.keyword(4);
    this.skipTrivia(true);
    const typeName = this.src[this.pos] === '[' ? this.catchType().name : undefined;
    const body = this.blockOr(() => this.failAfterLast(ParserStrings.MissingTrapStatement));
    return { kind: 'trap', typeName, body, span: { start, end: this.pos } };
  }
}
