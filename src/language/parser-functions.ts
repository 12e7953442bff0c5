// Grammar rules for script blocks and functions (PowerShell's Parser.cs regions "Script blocks"
// and "function statement"): `{ … }` values, `param( )` with attributes and type constraints,
// `begin`/`process`/`end` blocks, `function`/`filter`, `using namespace` and `#Requires`.
// parser.ts extends this class; messages and error ids are pwsh 7.6.10's (test/language-functions).

import { FunctionNode, type AttributeAst, type Expr, type NamedBlockName, type ParameterAst, type RequiresAst, type ScriptBlockAst, type Span, type Statement } from './ast.js';
import { ParserStrings } from './parser-strings.js';
import { ExpressionParser } from './expressions.js';
import { NO_ITEMS, exactList, groupOpen } from './scanner.js';
import { ASCII, IDENTIFIER, endsGenericTokenCode, isIdentifierCharCode, isIdentifierStart, isNewline, isSpace } from './chars.js';
import { COMMAND_NAME_TOKEN, GENERIC_TOKEN, KEYWORD_TOKEN, OPERATOR_TOKEN } from './tokens.js';

/** Keywords that open a named block of a script block. */
const NAMED_BLOCKS: ReadonlySet<string> = new Set(['begin', 'process', 'end', 'dynamicparam', 'clean']);

export abstract class FunctionParser extends ExpressionParser {
  /** The `param(...)` statement's extent in the body parsed last (OnlyOneParameterListAllowed points at it). */
  private lastParamSpan: Span | undefined;

  protected abstract isKeywordUse(length: number): boolean;

  // ---- script blocks -------------------------------------------------------------------------

  /** `{ … }` at pos. */
  protected parseScriptBlockExpression(): Expr {
    const block = this.parseBracedBody();
    return { kind: 'scriptBlock', block, span: block.span };
  }

  /** `{`, a script block body, `}`; newlines separate statements inside, whatever the mode outside. */
  protected parseBracedBody(): ScriptBlockAst {
    const start = this.pos;
    const group = this.openGroup(1, 'separators');
    const block = this.parseScriptBlockBody('}', start + 1);
    if (!this.closeGroup(group, '}')) this.fail(ParserStrings.MissingEndCurlyBrace, start, start + 1, (this.pos >= this.src.length));
    // The display tokenizer reads no script block's text.
    if (this.buildValues) block.text = this.src.slice(start + 1, this.pos - 1);
    block.span = { start, end: this.pos };
    return block;
  }

  /**
   * A script block's body up to `terminator` (not consumed): `using namespace` lines (at the top of
   * a script only), `[CmdletBinding()] param( )`, then named blocks or plain statements.
   */
  protected parseScriptBlockBody(terminator: '}' | null, start: number): ScriptBlockAst {
    // Most script blocks have no attributes, #Requires or using lines: they share one empty list.
    const block: ScriptBlockAst = { text: '', attributes: NO_ITEMS, blocks: {}, named: false, requires: NO_ITEMS, usingNamespaces: NO_ITEMS, span: { start, end: start } };
    this.skipTrivia(true);
    if (terminator === null) this.parseUsings((block.usingNamespaces = []));
    this.parseParamBlock(block);
    this.skipTrivia(true);
    const length = this.peekWordLength();
    if (length > 0 && this.isKeywordUse(length) && NAMED_BLOCKS.has(this.src.slice(this.pos, this.pos + length).toLowerCase())) {
      block.named = true;
      this.parseNamedBlocks(block, terminator);
    } else {
      block.blocks.end = this.parseStatementList(terminator);
    }
    block.span = { start, end: this.pos };
    return block;
  }

