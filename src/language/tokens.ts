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
