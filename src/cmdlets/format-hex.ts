// Format-Hex: a file's bytes (-Path, -LiteralPath, or a FileInfo piped in), or a value's (-InputObject:
// text in -Encoding, numbers as their .NET bytes, a byte array), as ByteCollection objects of 16 bytes
// each, which the console shows as pwsh 7.6's hex table (engine/format-views.ts). Piped numbers of one
// type in a row are one collection, as in pwsh; each string is its own.

import { readFileSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition, ParameterMetadata } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { ConversionError, TypedArray, toNumber, toPSString, typeNameOf, unwrap } from '../engine/convert.js';
import { isCharValue } from '../engine/chars.js';
import { TypedNumber, typed } from '../engine/numeric.js';
import { toIntegerType } from '../engine/numeric-casts.js';
import { expandOrReport, ioFailure, isFolder, exists, notFoundError, resolveOrReport } from '../engine/paths.js';
import { PSObject } from '../engine/values.js';
import { byteArray } from '../engine/bytes.js';
import { encodeText } from './file-text.js';
import { UTILITY } from './modules.js';
import { encodingParam, stringsParam, switchParam } from './param-builders.js';

const BYTE_COLLECTION = 'Microsoft.PowerShell.Commands.ByteCollection';

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/** ByteCollection.Ascii: printable Latin-1 as it is, NUL as a space, other control characters as U+FFFD. */
function asciiOf(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b === 0 ? ' ' : b < 0x20 || (b >= 0x7f && b < 0xa0) ? '\ufffd' : String.fromCharCode(b);
  return out;
}

/** One row: up to 16 bytes at `offset`, with pwsh's properties in its order and its ToString(). */
function byteCollection(offset: number, bytes: Uint8Array, path: string | null, label: string): PSObject {
  const hexOffset = hex(offset, 16);
  const hexBytes = [...bytes].map((b) => hex(b, 2)).join(' ');
  const ascii = asciiOf(bytes);
  return new PSObject(
    BYTE_COLLECTION,
    { Offset: typed(offset, 'System.UInt32'), Offset64: typed(offset, 'System.UInt64'), Bytes: byteArray(bytes), Path: path, HexOffset: hexOffset, Label: label, HexBytes: hexBytes, Ascii: ascii },
    undefined,
    `${hexOffset}   ${hexBytes.padEnd(47)}  ${ascii.padEnd(16)}`,
  );
}

function writeRows(ctx: CmdletContext, bytes: Uint8Array, start: number, path: string | null, label: string): void {
  for (let at = 0; at < bytes.length; at += 16) ctx.writeObject(byteCollection(start + at, bytes.subarray(at, at + 16), path, label));
}

/** -Offset and -Count applied to a run of bytes. */
function window(ctx: CmdletContext, bytes: Uint8Array): Uint8Array {
  const offset = Number(ctx.params.get('Offset') ?? 0);
  const count = ctx.params.has('Count') ? Number(ctx.params.get('Count')) : Infinity;
  return bytes.subarray(Math.min(offset, bytes.length), Math.min(bytes.length, offset + count));
}

/** An input value's bytes and the type it is grouped and labelled by; undefined for a type Format-Hex does not take. */
function inputBytes(item: unknown, encoding: string | undefined): { type: string; bytes: Uint8Array } | undefined {
  const v = unwrap(item);
  if (typeof v === 'string') {
    const bytes = encodeText(v, encoding);
    // Encoding.GetBytes: no byte order mark.
    return { type: 'System.String', bytes: bytes.subarray(encodeText('', encoding).length) };
  }
  if (v instanceof TypedArray && v.elementType === 'System.Byte') return { type: 'System.Byte[]', bytes: Uint8Array.from(v, (b) => Number(unwrap(b))) };
  if (typeof v === 'boolean') return { type: 'System.Boolean', bytes: Uint8Array.of(v ? 1 : 0, 0, 0, 0) };
  if (isCharValue(item)) return { type: 'System.Char', bytes: Uint8Array.of(Number(unwrap(item)) & 0xff) };
  if (typeof v !== 'number') return undefined;
  const type = typeNameOf(item);
  const sized = (size: number, write: (d: DataView, n: number) => void) => {
    const bytes = new Uint8Array(size);
    write(new DataView(bytes.buffer), v);
    return { type, bytes };
  };
  const exact = item instanceof TypedNumber && item.exact !== undefined ? item.exact : BigInt(Math.trunc(v));
  switch (type) {
    case 'System.Byte':
    case 'System.SByte':
      return sized(1, (d, n) => d.setUint8(0, n & 0xff));
    case 'System.Int16':
    case 'System.UInt16':
      return sized(2, (d, n) => d.setUint16(0, n & 0xffff, true));
    case 'System.Int32':
    case 'System.UInt32':
      return sized(4, (d, n) => d.setUint32(0, n >>> 0, true));
    case 'System.Int64':
    case 'System.UInt64':
      return sized(8, (d) => d.setBigUint64(0, BigInt.asUintN(64, exact), true));
    case 'System.Single':
      return sized(4, (d, n) => d.setFloat32(0, n, true));
    case 'System.Double':
      return sized(8, (d, n) => d.setFloat64(0, n, true));
    default:
      return undefined; // Decimal, BigInteger
  }
}

/** The input label pwsh gives a value's rows: its type's names and its hash code (a new one per value here). */
function inputLabel(type: string): string {
  const code = hex(Math.floor(Math.random() * 0x100000000), 8);
  return `${type.slice(type.lastIndexOf('.') + 1)} (${type}) <${code}>`;
}

