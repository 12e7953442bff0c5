// The text forms ConvertFrom-SecureString writes and ConvertTo-SecureString reads, as pwsh 7.6.10 on
// Linux makes them:
// - without a key: the hexadecimal UTF-16LE bytes of the text (DPAPI exists only on Windows);
// - with a key (-Key bytes, or -SecureKey whose UTF-16LE bytes are the key): the "encrypted standard
//   string", a fixed header, then base64 of the UTF-16LE text `2|<base64 IV>|<hex ciphertext>`, where
//   the ciphertext is AES-CBC with PKCS7 padding of the UTF-16LE text under a random IV.
// The failures follow pwsh's order of checks (text, key, IV, hex digits, blocks, padding, characters).
// Where pwsh's message would quote characters of the input, which is usually a password typed without
// -AsPlainText, they are withheld (docs/ConvertTo-SecureString.md), except in a string that carries the
// header, whose characters are ciphertext.

import type { BoundParameters, ErrorSpec } from '../engine/cmdlet.js';
import { enumerate, unwrap } from '../engine/convert.js';
import { toIntegerType } from '../engine/numeric-casts.js';
import {
  ArgumentNotValid,
  IncompleteBlock,
  InputStringNotInCorrectFormat,
  InvalidIV,
  InvalidKey,
  InvalidKeyLength,
  PaddingInvalid,
} from '../engine/runtime-strings.js';
import { SecureString } from '../engine/values.js';

/** The header pwsh puts before a key-protected export ("V2" package). */
export const EXPORT_HEADER = '76492d1116743f0423413b16050a5345';
const AES_BLOCK = 16;
/** What stands in a message for characters of the input that may be a secret. */
const WITHHELD = '(hidden)';

/** A failure as the cmdlet reports it: written (non-terminating) or thrown (terminating), as pwsh does. */
export interface ImportFailure {
  error: ErrorSpec;
  terminating: boolean;
}

const PS_ARGUMENT = { exceptionType: 'PSArgumentException', exceptionFullName: 'System.Management.Automation.PSArgumentException' };

/** pwsh's catch of an ArgumentException: non-terminating, ImportSecureString_InvalidArgument. */
const invalidArgument = (message: string, exception = PS_ARGUMENT): ImportFailure => ({
  error: { message, errorId: 'ImportSecureString_InvalidArgument', category: 'InvalidArgument', ...exception },
  terminating: false,
});

/** pwsh's catch of a CryptographicException: non-terminating, ImportSecureString_InvalidArgument_CryptographicError. */
const cryptographicError = (message: string): ImportFailure => ({
  error: {
    message,
    errorId: 'ImportSecureString_InvalidArgument_CryptographicError',
    category: 'InvalidArgument',
    exceptionType: 'CryptographicException',
    exceptionFullName: 'System.Security.Cryptography.CryptographicException',
  },
  terminating: false,
});

/** byte.Parse's FormatException, which no catch of the cmdlet takes: it ends the statement. */
const formatError = (pair: string): ImportFailure => ({
  error: {
    message: InputStringNotInCorrectFormat(pair),
    errorId: 'System.FormatException',
    category: 'NotSpecified',
    exceptionType: 'FormatException',
    exceptionFullName: 'System.FormatException',
  },
  terminating: true,
});

/** The key-length error, for either cmdlet (the caller gives its own id and reporting). */
export const keyLengthValid = (key: Uint8Array): boolean => key.length === 16 || key.length === 24 || key.length === 32;

/**
 * -Key's byte[]: each element converted as [byte] (a number, or a line of a key file read by Get-Content).
 * The binder reports a ConversionError as `Cannot bind parameter 'Key'. ...`.
 */
export function toKeyBytes(value: unknown): unknown {
  return toIntegerType(value, 'System.Byte');
}

/**
 * The key the command was given: -SecureKey's characters as UTF-16LE bytes (as pwsh takes them), or
 * -Key's bytes; none for neither, or for $null (pwsh then works without a key).
 */
export function boundKey(params: BoundParameters): Buffer | undefined {
  const secure = unwrap(params.get('SecureKey'));
  if (secure instanceof SecureString) return Buffer.from(secure.revealForSignIn(), 'utf16le');
  const key = unwrap(params.get('Key'));
  if (key === null || key === undefined) return undefined;
  return Buffer.from(enumerate(key).map((b) => Number(unwrap(b))));
}

