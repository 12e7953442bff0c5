// ConvertTo-Xml: objects as the XML of pwsh's CustomSerialization (an <Objects> root, an <Object> per
// input, <Property> elements with Name and Type attributes), written as pwsh 7.6.10 writes it: as an
// XmlDocument (-As Document, the default), one indented string (-As String) or line by line (-As Stream).
// The rules, in pwsh's order: $null is an empty element; a value of a "known" type is its .NET text;
// a dictionary is its Key/Value pairs and a list its items (whatever the depth); any other object is its
// properties while depth is left, and past it its text (a custom object's text, then its note properties
// as text).

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { toPSString, typeNameOf, unwrap, unwrapArgument } from '../engine/convert.js';
import { TypedNumber } from '../engine/numeric.js';
import { EnumValue, PSHashtable, PSObject } from '../engine/values.js';
import { toXmlDocument } from '../engine/xml/xml-document.js';
import { UTILITY } from './modules.js';
import { PS_CUSTOM_OBJECT, propertiesOf } from './object-properties.js';
import { intParam, objectParam, stringParam, switchParam } from './param-builders.js';

const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
const NOTE_PROPERTY = 'System.Management.Automation.PSNoteProperty';

/** KnownTypes: values written as their text in one element (Serialization's primitive known types). */
const KNOWN_TYPES = new Set([
  'System.String', 'System.Char', 'System.Boolean', 'System.DateTime', 'System.DateTimeOffset', 'System.Decimal', 'System.Double', 'System.Single',
  'System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32', 'System.Int64', 'System.UInt64', 'System.Guid',
  'System.Uri', 'System.Version', 'System.TimeSpan', 'System.Byte[]', 'System.Xml.XmlDocument', 'System.Management.Automation.ScriptBlock',
  'System.Security.SecureString', 'System.Numerics.BigInteger', 'System.Management.Automation.SemanticVersion',
]);

interface State {
  /** The lines of -As Document/String, from the <Objects> start tag on. */
  lines: string[];
}
const states = new WeakMap<CmdletContext, State>();

export const convertToXml = lazyCmdlet('ConvertTo-Xml', (): CmdletDefinition => ({
  name: 'ConvertTo-Xml',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToXmlCommand',
  module: UTILITY,
  synopsis: 'Creates an XML-based representation of an object.',
  parameters: [
    intParam('Depth', 'How many levels of contained objects are written as their properties (1 by default).', { range: [1, 2147483647] }),
    { ...objectParam('InputObject', 'The objects to write as XML.', 'System.Management.Automation.PSObject'), sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, allowNull: true },
    switchParam('NoTypeInformation', 'Leaves out the Type attributes.'),
    stringParam('As', 'Document (an XmlDocument, the default), String (one text) or Stream (a string per line and object).', { validateNotNullOrEmpty: true, validateSet: ['Stream', 'String', 'Document'] }),
  ],
  begin(ctx) {
    states.set(ctx, { lines: ['<Objects>'] });
    if (asOf(ctx) === 'stream') {
      ctx.writeObject(DECLARATION);
      ctx.writeObject('<Objects>');
    }
  },
  process(ctx) {
    const value = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    const writer = new XmlObjectWriter(ctx.params.get('NoTypeInformation') === true);
    try {
      writer.write(value, null, ctx.params.get<number>('Depth') ?? 1, 0);
    } catch (e) {
      if (!(e instanceof XmlSerializationError)) throw e;
      ctx.throwTerminatingError({ message: e.message, errorId: 'System.NullReferenceException', category: 'NotSpecified', exceptionType: 'NullReferenceException', exceptionFullName: 'System.NullReferenceException' });
    }
    if (asOf(ctx) === 'stream') ctx.writeObject(writer.lines.join('\n'));
    else states.get(ctx)!.lines.push(...writer.lines.map((l) => `  ${l}`));
  },
  end(ctx) {
    const as = asOf(ctx);
    if (as === 'stream') return ctx.writeObject('</Objects>');
    const lines = states.get(ctx)!.lines;
    // An <Objects> with nothing in it is one empty element, as XmlWriter closes it.
    const text = lines.length === 1 ? [DECLARATION, '<Objects />'].join('\n') : [DECLARATION, ...lines, '</Objects>'].join('\n');
    ctx.writeObject(as === 'string' ? text : toXmlDocument(text));
  },
}));

const asOf = (ctx: CmdletContext) => (ctx.params.get<string>('As') ?? 'Document').toLowerCase();

/** An error the serializer raises (.NET's NullReferenceException for a note whose value is $null past the depth). */
class XmlSerializationError extends Error {}

/** CustomInternalSerializer for one input object: its lines, indented from column 0. */
class XmlObjectWriter {
  readonly lines: string[] = [];
  /** The first element of an input object is <Object>; every other one is <Property>. */
  private first = true;

  constructor(private readonly noTypes: boolean) {}

