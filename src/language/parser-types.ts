// Grammar rules for type definitions (PowerShell's Parser.cs region "class/enum"): `enum Name { A; B = 5 }`
// with `[Flags()]` and an underlying type, and `class Name : Base { properties, constructors, methods }`.
// Only reached from the statement keywords `enum` and `class` (and a statement that starts with an
// attribute followed by one of them), so the common paths pay nothing. Messages are pwsh 7.6.10's.

import type { AttributeAst, EnumMemberAst, Expr, MethodMemberAst, PropertyMemberAst, Span, Statement, TypeDefinition } from './ast.js';
import { ParserStrings } from './parser-strings.js';
import { FunctionParser } from './parser-functions.js';
import { isIdentifierCharCode, isIdentifierStart } from './chars.js';
import { COMMAND_NAME_TOKEN, GENERIC_TOKEN, KEYWORD_TOKEN, OPERATOR_TOKEN } from './tokens.js';

export abstract class TypeDefinitionParser extends FunctionParser {
  /** A statement that starts with `[`: attributes followed by `enum` or `class`, else undefined (pos unchanged). */
  protected parseAttributedTypeDefinition(): Statement | undefined {
    if (!this.isAttributeAhead()) return undefined;
    const mark = this.tokenMark();
    const before = this.pos;
    const attributes: AttributeAst[] = [];
    while (this.src[this.pos] === '[' && this.isAttributeAhead()) {
      const item = this.parseAttributeOrType();
      if (typeof item === 'string') break;
      attributes.push(item);
      this.skipTrivia(true);
    }
    const length = this.peekWordLength();
    const word = length ? this.src.slice(this.pos, this.pos + length).toLowerCase() : '';
    if (attributes.length && (word === 'enum' || word === 'class') && this.isKeywordUse(length)) return this.parseTypeDefinition(word, attributes);
    this.pos = before;
    this.resetTokens(mark);
    return undefined;
  }

  /** `enum …` or `class …` at pos (the keyword not yet consumed). */
  parseTypeDefinition(keyword: 'enum' | 'class', attributes: AttributeAst[] = []): TypeDefinition {
    const start = attributes[0]?.span.start ?? this.pos;
    this.token(KEYWORD_TOKEN, this.pos, this.pos + keyword.length);
    this.pos += keyword.length;
    this.skipTrivia(true);
    const nameStart = this.pos;
    while (isIdentifierCharCode(this.src.charCodeAt(this.pos)) || this.src[this.pos] === '.') this.pos++;
    if (this.pos === nameStart) this.fail(ParserStrings.MissingNameAfterKeyword, this.endOfLastToken(), this.endOfLastToken(), this.pos >= this.src.length, keyword);
    const name = this.src.slice(nameStart, this.pos);
    const nameSpan = { start: nameStart, end: this.pos };
    this.token(COMMAND_NAME_TOKEN, nameStart, this.pos);
    this.skipTrivia(true);
    const bases: string[] = [];
    let baseSpan: Span | undefined;
    if (this.src[this.pos] === ':') {
      this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
      this.pos++;
      for (;;) {
        this.skipTrivia(true);
        const at = this.pos;
        const base = this.readTypeName();
        if (!base) this.fail(ParserStrings.MissingTypename, at, at, this.pos >= this.src.length);
        this.token(GENERIC_TOKEN, at, this.pos);
        baseSpan ??= { start: at, end: this.pos };
        bases.push(base);
        this.skipTrivia(true);
        if (this.src[this.pos] !== ',') break;
        this.pos++;
      }
    }
    if (this.src[this.pos] !== '{') this.fail(ParserStrings.MissingTypeBody, this.endOfLastToken(), this.endOfLastToken(), this.pos >= this.src.length, keyword);
    const open = this.pos;
    this.token(OPERATOR_TOKEN, open, open + 1);
    this.pos++;
    const definition: TypeDefinition =
      keyword === 'enum'
        ? { kind: 'enum', name, attributes, underlyingType: bases[0], members: this.parseEnumMembers(open), span: { start, end: start }, nameSpan }
        : { kind: 'class', name, attributes, baseTypes: bases, baseSpan, properties: [], methods: [], span: { start, end: start }, nameSpan };
    if (definition.kind === 'class') this.parseClassMembers(definition, open);
    this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
    this.pos++;
    definition.span = { start, end: this.pos };
    return definition;
  }