/** Piped values not yet written: numbers of one type in a row make one collection. */
const pending = new WeakMap<CmdletContext, { type: string; bytes: number[] }>();

function flush(ctx: CmdletContext): void {
  const run = pending.get(ctx);
  if (!run) return;
  pending.delete(ctx);
  writeRows(ctx, window(ctx, Uint8Array.from(run.bytes)), 0, null, inputLabel(run.type));
}

async function formatFile(ctx: CmdletContext, file: string, typed: string, literal: boolean): Promise<void> {
  if (!exists(file)) {
    // -Path resolves the path first (pwsh's FileNotFound id on an ItemNotFoundException); -LiteralPath opens the file.
    if (!literal) await ctx.writeError({ ...notFoundError(ctx.session, typed, file), errorId: 'FileNotFound' });
    else await ctx.writeError({ message: `Could not find file '${file}'.`, errorId: 'FormatHexIOError', category: 'WriteError', exceptionType: 'FileNotFoundException', exceptionFullName: 'System.IO.FileNotFoundException', targetObject: file });
    return;
  }
  if (isFolder(file)) {
    await ctx.writeError({ message: `Access to the path '${file}' is denied.`, errorId: 'FormatHexIOError', category: 'WriteError', exceptionType: 'UnauthorizedAccessException', exceptionFullName: 'System.UnauthorizedAccessException', targetObject: file });
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    await ctx.writeError(ioFailure(e, file));
    return;
  }
  const offset = Number(ctx.params.get('Offset') ?? 0);
  writeRows(ctx, window(ctx, bytes), Math.min(offset, bytes.length), file, file);
}

/** [long] -Count and -Offset: converted as [long] converts (a binding error otherwise). */
const longParam = (name: string, description: string, extra: Partial<ParameterMetadata>): ParameterMetadata => ({
  name,
  kind: 'object',
  typeName: 'System.Int64',
  description,
  sets: { __AllParameterSets: {} },
  range: [0, Number.MAX_SAFE_INTEGER],
  transform: (value) => {
    try {
      return toNumber(unwrap(toIntegerType(value, 'System.Int64')));
    } catch (e) {
      if (e instanceof ConversionError) throw e;
      throw new ConversionError(toPSString(value));
    }
  },
  ...extra,
});

export const formatHex = lazyCmdlet('Format-Hex', (): CmdletDefinition => ({
  name: 'Format-Hex',
  implementingType: 'Microsoft.PowerShell.Commands.FormatHex',
  module: UTILITY,
  synopsis: 'Displays a file or other input as hexadecimal.',
  parameters: [
    stringsParam('Path', 'The files to show (wildcards allowed).', { sets: { Path: { position: 0, mandatory: true } } }),
    stringsParam('LiteralPath', 'The files to show, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true } } }),
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { ByInputObject: { mandatory: true, valueFromPipeline: true } }, description: 'The value to show: text, a number, a byte array, or a file.' },
    { ...encodingParam(), sets: { ByInputObject: {} } },
    longParam('Count', 'How many bytes to show.', { positive: true, range: [1, Number.MAX_SAFE_INTEGER] }),
    longParam('Offset', 'How many bytes to skip first.', { nonNegative: true }),
    switchParam('Raw', 'Obsolete: numbers always show all their bytes.', { sets: { ByInputObject: {} } }),
  ],
  async begin(ctx) {
    if (ctx.params.get('Raw') === true) await ctx.writeWarning("Parameter 'Raw' is obsolete. Raw parameter is deprecated.");
  },
  async process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralPath');
    const paths = literal ?? ctx.params.get<string[]>('Path');
    if (paths) {
      for (const typed of paths) {
        if (literal) {
          const full = await resolveOrReport(ctx, typed);
          if (full !== undefined) await formatFile(ctx, full, typed, true);
          continue;
        }
        const expanded = await expandOrReport(ctx, typed);
        if (!expanded) continue;
        for (const file of expanded.paths) await formatFile(ctx, file, typed, false);
      }
      return;
    }
    // The pipeline object as it came (the bound parameter's copy has lost a [long]'s or [byte]'s type).
    const item = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    const v = unwrap(item);
    if (v instanceof PSObject && v.typeName === 'System.IO.FileInfo') {
      flush(ctx);
      await formatFile(ctx, toPSString(v.get('FullName')), toPSString(v.get('FullName')), true);
      return;
    }
    const got = inputBytes(item, ctx.params.get<string>('Encoding'));
    if (!got) {
      const type = typeNameOf(item);
      await ctx.writeError({
        message: `Cannot convert input of type '${type}' to hexadecimal. To view the hexadecimal formatting of its string representation, pipe it to the Out-String cmdlet before piping it to Format-Hex.`,
        errorId: 'FormatHexTypeNotSupported',
        category: 'InvalidArgument',
        exceptionType: 'ArgumentException',
        exceptionFullName: 'System.ArgumentException',
        targetObject: type,
      });
      return;
    }
    const run = pending.get(ctx);
    if (got.type === 'System.String' || got.type === 'System.Byte[]') {
      flush(ctx);
      writeRows(ctx, window(ctx, got.bytes), 0, null, inputLabel(got.type));
      return;
    }
    if (run && run.type !== got.type) flush(ctx);
    const next = pending.get(ctx) ?? { type: got.type, bytes: [] };
    next.bytes.push(...got.bytes);
    pending.set(ctx, next);
  },
  end(ctx) {
    flush(ctx);
  },
}));
