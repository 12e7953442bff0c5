// The scanner: characters into tokens, the counterpart of PowerShell's Tokenizer class. Like
// PowerShell's, it does not run on its own: the grammar (expressions.ts, parser.ts) drives it
// and switches its mode, here whether newlines are whitespace (`parenDepth`, inside ( ) $( ) @( )
// and [ ]). It owns the position, the token list for syntax colouring, the error exit, and the
// scanning of trivia, bare words, quoted and here-strings, `$` variables and numbers.
//
// Loops read UTF-16 codes (charCodeAt) and copy runs of plain characters with one slice: this code
// runs over every character of every line typed or pasted, and of every script (issue 14).

import { classifyNumberLiteral } from './number-literals.js';
import { ExpandableNode, StringNode, TypeLiteralNode, VariableNode, type Expr, type Span } from './ast.js';
import {
  COMMAND_NAME_TOKEN,
  COMMENT_TOKEN,
  GENERIC_TOKEN,
  LINE_CONTINUATION_TOKEN,
  OPERATOR_TOKEN,
  STRING_TOKEN,
  TOKEN_CHUNK_BITS,
  TOKENS_PER_CHUNK,
  TokenStream,
  VARIABLE_TOKEN,
  newTokenChunk,
  sortTokensByStart,
  tokenCode,
  type TokenKind,
} from './tokens.js';
import { ParserStrings, formatParserString, type ParserString } from './parser-strings.js';
import {
  ASCII,
  END,
  IDENTIFIER,
  PLAIN_WORD,
  VARIABLE,
  backtickEscape,
  endsGenericTokenCode,
  isAsciiLetterCode,
  isDash,
  isDashCode,
  isDoubleQuoteCode,
  isIdentifierCharCode,
  isLetter,
  isNewline,
  isNewlineCode,
  isPlainWordCode,
  isQuote,
  isQuoteCode,
  isSingleQuoteCode,
  isSpace,
  isSpaceCode,
  isVariableCharCode,
  lineEnd as endOfLine,
  plainDoubleQuotedRunEnd,
  plainWordRunEnd,
  singleQuotedRunEnd,
  numberValue,
  scanNumberLiteral,
  variableNameEnd,
} from './chars.js';

export interface ParseError {
  message: string;
  errorId: string;
  span: Span;
  /** More input could complete the text (open quote, trailing pipe, ...). */
  incomplete: boolean;
}

/**
 * `span` itself when it already covers start..end, else a new span: a node that wraps one child
 * (a pipeline of one command, an expression statement, a command argument) shares the child's
 * span object. Spans are never changed in place, and a 10,000-line script has some 40,000 fewer
 * objects to allocate and collect (issue 14).
 */
export function spanOf(span: Span, start: number, end: number): Span {
  return span.start === start && span.end === end ? span : { start, end };
}

/**
 * The items of a list built with push, in an array of exactly their length. A pushed-to array
 * keeps room for 17 items or more (V8 grows by half plus 16), which an AST node would carry for its
 * whole life: `elements: []` plus one push costs 152 bytes instead of 24, and every surviving byte
 * is copied by each young-generation collection during a parse (issue 14). Empty lists stay as they are.
 */
export function exactList<T>(items: T[]): T[] {
  return items.length === 0 ? NO_ITEMS : items.slice();
}

/**
 * The one empty list that AST nodes share (a command without arguments, a body without
 * statements, a script block without attributes): frozen, as no list of a node is changed once
 * the node is made.
 */
export const NO_ITEMS: never[] = Object.freeze([]) as unknown as never[];

/** Thrown to stop at the first syntax error (PowerShell's ConciseView shows only the first one). */
export class ParseFailure extends Error {
  constructor(readonly error: ParseError) {
    super(error.message);
  }
}

/**
 * How deeply constructs may nest (( ), $( ), @( ), @{ }, "$( )", [ ], method arguments, unary
 * operators, casts, chained assignments). PowerShell stops when its own stack runs low, with
 * ScriptTooComplicated, at a depth that depends on the stack (pwsh 7.6.10 parsed 1,000 and 3,000
 * `(` and failed at 5,000 to 11,000, see test/language-nesting.test.ts). JavaScript's stack is far
 * smaller (about 450 levels of `"$(` fit in a fresh one), so spo-shell stops at a fixed depth,
 * the same in every mode, that leaves the caller and the evaluator room: a documented deviation.
 */
export const MAX_NESTING_DEPTH = 200;

/** Items the display tokenizer's scratch stack never goes below (see the Scanner constructor). */
const SCRATCH_FLOOR = 64;

/**
 * An array of `count` unused entries, for a stack that is pushed onto and cut back (`length =`)
 * above them. Emptied (`length = 0`), an array loses its backing store and the next push allocates
 * a new one; cut back to a few entries, it keeps it. Made by pushing: an array literal of the same
 * entries allocated anew on every push after a cut (measured, Node 20; issue 14).
 */
export function withUnusedEntries(count: number): unknown[] {
  const stack: unknown[] = [];
  for (let i = 0; i < count; i++) stack.push(undefined);
  return stack;
}

/** token()'s chunk before the first token is recorded (never written: a chunk's first token looks its chunk up). */
const NO_TOKEN_CHUNK = new Int32Array(0);