  /** The members of an enum, up to its `}` (not consumed). */
  private parseEnumMembers(open: number): EnumMemberAst[] {
    const members: EnumMemberAst[] = [];
    const seen = new Set<string>();
    for (;;) {
      this.skipSeparators();
      if (this.src[this.pos] === '}') return members;
      if (!isIdentifierStart(this.src[this.pos])) this.fail(ParserStrings.MissingEndCurlyBrace, open + 1, open + 1, this.pos >= this.src.length);
      const start = this.pos;
      while (isIdentifierCharCode(this.src.charCodeAt(this.pos))) this.pos++;
      const name = this.src.slice(start, this.pos);
      this.token(GENERIC_TOKEN, start, this.pos);
      if (seen.has(name.toLowerCase())) this.fail(ParserStrings.MemberAlreadyDefined, start, this.pos, false, name);
      seen.add(name.toLowerCase());
      this.skipTrivia(false);
      let value: Expr | undefined;
      if (this.src[this.pos] === '=') {
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
        this.skipTrivia(false);
        value = this.parseExpressionNoComma();
        if (!isConstant(value)) this.fail(ParserStrings.EnumeratorValueMustBeConstant, value.span.start, value.span.end);
        if (value.kind === 'string' || value.kind === 'expandable') this.fail(ParserStrings.EnumeratorValueNotInt, value.span.start, value.span.end);
      }
      members.push({ name, value, span: { start, end: this.pos } });
    }
  }

  /** The properties, constructors and methods of a class, up to its `}` (not consumed). */
  private parseClassMembers(definition: Extract<TypeDefinition, { kind: 'class' }>, open: number): void {
    const seen = new Set<string>();
    for (;;) {
      this.skipSeparators();
      const c = this.src[this.pos];
      if (c === '}') return;
      if (c === undefined) this.fail(ParserStrings.MissingEndCurlyBrace, open + 1, open + 1, true);
      const start = this.pos;
      let typeName: string | undefined;
      let isStatic = false;
      let isHidden = false;
      for (;;) {
        if (this.src[this.pos] === '[') {
          const item = this.parseAttributeOrType();
          if (typeof item === 'string') typeName = item;
          this.skipTrivia(true);
          continue;
        }
        const length = this.peekWordLength();
        const word = length ? this.src.slice(this.pos, this.pos + length).toLowerCase() : '';
        if ((word === 'static' || word === 'hidden') && !isIdentifierCharCode(this.src.charCodeAt(this.pos + length))) {
          this.token(KEYWORD_TOKEN, this.pos, this.pos + length);
          this.pos += length;
          if (word === 'static') isStatic = true;
          else isHidden = true;
          this.skipTrivia(true);
          continue;
        }
        break;
      }
      if (this.src[this.pos] === '$') {
        const variable = this.scanDollar(false);
        if (variable.kind !== 'variable') this.fail(ParserStrings.MissingEndCurlyBrace, open + 1, open + 1);
        const nameSpan = variable.span;
        this.skipTrivia(false);
        let defaultValue: Expr | undefined;
        if (this.src[this.pos] === '=') {
          this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
          this.pos++;
          this.skipTrivia(true);
          defaultValue = this.parseExpression();
        }
        this.claim(seen, variable.name, { start, end: this.pos }, nameSpan);
        definition.properties.push({ name: variable.name, typeName, defaultValue, isStatic, isHidden, span: { start, end: this.pos } } satisfies PropertyMemberAst);
        continue;
      }
      if (!isIdentifierStart(this.src[this.pos])) this.fail(ParserStrings.MissingEndCurlyBrace, open + 1, open + 1, this.pos >= this.src.length);
      const nameStart = this.pos;
      while (isIdentifierCharCode(this.src.charCodeAt(this.pos))) this.pos++;
      const name = this.src.slice(nameStart, this.pos);
      this.token(GENERIC_TOKEN, nameStart, this.pos);
      this.skipTrivia(true);
      if (this.src[this.pos] !== '(') this.fail(ParserStrings.MissingEndCurlyBrace, open + 1, open + 1, this.pos >= this.src.length);
      const parameters = this.parseParameterList();
      this.skipTrivia(true);
      const isConstructor = typeName === undefined && name.toLowerCase() === definition.name.toLowerCase();
      let baseArguments: Expr[] | undefined;
      if (isConstructor && this.src[this.pos] === ':') {
        this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
        this.pos++;
        this.skipTrivia(true);
        const length = this.peekWordLength();
        if (length !== 4 || this.src.slice(this.pos, this.pos + 4).toLowerCase() !== 'base') this.fail(ParserStrings.MissingFunctionBody, this.endOfLastToken(), this.endOfLastToken(), this.pos >= this.src.length);
        this.token(KEYWORD_TOKEN, this.pos, this.pos + 4);
        this.pos += 4;
        this.skipTrivia(true);
        if (this.src[this.pos] !== '(') this.fail(ParserStrings.MissingFunctionBody, this.endOfLastToken(), this.endOfLastToken(), this.pos >= this.src.length);
        this.pos++;
        this.skipTrivia(true);
        baseArguments = [];
        while (this.src[this.pos] !== ')') {
          if (this.pos >= this.src.length) this.fail(ParserStrings.MissingEndParenthesisInExpression, this.pos, this.pos, true);
          baseArguments.push(this.parseExpressionNoComma());
          this.skipTrivia(true);
          if (this.src[this.pos] === ',') {
            this.pos++;
            this.skipTrivia(true);
          } else if (this.src[this.pos] !== ')') this.fail(ParserStrings.MissingEndParenthesisInExpression, this.pos, this.pos);
        }
        this.pos++;
        this.skipTrivia(true);
      }
      if (this.src[this.pos] !== '{') this.fail(ParserStrings.MissingFunctionBody, this.endOfLastToken(), this.endOfLastToken(), this.pos >= this.src.length);
      const body = this.parseBracedBody();
      body.parameters = parameters;
      // A method's `}` ends the member: pwsh takes a `;` after it for the end of the class.
      this.skipTrivia(false);
      if (this.src[this.pos] === ';') this.fail(ParserStrings.MissingEndCurlyBrace, open + 1, open + 1);
      const nameSpan: Span = { start: nameStart, end: nameStart + name.length };
      const returnType = isConstructor ? undefined : typeName;
      if (returnType !== undefined && !/^(system\.)?void$/i.test(returnType) && !returnsOnAllPaths(body.blocks.end ?? [])) {
        this.fail(ParserStrings.MethodHasCodePathNotReturn, nameSpan.start, nameSpan.end);
      }
      const signature = `${name}(${parameters.map((p) => (p.typeName ?? 'object').toLowerCase()).join(',')})`;
      this.claim(seen, isConstructor ? `.ctor ${signature}` : signature, { start, end: this.pos }, nameSpan, name);
      definition.methods.push({ name, returnType, isStatic, isHidden, isConstructor, baseArguments, body, span: { start, end: this.pos } } satisfies MethodMemberAst);
    }
  }

