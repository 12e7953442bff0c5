// A recursive-descent parser for the PowerShell subset, scanning characters directly because
// PowerShell's tokenization depends on mode (command arguments vs expressions).
//
// It stops at the first syntax error (PowerShell's ConciseView shows only the first one) and
// flags errors that more input could fix as `incomplete`, which the console turns into `>> `.

import type { CommandAst, CommandElement, Expr, PipelineElement, ScriptAst, Span, Statement } from './ast.js';
import type { Token, TokenKind } from './tokens.js';
import {
  backtickEscape,
  endsGenericToken,
  endsParameterName,
  isDash,
  isDigit,
  isDoubleQuote,
  isIdentifierChar,
  isIdentifierStart,
  isLetter,
  isNewline,
  isQuote,
  isSingleQuote,
  isSpace,
  isVariableChar,
  parseNumberLiteral,
} from './chars.js';

export interface ParseError {
  message: string;
  errorId: string;
  span: Span;
  /** More input could complete the text (open quote, trailing pipe, ...). */
  incomplete: boolean;
}

export interface ParseResult {
  script: ScriptAst;
  errors: ParseError[];
  incomplete: boolean;
  tokens: Token[];
}

class ParseFailure extends Error {
  constructor(readonly error: ParseError) {
    super(error.message);
  }
}

/** Keywords outside the subset: reported by name rather than run as commands. */
const UNSUPPORTED_KEYWORDS = new Set([
  'if', 'elseif', 'else', 'foreach', 'for', 'while', 'do', 'until', 'switch', 'function', 'filter', 'workflow',
  'param', 'begin', 'process', 'end', 'try', 'catch', 'finally', 'trap', 'return', 'break', 'continue', 'class',
  'enum', 'data', 'using', 'dynamicparam', 'configuration', 'inlinescript', 'parallel', 'sequence', 'hidden',
  'static', 'define', 'from', 'var',
]);

const COMPARISON_OPERATORS = new Set(
  ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace']
    .flatMap((o) => [o, 'i' + o, 'c' + o])
    .concat(['is', 'isnot', 'as', 'join', 'split']),
);
/** A number literal at a position (sticky); `1..3` is 1, then the range operator. */
const NUMBER_AT = /(?:0x[0-9a-f]+|0b[01]+|(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:e[+-]?\d+)?)(?:ul|uy|us|[lusndy])?(?:kb|mb|gb|tb|pb)?/iy;
/** -f binds tighter than * and / (about_Operator_Precedence), just below the range operator. */
const FORMAT_OPERATOR = new Set(['f']);
const LOGICAL_OPERATORS = new Set(['and', 'or', 'xor']);

export function parseScript(text: string, file?: string): ParseResult {
  void file;
  const parser = new Parser(text);
  return parser.parse();
}

/** Tokens for syntax colouring and completion; never throws. */
export function tokenizeForDisplay(text: string): Token[] {
  return new Parser(text).parse().tokens;
}

class Parser {
  private pos = 0;
  private readonly tokens: Token[] = [];
  /** Nesting depth of ( ) @( ) $( ): newlines are whitespace inside parentheses. */
  private parenDepth = 0;

  constructor(private readonly src: string) {}

