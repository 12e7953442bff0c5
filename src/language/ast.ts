// Syntax tree of the PowerShell subset. Every node carries its source offsets so errors can
// point at the exact text (PowerShell's `Line |` block and `At line:N char:M`).

export interface Span {
  start: number;
  end: number;
}

export type Expr =
  | { kind: 'string'; value: string; quoted: boolean; span: Span }
  | { kind: 'expandable'; parts: Array<string | Expr>; span: Span }
  /** `text` is the typed text; command arguments keep it for display (1kb prints "1kb"). */
  | { kind: 'number'; value: number; text: string; span: Span }
  | { kind: 'variable'; name: string; span: Span }
  | { kind: 'subexpression'; statements: Statement[]; span: Span } // $( )
  | { kind: 'arraySubexpression'; statements: Statement[]; span: Span } // @( )
  | { kind: 'paren'; pipeline: Statement; span: Span } // ( )
  | { kind: 'array'; elements: Expr[]; span: Span } // a, b, c
  | { kind: 'hashtable'; entries: Array<{ key: Expr; value: Statement }>; span: Span; ordered: boolean }
  /**
   * `nameExpr`: a name computed when read (`$o.$n`, `$o.(…)`, `$o."a$b"`); `name` is then its source text.
   * `nullConditional`: `?.` / `?[ ]` (PowerShell 7).
   */
  | { kind: 'member'; target: Expr; name: string; isStatic: boolean; span: Span; nameExpr?: Expr; nullConditional?: boolean }
  | { kind: 'invoke'; target: Expr; name: string; isStatic: boolean; args: Expr[]; span: Span; nameExpr?: Expr; nullConditional?: boolean; genericArgs?: string[] }
  | { kind: 'index'; target: Expr; index: Expr; nullConditional?: boolean; span: Span }
  | { kind: 'ternary'; condition: Expr; ifTrue: Expr; ifFalse: Expr; span: Span } // c ? a : b
  | { kind: 'unary'; op: string; operand: Expr; span: Span }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; span: Span; opSpan: Span }
  | { kind: 'typeLiteral'; typeName: string; span: Span }
  | { kind: 'cast'; typeName: string; operand: Expr; span: Span }
  | { kind: 'scriptBlock'; block: ScriptBlockAst; span: Span }; // { ... }

/** `[Name(positional, Named = value, Flag)]` before a parameter or a param block. */
export interface AttributeAst {
  name: string;
  positional: Expr[];
  /** A named argument written without `= value` (`Mandatory`) has no value: it means $true. */
  named: Array<{ name: string; value?: Expr; span: Span }>;
  span: Span;
}

/** One parameter of a param block or of `function f($a, $b)`. */
export interface ParameterAst {
  name: string;
  /** The last type constraint (`[string]`, `[string[]]`, `[switch]`), as written. */
  typeName?: string;
  attributes: AttributeAst[];
  defaultValue?: Expr;
  span: Span;
}

/** Script block bodies: `begin`, `process`, `end` (statements outside named blocks are `end`). */
export type NamedBlockName = 'begin' | 'process' | 'end';

/** The body of `{ }`, of a function, or of a whole script. */
export interface ScriptBlockAst {
  /** The text between the braces (what a script block prints), or the whole script. */
  text: string;
  /** Attributes before `param` (`[CmdletBinding()]`). */
  attributes: AttributeAst[];
  /** Parameters, from `param( )` or from the function's `( )`; undefined when there is none. */
  parameters?: ParameterAst[];
  /** The statements of each block; an unnamed body is `end`. */
  blocks: Partial<Record<NamedBlockName, Statement[]>>;
  /** Whether the body was written with named blocks. */
  named: boolean;
  /** `#Requires` lines, in order. */
  requires: RequiresAst[];
  /** `using namespace` names. */
  usingNamespaces: string[];
  span: Span;
}

/** `#Requires -Version 5.1`, `#Requires -Modules X`, ... (parsed from the comment). */
export interface RequiresAst {
  /** Parameter name as written (Version, Modules, RunAsAdministrator, PSEdition, ...). */
  parameter: string;
  /** The arguments, split at commas. */
  values: string[];
  span: Span;
}

