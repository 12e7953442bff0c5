// The ZIP container (PKWARE APPNOTE 6.3) as .NET's ZipArchive writes it on Linux and macOS, for
// Compress-Archive and Expand-Archive: local headers, the central directory and its end record, with
// the fields .NET 10 fills (made by Unix 2.0, Unix modes 0100644 / 040755 in the external attributes,
// the UTF-8 flag for non-ASCII names, `superfast` flag bits for Fastest, an empty file stored). No
// ZIP64, encryption or data descriptors are written; reading accepts data descriptors and ZIP64 sizes.
// The deflate and CRC-32 functions come from node:zlib, which the commands load when they run.

/** What the archive code needs of node:zlib (passed in, so this module does not load it). */
export interface Zlib {
  deflateRawSync(data: Buffer, options: { level: number }): Buffer;
  inflateRawSync(data: Buffer): Buffer;
  crc32(data: Buffer): number;
}

export type CompressionLevel = 'Optimal' | 'Fastest' | 'NoCompression';

/** One entry of an archive: its name and header fields, and its data as stored (compressed or not). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  size: number;
  /** The bytes as stored in the archive. */
  stored: Buffer;
  /** DOS date and time, as in the headers. */
  dosTime: number;
  dosDate: number;
  externalAttributes: number;
  versionMadeBy: number;
  versionNeeded: number;
}

/** The archive is not a ZIP file (.NET's InvalidDataException texts). */
export class ZipFormatError extends Error {}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const UTF8_FLAG = 0x800;
/** Version made by: Unix (3) in the high byte, 2.0 in the low one, as .NET on Linux writes. */
const MADE_BY_UNIX = (3 << 8) | 20;
const FILE_MODE = 0o100644;
const FOLDER_MODE = 0o40755;

