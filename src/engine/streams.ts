// System.IO's streams as admin scripts use them: MemoryStream, FileStream ([IO.File]::OpenRead/OpenWrite),
// StreamReader and StreamWriter (and [IO.File]::ReadLines/OpenText/CreateText/AppendText), over node:fs's
// synchronous calls, with .NET's exception texts as pwsh 7.6.10 shows them. As in .NET, a relative path is
// against the process's working folder, not the shell's location (io-statics.ts).
//
// A StreamWriter buffers as .NET's does: 1024 characters, then (to a file) 4096 bytes, so a file read
// before Flush/Close shows what pwsh's would. Text never flushed when the session ends is lost, as in
// .NET (docs/language.md): close (or Dispose) a writer, or set AutoFlush.

import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TypedArray, isTrue, toPSString, unwrap } from './convert.js';
import { DotNetException, noOverload } from './member-error.js';
import { typed } from './numeric.js';
import { PSObject } from './values.js';
import { NamedCollection } from './named-collection.js';
import { isCharValue } from './chars.js';
import { formatString } from './format-operator.js';
import { EnumValue } from './values.js';
import { byteArray, bytesArgument, intArgument, notNegative, nullArgument } from './bytes.js';

const MEMORY_STREAM = 'System.IO.MemoryStream';
const FILE_STREAM = 'System.IO.FileStream';
const STREAM_READER = 'System.IO.StreamReader';
const STREAM_WRITER = 'System.IO.StreamWriter';

const closedStream = () => new DotNetException('Cannot access a closed Stream.', 'ObjectDisposedException');
const closedFile = () => new DotNetException('Cannot access a closed file.', 'ObjectDisposedException');
const partNotFound = (path: string) => new DotNetException(`Could not find a part of the path '${resolve(path)}'.`, 'DirectoryNotFoundException');
const fileNotFound = (path: string) => new DotNetException(`Could not find file '${resolve(path)}'.`, 'FileNotFoundException');
const offsetOutOfBounds = () => new DotNetException('Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.', 'ArgumentException');
const int64 = (n: number) => typed(n, 'System.Int64');

type Call = (args: unknown[]) => unknown;

/** A method table's entry: the overloads' argument counts, and what it does. */
function method(name: string, counts: readonly number[], run: Call): [string, Call] {
  return [
    name,
    (args) => {
      if (!counts.includes(args.length)) throw noOverload(name, args.length);
      return run(args);
    },
  ];
}

/** What Read/Write(byte[] buffer, int offset, int count) check before they touch the stream. */
function bufferRange(args: unknown[], name: string): { buffer: TypedArray; bytes: Uint8Array; offset: number; count: number } {
  const raw = unwrap(args[0]);
  const bytes = bytesArgument(args[0], name, 'buffer');
  const offset = intArgument(args[1], name, 'offset');
  const count = intArgument(args[2], name, 'count');
  if (bytes === null) throw nullArgument('buffer');
  if (offset < 0) throw notNegative('offset', offset);
  if (count < 0) throw notNegative('count', count);
  if (bytes.length - offset < count) throw new DotNetException(`${offsetOutOfBounds().message} (Parameter 'count')`, 'ArgumentOutOfRangeException');
  const buffer = raw instanceof TypedArray && raw.elementType === 'System.Byte' ? raw : byteArray(bytes);
  return { buffer, bytes, offset, count };
}