export type CommandElement =
  /** -Name, -Name:value. `typed` is the name without dash/colon as the user wrote it. */
  | { kind: 'parameter'; typed: string; text: string; colon: boolean; argument?: Expr; span: Span }
  | { kind: 'argument'; expr: Expr; span: Span }
  | { kind: 'splat'; name: string; span: Span };

/** The stream a redirection takes: 1 output … 6 information, or `*` (all of them). */
export type RedirectionStream = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'all';

/**
 * `2>&1`, `*>&1` (merge into the output stream) or `> file`, `2>> file`, `>$null` (a file, the
 * target evaluated when the command runs).
 */
export type RedirectionAst =
  | { kind: 'merge'; from: RedirectionStream; span: Span }
  | { kind: 'file'; from: RedirectionStream; append: boolean; target: Expr; span: Span };

export interface CommandAst {
  kind: 'command';
  /** The command name as written (a bare word), or an expression after `&`. */
  name: string;
  nameExpr?: Expr;
  nameSpan: Span;
  elements: CommandElement[];
  span: Span;
  /** `.` invocation (dot-sourcing): runs in the caller's scope. `&` and plain names leave it unset. */
  dotSource?: boolean;
  /** `2>&1`, `> file`, ... written among the arguments, in order. */
  redirections?: RedirectionAst[];
}

export interface ExpressionElement {
  kind: 'expression';
  expr: Expr;
  span: Span;
  /** `'a' > file`, `(…) 2>&1`. */
  redirections?: RedirectionAst[];
}

export type PipelineElement = CommandAst | ExpressionElement;

/** `background`: a trailing `&` (PowerShell 7's background operator) runs it as a job. */
export type PipelineStatement = { kind: 'pipeline'; elements: PipelineElement[]; span: Span; background?: true };

/** `a && b || c` (PowerShell 7's pipeline chain): each pipeline after the first runs or not by `$?`. */
export interface ChainStatement {
  kind: 'chain';
  pipelines: PipelineStatement[];
  /** `operators[i]` stands between pipelines[i] and pipelines[i + 1]. */
  operators: Array<{ op: '&&' | '||'; span: Span }>;
  span: Span;
  /** A trailing `&`: the whole chain runs as a background job. */
  background?: true;
}

export type Statement =
  | PipelineStatement
  | ChainStatement
  | { kind: 'assignment'; target: Expr; op: string; value: Statement; span: Span; opSpan: Span }
  | { kind: 'throw'; value?: Statement; span: Span }
  | { kind: 'exit'; value?: Statement; span: Span }
  /** `function Name { }`, `filter Name { }`; a name may carry a scope (`function global:f`). */
  | { kind: 'function'; name: string; isFilter: boolean; body: ScriptBlockAst; span: Span; nameSpan: Span }
  | TypeDefinition
  | FlowStatement;

// ---- enum and class (parser-types.ts) ------------------------------------------------------------

/** One member of an `enum`: `Name` or `Name = value`. */
export interface EnumMemberAst {
  name: string;
  value?: Expr;
  span: Span;
}

/** A property of a `class`: `[type] $Name = default`, with `hidden`/`static`. */
export interface PropertyMemberAst {
  name: string;
  typeName?: string;
  defaultValue?: Expr;
  isStatic: boolean;
  isHidden: boolean;
  span: Span;
}

/** A method or constructor of a `class`; a constructor has the class's name and no return type. */
export interface MethodMemberAst {
  name: string;
  /** As written (`void`, `string[]`); undefined for a constructor (and an untyped method: object). */
  returnType?: string;
  isStatic: boolean;
  isHidden: boolean;
  isConstructor: boolean;
  /** `: base(args)` after a constructor's parameters. */
  baseArguments?: Expr[];
  /** The body, with the method's parameters as its param list. */
  body: ScriptBlockAst;
  span: Span;
}

