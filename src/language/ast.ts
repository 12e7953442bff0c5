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
  | { kind: 'member'; target: Expr; name: string; isStatic: boolean; span: Span }
  | { kind: 'invoke'; target: Expr; name: string; isStatic: boolean; args: Expr[]; span: Span }
  | { kind: 'index'; target: Expr; index: Expr; span: Span }
  | { kind: 'unary'; op: string; operand: Expr; span: Span }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; span: Span; opSpan: Span }
  | { kind: 'typeLiteral'; typeName: string; span: Span }
  | { kind: 'cast'; typeName: string; operand: Expr; span: Span };

export type CommandElement =
  /** -Name, -Name:value. `typed` is the name without dash/colon as the user wrote it. */
  | { kind: 'parameter'; typed: string; text: string; colon: boolean; argument?: Expr; span: Span }
  | { kind: 'argument'; expr: Expr; span: Span }
  | { kind: 'splat'; name: string; span: Span };

export interface CommandAst {
  kind: 'command';
  /** The command name as written (a bare word), or an expression after `&`. */
  name: string;
  nameExpr?: Expr;
  nameSpan: Span;
  elements: CommandElement[];
  span: Span;
}

export interface ExpressionElement {
  kind: 'expression';
  expr: Expr;
  span: Span;
}

export type PipelineElement = CommandAst | ExpressionElement;

export type Statement =
  | { kind: 'pipeline'; elements: PipelineElement[]; span: Span }
  | { kind: 'assignment'; target: Expr; op: string; value: Statement; span: Span; opSpan: Span }
  | { kind: 'throw'; value?: Statement; span: Span }
  | { kind: 'exit'; value?: Statement; span: Span };

export interface ScriptAst {
  statements: Statement[];
}
