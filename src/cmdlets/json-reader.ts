// Reading JSON as pwsh 7.6.10's ConvertFrom-Json reads it: Newtonsoft.Json's JsonTextReader (a lenient
// tokenizer: comments, single quotes, unquoted names, NaN/Infinity, hex and octal numbers, `new Date(…)`),
// driven by JsonConvert.DeserializeObject (a top-level object through the serializer's own loop, anything
// else through JTokenWriter.WriteToken). The states are modelled closely because they decide both what
// is accepted (a top-level array cut short after a value still reads: `[1,2` is 1 and 2) and what an error
// says: the message, the JSON path ('a[0].b') and the line and position, or no position at all for the
// writer's "Unexpected end when reading token.".
//
// The result is a raw tree (arrays, JsonObject maps, primitives) that json.ts turns into PSCustomObjects
// or ordered hashtables, as pwsh's JsonObject.Populate* do after the whole text has been read.

import { DateTimeValue } from '../engine/datetime.js';
import { TypedNumber, typed } from '../engine/numeric.js';
import { bigInteger } from '../engine/big-integer.js';
import { jsonDate } from './json-dates.js';

/** A reader, serializer or writer failure: `message` is Newtonsoft's, with its path and line info. */
export class JsonReadError extends Error {}

/** A JSON object as JTokenWriter builds it: a repeated name keeps its first place and takes the last value. */
export class JsonObject {
  readonly entries = new Map<string, unknown>();
}

/** A constructor other than `new Date(…)` (a JConstructor): pwsh's conversion drops it. */
export class JsonConstructor {}

// JsonToken, numbered as Newtonsoft's enum (its names appear in messages).
const NONE = 0;
const START_OBJECT = 1;
const START_ARRAY = 2;
const START_CONSTRUCTOR = 3;
const PROPERTY_NAME = 4;
const COMMENT = 5;
const INTEGER = 7;
const FLOAT = 8;
const STRING = 9;
const BOOLEAN = 10;
const NULL = 11;
const UNDEFINED = 12;
const END_OBJECT = 13;
const END_ARRAY = 14;
const END_CONSTRUCTOR = 15;
const DATE = 16;
const TOKEN_NAMES = ['None', 'StartObject', 'StartArray', 'StartConstructor', 'PropertyName', 'Comment', 'Raw', 'Integer', 'Float', 'String', 'Boolean', 'Null', 'Undefined', 'EndObject', 'EndArray', 'EndConstructor', 'Date', 'Bytes'];
const isStartToken = (t: number) => t === START_OBJECT || t === START_ARRAY || t === START_CONSTRUCTOR;
const isEndToken = (t: number) => t === END_OBJECT || t === END_ARRAY || t === END_CONSTRUCTOR;

// JsonContainerType.
const C_NONE = 0;
const C_OBJECT = 1;
const C_ARRAY = 2;
const C_CONSTRUCTOR = 3;
const CONTAINER_NAMES = ['None', 'Object', 'Array', 'Constructor'];

// JsonReader.State (the ones the text reader uses).
const S_START = 0;
const S_PROPERTY = 2;
const S_OBJECT_START = 3;
const S_OBJECT = 4;
const S_ARRAY_START = 5;
const S_ARRAY = 6;
const S_POST_VALUE = 8;
const S_CONSTRUCTOR_START = 9;
const S_CONSTRUCTOR = 10;
const S_FINISHED = 12;

/** One level of a JSON path: an object's current name or an array's (or constructor's) current index. */
interface Position {
  type: number;
  index: number;
  name: string;
}

const newPosition = (type: number): Position => ({ type, index: -1, name: '' });