  private parseNamedBlocks(block: ScriptBlockAst, terminator: '}' | null): void {
    for (;;) {
      this.skipSeparators();
      const c = this.src[this.pos];
      if (c === undefined || c === terminator) return;
      const start = this.pos;
      const word = this.peekWord();
      const keyword = word?.toLowerCase();
      if (!word || !keyword || !NAMED_BLOCKS.has(keyword) || !this.isKeywordUse(word.length)) {
        let end = start + 1;
        while (end < this.src.length && !endsGenericTokenCode(this.src.charCodeAt(end))) end++;
        this.fail(ParserStrings.MissingNamedBlocks, start, end, false, this.src.slice(start, end));
      }
      this.token(KEYWORD_TOKEN, start, start + word.length);
      this.pos += word.length;
      this.skipTrivia(true);
      if (this.src[this.pos] !== '{') this.fail(ParserStrings.MissingNamedStatementBlock, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length), keyword);
      const group = this.openGroup(1, 'separators');
      const statements = this.parseStatementList('}');
      if (!this.closeGroup(group, '}')) this.fail(ParserStrings.MissingEndCurlyBrace, groupOpen(group), groupOpen(group) + 1, (this.pos >= this.src.length));
      if (keyword === 'dynamicparam' || keyword === 'clean') this.fail(ParserStrings.UnsupportedStatement, start, start + word.length, false, keyword);
      const name = keyword as NamedBlockName;
      if (block.blocks[name]) this.fail(ParserStrings.DuplicateScriptCommandClause, start, this.pos, false, keyword);
      block.blocks[name] = statements;
    }
  }

  // ---- param( ) ------------------------------------------------------------------------------

  /** `[CmdletBinding()] param( … )` at the top of a body, if there; attributes alone are put back. */
  private parseParamBlock(block: ScriptBlockAst): void {
    const mark = this.tokenMark();
    const before = this.pos;
    const attributes: AttributeAst[] = [];
    while (this.src[this.pos] === '[' && this.isAttributeAhead()) {
      attributes.push(this.parseAttributeOrType() as AttributeAst);
      this.skipTrivia(true);
    }
    // `param`, sliced only when a five-letter word followed by what a keyword allows is at pos.
    const word = 'param';
    if (this.peekWordLength() !== 5 || !this.isKeywordUse(5) || this.src.slice(this.pos, this.pos + 5).toLowerCase() !== word || !this.parenFollows(5)) {
      if (attributes.length && ((this.pos >= this.src.length) || this.src[this.pos] === '}')) {
        const last = attributes[attributes.length - 1]!;
        this.fail(ParserStrings.UnexpectedAttribute, last.span.start, last.span.end, (this.pos >= this.src.length), last.name);
      }
      this.pos = before;
      this.resetTokens(mark);
      return;
    }
    const start = this.pos;
    this.token(KEYWORD_TOKEN, start, start + word.length);
    this.pos += word.length;
    this.skipTrivia(true);
    block.parameters = this.parseParameterList();
    block.attributes = attributes;
    this.lastParamSpan = { start, end: this.pos };
  }

  /** `param` is the keyword only before `(`; `param x` runs a command named param. */
  private parenFollows(length: number): boolean {
    let i = this.pos + length;
    while (isSpace(this.src[i]) || isNewline(this.src[i])) i++;
    return this.src[i] === '(';
  }

  /** `[Name(` ahead: an attribute rather than a type constraint or a cast. */
  protected isAttributeAhead(): boolean {
    let i = this.pos + 1;
    while (isSpace(this.src[i])) i++;
    if (!isIdentifierStart(this.src[i])) return false;
    while (isIdentifierCharCode(this.src.charCodeAt(i)) || this.src[i] === '.') i++;
    return this.src[i] === '(';
  }

  /** `( $a, [int]$b = 1, … )` at pos: a function's or a param block's parameters. */
  protected parseParameterList(): ParameterAst[] {
    const group = this.openGroup(1, 'blanks');
    const parameters: ParameterAst[] = [];
    if (this.src[this.pos] !== ')' && this.pos < this.src.length) {
      for (;;) {
        parameters.push(this.parseParameter());
        this.skipTrivia(true);
        if (this.src[this.pos] !== ',') break;
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
        this.skipTrivia(true);
        if ((this.pos >= this.src.length) || this.src[this.pos] === ')') this.fail(ParserStrings.MissingExpressionAfterTokenInList, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length), ',');
      }
    }
    if (!this.closeGroup(group, ')')) this.fail(ParserStrings.MissingEndParenthesisInFunctionParameterList, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
    return parameters;
  }

  private parseParameter(): ParameterAst {
    const start = this.pos;
    const attributes: AttributeAst[] = [];
    let typeName: string | undefined;
    while (this.src[this.pos] === '[') {
      const item = this.parseAttributeOrType();
      if (typeof item === 'string') typeName = item;
      else attributes.push(item);
      this.skipTrivia(true);
    }
    if (this.src[this.pos] !== '$') this.fail(ParserStrings.InvalidFunctionParameter, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
    const variable = this.scanDollar(false);
    if (variable.kind !== 'variable') this.fail(ParserStrings.InvalidFunctionParameter, this.endOfLastToken(), this.endOfLastToken());
    this.skipTrivia(true);
    const defaultValue = this.parseInitializer();
    return { name: variable.name, typeName, attributes, defaultValue, span: { start, end: this.pos } };
  }

  /** `= value` at pos (a parameter's default, an attribute's named argument), if there. */
  private parseInitializer(): Expr | undefined {
    if (this.src[this.pos] !== '=') return undefined;
    this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
    this.pos++;
    this.skipTrivia(true);
    if ((this.pos >= this.src.length) || this.src[this.pos] === ',' || this.src[this.pos] === ')') {
      this.fail(ParserStrings.MissingExpressionAfterTokenInList, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length), '=');
    }
    return this.parseExpressionNoComma();
  }

  /** `[Name(args)]` (an attribute) or `[TypeName]` (a type constraint, returned as its name). */
  protected parseAttributeOrType(): AttributeAst | string {
    const start = this.pos;
    this.token(OPERATOR_TOKEN, start, start + 1);
    this.pos++;
    this.skipTrivia(false);
    const nameStart = this.pos;
    const name = this.readTypeName();
    if (!name) this.fail(ParserStrings.MissingTypename, nameStart, nameStart, (this.pos >= this.src.length));
    this.token(GENERIC_TOKEN, nameStart, this.pos);
    if (this.src[this.pos] !== '(') {
      this.skipTrivia(false);
      if (this.src[this.pos] !== ']') this.fail(ParserStrings.EndSquareBracketExpectedAtEndOfAttribute, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
      this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
      this.pos++;
      return name;
    }
    const attribute: AttributeAst = { name, positional: [], named: [], span: { start, end: start } };
    this.parseAttributeArguments(attribute);
    this.skipTrivia(true);
    if (this.src[this.pos] !== ']') this.fail(ParserStrings.EndSquareBracketExpectedAtEndOfAttribute, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
    this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
    this.pos++;
    attribute.span = { start, end: this.pos };
    return attribute;
  }

  /** `(positional, Named = value, Flag)`: the arguments of an attribute. */
  private parseAttributeArguments(attribute: AttributeAst): void {
    const group = this.openGroup(1, 'blanks');
    // pwsh reports a missing `)` after the last argument that had a value (a bare flag does not count).
    let reportAt = groupOpen(group) + 1;
    const unclosed = (): never => this.fail(ParserStrings.MissingEndParenthesisInExpression, reportAt, reportAt, (this.pos >= this.src.length));
    while (this.src[this.pos] !== ')') {
      if ((this.pos >= this.src.length) || this.src[this.pos] === ']') this.fail(ParserStrings.MissingEndParenthesisInExpression, reportAt, reportAt, (this.pos >= this.src.length));
      const argStart = this.pos;
      const word = this.peekWord();
      let after = word ? this.pos + word.length : -1;
      while (word && isSpace(this.src[after])) after++;
      if (word && (this.src[after] === '=' || this.src[after] === ',' || this.src[after] === ')' || this.src[after] === ']' || isNewline(this.src[after]))) {
        this.token(GENERIC_TOKEN, argStart, argStart + word.length);
        this.pos = argStart + word.length;
        this.skipTrivia(true);
        const value = this.parseInitializer();
        if (value) reportAt = this.pos;
        attribute.named.push({ name: word, value, span: { start: argStart, end: this.pos } });
      } else {
        attribute.positional.push(this.parseExpressionNoComma());
        reportAt = this.pos;
      }
      this.skipTrivia(true);
      if (this.src[this.pos] === ',') {
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
        this.skipTrivia(true);
        continue;
      }
      if (this.src[this.pos] !== ')') this.fail(ParserStrings.MissingEndParenthesisInExpression, reportAt, reportAt, (this.pos >= this.src.length));
    }
    if (!this.closeGroup(group, ')')) unclosed();
  }

  /** `Name`, `A.B.C`, `Name[]`, `List[string]`, `Dictionary[string,int]` at pos. */
  protected readTypeName(): string {
    const start = this.pos;
    // The class table read here, no call per character of a type name (issue 14, ninth round).
    for (;;) {
      const c = this.src.charCodeAt(this.pos);
      if (!(c < 128 ? (ASCII[c]! & IDENTIFIER) !== 0 || c === 46 || c === 96 || c === 43 : isIdentifierCharCode(c))) break;
      this.pos++;
    }
    if (this.pos === start) return '';
    while (this.src[this.pos] === '[') {
      const open = this.pos;
      this.pos++;
      this.skipTrivia(false);
      if (this.src[this.pos] === ']') {
        this.pos++;
        continue;
      }
      for (;;) {
        this.skipTrivia(false);
        if (!this.readTypeName()) {
          this.pos = open;
          return this.src.slice(start, open);
        }
        this.skipTrivia(false);
        if (this.src[this.pos] !== ',') break;
        this.pos++;
      }
      if (this.src[this.pos] !== ']') {
        this.pos = open;
        return this.src.slice(start, open);
      }
      this.pos++;
    }
    return this.src.slice(start, this.pos).replace(/\s+/g, '');
  }

  // ---- function and filter -------------------------------------------------------------------

  /** `function Name [( params )] { body }`, `filter Name { body }`. */
  parseFunction(keyword: string): Statement {
    const start = this.pos;
    this.token(KEYWORD_TOKEN, start, start + keyword.length);
    this.pos += keyword.length;
    this.skipTrivia(true);
    const nameStart = this.pos;
    while (this.pos < this.src.length && !endsGenericTokenCode(this.src.charCodeAt(this.pos)) && this.src[this.pos] !== '(') this.pos++;
    if (this.pos === nameStart) this.fail(ParserStrings.MissingNameAfterKeyword, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length), keyword);
    const name = this.src.slice(nameStart, this.pos);
    this.token(COMMAND_NAME_TOKEN, nameStart, this.pos);
    this.skipTrivia(true);
    let declared: ParameterAst[] | undefined;
    if (this.src[this.pos] === '(') {
      declared = this.parseParameterList();
      this.skipTrivia(true);
    }
    if (this.src[this.pos] !== '{') this.fail(ParserStrings.MissingFunctionBody, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
    this.lastParamSpan = undefined;
    const body = this.parseBracedBody();
    if (declared) {
      const paramSpan = this.lastParamSpan as Span | undefined;
      if (body.parameters && paramSpan) this.fail(ParserStrings.OnlyOneParameterListAllowed, paramSpan.start, paramSpan.end);
      body.parameters = declared;
    }
    return new FunctionNode(name, keyword === 'filter', body, nameStart, start, this.pos);
  }

  // ---- using namespace and #Requires ---------------------------------------------------------

  /** `using namespace A.B` lines at the top of a script. */
  private parseUsings(out: string[]): void {
    for (;;) {
      const word = this.peekWord();
      if (!word || word.toLowerCase() !== 'using' || !this.isKeywordUse(word.length)) return;
      out.push(this.parseUsing());
      this.skipSeparators();
    }
  }

  private parseUsing(): string {
    const start = this.pos;
    this.token(KEYWORD_TOKEN, start, start + 5);
    this.pos += 5;
    this.skipTrivia(false);
    const kindStart = this.pos;
    const kind = this.peekWord()?.toLowerCase();
    if (!kind || !['namespace', 'module', 'assembly'].includes(kind)) {
      this.fail(ParserStrings.MissingUsingStatementDirective, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
    }
    this.token(KEYWORD_TOKEN, kindStart, kindStart + kind.length);
    this.pos += kind.length;
    this.skipTrivia(false);
    const nameStart = this.pos;
    while (this.pos < this.src.length && !endsGenericTokenCode(this.src.charCodeAt(this.pos))) this.pos++;
    const name = this.src.slice(nameStart, this.pos);
    if (!name) this.fail(ParserStrings.MissingUsingItemName, this.endOfLastToken(), this.endOfLastToken(), (this.pos >= this.src.length));
    this.token(GENERIC_TOKEN, nameStart, this.pos);
    if (kind === 'module') this.fail(ParserStrings.ModuleNotFoundDuringParse, start, this.pos, false, name);
    if (kind !== 'namespace') this.fail(ParserStrings.UnsupportedUsing, start, this.pos, false, kind);
    return name;
  }

  /** A `using` statement after other statements. */
  failUsingNotAtStart(): never {
    const start = this.pos;
    let end = start;
    while (end < this.src.length && !isNewline(this.src[end]) && this.src[end] !== ';') end++;
    this.fail(ParserStrings.UsingMustBeAtStartOfScript, start, end);
  }

  /** The `#Requires` comments of the whole text, parsed (PowerShell checks them before running). */
  protected parseRequires(): RequiresAst[] {
    const out: RequiresAst[] = [];
    for (const span of this.requiresComments ?? []) {
      const text = this.src.slice(span.start, span.end);
      const re = /[-\u2013\u2014](\w+)(?:\s+((?:[^\s,-][^,]*?)(?:\s*,\s*[^\s,][^,]*?)*))?(?=\s+[-\u2013\u2014]\w|\s*$)/gy;
      let i = '#requires'.length;
      while (i < text.length && isSpace(text[i])) i++;
      re.lastIndex = i;
      for (;;) {
        const at = re.lastIndex;
        const m = re.exec(text);
        if (!m) {
          if (at < text.length && text.slice(at).trim()) this.fail(ParserStrings.ScriptRequiresInvalidFormat, span.start + at, span.end);
          break;
        }
        const parameter = m[1]!;
        const pStart = span.start + at;
        const pEnd = pStart + 1 + parameter.length;
        const known = ['version', 'modules', 'runasadministrator', 'psedition', 'shellid', 'pssnapin', 'assembly'];
        const lower = parameter.toLowerCase();
        const match = known.filter((k) => k.startsWith(lower));
        if (match.length !== 1) this.fail(ParserStrings.ScriptRequiresInvalidFormat, pStart, pEnd);
        if (m[2] === undefined && match[0] !== 'runasadministrator') this.fail(ParserStrings.ParameterRequiresArgument, pStart, pEnd, false, parameter);
        const values = m[2] === undefined ? [] : m[2].split(',').map((v) => v.trim().replace(/^(['"])(.*)\1$/, '$2'));
        out.push({ parameter: match[0]!, values, span: { start: pStart, end: span.start + re.lastIndex } });
        while (isSpace(text[re.lastIndex])) re.lastIndex++;
        if (re.lastIndex >= text.length) break;
      }
    }
    return out;
  }
}