// Character codes the scanner compares against.
const [NUL, HASH, DOLLAR, LPAREN, COLON, LT, QUESTION, AT] = [0, 35, 36, 40, 58, 60, 63, 64] as const;
const [CARET, BACKTICK, LBRACE, RBRACE] = [94, 96, 123, 125] as const;

/** `[TypeName]`, `[TypeName[]]` at a position (sticky); at most 200 characters long. */
// A type name may carry generic arguments, two levels deep: [List[string]], [Dictionary[string,List[int]]], [List[int][]].
const TYPE_NAME = '[A-Za-z_][\\w.`+]*';
// Array ranks: `[]`, `[][]` (jagged), `[,]` (two dimensions).
const RANKS = '(?:\\[,*\\])*';
const TYPE_ARGUMENT = `${TYPE_NAME}(?:\\[\\s*${TYPE_NAME}${RANKS}(?:\\s*,\\s*${TYPE_NAME}${RANKS})*\\s*\\])?${RANKS}`;
const TYPE_LITERAL_AT = new RegExp(`\\[\\s*(${TYPE_NAME}(?:\\[\\s*${TYPE_ARGUMENT}(?:\\s*,\\s*${TYPE_ARGUMENT})*\\s*\\])?${RANKS})\\s*\\]`, 'y');
/** A number literal at a position (sticky) that its type may not hold: hex, a type suffix, or a three-digit exponent. */
const MAY_BE_OUT_OF_RANGE_AT = /0x|[\d.]*\d(?:e[+-]?\d+)?(?:[lusynd]|u[lys])|[\d.]*\de[+-]?\d{3}/iy;

/**
 * An open bracketed group (openGroup) in one number, not an object (one per bracket of every
 * script, garbage once the bracket closes; issue 14): where it opened × 8, plus the enclosing
 * newline mode (parenDepth, 0 or 1) × 4, plus 2 for a `blanks` group, plus 1 for a silent one.
 */
export type OpenGroup = number;

/** Where the group opened. */
export const groupOpen = (group: OpenGroup): number => Math.floor(group / 8);

export abstract class Scanner {
  pos = 0;
  /**
   * The tokens recorded so far, three numbers each (kind code, start, end; see tokens.ts), in
   * chunks of TOKENS_PER_CHUNK tokens: no object per token, and no array that grows by copying.
   * `takeTokens()` hands them over as a TokenStream (issue 14: on the machines measured, touching
   * fresh memory costs some 10–20 µs per 4 KB page, more than the stores themselves; a display
   * tokenizer run records some 92,000 tokens for a 10,000-line script, and as objects they also
   * survived every young-generation collection of the run and were copied by each).
   */
  private tokenChunks: Int32Array[] = [];
  /** How many tokens are recorded. */
  private tokenCount = 0;
  /**
   * The chunk the next token goes in unless it is a chunk's first (token() looks that one up):
   * one load per token instead of finding the chunk from the count (issue 14, tenth round).
   */
  private tokenChunk: Int32Array = NO_TOKEN_CHUNK;
  /** Nesting depth of ( ) @( ) $( ) [ ]: newlines are whitespace inside them (the scanner's mode). */
  protected parenDepth = 0;
  /** Nesting depth of constructs, bounded by MAX_NESTING_DEPTH. */
  private nesting = 0;
  /** The `#Requires` comments met so far, in order. */
  protected requiresComments: Span[] | undefined;
  /**
   * End of the last token that is not a comment or line continuation, kept even when not recording.
   * The hottest rules set it themselves when they record no tokens (`if (this.recordTokens)
   * this.token(…); else this.lastTokenEnd = end;`): a parse called token() some 85,000 times
   * for a 10,000-line script only for this store (issue 14, ninth round).
   */
  protected lastTokenEnd = -1;

  /**
   * Items of the lists being built (command elements), nested lists above their parents': a list
   * is pushed here and copied out once, in an array of its exact length (exactList), instead of
   * growing an array of its own that becomes garbage (issue 14). A rule that catches a
   * ParseFailure and goes on puts the length back (genericTokenEnd).
   */
  protected readonly scratch: unknown[];

  /**
   * Whether the values of strings, bare words, variable names and number texts are built. The
   * display tokenizer builds none (the grammar reads them only for a hashtable's duplicate keys,
   * which turn it back on for the key; the nodes get empty values): its strings were some 10 % of
   * what it allocated (issue 14).
   */
  protected buildValues: boolean;

  /**
   * `recordTokens`: keep the tokens for colouring and completion; running a script needs none. A
   * parser that records tokens is the display tokenizer's: nobody reads its tree, so the grammar
   * skips the work whose results only the tree holds (statement lists, string values; issue 14).
   */
  constructor(
    readonly src: string,
    protected readonly recordTokens = true,
  ) {
    // The display tokenizer keeps no statements, so the scratch stack would be emptied after every
    // statement (see withUnusedEntries) and every list's first push would allocate.
    this.scratch = recordTokens ? withUnusedEntries(SCRATCH_FLOOR) : [];
    this.buildValues = !recordTokens;
  }

  /** `$(` at pos: the grammar parses its statements (PowerShell's tokenizer calls back the same way). */
  protected abstract parseSubexpression(inString: boolean): Expr;

  // ---- position and errors ------------------------------------------------------------------

