// JSON as pwsh 7 (Newtonsoft.Json) writes and reads it.
//
// Writing: 2-space indentation, `"name": value`, `[]`/`{}` for empty containers; objects deeper
// than -Depth become their string form (and the caller warns once). Reading: a small lenient
// reader like Newtonsoft's (comments, single-quoted strings, trailing commas), property order kept
// (JSON.parse would move integer-like keys first), objects as PSCustomObject or ordered hashtables.

import { EnumValue, PSHashtable, PSObject, SecureString } from '../engine/values.js';
import { DateTimeValue, parseDateTime, utcFromTicks } from '../engine/datetime.js';
import { DecimalValue, TypedNumber } from '../engine/numeric.js';
import { roundTripText } from '../engine/float-text.js';
import { ArgumentNumber, unwrapArgument } from '../engine/convert.js';
import { WrappedValue } from '../engine/instance-members.js';
import { customObject, propertiesOf } from './object-properties.js';
import { toDotNetString } from './text.js';

export interface JsonWriteOptions {
  depth: number;
  compress: boolean;
  enumsAsStrings: boolean;
  /** EscapeNonAscii / EscapeHtml. */
  escapeHandling: string;
}

export interface JsonWriteResult {
  text: string;
  truncated: boolean;
}

function quote(text: string, escapeHandling: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (escapeHandling === 'EscapeHtml' && '<>&\'"'.includes(ch)) || (escapeHandling === 'EscapeNonAscii' && c > 0x7e)) {
      out += unicodeEscapes(ch);
    } else out += ch;
  }
  return out + '"';
}

