// Token kinds shared by the parser, syntax colouring and tab completion.

export type TokenKind =
  | 'generic' // a bare word in argument mode (URL, user name, path) — also the command name token
  | 'parameter' // -Name or -Name: (text includes the dash and colon)
  | 'variable' // $name, ${name}, $env:NAME
  | 'splat' // @name
  | 'string' // '...' "..." here-strings (text = raw source, value = decoded)
  | 'number'
  | 'keyword' // if, foreach, function ... (recognised to report them clearly)
  | 'operator' // = , | ; . :: ( ) @( $( @{ { } [ ] ! -eq ...
  | 'comment'
  | 'newline'
  | 'lineContinuation'
  | 'unknown'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text of the token. */
  text: string;
  /** Offsets into the input, end exclusive. */
  start: number;
  end: number;
  /** True for the first word of a command (syntax colouring shows it as a command name). */
  commandName?: boolean;
}

/**
 * A token the scanner recorded: its kind and offsets, its text sliced from the source only when
 * read. A display tokenizer run records a token for every word and operator of the text, and most
 * are read by offset only (colouring), so a slice per token was an allocation per token that the
 * garbage collector copied while the run lasted (issue 14).
 */
export class SourceToken implements Token {
  declare kind: TokenKind;
  declare start: number;
  declare end: number;
  declare private readonly src: string;
  declare readonly commandName?: boolean;
  constructor(kind: TokenKind, src: string, start: number, end: number) {
    this.kind = kind;
    this.src = src;
    this.start = start;
    this.end = end;
  }
  get text(): string {
    return this.src.slice(this.start, this.end);
  }
}

/** The first word of a command (syntax colouring shows it as a command name). */
export class CommandNameToken extends SourceToken {
  declare readonly commandName: true;
}
Object.defineProperty(CommandNameToken.prototype, 'commandName', { value: true, enumerable: true });