/** The DOS date and time of a local time (.NET stores LastWriteTime's local fields; before 1980 is 1980). */
export function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.max(1980, date.getFullYear());
  const early = date.getFullYear() < 1980;
  return {
    dosTime: early ? 0 : (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    dosDate: early ? (1 << 5) | 1 : ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** An entry's LastWriteTime as a local time. */
export function entryDate(entry: Pick<ZipEntry, 'dosTime' | 'dosDate'>): Date {
  const { dosDate: d, dosTime: t } = entry;
  return new Date(((d >> 9) & 0x7f) + 1980, ((d >> 5) & 0xf) - 1, d & 0x1f, (t >> 11) & 0x1f, (t >> 5) & 0x3f, (t & 0x1f) * 2);
}

/** A new entry for a file's bytes (`data`) or a folder (`data` undefined: the name ends with `/`). */
export function newEntry(zlib: Zlib, name: string, data: Buffer | undefined, modified: Date, level: CompressionLevel): ZipEntry {
  const utf8 = /[^\x00-\x7f]/.test(name) ? UTF8_FLAG : 0;
  const base = { name, ...dosDateTime(modified), versionMadeBy: MADE_BY_UNIX, versionNeeded: 20 };
  if (data === undefined || data.length === 0) {
    // A folder, or an empty file: stored, nothing in it (.NET stores an entry nothing was written to).
    return { ...base, method: 0, flags: utf8, crc: 0, size: 0, stored: Buffer.alloc(0), externalAttributes: (data === undefined ? FOLDER_MODE : FILE_MODE) * 0x10000 };
  }
  const crc = zlib.crc32(data) >>> 0;
  const externalAttributes = FILE_MODE * 0x10000;
  if (level === 'NoCompression') return { ...base, method: 0, flags: utf8, crc, size: data.length, stored: data, externalAttributes };
  // Fastest is zlib's level 1 (flag bits 1 and 2: "super fast"); Optimal its default, 6.
  const fastest = level === 'Fastest';
  const stored = zlib.deflateRawSync(data, { level: fastest ? 1 : 6 });
  return { ...base, method: 8, flags: utf8 | (fastest ? 6 : 0), crc, size: data.length, stored, externalAttributes };
}

/** The archive's bytes: each entry's local header and data, then the central directory and its end. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(e.versionNeeded, 4);
    local.writeUInt16LE(e.flags & ~0x8, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.dosTime, 10);
    local.writeUInt16LE(e.dosDate, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    header.writeUInt16LE(e.versionMadeBy, 4);
    header.writeUInt16LE(e.versionNeeded, 6);
    header.writeUInt16LE(e.flags & ~0x8, 8);
    header.writeUInt16LE(e.method, 10);
    header.writeUInt16LE(e.dosTime, 12);
    header.writeUInt16LE(e.dosDate, 14);
    header.writeUInt32LE(e.crc >>> 0, 16);
    header.writeUInt32LE(e.stored.length, 20);
    header.writeUInt32LE(e.size, 24);
    header.writeUInt16LE(name.length, 28);
    // Extra field, comment, disk number, internal attributes: none.
    header.writeUInt32LE(e.externalAttributes >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, e.stored);
    central.push(header, name);
    offset += local.length + name.length + e.stored.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** The entries of an archive, in the central directory's order; ZipFormatError when it is not one. */
export function readZip(archive: Buffer): ZipEntry[] {
  if (archive.length < 22) throw new ZipFormatError('Central Directory corrupt.');
  const endAt = findEnd(archive);
  if (endAt < 0) throw new ZipFormatError('End of Central Directory record could not be found.');
  let count = archive.readUInt16LE(endAt + 10);
  let centralAt = archive.readUInt32LE(endAt + 16);
  // A ZIP64 archive: the counts and the directory's offset are in its own end record.
  if (endAt >= 20 && archive.readUInt32LE(endAt - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64End = Number(archive.readBigUInt64LE(endAt - 12));
    if (zip64End + 56 <= archive.length) {
      count = Number(archive.readBigUInt64LE(zip64End + 32));
      centralAt = Number(archive.readBigUInt64LE(zip64End + 48));
    }
  }
  const entries: ZipEntry[] = [];
  let at = centralAt;
  for (let i = 0; i < count; i++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipFormatError('Central Directory corrupt.');
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const flags = archive.readUInt16LE(at + 8);
    const nameBytes = archive.subarray(at + 46, at + 46 + nameLength);
    let storedSize = archive.readUInt32LE(at + 20);
    let size = archive.readUInt32LE(at + 24);
    let localAt = archive.readUInt32LE(at + 42);
    ({ size, storedSize, localAt } = zip64Sizes(archive.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), { size, storedSize, localAt }));
    if (localAt + 30 > archive.length || archive.readUInt32LE(localAt) !== LOCAL_SIGNATURE) throw new ZipFormatError('A local file header is corrupt.');
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    if (dataAt + storedSize > archive.length) throw new ZipFormatError('A local file header is corrupt.');
    entries.push({
      name: flags & UTF8_FLAG ? nameBytes.toString('utf8') : utf8OrLatin1(nameBytes),
      method: archive.readUInt16LE(at + 10),
      flags,
      crc: archive.readUInt32LE(at + 16),
      size,
      stored: archive.subarray(dataAt, dataAt + storedSize),
      dosTime: archive.readUInt16LE(at + 12),
      dosDate: archive.readUInt16LE(at + 14),
      externalAttributes: archive.readUInt32LE(at + 38),
      versionMadeBy: archive.readUInt16LE(at + 4),
      versionNeeded: archive.readUInt16LE(at + 6),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** .NET Core reads a name without the UTF-8 flag as UTF-8 too (its default encoding); bytes that are not UTF-8 as Latin-1. */
function utf8OrLatin1(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.includes('\ufffd') ? bytes.toString('latin1') : text;
}

/** The sizes and offset a ZIP64 extra field (id 1) gives for the fields that are 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, fields: { size: number; storedSize: number; localAt: number }): typeof fields {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let p = at + 4;
      const next = (value: number) => {
        if (value !== 0xffffffff || p + 8 > at + 4 + length) return value;
        const big = Number(extra.readBigUInt64LE(p));
        p += 8;
        return big;
      };
      const size = next(fields.size);
      const storedSize = next(fields.storedSize);
      return { size, storedSize, localAt: next(fields.localAt) };
    }
    at += 4 + length;
  }
  return fields;
}

function findEnd(archive: Buffer): number {
  // The end record is the last 22 bytes, or earlier when the archive has a comment (at most 65535 bytes).
  const last = archive.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (archive.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  return -1;
}

/** An entry's bytes, inflated and checked against its CRC-32 (.NET's InvalidDataException texts). */
export function entryData(zlib: Zlib, entry: ZipEntry): Buffer {
  let data: Buffer;
  if (entry.method === 0) data = entry.stored;
  else if (entry.method === 8) {
    try {
      data = zlib.inflateRawSync(entry.stored);
    } catch {
      throw new ZipFormatError('The archive entry was compressed using an unsupported compression method.');
    }
  } else throw new ZipFormatError('The archive entry was compressed using an unsupported compression method.');
  if (entry.size !== data.length || (zlib.crc32(data) >>> 0) !== entry.crc >>> 0) throw new ZipFormatError('The archive entry data is corrupt.');
  return data;
}

/** The permissions .NET gives an extracted file: the entry's Unix mode bits (0 when it has none, as Windows tools write). */
export function entryMode(entry: ZipEntry): number {
  return (entry.externalAttributes >>> 16) & 0o777;
}