/** `enum Name [: type] { … }` or `class Name [: Base] { … }`, with the attributes before it (`[Flags()]`). */
export type TypeDefinition =
  | { kind: 'enum'; name: string; attributes: AttributeAst[]; underlyingType?: string; members: EnumMemberAst[]; span: Span; nameSpan: Span }
  | { kind: 'class'; name: string; attributes: AttributeAst[]; baseTypes: string[]; baseSpan?: Span; properties: PropertyMemberAst[]; methods: MethodMemberAst[]; span: Span; nameSpan: Span };

// ---- control flow (parser-flow.ts) -------------------------------------------------------------

/** `{ statements }` as the body of a statement. */
export interface StatementBlock {
  statements: Statement[];
  span: Span;
}

export interface SwitchFlags {
  regex: boolean;
  wildcard: boolean;
  exact: boolean;
  caseSensitive: boolean;
}

export interface SwitchClause {
  /** The condition as written: a bare word, a number, a string, a variable, `( )`. */
  pattern: Expr;
  body: StatementBlock;
}

export interface CatchClause {
  /** Type names as written (`System.Net.WebException`); empty catches everything. */
  types: Array<{ name: string; span: Span }>;
  body: StatementBlock;
  span: Span;
}

export type LoopStatement =
  | { kind: 'foreach'; label?: string; variable: Extract<Expr, { kind: 'variable' }>; iterable: Statement; body: StatementBlock; span: Span }
  | { kind: 'for'; label?: string; init?: Statement; condition?: Statement; step?: Statement; body: StatementBlock; span: Span }
  | { kind: 'while'; label?: string; condition: Statement; body: StatementBlock; span: Span }
  | { kind: 'doLoop'; label?: string; until: boolean; body: StatementBlock; condition: Statement; span: Span }
  | { kind: 'switch'; label?: string; flags: SwitchFlags; value: Statement; clauses: SwitchClause[]; defaultBody?: StatementBlock; span: Span };

export type FlowStatement =
  | LoopStatement
  | { kind: 'if'; clauses: Array<{ condition: Statement; body: StatementBlock }>; elseBody?: StatementBlock; span: Span }
  /** `label` is a bare word (a string) or an expression evaluated to the label's name. */
  | { kind: 'break' | 'continue'; label?: Expr; span: Span }
  | { kind: 'return'; value?: Statement; span: Span }
  | { kind: 'try'; body: StatementBlock; catches: CatchClause[]; finallyBody?: StatementBlock; span: Span }
  | { kind: 'trap'; typeName?: string; body: StatementBlock; span: Span };

export interface ScriptAst {
  statements: Statement[];
  /** The script as a script block: its param block, named blocks, #Requires and using lines. */
  block?: ScriptBlockAst;
}

/** The statements nested in a control-flow statement (conditions, values, bodies), in source order. */
export function nestedStatements(stmt: FlowStatement): Statement[] {
  const blocks = (...list: Array<StatementBlock | undefined>): Statement[] => list.flatMap((b) => b?.statements ?? []);
  const some = (...list: Array<Statement | undefined>): Statement[] => list.filter((s): s is Statement => s !== undefined);
  switch (stmt.kind) {
    case 'if':
      return [...stmt.clauses.flatMap((c) => [c.condition, ...c.body.statements]), ...blocks(stmt.elseBody)];
    case 'foreach':
      return [stmt.iterable, ...stmt.body.statements];
    case 'for':
      return [...some(stmt.init, stmt.condition, stmt.step), ...stmt.body.statements];
    case 'while':
      return [stmt.condition, ...stmt.body.statements];
    case 'doLoop':
      return [...stmt.body.statements, stmt.condition];
    case 'switch':
      return [stmt.value, ...stmt.clauses.flatMap((c) => c.body.statements), ...blocks(stmt.defaultBody)];
    case 'break':
    case 'continue':
      return [];
    case 'return':
      return some(stmt.value);
    case 'try':
      return [...stmt.body.statements, ...stmt.catches.flatMap((c) => c.body.statements), ...blocks(stmt.finallyBody)];
    case 'trap':
      return stmt.body.statements;
  }
}