/** System.IO.Stream: what MemoryStream and FileStream share (Read, Write, Seek, CopyTo, Position ...). */
export abstract class StreamValue extends PSObject {
  protected closed = false;
  position = 0;
  abstract get length(): number;
  protected abstract readAt(target: Uint8Array, position: number): number;
  protected abstract writeAt(source: Uint8Array, position: number): void;
  protected abstract setLength(length: number): void;
  abstract readonly canRead: boolean;
  abstract readonly canWrite: boolean;
  protected closedError(): DotNetException {
    return closedStream();
  }
  protected check(): void {
    if (this.closed) throw this.closedError();
  }
  /** Every byte from the position to the end (ComputeHash(Stream), Get-FileHash -InputStream, CopyTo). */
  readRest(): Uint8Array {
    this.check();
    const rest = new Uint8Array(Math.max(0, this.length - this.position));
    const n = this.readAt(rest, this.position);
    this.position += n;
    return rest.subarray(0, n);
  }
  read(target: Uint8Array): number {
    this.check();
    const n = this.readAt(target, this.position);
    this.position += n;
    return n;
  }
  write(source: Uint8Array): void {
    this.check();
    if (!this.canWrite) throw new DotNetException('Stream does not support writing.', 'NotSupportedException');
    this.writeAt(source, this.position);
    this.position += source.length;
  }
  close(): void {
    this.closed = true;
  }
  get isClosed(): boolean {
    return this.closed;
  }
  protected refresh(): void {
    this.properties.set('CanRead', !this.closed && this.canRead);
    this.properties.set('CanSeek', !this.closed);
    this.properties.set('CanWrite', !this.closed && this.canWrite);
    if (!this.closed) {
      this.properties.set('Length', int64(this.length));
      this.properties.set('Position', int64(this.position));
    }
  }
  override get(name: string): unknown {
    this.refresh();
    return super.get(name);
  }
  override assign(name: string, value: unknown): boolean {
    if (name.toLowerCase() !== 'position') return false;
    this.check();
    const p = Number(unwrap(value));
    if (p < 0) throw new DotNetException("Non-negative number required. (Parameter 'value')", 'ArgumentOutOfRangeException');
    this.position = p;
    return true;
  }
  protected methods(): Array<[string, Call]> {
    return [
      method('Read', [3], (a) => {
        const { buffer, offset, count } = bufferRange(a, 'Read');
        const chunk = new Uint8Array(count);
        const n = this.read(chunk);
        for (let i = 0; i < n; i++) buffer[offset + i] = typed(chunk[i]!, 'System.Byte');
        return n;
      }),
      method('ReadByte', [0], () => {
        const one = new Uint8Array(1);
        return this.read(one) === 1 ? one[0] : -1;
      }),
      method('Write', [3], (a) => {
        const { bytes, offset, count } = bufferRange(a, 'Write');
        this.write(bytes.subarray(offset, offset + count));
        return undefined;
      }),
      method('WriteByte', [1], (a) => {
        this.write(Uint8Array.of(intArgument(a[0], 'WriteByte', 'value') & 0xff));
        return undefined;
      }),
      method('Seek', [2], (a) => {
        this.check();
        const offset = intArgument(a[0], 'Seek', 'offset');
        const origin = unwrap(a[1]);
        const from = origin instanceof EnumValue ? origin.name : toPSString(origin);
        const base = /^(1|current)$/i.test(from) ? this.position : /^(2|end)$/i.test(from) ? this.length : 0;
        if (base + offset < 0) throw new DotNetException('An attempt was made to move the position before the beginning of the stream.', 'IOException');
        this.position = base + offset;
        return int64(this.position);
      }),
      method('SetLength', [1], (a) => {
        this.check();
        this.setLength(intArgument(a[0], 'SetLength', 'value'));
        return undefined;
      }),
      method('CopyTo', [1, 2], (a) => {
        const target = unwrap(a[0]);
        if (target === null || target === undefined) throw nullArgument('destination');
        if (!(target instanceof StreamValue)) throw noOverload('CopyTo', a.length);
        target.write(this.readRest());
        return undefined;
      }),
      method('Flush', [0], () => (this.check(), undefined)),
      method('Close', [0], () => (this.close(), undefined)),
      method('Dispose', [0], () => (this.close(), undefined)),
      method('ToString', [0], () => this.typeName),
    ];
  }
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const found = this.methods().find(([n]) => n.toLowerCase() === name.toLowerCase());
    return found ? { value: found[1](args) } : undefined;
  }
}