  write(value: unknown, name: string | null, depth: number, level: number): void {
    const v = unwrapArgument(value);
    if (v === null || v === undefined) return this.element(level, name, undefined, undefined);
    const type = typeNameOf(v);
    if (KNOWN_TYPES.has(type)) return this.element(level, name, type, dotnetText(v));
    if (Array.isArray(v) || v instanceof PSHashtable) {
      // Containers do not count against the depth: their items get the same one.
      const open = this.open(level, name, type);
      const before = this.lines.length;
      if (v instanceof PSHashtable) {
        for (const [key, item] of v.entries()) {
          this.write(key, 'Key', depth, level + 1);
          this.write(item, 'Value', depth, level + 1);
        }
      } else for (const item of v) this.write(item, null, depth, level + 1);
      return this.close(level, open, before);
    }
    if (depth === 0) return this.asText(v, name, type, level);
    const open = this.open(level, name, type);
    const before = this.lines.length;
    if (v instanceof EnumValue) this.write(new TypedNumber(v.value, 'System.Int32'), 'value__', depth - 1, level + 1);
    else {
      for (const [propertyName, item] of propertiesOf(v)) {
        const raw = unwrap(item);
        if (raw === null || raw === undefined) this.element(level + 1, propertyName, 'System.Object', undefined);
        else this.write(item, propertyName, depth - 1, level + 1);
      }
    }
    this.close(level, open, before);
  }

  /** Past the depth: the object's text; a custom object's note properties follow it, each as its text. */
  private asText(v: unknown, name: string | null, type: string, level: number): void {
    if (!(v instanceof PSObject && v.typeName === PS_CUSTOM_OBJECT && v.properties.size > 0)) return this.element(level, name, type, dotnetText(v));
    const open = this.open(level, name, type);
    const before = this.lines.length;
    this.element(level + 1, null, 'System.String', toPSString(v));
    for (const [propertyName, item] of propertiesOf(v)) {
      const raw = unwrap(item);
      if (raw === null || raw === undefined) throw new XmlSerializationError('Object reference not set to an instance of an object.');
      this.element(level + 1, propertyName, NOTE_PROPERTY, dotnetText(raw));
    }
    this.close(level, open, before);
  }

  private tag(name: string | null, type: string | undefined): { open: string; tagName: string } {
    const tagName = name === null && this.first ? 'Object' : 'Property';
    this.first = false;
    let open = `<${tagName}`;
    if (name !== null) open += ` Name="${attributeText(name)}"`;
    if (type !== undefined && !this.noTypes) open += ` Type="${attributeText(type)}"`;
    return { open, tagName };
  }

  /** An element with text (or none: `<Property Name="x" />`). */
  private element(level: number, name: string | null, type: string | undefined, text: string | undefined): void {
    const { open, tagName } = this.tag(name, type);
    const indent = '  '.repeat(level);
    this.lines.push(text === undefined ? `${indent}${open} />` : `${indent}${open}>${elementText(text)}</${tagName}>`);
  }

  private open(level: number, name: string | null, type: string): { open: string; tagName: string } {
    const tag = this.tag(name, type);
    this.lines.push(`${'  '.repeat(level)}${tag.open}>`);
    return tag;
  }

  /** The end tag, or the start tag made an empty element when nothing was written inside. */
  private close(level: number, tag: { open: string; tagName: string }, before: number): void {
    const indent = '  '.repeat(level);
    if (this.lines.length === before) this.lines[before - 1] = `${indent}${tag.open} />`;
    else this.lines.push(`${indent}</${tag.tagName}>`);
  }
}

/** .NET's ToString of a value (not PowerShell's string conversion): a list is its type name, a double its shortest text. */
function dotnetText(v: unknown): string {
  if (Array.isArray(v) || v instanceof PSHashtable) return typeNameOf(v);
  if (typeof v === 'number' && typeNameOf(v) === 'System.Double') return doubleText(v);
  if (v instanceof TypedNumber && (v.type === 'System.Double' || v.type === 'System.Single')) return doubleText(v.value, v.type === 'System.Single');
  return toPSString(v);
}

/** Double.ToString() / Single.ToString() in .NET Core: the shortest text that reads back, E notation from 1E+17 and below 1E-04. */
function doubleText(n: number, single = false): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  let digits = String(n);
  if (single) {
    for (let p = 1; p <= 9; p++) {
      const candidate = n.toPrecision(p);
      if (Math.fround(Number(candidate)) === n) {
        digits = String(Number(candidate));
        break;
      }
    }
  }
  const value = Number(digits);
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent > -5 && exponent < 17) return String(value);
  const [mantissa, exp] = value.toExponential().split('e') as [string, string];
  return `${mantissa}E${exp.startsWith('-') ? '-' : '+'}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** XmlWriter's escaping of text: `&`, `<`, `>`; a CR LF (or lone CR) becomes the writer's line feed. */
function elementText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** XmlWriter's escaping of an attribute value: `&`, `<`, `>`, `"` and line ends as character references. */
function attributeText(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#xD;', '\n': '&#xA;', '\t': '&#x9;' })[c]!);
}
