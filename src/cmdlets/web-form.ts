// -Form's body: multipart/form-data laid out as pwsh 7.6.10 sends it (.NET's MultipartFormDataContent):
// one part per dictionary entry in its order, one per element of a collection value; a FileInfo
// (`Get-Item ./report.csv`) is a file part with the file's bytes, anything else a text part with its
// PowerShell text in UTF-8. The boundary is a new GUID each time, as in pwsh.

import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { toPSString, unwrap, enumerate } from '../engine/convert.js';
import { PSObject, type PSHashtable } from '../engine/values.js';

export interface FormBody {
  body: Buffer;
  contentType: string;
}

/** RFC 2616's token characters: a name made only of them is sent without quotes. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A Content-Disposition parameter value as .NET writes it: a token as is, other ASCII quoted, non-ASCII as a quoted MIME encoded-word. */
function dispositionValue(text: string): string {
  if (TOKEN.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return `"${text}"`;
  return `"=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?="`;
}

/** filename*: RFC 5987's UTF-8 percent-encoding, with the characters .NET leaves as they are. */
function extendedValue(text: string): string {
  let out = "utf-8''";
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += byte < 0x80 && /[!#$&+\-.^_`|~0-9A-Za-z]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function isFileInfo(value: unknown): value is PSObject {
  return value instanceof PSObject && value.typeName === 'System.IO.FileInfo';
}

/** The parts of one entry: a collection (not a string) gives one part per element, nested ones as their text. */
async function parts(name: string, value: unknown): Promise<Buffer[]> {
  const v = unwrap(value);
  const items = Array.isArray(v) ? enumerate(v) : [value];
  const out: Buffer[] = [];
  for (const item of items) {
    const u = unwrap(item);
    if (isFileInfo(u)) {
      const path = toPSString(u.get('FullName'));
      const fileName = toPSString(u.get('Name'));
      const head = `Content-Disposition: form-data; name=${dispositionValue(name)}; filename=${dispositionValue(fileName)}; filename*=${extendedValue(fileName)}\r\nContent-Type: application/octet-stream\r\n\r\n`;
      out.push(Buffer.concat([Buffer.from(head, 'utf8'), await fs.promises.readFile(path)]));
    } else {
      const text = u === null || u === undefined ? '' : toPSString(item);
      out.push(Buffer.from(`Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=${dispositionValue(name)}\r\n\r\n${text}`, 'utf8'));
    }
  }
  return out;
}

export async function formBody(form: PSHashtable): Promise<FormBody> {
  const boundary = randomUUID();
  const all: Buffer[] = [];
  for (const [key, value] of form.entries()) all.push(...(await parts(toPSString(key), value)));
  const chunks: Buffer[] = [];
  if (all.length === 0) chunks.push(Buffer.from(`--${boundary}\r\n\r\n`));
  for (const part of all) chunks.push(Buffer.from(`--${boundary}\r\n`), part, Buffer.from('\r\n'));
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary="${boundary}"` };
}
