// Token kinds shared by the parser, syntax colouring and tab completion, and the token stream the
// display tokenizer gives them: kinds and extents as numbers, text sliced only when asked for.

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

/** One token as an object: what TokenStream.token() makes for a caller that keeps a few. */
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

/** Token kinds by the code the scanner records them with; the last code is a command name's token. */
const KINDS_BY_CODE: readonly TokenKind[] = ['generic', 'parameter', 'variable', 'splat', 'string', 'number', 'keyword', 'operator', 'comment', 'newline', 'lineContinuation', 'unknown', 'eof', 'generic'];

// The codes the grammar records tokens with (indexes in KINDS_BY_CODE), written as these numbers
// at the call sites: turning a kind's name into its code was a switch per token (issue 14, tenth round).
export const GENERIC_TOKEN = 0;
export const PARAMETER_TOKEN = 1;
export const VARIABLE_TOKEN = 2;
export const SPLAT_TOKEN = 3;
export const STRING_TOKEN = 4;
export const NUMBER_TOKEN = 5;
export const KEYWORD_TOKEN = 6;
export const OPERATOR_TOKEN = 7;
export const COMMENT_TOKEN = 8;
export const LINE_CONTINUATION_TOKEN = 10;
/** A command name's token: kind `generic`, and a command name. */
export const COMMAND_NAME_TOKEN = 13;

/**
 * The code a token kind is recorded with (its index in KINDS_BY_CODE), for a kind known only at
 * run time (the rough tokens after a syntax error, tests); the grammar writes the codes above.
 */
export function tokenCode(kind: TokenKind): number {
  switch (kind) {
    case 'operator':
      return 7;
    case 'variable':
      return 2;
    case 'generic':
      return 0;
    case 'number':
      return 5;
    case 'string':
      return 4;
    case 'parameter':
      return 1;
    case 'keyword':
      return 6;
    case 'comment':
      return 8;
    case 'splat':
      return 3;
    case 'newline':
      return 9;
    case 'lineContinuation':
      return 10;
    case 'unknown':
      return 11;
    case 'eof':
      return 12;
  }
}

/** Tokens per chunk of a token stream (a power of two: 2 ** TOKEN_CHUNK_BITS), 48 KB each. */
export const TOKEN_CHUNK_BITS = 12;
export const TOKENS_PER_CHUNK = 1 << TOKEN_CHUNK_BITS;
const INDEX_MASK = TOKENS_PER_CHUNK - 1;
/** Chunks kept for the next run: 1.5 MB at most, enough for the tokens of a 10,000-line script. */
const MAX_POOLED_TOKEN_CHUNKS = 32;
const tokenChunkPool: Int32Array[] = [];

/**
 * A chunk for three numbers per token (kind code, start, end), from the pool when one was given
 * back: the console tokenizes its input line on every key, and a pooled chunk is memory already
 * touched (on the machines measured, a fresh 4 KB page costs some 10–20 µs; issue 14).
 */
export function newTokenChunk(): Int32Array {
  return tokenChunkPool.pop() ?? new Int32Array(TOKENS_PER_CHUNK * 3);
}

/**
 * The tokens of a text as numbers: token i's kind, start and end (offsets, end exclusive) are read
 * by index, its text is sliced from the source only when a caller asks. The display tokenizer
 * records some 92,000 tokens for a 10,000-line script; as objects they cost as much as the rest of
 * the run (issue 14), and syntax colouring reads each token's extent and kind once.
 *
 * A caller that is done with a stream may `release()` it: its chunks go back to the pool for the
 * next run, and the stream is empty from then on. A stream that is never released is collected
 * like any object.
 */
export class TokenStream {
  declare readonly src: string;
  /** How many tokens there are: indexes 0 to count − 1. */
  declare count: number;
  declare private chunks: Int32Array[];

  constructor(src: string, chunks: Int32Array[], count: number) {
    this.src = src;
    this.chunks = chunks;
    this.count = count;
  }

  kind(i: number): TokenKind {
    return KINDS_BY_CODE[this.chunks[i >> TOKEN_CHUNK_BITS]![(i & INDEX_MASK) * 3]!]!;
  }

  /** True for the first word of a command (kind `generic`; colouring shows it as a command name). */
  isCommandName(i: number): boolean {
    return this.chunks[i >> TOKEN_CHUNK_BITS]![(i & INDEX_MASK) * 3] === COMMAND_NAME_TOKEN;
  }

