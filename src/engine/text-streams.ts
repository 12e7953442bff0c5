// System.IO's text readers and writers as admin scripts use them: StreamReader, StreamWriter, a UTF8Encoding
// to give them, and [IO.File]::ReadLines/OpenText/CreateText/AppendText/OpenRead/OpenWrite, over streams.ts's
// streams, with .NET's exception texts as pwsh 7.6.10 shows them.
//
// A StreamWriter buffers as .NET's does: 1024 characters, then (to a file) 4096 bytes, so a file read
// before Flush/Close shows what pwsh's would. Text never flushed when the session ends is lost, as in
// .NET (docs/language.md): close (or Dispose) a writer, or set AutoFlush.

import { DotNetException, noOverload } from './member-error.js';
import { isTrue, toPSString, unwrap } from './convert.js';
import { PSObject } from './values.js';
import { NamedCollection } from './named-collection.js';
import { isCharValue } from './chars.js';
import { formatString } from './format-operator.js';
import { byteArray, bytesArgument, nullArgument } from './bytes.js';
import { FileStreamValue, StreamValue, method, streamOf, type Call } from './streams.js';

const STREAM_READER = 'System.IO.StreamReader';
const STREAM_WRITER = 'System.IO.StreamWriter';
const FILE_BUFFER = 4096;
const CHAR_BUFFER = 1024;

/** The text encodings a reader or writer names: UTF-8 with or without its byte order mark. */
const utf8Encoding = (bom: boolean) => new PSObject(bom ? 'System.Text.UTF8Encoding+UTF8EncodingSealed' : 'System.Text.UTF8Encoding', { EncodingName: 'Unicode (UTF-8)', WebName: 'utf-8', CodePage: 65001 }, undefined, bom ? 'System.Text.UTF8Encoding+UTF8EncodingSealed' : 'System.Text.UTF8Encoding');
/**
 * A System.Text.UTF8Encoding a script makes (`New-Object System.Text.UTF8Encoding $false`, the usual way to
 * ask a StreamWriter for no byte order mark): GetBytes, GetString and GetPreamble.
 */
export class Utf8EncodingValue extends PSObject {
  constructor(readonly bom: boolean) {
    super('System.Text.UTF8Encoding', { EncodingName: 'Unicode (UTF-8)', WebName: 'utf-8', CodePage: 65001 }, undefined, 'System.Text.UTF8Encoding');
  }
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const table: Array<[string, Call]> = [
      method('GetBytes', [1], (a) => byteArray(Buffer.from(toPSString(a[0]), 'utf8'))),
      method('GetString', [1], (a) => Buffer.from(bytesArgument(a[0], 'GetString', 'bytes') ?? []).toString('utf8')),
      method('GetPreamble', [0], () => byteArray(this.bom ? [0xef, 0xbb, 0xbf] : [])),
      method('ToString', [0], () => this.typeName),
    ];
    const found = table.find(([n]) => n.toLowerCase() === name.toLowerCase());
    return found ? { value: found[1](args) } : undefined;
  }
}

/** UTF8Encoding(), UTF8Encoding(bool encoderShouldEmitUTF8Identifier[, bool throwOnInvalidBytes]). */
export function newUtf8Encoding(args: unknown[]): Utf8EncodingValue | undefined {
  if (args.length > 2) return undefined;
  return new Utf8EncodingValue(args.length > 0 && isTrue(args[0]));
}

/** `[Text.Encoding]::UTF8` and a `UTF8Encoding($true)` write a byte order mark; the writer's own default does not. */
const writesBom = (encoding: unknown): boolean => {
  const v = unwrap(encoding);
  if (v instanceof Utf8EncodingValue) return v.bom;
  return v instanceof PSObject && (v.typeName.endsWith('UTF8EncodingSealed') || String(v).endsWith('UTF8EncodingSealed'));
};

