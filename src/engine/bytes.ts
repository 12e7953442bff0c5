// Byte arrays as .NET methods take and give them, and System.BitConverter's statics
// (`[BitConverter]::ToString($hash)`, GetBytes, ToInt32 ...), with .NET's exceptions for wrong
// arguments as pwsh 7.6.10 shows them. Little-endian, as .NET is on every platform spo runs on.

import { ConversionError, TypedArray, exceptionValueText, isTrue, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DotNetException, argumentConversionError, noOverload } from './member-error.js';
import { TypedNumber, typed } from './numeric.js';
import { toIntegerType, toRealType, toTypedArray } from './numeric-casts.js';
import { integerArgument } from './time-conversions.js';
import { charValue, isCharValue } from './chars.js';

/** The 256 Byte values, made once: a file's bytes are many, and a TypedNumber never changes. */
let byteValues: unknown[] | undefined;

/** A System.Byte[] of these bytes (what GetBytes, ComputeHash and ToArray return). */
export function byteArray(bytes: Uint8Array | readonly number[]): TypedArray {
  byteValues ??= Array.from({ length: 256 }, (_, b) => typed(b, 'System.Byte'));
  const values = byteValues;
  const out = new TypedArray();
  out.elementType = 'System.Byte';
  for (const b of bytes) out.push(values[b & 0xff]);
  return out;
}

/** A value converted as `[byte[]]` converts it (ConversionError when it does not); $null is an empty array here. */
export function toBytes(value: unknown): Uint8Array {
  const v = unwrap(value);
  if (v instanceof TypedArray && v.elementType === 'System.Byte') return Uint8Array.from(v, (b) => unwrap(b) as number);
  return Uint8Array.from(toTypedArray(value, 'System.Byte', (x) => toIntegerType(x, 'System.Byte')) ?? [], (b) => unwrap(b) as number);
}

/**
 * A byte[] parameter's argument, converted as pwsh's method binder converts it ([byte[]]'abc' fails
 * naming the parameter); $null stays null (the method decides: ArgumentNullException or an ambiguity).
 */
export function bytesArgument(value: unknown, method: string, parameter: string): Uint8Array | null {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  try {
    return toBytes(value);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    // An array is shown by its type's name (System.Object[]), as pwsh shows it.
    throw argumentConversionError(method, parameter, Array.isArray(v) ? typeNameOf(v) : exceptionValueText(value), 'System.Byte[]', e.message);
  }
}

/** An Int32 parameter's argument (`startIndex`, `offset` ...), with the binder's conversion error. */
export const intArgument = (value: unknown, method: string, parameter: string): number => integerArgument(value, method, parameter, 'System.Int32') as number;

export const nullArgument = (parameter: string) => new DotNetException(`Value cannot be null. (Parameter '${parameter}')`, 'ArgumentNullException');
export const notNegative = (parameter: string, value: number) =>
  new DotNetException(`${parameter} ('${value}') must be a non-negative value. (Parameter '${parameter}')\nActual value was ${value}.`, 'ArgumentOutOfRangeException');
const indexOutOfRange = () => new DotNetException("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')", 'ArgumentOutOfRangeException');
const tooShort = () => new DotNetException("The array starting from the specified index is not long enough to read a value of the specified type. (Parameter 'value')", 'ArgumentException');