  start(i: number): number {
    return this.chunks[i >> TOKEN_CHUNK_BITS]![(i & INDEX_MASK) * 3 + 1]!;
  }

  end(i: number): number {
    return this.chunks[i >> TOKEN_CHUNK_BITS]![(i & INDEX_MASK) * 3 + 2]!;
  }

  text(i: number): string {
    const chunk = this.chunks[i >> TOKEN_CHUNK_BITS]!;
    const at = (i & INDEX_MASK) * 3;
    return this.src.slice(chunk[at + 1]!, chunk[at + 2]!);
  }

  /** Token i as an object (its text sliced when read), for a caller that keeps a few tokens. */
  token(i: number): Token {
    const chunk = this.chunks[i >> TOKEN_CHUNK_BITS]!;
    const at = (i & INDEX_MASK) * 3;
    const code = chunk[at]!;
    return code === COMMAND_NAME_TOKEN
      ? new CommandNameToken('generic', this.src, chunk[at + 1]!, chunk[at + 2]!)
      : new SourceToken(KINDS_BY_CODE[code]!, this.src, chunk[at + 1]!, chunk[at + 2]!);
  }

  /** Gives the chunks back to the pool; the stream is empty afterwards. */
  release(): void {
    for (const chunk of this.chunks) if (tokenChunkPool.length < MAX_POOLED_TOKEN_CHUNKS) tokenChunkPool.push(chunk);
    this.chunks = [];
    this.count = 0;
  }
}

/**
 * Sorts the first `count` tokens of `chunks` by their starts, stably, in place. The grammar records
 * an expandable string's token after the variables and `$( )` inside it (about 1,000 of 92,000
 * tokens of a 10,000-line script, each a few places late), so an insertion sort makes a few
 * thousand moves. When a text needs more moves than count + 1,024 (a word made of thousands of variables), the rest is sorted
 * by Array.prototype.sort: the same stable order either way.
 */
export function sortTokensByStart(chunks: Int32Array[], count: number): void {
  let budget = count + 1024;
  let previous = -1;
  // Chunk by chunk: the common step (a token in order) reads one start from the chunk in hand,
  // with no chunk lookup per token (issue 14, tenth round).
  for (let c = 0, i = 0; i < count; c++) {
    const chunk = chunks[c]!;
    const last = Math.min(count - i, TOKENS_PER_CHUNK) * 3;
    for (let at = 0; at < last; at += 3, i++) {
      const start = chunk[at + 1]!;
      // Most tokens are in order: one comparison with the start before, no call.
      if (previous <= start) {
        previous = start;
        continue;
      }
      let to = i - 1;
      while (to > 0 && startAt(chunks, to - 1) > start) to--;
      budget -= i - to;
      if (budget < 0) return sortAllByStart(chunks, count);
      const code = chunk[at]!;
      const end = chunk[at + 2]!;
      for (let k = i; k > to; k--) {
        const into = chunks[k >> TOKEN_CHUNK_BITS]!;
        const from = chunks[(k - 1) >> TOKEN_CHUNK_BITS]!;
        const a = (k & INDEX_MASK) * 3;
        const b = ((k - 1) & INDEX_MASK) * 3;
        into[a] = from[b]!;
        into[a + 1] = from[b + 1]!;
        into[a + 2] = from[b + 2]!;
      }
      const into = chunks[to >> TOKEN_CHUNK_BITS]!;
      const a = (to & INDEX_MASK) * 3;
      into[a] = code;
      into[a + 1] = start;
      into[a + 2] = end;
      // The token at i is now the one that was before it, the largest start so far.
    }
  }
}

function startAt(chunks: Int32Array[], i: number): number {
  return chunks[i >> TOKEN_CHUNK_BITS]![(i & INDEX_MASK) * 3 + 1]!;
}

/** The stable sort by start of every token (the rare case sortTokensByStart hands over). */
function sortAllByStart(chunks: Int32Array[], count: number): void {
  const copy = new Int32Array(count * 3);
  for (let i = 0; i < count; i++) copy.set(chunks[i >> TOKEN_CHUNK_BITS]!.subarray((i & INDEX_MASK) * 3, (i & INDEX_MASK) * 3 + 3), i * 3);
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => copy[a * 3 + 1]! - copy[b * 3 + 1]!);
  order.forEach((from, i) => chunks[i >> TOKEN_CHUNK_BITS]!.set(copy.subarray(from * 3, from * 3 + 3), (i & INDEX_MASK) * 3));
}

/**
 * A token as an object: kind, offsets and the source; `text` is sliced when read (a getter).
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