// ---- the most numerous nodes, as classes -------------------------------------------------------
// A 10,000-line script has some 130,000 nodes, and its first parse in a process spends about half
// its time in young-generation collections that copy the tree built so far (issue 14,
// docs/parse-speed.md). So the most numerous nodes are classes kept small:
// - each holds its extent in `start`/`end` and is its own `span` (a getter on the prototype): one
//   object instead of two. Readers of `span` see no difference; spans are never changed in place.
// - `kind` lives on the prototype (a constant, as readable as an own field), not in every node.
// - a pipeline of one element (most statements) keeps that element, and makes its `elements`
//   array only when someone reads it.
// Constructors take plain parameters: a class field initializer would be a call per node before
// the code is optimised.

/** Puts `kind` and a `span` getter (the node itself) on a node class's prototype. */
function nodeClass(cls: { prototype: object }, kind: string): void {
  Object.defineProperty(cls.prototype, 'kind', { value: kind, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(cls.prototype, 'span', {
    get(this: Span): Span {
      return this;
    },
    enumerable: false,
    configurable: false,
  });
}

export class StringNode {
  declare readonly kind: 'string';
  declare readonly span: Span;
  declare value: string;
  declare quoted: boolean;
  declare start: number;
  declare end: number;
  constructor(value: string, quoted: boolean, start: number, end: number) {
    this.value = value;
    this.quoted = quoted;
    this.start = start;
    this.end = end;
  }
}
nodeClass(StringNode, 'string');

export class VariableNode {
  declare readonly kind: 'variable';
  declare readonly span: Span;
  declare name: string;
  declare start: number;
  declare end: number;
  constructor(name: string, start: number, end: number) {
    this.name = name;
    this.start = start;
    this.end = end;
  }
}
nodeClass(VariableNode, 'variable');

export class NumberNode {
  declare readonly kind: 'number';
  declare readonly span: Span;
  declare value: number;
  declare text: string;
  declare start: number;
  declare end: number;
  constructor(value: number, text: string, start: number, end: number) {
    this.value = value;
    this.text = text;
    this.start = start;
    this.end = end;
  }
}
nodeClass(NumberNode, 'number');

/**
 * `-Name` (colon false, no argument) or `-Name:value`. Its `text` (`-Name:` as written) is made
 * when read, from the dash, `typed` and the colon: no string of its own per parameter (issue 14).
 * The dash is `-` (on the prototype) unless the node has its own (an en dash, em dash or bar).
 */
export class ParameterNode {
  declare readonly kind: 'parameter';
  declare readonly span: Span;
  declare dash: string;
  declare typed: string;
  declare colon: boolean;
  declare argument: Expr | undefined;
  declare start: number;
  declare end: number;
  constructor(typed: string, colon: boolean, argument: Expr | undefined, start: number, end: number) {
    this.typed = typed;
    this.colon = colon;
    this.argument = argument;
    this.start = start;
    this.end = end;
  }
  get text(): string {
    return this.colon ? `${this.dash}${this.typed}:` : this.dash + this.typed;
  }
}
Object.defineProperty(ParameterNode.prototype, 'dash', { value: '-', writable: true, enumerable: false, configurable: false });
nodeClass(ParameterNode, 'parameter');

/** A command argument that is not a parameter: a bare word or an expression. */
export class ArgumentNode {
  declare readonly kind: 'argument';
  declare readonly span: Span;
  declare expr: Expr;
  declare start: number;
  declare end: number;
  constructor(expr: Expr, start: number, end: number) {
    this.expr = expr;
    this.start = start;
    this.end = end;
  }
}
nodeClass(ArgumentNode, 'argument');

/** An expression as a pipeline element (`$x.Length`, `'a' > file`); its extent may take blanks after it. */
export class ExpressionElementNode implements ExpressionElement {
  declare readonly kind: 'expression';
  declare readonly span: Span;
  declare redirections?: RedirectionAst[];
  declare expr: Expr;
  declare start: number;
  declare end: number;
  constructor(expr: Expr, start: number, end: number) {
    this.expr = expr;
    this.start = start;
    this.end = end;
  }
}
nodeClass(ExpressionElementNode, 'expression');

/**
 * What a command keeps of one element while nobody has read `elements`: a parameter or splat as
 * it is, an argument as its expression alone when the two have the same extent (an
 * ArgumentNode otherwise).
 */
export type CommandItem = CommandElement | Expr;

/**
 * A command. Its `elements` array, with an ArgumentNode around each argument's expression, is made
 * when first read (and kept): until then the command holds its items (CommandItem), one of them
 * without an array. Its `nameSpan` is made when read. A 10,000-line script has some 11,000
 * arguments and 7,000 command names, and every node the parse keeps is copied by the young
 * generation's collections while it runs (issue 14).
 */
export class CommandNode implements CommandAst {
  declare readonly kind: 'command';
  declare readonly span: Span;
  declare dotSource?: boolean;
  declare redirections?: RedirectionAst[];
  declare name: string;
  declare nameExpr: Expr | undefined;
  declare private readonly nameStart: number;
  declare private readonly nameEnd: number;
  declare private readonly items: CommandItem | CommandItem[];
  declare private list: CommandElement[] | undefined;
  declare start: number;
  declare end: number;
  constructor(name: string, nameExpr: Expr | undefined, nameStart: number, nameEnd: number, items: CommandItem | CommandItem[], start: number, end: number) {
    this.name = name;
    this.nameExpr = nameExpr;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.items = items;
    this.list = undefined;
    this.start = start;
    this.end = end;
  }
  get nameSpan(): Span {
    return { start: this.nameStart, end: this.nameEnd };
  }
  get elements(): CommandElement[] {
    let list = this.list;
    if (list === undefined) {
      const items = this.items;
      if (Array.isArray(items)) {
        list = items as CommandElement[];
        for (let i = 0; i < items.length; i++) {
          if (isCommandElement(items[i]!)) continue;
          if (list === items) list = items.slice() as CommandElement[];
          list[i] = argumentOf(items[i] as Expr);
        }
      } else list = [isCommandElement(items) ? items : argumentOf(items)];
      this.list = list;
    }
    return list;
  }
}
nodeClass(CommandNode, 'command');

function isCommandElement(item: CommandItem): item is CommandElement {
  const kind = item.kind;
  return kind === 'parameter' || kind === 'argument' || kind === 'splat';
}

function argumentOf(expr: Expr): CommandElement {
  const span = expr.span;
  return new ArgumentNode(expr, span.start, span.end);
}

/**
 * A pipeline. `items` is the array of its elements when there are several, else its one element,
 * for which the `elements` array is made when first read (and kept in `items`). A pipeline that is
 * a lone expression without redirections (`$x.Count`, the value of `$a = 1`) keeps just the
 * expression, and its ExpressionElementNode, with the pipeline's extent, is made then too.
 */
export class PipelineNode {
  declare readonly kind: 'pipeline';
  declare readonly span: Span;
  declare background?: true;
  declare private items: PipelineElement[] | PipelineElement | Expr;
  declare start: number;
  declare end: number;
  constructor(items: PipelineElement[] | PipelineElement | Expr, start: number, end: number) {
    this.items = items;
    this.start = start;
    this.end = end;
  }
  get elements(): PipelineElement[] {
    const items = this.items;
    if (Array.isArray(items)) return items;
    const list = [items.kind === 'command' || items.kind === 'expression' ? items : new ExpressionElementNode(items, this.start, this.end)];
    this.items = list;
    return list;
  }
  /**
   * The expression of a pipeline that is one expression element (`elements[0].expr`), else
   * undefined; without making `elements` (the parser asks this of every assignment's target).
   */
  soleExpression(): Expr | undefined {
    let item = this.items;
    if (Array.isArray(item)) {
      if (item.length !== 1) return undefined;
      item = item[0]!;
    }
    if (item.kind === 'command') return undefined;
    return item.kind === 'expression' ? item.expr : item;
  }

  /** Whether the pipeline is one expression element that redirects its output (`1>a`): no assignment's target. */
  redirectsSoleExpression(): boolean {
    let item = this.items;
    if (Array.isArray(item)) {
      if (item.length !== 1) return false;
      item = item[0]!;
    }
    return item.kind === 'expression' && (item as ExpressionElementNode).redirections !== undefined;
  }
}
nodeClass(PipelineNode, 'pipeline');

/** `target op value`; `opSpan` is made when read (error extents only). */
export class AssignmentNode {
  declare readonly kind: 'assignment';
  declare readonly span: Span;
  declare target: Expr;
  declare op: string;
  declare value: Statement;
  declare start: number;
  declare end: number;
  declare private readonly opStart: number;
  constructor(target: Expr, op: string, value: Statement, start: number, end: number, opStart: number) {
    this.target = target;
    this.op = op;
    this.value = value;
    this.start = start;
    this.end = end;
    this.opStart = opStart;
  }
  get opSpan(): Span {
    return { start: this.opStart, end: this.opStart + this.op.length };
  }
}
nodeClass(AssignmentNode, 'assignment');

/** `left op right`; `opSpan` is made when read (error extents only). */
export class BinaryNode {
  declare readonly kind: 'binary';
  declare readonly span: Span;
  declare op: string;
  declare left: Expr;
  declare right: Expr;
  declare start: number;
  declare end: number;
  declare private readonly opStart: number;
  constructor(op: string, left: Expr, right: Expr, start: number, end: number, opStart: number) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.start = start;
    this.end = end;
    this.opStart = opStart;
  }
  get opSpan(): Span {
    return { start: this.opStart, end: this.opStart + this.op.length };
  }
}
nodeClass(BinaryNode, 'binary');

/** `target.name`, `target::name`. */
export class MemberNode {
  declare readonly kind: 'member';
  declare readonly span: Span;
  declare target: Expr;
  declare name: string;
  declare isStatic: boolean;
  /** `?.`, `?[`: see nullConditionalField. */
  declare nullConditional: boolean;
  /** A name computed when read (`$o.$n`, `$o.(…)`, `$o."a$b"`); `name` then holds its source text. */
  declare nameExpr: Expr | undefined;
  declare start: number;
  declare end: number;
  constructor(target: Expr, name: string, isStatic: boolean, start: number, end: number, nameExpr?: Expr) {
    this.target = target;
    this.name = name;
    this.isStatic = isStatic;
    this.nameExpr = nameExpr;
    this.start = start;
    this.end = end;
  }
}
nodeClass(MemberNode, 'member');
nullConditionalField(MemberNode);

/**
 * `?.` and `?[ ]` (PowerShell 7): a member, method call or index that gives $null, without evaluating
 * its arguments or index, when its target is $null. The field is false on the prototype and an own
 * field only where true, so the other nodes keep their shape (and the parse-diff of old inputs).
 */
function nullConditionalField(node: { prototype: object }): void {
  Object.defineProperty(node.prototype, 'nullConditional', { value: false, writable: true });
}

/** `condition ? ifTrue : ifFalse` (PowerShell 7). */
export class TernaryNode {
  declare readonly kind: 'ternary';
  declare readonly span: Span;
  declare condition: Expr;
  declare ifTrue: Expr;
  declare ifFalse: Expr;
  declare start: number;
  declare end: number;
  constructor(condition: Expr, ifTrue: Expr, ifFalse: Expr, start: number, end: number) {
    this.condition = condition;
    this.ifTrue = ifTrue;
    this.ifFalse = ifFalse;
    this.start = start;
    this.end = end;
  }
}
nodeClass(TernaryNode, 'ternary');

/** `{ statements }` as the body of a statement. */
export class StatementBlockNode implements StatementBlock {
  declare readonly span: Span;
  declare statements: Statement[];
  declare start: number;
  declare end: number;
  constructor(statements: Statement[], start: number, end: number) {
    this.statements = statements;
    this.start = start;
    this.end = end;
  }
}
Object.defineProperty(StatementBlockNode.prototype, 'span', {
  get(this: Span): Span {
    return this;
  },
});

/** `a, b, c`. */
export class ArrayNode {
  declare readonly kind: 'array';
  declare readonly span: Span;
  declare elements: Expr[];
  declare start: number;
  declare end: number;
  constructor(elements: Expr[], start: number, end: number) {
    this.elements = elements;
    this.start = start;
    this.end = end;
  }
}
nodeClass(ArrayNode, 'array');

/** A double-quoted string or bare word with `$` expressions in it: literal text and expressions. */
export class ExpandableNode {
  declare readonly kind: 'expandable';
  declare readonly span: Span;
  declare parts: Array<string | Expr>;
  declare start: number;
  declare end: number;
  constructor(parts: Array<string | Expr>, start: number, end: number) {
    this.parts = parts;
    this.start = start;
    this.end = end;
  }
}
nodeClass(ExpandableNode, 'expandable');

// ---- the less common expression nodes, as classes too (their own span, `kind` on the prototype) ----

/** `-not x`, `!x`, `,x`, `-x`, `++$i`, `$i++` (op `post++`). */
export class UnaryNode {
  declare readonly kind: 'unary';
  declare readonly span: Span;
  declare op: string;
  declare operand: Expr;
  declare start: number;
  declare end: number;
  constructor(op: string, operand: Expr, start: number, end: number) {
    this.op = op;
    this.operand = operand;
    this.start = start;
    this.end = end;
  }
}
nodeClass(UnaryNode, 'unary');

/** `[type]operand`. */
export class CastNode {
  declare readonly kind: 'cast';
  declare readonly span: Span;
  declare typeName: string;
  declare operand: Expr;
  declare start: number;
  declare end: number;
  constructor(typeName: string, operand: Expr, start: number, end: number) {
    this.typeName = typeName;
    this.operand = operand;
    this.start = start;
    this.end = end;
  }
}
nodeClass(CastNode, 'cast');

/** `[type]`. */
export class TypeLiteralNode {
  declare readonly kind: 'typeLiteral';
  declare readonly span: Span;
  declare typeName: string;
  declare start: number;
  declare end: number;
  constructor(typeName: string, start: number, end: number) {
    this.typeName = typeName;
    this.start = start;
    this.end = end;
  }
}
nodeClass(TypeLiteralNode, 'typeLiteral');

/** `$( )`. */
export class SubexpressionNode {
  declare readonly kind: 'subexpression';
  declare readonly span: Span;
  declare statements: Statement[];
  declare start: number;
  declare end: number;
  constructor(statements: Statement[], start: number, end: number) {
    this.statements = statements;
    this.start = start;
    this.end = end;
  }
}
nodeClass(SubexpressionNode, 'subexpression');

/** `@( )`. */
export class ArraySubexpressionNode {
  declare readonly kind: 'arraySubexpression';
  declare readonly span: Span;
  declare statements: Statement[];
  declare start: number;
  declare end: number;
  constructor(statements: Statement[], start: number, end: number) {
    this.statements = statements;
    this.start = start;
    this.end = end;
  }
}
nodeClass(ArraySubexpressionNode, 'arraySubexpression');

/** `( )`. */
export class ParenNode {
  declare readonly kind: 'paren';
  declare readonly span: Span;
  declare pipeline: Statement;
  declare start: number;
  declare end: number;
  constructor(pipeline: Statement, start: number, end: number) {
    this.pipeline = pipeline;
    this.start = start;
    this.end = end;
  }
}
nodeClass(ParenNode, 'paren');

/** `@{ }`, `[ordered]@{ }`. */
export class HashtableNode {
  declare readonly kind: 'hashtable';
  declare readonly span: Span;
  declare entries: Array<{ key: Expr; value: Statement }>;
  declare ordered: boolean;
  declare start: number;
  declare end: number;
  constructor(entries: Array<{ key: Expr; value: Statement }>, ordered: boolean, start: number, end: number) {
    this.entries = entries;
    this.ordered = ordered;
    this.start = start;
    this.end = end;
  }
}
nodeClass(HashtableNode, 'hashtable');

/** `target[index]`. */
export class IndexNode {
  declare readonly kind: 'index';
  declare readonly span: Span;
  declare target: Expr;
  declare index: Expr;
  /** `?.`, `?[`: see nullConditionalField. */
  declare nullConditional: boolean;
  declare start: number;
  declare end: number;
  constructor(target: Expr, index: Expr, start: number, end: number) {
    this.target = target;
    this.index = index;
    this.start = start;
    this.end = end;
  }
}
nodeClass(IndexNode, 'index');
nullConditionalField(IndexNode);

/** `target.name(args)`, `target::name(args)`. */
export class InvokeNode {
  declare readonly kind: 'invoke';
  declare readonly span: Span;
  declare target: Expr;
  declare name: string;
  declare isStatic: boolean;
  declare args: Expr[];
  /** `?.`, `?[`: see nullConditionalField. */
  declare nullConditional: boolean;
  /** As MemberNode's: `$o.$name(…)`. */
  declare nameExpr: Expr | undefined;
  /** A generic method's type arguments as written: `[Linq.Enumerable]::Cast[int](…)`. */
  declare genericArgs: string[] | undefined;
  declare start: number;
  declare end: number;
  constructor(target: Expr, name: string, isStatic: boolean, args: Expr[], start: number, end: number, nameExpr?: Expr) {
    this.target = target;
    this.name = name;
    this.isStatic = isStatic;
    this.args = args;
    this.nameExpr = nameExpr;
    this.start = start;
    this.end = end;
  }
}
nodeClass(InvokeNode, 'invoke');
nullConditionalField(InvokeNode);

/** `@name` among a command's arguments. */
export class SplatNode {
  declare readonly kind: 'splat';
  declare readonly span: Span;
  declare name: string;
  declare start: number;
  declare end: number;
  constructor(name: string, start: number, end: number) {
    this.name = name;
    this.start = start;
    this.end = end;
  }
}
nodeClass(SplatNode, 'splat');

// ---- the commonest statements with a body, as classes ----------------------------------------

/** `if (…) { } elseif (…) { } else { }`; a lone `:label` is an `if` without clauses. */
export class IfNode {
  declare readonly kind: 'if';
  declare readonly span: Span;
  declare clauses: Array<{ condition: Statement; body: StatementBlock }>;
  declare elseBody: StatementBlock | undefined;
  declare start: number;
  declare end: number;
  constructor(clauses: Array<{ condition: Statement; body: StatementBlock }>, elseBody: StatementBlock | undefined, start: number, end: number) {
    this.clauses = clauses;
    this.elseBody = elseBody;
    this.start = start;
    this.end = end;
  }
}
nodeClass(IfNode, 'if');

/** `foreach ($x in …) { }`. */
export class ForeachNode {
  declare readonly kind: 'foreach';
  declare readonly span: Span;
  declare label: string | undefined;
  declare variable: Extract<Expr, { kind: 'variable' }>;
  declare iterable: Statement;
  declare body: StatementBlock;
  declare start: number;
  declare end: number;
  constructor(label: string | undefined, variable: Extract<Expr, { kind: 'variable' }>, iterable: Statement, body: StatementBlock, start: number, end: number) {
    this.label = label;
    this.variable = variable;
    this.iterable = iterable;
    this.body = body;
    this.start = start;
    this.end = end;
  }
}
nodeClass(ForeachNode, 'foreach');

/** `while (…) { }`. */
export class WhileNode {
  declare readonly kind: 'while';
  declare readonly span: Span;
  declare label: string | undefined;
  declare condition: Statement;
  declare body: StatementBlock;
  declare start: number;
  declare end: number;
  constructor(label: string | undefined, condition: Statement, body: StatementBlock, start: number, end: number) {
    this.label = label;
    this.condition = condition;
    this.body = body;
    this.start = start;
    this.end = end;
  }
}
nodeClass(WhileNode, 'while');

/** `function Name { }`, `filter Name { }`; its `nameSpan` is made when read. */
export class FunctionNode {
  declare readonly kind: 'function';
  declare readonly span: Span;
  declare name: string;
  declare isFilter: boolean;
  declare body: ScriptBlockAst;
  declare private readonly nameStart: number;
  declare start: number;
  declare end: number;
  constructor(name: string, isFilter: boolean, body: ScriptBlockAst, nameStart: number, start: number, end: number) {
    this.name = name;
    this.isFilter = isFilter;
    this.body = body;
    this.nameStart = nameStart;
    this.start = start;
    this.end = end;
  }
  get nameSpan(): Span {
    return { start: this.nameStart, end: this.nameStart + this.name.length };
  }
}
nodeClass(FunctionNode, 'function');