function unicodeEscapes(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

/** A Double as the JSON writer's round-trip format gives it: 1.0, 1.5, 1E+20, 1E-05. */
function doubleText(n: number): string {
  if (Number.isNaN(n)) return '"NaN"';
  if (!Number.isFinite(n)) return n > 0 ? '"Infinity"' : '"-Infinity"';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const exponent = Math.floor(Math.log10(Math.abs(n)));
  if (exponent >= 15 || exponent < -4) {
    const [mantissa, exp] = n.toExponential().split('e') as [string, string];
    return `${mantissa}E${exp.startsWith('-') ? '-' : '+'}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(n).replace(/^-?\d+$/, '$&.0');
}

/** A Single as the JSON writer gives it: its shortest round-trip digits, a whole one with `.0`. */
function singleJson(n: number): string {
  if (!Number.isFinite(n)) return doubleText(n);
  return roundTripText(n, true).replace(/^-?\d+$/, '$&.0');
}

function numberText(n: number): string {
  if (Number.isNaN(n) || !Number.isFinite(n)) return `"${toDotNetString(n)}"`;
  return String(n).replace('e+', 'E+').replace('e-', 'E-');
}

/** Serialises a value; `truncated` says whether -Depth cut something off. */
export function toJson(value: unknown, options: JsonWriteOptions): JsonWriteResult {
  let truncated = false;
  const nl = options.compress ? '' : '\n';
  const colon = options.compress ? ':' : ': ';
  const write = (value: unknown, level: number, indent: string): string => {
    // A number with note properties (Add-Member -PassThru) is an object of its value and its notes, as
    // pwsh writes it; a string with them is the string.
    if (value instanceof WrappedValue) {
      const notes = value.members.all().flatMap((m) => (m.kind === 'NoteProperty' ? [[m.name, m.value] as const] : []));
      if (typeof value.base === 'string' || notes.length === 0) return write(value.base, level, indent);
      const inner = options.compress ? '' : indent + '  ';
      const entries: Array<readonly [string, unknown]> = [['value', value.base], ...notes];
      return '{' + nl + entries.map(([k, x]) => inner + quote(k, options.escapeHandling) + colon + write(x, level + 1, inner)).join(',' + nl) + nl + (options.compress ? '' : indent) + '}';
    }
    // A number typed as a command argument writes its number, not its typed text (`ConvertTo-Json 0x10` is 16).
    const given = value instanceof ArgumentNumber ? unwrapArgument(value) : value;
    const items = given instanceof PSObject ? given.enumerableItems() : undefined;
    // An IEnumerable past -Depth is still a list, of its items' .NET text (pwsh: `["System.Xml.XmlText"]`).
    if (items && level >= options.depth) {
      if (items.length) truncated = true;
      return '[' + items.map((x) => quote(String(x), options.escapeHandling)).join(',') + ']';
    }
    const v = items ?? given;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return quote(v, options.escapeHandling);
    if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? numberText(v) : doubleText(v);
    // A Decimal writes its digits with its scale (1.10d is 1.10).
    if (v instanceof DecimalValue) return String(v);
    // An Int64, Byte, UInt64 ... writes its number, a whole Double with `.0` (1.0); a [char] is text (below).
    if (v instanceof TypedNumber && v.type !== 'System.Char') {
      if (v.type === 'System.Single') return singleJson(v.value);
      if (v.type === 'System.Double') return doubleText(v.value);
      return v.exact !== undefined ? String(v.exact) : numberText(v.value);
    }
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (v instanceof EnumValue) return options.enumsAsStrings ? quote(v.name, options.escapeHandling) : String(v.value);
    if (typeof (v as { toJsonValue?: unknown }).toJsonValue === 'function') return quote((v as { toJsonValue(): string }).toJsonValue(), options.escapeHandling);
    const inner = options.compress ? '' : indent + '  ';
    if (Array.isArray(v)) {
      if (level > options.depth) {
        truncated = true;
        return quote(v.map(toDotNetString).join(' '), options.escapeHandling);
      }
      if (v.length === 0) return '[]';
      return '[' + nl + v.map((x) => inner + write(x, level + 1, inner)).join(',' + nl) + nl + (options.compress ? '' : indent) + ']';
    }
    if (level > options.depth) {
      truncated = true;
      return quote(v instanceof PSHashtable ? String(v) : toDotNetString(v), options.escapeHandling);
    }
    const props = v instanceof SecureString || v instanceof PSObject || v instanceof PSHashtable || typeof v === 'object' ? propertiesOf(v) : [];
    if (props.length === 0) return v instanceof PSObject || v instanceof PSHashtable ? '{}' : quote(toDotNetString(v), options.escapeHandling);
    return '{' + nl + props.map(([k, x]) => inner + quote(k, options.escapeHandling) + colon + write(x, level + 1, inner)).join(',' + nl) + nl + (options.compress ? '' : indent) + '}';
  };
  const text = write(value, 0, '');
  return { text, truncated };
}

export class JsonReadError extends Error {}

/** Reads JSON text; objects become PSCustomObjects, or ordered hashtables with `asHashtable`. */
/** Json.NET's ISO 8601 form: date and time to the second, a fraction, and an optional zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A JSON string Json.NET reads as a DateTime (DateParseHandling.DateTime, as ConvertFrom-Json has it):
 * ISO 8601 with a time, Utc with Z, Local (converted) with an offset, Unspecified without; and
 * `/Date(ms)/`, Utc. Undefined for any other text.
 */
function jsonDate(text: string): DateTimeValue | undefined {
  const ms = /^\/Date\((-?\d+)\)\/$/.exec(text);
  if (ms) return new DateTimeValue(Number(ms[1]), 'Utc');
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const clock = parseDateTime(text.slice(0, m[8] === undefined ? text.length : text.length - m[8].length));
  if (!clock) return undefined;
  if (m[8] === undefined) return clock;
  const utc = utcFromTicks(clock.ticks - BigInt(zoneOffsetMinutes(m[8])) * 600000000n);
  return m[8].toUpperCase() === 'Z' ? utc : utc.toLocalTime();
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  return (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

export function fromJson(text: string, asHashtable: boolean): unknown {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (what: string): never => {
    throw new JsonReadError(`${what} Path '', line ${line}, position ${i - lineStart}.`);
  };
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === '\n') {
        line++;
        i++;
        lineStart = i;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') i++;
      else if (c === '/' && text[i + 1] === '/') while (i < text.length && text[i] !== '\n') i++;
      else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 2;
      } else return;
    }
  };
  const readString = (q: string): string => {
    i++;
    let out = '';
    while (i < text.length && text[i] !== q) {
      if (text[i] === '\\') {
        const e = text[++i];
        const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"', "'": "'" };
        if (e === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
          i += 5;
          continue;
        }
        out += map[e ?? ''] ?? e ?? '';
        i++;
      } else out += text[i++];
    }
    if (i >= text.length) fail('Unterminated string. Expected delimiter: ' + q + '.');
    i++;
    return out;
  };
  const value = (): unknown => {
    skip();
    const c = text[i];
    if (c === undefined) return fail('Unexpected end when reading JSON.');
    if (c === '{') {
      i++;
      const entries: Array<[string, unknown]> = [];
      for (;;) {
        skip();
        if (text[i] === '}') {
          i++;
          break;
        }
        let key: string;
        if (text[i] === '"' || text[i] === "'") key = readString(text[i]!);
        else {
          const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
          if (!m) fail(i >= text.length ? 'Unexpected end while parsing unquoted property name.' : `Invalid property identifier character: ${text[i]}.`);
          key = m![0];
          i += key.length;
          if (i >= text.length) fail('Unexpected end while parsing unquoted property name.');
        }
        skip();
        if (text[i] !== ':') fail(`Invalid character after parsing property name. Expected ':' but got: ${text[i] ?? ''}.`);
        i++;
        entries.push([key, value()]);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail(i >= text.length ? 'Unexpected end when reading JSON.' : `After parsing a value an unexpected character was encountered: ${text[i]}.`);
      }
      if (asHashtable) {
        const h = new PSHashtable(true);
        h.hashtableSubclass = 'System.Management.Automation.OrderedHashtable';
        for (const [k, v] of entries) h.set(k, v);
        return h;
      }
      return customObject(entries);
    }
    if (c === '[') {
      i++;
      const items: unknown[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') {
          i++;
          break;
        }
        items.push(value());
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail(i >= text.length ? 'Unexpected end when reading JSON.' : `After parsing a value an unexpected character was encountered: ${text[i]}.`);
      }
      return items;
    }
    if (c === '"' || c === "'") {
      const textValue = readString(c);
      return jsonDate(textValue) ?? textValue;
    }
    const m = /^(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|true|false|null|NaN|Infinity|-Infinity)/.exec(text.slice(i));
    if (!m) return fail(`Unexpected character encountered while parsing value: ${c}.`);
    i += m[0].length;
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    if (m[0] === 'null') return null;
    return Number(m[0]);
  };
  const result = value();
  skip();
  if (i < text.length) fail(`Additional text encountered after finished reading JSON content: ${text[i]}.`);
  return result;
}
