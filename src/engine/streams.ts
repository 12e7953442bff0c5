// System.IO's byte streams as admin scripts use them: MemoryStream, and FileStream ([IO.File]::OpenRead/
// OpenWrite, and under StreamReader/StreamWriter: text-streams.ts), over node:fs's synchronous calls, with
// .NET's exception texts as pwsh 7.6.10 shows them. As in .NET, a relative path is against the process's
// working folder, not the shell's location (io-statics.ts).

import { closeSync, constants as fsConstants, existsSync, fstatSync, ftruncateSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConversionError, TypedArray, toEnum, toPSString, unwrap } from './convert.js';
import { FILE_ACCESS, FILE_MODE, FILE_SHARE } from './enum-types.js';
import type { ConstructOutcome } from './construct-types.js';
import { DotNetException, noOverload } from './member-error.js';
import { typed } from './numeric.js';
import { EnumValue, PSObject } from './values.js';
import { byteArray, bytesArgument, intArgument, notNegative, nullArgument } from './bytes.js';

const MEMORY_STREAM = 'System.IO.MemoryStream';
const FILE_STREAM = 'System.IO.FileStream';

const closedStream = () => new DotNetException('Cannot access a closed Stream.', 'ObjectDisposedException');
const partNotFound = (path: string) => new DotNetException(`Could not find a part of the path '${resolve(path)}'.`, 'DirectoryNotFoundException');
const fileNotFound = (path: string) => new DotNetException(`Could not find file '${resolve(path)}'.`, 'FileNotFoundException');
const offsetOutOfBounds = () => new DotNetException('Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.', 'ArgumentException');
const int64 = (n: number) => typed(n, 'System.Int64');

export type Call = (args: unknown[]) => unknown;

/** A method table's entry: the overloads' argument counts, and what it does. */
export function method(name: string, counts: readonly number[], run: Call): [string, Call] {
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
    // A closed stream's getters throw, which pwsh shows as $null.
    this.properties.set('Length', this.closed ? null : int64(this.length));
    this.properties.set('Position', this.closed ? null : int64(this.position));
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
    this.properties.set('Capacity', this.closed ? null : this.#bytes.length);
  }
  protected override methods(): Array<[string, Call]> {
    return [...super.methods(), method('ToArray', [0], () => byteArray(this.toBytes())), method('GetBuffer', [0], () => byteArray(this.#bytes))];
  }
}

/** FileStream's FileMode and FileAccess, by name. */
export type FileMode = 'CreateNew' | 'Create' | 'Open' | 'OpenOrCreate' | 'Truncate' | 'Append';
export type FileAccess = 'Read' | 'Write' | 'ReadWrite';

/** Opens a file as .NET's FileStream does, with its exceptions (a missing folder or file, a folder, a mode that needs write access). */
function openFile(path: string, mode: FileMode, access: FileAccess): number {
  if (access === 'Read' && mode !== 'Open' && mode !== 'OpenOrCreate') throw new DotNetException(`Combining FileMode: ${mode} with FileAccess: ${access} is invalid. (Parameter 'access')`, 'ArgumentException');
  if (mode === 'Append' && access === 'ReadWrite') throw new DotNetException("Append access can be requested only in write-only mode. (Parameter 'access')", 'ArgumentException');
  const full = resolve(path);
  if (!existsSync(dirname(full))) throw partNotFound(path);
  const exists = existsSync(full);
  if (exists && statSync(full).isDirectory()) throw new DotNetException(`Access to the path '${full}' is denied.`, 'UnauthorizedAccessException');
  if (!exists && (mode === 'Open' || mode === 'Truncate')) throw fileNotFound(path);
  if (exists && mode === 'CreateNew') throw new DotNetException(`The file '${full}' already exists.`, 'IOException');
  const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_EXCL } = fsConstants;
  let flags = access === 'Read' ? O_RDONLY : access === 'Write' ? O_WRONLY : O_RDWR;
  if (mode !== 'Open' && mode !== 'Truncate') flags |= O_CREAT;
  if (mode === 'Create' || mode === 'Truncate') flags |= O_TRUNC;
  if (mode === 'CreateNew') flags |= O_EXCL;
  return openSync(full, flags);
}

/** System.IO.FileStream over a file descriptor; reads and writes go straight to the file. */
export class FileStreamValue extends StreamValue {
  readonly #fd: number;
  readonly canRead: boolean;
  readonly canWrite: boolean;
  constructor(
    readonly path: string,
    mode: FileMode,
    access: FileAccess,
  ) {
    super(FILE_STREAM, { CanRead: false, CanWrite: false, Name: resolve(path), IsAsync: false, Length: int64(0), Position: int64(0), CanSeek: true, CanTimeout: false });
    this.#fd = openFile(path, mode, access);
    this.canRead = access !== 'Write';
    this.canWrite = access !== 'Read';
    if (mode === 'Append') this.position = fstatSync(this.#fd).size;
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

/** FileStream(path, mode[, access[, share]]): access is ReadWrite (Write for Append) unless given; share changes nothing here. */
export function newFileStream(args: unknown[]): ConstructOutcome {
  if (args.length < 2 || args.length > 4) return { kind: 'noOverload' };
  const parameters = [['mode', FILE_MODE], ['access', FILE_ACCESS], ['share', FILE_SHARE]] as const;
  const names: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const [parameter, type] = parameters[i - 1]!;
    try {
      names.push(toEnum(args[i], type).name);
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      return { kind: 'argumentMismatch', parameter, value: unwrap(args[i]), targetType: type.fullName, method: '.ctor', inner: e.message };
    }
  }
  const v = unwrap(args[0]);
  if (v === null || v === undefined) return { kind: 'failed', message: "Value cannot be null. (Parameter 'path')", errorId: 'ArgumentNullException' };
  const mode = names[0] as FileMode;
  const access = (names[1] ?? (mode === 'Append' ? 'Write' : 'ReadWrite')) as FileAccess;
  try {
    return { kind: 'created', value: new FileStreamValue(toPSString(v), mode, access) };
  } catch (e) {
    if (e instanceof DotNetException) return { kind: 'failed', message: e.message, errorId: e.exceptionType };
    throw e;
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

/** MemoryStream(), MemoryStream(int capacity), MemoryStream(byte[] buffer); undefined for no overload. */
export function newMemoryStream(args: unknown[]): MemoryStreamValue | undefined {
  if (args.length === 0) return new MemoryStreamValue();
  if (args.length === 1 && typeof unwrap(args[0]) === 'number') return new MemoryStreamValue();
  if (args.length !== 1) return undefined;
  const bytes = bytesArgument(args[0], '.ctor', 'buffer');
  if (bytes === null) throw nullArgument('buffer');
  return new MemoryStreamValue(bytes);
}