  // The grammar reads the character at pos as `this.src[this.pos]` (undefined past the end) or
  // `this.src.charCodeAt(this.pos)` (NaN past the end), not through a peek() method: a 10,000-line
  // script made some 590,000 such calls, each a full call while the code is still interpreted (issue 14).

  /**
   * The first error of PowerShell's semantic checks (an assignment to something that cannot take one,
   * `[ordered]` on what is not a hash literal): they run only on input without syntax errors, so a
   * syntax error later in the input wins. parse() raises it once the whole input has parsed.
   */
  protected semanticError: ParseError | undefined;

  /** A semantic check's error: kept (the first one) while parsing goes on, unlike fail's. */
  protected failSemantic(entry: ParserString, start: number, end: number, ...args: string[]): void {
    this.semanticError ??= { message: formatParserString(entry, args), errorId: entry.id, span: { start, end: Math.max(end, start) }, incomplete: false };
  }

  fail(entry: ParserString, start: number, end: number, incomplete = false, ...args: string[]): never {
    const message = formatParserString(entry, args);
    throw new ParseFailure({ message, errorId: entry.id, span: { start, end: Math.max(end, start) }, incomplete });
  }

  /** Enters a nested construct at `at`; PowerShell's "script is too complex" beyond the limit. */
  protected enter(at: number): void {
    if (++this.nesting > MAX_NESTING_DEPTH) this.fail(ParserStrings.ScriptTooComplicated, at, at + 1);
  }

  protected leave(): void {
    this.nesting--;
  }

  /**
   * Opens a bracketed group at pos: consumes the opener (`length` characters, an operator token
   * unless `silent`), counts one level of nesting (reported at `nestAt`, the opener by default) and
   * sets the newline mode inside: `blanks` (as in ( ) and [ ], newlines are whitespace, skipped
   * here already) or `separators` (as in { }, $( ), @( ), @{ }: newlines end statements).
   * Plain parameters, not an options object: a literal per call would be an allocation per bracket.
   */
  protected openGroup(length: number, newlines: 'blanks' | 'separators', silent = false, nestAt = this.pos): OpenGroup {
    const open = this.pos;
    if (!silent) {
      if (this.recordTokens) this.token(OPERATOR_TOKEN, open, open + length);
      else this.lastTokenEnd = open + length;
    }
    this.pos += length;
    const blanks = newlines === 'blanks';
    const group = open * 8 + this.parenDepth * 4 + (blanks ? 2 : 0) + (silent ? 1 : 0);
    this.parenDepth = blanks ? 1 : 0;
    if (++this.nesting > MAX_NESTING_DEPTH) this.fail(ParserStrings.ScriptTooComplicated, nestAt, nestAt + 1);
    if (blanks) {
      // skipTrivia only when the next character may start trivia (see skipTrivia).
      const f = this.src.charCodeAt(this.pos);
      if (!(f > 32 && f < 127 && f !== HASH && f !== LT && f !== BACKTICK)) this.skipTrivia(true);
    }
    return group;
  }

  /**
   * Closes the group: skips the blanks before the closer (`blanks` groups), restores the enclosing
   * newline mode, then consumes `closer` and returns true, or returns false when it is absent (the
   * caller reports it from that position). No callback: a closure per group was an allocation
   * per bracket in every script (issue 14).
   */
  protected closeGroup(group: OpenGroup, closer: string): boolean {
    if (group & 2) {
      const f = this.src.charCodeAt(this.pos);
      if (!(f > 32 && f < 127 && f !== HASH && f !== LT && f !== BACKTICK)) this.skipTrivia(true);
    }
    this.nesting--;
    this.parenDepth = (group & 4) >> 2;
    if (this.src[this.pos] !== closer) return false;
    if (!(group & 1)) {
      if (this.recordTokens) this.token(OPERATOR_TOKEN, this.pos, this.pos + 1);
      else this.lastTokenEnd = this.pos + 1;
    }
    this.pos++;
    return true;
  }

  /**
   * Records a token (a code of tokens.ts: the kind, or COMMAND_NAME_TOKEN) and, unless it is a
   * comment or line continuation, moves the end of the last token. The parse records none, and its
   * hottest rules store lastTokenEnd themselves rather than call this (ninth round). Kept small:
   * a warm display tokenizer run records some 85,000 tokens, and V8 inlines a small function into
   * the grammar's rules where a larger one stays a call (issue 14, tenth round).
   */
  protected token(code: number, start: number, end: number): void {
    if (code !== COMMENT_TOKEN && code !== LINE_CONTINUATION_TOKEN) this.lastTokenEnd = end;
    if (!this.recordTokens) return;
    const n = this.tokenCount;
    const at = (n & (TOKENS_PER_CHUNK - 1)) * 3;
    const chunk = at === 0 ? this.chunkFor(n) : this.tokenChunk;
    chunk[at] = code;
    chunk[at + 1] = start;
    chunk[at + 2] = end;
    this.tokenCount = n + 1;
  }

  /** The chunk of token n, the first of its chunk: a new one, or the one kept from before a resetTokens. */
  private chunkFor(n: number): Int32Array {
    const c = n >> TOKEN_CHUNK_BITS;
    // A chunk past the end is added, never read (reading past an array's end deoptimises the reader).
    const chunk = c < this.tokenChunks.length ? this.tokenChunks[c]! : newTokenChunk();
    if (c === this.tokenChunks.length) this.tokenChunks.push(chunk);
    this.tokenChunk = chunk;
    return chunk;
  }