  parse(): ParseResult {
    const statements: Statement[] = [];
    try {
      this.parseStatementList(statements, null);
      return { script: { statements }, errors: [], incomplete: false, tokens: this.tokens };
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
      this.lexRest(e.error.span.end);
      return { script: { statements }, errors: [e.error], incomplete: e.error.incomplete, tokens: this.tokens };
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  private fail(message: string, errorId: string, start: number, end: number, incomplete = false): never {
    throw new ParseFailure({ message, errorId, span: { start, end: Math.max(end, start) }, incomplete });
  }

  private token(kind: TokenKind, start: number, end: number, commandName = false): void {
    this.tokens.push({ kind, text: this.src.slice(start, end), start, end, ...(commandName ? { commandName } : {}) });
  }

  /** Skips spaces, line continuations, comments; newlines too when inside parentheses or asked. */
  private skipTrivia(newlines = this.parenDepth > 0): void {
    for (;;) {
      const c = this.peek();
      if (isSpace(c) || c === '\0') {
        this.pos++;
      } else if (c === '`' && isNewline(this.peek(1))) {
        const start = this.pos;
        this.pos += this.peek(1) === '\r' && this.peek(2) === '\n' ? 3 : 2;
        this.token('lineContinuation', start, this.pos);
      } else if (c === '`' && this.pos + 1 === this.src.length) {
        this.fail('Incomplete line continuation.', 'IncompleteLineContinuation', this.pos, this.pos + 1, true);
      } else if (c === '#') {
        const start = this.pos;
        while (!this.atEnd() && !isNewline(this.peek())) this.pos++;
        this.token('comment', start, this.pos);
      } else if (c === '<' && this.peek(1) === '#') {
        this.skipBlockComment();
      } else if (newlines && isNewline(c)) {
        this.pos++;
      } else {
        return;
      }
    }
  }

  private skipBlockComment(): void {
    const start = this.pos;
    const close = this.src.indexOf('#>', this.pos + 2);
    if (close < 0) {
      this.pos = this.src.length;
      this.token('comment', start, this.pos);
      this.fail("The terminator '#>' is missing from the multiline comment.", 'MissingTerminatorMultiLineComment', this.src.length, this.src.length, true);
    }
    this.pos = close + 2;
    this.token('comment', start, this.pos);
  }

  /** After a parse error: crude tokens for the rest, so colouring still works. */
  private lexRest(from: number): void {
    let i = Math.max(from, this.tokens.length ? this.tokens[this.tokens.length - 1]!.end : 0);
    while (i < this.src.length) {
      const c = this.src[i]!;
      if (isSpace(c) || isNewline(c)) {
        i++;
        continue;
      }
      const start = i;
      let kind: TokenKind = 'generic';
      if (c === '$') kind = 'variable';
      else if (isQuote(c)) kind = 'string';
      else if (isDash(c) && isLetter(this.src[i + 1])) kind = 'parameter';
      else if (c === '#') kind = 'comment';
      if (kind === 'comment') while (i < this.src.length && !isNewline(this.src[i])) i++;
      else if (kind === 'string') {
        i++;
        while (i < this.src.length && !isQuote(this.src[i])) i++;
        i++;
      } else while (i < this.src.length && !isSpace(this.src[i]) && !isNewline(this.src[i])) i++;
      this.tokens.push({ kind, text: this.src.slice(start, Math.min(i, this.src.length)), start, end: Math.min(i, this.src.length) });
    }
  }

  // ---- statements ----------------------------------------------------------------------------

  private parseStatementList(out: Statement[], terminator: ')' | '}' | null): void {
    for (;;) {
      this.skipTrivia(true);
      const c = this.peek();
      if (c === undefined) {
        if (terminator) return;
        return;
      }
      if (c === ';') {
        this.token('operator', this.pos, this.pos + 1);
        this.pos++;
        continue;
      }
      if (terminator && c === terminator) return;
      if (c === ')' || c === '}') {
        this.fail(`Unexpected token '${c}' in expression or statement.`, 'UnexpectedToken', this.pos, this.pos + 1);
      }
      const before = this.pos;
      out.push(this.parseStatement());
      // Every statement consumes input; anything else would loop forever.
      if (this.pos === before) this.fail(`Unexpected token '${c}' in expression or statement.`, 'UnexpectedToken', before, before + 1);
      this.skipTrivia(false);
      const next = this.peek();
      if (next === undefined || next === ';' || isNewline(next) || (terminator && next === terminator)) continue;
      const start = this.pos;
      let end = start + 1;
      while (end < this.src.length && !endsGenericToken(this.src[end])) end++;
      this.fail(`Unexpected token '${this.src.slice(start, end)}' in expression or statement.`, 'UnexpectedToken', start, end);
    }
  }

  private parseStatement(): Statement {
    const start = this.pos;
    const word = this.peekWord();
    if (word) {
      const lower = word.toLowerCase();
      const after = this.src[this.pos + word.length];
      const isKeywordUse = endsGenericToken(after) || after === '(' || after === '{' || after === '$' || isQuote(after);
      if (isKeywordUse && (lower === 'throw' || lower === 'exit')) {
        this.token('keyword', this.pos, this.pos + word.length);
        this.pos += word.length;
        this.skipTrivia(false);
        const c = this.peek();
        let value: Statement | undefined;
        if (c !== undefined && c !== ';' && !isNewline(c) && c !== ')' && c !== '}') value = this.parsePipeline();
        const span = { start, end: this.pos };
        return lower === 'throw' ? { kind: 'throw', value, span } : { kind: 'exit', value, span };
      }
      if (isKeywordUse && UNSUPPORTED_KEYWORDS.has(lower)) {
        this.token('keyword', this.pos, this.pos + word.length);
        this.fail(
          `The '${lower}' statement is not supported by spo-shell. Only commands, variables, expressions and assignments can be used.`,
          'UnsupportedStatement',
          this.pos,
          this.pos + word.length,
        );
      }
    }
    const pipeline = this.parsePipeline();
    // Assignment: the pipeline is a single expression followed by an assignment operator.
    this.skipTrivia(false);
    const op = this.peekAssignmentOperator();
    if (op) {
      const only = pipeline.kind === 'pipeline' && pipeline.elements.length === 1 ? pipeline.elements[0]! : undefined;
      const opStart = this.pos;
      this.token('operator', this.pos, this.pos + op.length);
      this.pos += op.length;
      if (only?.kind === 'expression' && only.expr.kind === 'array' && only.expr.elements.every(isAssignable)) {
        this.fail(
          'Assigning several variables in one statement ($a, $b = ...) is not supported by spo-shell. Assign each variable on its own.',
          'UnsupportedMultipleAssignment',
          pipeline.span.start,
          pipeline.span.end,
        );
      }
      if (!only || only.kind !== 'expression' || !isAssignable(only.expr)) {
        this.fail(
          'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
          'InvalidLeftHandSide',
          pipeline.span.start,
          pipeline.span.end,
        );
      }
      this.skipTrivia(true);
      if (this.atEnd() || this.peek() === ';' || this.peek() === ')' || this.peek() === '}') {
        this.fail(`You must provide a value expression following the '${op}' operator.`, 'ExpectedValueExpression', opStart, opStart + op.length, this.atEnd());
      }
      const value = this.parseStatement();
      return { kind: 'assignment', target: only.expr, op, value, span: { start, end: this.pos }, opSpan: { start: opStart, end: opStart + op.length } };
    }
    return pipeline;
  }

  /** Where input that ended too early is reported: right after the last token (PowerShell's extent). */
  private endOfLastToken(): number {
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      const t = this.tokens[i]!;
      if (t.kind !== 'comment' && t.kind !== 'newline' && t.kind !== 'lineContinuation') return t.end;
    }
    return this.src.length;
  }

  private failIncrement(at: number, op: string): never {
    this.fail(
      `The '${op}' operator is not supported by spo-shell. Use ${op === '++' ? '$x += 1' : '$x -= 1'} instead.`,
      'UnsupportedIncrementOperator',
      at,
      at + 2,
    );
  }

  private peekWord(): string | undefined {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos, this.pos + 40));
    return m?.[0];
  }

  private peekAssignmentOperator(): string | undefined {
    const c = this.peek();
    const n = this.peek(1);
    if (c === '=' && n !== '=') return '=';
    // En and em dashes count as '-' for operators; the operator text keeps its length.
    if ((c === '+' || isDash(c) || c === '*' || c === '/' || c === '%') && n === '=') return (isDash(c) ? '-' : c) + '=';
    return undefined;
  }

  private parsePipeline(): Statement {
    const start = this.pos;
    const elements: PipelineElement[] = [this.parsePipelineElement(true)];
    for (;;) {
      this.skipTrivia(false);
      if (this.peek() !== '|') break;
      if (this.peek(1) === '|') {
        this.fail("The token '||' is not a valid statement separator in this version.", 'InvalidEndOfLine', this.pos, this.pos + 2);
      }
      const barPos = this.pos;
      this.token('operator', this.pos, this.pos + 1);
      this.pos++;
      this.skipTrivia(true);
      const c = this.peek();
      if (c === undefined) this.fail('An empty pipe element is not allowed.', 'EmptyPipeElement', barPos, barPos + 1, true);
      if (c === '|' || c === ';' || c === ')' || c === '}') {
        this.fail('An empty pipe element is not allowed.', 'EmptyPipeElement', barPos, barPos + 1);
      }
      const element = this.parsePipelineElement(false);
      if (element.kind === 'expression') {
        this.fail('Expressions are only allowed as the first element of a pipeline.', 'ExpressionsMustBeFirstInPipeline', element.span.start, element.span.end);
      }
      elements.push(element);
    }
    return { kind: 'pipeline', elements, span: { start, end: this.pos } };
  }

  private parsePipelineElement(first: boolean): PipelineElement {
    const c = this.peek();
    const start = this.pos;
    if (c === '&' || (c === '.' && (isSpace(this.peek(1)) || isQuote(this.peek(1)) || this.peek(1) === '$'))) {
      this.token('operator', this.pos, this.pos + 1);
      this.pos++;
      this.skipTrivia(false);
      const nameStart = this.pos;
      const after = this.peek();
      if (after === undefined || after === ';' || after === '|' || after === ')' || after === '}' || isNewline(after)) {
        this.fail(`Missing expression after '${c}' in pipeline element.`, 'MissingExpression', start + 1, start + 1, after === undefined);
      }
      let nameExpr: Expr;
      if (this.peek() === '$' || isQuote(this.peek()) || this.peek() === '(') nameExpr = this.parsePostfix(this.parsePrimary());
      else nameExpr = this.parseGenericToken();
      const name = nameExpr.kind === 'string' ? nameExpr.value : '';
      return this.parseCommandElements({ kind: 'command', name, nameExpr, nameSpan: { start: nameStart, end: this.pos }, elements: [], span: { start, end: this.pos } });
    }
    // An expression after `|` is parsed as one too, so that parsePipeline can reject it.
    if (this.startsExpression()) {
      const expr = this.parseExpression();
      return { kind: 'expression', expr, span: { start, end: this.pos } };
    }
    if (first && (c === '+' || isDash(c)) && this.peek(1) === c && this.src[this.pos + 2] === '$') {
      this.failIncrement(start, c === '+' ? '++' : '--');
    }
    if (c === '{') this.failScriptBlock();
    if (c === '@' && this.peek(1) !== undefined && isVariableChar(this.peek(1))) {
      this.fail(
        `The splatting operator '@' cannot be used to reference variables in an expression. '@${this.readNameAt(this.pos + 1)}' can be used only as an argument to a command. To reference variables in an expression use '$${this.readNameAt(this.pos + 1)}'.`,
        'SplattingNotPermitted',
        start,
        start + 1 + this.readNameAt(this.pos + 1).length,
      );
    }
    return this.parseCommand();
  }

  private readNameAt(i: number): string {
    let j = i;
    while (j < this.src.length && isVariableChar(this.src[j])) j++;
    return this.src.slice(i, j);
  }

  private failScriptBlock(): never {
    this.fail(
      'Script blocks { } are not supported by spo-shell. Only commands, variables, expressions and assignments can be used.',
      'UnsupportedScriptBlock',
      this.pos,
      this.pos + 1,
    );
  }

  /** Whether the statement at pos starts with an expression rather than a command name. */
  private startsExpression(): boolean {
    const c = this.peek();
    const n = this.peek(1);
    if (c === undefined) return false;
    if (c === '$' || isQuote(c) || c === '(' || c === '[' || c === ',' || c === '!') return true;
    if (c === '@' && (n === '(' || n === '{' || isQuote(n))) return true;
    if ((isDash(c) || c === '+') && (isDigit(n) || n === '$' || n === '(' || n === '.')) return true;
    if (isDigit(c) || (c === '.' && isDigit(n))) {
      let end = this.pos;
      while (end < this.src.length && !endsGenericToken(this.src[end]) && !'+-*/%=[]'.includes(this.src[end]!)) end++;
      if (parseNumberLiteral(this.src.slice(this.pos, end)) !== undefined) return true;
      // `1..3`: a number, then the range operator.
      const num = this.tryNumberAt(this.pos);
      return num !== undefined && this.src[num.end] === '.' && this.src[num.end + 1] === '.';
    }
    if (isDash(c) && n !== undefined && /[a-z]/i.test(n)) {
      // `-not $x` at statement start is an expression; `-Credential` is a (missing) command name.
      const word = /^[a-z]+/i.exec(this.src.slice(this.pos + 1))?.[0]?.toLowerCase();
      return word === 'not' || word === 'bnot' || word === 'split' || word === 'join';
    }
    return false;
  }

  // ---- commands ------------------------------------------------------------------------------

  private parseCommand(): CommandAst {
    const start = this.pos;
    const nameStart = this.pos;
    const nameExpr = this.parseGenericToken(true);
    if (this.pos === nameStart) {
      const c = this.peek();
      if (c === '|') this.fail('An empty pipe element is not allowed.', 'EmptyPipeElement', this.pos, this.pos + 1);
      this.fail(`Unexpected token '${c ?? ''}' in expression or statement.`, 'UnexpectedToken', this.pos, this.pos + 1);
    }
    const name = nameExpr.kind === 'string' ? nameExpr.value : this.src.slice(nameStart, this.pos);
    return this.parseCommandElements({ kind: 'command', name, nameExpr: nameExpr.kind === 'string' ? undefined : nameExpr, nameSpan: { start: nameStart, end: this.pos }, elements: [], span: { start, end: this.pos } });
  }

  private parseCommandElements(command: CommandAst): CommandAst {
    let endOfParameters = false;
    for (;;) {
      this.skipTrivia(false);
      const c = this.peek();
      if (c === undefined || c === ';' || isNewline(c) || c === '|' || c === ')' || c === '}') break;
      if (c === '&') {
        if (this.peek(1) === '&') this.fail("The token '&&' is not a valid statement separator in this version.", 'InvalidEndOfLine', this.pos, this.pos + 2);
        this.fail('Background jobs (&) are not supported by spo-shell.', 'UnsupportedBackgroundOperator', this.pos, this.pos + 1);
      }
      if (c === '{') this.failScriptBlock();
      if ((c === '>' || (c === '2' && this.peek(1) === '>')) && !endOfParameters) {
        this.fail('Redirection is not supported by spo-shell.', 'UnsupportedRedirection', this.pos, this.pos + 1);
      }
      if (c === ',') this.fail('Missing argument in parameter list.', 'MissingArgument', this.pos, this.pos + 1);
      const elStart = this.pos;
      if (!endOfParameters && isDash(c) && isDash(this.peek(1)) && endsGenericToken(this.peek(2))) {
        // `--` marks the end of parameters; it is not passed as an argument.
        this.token('operator', this.pos, this.pos + 2);
        this.pos += 2;
        endOfParameters = true;
        continue;
      }
      if (!endOfParameters && isDash(c) && (isLetter(this.peek(1)) || this.peek(1) === '_' || this.peek(1) === '?')) {
        const param = this.tryParseParameter();
        if (param) {
          command.elements.push(param);
          continue;
        }
      }
      if (c === '@' && isVariableChar(this.peek(1))) {
        this.pos++;
        const name = this.readNameAt(this.pos);
        this.pos += name.length;
        this.token('splat', elStart, this.pos);
        this.skipTrivia(false);
        if (this.peek() === ',') {
          this.fail(`Splatted variables like '@${name}' cannot be part of a comma-separated list of arguments.`, 'SplattingNotPermittedInArgumentList', elStart, this.pos);
        }
        command.elements.push({ kind: 'splat', name, span: { start: elStart, end: this.pos } });
        continue;
      }
      const expr = this.parseCommandArgumentList();
      if (this.pos === elStart) this.fail(`Unexpected token '${c}' in expression or statement.`, 'UnexpectedToken', elStart, elStart + 1);
      // The argument's extent ends with its text, not with the blanks after it (error tildes).
      command.elements.push({ kind: 'argument', expr, span: { start: elStart, end: expr.span.end } });
    }
    command.span = { start: command.span.start, end: this.pos };
    return command;
  }

  /** `-Name`, `-Name:value`; undefined when the text is really a bare-word argument (`-a"b"`). */
  private tryParseParameter(): CommandElement | undefined {
    const start = this.pos;
    let i = this.pos + 1;
    while (i < this.src.length && !endsParameterName(this.src[i])) {
      if (isQuote(this.src[i])) return undefined;
      i++;
    }
    const typed = this.src.slice(start + 1, i);
    const colon = this.src[i] === ':';
    this.pos = colon ? i + 1 : i;
    const text = this.src.slice(start, this.pos);
    this.token('parameter', start, this.pos);
    if (!colon) return { kind: 'parameter', typed, text, colon: false, span: { start, end: this.pos } };
    this.skipTrivia(false);
    const c = this.peek();
    if (c === undefined || c === ';' || isNewline(c) || c === '|' || c === ')' || c === '}') {
      this.fail(`Parameter ${text} requires an argument.`, 'ParameterRequiresArgument', start, start + text.length);
    }
    const argument = this.parseCommandArgumentList();
    return { kind: 'parameter', typed, text, colon: true, argument, span: { start, end: this.pos } };
  }

  private parseCommandArgumentList(): Expr {
    const start = this.pos;
    const first = this.parseCommandArgument();
    this.skipTrivia(false);
    if (this.peek() !== ',') return first;
    const elements = [first];
    while (this.peek() === ',') {
      const commaPos = this.pos;
      this.token('operator', this.pos, this.pos + 1);
      this.pos++;
      this.skipTrivia(true);
      const c = this.peek();
      if (c === undefined) this.fail("Missing expression after ','.", 'MissingExpression', commaPos, commaPos + 1, true);
      if (c === ';' || c === '|' || c === ')' || c === '}' || c === ',') {
        this.fail("Missing expression after ','.", 'MissingExpression', commaPos, commaPos + 1);
      }
      if (c === '@' && isVariableChar(this.peek(1))) {
        const name = this.readNameAt(this.pos + 1);
        this.fail(`Splatted variables like '@${name}' cannot be part of a comma-separated list of arguments.`, 'SplattingNotPermittedInArgumentList', this.pos, this.pos + 1 + name.length);
      }
      elements.push(this.parseCommandArgument());
      this.skipTrivia(false);
    }
    return { kind: 'array', elements, span: { start, end: elements[elements.length - 1]!.span.end } };
  }

  /** One argument in command mode: an expression if it starts like one, else a bare word. */
  private parseCommandArgument(): Expr {
    const start = this.pos;
    const c = this.peek();
    const n = this.peek(1);
    if (c === '{') this.failScriptBlock();
    const startsPrimary =
      c === '$' || isQuote(c) || c === '(' || (c === '@' && (n === '(' || n === '{' || isQuote(n)));
    if (startsPrimary) {
      const tokenCount = this.tokens.length;
      const expr = this.parsePostfix(this.parsePrimary());
      // After ( ), @( ), @{ } the next text is a new argument; after $x or a quote it continues a bare word.
      if (endsGenericToken(this.peek()) || this.isHereStringStart(start) || c === '(' || c === '@') return expr;
      // Something follows without a space ("$host/x", 'a'b): the whole token is one bare word.
      this.pos = start;
      this.tokens.length = tokenCount;
      return this.parseGenericToken();
    }
    if (isDigit(c) || ((c === '.' || isDash(c) || c === '+') && (isDigit(n) || n === '.'))) {
      let end = this.pos;
      while (end < this.src.length && !endsGenericToken(this.src[end])) end++;
      const text = this.src.slice(this.pos, end);
      const value = parseNumberLiteral(isDash(c) || c === '+' ? text.slice(1) : text);
      if (value !== undefined && !isDash(c) && c !== '+') {
        this.token('number', this.pos, end);
        this.pos = end;
        return { kind: 'number', value, text, span: { start, end } };
      }
    }
    const before = this.pos;
    const word = this.parseGenericToken();
    if (this.pos === before) this.fail(`Unexpected token '${this.peek() ?? ''}' in expression or statement.`, 'UnexpectedToken', this.pos, this.pos + 1);
    return word;
  }

  private isHereStringStart(start: number): boolean {
    return this.src[start] === '@' && isQuote(this.src[start + 1]);
  }

  /** A bare word: ends at whitespace or `& ( ) , ; { } |`; quotes, `$var`, `$( )` and backticks inside. */
  private parseGenericToken(isCommandName = false): Expr {
    const start = this.pos;
    const parts: Array<string | Expr> = [];
    let literal = '';
    const flush = () => {
      if (literal) parts.push(literal);
      literal = '';
    };
    while (!this.atEnd() && !endsGenericToken(this.peek())) {
      const c = this.peek()!;
      if (c === '`') {
        const next = this.peek(1);
        if (next === undefined) this.fail('Incomplete line continuation.', 'IncompleteLineContinuation', this.pos, this.pos + 1, true);
        if (isNewline(next)) break;
        literal += backtickEscape(next);
        this.pos += 2;
      } else if (isSingleQuote(c)) {
        literal += this.readSingleQuoted();
      } else if (isDoubleQuote(c)) {
        const str = this.readDoubleQuoted();
        for (const p of str) {
          if (typeof p === 'string') literal += p;
          else {
            flush();
            parts.push(p);
          }
        }
      } else if (c === '$' && !isCommandName && this.isVariableStart(this.pos)) {
        flush();
        parts.push(this.parseDollar(true));
      } else {
        // A run of plain characters is copied in one slice (per-character += builds a rope).
        let end = this.pos + 1;
        while (end < this.src.length && isPlainWordChar(this.src[end]!)) end++;
        literal += this.src.slice(this.pos, end);
        this.pos = end;
      }
    }
    flush();
    const span = { start, end: this.pos };
    this.token(isCommandName ? 'generic' : 'generic', start, this.pos, isCommandName);
    if (parts.every((p) => typeof p === 'string')) return { kind: 'string', value: parts.join(''), quoted: false, span };
    return { kind: 'expandable', parts, span };
  }

  private isVariableStart(i: number): boolean {
    const n = this.src[i + 1];
    return n === '(' || n === '{' || n === '$' || n === '^' || isVariableChar(n);
  }

  // ---- strings -------------------------------------------------------------------------------

  private readSingleQuoted(): string {
    const start = this.pos;
    this.pos++;
    let value = '';
    for (;;) {
      if (this.atEnd()) this.fail("The string is missing the terminator: '.", 'TerminatorExpectedAtEndOfString', start, this.src.length, true);
      const c = this.peek()!;
      if (isSingleQuote(c)) {
        if (isSingleQuote(this.peek(1))) {
          value += c;
          this.pos += 2;
          continue;
        }
        this.pos++;
        this.token('string', start, this.pos);
        return value;
      }
      let end = this.pos + 1;
      while (end < this.src.length && !isSingleQuote(this.src[end])) end++;
      value += this.src.slice(this.pos, end);
      this.pos = end;
    }
  }

  /** Returns the parts of a double-quoted string (literal text and embedded expressions). */
  private readDoubleQuoted(): Array<string | Expr> {
    const start = this.pos;
    this.pos++;
    const parts: Array<string | Expr> = [];
    let literal = '';
    for (;;) {
      if (this.atEnd()) this.fail('The string is missing the terminator: ".', 'TerminatorExpectedAtEndOfString', start, this.src.length, true);
      const c = this.peek()!;
      if (isDoubleQuote(c)) {
        if (isDoubleQuote(this.peek(1))) {
          literal += c;
          this.pos += 2;
          continue;
        }
        this.pos++;
        break;
      }
      if (c === '`') {
        const next = this.peek(1);
        if (next === undefined) this.fail('The string is missing the terminator: ".', 'TerminatorExpectedAtEndOfString', start, this.src.length, true);
        if (next === 'u' && this.peek(2) === '{') {
          literal += this.readUnicodeEscape();
          continue;
        }
        literal += backtickEscape(next);
        this.pos += 2;
        continue;
      }
      if (c === '$' && this.isVariableStart(this.pos)) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push(this.parseDollar(true));
        continue;
      }
      let end = this.pos + 1;
      while (end < this.src.length && isPlainDoubleQuotedChar(this.src[end]!)) end++;
      literal += this.src.slice(this.pos, end);
      this.pos = end;
    }
    if (literal) parts.push(literal);
    this.token('string', start, this.pos);
    return parts;
  }

  private readUnicodeEscape(): string {
    const start = this.pos;
    const m = /^`u\{([0-9a-fA-F]{1,6})\}/.exec(this.src.slice(this.pos, this.pos + 10));
    const code = m ? parseInt(m[1]!, 16) : NaN;
    if (!m || code > 0x10ffff) {
      this.fail("The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.", 'InvalidUnicodeEscapeSequence', start, start + 3);
    }
    this.pos += m[0].length;
    return String.fromCodePoint(code);
  }

  private parseHereString(): Expr {
    const start = this.pos;
    const expandable = isDoubleQuote(this.peek(1));
    this.pos += 2;
    // Only whitespace may follow the header on its line.
    while (isSpace(this.peek())) this.pos++;
    if (this.atEnd()) this.fail(`The string is missing the terminator: ${expandable ? '"@' : "'@"}.`, 'TerminatorExpectedAtEndOfString', start, this.src.length, true);
    if (!isNewline(this.peek())) {
      this.fail('No characters are allowed after a here-string header but before the end of the line.', 'UnexpectedCharactersAfterHereStringHeader', this.pos, this.pos + 1);
    }
    this.pos += this.peek() === '\r' && this.peek(1) === '\n' ? 2 : 1;
    const bodyStart = this.pos;
    // The footer must start a line.
    let i = bodyStart;
    let bodyEnd = -1;
    for (;;) {
      const lineEnd = this.src.slice(i).search(/\r?\n|\r/);
      const line = lineEnd < 0 ? this.src.slice(i) : this.src.slice(i, i + lineEnd);
      if ((expandable ? isDoubleQuote(line[0]) : isSingleQuote(line[0])) && line[1] === '@') {
        bodyEnd = i;
        break;
      }
      const trimmed = line.trimStart();
      if (trimmed.length < line.length && (expandable ? isDoubleQuote(trimmed[0]) : isSingleQuote(trimmed[0])) && trimmed[1] === '@') {
        this.fail('White space is not allowed before the string terminator.', 'WhitespaceBeforeHereStringFooter', i, i + line.length - trimmed.length);
      }
      if (lineEnd < 0) break;
      i += lineEnd + (this.src[i + lineEnd] === '\r' && this.src[i + lineEnd + 1] === '\n' ? 2 : 1);
    }
    if (bodyEnd < 0) {
      this.pos = this.src.length;
      this.token('string', start, this.pos);
      this.fail(`The string is missing the terminator: ${expandable ? '"@' : "'@"}.`, 'TerminatorExpectedAtEndOfString', start, this.src.length, true);
    }
    // The line break before the footer is not part of the value.
    let contentEnd = bodyEnd;
    if (this.src[contentEnd - 1] === '\n') contentEnd--;
    if (this.src[contentEnd - 1] === '\r') contentEnd--;
    contentEnd = Math.max(contentEnd, bodyStart);
    const body = this.src.slice(bodyStart, contentEnd);
    const end = bodyEnd + 2;
    if (!expandable) {
      this.pos = end;
      this.token('string', start, end);
      return { kind: 'string', value: body, quoted: true, span: { start, end } };
    }
    // Expand the body with a sub-parser over the same text region.
    const parts: Array<string | Expr> = [];
    let literal = '';
    this.pos = bodyStart;
    while (this.pos < contentEnd) {
      const c = this.peek()!;
      if (c === '`' && this.pos + 1 < contentEnd) {
        literal += backtickEscape(this.peek(1)!);
        this.pos += 2;
      } else if (c === '$' && this.isVariableStart(this.pos)) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push(this.parseDollar(true));
      } else {
        literal += c;
        this.pos++;
      }
    }
    if (literal) parts.push(literal);
    this.pos = end;
    this.token('string', start, end);
    const span = { start, end };
    if (parts.every((p) => typeof p === 'string')) return { kind: 'string', value: parts.join(''), quoted: true, span };
    return { kind: 'expandable', parts, span };
  }

  // ---- variables and $( ) ---------------------------------------------------------------------

  /** `$name`, `${name}`, `$env:NAME`, `$(...)`; inString = no member access. */
  private parseDollar(inString: boolean): Expr {
    const start = this.pos;
    const n = this.peek(1);
    if (n === '(') {
      this.pos += 2;
      this.token('operator', start, this.pos);
      const statements: Statement[] = [];
      const depth = this.parenDepth;
      this.parenDepth = 1;
      try {
        this.parseStatementList(statements, ')');
      } finally {
        this.parenDepth = depth;
      }
      if (this.peek() !== ')') {
        if (inString) this.fail("$(subexpression) is missing the closing ')'.", 'IncompleteDollarSubexpressionReference', this.src.length, this.src.length, true);
        this.fail('Missing closing \')\' in subexpression.', 'MissingEndParenthesisInSubexpression', this.endOfLastToken(), this.endOfLastToken(), true);
      }
      this.token('operator', this.pos, this.pos + 1);
      this.pos++;
      return { kind: 'subexpression', statements, span: { start, end: this.pos } };
    }
    if (n === '{') {
      let i = this.pos + 2;
      let name = '';
      for (;;) {
        const c = this.src[i];
        if (c === undefined) {
          this.fail('Missing closing \'}\' of variable name.', 'IncompleteDollarVariableReference', start, this.src.length, true);
        }
        if (c === '}') break;
        if (c === '`' && this.src[i + 1] !== undefined) {
          name += this.src[i + 1];
          i += 2;
          continue;
        }
        name += c;
        i++;
      }
      if (!name) this.fail('An empty ${} variable reference was found. A name is required inside the braces.', 'EmptyVariableReference', start, i + 1);
      this.pos = i + 1;
      this.token('variable', start, this.pos);
      return { kind: 'variable', name, span: { start, end: this.pos } };
    }
    if (n === '$' || n === '^' || n === '?') {
      this.pos += 2;
      this.token('variable', start, this.pos);
      return { kind: 'variable', name: n, span: { start, end: this.pos } };
    }
    let i = this.pos + 1;
    let name = '';
    for (;;) {
      const c = this.src[i];
      if (isVariableChar(c)) {
        const from = i;
        while (isVariableChar(this.src[i + 1])) i++;
        name += this.src.slice(from, ++i);
      } else if (c === ':' && this.src[i + 1] !== ':' && name) {
        // scope or drive qualifier: $env:NAME, $global:x
        if (!isVariableChar(this.src[i + 1]) && this.src[i + 1] !== '{') {
          this.fail(
            "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
            'InvalidVariableReferenceWithDrive',
            start,
            i + 1,
          );
        }
        name += c;
        i++;
      } else break;
    }
    if (!name) {
      this.fail("Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 'InvalidVariableReference', start, start + 1);
    }
    this.pos = i;
    this.token('variable', start, this.pos);
    return { kind: 'variable', name, span: { start, end: this.pos } };
  }

  // ---- expressions ---------------------------------------------------------------------------

  parseExpression(): Expr {
    return this.parseLogical();
  }

  /** Reads `-op` at pos when it names an operator from the set; does not consume. */
  private peekDashOperator(set: Set<string>): string | undefined {
    if (!isDash(this.peek())) return undefined;
    const m = /^[a-z]+/i.exec(this.src.slice(this.pos + 1, this.pos + 16));
    if (!m) return undefined;
    const op = m[0].toLowerCase();
    if (!set.has(op)) return undefined;
    if (isIdentifierChar(this.src[this.pos + 1 + op.length])) return undefined;
    return op;
  }

  private binaryLoop(next: () => Expr, match: () => string | undefined): Expr {
    let left = next();
    for (;;) {
      this.skipTrivia();
      const opStart = this.pos;
      const op = match();
      if (!op) return left;
      this.token('operator', opStart, this.pos);
      this.skipTrivia(true);
      if (this.atEnd()) this.fail(`You must provide a value expression following the '${this.src.slice(opStart, this.pos).trim()}' operator.`, 'ExpectedValueExpression', opStart, this.pos, true);
      if (!this.canStartOperand()) {
        this.fail(`You must provide a value expression following the '${this.src.slice(opStart, this.pos).trim()}' operator.`, 'ExpectedValueExpression', opStart, this.pos);
      }
      const right = next();
      left = { kind: 'binary', op, left, right, span: { start: left.span.start, end: this.pos }, opSpan: { start: opStart, end: opStart + op.length } };
    }
  }

  private canStartOperand(): boolean {
    const c = this.peek();
    if (c === undefined || c === ')' || c === '}' || c === ';' || c === '|' || isNewline(c) || c === '=') return false;
    return true;
  }

  // Operator matchers: each consumes its operator and returns it, or returns undefined.
  private matchDash(set: Set<string>): string | undefined {
    const op = this.peekDashOperator(set);
    if (op) this.pos += op.length + 1;
    return op ? '-' + op : undefined;
  }

  private matchAdditiveOperator(): string | undefined {
    const c = this.peek();
    if ((c === '+' && this.peek(1) === '+') || (isDash(c) && isDash(this.peek(1)))) this.failIncrement(this.pos, c === '+' ? '++' : '--');
    if (c === '+' && this.peek(1) !== '=') {
      this.pos++;
      return '+';
    }
    if (isDash(c) && this.peek(1) !== '=' && !/[a-z]/i.test(this.peek(1) ?? '')) {
      this.pos++;
      return '-';
    }
    return undefined;
  }

  private matchRangeOperator(): string | undefined {
    if (this.peek() !== '.' || this.peek(1) !== '.') return undefined;
    this.pos += 2;
    return '..';
  }

  private matchMultiplicativeOperator(): string | undefined {
    const c = this.peek();
    if ((c === '*' || c === '/' || c === '%') && this.peek(1) !== '=') {
      this.pos++;
      return c;
    }
    return undefined;
  }

  /** Binary operators by precedence, loosest first; `operand` is the tightest level (array or unary). */
  private parseBinaryLevels(operand: () => Expr): Expr {
    const range = () => this.binaryLoop(operand, () => this.matchRangeOperator());
    const format = () => this.binaryLoop(range, () => this.matchDash(FORMAT_OPERATOR));
    const multiplicative = () => this.binaryLoop(format, () => this.matchMultiplicativeOperator());
    const additive = () => this.binaryLoop(multiplicative, () => this.matchAdditiveOperator());
    const comparison = () => this.binaryLoop(additive, () => this.matchDash(COMPARISON_OPERATORS));
    return this.binaryLoop(comparison, () => this.matchDash(LOGICAL_OPERATORS));
  }

  private parseLogical(): Expr {
    return this.parseBinaryLevels(() => this.parseArrayLiteral());
  }
  private parseArrayLiteral(): Expr {
    const first = this.parseUnary();
    this.skipTrivia();
    if (this.peek() !== ',') return first;
    const elements = [first];
    while (this.peek() === ',') {
      const commaPos = this.pos;
      this.token('operator', this.pos, this.pos + 1);
      this.pos++;
      this.skipTrivia(true);
      if (this.atEnd()) this.fail("Missing expression after ','.", 'MissingExpression', commaPos, commaPos + 1, true);
      if (!this.canStartOperand() || this.peek() === ',') this.fail("Missing expression after ','.", 'MissingExpression', commaPos, commaPos + 1);
      elements.push(this.parseUnary());
      this.skipTrivia();
    }
    return { kind: 'array', elements, span: { start: first.span.start, end: this.pos } };
  }

  private parseUnary(): Expr {
    const start = this.pos;
    const c = this.peek();
    const unary = (op: string, len: number): Expr => {
      this.token('operator', this.pos, this.pos + len);
      this.pos += len;
      this.skipTrivia();
      if (this.atEnd()) this.fail(`Missing expression after unary operator '${op}'.`, 'MissingExpressionAfterOperator', start, this.pos, true);
      if (!this.canStartOperand()) this.fail(`Missing expression after unary operator '${op}'.`, 'MissingExpressionAfterOperator', start, this.pos);
      const operand = this.parseUnary();
      return { kind: 'unary', op, operand, span: { start, end: this.pos } };
    };
    if (c === '!') return unary('!', 1);
    if (c === ',') return unary(',', 1);
    if (isDash(c) && /^not\b/i.test(this.src.slice(this.pos + 1, this.pos + 5))) return unary('-not', 4);
    if (isDash(c) && /^(join|split)\b/i.test(this.src.slice(this.pos + 1, this.pos + 7))) {
      const op = '-' + /^(join|split)/i.exec(this.src.slice(this.pos + 1))![1]!.toLowerCase();
      return unary(op, op.length);
    }
    if ((c === '+' && this.peek(1) === '+') || (isDash(c) && isDash(this.peek(1)))) this.failIncrement(start, c === '+' ? '++' : '--');
    if ((isDash(c) || c === '+') && !/[a-z]/i.test(this.peek(1) ?? '')) {
      // A signed number literal is one token.
      if (isDigit(this.peek(1)) || (this.peek(1) === '.' && isDigit(this.peek(2)))) {
        const num = this.tryNumberAt(this.pos + 1);
        if (num) {
          this.pos = num.end;
          this.token('number', start, this.pos);
          const value = isDash(c) ? -num.value : num.value;
          return this.parsePostfix({ kind: 'number', value, text: this.src.slice(start, this.pos), span: { start, end: this.pos } });
        }
      }
      return unary(isDash(c) ? '-' : '+', 1);
    }
    if (c === '[') {
      const type = this.tryTypeLiteral();
      if (type) {
        this.skipTrivia();
        const n = this.peek();
        if (n === ':' && this.peek(1) === ':') return this.parsePostfix(type);
        if (n === '.' || n === undefined || n === ')' || n === ';' || n === '|' || n === ',' || n === '}' || isNewline(n) || n === '=' || (isDash(n) && /[a-z]/i.test(this.peek(1) ?? ''))) {
          return this.parsePostfix(type);
        }
        const operand = this.parseUnary();
        return { kind: 'cast', typeName: (type as { typeName: string }).typeName, operand, span: { start, end: this.pos } };
      }
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private tryNumberAt(i: number): { value: number; end: number } | undefined {
    NUMBER_AT.lastIndex = i;
    const m = NUMBER_AT.exec(this.src);
    if (!m) return undefined;
    const end = i + m[0].length;
    if (isIdentifierChar(this.src[end])) return undefined;
    const value = parseNumberLiteral(m[0]);
    return value === undefined ? undefined : { value, end };
  }

  private tryTypeLiteral(): Expr | undefined {
    const start = this.pos;
    const m = /^\[\s*([A-Za-z_][\w.`]*(?:\[\])?)\s*\]/.exec(this.src.slice(this.pos, this.pos + 200));
    if (!m) return undefined;
    this.pos += m[0].length;
    this.token('operator', start, this.pos);
    return { kind: 'typeLiteral', typeName: m[1]!, span: { start, end: this.pos } };
  }

  private parsePrimary(): Expr {
    const start = this.pos;
    const c = this.peek();
    const n = this.peek(1);
    if (c === undefined) this.fail('Missing expression.', 'MissingExpression', start, start, true);
    if (c === '$') return this.parseDollar(false);
    if (c === '@' && isQuote(n)) return this.parseHereString();
    if (isSingleQuote(c)) {
      const value = this.readSingleQuoted();
      return { kind: 'string', value, quoted: true, span: { start, end: this.pos } };
    }
    if (isDoubleQuote(c)) {
      const parts = this.readDoubleQuoted();
      const span = { start, end: this.pos };
      if (parts.every((p) => typeof p === 'string')) return { kind: 'string', value: parts.join(''), quoted: true, span };
      return { kind: 'expandable', parts, span };
    }
    if (c === '(') return this.parseParen();
    if (c === '@' && n === '(') {
      this.pos += 2;
      this.token('operator', start, this.pos);
      const statements: Statement[] = [];
      const depth = this.parenDepth;
      this.parenDepth = 1;
      try {
        this.parseStatementList(statements, ')');
      } finally {
        this.parenDepth = depth;
      }
      if (this.peek() !== ')') this.fail("Missing closing ')' in subexpression.", 'MissingEndParenthesisInSubexpression', this.endOfLastToken(), this.endOfLastToken(), true);
      this.token('operator', this.pos, this.pos + 1);
      this.pos++;
      return { kind: 'arraySubexpression', statements, span: { start, end: this.pos } };
    }
    if (c === '@' && n === '{') return this.parseHashtable(false);
    if (c === '[') {
      const type = this.tryTypeLiteral();
      if (type) return type;
    }
    if (isDigit(c) || (c === '.' && isDigit(n))) {
      const num = this.tryNumberAt(this.pos);
      if (num) {
        this.pos = num.end;
        this.token('number', start, this.pos);
        return { kind: 'number', value: num.value, text: this.src.slice(start, this.pos), span: { start, end: this.pos } };
      }
    }
    if (c === '{') this.failScriptBlock();
    let end = this.pos + 1;
    while (end < this.src.length && !endsGenericToken(this.src[end]) && isIdentifierChar(this.src[end])) end++;
    this.fail(`Unexpected token '${this.src.slice(start, end)}' in expression or statement.`, 'UnexpectedToken', start, end);
  }

  private parseParen(): Expr {
    const start = this.pos;
    this.token('operator', this.pos, this.pos + 1);
    this.pos++;
    const depth = this.parenDepth;
    this.parenDepth = 1;
    let pipeline: Statement;
    try {
      this.skipTrivia(true);
      if (this.peek() === ')') {
        this.fail('An expression was expected after \'(\'.', 'ExpectedExpression', start, start + 1);
      }
      pipeline = this.parseStatement();
      this.skipTrivia(true);
    } finally {
      this.parenDepth = depth;
    }
    if (this.atEnd()) this.fail("Missing closing ')' in expression.", 'MissingEndParenthesisInExpression', this.endOfLastToken(), this.endOfLastToken(), true);
    if (this.peek() !== ')') this.fail("Missing closing ')' in expression.", 'MissingEndParenthesisInExpression', this.pos, this.pos + 1);
    this.token('operator', this.pos, this.pos + 1);
    this.pos++;
    return { kind: 'paren', pipeline, span: { start, end: this.pos } };
  }

  private parseHashtable(ordered: boolean): Expr {
    const start = this.pos;
    this.pos += 2;
    this.token('operator', start, this.pos);
    const entries: Array<{ key: Expr; value: Statement }> = [];
    const depth = this.parenDepth;
    this.parenDepth = 0;
    try {
      for (;;) {
        this.skipTrivia(true);
        while (this.peek() === ';') {
          this.pos++;
          this.skipTrivia(true);
        }
        const c = this.peek();
        if (c === undefined) this.fail("Missing closing '}' in statement block or type definition.", 'MissingEndCurlyBrace', start, start + 2, true);
        if (c === '}') {
          this.token('operator', this.pos, this.pos + 1);
          this.pos++;
          break;
        }
        const keyStart = this.pos;
        let key: Expr;
        if (isIdentifierStart(c) || (isDash(c) && isIdentifierStart(this.peek(1)))) {
          let end = this.pos;
          while (end < this.src.length && (isIdentifierChar(this.src[end]) || isDash(this.src[end]))) end++;
          key = { kind: 'string', value: this.src.slice(this.pos, end), quoted: false, span: { start: keyStart, end } };
          this.token('generic', keyStart, end);
          this.pos = end;
        } else {
          key = this.parseUnary();
        }
        this.skipTrivia(false);
        if (this.peek() !== '=') {
          this.fail("Missing '=' operator after key in hash literal.", 'MissingEqualsInHashLiteral', this.pos, this.pos + 1, this.atEnd());
        }
        this.token('operator', this.pos, this.pos + 1);
        this.pos++;
        this.skipTrivia(true);
        const v = this.peek();
        if (v === undefined || v === '}' || v === ';') {
          this.fail("Missing statement after '=' in hash literal.", 'MissingStatementInHashLiteral', this.pos, this.pos + 1, v === undefined);
        }
        const value = this.parseStatement();
        entries.push({ key, value });
        this.skipTrivia(false);
        const after = this.peek();
        if (after !== undefined && after !== ';' && after !== '}' && !isNewline(after)) {
          this.fail("Missing '=' operator after key in hash literal.", 'MissingEqualsInHashLiteral', this.pos, this.pos + 1);
        }
      }
    } finally {
      this.parenDepth = depth;
    }
    return { kind: 'hashtable', entries, span: { start, end: this.pos }, ordered };
  }

  private parsePostfix(expr: Expr): Expr {
    for (;;) {
      const c = this.peek();
      if (c === '.' && (isIdentifierStart(this.peek(1)) || isQuote(this.peek(1)))) {
        this.pos++;
        expr = this.parseMember(expr, false);
      } else if (c === ':' && this.peek(1) === ':' && isIdentifierStart(this.peek(2))) {
        this.pos += 2;
        expr = this.parseMember(expr, true);
      } else if (c === '[' && expr.kind !== 'typeLiteral') {
        const start = this.pos;
        this.pos++;
        const depth = this.parenDepth;
        this.parenDepth = 1;
        let index: Expr;
        try {
          this.skipTrivia(true);
          index = this.parseExpression();
          this.skipTrivia(true);
        } finally {
          this.parenDepth = depth;
        }
        if (this.peek() !== ']') this.fail("Missing ']' after array index expression.", 'MissingEndSquareBracket', start, this.pos, this.atEnd());
        this.pos++;
        expr = { kind: 'index', target: expr, index, span: { start: expr.span.start, end: this.pos } };
      } else {
        return expr;
      }
    }
  }

  private parseMember(target: Expr, isStatic: boolean): Expr {
    const nameStart = this.pos;
    let name: string;
    if (isQuote(this.peek())) {
      name = isSingleQuote(this.peek()) ? this.readSingleQuoted() : String(this.readDoubleQuoted().join(''));
    } else {
      let end = this.pos;
      while (end < this.src.length && isIdentifierChar(this.src[end])) end++;
      name = this.src.slice(this.pos, end);
      this.pos = end;
      this.token('generic', nameStart, end);
    }
    if (this.peek() === '(') {
      this.pos++;
      const args: Expr[] = [];
      const depth = this.parenDepth;
      this.parenDepth = 1;
      try {
        this.skipTrivia(true);
        if (this.peek() !== ')') {
          for (;;) {
            args.push(this.parseLogicalNoComma());
            this.skipTrivia(true);
            if (this.peek() === ',') {
              this.pos++;
              this.skipTrivia(true);
              continue;
            }
            break;
          }
        }
      } finally {
        this.parenDepth = depth;
      }
      if (this.peek() !== ')') this.fail("Missing closing ')' in method call.", 'MissingEndParenthesisInMethodCall', nameStart, this.pos, this.atEnd());
      this.pos++;
      return { kind: 'invoke', target, name, isStatic, args, span: { start: target.span.start, end: this.pos } };
    }
    return { kind: 'member', target, name, isStatic, span: { start: target.span.start, end: this.pos } };
  }

  /** Method arguments are separated by commas, so each is parsed below the array operator. */
  private parseLogicalNoComma(): Expr {
    return this.parseBinaryLevels(() => this.parseUnary());
  }
}

function isAssignable(expr: Expr): boolean {
  return expr.kind === 'variable' || expr.kind === 'member' || expr.kind === 'index' || (expr.kind === 'cast' && expr.operand.kind === 'variable');
}

/** The console asks this before running a line: true shows the `>> ` continuation prompt. */
export function isIncompleteInput(text: string): boolean {
  return parseScript(text).incomplete;
}

/** Inside a bare word, characters with no meaning of their own (not an end, quote, `$` or backtick). */
function isPlainWordChar(c: string): boolean {
  return c !== '`' && c !== '$' && !isQuote(c) && !endsGenericToken(c);
}

/** Inside a double-quoted string, characters with no meaning of their own. */
function isPlainDoubleQuotedChar(c: string): boolean {
  return c !== '`' && c !== '$' && !isDoubleQuote(c);
}
