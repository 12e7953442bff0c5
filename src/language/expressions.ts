// Expression rules of the grammar (PowerShell's Parser.cs region "Expressions"): binary operators
// by precedence, arrays, unary operators and casts, primaries ($x, strings, numbers, ( ), $( ),
// @( ), @{ }, [type]) and the member/index/invoke postfix chain. Statements and commands are in
// parser.ts, which extends this class; characters are read through the Scanner below.
//
// Left-associative chains (`1+1+…`, `$a[0][0]…`, `$a.b.c…`) are parsed by loops, never by
// recursion, so their length is not bounded by the stack; nesting is bounded by Scanner.enter.

import { ArrayNode, ArraySubexpressionNode, BinaryNode, CastNode, ExpandableNode, HashtableNode, IndexNode, InvokeNode, MemberNode, NumberNode, ParenNode, StringNode, SubexpressionNode, TernaryNode, UnaryNode, type Expr, type Span, type Statement } from './ast.js';
import { unassignableSpan } from './assignable.js';
import { ParserStrings } from './parser-strings.js';
import { NO_ITEMS, ParseFailure, Scanner, exactList, groupOpen, withUnusedEntries } from './scanner.js';
import {
  isAsciiLetterCode,
  isDash,
  isDigit,
  isDashCode,
  isIdentifierCharCode,
  isIdentifierStart,
  isIdentifierStartCode,
  isNewline,
  isQuote,
  isQuoteCode,
  isSingleQuote,
  isSpaceCode,
  isNewlineCode,
  onlyBlanksAndCommentsAfter,
  isVariableCharCode,
  identifierEnd,
} from './chars.js';
import { GENERIC_TOKEN, NUMBER_TOKEN, OPERATOR_TOKEN } from './tokens.js';

export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(
  ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace']
    .flatMap((o) => [o, 'i' + o, 'c' + o])
    .concat(['is', 'isnot', 'as', 'join', 'split', 'isplit', 'csplit', 'shl', 'shr']),
);
/** -band, -bor, -bxor bind looser than comparisons and tighter than -and (`1 -band 3 -eq 3` is `1 -band $true`). */
const BITWISE_OPERATORS: ReadonlySet<string> = new Set(['band', 'bor', 'bxor']);
/** -f binds tighter than * and / (about_Operator_Precedence), just below the range operator. */
const FORMAT_OPERATOR: ReadonlySet<string> = new Set(['f']);
const LOGICAL_OPERATORS: ReadonlySet<string> = new Set(['and', 'or', 'xor']);

/** Binary operator precedence, tightest first (about_Operator_Precedence). */
const enum Level {
  Range = 0,
  Format = 1,
  Multiplicative = 2,
  Additive = 3,
  /** `??` (pwsh 7.6.10: below `+`, above comparisons: `0 -eq $null ?? 0` is True; right-associative). */
  Coalesce = 4,
  Comparison = 5,
  Bitwise = 6,
  Logical = 7,
  None = 8,
}

/** The operators written `-word`, by their lowercase word: the operator's text and level. */
const DASH_OPERATORS = new Map<string, { text: string; level: Level }>();
for (const [set, level] of [[FORMAT_OPERATOR, Level.Format], [COMPARISON_OPERATORS, Level.Comparison], [BITWISE_OPERATORS, Level.Bitwise], [LOGICAL_OPERATORS, Level.Logical]] as const) {
  for (const op of set) DASH_OPERATORS.set(op, { text: '-' + op, level });
}
const DASH_OPERATOR_WORDS: ReadonlySet<string> = new Set(DASH_OPERATORS.keys());

export abstract class ExpressionParser extends Scanner {
  /** The level of the operator matchBinaryOperator last returned. */
  private matchedLevel = Level.None;

  /**
   * The operator-precedence stacks of the binary expressions being parsed, nested ones above their
   * parents': four entries per operator waiting for its right operand (the left operand, the
   * operator, where it starts, its level). One array for the whole parse, not an array and an
   * object per operator (issue 14). A failure that a rule catches may leave entries behind; each
   * parseBinary reads only above the length it started at. It starts with four unused entries
   * (withUnusedEntries): every binary expression of a script allocated a new backing store.
   */
  private readonly operatorStack: unknown[] = withUnusedEntries(4);

  protected abstract parseStatement(): Statement;
  protected abstract parseStatementList(terminator: ')' | '}' | null): Statement[];
  /** `{ … }` at pos: a script block (parser-functions.ts). */
  protected abstract parseScriptBlockExpression(): Expr;

  /** Whether a statement keyword (`if`, `foreach`, …) starts at pos; the statement parser knows them. */
  protected atStatementKeyword(): boolean {
    return false;
  }

  parseExpression(): Expr {
    return this.parseTernary(true);
  }

  /** Method arguments are separated by commas, so each is parsed below the array operator. */
  protected parseExpressionNoComma(): Expr {
    return this.parseTernary(false);
  }

  // ---- the ternary operator ------------------------------------------------------------------