/** Hex pairs as SecureStringHelper.ByteArrayFromString reads them (an odd last character is ignored). */
function hexBytes(text: string, quotable: boolean): Buffer | ImportFailure {
  const count = Math.floor(text.length / 2);
  for (let i = 0; i < count; i++) {
    const pair = text.slice(2 * i, 2 * i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) return formatError(quotable ? pair : WITHHELD);
  }
  return Buffer.from(text.slice(0, count * 2), 'hex');
}

/** UTF-16LE bytes as characters; an odd count is pwsh's "not encrypted with this key". */
function charactersOf(bytes: Buffer): SecureString | ImportFailure {
  if (bytes.length % 2 !== 0) return invalidArgument(InvalidKey);
  return new SecureString(bytes.toString('utf16le'));
}

/** Convert.FromBase64String: white space ignored, whole 4-character groups, at most two '=' at the end. */
function strictBase64(text: string): Buffer | undefined {
  const compact = text.replace(/[ \t\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

const isFailure = (x: unknown): x is ImportFailure => typeof x === 'object' && x !== null && 'terminating' in x;

/** The no-key form (Unprotect): an even number of hex digits that make whole UTF-16 characters. */
export function importUnprotected(text: string): SecureString | ImportFailure | 'odd' {
  if (text.length % 2 !== 0) return 'odd';
  const bytes = hexBytes(text, hasHeader(text));
  return isFailure(bytes) ? bytes : charactersOf(bytes);
}

const hasHeader = (text: string) => text.slice(0, EXPORT_HEADER.length).toLowerCase() === EXPORT_HEADER;

/** The ciphertext and IV of a header-carrying package; anything else is the whole text with no IV, as in pwsh. */
function unpack(text: string): { content: string; iv: Buffer | undefined } {
  if (!hasHeader(text)) return { content: text, iv: undefined };
  const outer = strictBase64(text.slice(EXPORT_HEADER.length));
  if (outer === undefined) return { content: text, iv: undefined };
  const parts = outer.toString('utf16le').split('|');
  if (parts.length !== 3) return { content: text, iv: undefined };
  const iv = strictBase64(parts[1]!);
  return iv === undefined ? { content: text, iv: undefined } : { content: parts[2]!, iv };
}

/** ConvertTo-SecureString -Key / -SecureKey. */
export async function importWithKey(text: string, key: Buffer): Promise<SecureString | ImportFailure> {
  const { content, iv } = unpack(text);
  if (content === '') return invalidArgument(ArgumentNotValid('input'));
  if (!keyLengthValid(key)) return invalidArgument(InvalidKeyLength);
  const crypto = await import('node:crypto');
  // Without a package's IV, .NET decrypts with a random one, as here.
  const vector = iv ?? crypto.randomBytes(AES_BLOCK);
  if (vector.length !== AES_BLOCK) return invalidArgument(InvalidIV, { exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException' });
  const data = hexBytes(content, hasHeader(text));
  if (isFailure(data)) return data;
  if (data.length % AES_BLOCK !== 0) return cryptographicError(IncompleteBlock);
  const decipher = crypto.createDecipheriv(`aes-${key.length * 8}-cbc`, key, vector);
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    return cryptographicError(PaddingInvalid);
  }
  const result = charactersOf(plain);
  plain.fill(0);
  return result;
}

/** ConvertFrom-SecureString -Key / -SecureKey: the header and the package (the key's length already checked). */
export async function exportWithKey(secret: SecureString, key: Buffer): Promise<string> {
  const crypto = await import('node:crypto');
  const iv = crypto.randomBytes(AES_BLOCK);
  const data = Buffer.from(secret.revealForSignIn(), 'utf16le');
  const cipher = crypto.createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
  const encrypted = Buffer.concat([cipher.update(data), cipher.final()]);
  data.fill(0);
  const pkg = `2|${iv.toString('base64')}|${encrypted.toString('hex')}`;
  return EXPORT_HEADER + Buffer.from(pkg, 'utf16le').toString('base64');
}

/** ConvertFrom-SecureString without a key: the hexadecimal UTF-16LE bytes. */
export const exportUnprotected = (secret: SecureString): string => Buffer.from(secret.revealForSignIn(), 'utf16le').toString('hex');