  /** Where the last recorded token ends, 0 without tokens. */
  private lastRecordedEnd(): number {
    const n = this.tokenCount - 1;
    return n < 0 ? 0 : this.tokenChunks[n >> TOKEN_CHUNK_BITS]![(n & (TOKENS_PER_CHUNK - 1)) * 3 + 2]!;
  }

  /**
   * The recorded tokens, in the order recorded, or (`byStart`) in the order of their starts, as a
   * stable sort puts them. Ends the recording: the chunks belong to the stream.
   */
  takeTokens(byStart = false): TokenStream {
    const chunks = this.tokenChunks;
    const count = this.tokenCount;
    this.tokenChunks = [];
    this.tokenCount = 0;
    this.tokenChunk = NO_TOKEN_CHUNK;
    if (byStart) sortTokensByStart(chunks, count);
    return new TokenStream(this.src, chunks, count);
  }

  /**
   * A point to go back to when the grammar reads the same text again another way, in one small
   * integer, not an object (the grammar takes a mark before most arguments): the token count when
   * tokens are recorded, else the end of the last token + 1. When tokens are recorded, the end of
   * the last token is that of the last recorded one that is no comment or line continuation, so
   * the count is enough. (One number for both, count × (length + 2) + end + 1, was past the
   * 31-bit integers for a long script's display tokenizer: a heap number per mark, and a
   * floating-point remainder per reset; issue 14.)
   */
  protected tokenMark(): number {
    return this.recordTokens ? this.tokenCount : this.lastTokenEnd + 1;
  }

  protected resetTokens(mark: number): void {
    if (!this.recordTokens) {
      this.lastTokenEnd = mark - 1;
      return;
    }
    this.tokenCount = mark;
    // token() finds the chunk itself for a chunk's first token.
    if (mark & (TOKENS_PER_CHUNK - 1)) this.tokenChunk = this.tokenChunks[mark >> TOKEN_CHUNK_BITS]!;
    let end = -1;
    for (let n = mark - 1; n >= 0; n--) {
      const chunk = this.tokenChunks[n >> TOKEN_CHUNK_BITS]!;
      const at = (n & (TOKENS_PER_CHUNK - 1)) * 3;
      const code = chunk[at]!;
      if (code !== COMMENT_TOKEN && code !== LINE_CONTINUATION_TOKEN) {
        end = chunk[at + 2]!;
        break;
      }
    }
    this.lastTokenEnd = end;
  }

  /** Where input that ended too early is reported: right after the last token (PowerShell's extent). */
  protected endOfLastToken(): number {
    return this.lastTokenEnd < 0 ? this.src.length : this.lastTokenEnd;
  }

  // ---- trivia --------------------------------------------------------------------------------

  /** Skips spaces, line continuations, comments; newlines too when inside parentheses or asked. */
  protected skipTrivia(newlines?: boolean): void {
    const src = this.src;
    // Most calls find a token at once: a printable ASCII character other than `#`, `<` and the
    // backtick starts no trivia (some 170,000 of 256,000 calls in a 10,000-line script). The mode
    // is read only after that test (a default parameter would read it on every call).
    const first = src.charCodeAt(this.pos);
    if (first > 32 && first < 127 && first !== HASH && first !== LT && first !== BACKTICK) return;
    if (newlines === undefined) newlines = this.parenDepth > 0;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      // The ASCII blanks (space, tab, vertical tab, form feed) and NUL without a call; other
      // characters below 128 are no blanks (issue 14: this loop ends every call that skips something).
      if (c === 32 || c === 9 || c === NUL || c === 11 || c === 12 || (c > 127 && isSpaceCode(c))) {
        this.pos++;
      } else if (c === BACKTICK && isNewlineCode(src.charCodeAt(this.pos + 1))) {
        const start = this.pos;
        this.pos += src.charCodeAt(this.pos + 1) === 13 && src.charCodeAt(this.pos + 2) === 10 ? 3 : 2;
        this.token(LINE_CONTINUATION_TOKEN, start, this.pos);
      } else if (c === BACKTICK && isSpaceCode(src.charCodeAt(this.pos + 1))) {
        // An escaped blank between tokens is a blank (pwsh: `Write-Output a ` + space + newline ends the line).
        this.pos += 2;
      } else if (c === BACKTICK && this.pos + 1 === src.length) {
        this.fail(ParserStrings.IncompleteLineContinuation, this.pos, this.pos + 1, true);
      } else if (c === HASH) {
        const start = this.pos;
        const i = endOfLine(src, this.pos);
        this.pos = i;
        this.token(COMMENT_TOKEN, start, i);
        // `#Requires` (PowerShell reads it as a statement inside a comment): kept for the grammar.
        if ((src.charCodeAt(start + 1) | 32) === 114 && /^#requires\b/i.test(src.slice(start, start + 10))) {
          (this.requiresComments ??= []).push({ start, end: i });
        }
      } else if (c === LT && src.charCodeAt(this.pos + 1) === HASH) {
        this.skipBlockComment();
      } else if (newlines && (c === 10 || c === 13)) {
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
      this.token(COMMENT_TOKEN, start, this.pos);
      this.fail(ParserStrings.MissingTerminatorMultiLineComment, this.src.length, this.src.length, true);
    }
    this.pos = close + 2;
    this.token(COMMENT_TOKEN, start, this.pos);
  }