  /** A member name (or method signature) given twice: pwsh's MemberAlreadyDefined at the second. */
  private claim(seen: Set<string>, key: string, span: Span, _nameSpan: Span, shown = key): void {
    const k = key.toLowerCase();
    if (seen.has(k)) this.fail(ParserStrings.MemberAlreadyDefined, span.start, span.end, false, shown);
    seen.add(k);
  }
}

/** An enumerator's value as pwsh accepts it: numbers, casts, type constants and operators on them. */
function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'number':
    case 'string':
    case 'typeLiteral':
      return true;
    case 'unary':
      return isConstant(e.operand);
    case 'binary':
      return isConstant(e.left) && isConstant(e.right);
    case 'cast':
      return isConstant(e.operand);
    case 'member':
      return e.target.kind === 'typeLiteral';
    case 'paren': {
      const only = e.pipeline.kind === 'pipeline' && e.pipeline.elements.length === 1 ? e.pipeline.elements[0] : undefined;
      return only?.kind === 'expression' && isConstant(only.expr);
    }
    default:
      return false;
  }
}

/** Whether every path through the statements ends in `return <value>` or `throw` (pwsh's check for typed methods). */
function returnsOnAllPaths(statements: readonly Statement[]): boolean {
  for (const s of statements) {
    if (s.kind === 'throw') return true;
    if (s.kind === 'return' && s.value) return true;
    if (s.kind === 'if' && s.elseBody && s.clauses.every((c) => returnsOnAllPaths(c.body.statements)) && returnsOnAllPaths(s.elseBody.statements)) return true;
    if (s.kind === 'try' && returnsOnAllPaths(s.body.statements) && s.catches.every((c) => returnsOnAllPaths(c.body.statements))) return true;
    if (s.kind === 'switch' && s.defaultBody && returnsOnAllPaths(s.defaultBody.statements) && s.clauses.every((c) => returnsOnAllPaths(c.body.statements))) return true;
  }
  return false;
}
