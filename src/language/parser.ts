// A recursive-descent parser for the PowerShell subset. Files, like the regions of PowerShell's
// Parser.cs: scanner.ts (the tokenizer whose mode the grammar switches), expressions.ts
// (expressions), this file (statements, pipelines, commands); messages in parser-strings.ts.
//
// It stops at the first syntax error (PowerShell's ConciseView shows only the first one) and
// flags errors that more input could fix as `incomplete`, which the console turns into `>> `.
//
// A new statement (`if`, `foreach`, `while`, `try`, `function`, ...) is one rule: a method that
// parses it from its keyword, entered in STATEMENT_RULES below in place of `unsupportedStatement`.

import { ArgumentNode, ArrayNode, StringNode, AssignmentNode, CommandNode, ExpressionElementNode, type CommandItem, NumberNode, ParameterNode, PipelineNode, SplatNode, type ChainStatement, type CommandAst, type CommandElement, type Expr, type PipelineElement, type PipelineStatement, type RedirectionAst, type ScriptAst, type Span, type Statement } from './ast.js';
import { COMMAND_NAME_TOKEN, GENERIC_TOKEN, KEYWORD_TOKEN, NUMBER_TOKEN, OPERATOR_TOKEN, PARAMETER_TOKEN, SPLAT_TOKEN, type TokenStream } from './tokens.js';
import { ParserStrings } from './parser-strings.js';
import { unassignableSpan } from './assignable.js';
import { FunctionParser } from './parser-functions.js';
import { FlowParser, needsNoSeparator } from './parser-flow.js';
import { NO_ITEMS, ParseFailure, exactList, spanOf, type ParseError } from './scanner.js';
import { redirectionOperatorAt, streamDisplayName } from './redirections.js';
import {
  ASCII,
  END,
  PLAIN_WORD,
  plainWordRunEnd,
  endsGenericToken,
  endsGenericTokenCode,
  isDash,
  isDashCode,
  isDigit,
  isDoubleQuoteCode,
  isLetter,
  isNewline,
  isQuote,
  isSpace,
  isSpaceCode,
  isVariableChar,
  numberLiteralBetween,
  parameterNameEnd,
  scanNumberLiteral,
} from './chars.js';