const PATH_SPECIALS = /[. '/"[\]()\t\n\r\f\b\\\u0085\u2028\u2029]/;

/** JsonPosition.BuildPath: `a.b[0]`, a name with special characters as `['a b']`. */
function buildPath(positions: readonly Position[]): string {
  let path = '';
  for (const p of positions) {
    if (p.type === C_OBJECT) {
      if (PATH_SPECIALS.test(p.name)) path += `['${escapePathName(p.name)}']`;
      else path += (path.length > 0 ? '.' : '') + p.name;
    } else if (p.type !== C_NONE) path += `[${p.index}]`;
  }
  return path;
}

/** A name as Newtonsoft writes it inside single quotes (JavaScriptUtils, single-quote escapes). */
function escapePathName(name: string): string {
  let out = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\b') out += '\\b';
    else if (c < 0x20 || c === 0x85 || c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** JsonPosition.FormatMessage: the message ending in a full stop, the path, and the line info when there is one. */
function formatMessage(message: string, path: string, line?: number, position?: number): string {
  let text = message.trim();
  if (!text.endsWith('.')) text += '.';
  text += ` Path '${path}'`;
  if (line !== undefined) text += `, line ${line}, position ${position}`;
  return text + '.';
}

/** char.IsWhiteSpace. */
function isWhiteSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const NON_ASCII_NUMBER = /\p{N}/u;
const NON_ASCII_LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** char.IsNumber (a value may start with any Unicode number character, then fail as a number). */
function isNumberChar(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return NON_ASCII_NUMBER.test(String.fromCharCode(c));
}

/** An unquoted property name's character: char.IsLetterOrDigit, `_` or `$`. */
function isIdentifierChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
  return NON_ASCII_LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** A character ReadNumberIntoBuffer takes into a number's text. */
function isNumberTextChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 45 || c === 43 || c === 46 || c === 120 || c === 88;
}

const DOUBLE_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX_TEXT = /^0[xX]([0-9a-fA-F]{1,16})$/;
const OCTAL_TEXT = /^[0-7]{1,22}$/;
const MAX_OCTAL = 0o1777777777777777777777n;

/** A reader's Integer: an Int64 (its exact value kept past 2^53). */
function int64(value: bigint): unknown {
  const n = Number(value);
  return new TypedNumber(n, 'System.Int64', Number.isSafeInteger(n) ? undefined : value);
}

/** Int64s of one digit, made once: most integers in JSON are small. */
const DIGITS = Array.from({ length: 10 }, (_, d) => new TypedNumber(d, 'System.Int64'));

/** A reader's Float: a Double (a whole one too: `1.0` is [double] 1). */
function double(value: number): unknown {
  return Number.isFinite(value) ? typed(value, 'System.Double') : value;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

class TextReader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private state = S_START;
  token = NONE;
  value: unknown = null;
  private stack: Position[] = [];
  private current: Position = newPosition(C_NONE);
  private exceededMaxDepth = false;
  private readonly length: number;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number | undefined,
  ) {
    this.length = text.length;
  }

  // ---- what errors report ----

  get depth(): number {
    const depth = this.stack.length;
    return isStartToken(this.token) || this.current.type === C_NONE ? depth : depth + 1;
  }

  get path(): string {
    if (this.current.type === C_NONE) return '';
    const s = this.state;
    const inside = s !== S_ARRAY_START && s !== S_CONSTRUCTOR_START && s !== S_OBJECT_START;
    return buildPath(inside ? [...this.stack, this.current] : this.stack);
  }

  /** A reader (or serializer) error at the reader's path, line and position. */
  error(message: string): JsonReadError {
    const position = this.pos - this.lineStart;
    const line = this.state === S_START && position === 0 && this.token !== COMMENT ? 0 : this.line;
    return new JsonReadError(formatMessage(message, this.path, line, position));
  }

  private charText(i: number): string {
    return i < this.length ? this.text[i]! : '\0';
  }

  private unexpectedEnd(): JsonReadError {
    return this.error('Unexpected end when reading JSON.');
  }

  private unexpectedCharacter(i: number): JsonReadError {
    return this.error(`Unexpected character encountered while parsing value: ${this.charText(i)}.`);
  }

  // ---- JsonReader's state machine ----

  private setToken(token: number, value: unknown = null, updateIndex = true): void {
    this.token = token;
    this.value = value;
    switch (token) {
      case START_OBJECT:
        this.state = S_OBJECT_START;
        this.push(C_OBJECT);
        break;
      case START_ARRAY:
        this.state = S_ARRAY_START;
        this.push(C_ARRAY);
        break;
      case START_CONSTRUCTOR:
        this.state = S_CONSTRUCTOR_START;
        this.push(C_CONSTRUCTOR);
        break;
      case END_OBJECT:
      case END_ARRAY:
      case END_CONSTRUCTOR:
        this.validateEnd(token);
        break;
      case PROPERTY_NAME:
        this.state = S_PROPERTY;
        this.current.name = value as string;
        break;
      case NONE:
      case COMMENT:
        break;
      default:
        this.setPostValueState(updateIndex);
    }
  }

  private setPostValueState(updateIndex: boolean): void {
    this.state = this.current.type !== C_NONE ? S_POST_VALUE : S_FINISHED;
    if (updateIndex && (this.current.type === C_ARRAY || this.current.type === C_CONSTRUCTOR)) this.current.index++;
  }

  private push(type: number): void {
    if (this.current.type === C_ARRAY || this.current.type === C_CONSTRUCTOR) this.current.index++;
    if (this.current.type === C_NONE) {
      this.current = newPosition(type);
      return;
    }
    this.stack.push(this.current);
    this.current = newPosition(type);
    if (this.maxDepth !== undefined && this.stack.length + 1 > this.maxDepth && !this.exceededMaxDepth) {
      this.exceededMaxDepth = true;
      throw this.error(`The reader's MaxDepth of ${this.maxDepth} has been exceeded.`);
    }
  }

  private pop(): number {
    const old = this.current;
    this.current = this.stack.pop() ?? newPosition(C_NONE);
    if (this.maxDepth !== undefined && this.depth <= this.maxDepth) this.exceededMaxDepth = false;
    return old.type;
  }

  private validateEnd(token: number): void {
    const closed = this.pop();
    const expected = token === END_OBJECT ? C_OBJECT : token === END_ARRAY ? C_ARRAY : C_CONSTRUCTOR;
    if (closed !== expected) throw this.error(`JsonToken ${TOKEN_NAMES[token]} is not valid for closing JsonType ${CONTAINER_NAMES[closed]}.`);
    this.state = this.current.type !== C_NONE ? S_POST_VALUE : S_FINISHED;
  }

  private setStateBasedOnCurrent(): void {
    const type = this.current.type;
    this.state = type === C_OBJECT ? S_OBJECT : type === C_ARRAY ? S_ARRAY : type === C_CONSTRUCTOR ? S_CONSTRUCTOR : S_FINISHED;
  }

  // ---- JsonTextReader ----

  /** The next token; false at the end of the text (the token is then None, or the last one read). */
  read(): boolean {
    for (;;) {
      switch (this.state) {
        case S_OBJECT:
        case S_OBJECT_START:
          return this.parseObject();
        case S_POST_VALUE:
          if (this.parsePostValue()) return true;
          break;
        case S_FINISHED:
          if (this.pos < this.length) {
            this.eatWhitespace();
            if (this.pos >= this.length) {
              this.setToken(NONE);
              return false;
            }
            if (this.text.charCodeAt(this.pos) === 47 /* / */) {
              this.parseComment(true);
              return true;
            }
            throw this.error(`Additional text encountered after finished reading JSON content: ${this.text[this.pos]}.`);
          }
          this.setToken(NONE);
          return false;
        default:
          return this.parseValue();
      }
    }
  }

  /** JsonReader.ReadAndMoveToContent: the next token that is not a comment. */
  readContent(): boolean {
    if (!this.read()) return false;
    while (this.token === NONE || this.token === COMMENT) if (!this.read()) return false;
    return true;
  }

  private newLine(): void {
    this.line++;
    this.lineStart = this.pos;
  }

  private lineFeed(): void {
    this.pos++;
    this.newLine();
  }

  /** A CR, and the LF after it when one follows that is not the text's last character (as the buffered reader checks). */
  private carriageReturn(): void {
    this.pos++;
    if (this.pos + 1 < this.length && this.text.charCodeAt(this.pos) === 10) this.pos++;
    this.newLine();
  }

  private eatWhitespace(): void {
    const text = this.text;
    for (;;) {
      const c = this.pos < this.length ? text.charCodeAt(this.pos) : -1;
      if (c === -1) return;
      if (c === 13) this.carriageReturn();
      else if (c === 10) this.lineFeed();
      else if (c === 0 || isWhiteSpace(c)) this.pos++;
      else return;
    }
  }

  private parseValue(): boolean {
    const text = this.text;
    for (;;) {
      if (this.pos >= this.length) return false;
      const c = text.charCodeAt(this.pos);
      switch (c) {
        case 0:
          this.pos++;
          break;
        case 34: // "
        case 39: { // '
          this.pos++;
          const value = this.readString(c);
          const date = value.length >= 9 ? jsonDate(value) : undefined;
          if (date) this.setToken(DATE, date);
          else this.setToken(STRING, value);
          return true;
        }
        case 116: // t
          if (this.matchWithSeparator('true')) this.setToken(BOOLEAN, true);
          else throw this.error('Error parsing boolean value.');
          return true;
        case 102: // f
          if (this.matchWithSeparator('false')) this.setToken(BOOLEAN, false);
          else throw this.error('Error parsing boolean value.');
          return true;
        case 110: // n
          if (this.pos + 1 < this.length) {
            const next = text.charCodeAt(this.pos + 1);
            if (next === 117 /* u */) {
              if (this.matchWithSeparator('null')) this.setToken(NULL);
              else throw this.error('Error parsing null value.');
            } else if (next === 101 /* e */) this.parseConstructor();
            else throw this.unexpectedCharacter(this.pos);
          } else {
            this.pos++;
            throw this.unexpectedEnd();
          }
          return true;
        case 78: // N
          if (this.matchWithSeparator('NaN')) this.setToken(FLOAT, NaN);
          else throw this.error('Error parsing NaN value.');
          return true;
        case 73: // I
          if (this.matchWithSeparator('Infinity')) this.setToken(FLOAT, Infinity);
          else throw this.error('Error parsing Infinity value.');
          return true;
        case 45: // -
          if (this.pos + 1 < this.length && text.charCodeAt(this.pos + 1) === 73) {
            if (this.matchWithSeparator('-Infinity')) this.setToken(FLOAT, -Infinity);
            else throw this.error('Error parsing -Infinity value.');
          } else this.parseNumber();
          return true;
        case 47: // /
          this.parseComment(true);
          return true;
        case 117: // u
          if (this.matchWithSeparator('undefined')) this.setToken(UNDEFINED);
          else throw this.error('Error parsing undefined value.');
          return true;
        case 123: // {
          this.pos++;
          this.setToken(START_OBJECT);
          return true;
        case 91: // [
          this.pos++;
          this.setToken(START_ARRAY);
          return true;
        case 93: // ]
          this.pos++;
          this.setToken(END_ARRAY);
          return true;
        case 44: // , (an empty value: the comma itself is read next time)
          this.setToken(UNDEFINED);
          return true;
        case 41: // )
          this.pos++;
          this.setToken(END_CONSTRUCTOR);
          return true;
        case 13:
          this.carriageReturn();
          break;
        case 10:
          this.lineFeed();
          break;
        case 32:
        case 9:
          this.pos++;
          break;
        default:
          if (isWhiteSpace(c)) {
            this.pos++;
            break;
          }
          if (isNumberChar(c) || c === 46 /* . */) {
            this.parseNumber();
            return true;
          }
          throw this.unexpectedCharacter(this.pos);
      }
    }
  }

  private parseObject(): boolean {
    const text = this.text;
    for (;;) {
      if (this.pos >= this.length) return false;
      const c = text.charCodeAt(this.pos);
      if (c === 125 /* } */) {
        this.setToken(END_OBJECT);
        this.pos++;
        return true;
      }
      if (c === 47 /* / */) {
        this.parseComment(true);
        return true;
      }
      if (c === 13) this.carriageReturn();
      else if (c === 10) this.lineFeed();
      else if (c === 0 || c === 32 || c === 9 || isWhiteSpace(c)) this.pos++;
      else return this.parseProperty(c);
    }
  }

  private parseProperty(first: number): boolean {
    let name: string;
    if (first === 34 || first === 39) {
      this.pos++;
      name = this.readString(first);
    } else if (isIdentifierChar(first)) {
      name = this.readUnquotedName();
    } else throw this.error(`Invalid property identifier character: ${this.text[this.pos]}.`);
    this.eatWhitespace();
    if (this.pos >= this.length || this.text.charCodeAt(this.pos) !== 58 /* : */) {
      throw this.error(`Invalid character after parsing property name. Expected ':' but got: ${this.charText(this.pos)}.`);
    }
    this.pos++;
    this.setToken(PROPERTY_NAME, name);
    return true;
  }

  private readUnquotedName(): string {
    const start = this.pos;
    for (;;) {
      if (this.pos >= this.length) throw this.error('Unexpected end while parsing unquoted property name.');
      const c = this.text.charCodeAt(this.pos);
      if (c === 0) return this.text.slice(start, this.pos);
      if (isIdentifierChar(c)) this.pos++;
      else if (c === 58 || isWhiteSpace(c)) return this.text.slice(start, this.pos);
      else throw this.error(`Invalid JavaScript property identifier character: ${this.text[this.pos]}.`);
    }
  }

  /** A string's text after its opening quote, up to the same quote; escapes decoded, line breaks counted. */
  private readString(quote: number): string {
    const text = this.text;
    const length = this.length;
    let out = '';
    let from = this.pos;
    let i = this.pos;
    for (;;) {
      if (i >= length) {
        this.pos = i;
        throw this.error(`Unterminated string. Expected delimiter: ${String.fromCharCode(quote)}.`);
      }
      const c = text.charCodeAt(i++);
      if (c === quote) {
        this.pos = i;
        return out + text.slice(from, i - 1);
      }
      if (c === 92 /* \ */) {
        out += text.slice(from, i - 1);
        this.pos = i;
        if (i >= length) throw this.error(`Unterminated string. Expected delimiter: ${String.fromCharCode(quote)}.`);
        const e = text.charCodeAt(i++);
        switch (e) {
          case 98:
            out += '\b';
            break;
          case 116:
            out += '\t';
            break;
          case 110:
            out += '\n';
            break;
          case 102:
            out += '\f';
            break;
          case 114:
            out += '\r';
            break;
          case 92:
          case 34:
          case 39:
          case 47:
            out += String.fromCharCode(e);
            break;
          case 117: {
            this.pos = i;
            out += this.readUnicodeEscape();
            i = this.pos;
            break;
          }
          default:
            this.pos = i;
            throw this.error(`Bad JSON escape sequence: \\${text[i - 1]}.`);
        }
        from = i;
      } else if (c === 13) {
        this.pos = i - 1;
        this.carriageReturn();
        i = this.pos;
      } else if (c === 10) {
        this.pos = i;
        this.newLine();
      }
    }
  }

  /** `\uXXXX` after the `\u` (at pos), pairing surrogates; a lone or unpaired one becomes U+FFFD. */
  private readUnicodeEscape(): string {
    let ch = this.readHex4();
    if (ch >= 0xdc00 && ch <= 0xdfff) return '\uFFFD';
    if (ch < 0xd800 || ch > 0xdbff) return String.fromCharCode(ch);
    let out = '';
    for (;;) {
      if (this.pos + 2 < this.length && this.text.charCodeAt(this.pos) === 92 && this.text.charCodeAt(this.pos + 1) === 117) {
        this.pos += 2;
        const next = this.readHex4();
        if (next >= 0xdc00 && next <= 0xdfff) return out + String.fromCharCode(ch, next);
        out += '\uFFFD';
        ch = next;
        if (next >= 0xd800 && next <= 0xdbff) continue;
        return out + String.fromCharCode(next);
      }
      return out + '\uFFFD';
    }
  }

  private readHex4(): number {
    if (!(this.pos + 4 < this.length)) throw this.error('Unexpected end while parsing Unicode escape sequence.');
    const digits = this.text.slice(this.pos, this.pos + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw this.error(`Invalid Unicode escape sequence: \\u${digits}.`);
    this.pos += 4;
    return parseInt(digits, 16);
  }

  private parsePostValue(): boolean {
    const text = this.text;
    for (;;) {
      if (this.pos >= this.length) {
        this.state = S_FINISHED;
        return false;
      }
      const c = text.charCodeAt(this.pos);
      switch (c) {
        case 125:
          this.pos++;
          this.setToken(END_OBJECT);
          return true;
        case 93:
          this.pos++;
          this.setToken(END_ARRAY);
          return true;
        case 41:
          this.pos++;
          this.setToken(END_CONSTRUCTOR);
          return true;
        case 47:
          this.parseComment(true);
          return true;
        case 44:
          this.pos++;
          this.setStateBasedOnCurrent();
          return false;
        case 13:
          this.carriageReturn();
          break;
        case 10:
          this.lineFeed();
          break;
        default:
          if (c === 0 || c === 32 || c === 9 || isWhiteSpace(c)) this.pos++;
          else throw this.error(`After parsing a value an unexpected character was encountered: ${text[this.pos]}.`);
      }
    }
  }

  private parseComment(setToken: boolean): void {
    const text = this.text;
    this.pos++;
    if (!(this.pos + 1 < this.length)) throw this.error('Unexpected end while parsing comment.');
    const kind = text.charCodeAt(this.pos);
    if (kind !== 42 /* * */ && kind !== 47) throw this.error(`Error parsing comment. Expected: *, got ${text[this.pos]}.`);
    const singleLine = kind === 47;
    this.pos++;
    const start = this.pos;
    const end = (to: number) => {
      if (setToken) this.setToken(COMMENT, text.slice(start, to));
    };
    for (;;) {
      if (this.pos >= this.length) {
        if (!singleLine) throw this.error('Unexpected end while parsing comment.');
        end(this.pos);
        return;
      }
      const c = text.charCodeAt(this.pos);
      if (c === 42) {
        this.pos++;
        if (!singleLine && this.pos < this.length && text.charCodeAt(this.pos) === 47) {
          end(this.pos - 1);
          this.pos++;
          return;
        }
      } else if (c === 13 || c === 10) {
        if (singleLine) {
          end(this.pos);
          return;
        }
        if (c === 13) this.carriageReturn();
        else this.lineFeed();
      } else this.pos++;
    }
  }

  /** MatchValueWithTrailingSeparator: the word, then the end, a separator, or a comment's start. */
  private matchWithSeparator(word: string): boolean {
    if (!(this.pos + word.length - 1 < this.length)) {
      this.pos = this.length;
      throw this.unexpectedEnd();
    }
    for (let k = 0; k < word.length; k++) {
      if (this.text.charCodeAt(this.pos + k) !== word.charCodeAt(k)) {
        this.pos += k;
        return false;
      }
    }
    this.pos += word.length;
    if (this.pos >= this.length) return true;
    const c = this.text.charCodeAt(this.pos);
    return c === 0 || this.isSeparator(c);
  }

  private isSeparator(c: number): boolean {
    switch (c) {
      case 125:
      case 93:
      case 44:
        return true;
      case 47: {
        if (!(this.pos + 1 < this.length)) return false;
        const next = this.text.charCodeAt(this.pos + 1);
        return next === 42 || next === 47;
      }
      case 41:
        return this.state === S_CONSTRUCTOR || this.state === S_CONSTRUCTOR_START;
      default:
        return isWhiteSpace(c);
    }
  }

  private parseConstructor(): void {
    if (!this.matchWithSeparator('new')) throw this.error('Unexpected content while parsing JSON.');
    this.eatWhitespace();
    const start = this.pos;
    let end: number;
    for (;;) {
      if (this.pos >= this.length) throw this.error('Unexpected end while parsing constructor.');
      const c = this.text.charCodeAt(this.pos);
      if (c === 0) {
        end = this.pos++;
        break;
      }
      if (isIdentifierChar(c) && c !== 95 && c !== 36) this.pos++;
      else if (c === 13) {
        end = this.pos;
        this.carriageReturn();
        break;
      } else if (c === 10) {
        end = this.pos;
        this.lineFeed();
        break;
      } else if (isWhiteSpace(c)) {
        end = this.pos++;
        break;
      } else if (c === 40 /* ( */) {
        end = this.pos;
        break;
      } else throw this.error(`Unexpected character while parsing constructor: ${this.text[this.pos]}.`);
    }
    if (start === end) throw this.error('Empty constructor name.');
    const name = this.text.slice(start, end);
    this.eatWhitespace();
    if (this.pos >= this.length || this.text.charCodeAt(this.pos) !== 40) throw this.error(`Unexpected character while parsing constructor: ${this.charText(this.pos)}.`);
    this.pos++;
    this.setToken(START_CONSTRUCTOR, name);
  }

  private parseNumber(): void {
    const text = this.text;
    const start = this.pos;
    const first = text.charCodeAt(start);
    while (this.pos < this.length) {
      const c = text.charCodeAt(this.pos);
      if (isNumberTextChar(c)) {
        this.pos++;
        continue;
      }
      if (c === 0 || c === 44 || c === 125 || c === 93 || c === 41 || c === 47 || isWhiteSpace(c)) break;
      throw this.error(`Unexpected character encountered while parsing number: ${text[this.pos]}.`);
    }
    this.setPostValueState(true);
    const number = text.slice(start, this.pos);
    const invalid = (): JsonReadError => {
      this.setToken(UNDEFINED, null, false);
      return this.error(`Input string '${number}' is not a valid number.`);
    };
    if (number.length === 1 && first >= 48 && first <= 57) {
      this.setToken(INTEGER, DIGITS[first - 48], false);
      return;
    }
    if (first === 48 && number.length > 1) {
      const second = number.charCodeAt(1);
      if (second !== 46 && second !== 101 && second !== 69) {
        // Hexadecimal (0x…) or octal, as Convert.ToInt64(text, 16 or 8): 64-bit two's complement.
        const hex = HEX_TEXT.exec(number);
        let big: bigint | undefined;
        if (hex) big = BigInt('0x' + hex[1]);
        else if (OCTAL_TEXT.test(number)) big = BigInt('0o' + number);
        if (big === undefined || big > MAX_OCTAL) throw invalid();
        this.setToken(INTEGER, int64(BigInt.asIntN(64, big)), false);
        return;
      }
    }
    const digits = first === 45 ? number.slice(1) : number;
    if (digits.length > 0 && /^\d+$/.test(digits)) {
      if (digits.length > 380) {
        this.setToken(UNDEFINED, null, false);
        throw this.error(`JSON integer ${number} is too large to parse.`);
      }
      if (digits.length < 16) this.setToken(INTEGER, new TypedNumber(Number(number) || 0, 'System.Int64'), false);
      else {
        const big = BigInt(number);
        this.setToken(INTEGER, big >= INT64_MIN && big <= INT64_MAX ? int64(big) : bigInteger(big), false);
      }
      return;
    }
    if (!DOUBLE_TEXT.test(number)) throw invalid();
    this.setToken(FLOAT, double(Number(number)), false);
  }
}

/** A writer (JTokenWriter) error: the path of the containers it has open, no line info. */
function writerError(message: string, frames: readonly Position[]): JsonReadError {
  return new JsonReadError(formatMessage(message, buildPath(frames.slice(0, -1))));
}

/**
 * JsonWriter.WriteToken(reader): the token the reader is on and, for a container, everything in it, as
 * far as the text goes. `frames` are the writer's open containers (the caller's object, when there is one).
 */
function writeToken(reader: TextReader, frames: Position[]): unknown {
  const base = frames.length;
  const containers: unknown[] = [];
  let root: unknown;
  const add = (value: unknown) => {
    if (frames.length > base) {
      const frame = frames[frames.length - 1]!;
      const container = containers[containers.length - 1];
      if (frame.type === C_ARRAY) {
        frame.index++;
        (container as unknown[]).push(value);
      } else if (frame.type === C_OBJECT) (container as JsonObject).entries.set(frame.name, value);
      else frame.index++;
    } else root = value;
  };
  const open = (type: number, container: unknown) => {
    add(container);
    frames.push(newPosition(type));
    containers.push(container);
  };
  const close = () => {
    if (frames.length > base) {
      frames.pop();
      containers.pop();
    }
  };
  const token = reader.token;
  const initialDepth = token === NONE ? -1 : isStartToken(token) ? reader.depth : reader.depth + 1;
  do {
    const t = reader.token;
    switch (t) {
      case START_OBJECT:
        open(C_OBJECT, new JsonObject());
        break;
      case START_ARRAY:
        open(C_ARRAY, []);
        break;
      case START_CONSTRUCTOR:
        if (reader.value === 'Date') add(constructorDate(reader, frames));
        else open(C_CONSTRUCTOR, new JsonConstructor());
        break;
      case PROPERTY_NAME:
        if (frames.length > base) frames[frames.length - 1]!.name = reader.value as string;
        break;
      case END_OBJECT:
      case END_ARRAY:
      case END_CONSTRUCTOR:
        close();
        break;
      case NONE:
      case COMMENT:
        break;
      default:
        add(reader.value);
    }
  } while (initialDepth - 1 < reader.depth - (isEndToken(reader.token) ? 1 : 0) && reader.read());
  const last = reader.token;
  const finalDepth = last === NONE ? -1 : isEndToken(last) ? reader.depth - 1 : reader.depth;
  if (initialDepth < finalDepth || (initialDepth === finalDepth && isStartToken(last))) {
    throw writerError('Unexpected end when reading token.', frames);
  }
  frames.length = base;
  return root;
}

/** `new Date(ms)` (UTC) or `new Date(year, month0, day, …)`, as JavaScriptUtils.TryGetDateFromConstructorJson reads it. */
function constructorDate(reader: TextReader, frames: readonly Position[]): DateTimeValue {
  const argument = (): number | undefined => {
    if (!reader.read()) throw writerError('Unexpected end when reading date constructor.', frames);
    if (reader.token === END_CONSTRUCTOR) return undefined;
    if (reader.token !== INTEGER) throw writerError(`Unexpected token when reading date constructor. Expected Integer, got ${TOKEN_NAMES[reader.token]}`, frames);
    return Number(reader.value);
  };
  const first = argument();
  if (first === undefined) throw writerError('Date constructor has no arguments.', frames);
  const second = argument();
  if (second === undefined) return new DateTimeValue(first, 'Utc');
  const parts = [first, second];
  for (let next = argument(); next !== undefined; next = argument()) parts.push(next);
  if (parts.length > 7) throw writerError('Unexpected number of arguments when reading date constructor.', frames);
  while (parts.length < 7) parts.push(0);
  const [year, month, day, hour, minute, second_, ms] = parts as [number, number, number, number, number, number, number];
  return DateTimeValue.fromParts(year, month + 1, day === 0 ? 1 : day, hour, minute, second_, ms, 'Unspecified');
}

/** The serializer's own loop for a top-level object (JsonSerializerInternalReader.CreateJObject). */
function readTopObject(reader: TextReader): JsonObject {
  if (!reader.read()) throw reader.error('Unexpected end when reading JSON.');
  const object = new JsonObject();
  const frames = [newPosition(C_OBJECT)];
  do {
    if (reader.token === PROPERTY_NAME) {
      const name = reader.value as string;
      frames[0]!.name = name;
      if (!reader.readContent()) break;
      object.entries.set(name, writeToken(reader, frames));
    } else if (reader.token !== COMMENT) return object;
  } while (reader.read());
  throw reader.error('Unexpected end when deserializing object.');
}

/** What reading found: `empty` when the text held no value at all (pwsh's result is then $null). */
export interface JsonReadResult {
  value: unknown;
  empty: boolean;
}

/**
 * Reads JSON text as JsonConvert.DeserializeObject does (with pwsh's MaxDepth, 1024 unless -Depth says
 * otherwise): JsonObject for objects, arrays, strings, numbers, booleans, null, DateTimeValue for
 * `new Date(…)`, JsonConstructor for other constructors. Throws JsonReadError with Newtonsoft's message.
 */
export function readJson(text: string, maxDepth: number | undefined = 1024): JsonReadResult {
  const reader = new TextReader(text, maxDepth);
  if (!reader.readContent()) return { value: null, empty: true };
  let value: unknown;
  for (;;) {
    const token = reader.token;
    if (token === START_OBJECT) value = readTopObject(reader);
    else if (token === START_ARRAY) value = writeToken(reader, []);
    else if (token === COMMENT) {
      if (reader.read()) continue;
      throw reader.error('Unexpected end when deserializing object.');
    } else if (token === UNDEFINED || token === NULL) value = null;
    else if (token === INTEGER || token === FLOAT || token === BOOLEAN || token === STRING || token === DATE || token === START_CONSTRUCTOR) value = reader.value;
    else throw reader.error(`Unexpected token while deserializing object: ${TOKEN_NAMES[token]}`);
    break;
  }
  while (reader.read()) {
    if (reader.token !== COMMENT) throw reader.error('Additional text found in JSON string after finishing deserializing object.');
  }
  return { value, empty: false };
}
