// PowerShell's CLIXML (serialization format 1.1.0.1) for the values spo has: strings, Int32/Int64/Double,
// Boolean, DateTime, $null, SecureString, arrays (LST), hashtables (DCT), custom objects (MS) and
// PSCredential (Props), written as pwsh 7.6.10 writes them (two-space indent, RefIds, TNRef for a type
// seen before) and read back as pwsh reads them (arrays as ArrayList, custom objects as
// Deserialized.* PSCustomObjects).
//
// SecureString: pwsh on Linux and macOS writes a SecureString's characters as plain UTF-16 hex (no DPAPI
// there): anyone who reads the file reads the password. spo never writes a secret in clear text; it
// encrypts it (AES-256-GCM) with a key kept for this user in spo's settings folder (clixml.key, mode 600),
// as DPAPI does on Windows: the file can be read back by the same user on the same machine only, and not
// by pwsh (docs/Export-Clixml.md). Files pwsh wrote (plain hex) are read.

import { makeDirectories } from '../engine/make-directories.js';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsDirectory } from '../config/settings.js';
import type { ErrorSpec } from '../engine/cmdlet.js';
import { toPSString, unwrapArgument } from '../engine/convert.js';
import { DateTimeValue } from '../engine/datetime.js';
import { TimeSpanValue } from '../engine/timespan.js';
import { TypedNumber, typed } from '../engine/numeric.js';
import { ArrayList, PSCredential, PSHashtable, PSObject, SecureString } from '../engine/values.js';
import { PS_CUSTOM_OBJECT } from './object-properties.js';

const HEADER = '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">';
const MAGIC = '73706f31'; // "spo1": an SS value spo encrypted

export class ClixmlError extends Error {}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** DateTime as XmlConvert writes it (round-trip kind): fraction digits without trailing zeros. */
function dateText(d: DateTimeValue): string {
  return d.format('o').replace(/\.(\d*?)0+(?=Z|[+-]\d\d:\d\d$|$)/, (_m, digits: string) => (digits ? `.${digits}` : ''));
}

// ---- the key that protects SecureStrings -----------------------------------------------------

function keyPath(): string {
  return join(settingsDirectory(), 'clixml.key');
}

/** node:crypto, loaded when a password is saved or read: start-up does not pay for it. */
const crypto = () => process.getBuiltinModule('node:crypto');