/** System.IO.MemoryStream: bytes in memory; one made over a byte[] has that array's fixed size. */
export class MemoryStreamValue extends StreamValue {
  #bytes: Uint8Array;
  #length: number;
  readonly #expandable: boolean;
  readonly canRead = true;
  readonly canWrite = true;
  constructor(initial?: Uint8Array) {
    super(MEMORY_STREAM, { CanRead: true, CanSeek: true, CanWrite: true, Capacity: 0, Length: int64(0), Position: int64(0), CanTimeout: false, ReadTimeout: null, WriteTimeout: null });
    this.#bytes = initial ? Uint8Array.from(initial) : new Uint8Array(0);
    this.#length = this.#bytes.length;
    this.#expandable = initial === undefined;
  }
  get length(): number {
    this.check();
    return this.#length;
  }
  protected readAt(target: Uint8Array, position: number): number {
    const n = Math.max(0, Math.min(target.length, this.#length - position));
    target.set(this.#bytes.subarray(position, position + n));
    return n;
  }
  #ensure(size: number): void {
    if (size <= this.#bytes.length) return;
    if (!this.#expandable) throw new DotNetException('Memory stream is not expandable.', 'NotSupportedException');
    // .NET's growth: at least 256 bytes, else twice the capacity.
    const capacity = Math.max(size, 256, this.#bytes.length * 2);
    const grown = new Uint8Array(capacity);
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
  protected writeAt(source: Uint8Array, position: number): void {
    this.#ensure(position + source.length);
    // Writing past the end leaves zeros between.
    if (position > this.#length) this.#bytes.fill(0, this.#length, position);
    this.#bytes.set(source, position);
    this.#length = Math.max(this.#length, position + source.length);
  }
  protected setLength(length: number): void {
    this.#ensure(length);
    if (length > this.#length) this.#bytes.fill(0, this.#length, length);
    this.#length = length;
    this.position = Math.min(this.position, length);
  }
  /** ToArray works on a closed stream too, as in .NET. */
  toBytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
  protected override refresh(): void {
    super.refresh();
    if (!this.closed) this.properties.set('Capacity', this.#bytes.length);
  }
  protected override methods(): Array<[string, Call]> {
    return [...super.methods(), method('ToArray', [0], () => byteArray(this.toBytes())), method('GetBuffer', [0], () => byteArray(this.#bytes))];
  }
}

/** How a FileStream opens its file. */
export type FileOpenMode = 'read' | 'create' | 'append' | 'openOrCreate';

/** Opens a file as .NET does, with its exceptions (a missing folder, a missing file to read, a folder). */
function openFile(path: string, mode: FileOpenMode): number {
  const full = resolve(path);
  if (!existsSync(dirname(full))) throw partNotFound(path);
  if (mode === 'read' && !existsSync(full)) throw fileNotFound(path);
  if (existsSync(full) && statSync(full).isDirectory()) throw new DotNetException(`Access to the path '${full}' is denied.`, 'UnauthorizedAccessException');
  const flags = mode === 'read' ? 'r' : mode === 'create' ? 'w' : mode === 'append' ? 'a' : existsSync(full) ? 'r+' : 'w+';
  return openSync(full, flags);
}

/** System.IO.FileStream over a file descriptor; reads and writes go straight to the file. */
export class FileStreamValue extends StreamValue {
  readonly #fd: number;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  constructor(
    readonly path: string,
    mode: FileOpenMode,
  ) {
    super(FILE_STREAM, { CanRead: false, CanWrite: false, Name: resolve(path), IsAsync: false, Length: int64(0), Position: int64(0), CanSeek: true, CanTimeout: false });
    this.#fd = openFile(path, mode);
    this.canRead = mode === 'read' || mode === 'openOrCreate';
    this.canWrite = mode !== 'read';
    if (mode === 'append') this.position = fstatSync(this.#fd).size;
  }
  protected override closedError(): DotNetException {
    return closedFile();
  }
  get length(): number {
    this.check();
    return fstatSync(this.#fd).size;
  }
  protected readAt(target: Uint8Array, position: number): number {
    if (!this.canRead) throw new DotNetException('Stream does not support reading.', 'NotSupportedException');
    let done = 0;
    while (done < target.length) {
      const n = readSync(this.#fd, target, done, target.length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done;
  }
  protected writeAt(source: Uint8Array, position: number): void {
    let done = 0;
    while (done < source.length) done += writeSync(this.#fd, source, done, source.length - done, position + done);
  }
  protected setLength(length: number): void {
    ftruncateSync(this.#fd, length);
  }
  override close(): void {
    if (!this.closed) closeSync(this.#fd);
    super.close();
  }
}

/** A stream argument (CopyTo, ComputeHash, StreamReader(stream)): a StreamValue or undefined. */
export function streamOf(value: unknown): StreamValue | undefined {
  const v = unwrap(value);
  return v instanceof StreamValue ? v : undefined;
}

/** Whether a value is one of spo's streams (Get-FileHash -InputStream). */
export const isStream = (value: unknown): boolean => streamOf(value) !== undefined;

/** The rest of a stream's bytes (Get-FileHash -InputStream, ComputeHash(Stream)). */
export const restOfStream = (value: unknown): Uint8Array => streamOf(value)!.readRest();

const CHAR_BUFFER = 1024;
const FILE_BUFFER = 4096;

/** The text encodings a reader or writer names: UTF-8 with or without its byte order mark. */
const utf8Encoding = (bom: boolean) => new PSObject(bom ? 'System.Text.UTF8Encoding+UTF8EncodingSealed' : 'System.Text.UTF8Encoding', { EncodingName: 'Unicode (UTF-8)', WebName: 'utf-8', CodePage: 65001 }, undefined, bom ? 'System.Text.UTF8Encoding+UTF8EncodingSealed' : 'System.Text.UTF8Encoding');
/** `[Text.Encoding]::UTF8` writes a byte order mark; the writer's own default does not. */
const writesBom = (encoding: unknown): boolean => {
  const v = unwrap(encoding);
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
    bom: boolean,
  ) {
    super(STREAM_WRITER, { AutoFlush: false, BaseStream: target, Encoding: utf8Encoding(bom), FormatProvider: null, NewLine: '\n' });
    this.#preamble = bom && target.position === 0;
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

/** The constructors, by type: each takes the call's arguments (already unwrapped) and gives the object, or undefined for no overload. */
export function newMemoryStream(args: unknown[]): MemoryStreamValue | undefined {
  if (args.length === 0) return new MemoryStreamValue();
  if (args.length === 1 && typeof unwrap(args[0]) === 'number') return new MemoryStreamValue();
  if (args.length !== 1) return undefined;
  const bytes = bytesArgument(args[0], '.ctor', 'buffer');
  if (bytes === null) throw nullArgument('buffer');
  return new MemoryStreamValue(bytes);
}

export function newStreamReader(args: unknown[]): StreamReaderValue | undefined {
  if (args.length < 1 || args.length > 3) return undefined;
  const source = streamOf(args[0]);
  if (source) return new StreamReaderValue(source);
  const v = unwrap(args[0]);
  if (v === null || v === undefined) throw nullArgument('path');
  const path = toPSString(v);
  if (path === '') throw new DotNetException("Empty path name is not legal. (Parameter 'path')", 'ArgumentException');
  return new StreamReaderValue(new FileStreamValue(path, 'read'));
}

export function newStreamWriter(args: unknown[]): StreamWriterValue | undefined {
  if (args.length < 1 || args.length > 3) return undefined;
  const target = streamOf(args[0]);
  if (target) return new StreamWriterValue(target, args.length > 1 && writesBom(args[1]));
  const v = unwrap(args[0]);
  if (v === null || v === undefined) throw nullArgument('path');
  const path = toPSString(v);
  if (path === '') throw new DotNetException("Empty path name is not legal. (Parameter 'path')", 'ArgumentException');
  const append = args.length > 1 && isTrue(args[1]);
  return new StreamWriterValue(new FileStreamValue(path, append ? 'append' : 'create'), args.length > 2 && writesBom(args[2]));
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
      const reader = new StreamReaderValue(new FileStreamValue(path(a), 'read'));
      const lines: string[] = [];
      for (let line = reader.readLine(); line !== null; line = reader.readLine()) lines.push(line);
      reader.close();
      return NamedCollection.named('System.IO.ReadLinesIterator', lines);
    }),
    method('OpenText', [1], (a) => new StreamReaderValue(new FileStreamValue(path(a), 'read'))),
    method('CreateText', [1], (a) => new StreamWriterValue(new FileStreamValue(path(a), 'create'), false)),
    method('AppendText', [1], (a) => new StreamWriterValue(new FileStreamValue(path(a), 'append'), false)),
    method('OpenRead', [1], (a) => new FileStreamValue(path(a), 'read')),
    method('OpenWrite', [1], (a) => new FileStreamValue(path(a), 'openOrCreate')),
  ];
  return Object.fromEntries(entries.map(([n, f]) => [n.toLowerCase(), f]));
}

let fileMethods: Record<string, Call> | undefined;
/** `[IO.File]::<name>(args)` for the stream methods (name in lower case). */
export function fileStreamCall(name: string, args: unknown[]): unknown {
  fileMethods ??= fileStreamMethods();
  return fileMethods[name]!(args);
}