  /** After a parse error: crude tokens for the rest, so colouring still works. */
  lexRest(from: number): void {
    if (!this.recordTokens) return;
    const src = this.src;
    let i = Math.max(from, this.lastRecordedEnd());
    while (i < src.length) {
      const c = src[i]!;
      if (isSpace(c) || isNewline(c)) {
        i++;
        continue;
      }
      const start = i;
      let kind: TokenKind = 'generic';
      if (c === '$') kind = 'variable';
      else if (isQuote(c)) kind = 'string';
      else if (isDash(c) && isLetter(src[i + 1])) kind = 'parameter';
      else if (c === '#') kind = 'comment';
      if (kind === 'comment') while (i < src.length && !isNewline(src[i])) i++;
      else if (kind === 'string') {
        i++;
        while (i < src.length && !isQuote(src[i])) i++;
        i++;
      } else while (i < src.length && !isSpace(src[i]) && !isNewline(src[i])) i++;
      this.token(tokenCode(kind), start, Math.min(i, src.length));
    }
  }

  // ---- small look-aheads ---------------------------------------------------------------------

  /** The identifier at pos (`[A-Za-z_][A-Za-z0-9_]*`, looked at up to 40 characters), for keywords. */
  protected peekWord(): string | undefined {
    const length = this.peekWordLength();
    return length === 0 ? undefined : this.src.slice(this.pos, this.pos + length);
  }