function key(create: boolean): Buffer | undefined {
  const path = keyPath();
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
  if (!create) return undefined;
  makeDirectories(join(path, '..'), 0o700);
  const k = crypto().randomBytes(32);
  writeFileSync(path, k.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return k;
}

function protect(secret: SecureString): string {
  const iv = crypto().randomBytes(12);
  const cipher = crypto().createCipheriv('aes-256-gcm', key(true)!, iv);
  const data = Buffer.concat([cipher.update(secret.revealForSignIn(), 'utf8'), cipher.final()]);
  return MAGIC + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('hex');
}

function unprotect(hex: string): SecureString {
  if (!hex.startsWith(MAGIC)) return new SecureString(Buffer.from(hex, 'hex').toString('utf16le'));
  const bytes = Buffer.from(hex.slice(MAGIC.length), 'hex');
  const k = key(false);
  try {
    if (!k) throw new Error('no key');
    const decipher = crypto().createDecipheriv('aes-256-gcm', k, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return new SecureString(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
  } catch {
    throw new ClixmlError('Key not valid for use in specified state.');
  }
}

// ---- writing ------------------------------------------------------------------------------------

class Writer {
  lines: string[] = [];
  #objects = 0;
  readonly #types = new Map<string, number>();

  constructor(readonly depth: number) {}

  value(v: unknown, indent: string, name: string | undefined, level: number): void {
    const n = name === undefined ? '' : ` N="${escape(name)}"`;
    const raw = unwrapArgument(v);
    if (raw === null || raw === undefined) return void this.lines.push(`${indent}<Nil${n} />`);
    if (typeof raw === 'string') return void this.lines.push(`${indent}<S${n}>${escape(raw)}</S>`);
    if (typeof raw === 'boolean') return void this.lines.push(`${indent}<B${n}>${raw}</B>`);
    if (typeof raw === 'number' || raw instanceof TypedNumber) {
      const type = raw instanceof TypedNumber ? raw.type : Number.isInteger(raw) && Math.abs(raw) <= 2147483647 ? 'System.Int32' : Number.isInteger(raw) ? 'System.Int64' : 'System.Double';
      const tag = { 'System.Int32': 'I32', 'System.Int64': 'I64', 'System.Double': 'Db', 'System.Boolean': 'B', 'System.Byte': 'By', 'System.Int16': 'I16', 'System.Single': 'Sg', 'System.Decimal': 'D' }[type] ?? 'Db';
      return void this.lines.push(`${indent}<${tag}${n}>${toPSString(raw)}</${tag}>`);
    }
    if (raw instanceof DateTimeValue) return void this.lines.push(`${indent}<DT${n}>${dateText(raw)}</DT>`);
    if (raw instanceof TimeSpanValue) return void this.lines.push(`${indent}<TS${n}>${durationText(raw)}</TS>`);
    if (raw instanceof SecureString) return void this.lines.push(`${indent}<SS${n}>${protect(raw)}</SS>`);
    const inner = indent + '  ';
    const open = (types: string[]) => {
      this.lines.push(`${indent}<Obj${n} RefId="${this.#objects++}">`);
      const key = types.join('\n');
      const seen = this.#types.get(key);
      if (seen !== undefined) this.lines.push(`${inner}<TNRef RefId="${seen}" />`);
      else {
        this.#types.set(key, this.#types.size);
        this.lines.push(`${inner}<TN RefId="${this.#types.size - 1}">`, ...types.map((t) => `${inner}  <T>${escape(t)}</T>`), `${inner}</TN>`);
      }
    };
    const close = () => this.lines.push(`${indent}</Obj>`);
    // Past -Depth an object is written as its text, as pwsh does.
    if (level > this.depth) return void this.lines.push(`${indent}<S${n}>${escape(toPSString(raw))}</S>`);
    if (raw instanceof PSCredential) {
      open(['System.Management.Automation.PSCredential', 'System.Object']);
      this.lines.push(`${inner}<ToString>System.Management.Automation.PSCredential</ToString>`, `${inner}<Props>`);
      this.value(raw.UserName, inner + '  ', 'UserName', level + 1);
      this.value(raw.Password, inner + '  ', 'Password', level + 1);
      this.lines.push(`${inner}</Props>`);
      return void close();
    }
    if (Array.isArray(raw)) {
      open(raw instanceof ArrayList ? ['System.Collections.ArrayList', 'System.Object'] : ['System.Object[]', 'System.Array', 'System.Object']);
      this.lines.push(`${inner}<LST>`);
      for (const item of raw) this.value(item, inner + '  ', undefined, level + 1);
      this.lines.push(`${inner}</LST>`);
      return void close();
    }
    if (raw instanceof PSHashtable) {
      open([raw.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable', 'System.Object']);
      this.lines.push(`${inner}<DCT>`);
      for (const [k, item] of raw.entries()) {
        this.lines.push(`${inner}  <En>`);
        this.value(k, inner + '    ', 'Key', level + 1);
        this.value(item, inner + '    ', 'Value', level + 1);
        this.lines.push(`${inner}  </En>`);
      }
      this.lines.push(`${inner}</DCT>`);
      return void close();
    }
    if (raw instanceof PSObject) {
      const typeName = raw.typeName.startsWith('Deserialized.') ? raw.typeName.slice('Deserialized.'.length) : raw.typeName;
      open(typeName === PS_CUSTOM_OBJECT ? [PS_CUSTOM_OBJECT, 'System.Object'] : [typeName, 'System.Object']);
      if (typeName !== PS_CUSTOM_OBJECT) this.lines.push(`${inner}<ToString>${escape(toPSString(raw))}</ToString>`);
      this.lines.push(`${inner}<MS>`);
      for (const [k, item] of raw.properties) this.value(item, inner + '  ', k, level + 1);
      this.lines.push(`${inner}</MS>`);
      return void close();
    }
    this.lines.push(`${indent}<S${n}>${escape(toPSString(raw))}</S>`);
  }
}

/** The CLIXML document of `values`, as Export-Clixml writes it (no line break after `</Objs>`). */
export function toClixml(values: readonly unknown[], depth = 2): string {
  const w = new Writer(depth);
  for (const v of values) w.value(v, '  ', undefined, 1);
  return [HEADER, ...w.lines, '</Objs>'].join('\n');
}

// ---- reading ------------------------------------------------------------------------------------

interface XmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x([0-9a-f]+)|#(\d+));/gi, (_m, name: string, hex?: string, dec?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
  );
}

/** A small XML reader for CLIXML: elements, attributes, text; comments and the declaration skipped. */
function parseXml(text: string): XmlNode {
  let i = 0;
  const body = text.replace(/^\uFEFF/, '');
  const fail = (): never => {
    const before = body.slice(0, i);
    const line = before.split('\n').length;
    throw new ClixmlError(`Data at the root level is invalid. Line ${line}, position ${i - before.lastIndexOf('\n')}.`);
  };
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(body[i] ?? '')) i++;
      if (body.startsWith('<?', i)) i = body.indexOf('?>', i) + 2;
      else if (body.startsWith('<!--', i)) i = body.indexOf('-->', i) + 3;
      else return;
      if (i < 2) fail();
    }
  };
  const element = (): XmlNode => {
    const m = /^<([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*"[^"]*")*)\s*(\/?)>/.exec(body.slice(i));
    if (!m) return fail();
    i += m[0].length;
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
    const node: XmlNode = { tag: m[1]!, attrs, children: [], text: '' };
    if (m[3]) return node;
    for (;;) {
      const lt = body.indexOf('<', i);
      if (lt < 0) return fail();
      node.text += decode(body.slice(i, lt));
      i = lt;
      if (body.startsWith('</', i)) {
        const end = body.indexOf('>', i);
        if (body.slice(i + 2, end).trim() !== node.tag) return fail();
        i = end + 1;
        return node;
      }
      if (body.startsWith('<!--', i)) {
        i = body.indexOf('-->', i) + 3;
        continue;
      }
      node.children.push(element());
    }
  };
  skipMisc();
  if (body[i] !== '<') {
    i = 0;
    return fail();
  }
  const root = element();
  return root;
}

class Reader {
  readonly #types = new Map<string, string[]>();
  readonly #objects = new Map<string, unknown>();

  value(node: XmlNode): unknown {
    switch (node.tag) {
      case 'Nil':
        return null;
      case 'S':
      case 'C':
      case 'URI':
      case 'Version':
      case 'G':
        return node.text;
      case 'B':
        return node.text.trim() === 'true';
      case 'I32':
      case 'I16':
      case 'By':
      case 'SB':
      case 'U16':
        return Number(node.text);
      case 'I64':
      case 'U32':
      case 'U64':
        return typed(Number(node.text), node.tag === 'I64' ? 'System.Int64' : node.tag === 'U32' ? 'System.UInt32' : 'System.UInt64', BigInt(node.text.trim()));
      case 'Db':
      case 'Sg':
      case 'D':
        return typed(Number(node.text), node.tag === 'D' ? 'System.Decimal' : node.tag === 'Sg' ? 'System.Single' : 'System.Double');
      case 'DT':
        return dateOf(node.text.trim());
      case 'TS':
        return durationOf(node.text.trim());
      case 'SS':
        return unprotect(node.text.trim());
      case 'Ref':
        return this.#objects.get(node.attrs.RefId ?? '') ?? null;
      case 'Obj':
        return this.object(node);
      default:
        return node.text;
    }
  }

  object(node: XmlNode): unknown {
    let types: string[] = [];
    for (const child of node.children) {
      if (child.tag === 'TN') {
        types = child.children.filter((c) => c.tag === 'T').map((c) => c.text);
        this.#types.set(child.attrs.RefId ?? '', types);
      } else if (child.tag === 'TNRef') types = this.#types.get(child.attrs.RefId ?? '') ?? [];
    }
    const part = (tag: string) => node.children.find((c) => c.tag === tag);
    const named = (n: XmlNode | undefined): Array<[string, unknown]> => (n?.children ?? []).map((c) => [c.attrs.N ?? '', this.value(c)]);
    let result: unknown;
    const lst = part('LST') ?? part('IE') ?? part('STK') ?? part('QUE');
    const dct = part('DCT');
    const plain = node.children.find((c) => !['TN', 'TNRef', 'ToString', 'MS', 'Props', 'LST', 'IE', 'STK', 'QUE', 'DCT'].includes(c.tag));
    if (types[0] === 'System.Management.Automation.PSCredential') {
      const props = new Map(named(part('Props')));
      result = new PSCredential((props.get('UserName') as string | null) ?? null, (props.get('Password') as SecureString | null) ?? null);
    } else if (lst) {
      const list = new ArrayList();
      list.push(...lst.children.map((c) => this.value(c)));
      result = list;
    } else if (dct) {
      const h = new PSHashtable(types[0] === 'System.Collections.Specialized.OrderedDictionary');
      for (const en of dct.children) {
        const entry = new Map(named({ ...en }));
        h.set(entry.get('Key'), entry.get('Value') ?? null);
      }
      result = h;
    } else if (plain) {
      // A primitive with extra notes (Get-Date's DisplayHint): the value itself.
      result = this.value(plain);
    } else {
      const typeName = types[0] === PS_CUSTOM_OBJECT || types.length === 0 ? PS_CUSTOM_OBJECT : `Deserialized.${types[0]}`;
      const o = new PSObject(typeName, {}, undefined, part('ToString')?.text);
      for (const [k, v] of [...named(part('Props')), ...named(part('MS'))]) o.properties.set(k, v);
      result = o;
    }
    if (node.attrs.RefId !== undefined) this.#objects.set(node.attrs.RefId, result);
    return result;
  }
}

/** XmlConvert's xs:duration of a TimeSpan: [-]P[nD][T[nH][nM][n[.f]S]], PT0S for zero (exact to the tick). */
function durationText(span: TimeSpanValue): string {
  const ticks = span.big;
  const abs = ticks < 0n ? -ticks : ticks;
  const days = abs / 864000000000n;
  const rest = Number(abs % 864000000000n);
  const hours = Math.floor(rest / 36000000000);
  const minutes = Math.floor(rest / 600000000) % 60;
  const seconds = Math.floor(rest / 10000000) % 60;
  const fraction = String(rest % 10000000).padStart(7, '0').replace(/0+$/, '');
  let time = (hours ? `${hours}H` : '') + (minutes ? `${minutes}M` : '') + (seconds || fraction ? `${seconds}${fraction ? `.${fraction}` : ''}S` : '');
  if (!days && !time) time = '0S';
  return `${ticks < 0n ? '-' : ''}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function durationOf(text: string): TimeSpanValue {
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,7}))?S)?)?$/.exec(text);
  if (!m || text.endsWith('P') || text.endsWith('T')) throw new ClixmlError(`The string '${text}' is not a valid TimeSpan value.`);
  const [, negative, d = '0', h = '0', mi = '0', s = '0', fraction = ''] = m;
  const ticks = BigInt(d) * 864000000000n + BigInt(h) * 36000000000n + BigInt(mi) * 600000000n + BigInt(s) * 10000000n + BigInt(fraction.padEnd(7, '0') || '0');
  return TimeSpanValue.fromBig(negative ? -ticks : ticks);
}

function dateOf(text: string): DateTimeValue {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,7}))?(Z|[+-]\d\d:\d\d)?$/.exec(text);
  if (!m) throw new ClixmlError(`The string '${text}' is not a valid AllXsd value.`);
  const [, y, mo, d, h, mi, s, fraction = '', zone] = m;
  const ticks = Number(fraction.padEnd(7, '0'));
  const ms = Math.floor(ticks / 10000);
  const sub = ticks % 10000;
  // fromParts sets the full year: Date.UTC and new Date(y, …) read a year below 100 as 19yy.
  const utc = () => DateTimeValue.fromParts(+y!, +mo!, +d!, +h!, +mi!, +s!, ms, 'Utc').epochMs;
  if (zone === 'Z') return new DateTimeValue(utc(), 'Utc', sub);
  if (zone) {
    const sign = zone[0] === '-' ? -1 : 1;
    const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    return new DateTimeValue(utc() - offset * 60000, 'Local', sub);
  }
  return new DateTimeValue(DateTimeValue.fromParts(+y!, +mo!, +d!, +h!, +mi!, +s!, ms, 'Unspecified').epochMs, 'Unspecified', sub);
}

/**
 * The objects of a CLIXML document for Import-Clixml and ConvertFrom-CliXml, or the terminating error
 * pwsh gives for a document it cannot read (.NET's XmlException, or CryptographicException for a
 * secure string of another user) through `fail`.
 */
export function clixmlObjectsOrError(text: string, fail: (error: ErrorSpec) => never): unknown[] {
  try {
    return fromClixml(text);
  } catch (e) {
    if (!(e instanceof ClixmlError)) throw e;
    const key = e.message.startsWith('Key not valid');
    const exception = key ? 'System.Security.Cryptography.CryptographicException' : 'System.Xml.XmlException';
    return fail({ message: e.message, errorId: exception, category: 'NotSpecified', exceptionType: exception.slice(exception.lastIndexOf('.') + 1), exceptionFullName: exception });
  }
}

/** The objects of a CLIXML document. */
export function fromClixml(text: string): unknown[] {
  const root = parseXml(text);
  // The root must be Objs in PowerShell's namespace (an Objs without it is refused, as .NET's reader refuses it).
  if (root.tag !== 'Objs' || root.attrs.xmlns !== 'http://schemas.microsoft.com/powershell/2004/04') throw new ClixmlError(`Element 'Objs' with namespace name 'http://schemas.microsoft.com/powershell/2004/04' was not found. Line 1, position 2.`);
  const reader = new Reader();
  return root.children.map((c) => reader.value(c));
}
