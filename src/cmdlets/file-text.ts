// Text to and from files as pwsh 7's file cmdlets do it: UTF-8 without a byte order mark unless
// -Encoding says otherwise, `\n` line ends on Linux/macOS (`\r\n` on Windows), and on reading a
// byte order mark picks the encoding.

import { appendFileSync, chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { CmdletContext } from '../engine/cmdlet.js';
import { ioFailure, pathNotFound } from '../engine/paths.js';
import { ItemNotFoundFiltered } from '../engine/runtime-strings.js';

export const NEWLINE = EOL;

/** Bytes of `text` in the named encoding (case-insensitive pwsh names), with its BOM if it has one. */
export function encodeText(text: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? 'utf8NoBOM').toLowerCase()) {
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'unicode':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'bigendianunicode': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'utf32':
    case 'bigendianutf32': {
      const big = encoding!.toLowerCase() === 'bigendianutf32';
      const cps = [...text].map((c) => c.codePointAt(0)!);
      const out = Buffer.alloc(4 + cps.length * 4);
      (big ? out.writeUInt32BE.bind(out) : out.writeUInt32LE.bind(out))(0xfeff, 0);
      cps.forEach((cp, i) => (big ? out.writeUInt32BE(cp, 4 + i * 4) : out.writeUInt32LE(cp, 4 + i * 4)));
      return out;
    }
    case 'ascii':
      return Buffer.from(text.replace(/[^\x00-\x7f]/gu, '?'), 'latin1');
    case 'latin1':
      return Buffer.from(text.replace(/[^\x00-\xff]/gu, '?'), 'latin1');
    case 'windows-1252':
      return Buffer.from(Array.from(text, (c) => windows1252Byte(c)));
    default:
      // utf8, utf8NoBOM, and oem/ansi/utf7, which are UTF-8 on Linux and macOS.
      return Buffer.from(text, 'utf8');
  }
}

/** Text of file bytes: a BOM wins, else the named encoding, else UTF-8. */
export function decodeText(bytes: Buffer, encoding: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    for (let i = 0; i + 1 < swapped.length; i += 2) [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    return swapped.toString('utf16le');
  }
  const name = (encoding ?? '').toLowerCase();
  if (name === 'unicode') return bytes.toString('utf16le');
  if (name === 'ascii') return bytes.toString('latin1').replace(/[^\x00-\x7f]/g, '?');
  if (name === 'latin1') return bytes.toString('latin1');
  if (name === 'windows-1252') return Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
  return bytes.toString('utf8');
}

/** Lines of a text without their terminators; a final line break ends the last line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Reads a file's text or reports PowerShell's error for it; undefined after an error. */
export async function readTextFile(ctx: CmdletContext, fullPath: string, shownPath: string, encoding: string | undefined): Promise<string | undefined> {
  const bytes = await readFileBytes(ctx, fullPath, shownPath);
  return bytes === undefined ? undefined : decodeText(bytes, encoding);
}

/** A file's bytes (Get-Content -AsByteStream), or the error pwsh writes for it. */
export async function readFileBytes(ctx: CmdletContext, fullPath: string, shownPath: string): Promise<Buffer | undefined> {
  try {
    return readFileSync(fullPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') await ctx.writeError(pathNotFound(shownPath));
    else if (code === 'EISDIR') {
      await ctx.writeError({
        message: `Unable to get content because it is a directory: '${fullPath}'. Please use 'Get-ChildItem' instead.`,
        errorId: 'GetContainerContentException',
        category: 'InvalidOperation',
        exceptionType: 'InvalidOperationException',
        exceptionFullName: 'System.InvalidOperationException',
        targetObject: fullPath,
      });
    } else await ctx.writeError(ioFailure(e, fullPath));
    return undefined;
  }
}

/**
 * A -Path wildcard of a content cmdlet (Get-, Set-, Add-Content) that matches nothing: pwsh 7.6's
 * ItemNotFound, its target all of -Path; its text names -Path's first path, whichever did not match
 * (`Get-Content ./e, ./b*` names ./e).
 */
export function contentWildcardNotFound(allPaths: readonly string[]) {
  return {
    ...ItemNotFoundFiltered(allPaths[0] ?? ''),
    category: 'ObjectNotFound',
    exceptionType: 'Exception',
    exceptionFullName: 'System.Exception',
    targetObject: allPaths,
    // The target is -Path's String[]: CategoryInfo names its type, not its items.
    targetName: 'System.String[]',
    targetType: 'String[]',
  };
}

/** The NoClobber refusal of Out-File, Export-Csv and Start-Transcript. */
export function fileAlreadyExists(file: string) {
  return {
    message: `The file '${file}' already exists.`,
    errorId: 'NoClobber',
    category: 'ResourceExists',
    exceptionType: 'IOException',
    exceptionFullName: 'System.IO.IOException',
    targetObject: file,
  };
}

/**
 * Writes (or appends) text in an encoding, reporting a failure as PowerShell words it (`accessDenied`: the
 * command's own error for a file it may not write). Appending to an existing file never writes a second
 * byte order mark into its middle.
 */
export async function writeTextFile(ctx: CmdletContext, file: string, text: string, encoding: string | undefined, append: boolean, accessDenied?: (file: string) => Promise<void>): Promise<void> {
  // Appended text gets no byte order mark.
  const appending = append && existsSync(file);
  await writeFileBytes(ctx, file, encodeText(text, appending ? encoding?.replace(/^utf8bom$/i, 'utf8') : encoding), append, accessDenied);
}

/** Writes (or appends) bytes: the file's text, or Set-Content -AsByteStream's bytes. */
export async function writeFileBytes(ctx: CmdletContext, file: string, bytes: Uint8Array, append: boolean, accessDenied?: (file: string) => Promise<void>): Promise<void> {
  try {
    if (append && existsSync(file)) appendFileSync(file, bytes);
    else writeFileSync(file, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (accessDenied && (code === 'EACCES' || code === 'EPERM')) await accessDenied(file);
    else await ctx.writeError(ioFailure(e, file));
  }
}

/**
 * -Force of Set-, Add- and Clear-Content on a read-only file: pwsh clears its ReadOnly attribute, writes,
 * and sets it again (on Unix: the owner's write bit given for the write, the old mode put back after).
 */
export async function withWritable<T>(file: string, force: boolean, write: () => Promise<T>): Promise<T> {
  const mode = force ? statSync(file, { throwIfNoEntry: false })?.mode : undefined;
  if (mode === undefined || (mode & 0o200) !== 0) return write();
  chmodSync(file, (mode | 0o200) & 0o7777);
  try {
    return await write();
  } finally {
    chmodSync(file, mode & 0o7777);
  }
}

/** Windows-1252's bytes 0x80-0x9F (the rest is Latin-1); a character it lacks is '?'. */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
function windows1252Byte(c: string): number {
  const at = WINDOWS_1252_HIGH.indexOf(c);
  if (at >= 0) return 0x80 + at;
  const code = c.charCodeAt(0);
  return c.length === 1 && (code < 0x80 || (code >= 0xa0 && code <= 0xff)) ? code : 0x3f;
}