  /**
   * `condition ? ifTrue : ifFalse` (PowerShell 7), below every binary operator (`1 -eq 1 ? 'a' : 'b'`,
   * `$x -and $y ? 1 : 2`); both branches are ternaries again, so `$a ? $b ? 1 : 2 : 3` and
   * `$a ? 1 : $b ? 2 : 3` nest to the right. Newlines may follow `?` and `:`, not come before them.
   */
  protected parseTernary(arrayOperands: boolean): Expr {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    let condition: Expr;
    // The commonest expression is one operand (`$x`, `'text'`, `42`, `(…)`, `@(…)`) that nothing
    // continues: a value, an argument of a method, a condition. For an operand that parseUnary would
    // hand straight to parsePrimary, it is parsed here, and when the first character after it and
    // its blanks can continue no expression (no postfix `++`/`--`, `,`, binary operator, `?`, nor
    // trivia), the expression is that operand: the rules between (parseBinary, parseArrayLiteral,
    // parseUnary, parsePostfixIncrement, matchBinaryOperator, two skipTrivia) would each have
    // returned at once. In a first parse every one of them is a call in V8's cold tiers (issue 14,
    // ninth round). Otherwise the operand goes on through those rules as their first operand.
    if (c === 36 /* $ */ || c === 39 || c === 34 || (c >= 0x2018 && c <= 0x201e) || (c >= 48 && c <= 57) || c === 40 /* ( */ || c === 64 /* @ */) {
      let operand = this.parsePrimary();
      const n = src.charCodeAt(this.pos);
      if (n === 46 /* . */ || n === 91 /* [ */ || n === 58 /* : */ || n === 63 /* ? */) operand = this.parsePostfix(operand);
      let i = this.pos;
      let f = src.charCodeAt(i);
      while (f === 32 || f === 9) f = src.charCodeAt(++i);
      // The end, `;`, `)`, `}`, `]`, `|`, `=`, `:`, a `,` between method arguments, a line break that ends the statement.
      if (f !== f || f === 59 || f === 41 || f === 125 || f === 93 || f === 124 || f === 61 || f === 58 || (f === 44 && !arrayOperands) || ((f === 10 || f === 13) && this.parenDepth === 0)) {
        this.pos = i;
        return operand;
      }
      // parsePostfixIncrement only when a `+`, a dash or trivia follows the blanks (see there).
      const plain = f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96 && f !== 43 && f !== 45;
      condition = this.parseBinary(arrayOperands, plain ? operand : this.parsePostfixIncrement(operand));
    } else {
      condition = this.parseBinary(arrayOperands);
    }
    // parseBinary returns with the blanks after its expression skipped (in this mode), so the
    // `?` is looked for where it stopped: no second skipTrivia call per expression (issue 14).
    if (this.src[this.pos] !== '?' || this.src[this.pos + 1] === '?') return condition;
    const start = condition.span.start;
    const question = this.pos;
    this.token(OPERATOR_TOKEN, question, question + 1);
    this.pos++;
    this.requireOperand(question, '?', ParserStrings.ExpectedValueExpression);
    this.enter(question);
    const ifTrue = this.parseTernary(arrayOperands);
    this.skipTrivia(true);
    if (this.src[this.pos] !== ':') {
      // pwsh reports it at the token where the `:` should be (at the end of the input: one past it),
      // and always as incomplete input (7.6.10: also `$a ? 1 2`, so pwsh -c prints nothing for it).
      const atEnd = this.pos >= this.src.length;
      const at = atEnd ? this.src.length + 1 : this.pos;
      this.fail(ParserStrings.MissingColonInTernaryExpression, at, atEnd ? at : this.tokenEndAt(this.pos), true);
    }
    const colon = this.pos;
    this.token(OPERATOR_TOKEN, colon, colon + 1);
    this.pos++;
    this.requireOperand(colon, ':', ParserStrings.ExpectedValueExpression);
    const ifFalse = this.parseTernary(arrayOperands);
    this.leave();
    return new TernaryNode(condition, ifTrue, ifFalse, start, this.pos);
  }

  /** Where the token at `at` ends, roughly: a run of word characters, or one other character. */
  private tokenEndAt(at: number): number {
    let end = at;
    while (end < this.src.length && isIdentifierCharCode(this.src.charCodeAt(end))) end++;
    return end > at ? end : at + 1;
  }

  /**
   * After an operator ending at pos: blanks and newlines, then a value expression, else pwsh's error
   * right after the operator (`$a ?? ;`, `$a ? foo`, `$a ?? if (1) {}`; incomplete at the end).
   */
  private requireOperand(opStart: number, op: string, entry: typeof ParserStrings.ExpectedValueExpression): void {
    const opEnd = opStart + op.length;
    this.skipTrivia(true);
    if (this.atStatementKeyword()) this.fail(entry, opEnd, opEnd, false, op);
    if (this.pos >= this.src.length) this.fail(entry, opEnd, opEnd, true, op);
    if (!this.canStartOperand() || !this.startsValueExpression()) this.fail(entry, opEnd, opEnd, false, op);
  }

  // ---- binary operators ----------------------------------------------------------------------

  /**
   * Operands joined by binary operators, by precedence and left to right, with an explicit stack
   * instead of one recursive rule per level. A node's extent ends where the operator after it
   * starts (after blanks), except a range's, which ends with its right operand.
   */
  private parseBinary(arrayOperands: boolean, operand?: Expr): Expr {
    const stack = this.operatorStack;
    const base = stack.length;
    // `operand`: the first operand, already through parseUnary (parseTernary's fast path).
    let left = arrayOperands ? this.parseArrayLiteral(operand) : (operand ?? this.parseUnary());
    for (;;) {
      if (stack.length > base && stack[stack.length - 1] === Level.Range) left = this.reduce(left, this.pos);
      // parseArrayLiteral returns with the blanks after its operand skipped already.
      if (!arrayOperands) this.skipTrivia();
      const opStart = this.pos;
      const op = this.matchBinaryOperator();
      const level = op ? this.matchedLevel : Level.None;
      // `??` is right-associative: `$a ?? $b ?? $c` waits for `$b ?? $c`.
      while (stack.length > base && ((stack[stack.length - 1] as Level) < level || ((stack[stack.length - 1] as Level) === level && level !== Level.Coalesce))) left = this.reduce(left, opStart);
      if (!op) return left;
      if (this.recordTokens) this.token(OPERATOR_TOKEN, opStart, this.pos);
      else this.lastTokenEnd = this.pos;
      const opEnd = this.pos;
      this.skipTrivia(true);
      // `1 + if (…) { }`: a statement is no operand (pwsh reports it right after the operator).
      if (this.atStatementKeyword()) this.fail(ParserStrings.ExpectedValueExpression, opEnd, opEnd, false, this.src.slice(opStart, opEnd).trim());
      // A missing operand is reported right after the operator (pwsh: `1 + ; 2` underlines the blank after `+`).
      if (this.pos >= this.src.length) this.fail(ParserStrings.ExpectedValueExpression, opEnd, opEnd, true, this.src.slice(opStart, opEnd).trim());
      // `1 + foo`, `1 +⏎Write-Output`: a command word is no value expression either.
      if (!this.canStartOperand() || !this.startsValueExpression()) this.fail(ParserStrings.ExpectedValueExpression, opEnd, opEnd, false, this.src.slice(opStart, opEnd).trim());
      stack.push(left, op, opStart, level);
      left = arrayOperands ? this.parseArrayLiteral() : this.parseUnary();
    }
  }