/** BitConverter.ToString: each byte as two upper-case hex digits, joined by '-'. */
function bitConverterToString(args: unknown[]): string {
  if (args.length < 1 || args.length > 3) throw noOverload('ToString', args.length);
  const bytes = bytesArgument(args[0], 'ToString', 'value');
  const start = args.length > 1 ? intArgument(args[1], 'ToString', 'startIndex') : 0;
  const length = args.length > 2 ? intArgument(args[2], 'ToString', 'length') : undefined;
  if (bytes === null) throw nullArgument('value');
  if (start < 0 || (start >= bytes.length && start > 0)) throw indexOutOfRange();
  if (length !== undefined && length < 0) throw notNegative('length', length);
  const count = length ?? bytes.length - start;
  if (start > bytes.length - count) throw tooShort();
  return [...bytes.subarray(start, start + count)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('-');
}

/** The To<Type>(value, startIndex) readers: the type's size and how it reads its bytes. */
const READERS: Readonly<Record<string, readonly [size: number, read: (view: DataView) => unknown]>> = {
  ToBoolean: [1, (d) => d.getUint8(0) !== 0],
  ToChar: [2, (d) => charValue(d.getUint16(0, true))],
  ToInt16: [2, (d) => typed(d.getInt16(0, true), 'System.Int16')],
  ToUInt16: [2, (d) => typed(d.getUint16(0, true), 'System.UInt16')],
  ToInt32: [4, (d) => d.getInt32(0, true)],
  ToUInt32: [4, (d) => typed(d.getUint32(0, true), 'System.UInt32')],
  ToInt64: [8, (d) => int64(d.getBigInt64(0, true), 'System.Int64')],
  ToUInt64: [8, (d) => int64(d.getBigUint64(0, true), 'System.UInt64')],
  ToSingle: [4, (d) => new TypedNumber(d.getFloat32(0, true), 'System.Single')],
  ToDouble: [8, (d) => typed(d.getFloat64(0, true), 'System.Double')],
};

const int64 = (n: bigint, type: string) => typed(Number(n), type, Number.isSafeInteger(Number(n)) ? undefined : n);

/** ToInt32(byte[] value, int startIndex), and .NET's ToInt32(ReadOnlySpan<byte>) for one argument. */
function reader(method: string): (args: unknown[]) => unknown {
  const [size, read] = READERS[method]!;
  return (args) => {
    if (args.length < 1 || args.length > 2) throw noOverload(method, args.length);
    const bytes = bytesArgument(args[0], method, 'value');
    const start = args.length > 1 ? intArgument(args[1], method, 'startIndex') : 0;
    if (args.length === 1) {
      if (bytes === null || bytes.length < size) throw new DotNetException("Specified argument was out of the range of valid values. (Parameter 'value')", 'ArgumentOutOfRangeException');
    } else {
      if (bytes === null) throw nullArgument('value');
      if (start < 0 || start >= bytes.length) throw indexOutOfRange();
      if (start > bytes.length - size) throw tooShort();
    }
    return read(new DataView(bytes.buffer, bytes.byteOffset + start, size));
  };
}

/**
 * BitConverter.GetBytes: the overload pwsh's binder picks for the argument's type (an Int32 gives 4
 * bytes, a Double 8, a Byte or SByte the Int16 overload's 2; text converts to Double, $null and arrays
 * to Boolean).
 */
function getBytes(args: unknown[]): TypedArray {
  if (args.length !== 1) throw noOverload('GetBytes', args.length);
  const given = unwrapArgument(args[0]);
  const v = unwrap(given);
  const type = isCharValue(given) ? 'System.Char' : v === null || v === undefined || typeof v === 'boolean' || Array.isArray(v) ? 'System.Boolean' : typeof v === 'number' ? typeNameOf(given) : 'text';
  const sized = (size: number, write: (d: DataView) => void) => {
    const bytes = new Uint8Array(size);
    write(new DataView(bytes.buffer));
    return byteArray(bytes);
  };
  const exact = (n: unknown): bigint => (n instanceof TypedNumber && n.exact !== undefined ? n.exact : BigInt(Math.trunc(unwrap(n) as number)));
  switch (type) {
    case 'System.Boolean':
      return byteArray([isTrue(v) ? 1 : 0]);
    case 'System.Char':
    case 'System.UInt16':
      return sized(2, (d) => d.setUint16(0, v as number, true));
    case 'System.Byte':
    case 'System.SByte':
    case 'System.Int16':
      return sized(2, (d) => d.setInt16(0, v as number, true));
    case 'System.Int32':
      return sized(4, (d) => d.setInt32(0, v as number, true));
    case 'System.UInt32':
      return sized(4, (d) => d.setUint32(0, v as number, true));
    case 'System.Int64':
      return sized(8, (d) => d.setBigInt64(0, exact(given), true));
    case 'System.UInt64':
      return sized(8, (d) => d.setBigUint64(0, exact(given), true));
    case 'System.Single':
      return sized(4, (d) => d.setFloat32(0, v as number, true));
    case 'System.Decimal':
      // pwsh's binder settles on GetBytes(char), to which a Decimal does not convert.
      throw argumentConversionError('GetBytes', 'value', exceptionValueText(given), 'System.Char', `Cannot convert value "${exceptionValueText(given)}" to type "System.Char". Error: "Invalid cast from 'Decimal' to 'Char'."`);
  }
  // A Double, and anything else as the Double overload converts it.
  let d: number;
  try {
    d = unwrap(toRealType(args[0], 'System.Double')) as number;
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw argumentConversionError('GetBytes', 'value', exceptionValueText(given), 'System.Double', e.message);
  }
  return sized(8, (view) => view.setFloat64(0, d, true));
}

/** [BitConverter]'s methods, by lower-case name (dotnet-statics.ts's table). */
export function bitConverterMethods(): Record<string, (args: unknown[]) => unknown> {
  const methods: Record<string, (args: unknown[]) => unknown> = {
    tostring: bitConverterToString,
    getbytes: getBytes,
    doubletoint64bits: (a) => {
      if (a.length !== 1) throw noOverload('DoubleToInt64Bits', a.length);
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, unwrap(toRealType(a[0], 'System.Double')) as number, true);
      return int64(view.getBigInt64(0, true), 'System.Int64');
    },
    int64bitstodouble: (a) => {
      if (a.length !== 1) throw noOverload('Int64BitsToDouble', a.length);
      const n = unwrap(toIntegerType(a[0], 'System.Int64'));
      const view = new DataView(new ArrayBuffer(8));
      view.setBigInt64(0, BigInt(n as number), true);
      return typed(view.getFloat64(0, true), 'System.Double');
    },
  };
  for (const name of Object.keys(READERS)) methods[name.toLowerCase()] = reader(name);
  return methods;
}