  /**
   * The length of peekWord's identifier, 0 when there is none: the keyword tests ask for it first
   * and slice the word only when what follows lets it be a keyword (most statements start with a
   * command name such as `Write-Output`, whose first word `Write` is followed by a dash).
   */
  protected peekWordLength(): number {
    const src = this.src;
    const first = src.charCodeAt(this.pos);
    // ASCII letters by code without a call (`c | 32` maps A–Z onto a–z and nothing else onto them):
    // this runs for every statement and operand, mostly before V8 optimises it (issue 14).
    if (!(first === 95 || ((first | 32) >= 97 && (first | 32) <= 122))) return 0;
    const limit = Math.min(src.length, this.pos + 40);
    let end = this.pos + 1;
    while (end < limit) {
      const c = src.charCodeAt(end);
      if (!(c === 95 || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57))) break;
      end++;
    }
    return end - this.pos;
  }

  protected peekAssignmentOperator(): string | undefined {
    const c = this.src[this.pos];
    const n = this.src[this.pos + 1];
    // `$a == 1` is `$a =` and a command named `=` (pwsh: "The term '=' is not recognized").
    if (c === '=') return '=';
    if (c === '?' && n === '?' && this.src[this.pos + 2] === '=') return '??=';
    // En and em dashes count as '-' for operators; the operator text keeps its length. (`n` first:
    // it is rarely `=`, and then isDash is not called; issue 14.)
    if (n === '=' && (c === '+' || isDash(c) || c === '*' || c === '/' || c === '%')) return (isDash(c) ? '-' : c) + '=';
    return undefined;
  }

  /** Reads `-op` at pos when it names an operator from the set; does not consume. */
  protected peekDashOperator(set: ReadonlySet<string>): string | undefined {
    if (!isDashCode(this.src.charCodeAt(this.pos))) return undefined;
    const src = this.src;
    const from = this.pos + 1;
    const limit = Math.min(src.length, from + 15);
    let end = from;
    while (end < limit && ((src.charCodeAt(end) | 32) >= 97 && (src.charCodeAt(end) | 32) <= 122)) end++;
    if (end === from) return undefined;
    const op = src.slice(from, end).toLowerCase();
    if (!set.has(op)) return undefined;
    if (isIdentifierCharCode(src.charCodeAt(end))) return undefined;
    return op;
  }

  protected readNameAt(i: number): string {
    return this.src.slice(i, variableNameEnd(this.src, i));
  }

  /** The variable name of a splat at i (after the `@`), with its scope or drive: `@env:x` is env:x. */
  protected splatNameAt(i: number): string {
    const name = this.readNameAt(i);
    const after = i + name.length;
    if (this.src[after] !== ':' || !isVariableCharCode(this.src.charCodeAt(after + 1))) return name;
    return `${name}:${this.readNameAt(after + 1)}`;
  }

  protected isVariableStart(i: number): boolean {
    const n = this.src.charCodeAt(i + 1);
    return n === LPAREN || n === LBRACE || n === DOLLAR || n === CARET || isVariableCharCode(n);
  }

  protected isHereStringStart(start: number): boolean {
    return this.src.charCodeAt(start) === AT && isQuoteCode(this.src.charCodeAt(start + 1));
  }

  // ---- numbers and type literals -------------------------------------------------------------

  /** The value of the number literal tryNumberAt found last. */
  protected numberAtValue = 0;

  /**
   * Where the number literal at `i` ends, or -1 when there is none; its value is left in
   * numberAtValue (no result object per number; issue 14). `signAt` is where its sign (`-128y`)
   * starts, when it has one.
   */
  protected tryNumberAt(i: number, signAt?: number): number {
    const end = scanNumberLiteral(this.src, i);
    if (end < 0) return -1;
    const after = this.src.charCodeAt(end);
    if (after < 128 ? (ASCII[after]! & IDENTIFIER) !== 0 : isIdentifierCharCode(after)) return -1;
    const value = numberValue(this.src, i);
    // A literal too big for its type suffix (`128y`, but not `-128y`) or for 64 bits (a 17-digit hex) is
    // a parse error. Only hex and suffixed literals can be out of range: the plain numbers of a script
    // skip the classification (a regular expression and BigInt arithmetic per number), and digits
    // and dots alone (every literal of most scripts) skip even the regular expression: such a
    // literal is always an Int32, Int64, Decimal or Double.
    let plain = true;
    for (let k = i; k < end; k++) {
      const d = this.src.charCodeAt(k);
      if ((d < 48 || d > 57) && d !== 46) {
        plain = false;
        break;
      }
    }
    if (!plain) {
      MAY_BE_OUT_OF_RANGE_AT.lastIndex = i;
      const negative = signAt !== undefined && this.src[signAt] !== '+';
      if (MAY_BE_OUT_OF_RANGE_AT.test(this.src) && classifyNumberLiteral(this.src.slice(i, end), negative) === undefined) {
        const start = signAt ?? i;
        this.fail(ParserStrings.BadNumericConstant, start, end, false, this.src.slice(start, end));
      }
    }
    if (value === undefined) return -1;
    this.numberAtValue = value;
    return end;
  }

  protected tryTypeLiteral(): Expr | undefined {
    const start = this.pos;
    TYPE_LITERAL_AT.lastIndex = start;
    const m = TYPE_LITERAL_AT.exec(this.src);
    if (!m || m[0].length > 200) return undefined;
    this.pos += m[0].length;
    this.token(OPERATOR_TOKEN, start, this.pos);
    return new TypeLiteralNode(m[1]!, start, this.pos);
  }

  // ---- bare words ----------------------------------------------------------------------------

  /** A bare word: ends at whitespace or `& ( ) , ; { } |`; quotes, `$var`, `$( )` and backticks inside. */
  protected scanGenericToken(isCommandName = false): Expr {
    const src = this.src;
    const start = this.pos;
    const values = this.buildValues;
    let parts: Array<string | Expr> | undefined;
    let literal = '';
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos);
      // The class table read here, no isPlainWordCode/endsGenericTokenCode call for ASCII (issue 14).
      if (c < 128 ? (ASCII[c]! & PLAIN_WORD) !== 0 : isPlainWordCode(c)) {
        // A run of plain characters (most words are one) is copied in one slice (per-character += builds a rope).
        const end = plainWordRunEnd(src, this.pos + 1);
        if (values) literal += src.slice(this.pos, end);
        this.pos = end;
        continue;
      }
      if (c < 128 ? (ASCII[c]! & END) !== 0 : endsGenericTokenCode(c)) break;
      if (c === BACKTICK) {
        const next = this.src[this.pos + 1];
        if (next === undefined) this.fail(ParserStrings.IncompleteLineContinuation, this.pos, this.pos + 1, true);
        if (isNewline(next)) break;
        if (next === 'u') {
          literal += this.readUnicodeEscape();
          continue;
        }
        if (values) literal += backtickEscape(next);
        this.pos += 2;
      } else if (isSingleQuoteCode(c)) {
        literal += this.readSingleQuoted();
      } else if (isDoubleQuoteCode(c)) {
        // Without values it is always '' (no parts).
        const quoted = this.readQuoted(true);
        if (typeof quoted === 'string') literal += quoted;
        else {
          for (const p of quoted) {
            if (typeof p === 'string') literal += p;
            else {
              parts = withExpression(parts, literal, p);
              literal = '';
            }
          }
        }
      } else if (c === DOLLAR && !isCommandName && this.isVariableStart(this.pos)) {
        const expr = this.scanDollar(true);
        if (values) {
          parts = withExpression(parts, literal, expr);
          literal = '';
        }
      } else {
        // A run of plain characters is copied in one slice (per-character += builds a rope).
        const end = plainWordRunEnd(src, this.pos + 1);
        if (values) literal += src.slice(this.pos, end);
        this.pos = end;
      }
    }
    if (!this.recordTokens) this.lastTokenEnd = this.pos;
    else if (isCommandName) this.token(COMMAND_NAME_TOKEN, start, this.pos);
    else this.token(GENERIC_TOKEN, start, this.pos);
    if (!parts) return new StringNode(literal, false, start, this.pos);
    return stringOrExpandable(parts, literal, false, start, this.pos);
  }

  // ---- quoted strings ------------------------------------------------------------------------

  protected readSingleQuoted(): string {
    return this.readQuoted(false) as string;
  }

  /**
   * A quoted string at pos: its literal text when nothing is embedded in it (always so for a
   * single-quoted one), else the parts of a double-quoted one: literal text and the `$`
   * expressions, literal text last when there is some. A doubled quote stands for one quote in
   * both kinds. Most strings embed nothing, so no parts list is made for them.
   */
  protected readQuoted(expandable: boolean): string | Array<string | Expr> {
    const src = this.src;
    const start = this.pos;
    const values = this.buildValues;
    this.pos++;
    let parts: Array<string | Expr> | undefined;
    let literal = '';
    for (;;) {
      if (this.pos >= src.length) this.failUnterminated(start, expandable ? '"' : "'");
      const c = src.charCodeAt(this.pos);
      // isDoubleQuoteCode / isSingleQuoteCode written out (a call per run and per quote; issue 14).
      if (expandable ? c === 34 || (c >= 0x201c && c <= 0x201e) : c === 39 || (c >= 0x2018 && c <= 0x201b)) {
        const d = src.charCodeAt(this.pos + 1);
        if (expandable ? d === 34 || (d >= 0x201c && d <= 0x201e) : d === 39 || (d >= 0x2018 && d <= 0x201b)) {
          if (values) literal += src[this.pos];
          this.pos += 2;
          continue;
        }
        this.pos++;
        break;
      }
      if (expandable && c === BACKTICK) {
        const next = this.src[this.pos + 1];
        if (next === undefined) this.failUnterminated(start, '"');
        if (next === 'u') {
          const escaped = this.readUnicodeEscape();
          if (values) literal += escaped;
          continue;
        }
        if (values) literal += backtickEscape(next);
        this.pos += 2;
        continue;
      }
      if (expandable && c === DOLLAR && this.isVariableStart(this.pos)) {
        const expr = this.scanDollar(true);
        if (values) {
          parts = withExpression(parts, literal, expr);
          literal = '';
        }
        continue;
      }
      const end = expandable ? plainDoubleQuotedRunEnd(src, this.pos + 1) : singleQuotedRunEnd(src, this.pos + 1);
      if (values) literal += src.slice(this.pos, end);
      this.pos = end;
    }
    if (this.recordTokens) this.token(STRING_TOKEN, start, this.pos);
    else this.lastTokenEnd = this.pos;
    if (!parts) return literal;
    if (literal) parts.push(literal);
    return exactList(parts);
  }

  private failUnterminated(start: number, terminator: string): never {
    this.fail(ParserStrings.TerminatorExpectedAtEndOfString, start, this.src.length, true, terminator);
  }

  /**
   * `` `u{hex} `` at pos (the backtick), in an expandable string, here-string or bare word, reading
   * no further than `limit`. A broken one is reported where pwsh reports it: `` `u `` without `{`,
   * the first character that is no hex digit, a seventh digit, the digits of a value past U+10FFFF,
   * or the whole `` `u{} ``.
   */
  private readUnicodeEscape(limit = this.src.length): string {
    const src = this.src;
    const start = this.pos;
    const invalid = (from: number, to: number): never => this.fail(ParserStrings.InvalidUnicodeEscapeSequence, from, to);
    if (src[start + 2] !== '{') invalid(start, start + 2);
    const digits = start + 3;
    let i = digits;
    while (i < limit && src[i] !== '}') {
      if (i - digits >= 6) this.fail(ParserStrings.TooManyDigitsInUnicodeEscapeSequence, i, i + 1);
      if (!/[0-9a-fA-F]/.test(src[i]!)) invalid(i, i + 1);
      i++;
    }
    if (i >= limit) invalid(i, i + 1);
    if (i === digits) invalid(start, i + 1);
    const code = parseInt(src.slice(digits, i), 16);
    if (code > 0x10ffff) this.fail(ParserStrings.InvalidUnicodeEscapeSequenceValue, digits, i);
    this.pos = i + 1;
    return String.fromCodePoint(code);
  }

  /** `@" ... "@` and `@' ... '@`: the footer must start a line; only the double-quoted kind expands. */
  protected scanHereString(): Expr {
    const src = this.src;
    const start = this.pos;
    const expandable = isDoubleQuoteCode(this.src.charCodeAt(this.pos + 1));
    const isFooterQuote = expandable ? isDoubleQuoteCode : isSingleQuoteCode;
    const terminator = expandable ? '"@' : "'@";
    this.pos += 2;
    // Only whitespace may follow the header on its line.
    while (isSpace(this.src[this.pos])) this.pos++;
    if (this.pos >= this.src.length) this.failUnterminated(start, terminator);
    if (!isNewline(this.src[this.pos])) this.fail(ParserStrings.UnexpectedCharactersAfterHereStringHeader, this.pos, this.pos + 1);
    this.pos += this.src[this.pos] === '\r' && this.src[this.pos + 1] === '\n' ? 2 : 1;
    const bodyStart = this.pos;
    let i = bodyStart;
    let bodyEnd = -1;
    for (;;) {
      const lineEnd = endOfLine(src, i);
      if (isFooterQuote(src.charCodeAt(i)) && lineEnd > i + 1 && src.charCodeAt(i + 1) === AT) {
        bodyEnd = i;
        break;
      }
      // A footer after leading white space (as String.prototype.trimStart sees it) is an error.
      let first = i;
      while (first < lineEnd && /\s/.test(src[first]!)) first++;
      if (first > i && isFooterQuote(src.charCodeAt(first)) && lineEnd > first + 1 && src.charCodeAt(first + 1) === AT) {
        this.fail(ParserStrings.WhitespaceBeforeHereStringFooter, i, first);
      }
      if (lineEnd >= src.length) break;
      i = lineEnd + (src.charCodeAt(lineEnd) === 13 && src.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    }
    if (bodyEnd < 0) {
      this.pos = src.length;
      this.token(STRING_TOKEN, start, this.pos);
      this.failUnterminated(start, terminator);
    }
    // The line break before the footer is not part of the value.
    let contentEnd = bodyEnd;
    if (src[contentEnd - 1] === '\n') contentEnd--;
    if (src[contentEnd - 1] === '\r') contentEnd--;
    contentEnd = Math.max(contentEnd, bodyStart);
    const end = bodyEnd + 2;
    const values = this.buildValues;
    if (!expandable) {
      this.pos = end;
      this.token(STRING_TOKEN, start, end);
      return new StringNode(values ? src.slice(bodyStart, contentEnd) : '', true, start, end);
    }
    // Expand the body in place: backtick escapes and `$` expressions.
    let parts: Array<string | Expr> | undefined;
    let literal = '';
    this.pos = bodyStart;
    while (this.pos < contentEnd) {
      const c = src.charCodeAt(this.pos);
      if (c === BACKTICK && this.pos + 1 < contentEnd) {
        if (src[this.pos + 1] === 'u') {
          const escaped = this.readUnicodeEscape(contentEnd);
          if (values) literal += escaped;
          continue;
        }
        if (values) literal += backtickEscape(src[this.pos + 1]!);
        this.pos += 2;
      } else if (c === DOLLAR && this.isVariableStart(this.pos)) {
        const expr = this.scanDollar(true);
        if (values) {
          parts = withExpression(parts, literal, expr);
          literal = '';
        }
      } else {
        let runEnd = this.pos + 1;
        while (runEnd < contentEnd && !isHereStringSpecialCode(src.charCodeAt(runEnd))) runEnd++;
        if (values) literal += src.slice(this.pos, runEnd);
        this.pos = runEnd;
      }
    }
    this.pos = end;
    this.token(STRING_TOKEN, start, end);
    return stringOrExpandable(parts, literal, true, start, end);
  }

  // ---- `$` forms -----------------------------------------------------------------------------

  /** `$name`, `${name}`, `$env:NAME`, `$$`, `$^`, `$?`, and `$(...)` through the grammar. */
  protected scanDollar(inString: boolean): Expr {
    const src = this.src;
    const start = this.pos;
    const n = src.charCodeAt(this.pos + 1);
    if (n === LPAREN) return this.parseSubexpression(inString);
    if (n === LBRACE) return this.scanBracedVariable();
    if (n === DOLLAR || n === CARET || n === QUESTION) {
      this.pos += 2;
      this.token(VARIABLE_TOKEN, start, this.pos);
      return new VariableNode(src[start + 1]!, start, this.pos);
    }
    let i = this.pos + 1;
    for (;;) {
      const c = src.charCodeAt(i);
      // The name's characters by the class table, no call per name for ASCII (issue 14).
      if (c < 128 ? (ASCII[c]! & VARIABLE) !== 0 : isVariableCharCode(c)) {
        let d = src.charCodeAt(++i);
        while (d < 128 && (ASCII[d]! & VARIABLE) !== 0) d = src.charCodeAt(++i);
        if (d >= 128) i = variableNameEnd(src, i);
      } else if (c === COLON && src.charCodeAt(i + 1) !== COLON && i > start + 1) {
        // scope or drive qualifier: $env:NAME, $global:x
        if (!isVariableCharCode(src.charCodeAt(i + 1)) && src.charCodeAt(i + 1) !== LBRACE) {
          this.fail(ParserStrings.InvalidVariableReferenceWithDrive, start, i + 1);
        }
        i++;
      } else break;
    }
    if (i === start + 1) this.fail(ParserStrings.InvalidVariableReference, start, start + 1);
    // The name is the text after the `$` (every character of it is a name character or a colon).
    const name = this.buildValues ? src.slice(start + 1, i) : '';
    this.pos = i;
    if (this.recordTokens) this.token(VARIABLE_TOKEN, start, i);
    else this.lastTokenEnd = i;
    return new VariableNode(name, start, i);
  }

  /** `${any name}`: a backtick takes the next character literally. */
  private scanBracedVariable(): Expr {
    const src = this.src;
    const start = this.pos;
    let i = this.pos + 2;
    let name = '';
    for (;;) {
      const c = src.charCodeAt(i);
      if (c !== c) this.fail(ParserStrings.IncompleteDollarVariableReference, start + 1, src.length, true);
      if (c === RBRACE) break;
      if (c === BACKTICK && i + 1 < src.length) {
        name += src[i + 1];
        i += 2;
        continue;
      }
      let end = i + 1;
      while (end < src.length && src.charCodeAt(end) !== RBRACE && src.charCodeAt(end) !== BACKTICK) end++;
      name += src.slice(i, end);
      i = end;
    }
    if (!name) this.fail(ParserStrings.EmptyVariableReference, i, i);
    this.pos = i + 1;
    this.token(VARIABLE_TOKEN, start, this.pos);
    return new VariableNode(name, start, this.pos);
  }
}

/** The parts of an expandable text after an embedded expression: the literal text before it, then it. */
function withExpression(parts: Array<string | Expr> | undefined, literal: string, expr: Expr): Array<string | Expr> {
  const out = parts ?? [];
  if (literal) out.push(literal);
  out.push(expr);
  return out;
}

/** A bare word or string with no embedded expression is a plain string; else its parts, literal text last. */
function stringOrExpandable(parts: Array<string | Expr> | undefined, literal: string, quoted: boolean, start: number, end: number): Expr {
  if (!parts) return new StringNode(literal, quoted, start, end);
  if (literal) parts.push(literal);
  return new ExpandableNode(exactList(parts), start, end);
}

function isHereStringSpecialCode(c: number): boolean {
  return c === BACKTICK || c === DOLLAR;
}