  /** The operator on top of the stack with its left operand and `right`, the node ending at `end`. */
  private reduce(right: Expr, end: number): Expr {
    const stack = this.operatorStack;
    const top = stack.length - 4;
    const left = stack[top] as Expr;
    // Nodes that are their own span have `start` (no call to the `span` getter; issue 14).
    const leftStart = (left as Partial<Span>).start;
    const node = new BinaryNode(stack[top + 1] as string, left, right, leftStart === undefined ? left.span.start : leftStart, end, stack[top + 2] as number);
    stack.length = top;
    return node;
  }

  /** Consumes the binary operator at pos and sets matchedLevel; tried from the tightest level out. */
  private matchBinaryOperator(): string | undefined {
    const c = this.src[this.pos];
    const n = this.src[this.pos + 1];
    if (c === '.' && n === '.') {
      this.pos += 2;
      this.matchedLevel = Level.Range;
      return '..';
    }
    // isDash written out: asked after every operand, most of them before V8 optimises this (issue 14).
    const isDashHere = (c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015');
    if (isDashHere && isAsciiLetterCode(this.src.charCodeAt(this.pos + 1))) {
      // `-f`, `-eq`, `-band`, `-and`, …: the word is read once (a lookup per level was a slice per level).
      const word = this.peekDashOperator(DASH_OPERATOR_WORDS);
      if (word === undefined) return undefined;
      const operator = DASH_OPERATORS.get(word)!;
      this.pos += word.length + 1;
      this.matchedLevel = operator.level;
      return operator.text;
    }
    if (c === '?' && n === '?' && this.src[this.pos + 2] !== '=') {
      this.pos += 2;
      this.matchedLevel = Level.Coalesce;
      return '??';
    }
    // `*>` is the redirection of every stream (`1 *> f`), not a product.
    if ((c === '*' || c === '/' || c === '%') && n !== '=' && (c !== '*' || n !== '>')) {
      this.pos++;
      this.matchedLevel = Level.Multiplicative;
      return c;
    }
    if ((c === '+' && n === '+') || (isDashHere && isDash(n))) this.failIncrement(this.pos, c === '+' ? '++' : '--');
    if ((c === '+' && n !== '=') || (isDashHere && n !== '=' && !isAsciiLetterCode(this.src.charCodeAt(this.pos + 1)))) {
      this.pos++;
      this.matchedLevel = Level.Additive;
      return c === '+' ? '+' : '-';
    }
    return undefined;
  }

  protected canStartOperand(): boolean {
    const c = this.src[this.pos];
    if (c === undefined || c === ')' || c === '}' || c === ';' || c === '|' || c === '\n' || c === '\r' || c === '=') return false;
    return true;
  }

  /**
   * Whether the text at pos starts something parseUnary accepts (pwsh's value-expression tokens);
   * a bare word, `-x`, `.x` or `&` is not one, so pwsh reports the operator before it instead.
   */
  protected startsValueExpression(): boolean {
    const src = this.src;
    const c = src[this.pos];
    const n = src[this.pos + 1];
    if (c === '$' || c === '@' || c === '(' || c === '[' || c === '{' || c === '!' || c === ',' || isQuote(c)) return true;
    if (c === '+') return true;
    if ((c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015')) {
      if (!isAsciiLetterCode(src.charCodeAt(this.pos + 1))) return true;
      return this.unaryDashWord() !== undefined;
    }
    if (isDigit(c) || (c === '.' && isDigit(n))) return this.tryNumberAt(this.pos) >= 0;
    return false;
  }

  /** Blanks, newlines, comments and `;` between the entries of a hashtable or the blocks of a script block. */
  protected skipSeparators(): void {
    this.skipTrivia(true);
    while (this.src[this.pos] === ';') {
      this.pos++;
      this.skipTrivia(true);
    }
  }

  protected failIncrement(at: number, op: string): never {
    this.fail(ParserStrings.UnsupportedIncrementOperator, at, at + 2, false, op, op === '++' ? '$x += 1' : '$x -= 1');
  }

  // ---- arrays, unary operators, casts --------------------------------------------------------

  private parseArrayLiteral(operand?: Expr): Expr {
    const first = operand ?? this.parseUnary();
    // skipTrivia() only when what follows the blanks may start trivia (issue 14, ninth round).
    let f = this.src.charCodeAt(this.pos);
    while (f === 32 || f === 9) f = this.src.charCodeAt(++this.pos);
    if (!(f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96)) this.skipTrivia();
    if (this.src[this.pos] !== ',') return first;
    // Collected on the scratch stack and copied out once (see Scanner.scratch).
    const elements = this.scratch as Expr[];
    const base = elements.length;
    elements.push(first);
    while (this.src[this.pos] === ',') {
      const commaPos = this.consumeComma();
      if (this.pos >= this.src.length) this.failAfterComma(commaPos, true);
      // `1, , 2`: the second comma is the unary array operator, an element of its own.
      if (!this.canStartOperand() || !this.startsValueExpression()) this.failAfterComma(commaPos, false);
      elements.push(this.parseUnary());
      this.skipTrivia();
    }
    const list = elements.slice(base);
    elements.length = base;
    return new ArrayNode(list, first.span.start, this.pos);
  }

  /** The `,` at pos and the blanks and newlines after it; returns where the comma was. */
  protected consumeComma(): number {
    const commaPos = this.pos;
    this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
    this.pos++;
    this.skipTrivia(true);
    return commaPos;
  }

  /** pwsh reports it right after the comma (`1, ; 2` underlines the blank after `,`). */
  protected failAfterComma(commaPos: number, incomplete: boolean, entry = ParserStrings.MissingExpressionAfterToken): never {
    this.fail(entry, commaPos + 1, commaPos + 1, incomplete, ',');
  }

  /** A unary operator applied to the unary expression after it (nesting, so it counts as depth). */
  private parseUnaryOperator(op: string, length: number): Expr {
    const start = this.pos;
    this.token(OPERATOR_TOKEN, this.pos, this.pos + length);
    this.pos += length;
    const opEnd = this.pos;
    // The operand may follow on a later line; a missing one (`-not ;`, `-not foo`: a bare word is no
    // value expression) is reported right after the operator, as pwsh does.
    this.skipTrivia(true);
    if (this.pos >= this.src.length) this.fail(ParserStrings.MissingExpressionAfterOperator, opEnd, opEnd, true, op);
    if (!this.canStartOperand() || !this.startsValueExpression()) this.fail(ParserStrings.MissingExpressionAfterOperator, opEnd, opEnd, false, op);
    this.enter(start);
    const operand = this.parseUnary();
    this.leave();
    return new UnaryNode(op, operand, start, this.pos);
  }

  /**
   * Whether the character after a type literal and its blanks (`n`, at pos) starts no operand, so the
   * type is a value rather than a cast: pwsh casts only what can start a unary expression. A binary
   * operator (`[int] / 2`, `[int] -eq 1`, `[int] ?? 1`, `[int] ? 1 : 2`), a redirection (`[int] > f`,
   * `*>`, `2>&1`), `&&`, `&` and an assignment operator (`+=`, `-=`) follow the type as a value; a unary
   * operator (`[int] -not 1`, `[string] -join $a`, `[int] -1`, `[int] +'1'`) is cast.
   */
  private endsTypeOperand(n: string): boolean {
    if (n === '/' || n === '*' || n === '%' || n === '?' || n === '>' || n === '<' || n === '&') return true;
    const after = this.src[this.pos + 1];
    // `2>&1` is a redirection (pwsh 7.6.10; `[int] 2> f` casts the 2 and redirects the output).
    if (after === '>' && n >= '1' && n <= '6') return this.src[this.pos + 2] === '&';
    if (n === '+') return after === '=';
    if (!isDash(n)) return false;
    return after === '=' || (isAsciiLetterCode(this.src.charCodeAt(this.pos + 1)) && this.unaryDashWord() === undefined);
  }

  /** `-not`, `-bnot`, `-join`, `-split` (`-isplit`, `-csplit`) as unary operators: the word and a non-word character after it. */
  private unaryDashWord(): string | undefined {
    const src = this.src;
    const from = this.pos + 1;
    let end = from;
    while (end < from + 6 && ((src.charCodeAt(end) | 32) >= 97 && (src.charCodeAt(end) | 32) <= 122)) end++;
    const word = src.slice(from, end).toLowerCase();
    if (word !== 'not' && word !== 'bnot' && word !== 'join' && word !== 'split' && word !== 'isplit' && word !== 'csplit') {
      // `-notlike` and friends: only the first letters are the unary word when a non-word follows.
      if (!word.startsWith('not') && !word.startsWith('join')) return undefined;
      const unary = word.startsWith('not') ? 'not' : 'join';
      return isWordCode(src.charCodeAt(from + unary.length)) ? undefined : unary;
    }
    return isWordCode(src.charCodeAt(end)) ? undefined : word;
  }

  protected parseUnary(): Expr {
    const start = this.pos;
    const c = this.src[this.pos];
    if (c === '!') return this.parseUnaryOperator('!', 1);
    if (c === ',') return this.parseUnaryOperator(',', 1);
    // isDash written out (parseUnary starts every operand; issue 14).
    const dash = (c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015');
    if (dash) {
      const word = this.unaryDashWord();
      if (word) return this.parseUnaryOperator('-' + word, word.length + 1);
    }
    if ((c === '+' && this.src[this.pos + 1] === '+') || (dash && isDash(this.src[this.pos + 1]))) return this.parsePrefixIncrement(c === '+' ? '++' : '--');
    // A letter after a dash makes an operator (`-eq`) or a parameter; after a plus it is a missing operand (`+x`).
    if (c === '+' || (dash && !isAsciiLetterCode(this.src.charCodeAt(this.pos + 1)))) {
      // A signed number literal is one token.
      if (isDigit(this.src[this.pos + 1]) || (this.src[this.pos + 1] === '.' && isDigit(this.src[this.pos + 2]))) {
        const end = this.tryNumberAt(this.pos + 1, this.pos);
        if (end >= 0) {
          this.pos = end;
          this.token(NUMBER_TOKEN, start, this.pos);
          const value = dash ? -this.numberAtValue : this.numberAtValue;
          return this.parsePostfix(new NumberNode(value, this.buildValues ? this.src.slice(start, this.pos) : '', start, this.pos));
        }
      }
      return this.parseUnaryOperator(dash ? '-' : '+', 1);
    }
    if (c === '[') {
      const type = this.tryTypeLiteral();
      if (type) {
        this.skipTrivia();
        const n = this.src[this.pos];
        if (n === ':' && this.src[this.pos + 1] === ':') return this.parsePostfix(type);
        if (n === '.' || n === undefined || n === ')' || n === ';' || n === '|' || n === ',' || n === '}' || isNewline(n) || n === '=' || this.endsTypeOperand(n)) {
          return this.parsePostfix(type);
        }
        this.enter(start);
        const operand = this.parseUnary();
        this.leave();
        const typeName = (type as { typeName: string }).typeName;
        // [ordered] is not a type: it only marks a hash literal (pwsh's semantic check, after the parse:
        // a syntax error later in the input is the one reported).
        if (typeName.toLowerCase() === 'ordered' && operand.kind !== 'hashtable') this.failSemantic(ParserStrings.OrderedAttributeOnlyOnHashLiteralNode, start, this.pos);
        return new CastNode(typeName, operand, start, this.pos);
      }
    }
    let operand = this.parsePrimary();
    // parsePostfix returns at once unless `.`, `[`, `:` or `?` follows; parsePostfixIncrement unless
    // a `+`, dash or trivia follows the blanks (tested here, not by calls: issue 14, ninth round).
    const n = this.src.charCodeAt(this.pos);
    if (n === 46 || n === 91 || n === 58 || n === 63) operand = this.parsePostfix(operand);
    return this.parsePostfixIncrement(operand);
  }

  // ---- ++ and -- (the operand is assigned, so it must be a variable, property or element) ----

  private parsePrefixIncrement(op: '++' | '--'): Expr {
    const start = this.pos;
    this.token(OPERATOR_TOKEN, start, start + 2);
    this.pos += 2;
    // Newlines may come before the operand (`++` on one line, `$x` on the next); pwsh's error is
    // right after the operator (`++ foo`, `++;`, `--% x`), incomplete at the end of the input.
    const opEnd = this.pos;
    this.skipTrivia(true);
    if (this.pos >= this.src.length) this.fail(ParserStrings.MissingExpressionAfterOperator, opEnd, opEnd, true, op);
    if (!this.canStartOperand() || !this.startsValueExpression()) this.fail(ParserStrings.MissingExpressionAfterOperator, opEnd, opEnd, false, op);
    this.enter(start);
    const operand = this.parseUnary();
    this.leave();
    this.requireAssignable(operand, op);
    return new UnaryNode(op, operand, start, this.pos);
  }

  /** `$i++`, `$i --`: blanks may come between the operand and the operator. */
  private parsePostfixIncrement(operand: Expr): Expr {
    const back = this.pos;
    // Blanks, then a character that starts no trivia, `++` or `--`: nothing to do, no skipTrivia
    // (most operands; a line break ends the search too, as skipTrivia(false) stops there).
    const src = this.src;
    let i = back;
    let f = src.charCodeAt(i);
    while (f === 32 || f === 9) f = src.charCodeAt(++i);
    if ((f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96 && f !== 43 && f !== 45) || f === 10 || f === 13 || f !== f) return operand;
    // Looking ahead over comments and line continuations records them; when no `++`/`--` follows,
    // they are taken back with the position, and the rule after records them once (pwsh 7.6.10:
    // `$x # c` has one comment token, test/language-tokens.test.ts), `#Requires` comments too.
    const mark = this.tokenMark();
    const requires = this.requiresComments?.length ?? 0;
    this.skipTrivia(false);
    const c = this.src[this.pos];
    // isDash(c) written out: this runs after every operand (issue 14).
    if (!((c === '+' && this.src[this.pos + 1] === '+') || ((c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015') && isDash(this.src[this.pos + 1])))) {
      this.pos = back;
      this.resetTokens(mark);
      if (this.requiresComments) this.requiresComments.length = requires;
      return operand;
    }
    const op = c === '+' ? '++' : '--';
    this.requireAssignable(operand, op);
    this.token(OPERATOR_TOKEN, this.pos, this.pos + 2);
    this.pos += 2;
    return new UnaryNode('post' + op, operand, operand.span.start, this.pos);
  }

  private requireAssignable(operand: Expr, op: string): void {
    const k = operand.kind;
    if (k === 'variable' || k === 'member' || k === 'index') return;
    // `++($x)`, `++[int]$x`, `([int]$x)--` step the variable inside; pwsh underlines what is not assignable.
    const bad = unassignableSpan(operand, false);
    if (bad) this.fail(ParserStrings.OperatorRequiresVariableOrProperty, bad.start, bad.end, false, op);
  }

  // ---- primaries -----------------------------------------------------------------------------

  protected parsePrimary(): Expr {
    const start = this.pos;
    const c = this.src[this.pos];
    const n = this.src[this.pos + 1];
    if (c === undefined) this.fail(ParserStrings.MissingExpressionAtEnd, start, start, true);
    if (c === '$') return this.scanDollar(false);
    if (c === '@' && isQuote(n)) return this.scanHereString();
    // isSingleQuote and isDoubleQuote by code, written out (every string operand; issue 14).
    const code = this.src.charCodeAt(start);
    if (code === 39 || (code >= 0x2018 && code <= 0x201b)) {
      const value = this.readSingleQuoted();
      return new StringNode(value, true, start, this.pos);
    }
    if (code === 34 || (code >= 0x201c && code <= 0x201e)) {
      const parts = this.readQuoted(true);
      if (typeof parts === 'string') return new StringNode(parts, true, start, this.pos);
      return new ExpandableNode(parts, start, this.pos);
    }
    if (c === '(') return this.parseParen();
    if (c === '@' && n === '(') {
      const statements = this.parseStatementsInParens(false);
      return new ArraySubexpressionNode(statements, start, this.pos);
    }
    if (c === '@' && n === '{') return this.parseHashtable(false);
    if (c === '[') {
      const type = this.tryTypeLiteral();
      if (type) return type;
      this.failBrokenTypeLiteral();
    }
    if ((code >= 48 && code <= 57) || (c === '.' && isDigit(n))) {
      const end = this.tryNumberAt(this.pos);
      if (end >= 0) {
        this.pos = end;
        if (this.recordTokens) this.token(NUMBER_TOKEN, start, end);
        else this.lastTokenEnd = end;
        return new NumberNode(this.numberAtValue, this.buildValues ? this.src.slice(start, this.pos) : '', start, this.pos);
      }
    }
    if (c === '{') return this.parseScriptBlockExpression();
    if (c === '@') {
      // `1 + @h`: a splat is only a command argument; an `@` that starts nothing is no token.
      if (!isVariableCharCode(this.src.charCodeAt(this.pos + 1))) this.fail(ParserStrings.UnrecognizedToken, start, start + 1);
      const name = this.splatNameAt(this.pos + 1);
      this.fail(ParserStrings.SplattingNotPermitted, start, start + 1 + name.length, false, name);
    }
    let end = this.pos + 1;
    while (end < this.src.length && isIdentifierCharCode(this.src.charCodeAt(end))) end++;
    this.fail(ParserStrings.UnexpectedToken, start, end, false, this.src.slice(start, end));
  }

  /** `[]` and `[Name` at the end of a line: pwsh's type-name errors (other `[` text is an unexpected token). */
  private failBrokenTypeLiteral(): void {
    const m = /^\[[ \t]*([A-Za-z_][\w.`]*)?[ \t]*(\]|[\r\n;)}|]|$|(?<=[ \t]))/.exec(this.src.slice(this.pos, this.pos + 200));
    if (!m) return;
    if (!m[1] && m[2] === ']') this.fail(ParserStrings.MissingTypename, this.pos + 1, this.pos + 1);
    if (m[1] && m[2] !== ']') {
      // pwsh reports it one character before the next token (the blanks after the name count), or at
      // the end of the input: `[int` + newline at the `t`, `[int x` at the blank.
      const next = this.pos + m[0].length - m[2]!.length;
      const at = next >= this.src.length ? next : next - 1;
      this.fail(ParserStrings.EndSquareBracketExpectedAtEndOfAttribute, at, at);
    }
  }

  /** `$( … )` at pos: statements up to the closing parenthesis. */
  protected parseSubexpression(inString: boolean): Expr {
    const start = this.pos;
    let statements: Statement[];
    if (!inString) statements = this.parseStatementsInParens(false);
    else {
      try {
        statements = this.parseStatementsInParens(true);
      } catch (e) {
        // Inside a string, input that ends before the `)` is reported from the `$(` to the end.
        if (e instanceof ParseFailure && e.error.incomplete) this.fail(ParserStrings.IncompleteDollarSubexpressionReference, start, this.src.length, true);
        throw e;
      }
    }
    return new SubexpressionNode(statements, start, this.pos);
  }

  /**
   * `$(` or `@(` at pos and the statements after it, up to `)`. A missing `)` is reported after the
   * last token, or (`inString`, `"$(`) from the `$(` to the end of the input.
   */
  private parseStatementsInParens(inString: boolean): Statement[] {
    const start = this.pos;
    // Inside $( ) and @( ) newlines separate statements, as in a script block.
    const group = this.openGroup(2, 'separators');
    const statements = this.parseStatementList(')');
    if (!this.closeGroup(group, ')')) {
      if (inString) this.fail(ParserStrings.IncompleteDollarSubexpressionReference, start, this.src.length, true);
      this.fail(ParserStrings.MissingEndParenthesisInSubexpression, this.endOfLastToken(), this.endOfLastToken(), true);
    }
    return statements;
  }

  private parseParen(): Expr {
    const start = this.pos;
    const group = this.openGroup(1, 'blanks');
    // The error points just after the '(' (pwsh 7.6.10: `$x = (  )` underlines the first blank).
    const c = this.src[this.pos];
    // A chain operator cannot start the pipeline either (pwsh 7.6.10: `(|| 2)` and `(&& 2)` say the same).
    if (c === ')' || ((c === '|' || c === '&') && this.src[this.pos + 1] === c)) this.fail(ParserStrings.ExpectedExpression, start + 1, start + 2);
    const pipeline = this.parseStatement();
    // Reported right after the last token, also when something else stands where `)` should (pwsh 7.6.10).
    if (!this.closeGroup(group, ')')) this.fail(ParserStrings.MissingEndParenthesisInExpression, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
    return new ParenNode(pipeline, start, this.pos);
  }

  protected parseHashtable(ordered: boolean): Expr {
    const start = this.pos;
    const group = this.openGroup(2, 'separators');
    const entries: Array<{ key: Expr; value: Statement }> = [];
    // Constant keys seen so far: a repeated one (case-insensitive) is a parse error, as in pwsh.
    const constantKeys = new Set<string>();
    for (;;) {
      this.skipSeparators();
      const c = this.src[this.pos];
      if (c === undefined) this.fail(ParserStrings.MissingEndCurlyBrace, start, start + 2, true);
      if (c === '}') break;
      const keyStart = this.pos;
      let key: Expr;
      if (isIdentifierStart(c) || (isDash(c) && isIdentifierStart(this.src[this.pos + 1]))) {
        let end = this.pos;
        while (end < this.src.length && (isIdentifierCharCode(this.src.charCodeAt(end)) || isDashCode(this.src.charCodeAt(end)))) end++;
        key = new StringNode(this.src.slice(this.pos, end), false, keyStart, end);
        this.token(GENERIC_TOKEN, keyStart, end);
        this.pos = end;
      } else {
        // The duplicate-key check reads a string key's value and a number key's text, which the
        // display tokenizer does not build otherwise.
        const values = this.buildValues;
        this.buildValues = true;
        try {
          key = this.parseUnary();
        } finally {
          this.buildValues = values;
        }
      }
      const constant = key.kind === 'string' ? 's:' + key.value.toLowerCase() : key.kind === 'number' ? 'n:' + key.text.toLowerCase() : undefined;
      if (constant !== undefined && constantKeys.has(constant)) {
        this.fail(ParserStrings.DuplicateKeyInHashLiteral, key.span.start, key.span.end, false, this.src.slice(key.span.start, key.span.end));
      }
      if (constant !== undefined) constantKeys.add(constant);
      this.skipTrivia(false);
      if (this.src[this.pos] !== '=') this.fail(ParserStrings.MissingEqualsInHashLiteral, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
      this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
      this.pos++;
      this.skipTrivia(true);
      const v = this.src[this.pos];
      if (v === undefined || v === '}' || v === ';') this.fail(ParserStrings.MissingStatementInHashLiteral, this.endOfLastToken(), this.endOfLastToken(), v === undefined);
      const value = this.parseStatement();
      entries.push({ key, value });
      this.skipTrivia(false);
      const after = this.src[this.pos];
      if (after !== undefined && after !== ';' && after !== '}' && !isNewline(after)) this.fail(ParserStrings.MissingEqualsInHashLiteral, this.pos, this.pos + 1);
    }
    if (!this.closeGroup(group, '}')) this.fail(ParserStrings.MissingEndCurlyBrace, start, start + 2, true);
    return new HashtableNode(exactList(entries), ordered, start, this.pos);
  }

  // ---- postfix: members, method calls, indexes -----------------------------------------------

  protected parsePostfix(expr: Expr, argument = false): Expr {
    for (;;) {
      let c = this.src[this.pos];
      // A member operator followed by a blank, a line break, `;`, `)` or the end (one code test; the
      // common `$x.Name` makes no call here).
      if (!argument && (c === '.' || (c === ':' && this.src[this.pos + 1] === ':')) && expr.kind !== 'number') {
        const f = this.src.charCodeAt(this.pos + (c === '.' ? 1 : 2));
        if (f !== f || f === 32 || f === 9 || f === 10 || f === 13 || f === 59 || f === 41 || (f > 127 && isSpaceCode(f))) {
          expr = this.parseMember(expr, c !== '.', this.blanksAfterMemberOperator(c === '.' ? 1 : 2));
          continue;
        }
      }
      // `${a}?.b`, `${a}?[0]` (PowerShell 7): `?` right before `.` or `[` makes the step null-conditional.
      // (`$a?.b` never gets here: `?` is a character of the variable name `a?`.)
      const nullConditional = c === '?' && (this.src[this.pos + 1] === '.' || this.src[this.pos + 1] === '[') && expr.kind !== 'typeLiteral';
      if (nullConditional) {
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
        c = this.src[this.pos];
      }
      if (c === '.' && (this.pos + 1 >= this.src.length || isNewline(this.src[this.pos + 1])) && expr.kind !== 'number') {
        // `$a.` with nothing after the dot.
        this.fail(ParserStrings.MissingPropertyName, this.pos + 1, this.pos + 1, this.pos + 1 >= this.src.length);
      }
      // A member name may start with a digit (`1.2.3` is 1.2's member `3`).
      if (c === '.' && (isIdentifierStartCode(this.src.charCodeAt(this.pos + 1)) || isQuoteCode(this.src.charCodeAt(this.pos + 1)) || isDigit(this.src[this.pos + 1]) || startsMemberNameExpression(this.src.charCodeAt(this.pos + 1)))) {
        this.pos++;
        expr = this.parseMember(expr, false);
        if (nullConditional) (expr as MemberNode | InvokeNode).nullConditional = true;
      } else if (c === ':' && this.src[this.pos + 1] === ':' && (isIdentifierStartCode(this.src.charCodeAt(this.pos + 2)) || startsMemberNameExpression(this.src.charCodeAt(this.pos + 2)))) {
        this.pos += 2;
        expr = this.parseMember(expr, true);
      } else if (c === '[' && expr.kind !== 'typeLiteral') {
        const group = this.openGroup(1, 'blanks', true);
        const index = this.parseExpression();
        if (!this.closeGroup(group, ']')) {
          if (this.pos >= this.src.length) this.fail(ParserStrings.MissingEndSquareBracket, this.endOfLastToken(), this.endOfLastToken(), true);
          this.fail(ParserStrings.MissingEndSquareBracket, groupOpen(group), this.pos);
        }
        expr = new IndexNode(expr, index, expr.span.start, this.pos);
        if (nullConditional) (expr as IndexNode).nullConditional = true;
      } else if (nullConditional) {
        // `${a}?.` followed by no name (a blank, `(`, …).
        this.fail(ParserStrings.MissingPropertyName, this.pos, this.pos, this.pos >= this.src.length);
      } else {
        return expr;
      }
    }
  }

  /**
   * In an expression pwsh reads blanks and line breaks between `.` or `::` and the member's name
   * (`$site.` and `Url` on the next line; `[int]:: MaxValue`). Where they follow the operator: the
   * name's position, the operator taken as a token; a missing name there is MissingPropertyName at
   * the first character that is not one.
   */
  private blanksAfterMemberOperator(length: number): number {
    const src = this.src;
    const after = this.pos + length;
    let at = after;
    while (at < src.length && (isSpaceCode(src.charCodeAt(at)) || isNewlineCode(src.charCodeAt(at)))) at++;
    const name = src.charCodeAt(at);
    if (at >= src.length || !(isIdentifierStartCode(name) || isQuoteCode(name) || isDigit(src[at]) || startsMemberNameExpression(name))) {
      this.fail(ParserStrings.MissingPropertyName, at, at, at >= src.length && onlyBlanksAndCommentsAfter(src, after));
    }
    this.token(OPERATOR_TOKEN, this.pos, after);
    this.pos = at;
    return at;
  }

  private parseMember(target: Expr, isStatic: boolean, nameAt = this.pos): Expr {
    this.pos = nameAt;
    const nameStart = this.pos;
    let name: string;
    // A name computed when the member is read: `$o.$name`, `$o.$(…)`, `$o.(…)`, `$o."a$b"`. Only the
    // primary itself is the name: `$o.$n.x` is ($o.$n).x, as in pwsh.
    let nameExpr: Expr | undefined;
    if (startsMemberNameExpression(this.src.charCodeAt(this.pos))) {
      nameExpr = this.parsePrimary();
      name = this.src.slice(nameStart, this.pos);
    } else if (isQuote(this.src[this.pos])) {
      if (isSingleQuote(this.src[this.pos])) name = this.readSingleQuoted();
      else {
        const quoted = this.readQuoted(true);
        if (typeof quoted === 'string') name = quoted;
        else {
          nameExpr = new ExpandableNode(quoted, nameStart, this.pos);
          name = this.src.slice(nameStart, this.pos);
        }
      }
    } else {
      const end = identifierEnd(this.src, this.pos);
      name = this.src.slice(this.pos, end);
      this.pos = end;
      if (this.recordTokens) this.token(GENERIC_TOKEN, nameStart, end);
      else this.lastTokenEnd = end;
    }
    const targetStart = (target as Partial<Span>).start;
    // `::Cast[int](…)`: a generic method's type arguments, written right after its name and before `(`.
    const genericArgs = nameExpr === undefined ? this.genericMethodArguments() : undefined;
    // `$list.ForEach{ … }`, `.Where{ … }`: a script block right after the name is a method call with that
    // one argument (pwsh allows it for any method name).
    if (this.src[this.pos] === '{') {
      const block = this.parseScriptBlockExpression();
      return new InvokeNode(target, name, isStatic, [block], targetStart === undefined ? target.span.start : targetStart, this.pos, nameExpr);
    }
    if (this.src[this.pos] !== '(') return new MemberNode(target, name, isStatic, targetStart === undefined ? target.span.start : targetStart, this.pos, nameExpr);
    const group = this.openGroup(1, 'blanks', true, nameStart);
    // Collected on the scratch stack and copied out once (see Scanner.scratch).
    const args = this.scratch as Expr[];
    const base = args.length;
    if (this.src[this.pos] !== ')') {
      for (;;) {
        if (this.pos >= this.src.length) {
          // After the last token, the `(` included (the scanner keeps no token for it).
          const at = Math.max(this.endOfLastToken(), groupOpen(group) + 1);
          this.fail(ParserStrings.MissingEndParenthesisInMethodCall, at, at, true);
        }
        args.push(this.parseExpressionNoComma());
        this.skipTrivia(true);
        if (this.src[this.pos] !== ',') break;
        this.pos++;
        this.skipTrivia(true);
      }
    }
    const list = args.length === base ? NO_ITEMS : args.slice(base);
    args.length = base;
    if (!this.closeGroup(group, ')')) this.fail(ParserStrings.MissingEndParenthesisInMethodCall, nameStart, this.pos, (this.pos >= this.src.length));
    const invoke = new InvokeNode(target, name, isStatic, list, targetStart === undefined ? target.span.start : targetStart, this.pos, nameExpr);
    if (genericArgs) invoke.genericArgs = genericArgs;
    return invoke;
  }

  /** `[T1,T2]` right before a method call's `(`: the type names (and the position moves past them); else undefined. */
  private genericMethodArguments(): string[] | undefined {
    if (this.src[this.pos] !== '[') return undefined;
    let depth = 0;
    let end = this.pos;
    for (; end < this.src.length; end++) {
      const c = this.src[end];
      if (c === '[') depth++;
      else if (c === ']' && --depth === 0) break;
      else if (!/[\w.,`+ \t]/.test(c!)) return undefined;
    }
    if (depth !== 0 || this.src[end + 1] !== '(') return undefined;
    const names = splitTypeArguments(this.src.slice(this.pos + 1, end));
    if (names.some((n) => n === '')) return undefined;
    this.pos = end + 1;
    this.lastTokenEnd = this.pos;
    return names;
  }
}

/** A character `\b` in a regular expression counts as part of a word. */
function isWordCode(c: number): boolean {
  return isAsciiLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
}

/** `$` or `(` after a member operator: the member's name is an expression (`$o.$n`, `$o.(…)`). */
function startsMemberNameExpression(code: number): boolean {
  return code === 36 || code === 40;
}

/** `int, List[string]`: the type names, split at the commas outside brackets. */
function splitTypeArguments(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (i === text.length || (c === ',' && depth === 0)) {
      names.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return names;
}
