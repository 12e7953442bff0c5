// JSON as pwsh 7 (Newtonsoft.Json) writes and reads it.
//
// Writing: 2-space indentation, `"name": value`, `[]`/`{}` for empty containers; objects deeper
// than -Depth become their string form (and the caller warns once). Reading: json-reader.ts reads the
// text as Newtonsoft's JsonTextReader does; this turns its tree into PSCustomObjects or ordered
// hashtables as pwsh's JsonObject does (property order kept, its checks on names).

import { EnumValue, PSHashtable, PSObject, SecureString } from '../engine/values.js';
import { DecimalValue, TypedNumber } from '../engine/numeric.js';
import { roundTripText } from '../engine/float-text.js';
import { ArgumentNumber, isBareCustomObject, unwrap, unwrapArgument } from '../engine/convert.js';
import { WrappedValue } from '../engine/instance-members.js';
import { customObject, propertiesOf } from './object-properties.js';
import { toDotNetString } from './text.js';
import { JsonConstructor, JsonObject, readJson } from './json-reader.js';
import type { MessageEntry } from '../engine/runtime-strings.js';
import { EmptyKeyInJsonString, KeysWithDifferentCasingInJsonString } from './utility-strings.js';

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
    // pwsh writes a Guid as its text and a Uri as the string it was made from, not as objects.
    if (v instanceof PSObject && v.typeName === 'System.Guid') return quote(toDotNetString(v), options.escapeHandling);
    if (v instanceof PSObject && v.typeName === 'System.Uri') return quote(toDotNetString(v.get('OriginalString') ?? v), options.escapeHandling);
    const inner = options.compress ? '' : indent + '  ';
    if (Array.isArray(v)) {
      if (level > options.depth) {
        truncated = true;
        // As PowerShell turns a list into text: a custom object in it is its .NET ToString, nothing.
        return quote(v.map((x) => (isBareCustomObject(unwrap(x)) ? '' : toDotNetString(x))).join(' '), options.escapeHandling);
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

export { JsonReadError } from './json-reader.js';

/**
 * What pwsh's conversion (JsonObject.PopulateFromJDictionary) refuses after the text has been read: an
 * empty property name, or two that differ only in case, without -AsHashtable.
 */
export class JsonConversionError extends Error {
  readonly errorId: string;
  constructor(entry: MessageEntry) {
    super(entry.message);
    this.errorId = entry.errorId;
  }
}

/** ConvertFrom-Json -AsHashtable's OrderedHashtable: ordered, and its keys compare case-sensitively. */
class JsonHashtable extends PSHashtable {
  constructor() {
    super(true);
    this.hashtableSubclass = 'System.Management.Automation.OrderedHashtable';
  }
  protected override keyFor(key: unknown): string {
    return typeof key === 'string' ? 'S' + key : PSHashtable.keyOf(key);
  }
}

/** The raw tree as pwsh's Populate* functions make it: PSCustomObjects (or hashtables), arrays without constructors. */
function populate(value: unknown, asHashtable: boolean): unknown {
  if (Array.isArray(value)) {
    let dropped = false;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item instanceof JsonConstructor) dropped = true;
      else if (item instanceof JsonObject || Array.isArray(item)) value[i] = populate(item, asHashtable);
    }
    return dropped ? value.filter((item) => !(item instanceof JsonConstructor)) : value;
  }
  if (!(value instanceof JsonObject)) return value;
  if (asHashtable) {
    const table = new JsonHashtable();
    for (const [k, v] of value.entries) if (!(v instanceof JsonConstructor)) table.set(k, populate(v, asHashtable));
    return table;
  }
  // Each name is checked as pwsh adds it (after the values before it, nested objects included).
  const object = customObject([]);
  const several = value.entries.size > 1;
  let folded: Map<string, string> | undefined;
  for (const [k, v] of value.entries) {
    if (k === '') throw new JsonConversionError(EmptyKeyInJsonString());
    if (several) {
      folded ??= new Map();
      const lower = k.toLowerCase();
      const earlier = folded.get(lower);
      if (earlier !== undefined) throw new JsonConversionError(KeysWithDifferentCasingInJsonString(earlier, k));
      folded.set(lower, k);
    }
    if (!(v instanceof JsonConstructor)) object.properties.set(k, populate(v, asHashtable));
  }
  return object;
}

export interface JsonReadOptions {
  asHashtable: boolean;
  /** The reader's MaxDepth (ConvertFrom-Json -Depth; 1024 by default). */
  maxDepth?: number;
}

/**
 * Reads JSON text as pwsh's ConvertFrom-Json: objects become PSCustomObjects, or ordered hashtables with
 * `asHashtable`. Undefined when the text holds no value (pwsh's result is then $null). Throws
 * JsonReadError (Newtonsoft's message) or JsonConversionError.
 */
export function fromJson(text: string, options: JsonReadOptions | boolean): unknown {
  const { asHashtable, maxDepth } = typeof options === 'boolean' ? { asHashtable: options, maxDepth: 1024 } : options;
  const { value, empty } = readJson(text, maxDepth ?? 1024);
  return empty ? undefined : populate(value, asHashtable);
}