/** System.IO.StreamReader: text decoded as UTF-8 (a byte order mark skipped), read a block at a time. */
export class StreamReaderValue extends PSObject {
  #text = '';
  #at = 0;
  #ended = false;
  #closed = false;
  readonly #decoder = new TextDecoder('utf-8');
  constructor(readonly source: StreamValue) {
    super(STREAM_READER, { CurrentEncoding: utf8Encoding(true), BaseStream: source, EndOfStream: false });
  }
  #check(): void {
    if (this.#closed) throw new DotNetException("Cannot read from a closed TextReader.\nObject name: 'StreamReader'.", 'ObjectDisposedException');
  }
  /** Reads another block; false at the end of the stream. */
  #fill(): boolean {
    if (this.#ended) return false;
    const block = new Uint8Array(FILE_BUFFER);
    const n = this.source.read(block);
    this.#text = this.#text.slice(this.#at) + this.#decoder.decode(block.subarray(0, n), { stream: n > 0 });
    this.#at = 0;
    if (n === 0) this.#ended = true;
    return true;
  }
  /** At least `count` characters ahead, unless the stream ends first. */
  #ahead(count: number): boolean {
    while (this.#text.length - this.#at < count) if (!this.#fill()) return false;
    return true;
  }
  get endOfStream(): boolean {
    this.#check();
    return !this.#ahead(1);
  }
  readLine(): string | null {
    this.#check();
    if (!this.#ahead(1)) return null;
    for (;;) {
      const rest = this.#text.slice(this.#at);
      const m = /\r\n?|\n/.exec(rest);
      // A CR at the end of the block may be the first half of CRLF: read on before deciding.
      if (m && !(m[0] === '\r' && m.index === rest.length - 1 && !this.#ended)) {
        this.#at += m.index + m[0].length;
        return rest.slice(0, m.index);
      }
      if (!this.#fill()) {
        this.#at = this.#text.length;
        return rest;
      }
    }
  }
  readToEnd(): string {
    this.#check();
    while (this.#fill());
    const rest = this.#text.slice(this.#at);
    this.#at = this.#text.length;
    return rest;
  }
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.source.close();
  }
  override get(name: string): unknown {
    if (name.toLowerCase() === 'endofstream') return this.endOfStream;
    return super.get(name);
  }
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const table: Array<[string, Call]> = [
      method('ReadLine', [0], () => this.readLine()),
      method('ReadToEnd', [0], () => this.readToEnd()),
      method('Peek', [0], () => {
        this.#check();
        return this.#ahead(1) ? this.#text.charCodeAt(this.#at) : -1;
      }),
      method('Read', [0], () => {
        this.#check();
        if (!this.#ahead(1)) return -1;
        return this.#text.charCodeAt(this.#at++);
      }),
      method('Close', [0], () => (this.close(), undefined)),
      method('Dispose', [0], () => (this.close(), undefined)),
      method('ToString', [0], () => STREAM_READER),
    ];
    const found = table.find(([n]) => n.toLowerCase() === name.toLowerCase());
    return found ? { value: found[1](args) } : undefined;
  }
}

/** System.IO.StreamWriter, with .NET's buffers (see the top of this file). */
export class StreamWriterValue extends PSObject {
  #chars = '';
  #bytes: Uint8Array[] = [];
  #pendingBytes = 0;
  #closed = false;
  #autoFlush = false;
  #newLine = '\n';
  /** The byte order mark is written with the first text, at the start of a stream only. */
  #preamble: boolean;
  readonly #byteBuffer: number;
  constructor(
    readonly target: StreamValue,
    /** The encoding given to the constructor (shown as the writer's Encoding); UTF-8 without a byte order mark when none. */
    encoding?: unknown,
  ) {
    const given = unwrap(encoding);
    super(STREAM_WRITER, { AutoFlush: false, BaseStream: target, Encoding: given instanceof PSObject ? given : utf8Encoding(false), FormatProvider: null, NewLine: '\n' });
    this.#preamble = writesBom(given) && target.position === 0;
    this.#byteBuffer = target instanceof FileStreamValue ? FILE_BUFFER : 0;
  }
  #check(): void {
    if (this.#closed) throw new DotNetException("Cannot write to a closed TextWriter.\nObject name: 'StreamWriter'.", 'ObjectDisposedException');
  }
  #encode(text: string): void {
    if (this.#preamble) {
      this.#preamble = false;
      this.#push(Uint8Array.of(0xef, 0xbb, 0xbf));
    }
    this.#push(Buffer.from(text, 'utf8'));
  }
  #push(bytes: Uint8Array): void {
    this.#bytes.push(bytes);
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes < this.#byteBuffer || this.#byteBuffer === 0) {
      if (this.#byteBuffer === 0) this.#writeBytes(this.#pendingBytes);
      return;
    }
    // A full file buffer goes to the file; what is left over waits.
    this.#writeBytes(this.#pendingBytes - (this.#pendingBytes % this.#byteBuffer));
  }
  #writeBytes(count: number): void {
    const all = Buffer.concat(this.#bytes);
    this.target.write(all.subarray(0, count));
    this.#bytes = count < all.length ? [all.subarray(count)] : [];
    this.#pendingBytes = all.length - count;
  }
  write(text: string): void {
    this.#check();
    this.#chars += text;
    while (this.#chars.length >= CHAR_BUFFER) {
      this.#encode(this.#chars.slice(0, CHAR_BUFFER));
      this.#chars = this.#chars.slice(CHAR_BUFFER);
    }
    if (this.#autoFlush) this.flush();
  }
  flush(): void {
    this.#check();
    if (this.#chars !== '' || this.#preamble) this.#encode(this.#chars);
    this.#chars = '';
    if (this.#pendingBytes > 0) this.#writeBytes(this.#pendingBytes);
  }
  close(): void {
    if (this.#closed) return;
    this.flush();
    this.#closed = true;
    this.target.close();
  }
  override get(name: string): unknown {
    this.properties.set('AutoFlush', this.#autoFlush);
    this.properties.set('NewLine', this.#newLine);
    return super.get(name);
  }
  override assign(name: string, value: unknown): boolean {
    const n = name.toLowerCase();
    if (n === 'autoflush') {
      this.#autoFlush = isTrue(value);
      if (this.#autoFlush) this.flush();
      return true;
    }
    if (n === 'newline') {
      const v = unwrap(value);
      this.#newLine = v === null || v === undefined ? '\n' : toPSString(v);
      return true;
    }
    return false;
  }
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const n = name.toLowerCase();
    if (n === 'write' || n === 'writeline') {
      const line = n === 'writeline';
      if (args.length === 0 && !line) throw noOverload('Write', 0);
      this.write((args.length === 0 ? '' : writerText(args)) + (line ? this.#newLine : ''));
      return { value: undefined };
    }
    const table: Array<[string, Call]> = [
      method('Flush', [0], () => (this.flush(), undefined)),
      method('Close', [0], () => (this.close(), undefined)),
      method('Dispose', [0], () => (this.close(), undefined)),
      method('ToString', [0], () => STREAM_WRITER),
    ];
    const found = table.find(([m]) => m.toLowerCase() === n);
    return found ? { value: found[1](args) } : undefined;
  }
}

/** What Write/WriteLine write: a value's text, a char[]'s characters, or String.Format(format, args...). */
function writerText(args: unknown[]): string {
  const first = unwrap(args[0]);
  if (args.length > 1 && typeof first === 'string') return formatString(first, args.slice(1).length === 1 && Array.isArray(unwrap(args[1])) ? (unwrap(args[1]) as unknown[]) : args.slice(1));
  if (args.length === 1 && Array.isArray(first) && first.every((c) => isCharValue(c))) return first.map((c) => String.fromCharCode(unwrap(c) as number)).join('');
  if (first === null || first === undefined) return '';
  return toPSString(args[0]);
}

/** StreamReader(path | stream[, ...]): the constructors give the object, or undefined for no overload. */
export function newStreamReader(args: unknown[]): StreamReaderValue | undefined {
  if (args.length < 1 || args.length > 3) return undefined;
  const source = streamOf(args[0]);
  if (source) {
    if (source.isClosed || !source.canRead) throw new DotNetException('Stream was not readable.', 'ArgumentException');
    return new StreamReaderValue(source);
  }
  const v = unwrap(args[0]);
  if (v === null || v === undefined) throw nullArgument('path');
  const path = toPSString(v);
  if (path === '') throw new DotNetException("Empty path name is not legal. (Parameter 'path')", 'ArgumentException');
  return new StreamReaderValue(new FileStreamValue(path, 'Open', 'Read'));
}

/** StreamWriter(path[, append[, encoding]]) or StreamWriter(stream[, encoding]). */
export function newStreamWriter(args: unknown[]): StreamWriterValue | undefined {
  if (args.length < 1 || args.length > 3) return undefined;
  const target = streamOf(args[0]);
  if (target) {
    if (target.isClosed || !target.canWrite) throw new DotNetException('Stream was not writable.', 'ArgumentException');
    return new StreamWriterValue(target, args[1]);
  }
  const v = unwrap(args[0]);
  if (v === null || v === undefined) throw nullArgument('path');
  const path = toPSString(v);
  if (path === '') throw new DotNetException("Empty path name is not legal. (Parameter 'path')", 'ArgumentException');
  const append = args.length > 1 && isTrue(args[1]);
  return new StreamWriterValue(new FileStreamValue(path, append ? 'Append' : 'Create', 'Write'), args[2]);
}

/** [IO.File]'s stream methods, by lower-case name (dotnet-statics.ts's table). */
export function fileStreamMethods(): Record<string, Call> {
  const path = (a: unknown[]): string => {
    const v = unwrap(a[0]);
    if (v === null || v === undefined) throw nullArgument('path');
    const text = toPSString(v);
    if (text === '') throw new DotNetException("The value cannot be an empty string. (Parameter 'path')", 'ArgumentException');
    return text;
  };
  const entries: Array<[string, Call]> = [
    method('ReadLines', [1, 2], (a) => {
      const reader = new StreamReaderValue(new FileStreamValue(path(a), 'Open', 'Read'));
      const lines: string[] = [];
      for (let line = reader.readLine(); line !== null; line = reader.readLine()) lines.push(line);
      reader.close();
      return NamedCollection.named('System.IO.ReadLinesIterator', lines);
    }),
    method('OpenText', [1], (a) => new StreamReaderValue(new FileStreamValue(path(a), 'Open', 'Read'))),
    method('CreateText', [1], (a) => new StreamWriterValue(new FileStreamValue(path(a), 'Create', 'Write'))),
    method('AppendText', [1], (a) => new StreamWriterValue(new FileStreamValue(path(a), 'Append', 'Write'))),
    method('OpenRead', [1], (a) => new FileStreamValue(path(a), 'Open', 'Read')),
    method('OpenWrite', [1], (a) => new FileStreamValue(path(a), 'OpenOrCreate', 'Write')),
  ];
  return Object.fromEntries(entries.map(([n, f]) => [n.toLowerCase(), f]));
}

let fileMethods: Record<string, Call> | undefined;
/** `[IO.File]::<name>(args)` for the stream methods (name in lower case). */
export function fileStreamCall(name: string, args: unknown[]): unknown {
  fileMethods ??= fileStreamMethods();
  return fileMethods[name]!(args);
}