/** The characters other than separators that end a number at a statement's start (pwsh's ForceStartNewTokenAfterNumber). */
const ENDS_NUMBER = /[!#%*+\-./<=>\]]/;

export type { ParseError } from './scanner.js';

export interface ParseResult {
  script: ScriptAst;
  errors: ParseError[];
  incomplete: boolean;
  /**
   * When the parse failed: the end of the last token the parser had read, where pwsh decides whether
   * the error is incomplete input (only blanks and comments after it, no line break).
   */
  stoppedAfter?: number;
  /** The tokens in the order the grammar recorded them (a string's after the variables inside it). */
  tokens: TokenStream;
}

/** What the grammar makes of a text; the tokens are taken from the parser separately. */
type Parsed = Omit<ParseResult, 'tokens'>;

export function parseScript(text: string, file?: string): ParseResult {
  void file;
  const { script, errors, incomplete, stoppedAfter } = new Parser(text, false).parse();
  // Running a script needs no tokens: they are scanned again only if someone asks for them.
  let tokens: TokenStream | undefined;
  return {
    script,
    errors,
    incomplete,
    ...(stoppedAfter === undefined ? {} : { stoppedAfter }),
    get tokens() {
      return (tokens ??= tokenizeForDisplay(text));
    },
  };
}

/**
 * Tokens for syntax colouring and completion, as numbers (TokenStream); `byStart`: in the order of
 * their starts, else as recorded. Throws only on a bug (tokenizer.ts guards the console).
 */
export function tokenizeForDisplay(text: string, byStart = false): TokenStream {
  const parser = new Parser(text);
  parser.parse();
  return parser.takeTokens(byStart);
}

/** The console asks this before running a line: true shows the `>> ` continuation prompt. */
export function isIncompleteInput(text: string): boolean {
  return parseScript(text).incomplete;
}

/** A statement rule: parses the statement that starts with `keyword` at pos (PowerShell's StatementRule). */
type StatementRule = (parser: Parser, keyword: string) => Statement;

const throwOrExitStatement: StatementRule = (p, keyword) => p.parseThrowOrExit(keyword);
const functionStatement: StatementRule = (p, keyword) => p.parseFunction(keyword);
/** Valid `using` lines are read with the top of the script; one after a statement is an error. */
const usingStatement: StatementRule = (p) => p.failUsingNotAtStart();
/** Control flow (parser-flow.ts). */
const ifStatement: StatementRule = (p) => p.parseIf();
const loopStatement: StatementRule = (p, keyword) => p.parseLoop(keyword);
const breakOrContinueStatement: StatementRule = (p, keyword) => p.parseBreakOrContinue(keyword as 'break' | 'continue');
const returnStatement: StatementRule = (p) => p.parseReturn();
const tryStatement: StatementRule = (p) => p.parseTry();
const trapStatement: StatementRule = (p) => p.parseTrap();
/** Keywords outside the subset: reported by name rather than run as commands. */
const unsupportedStatement: StatementRule = (p, keyword) => p.failUnsupportedStatement(keyword);
/** `enum` and `class` (parser-types.ts). */
const typeDefinition: StatementRule = (p, keyword) => p.parseTypeDefinition(keyword as 'enum' | 'class');

/** The statement keywords, each with its rule. */
const STATEMENT_RULES: ReadonlyMap<string, StatementRule> = new Map<string, StatementRule>([
  ['throw', throwOrExitStatement],
  ['exit', throwOrExitStatement],
  ['function', functionStatement],
  ['filter', functionStatement],
  ['using', usingStatement],
  ['if', ifStatement],
  ['foreach', loopStatement],
  ['for', loopStatement],
  ['while', loopStatement],
  ['do', loopStatement],
  ['switch', loopStatement],
  ['break', breakOrContinueStatement],
  ['continue', breakOrContinueStatement],
  ['return', returnStatement],
  ['try', tryStatement],
  ['trap', trapStatement],
  ['enum', typeDefinition],
  ['class', typeDefinition],
  // `param`, `begin`, `process`, `end` are keywords only at the top of a script block
  // (parser-functions.ts); `else`, `elseif`, `until`, `catch`, `finally` on their own are
  // command names: elsewhere they are command names, as in PowerShell.
  ...[
    'workflow', 'data', 'configuration', 'inlinescript', 'parallel', 'sequence', 'hidden',
    'static', 'define', 'from', 'var',
  ].map((k): [string, StatementRule] => [k, unsupportedStatement]),
]);

class Parser extends FlowParser {
  /** The script, or its first error; the tokens stay with the parser (takeTokens). */
  parse(): Parsed {
    const statements: Statement[] = [];
    try {
      const block = this.parseScriptBlockBody(null, 0);
      block.text = this.src;
      block.requires = this.parseRequires();
      if (this.semanticError) throw new ParseFailure(this.semanticError);
      return { script: { statements: block.blocks.end ?? [], block }, errors: [], incomplete: false };
    } catch (e) {
      const error = e instanceof ParseFailure ? e.error : stackExhausted(e, this.pos);
      if (!error) throw e;
      const stoppedAfter = this.endOfLastToken();
      this.lexRest(error.span.end);
      return { script: { statements }, errors: [error], incomplete: error.incomplete, stoppedAfter };
    }
  }

  // ---- statements ----------------------------------------------------------------------------

  /** Statements up to `terminator` (not consumed) or the end, in a list of their exact length. */
  protected parseStatementList(terminator: ')' | '}' | null): Statement[] {
    // Collected on the scratch stack and copied out once (see Scanner.scratch).
    const out = this.scratch as Statement[];
    const base = out.length;
    const src = this.src;
    for (;;) {
      // skipTrivia(true) only when what follows the blanks and line breaks may start trivia: a
      // call per statement less, in a first parse a full call in V8's cold tiers (issue 14, ninth round).
      let f = src.charCodeAt(this.pos);
      while (f === 32 || f === 10 || f === 13 || f === 9) f = src.charCodeAt(++this.pos);
      if (!(f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96)) this.skipTrivia(true);
      const c = this.src[this.pos];
      if (c === undefined) break;
      if (c === ';') {
        if (this.recordTokens) this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        else this.lastTokenEnd = this.pos + 1;
        this.pos++;
        continue;
      }
      if (terminator && c === terminator) break;
      if (c === ')' || c === '}') this.fail(ParserStrings.UnexpectedToken, this.pos, this.pos + 1, false, c);
      const before = this.pos;
      // A statement that starts with `$` is a pipeline or an assignment (parseStatement's first tests): no call for them.
      const statement = c === '$' ? this.parsePipelineOrAssignment() : this.parseStatement();
      // The display tokenizer needs the tokens, not the tree: statements are dropped as they are
      // parsed (no list is made), so the tree of one statement at most is alive (issue 14).
      if (!this.recordTokens) out.push(statement);
      // Every statement consumes input; anything else would loop forever.
      if (this.pos === before) this.fail(ParserStrings.UnexpectedToken, before, before + 1, false, c);
      // A statement that ends with its block (`function f { }`) needs no separator after it.
      const kind = statement.kind;
      if (kind === 'function' || this.backgroundEnd === this.pos) continue;
      // skipTrivia(false) stops at a line break: no call when one, or a plain character, follows the blanks.
      f = src.charCodeAt(this.pos);
      while (f === 32 || f === 9) f = src.charCodeAt(++this.pos);
      if (!(f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96) && f !== 10 && f !== 13) this.skipTrivia(false);
      const next = this.src[this.pos];
      // After `}` of if/foreach/try/... the next statement may follow without a separator (never
      // after a pipeline or an assignment, most statements: no call for them; issue 14).
      if (kind !== 'pipeline' && kind !== 'assignment' && needsNoSeparator(statement)) {
        if (next === '|') this.fail(ParserStrings.EmptyPipeElement, this.pos, this.pos + 1);
        continue;
      }
      if (next === undefined || next === ';' || next === '\n' || next === '\r' || (terminator && next === terminator)) continue;
      const start = this.pos;
      const end = this.strayTokenEnd(start);
      this.fail(ParserStrings.UnexpectedToken, start, end, false, this.src.slice(start, end));
    }
    // No store to `length` when nothing was added (the display tokenizer keeps no statements): a
    // store to an array's length is a call to a builtin, even in optimised code.
    if (out.length === base) return NO_ITEMS;
    const list = out.slice(base);
    out.length = base;
    return list;
  }

  /**
   * Where pwsh's token at start ends when it is reported as unexpected after a statement: `$(`, `@(`
   * and `@{` are tokens of two characters, `(` and `{` of one, `${x}` and `$x` are variable tokens (`$x.y` underlines `$x`),
   * anything else runs as a generic word.
   */
  private strayTokenEnd(start: number): number {
    const src = this.src;
    const c = src[start];
    const n = src[start + 1];
    if ((c === '$' && n === '(') || (c === '@' && (n === '(' || n === '{'))) return start + 2;
    // `(` and `{` are tokens of their own (`1(2)`, `$x{2}`).
    if (c === '(' || c === '{') return start + 1;
    if (c === '$' && n === '{') {
      const close = src.indexOf('}', start + 2);
      if (close > 0 && !/[\r\n]/.test(src.slice(start, close))) return close + 1;
    }
    if (c === '$' && n !== undefined && /[\w:]/.test(n)) {
      const m = /^\$(?:[A-Za-z_]\w*:)?\w+/.exec(src.slice(start, start + 300));
      if (m) return start + m[0].length;
    }
    let end = start + 1;
    while (end < src.length && !endsGenericTokenCode(src.charCodeAt(end))) end++;
    if (!/[`"'\u2018-\u201e]/.test(src.slice(start, end + 1))) return end;
    return this.genericTokenEnd(start, end, isQuote(c));
  }

  /**
   * A stray string, or a word with a quote or escape inside (`abc".Split(",")`, `` b`u{41}x ``) is one generic token
   * to pwsh: a quoted part runs to its closing quote (over `(` and `,`), and a string that runs to the
   * end of the input makes the input incomplete (unterminated string), not an unexpected token.
   */
  private genericTokenEnd(start: number, fallback: number, quoted: boolean): number {
    const mark = this.tokenMark();
    const scratchLength = this.scratch.length;
    this.pos = start;
    let end = fallback;
    try {
      // A token that starts with a quote is a string, and ends with it (`"b"c` reports '"b"').
      if (quoted) this.readQuoted(isDoubleQuoteCode(this.src.charCodeAt(start)));
      else this.scanGenericToken();
      end = this.pos;
    } catch (e) {
      if (e instanceof ParseFailure && e.error.incomplete) throw e;
    }
    this.scratch.length = scratchLength;
    this.pos = start;
    this.resetTokens(mark);
    return end;
  }

  /** StatementRule: a keyword's own rule, else a pipeline, which may be an assignment's target. */
  protected parseStatement(): Statement {
    if (this.src[this.pos] === ':' && isLabelStart(this.src.charCodeAt(this.pos + 1))) return this.parseLabeledStatement();
    // The word is sliced only when it may be a keyword (what follows it allows one). Only a letter
    // or `_` starts one, and a dash after it (`Write-Output`) makes it none: no calls for those
    // (most statements; issue 14, ninth round).
    const first = this.src.charCodeAt(this.pos) | 32;
    const length = first === 127 || (first >= 97 && first <= 122) ? this.peekWordLength() : 0;
    if (length > 0 && this.src.charCodeAt(this.pos + length) !== 45 && this.isKeywordUse(length)) {
      const keyword = this.src.slice(this.pos, this.pos + length).toLowerCase();
      const rule = STATEMENT_RULES.get(keyword);
      if (rule) return rule(this, keyword);
    } else if (first === 123 && this.src.charCodeAt(this.pos) === 91) {
      // `[Flags()] enum …`: only a `[Name(` start is looked at further (parser-types.ts).
      const typed = this.parseAttributedTypeDefinition();
      if (typed) return typed;
    }
    return this.parsePipelineOrAssignment();
  }

  parseThrowOrExit(keyword: string): Statement {
    const start = this.pos;
    this.token(KEYWORD_TOKEN, this.pos, this.pos + keyword.length);
    this.pos += keyword.length;
    this.skipTrivia(false);
    const c = this.src[this.pos];
    let value: Statement | undefined;
    if (c !== undefined && c !== ';' && !isNewline(c) && c !== ')' && c !== '}') value = this.parsePipeline();
    const span = { start, end: this.pos };
    return keyword === 'throw' ? { kind: 'throw', value, span } : { kind: 'exit', value, span };
  }

  failUnsupportedStatement(keyword: string): never {
    this.token(KEYWORD_TOKEN, this.pos, this.pos + keyword.length);
    this.fail(ParserStrings.UnsupportedStatement, this.pos, this.pos + keyword.length, false, keyword);
  }

  protected parsePipelineOrAssignment(): Statement {
    const start = this.pos;
    // parsePipeline returns with the blanks after it skipped (no skipTrivia call here; issue 14).
    const pipeline = this.parsePipeline();
    // Most statements end at a line break, `;`, `)`, `}` or the end: neither a chain nor an
    // assignment follows (no calls for them; issue 14, ninth round). At a line break, a chain goes
    // on only when the next line starts with blanks, a comment or `|` (barsAfterLineBreak).
    const code = this.src.charCodeAt(this.pos);
    if (code !== code || code === 59 || code === 41 || code === 125) return pipeline;
    if (code === 10) {
      const q = this.src.charCodeAt(this.pos + 1);
      if (q !== 124 && q !== 32 && q !== 9 && q !== 35 && q !== 60 && q !== 13 && q !== 10) return pipeline;
    }
    // Assignment: the pipeline is a single expression followed by an assignment operator.
    const c = this.src[this.pos];
    if (((c === '&' || c === '|') && this.src[this.pos + 1] === c) || ((c === '\n' || c === '\r') && this.barsOnNextLine(true))) return this.takeBackground(this.parseChain(pipeline));
    if (c === '&') return this.takeBackground(pipeline);
    const op = this.peekAssignmentOperator();
    if (!op) return pipeline;
    // An expression with a redirection (`1>a = 2`) is a whole statement: the operator is a stray token.
    if (pipeline.redirectsSoleExpression()) this.fail(ParserStrings.UnexpectedToken, this.pos, this.pos + op.length, false, op);
    // The target: the pipeline's one expression element, read without making its `elements` list.
    const target = pipeline.soleExpression();
    const opStart = this.pos;
    if (this.recordTokens) this.token(OPERATOR_TOKEN, this.pos, this.pos + op.length);
    else this.lastTokenEnd = this.pos + op.length;
    this.pos += op.length;
    // `$a, $b = 1, 2`: several targets take only `=`. pwsh underlines the innermost part that cannot be
    // assigned: for `(1 + 2) = 3`, what is inside the parentheses (assignable.ts).
    const bad = target ? unassignableSpan(target, op === '=') : pipeline.span;
    if (bad) {
      this.failSemantic(ParserStrings.InvalidLeftHandSide, bad.start, bad.end);
      // Parsing goes on for the syntax errors after it; the statement never runs.
      this.skipTrivia(true);
      if ((this.pos >= this.src.length) || this.src[this.pos] === ';' || this.src[this.pos] === ')' || this.src[this.pos] === '}') {
        this.fail(ParserStrings.ExpectedValueExpression, opStart + op.length, opStart + op.length, (this.pos >= this.src.length), op);
      }
      this.enter(opStart);
      this.parseStatement();
      this.leave();
      return pipeline;
    }
    this.skipTrivia(true);
    if ((this.pos >= this.src.length) || this.src[this.pos] === ';' || this.src[this.pos] === ')' || this.src[this.pos] === '}') {
      this.fail(ParserStrings.ExpectedValueExpression, opStart + op.length, opStart + op.length, (this.pos >= this.src.length), op);
    }
    // `$a = $b = 1` nests: the value is itself a statement.
    this.enter(opStart);
    const value = this.parseStatement();
    this.leave();
    return new AssignmentNode(target!, op, value, start, this.pos, opStart);
  }

  // ---- pipeline chains (`&&`, `||`) ----------------------------------------------------------

  private atChainOperator(): boolean {
    const c = this.src[this.pos];
    return (c === '&' || c === '|') && this.src[this.pos + 1] === c;
  }

  /** `first && b || c`: pipelines (keywords are command names there) joined by chain operators. */
  private parseChain(first: PipelineStatement): ChainStatement {
    const pipelines = [first];
    const operators: ChainStatement['operators'] = [];
    while (this.atChainOperator()) {
      const opStart = this.pos;
      const op = this.src[this.pos] === '&' ? '&&' : '||';
      this.token(OPERATOR_TOKEN, opStart, opStart + 2);
      this.pos += 2;
      // A line break may follow the operator (never precede it).
      this.skipTrivia(true);
      const c = this.src[this.pos];
      if (c === undefined) this.fail(ParserStrings.EmptyPipelineChainElement, this.pos, this.pos, true);
      // pwsh underlines the operator through the token that cannot start a pipeline.
      if (c === ';' || c === ')' || c === '}' || c === ',') this.fail(ParserStrings.EmptyPipelineChainElement, opStart, this.pos + 1);
      operators.push({ op, span: { start: opStart, end: opStart + 2 } });
      pipelines.push(this.parsePipeline());
      this.skipTrivia(false);
      if (isNewline(this.src[this.pos])) this.barsOnNextLine(true);
    }
    return { kind: 'chain', pipelines, operators, span: { start: first.span.start, end: pipelines[pipelines.length - 1]!.span.end } };
  }

  // ---- pipelines -----------------------------------------------------------------------------

  /**
   * At a line break after a pipeline element: whether the next line starts with `|` (pwsh 7.4+
   * continues the pipeline there) or, with `chain`, with `||` (a chain goes on there; `&&` does not).
   * Comment lines may come between, a blank line may not (pwsh 7.6.10: `"a"`, blank, `| x` is "An
   * empty pipe element"). If so, moves to the bars; otherwise leaves the position alone.
   */
  private barsOnNextLine(chain: boolean): boolean {
    // A statement that ends at a line break is asked twice (pipeline, then chain): scan once.
    if (this.barsScanAt !== this.pos || this.barsScanSource !== this.src) {
      this.barsScanAt = this.pos;
      this.barsScanSource = this.src;
      this.barsScanKind = barsAfterLineBreak(this.src, this.pos);
    }
    if (this.barsScanKind !== (chain ? 2 : 1)) return false;
    this.skipTrivia(true);
    return true;
  }

  private barsScanAt = -1;
  private barsScanSource = '';
  private barsScanKind: 0 | 1 | 2 = 0;

  private parsePipeline(): PipelineNode {
    const start = this.pos;
    const parsed = this.parsePipelineElement(true);
    const firstEnd = this.expressionElementEnd;
    // A pipeline of one element (most statements) makes no list (PipelineNode makes it when read).
    let elements: PipelineElement[] | undefined;
    // parsePipelineElement returns with the blanks after its element skipped (every path ends
    // with skipTrivia(false) or a mode that skips more): no call here per pipeline (issue 14).
    for (;;) {
      const at = this.src[this.pos];
      // A line that starts with none of blanks, a comment or `|` continues no pipeline (barsAfterLineBreak), no call for it.
      if (at === '\n') {
        const q = this.src.charCodeAt(this.pos + 1);
        if (q !== 124 && q !== 32 && q !== 9 && q !== 35 && q !== 60 && q !== 13 && q !== 10) break;
      }
      if ((at === '\n' || at === '\r') && !this.barsOnNextLine(false)) break;
      if (this.src[this.pos] !== '|') break;
      // `||` ends the pipeline: a chain operator (parseChain).
      if (this.src[this.pos + 1] === '|') break;
      const barPos = this.pos;
      this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
      this.pos++;
      this.skipTrivia(true);
      const c = this.src[this.pos];
      // Reported right after the `|` (pwsh: `a | | b` underlines the blank between the bars).
      if (c === undefined) this.fail(ParserStrings.EmptyPipeElement, barPos + 1, barPos + 1, true);
      if (c === '|' || c === ';' || c === ')' || c === '}') this.fail(ParserStrings.EmptyPipeElement, barPos + 1, barPos + 1);
      const elementStart = this.pos;
      const element = this.parsePipelineElement(false);
      if (!isPipelineElement(element)) this.fail(ParserStrings.ExpressionsMustBeFirstInPipeline, elementStart, this.expressionElementEnd);
      if (element.kind === 'expression') this.fail(ParserStrings.ExpressionsMustBeFirstInPipeline, element.span.start, element.span.end);
      // The display tokenizer reads no pipeline's elements, only whether it is one expression
      // (soleExpression): a pipeline of several keeps a command in their place.
      if (this.recordTokens) elements = NO_ELEMENTS;
      else if (elements) elements.push(element);
      else elements = [elementOf(parsed, start, firstEnd), element];
    }
    if (elements === NO_ELEMENTS) return new PipelineNode(TOKENIZED_COMMAND, start, this.pos);
    if (elements) elements = exactList(elements);
    // A lone expression whose extent is the pipeline's keeps no element node (PipelineNode makes it
    // when read); the display tokenizer's keeps none either way (it reads soleExpression only).
    const kind = parsed.kind;
    const element = kind === 'command' || kind === 'expression';
    if (!elements && !element && (firstEnd === this.pos || this.recordTokens)) return new PipelineNode(parsed, start, this.pos);
    return new PipelineNode(elements ?? (element ? (parsed as PipelineElement) : new ExpressionElementNode(parsed as Expr, start, firstEnd)), start, this.pos);
  }

  /** Where the expression that parsePipelineElement returned last as a bare Expr ends. */
  private expressionElementEnd = 0;

  /**
   * A command, an expression with redirections (an ExpressionElementNode), or a bare expression,
   * whose element extent runs from where it started to expressionElementEnd: parsePipeline makes
   * the element node only when the pipeline keeps one (a pipeline that is a lone expression keeps
   * the expression alone; issue 14).
   */
  private parsePipelineElement(first: boolean): PipelineElement | Expr {
    const c = this.src[this.pos];
    const start = this.pos;
    // `&&` where a pipeline should start is a stray chain operator.
    if (c === '&' && this.src[this.pos + 1] === '&') this.fail(ParserStrings.UnexpectedToken, start, start + 2, false, '&&');
    if (c === '&' || (c === '.' && dotSourceFollows(this.src[this.pos + 1]))) {
      this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
      this.pos++;
      this.skipTrivia(false);
      const nameStart = this.pos;
      const after = this.src[this.pos];
      if (after === undefined || after === ';' || after === '|' || after === ')' || after === '}' || after === '&' || isNewline(after)) {
        // pwsh reports a lone `&` or `.` at once, even at the end of the input (not incomplete input).
        this.fail(ParserStrings.MissingExpression, start, start + 1, false, c);
      }
      let nameExpr: Expr;
      // A variable followed by more text is one bare word, as an argument is (`& $PSScriptRoot/helper.ps1`).
      if (this.src[this.pos] === '$') nameExpr = this.parseCommandArgument();
      else if (isQuote(this.src[this.pos]) || this.src[this.pos] === '(' || this.src[this.pos] === '{') nameExpr = this.parsePostfix(this.parsePrimary());
      else {
        const mark = this.tokenMark();
        nameExpr = this.scanGenericToken();
        // A plain word after `&` or `.` is the command's name, as pwsh's tokens flag it (`& Get-Date`).
        if (this.recordTokens && nameExpr.kind === 'string') {
          this.resetTokens(mark);
          this.token(COMMAND_NAME_TOKEN, nameStart, this.pos);
        }
      }
      const name = nameExpr.kind === 'string' ? nameExpr.value : '';
      return this.parseCommandElements(name, nameExpr, nameStart, this.pos, start, c === '.');
    }
    // An expression after `|` is parsed as one too, so that parsePipeline can reject it.
    // `$` and an ASCII letter settle startsExpression without a call (a letter starts a command name).
    const code = this.src.charCodeAt(this.pos);
    const lower = code | 32;
    if (c === '$' || code === 39 || code === 34 || code === 40 || (!(lower >= 97 && lower <= 122) && this.startsExpression())) {
      const expr = this.parseTernary(true);
      const end = this.pos;
      let redirections: RedirectionAst[] | undefined;
      // `'text' > file`, `(…) 2>&1`: redirections after the expression (which parseExpression
      // returns with the blanks after it skipped, in this mode or one that skips newlines too).
      // Only `< > * 1-6` start one (redirectionOperatorAt): no call for other characters.
      for (;;) {
        const r = this.src.charCodeAt(this.pos);
        if (!((r === 60 || r === 62 || r === 42 || (r >= 49 && r <= 54)) && redirectionOperatorAt(this.src, this.pos))) break;
        this.parseRedirection((redirections ??= []));
        this.skipTrivia(false);
      }
      if (!redirections) {
        this.expressionElementEnd = end;
        return expr;
      }
      const element = new ExpressionElementNode(expr, start, end);
      element.redirections = redirections;
      element.end = redirections[redirections.length - 1]!.span.end;
      return element;
    }
    if (c === '@' && this.src[this.pos + 1] !== undefined && isVariableChar(this.src[this.pos + 1])) {
      const name = this.splatNameAt(this.pos + 1);
      this.fail(ParserStrings.SplattingNotPermitted, start, start + 1 + name.length, false, name);
    }
    // `@` that starts no array, hashtable, here-string or splat is no token at all.
    if (c === '@') this.fail(ParserStrings.UnrecognizedToken, start, start + 1);
    return this.parseCommand();
  }

  /** Whether the statement at pos starts with an expression rather than a command name. */
  private startsExpression(): boolean {
    const c = this.src[this.pos];
    const n = this.src[this.pos + 1];
    if (c === undefined) return false;
    // isQuote and isDigit by code, written out: asked at the start of every statement (issue 14).
    const code = this.src.charCodeAt(this.pos);
    if (c === '$' || code === 39 || code === 34 || (code >= 0x2018 && code <= 0x201e) || c === '(' || c === '[' || c === ',' || c === '!' || c === '{') return true;
    if (c === '@' && (n === '(' || n === '{' || isQuote(n))) return true;
    // `++$i`, `-- $i`, `++ <# c #> $i`: at the start of a statement `++` and `--` are always the
    // increment operators, whatever follows (pwsh 7.6.10: `++ foo` and `--% x` are "Missing expression
    // after unary operator", `++ "s"` works only on variables).
    // isDash(c) once, written out: most statements start with a command name's letter (issue 14).
    const dash = c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';
    if ((c === '+' && n === '+') || (dash && isDash(n))) return true;
    // pwsh 7.6.10: any other character after a sign makes the sign a unary operator (`-5`, `- -5`,
    // `-$x`, `-[int]'5'`, `-@(1)`, `-{1}`, `+-1`, a sign at the end of a line), except a letter after a
    // dash (`-Name`: a command name; `-not` below), `=` (`-=` and `+=` are command names) and the end
    // of the input.
    // A sign before a number is read with it as the word pwsh's tokenizer scans: a number (`-1.5`,
    // `-1..3`, `-1.5.x`), or a command name (`-1.Item(0)`, `+1.x`, as `1.Item(0)` is).
    const signedNumber = (c === '+' || dash) && (isDigit(n) || (n === '.' && isDigit(this.src[this.pos + 2])));
    if (!signedNumber && c === '+' && n !== undefined && n !== '=') return true;
    if (!signedNumber && dash && n !== undefined && n !== '=' && !/\p{L}/u.test(n)) return true;
    if (signedNumber || (code >= 48 && code <= 57) || (c === '.' && isDigit(n))) {
      // pwsh's tokenizer scans the number, and keeps it a number only when what follows starts a new
      // token after a number (ForceStartNewTokenAfterNumber): a separator, an operator's first character
      // (`1..3`, `1+1`, `1.5.x`, `1>$null`, `1#c`) or `]`. Anything else makes the whole word a command
      // name: `1[0]`, `1kb[0]`, `1?2:3`, `1.x` (the number `1.` and a letter), `1a`.
      // Only then is the literal's range checked (`128y[0]` is a command name, `128y` an error).
      const numEnd = scanNumberLiteral(this.src, signedNumber ? this.pos + 1 : this.pos);
      if (numEnd < 0) return false;
      const after = this.src.charCodeAt(numEnd);
      return after < 128 ? (ASCII[after]! & END) !== 0 || ENDS_NUMBER.test(this.src[numEnd]!) : after !== after || isSpaceCode(after) || isDashCode(after);
    }
    if (dash && n !== undefined && /[a-z]/i.test(n)) {
      // `-not $x` at statement start is an expression; `-Credential` is a (missing) command name.
      let end = this.pos + 1;
      while (end < this.src.length && /[a-z]/i.test(this.src[end]!)) end++;
      const word = this.src.slice(this.pos + 1, end).toLowerCase();
      return word === 'not' || word === 'bnot' || word === 'split' || word === 'isplit' || word === 'csplit' || word === 'join';
    }
    return false;
  }

  // ---- commands ------------------------------------------------------------------------------

  private parseCommand(): CommandAst {
    const start = this.pos;
    const src = this.src;
    // A name of plain characters up to a character that ends a bare word (`Write-Output`, most
    // names): its end found here, no scanGenericToken call and no StringNode that only gave its
    // value (issue 14, ninth round). Anything else goes through scanGenericToken.
    const c0 = src.charCodeAt(start);
    if (c0 < 128 && (ASCII[c0]! & PLAIN_WORD) !== 0) {
      const end = plainWordRunEnd(src, start + 1);
      const e = src.charCodeAt(end);
      if (e < 128 ? (ASCII[e]! & END) !== 0 : endsGenericTokenCode(e)) {
        this.pos = end;
        if (this.recordTokens) this.token(COMMAND_NAME_TOKEN, start, end);
        else this.lastTokenEnd = end;
        return this.parseCommandElements(this.buildValues ? src.slice(start, end) : '', undefined, start, end, start, false);
      }
    }
    const nameExpr = this.scanGenericToken(true);
    if (this.pos === start) {
      const c = this.src[this.pos];
      // `||` is one token: a chain operator with no pipeline before it.
      if (c === '|' && this.src[this.pos + 1] === '|') this.fail(ParserStrings.UnexpectedToken, this.pos, this.pos + 2, false, '||');
      if (c === '|') this.fail(ParserStrings.EmptyPipeElement, this.pos, this.pos + 1);
      this.fail(ParserStrings.UnexpectedToken, this.pos, this.pos + 1, false, c ?? '');
    }
    const name = nameExpr.kind === 'string' ? nameExpr.value : this.buildValues ? this.src.slice(start, this.pos) : '';
    // The name's extent is the bare word's; the command's grows with its elements (parseCommandElements).
    return this.parseCommandElements(name, nameExpr.kind === 'string' ? undefined : nameExpr, start, this.pos, start, false);
  }

  /** The elements after a command's name, to the end of the pipeline element. */
  private parseCommandElements(name: string, nameExpr: Expr | undefined, nameStart: number, nameEnd: number, start: number, dotSource: boolean): CommandAst {
    const src = this.src;
    // The elements go on the scratch stack and are copied out once (see Scanner.scratch).
    const elements = this.scratch as CommandItem[];
    const base = elements.length;
    let redirections: RedirectionAst[] | undefined;
    let endOfParameters = false;
    // The display tokenizer keeps no command elements: the grammar never reads them (issue 14).
    const keep = !this.recordTokens;
    // Character tests are written out (codes): this loop runs before every argument of every
    // command, most of a script's first parse in a process before V8 optimises it (issue 14).
    // An argument list returns with the blanks after it skipped: no second call for them.
    let skipped = false;
    for (;;) {
      if (skipped) skipped = false;
      else {
        let f = src.charCodeAt(this.pos);
        while (f === 32 || f === 9) f = src.charCodeAt(++this.pos);
        if (!(f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96) && f !== 10 && f !== 13) this.skipTrivia(false);
      }
      const code = src.charCodeAt(this.pos);
      // The end of the input (NaN), `;`, a newline, `|`, `)`, `}`.
      if (code !== code || code === 59 || code === 10 || code === 13 || code === 124 || code === 41 || code === 125) break;
      const c = src[this.pos]!;
      // `&&` (a chain operator, parseChain) and `&` (the background operator) end the command.
      if (code === 38 /* & */) break;
      // Redirections may stand anywhere among the arguments, even after `--` (only `< > * 1-6` start one).
      if ((code === 60 || code === 62 || code === 42 || (code >= 49 && code <= 54)) && redirectionOperatorAt(src, this.pos)) {
        this.parseRedirection((redirections ??= []));
        continue;
      }
      if (code === 44 /* , */) this.fail(ParserStrings.MissingArgument, this.pos, this.pos + 1);
      const elStart = this.pos;
      if (!endOfParameters && (code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2015)) {
        const n = src[this.pos + 1];
        if ((n === '-' || n === '\u2013' || n === '\u2014' || n === '\u2015') && endsGenericToken(src[this.pos + 2])) {
          // `--` marks the end of parameters; it is not passed as an argument.
          this.token(OPERATOR_TOKEN, this.pos, this.pos + 2);
          this.pos += 2;
          endOfParameters = true;
          continue;
        }
        // isLetter by code for ASCII (every parameter; issue 14).
        const nc = src.charCodeAt(this.pos + 1);
        if ((nc < 128 ? (nc | 32) >= 97 && (nc | 32) <= 122 : isLetter(n)) || n === '_' || n === '?') {
          const param = this.tryParseParameter();
          if (param) {
            if (keep) elements.push(param);
            continue;
          }
        }
      }
      if (code === 64 /* @ */ && isVariableChar(src[this.pos + 1])) {
        this.pos++;
        // With its scope or drive: `@env:x`, `@global:p`.
        const name = this.splatNameAt(this.pos);
        this.pos += name.length;
        this.token(SPLAT_TOKEN, elStart, this.pos);
        this.skipTrivia(false);
        if (src[this.pos] === ',') this.fail(ParserStrings.SplattingNotPermittedInArgumentList, elStart, this.pos, false, name);
        if (keep) elements.push(new SplatNode(name, elStart, this.pos));
        continue;
      }
      // parseCommandArgumentList, its first steps written out (every argument; issue 14, ninth round).
      let expr = this.parseCommandArgument();
      let f = src.charCodeAt(this.pos);
      while (f === 32 || f === 9) f = src.charCodeAt(++this.pos);
      if (!(f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96) && f !== 10 && f !== 13) this.skipTrivia(false);
      if (src.charCodeAt(this.pos) === 44) expr = this.argumentListAfter(elStart, expr);
      skipped = true;
      if (this.pos === elStart) this.fail(ParserStrings.UnexpectedToken, elStart, elStart + 1, false, c);
      // The argument's extent ends with its text, not with the blanks after it (error tildes). Most
      // arguments start where their expression does: the command keeps just the expression and
      // makes the ArgumentNode when its elements are read (CommandNode).
      // (The start of a node that is its own span read without the `span` getter's call.)
      if (keep) {
        const exprStart = (expr as Partial<Span>).start;
        elements.push((exprStart === undefined ? expr.span.start : exprStart) === elStart ? expr : new ArgumentNode(expr, elStart, expr.span.end));
      }
    }
    // The grammar reads only the kind of a pipeline's command (never its fields or extent): the
    // display tokenizer, which keeps no tree, makes none (issue 14).
    if (!keep) return TOKENIZED_COMMAND;
    const count = elements.length - base;
    const items = count === 0 ? NO_ITEMS : count === 1 ? elements[base]! : elements.slice(base);
    elements.length = base;
    const command = new CommandNode(name, nameExpr, nameStart, nameEnd, items, start, this.pos);
    if (dotSource) command.dotSource = true;
    if (redirections) command.redirections = redirections;
    return command;
  }

  /**
   * `&` after a pipeline or a chain (PowerShell 7's background operator): the statement runs as a job
   * and ends there, so another may follow on the same line (`a & b`). Returns the statement, marked.
   */
  private takeBackground<T extends { background?: true }>(statement: T): T {
    if (this.src.charCodeAt(this.pos) !== 38 || this.src.charCodeAt(this.pos + 1) === 38) return statement;
    this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
    this.pos++;
    this.backgroundEnd = this.pos;
    statement.background = true;
    return statement;
  }

  /** Where the last background operator ended: a statement that ends there needs no separator. */
  private backgroundEnd = -1;

  /**
   * One redirection at pos (redirectionOperatorAt said there is one): `2>&1`, or an operator and its
   * file, read as one command argument. A stream redirected twice is an error; `*` is its own stream.
   */
  private parseRedirection(list: RedirectionAst[]): void {
    const start = this.pos;
    const op = redirectionOperatorAt(this.src, start)!;
    this.token(OPERATOR_TOKEN, start, start + op.length);
    this.pos += op.length;
    // `1>&2` and the like are refused at once; `<` once its file is there (pwsh 7.6.10: `1<)` misses the file first).
    if (op.kind === 'reserved' && op.text !== '<') this.fail(ParserStrings.RedirectionNotSupported, start, this.pos, false, op.text);
    let redirection: RedirectionAst;
    if (op.kind === 'merge') {
      redirection = { kind: 'merge', from: op.from, span: { start, end: this.pos } };
    } else {
      const opEnd = this.pos;
      this.skipTrivia(false);
      const c = this.src[this.pos];
      if (c === undefined || isNewline(c) || c === ';' || c === '|' || c === ')' || c === '}' || c === '&' || c === ',' || redirectionOperatorAt(this.src, this.pos)) {
        this.fail(ParserStrings.MissingFileSpecification, opEnd, opEnd);
      }
      if (op.kind === 'reserved') this.fail(ParserStrings.RedirectionNotSupported, start, opEnd, false, op.text);
      const target = this.parseCommandArgument();
      redirection = { kind: 'file', from: op.from, append: op.append, target, span: { start, end: target.span.end } };
    }
    if (list.some((r) => r.from === op.from)) {
      this.fail(ParserStrings.StreamAlreadyRedirected, start, redirection.span.end, false, streamDisplayName(op.from));
    }
    list.push(redirection);
  }

  /** `-Name`, `-Name:value`; undefined when the text is really a bare-word argument (`-a"b"`). */
  private tryParseParameter(): CommandElement | undefined {
    const src = this.src;
    const start = this.pos;
    // A parameter name ends where a bare word would, and at `.`, `[` or `:`.
    const i = parameterNameEnd(src, this.pos + 1);
    if (i < 0) return undefined;
    const typed = this.buildValues ? src.slice(start + 1, i) : '';
    const colon = src.charCodeAt(i) === 58;
    this.pos = colon ? i + 1 : i;
    if (this.recordTokens) this.token(PARAMETER_TOKEN, start, this.pos);
    else this.lastTokenEnd = this.pos;
    // The display tokenizer keeps no command elements (parseCommandElements): one shared node.
    if (!colon) {
      if (this.recordTokens) return TOKENIZED_PARAMETER;
      const param = new ParameterNode(typed, false, undefined, start, this.pos);
      // withDash, written out (every parameter; issue 14).
      if (src.charCodeAt(start) !== 45) param.dash = src[start]!;
      return param;
    }
    this.skipTrivia(false);
    const c = this.src[this.pos];
    if (c === undefined || c === ';' || isNewline(c) || c === '|' || c === ')' || c === '}') {
      this.fail(ParserStrings.ParameterRequiresArgument, start, i + 1, false, src.slice(start, i + 1));
    }
    const argument = this.parseCommandArgumentList();
    return this.recordTokens ? TOKENIZED_PARAMETER : withDash(new ParameterNode(typed, true, argument, start, this.pos), src, start);
  }

  private parseCommandArgumentList(): Expr {
    const start = this.pos;
    const first = this.parseCommandArgument();
    // skipTrivia(false) only when what follows the blanks may start trivia (issue 14, ninth round).
    const src = this.src;
    let f = src.charCodeAt(this.pos);
    while (f === 32 || f === 9) f = src.charCodeAt(++this.pos);
    if (!(f > 32 && f < 127 && f !== 35 && f !== 60 && f !== 96) && f !== 10 && f !== 13) this.skipTrivia(false);
    if (this.src[this.pos] !== ',') return first;
    return this.argumentListAfter(start, first);
  }

  /** The rest of a command argument list from the `,` after its first argument (parseCommandArgumentList). */
  private argumentListAfter(start: number, first: Expr): Expr {
    // Collected on the scratch stack and copied out once (see Scanner.scratch).
    const elements = this.scratch as Expr[];
    const base = elements.length;
    const keep = !this.recordTokens;
    if (keep) elements.push(first);
    while (this.src[this.pos] === ',') {
      const commaPos = this.consumeComma();
      const c = this.src[this.pos];
      // In command mode pwsh names the pipeline element (`Write-Output 1, ;`).
      if (c === undefined) this.failAfterComma(commaPos, true, ParserStrings.MissingExpression);
      if (c === ';' || c === '|' || c === ')' || c === '}' || c === ',' || c === '&' || redirectionOperatorAt(this.src, this.pos)) {
        this.failAfterComma(commaPos, false, ParserStrings.MissingExpression);
      }
      if (c === '@' && isVariableChar(this.src[this.pos + 1])) {
        const name = this.readNameAt(this.pos + 1);
        this.fail(ParserStrings.SplattingNotPermittedInArgumentList, this.pos, this.pos + 1 + name.length, false, name);
      }
      const element = this.parseCommandArgument();
      if (keep) elements.push(element);
      this.skipTrivia(false);
    }
    // The display tokenizer keeps no command elements (parseCommandElements), so no list either.
    if (!keep) return first;
    const list = elements.slice(base);
    elements.length = base;
    return new ArrayNode(list, start, list[list.length - 1]!.span.end);
  }

  /** One argument in command mode: an expression if it starts like one, else a bare word. */
  protected parseCommandArgument(): Expr {
    const start = this.pos;
    const c = this.src[this.pos];
    const n = this.src[this.pos + 1];
    if (c === '{') return this.parseScriptBlockExpression();
    // isQuote(c) and isDigit(c) by code, written out: asked for every command argument (issue 14).
    const code = this.src.charCodeAt(this.pos);
    const startsPrimary = c === '$' || code === 39 || code === 34 || (code >= 0x2018 && code <= 0x201e) || c === '(' || (c === '@' && (n === '(' || n === '{' || isQuote(n)));
    if (startsPrimary) {
      const mark = this.tokenMark();
      let expr = this.parsePrimary();
      // parsePostfix returns at once unless `.`, `[`, `:` or `?` follows (no call; issue 14).
      const p = this.src.charCodeAt(this.pos);
      if (p === 46 || p === 91 || p === 58 || p === 63) expr = this.parsePostfix(expr, true);
      // After a quoted string, ( ), @( ) or @{ } the next text is a new argument (pwsh 7.6.10: `"a"b` and
      // `'C:\x'\y` are two arguments each); after $x it continues a bare word (`$a/b`, `$a"b"`).
      if (c !== '$') return expr;
      const after = this.src.charCodeAt(this.pos);
      if (after < 128 ? (ASCII[after]! & END) !== 0 : endsGenericTokenCode(after)) return expr;
      // Something follows a variable without a space ($host/x): the whole token is one bare word.
      this.pos = start;
      this.resetTokens(mark);
      return this.scanGenericToken();
    }
    // isDash(c) by code, written out (every command argument; issue 14).
    const dash = code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2015;
    if ((code >= 48 && code <= 57) || ((c === '.' || dash || c === '+') && (isDigit(n) || n === '.'))) {
      let end = this.pos;
      for (;;) {
        const e = this.src.charCodeAt(end);
        if (e < 128 ? (ASCII[e]! & END) !== 0 : endsGenericTokenCode(e)) break;
        end++;
      }
      if (!dash && c !== '+') {
        const value = numberLiteralBetween(this.src, this.pos, end);
        if (value !== undefined) {
          if (this.recordTokens) this.token(NUMBER_TOKEN, this.pos, end);
          else this.lastTokenEnd = end;
          this.pos = end;
          return new NumberNode(value, this.buildValues ? this.src.slice(start, end) : '', start, end);
        }
      }
    }
    // A bare word of plain characters (most arguments): scanGenericToken's result without the call (see parseCommand).
    if (code < 128 && (ASCII[code]! & PLAIN_WORD) !== 0) {
      const end = plainWordRunEnd(this.src, start + 1);
      const e = this.src.charCodeAt(end);
      if (e < 128 ? (ASCII[e]! & END) !== 0 : endsGenericTokenCode(e)) {
        this.pos = end;
        if (this.recordTokens) this.token(GENERIC_TOKEN, start, end);
        else this.lastTokenEnd = end;
        return new StringNode(this.buildValues ? this.src.slice(start, end) : '', false, start, end);
      }
    }
    const word = this.scanGenericToken();
    if (this.pos === start) this.fail(ParserStrings.UnexpectedToken, this.pos, this.pos + 1, false, this.src[this.pos] ?? '');
    return word;
  }
}

/**
 * What the display tokenizer's grammar returns for every command and every parameter: it keeps
 * no tree, and the grammar reads no field of them (only a pipeline element's kind). Not frozen:
 * a frozen object has a map of its own, which would make the shared code's property loads
 * polymorphic.
 */
const TOKENIZED_COMMAND = new CommandNode('', undefined, 0, 0, NO_ITEMS, 0, 0);
const TOKENIZED_PARAMETER = new ParameterNode('', false, undefined, 0, 0);
/** Marks a pipeline of several elements in the display tokenizer (parsePipeline). */
const NO_ELEMENTS: PipelineElement[] = [];

/** A parameter written with another dash than `-` (an en dash, em dash or bar) keeps it. */
function withDash(param: ParameterNode, src: string, start: number): ParameterNode {
  if (src.charCodeAt(start) !== 45) param.dash = src[start]!;
  return param;
}

/** A command or an expression element, rather than a bare expression (parsePipelineElement). */
function isPipelineElement(item: PipelineElement | Expr): item is PipelineElement {
  return item.kind === 'command' || item.kind === 'expression';
}

/** The pipeline element of what parsePipelineElement returned: a bare expression gets its node. */
function elementOf(item: PipelineElement | Expr, start: number, end: number): PipelineElement {
  return isPipelineElement(item) ? item : new ExpressionElementNode(item, start, end);
}

/** `:label` starts with a letter, digit or `_` after the colon. */
function isLabelStart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The stack ran out before MAX_NESTING_DEPTH (the parser was called from deep inside something
 * else): PowerShell's answer when its own stack runs low.
 */
function stackExhausted(e: unknown, at: number): ParseError | undefined {
  if (!(e instanceof RangeError) || !/call stack/i.test(e.message)) return undefined;
  return { message: ParserStrings.ScriptTooComplicated.template, errorId: ParserStrings.ScriptTooComplicated.id, span: { start: at, end: at + 1 }, incomplete: false };
}

/**
 * What starts the line after the line break at `i`: 1 for `|`, 2 for `||`, 0 for anything else. Comment
 * lines may come between, a blank line may not. Most statements end at a line break with another
 * statement on the next line: settled here by a plain scan, without scanning trivia and restoring tokens.
 */
function barsAfterLineBreak(src: string, i: number): 0 | 1 | 2 {
  if (src.charCodeAt(i) === 13) i++;
  if (src.charCodeAt(i) === 10) i++;
  let commentOnLine = false;
  for (;;) {
    let c = src.charCodeAt(i);
    while (c === 32 || c === 9) c = src.charCodeAt(++i);
    if (c === 35 /* # */) {
      while (i < src.length && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
      commentOnLine = true;
    } else if (c === 60 /* < */ && src.charCodeAt(i + 1) === 35) {
      const close = src.indexOf('#>', i + 2);
      if (close < 0) return 0;
      i = close + 2;
      commentOnLine = true;
    } else if (c === 13 || c === 10) {
      if (!commentOnLine) return 0;
      if (c === 13 && src.charCodeAt(i + 1) === 10) i++;
      i++;
      commentOnLine = false;
    } else {
      if (c !== 124 /* | */) return 0;
      return src.charCodeAt(i + 1) === 124 ? 2 : 1;
    }
  }
}

/**
 * Whether a `.` at the start of a pipeline element is the dot-source operator: followed by space, a
 * quote, `$` or `{`, or by nothing at all (the end of the input or line, `;`, `|`, `)`, `}`), which pwsh
 * reports as "Missing expression after '.' in pipeline element."; `.\x.ps1` and `..` are command names.
 */
function dotSourceFollows(next: string | undefined): boolean {
  return (
    next === undefined ||
    isSpace(next) ||
    isNewline(next) ||
    isQuote(next) ||
    next === '$' ||
    next === '{' ||
    next === ';' ||
    next === '|' ||
    next === ')' ||
    next === '}'
  );
}