let bitConverter: Record<string, (args: unknown[]) => unknown> | undefined;
/** `[BitConverter]::<name>(args)` (name in lower case). */
export function bitConverterCall(name: string, args: unknown[]): unknown {
  bitConverter ??= bitConverterMethods();
  return bitConverter[name]!(args);
}

/** Convert.ToHexString(byte[][, offset, length]) and ToHexStringLower: two hex digits a byte. */
function toHexString(args: unknown[], method: string, lower: boolean): string {
  if (args.length !== 1 && args.length !== 3) throw noOverload(method, args.length);
  const bytes = bytesArgument(args[0], method, 'inArray');
  const offset = args.length === 3 ? intArgument(args[1], method, 'offset') : 0;
  if (bytes === null) throw nullArgument('inArray');
  const length = args.length === 3 ? intArgument(args[2], method, 'length') : bytes.length;
  if (length < 0) throw notNegative('length', length);
  if (offset < 0) throw notNegative('offset', offset);
  if (offset > bytes.length - length) {
    throw new DotNetException(`offset ('${offset}') must be less than or equal to '${bytes.length - length}'. (Parameter 'offset')\nActual value was ${offset}.`, 'ArgumentOutOfRangeException');
  }
  const hex = Buffer.from(bytes.subarray(offset, offset + length)).toString('hex');
  return lower ? hex : hex.toUpperCase();
}

/** Convert.FromHexString(string): a Byte[], with .NET's FormatExceptions. */
function fromHexString(args: unknown[]): TypedArray {
  if (args.length !== 1) throw noOverload('FromHexString', args.length);
  const v = unwrap(args[0]);
  if (v === null || v === undefined) throw nullArgument('s');
  const text = String(v);
  if (text.length % 2 !== 0) throw new DotNetException('The input is not a valid hex string as its length is not a multiple of 2.', 'FormatException');
  if (!/^[0-9a-fA-F]*$/.test(text)) throw new DotNetException('The input is not a valid hex string as it contains a non-hex character.', 'FormatException');
  return byteArray(Buffer.from(text, 'hex'));
}

/** `[Convert]::ToHexString / ToHexStringLower / FromHexString(args)` (name in lower case). */
export function convertHexCall(name: string, args: unknown[]): unknown {
  if (name === 'fromhexstring') return fromHexString(args);
  return toHexString(args, name === 'tohexstringlower' ? 'ToHexStringLower' : 'ToHexString', name === 'tohexstringlower');
}
