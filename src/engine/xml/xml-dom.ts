// The System.Xml node model ([xml], Invoke-RestMethod's XML answers): one class for every node type,
// told apart by `kind`, as a PSObject so that formatting, member access and the pipeline treat it like
// any other object. Tree edits and the serialisation .NET's OuterXml/InnerXml/InnerText give are here;
// the adapter (which properties a node shows) is xml-adapter.ts, the parser xml-parser.ts.

import { GenericList, PSObject } from '../values.js';

/**
 * What makes a node an object to scripts: pwsh's XML adapter (xml-adapter.ts, which installs itself
 * before the first node is made: it needs the parser and XPath, which need this module).
 */
export interface XmlAdapter {
  /** The adapted property (child elements, attributes) or the .NET property; undefined when neither. */
  get(node: XmlNode, name: string): unknown;
  /** The adapted property names, in pwsh's order. */
  names(node: XmlNode): string[];
  /** Every property name (`Format-List *`): the adapted ones, then the .NET properties. */
  allNames(node: XmlNode): string[];
  assign(node: XmlNode, name: string, value: unknown): boolean;
  call(node: XmlNode, name: string, args: unknown[]): { value: unknown } | undefined;
}
let adapter: XmlAdapter | undefined;
export function setXmlAdapter(a: XmlAdapter): void {
  adapter = a;
}

/**
 * A node's properties as the formatter and Select-Object read PSObject.properties: computed from the
 * node at each read (the tree changes under AppendChild and property assignments).
 */
class XmlProperties extends Map<string, unknown> {
  constructor(private readonly node: XmlNode) {
    super();
  }
  private list(): string[] {
    return adapter?.allNames(this.node) ?? [];
  }
  override get(key: string): unknown {
    return adapter?.get(this.node, key);
  }
  override has(key: string): boolean {
    return this.list().some((n) => n.toLowerCase() === key.toLowerCase());
  }
  override set(key: string, value: unknown): this {
    adapter?.assign(this.node, key, value);
    return this;
  }
  override get size(): number {
    return this.list().length;
  }
  override keys(): MapIterator<string> {
    return this.list()[Symbol.iterator]();
  }
  override values(): MapIterator<unknown> {
    return this.list().map((n) => this.get(n))[Symbol.iterator]();
  }
  override entries(): MapIterator<[string, unknown]> {
    return this.list().map((n): [string, unknown] => [n, this.get(n)])[Symbol.iterator]();
  }
  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }
  override forEach(f: (value: unknown, key: string, map: Map<string, unknown>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
}

export type XmlNodeKind = 'document' | 'element' | 'attribute' | 'text' | 'cdata' | 'comment' | 'declaration' | 'whitespace' | 'pi' | 'doctype';

const TYPE_NAMES: Record<XmlNodeKind, string> = {
  document: 'System.Xml.XmlDocument',
  element: 'System.Xml.XmlElement',
  attribute: 'System.Xml.XmlAttribute',
  text: 'System.Xml.XmlText',
  cdata: 'System.Xml.XmlCDataSection',
  comment: 'System.Xml.XmlComment',
  declaration: 'System.Xml.XmlDeclaration',
  whitespace: 'System.Xml.XmlWhitespace',
  pi: 'System.Xml.XmlProcessingInstruction',
  doctype: 'System.Xml.XmlDocumentType',
};

/** The base types .NET lists after the node's own (`.pstypenames`). */
export const BASE_TYPES: Record<XmlNodeKind, readonly string[]> = {
  document: ['System.Xml.XmlNode'],
  element: ['System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
  attribute: ['System.Xml.XmlNode'],
  text: ['System.Xml.XmlCharacterData', 'System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
  cdata: ['System.Xml.XmlCharacterData', 'System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
  comment: ['System.Xml.XmlCharacterData', 'System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
  declaration: ['System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
  whitespace: ['System.Xml.XmlCharacterData', 'System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
  pi: ['System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
  doctype: ['System.Xml.XmlLinkedNode', 'System.Xml.XmlNode'],
};

/** The fixed Name of the nodes that have no name of their own. */
const FIXED_NAMES: Partial<Record<XmlNodeKind, string>> = {
  document: '#document',
  text: '#text',
  cdata: '#cdata-section',
  comment: '#comment',
  declaration: 'xml',
  whitespace: '#whitespace',
};

/**
 * One XML node. Elements and the document have `children`; an element has `attributes`; an attribute,
 * a text, CDATA, comment, declaration or processing instruction keeps its text in `value`.
 */
export class XmlNode extends PSObject {
  parent: XmlNode | null = null;
  readonly children: XmlNode[] = [];
  readonly attributes: XmlNode[] = [];
  /** An element written `<e/>` (or made by CreateElement): serialised `<e />` while it has no children. */
  isEmpty = false;
  /** The document's PreserveWhitespace (false: the parser drops white space between elements). */
  preserveWhitespace = false;

  constructor(
    readonly kind: XmlNodeKind,
    /** The qualified name (`d:Title`); the fixed name for text, comments and the like. */
    readonly name: string,
    public value: string | null,
    /** The document this node belongs to (null for the document itself). */
    public owner: XmlNode | null,
  ) {
    super(TYPE_NAMES[kind]);
    // PSObject's own fields, made live: the properties from the tree, the default display from the
    // adapter (the .NET properties when the node has no XML ones, as pwsh shows an empty document).
    Object.defineProperty(this, 'properties', { value: new XmlProperties(this) });
    Object.defineProperty(this, 'displayProperties', {
      get: () => {
        const names = adapter?.names(this) ?? [];
        return names.length ? names : adapter?.allNames(this);
      },
    });
    let typeNames: GenericList<string> | undefined;
    Object.defineProperty(this, 'typeNames', {
      get: () => (typeNames ??= GenericList.from([this.typeName, ...BASE_TYPES[kind], 'System.Object']) as GenericList<string>),
      set: (v: GenericList<string>) => (typeNames = v),
    });
  }

  override get(name: string): unknown {
    return adapter?.get(this, name);
  }

  /** XmlNode's IEnumerable: its child nodes (an attribute's text is its one child). */
  override enumerableItems(): unknown[] {
    return this.kind === 'attribute' ? [this.create('text', null, this.value ?? '')] : [...this.children];
  }

  override assign(name: string, value: unknown): boolean {
    return adapter?.assign(this, name, value) ?? false;
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    return adapter?.call(this, name, args);
  }

  static document(): XmlNode {
    return new XmlNode('document', '#document', null, null);
  }

  /** A node of this document (its OwnerDocument is this one). */
  create(kind: XmlNodeKind, name: string | null, value: string | null = null): XmlNode {
    const doc = this.kind === 'document' ? this : this.owner;
    return new XmlNode(kind, name ?? FIXED_NAMES[kind] ?? '', value, doc);
  }

  get localName(): string {
    const colon = this.name.indexOf(':');
    return colon < 0 ? this.name : this.name.slice(colon + 1);
  }

  get prefix(): string {
    const colon = this.name.indexOf(':');
    return colon < 0 || this.kind === 'pi' ? '' : this.name.slice(0, colon);
  }

  /** The namespace the node's prefix (or the default namespace) stands for in scope. */
  get namespaceURI(): string {
    if (this.kind !== 'element' && this.kind !== 'attribute') return '';
    const prefix = this.prefix;
    if (this.kind === 'attribute') {
      if (this.name === 'xmlns' || prefix === 'xmlns') return 'http://www.w3.org/2000/xmlns/';
      if (prefix === '') return '';
    }
    if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
    const wanted = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    for (let n: XmlNode | null = this.kind === 'attribute' ? this.parent : this; n; n = n.parent) {
      const declared = n.attributes.find((a) => a.name === wanted);
      if (declared) return declared.value ?? '';
    }
    return '';
  }

  get documentElement(): XmlNode | null {
    return this.children.find((c) => c.kind === 'element') ?? null;
  }

  /** Element content that is a value (a text-only element reads as its text: xml-adapter.ts). */
  get innerText(): string {
    switch (this.kind) {
      case 'document':
      case 'element':
        return this.children.map((c) => (c.kind === 'comment' || c.kind === 'pi' || c.kind === 'declaration' || c.kind === 'doctype' ? '' : c.innerText)).join('');
      default:
        return this.value ?? '';
    }
  }

  /** XmlElement.InnerText's setter: one text child (the existing one when it is the only child). */
  setInnerText(text: string): void {
    if (this.kind !== 'element' && this.kind !== 'document') {
      this.value = text;
      return;
    }
    const only = this.children.length === 1 ? this.children[0]! : undefined;
    if (only && only.kind === 'text') {
      only.value = text;
      return;
    }
    this.removeAllChildren();
    this.appendChild(this.create('text', null, text));
  }

  removeAllChildren(): void {
    for (const c of this.children) c.parent = null;
    this.children.length = 0;
  }

  appendChild(child: XmlNode): XmlNode {
    return this.insertAt(child, this.children.length);
  }

  /** Puts `child` at `index` among the children, taking it from where it was first. */
  insertAt(child: XmlNode, index: number): XmlNode {
    if (child.parent) {
      const from = child.parent.children.indexOf(child);
      if (from >= 0) {
        child.parent.children.splice(from, 1);
        if (child.parent === this && from < index) index--;
      }
    }
    this.children.splice(index, 0, child);
    child.parent = this;
    if (this.kind === 'element') this.isEmpty = false;
    return child;
  }

  removeChild(child: XmlNode): void {
    const i = this.children.indexOf(child);
    if (i >= 0) this.children.splice(i, 1);
    child.parent = null;
  }

  attribute(name: string): XmlNode | undefined {
    return this.attributes.find((a) => a.name === name);
  }

  /** XmlElement.SetAttribute: the attribute's new value, or a new attribute at the end. */
  setAttribute(name: string, value: string): void {
    const existing = this.attribute(name);
    if (existing) existing.value = value;
    else this.addAttribute(this.create('attribute', name, value));
  }

  addAttribute(attribute: XmlNode): void {
    const existing = this.attributes.findIndex((a) => a.name === attribute.name);
    if (existing >= 0) this.attributes.splice(existing, 1, attribute);
    else this.attributes.push(attribute);
    attribute.parent = this;
  }

  /** CloneNode: a copy without a parent (with its descendants when `deep`). */
  clone(deep: boolean): XmlNode {
    const copy = new XmlNode(this.kind, this.name, this.value, this.owner);
    copy.isEmpty = this.isEmpty;
    copy.preserveWhitespace = this.preserveWhitespace;
    for (const a of this.attributes) copy.addAttribute(a.clone(true));
    if (deep || this.kind === 'attribute') for (const c of this.children) copy.appendChild(c.clone(true));
    return copy;
  }

  get outerXml(): string {
    return serialize(this, undefined);
  }

  get innerXml(): string {
    if (this.kind === 'attribute') return escapeAttribute(this.value ?? '');
    if (this.kind !== 'element' && this.kind !== 'document') return this.kind === 'text' ? escapeText(this.value ?? '') : (this.value ?? '');
    return this.children.map((c) => serialize(c, undefined)).join('');
  }

  /** `"$node"`: .NET's Object.ToString, the type's name (a node in a list or a cell shows its Name: adaptedText). */
  override toString(): string {
    return this.typeName;
  }

  /** PSObject.ToString of the adapted node: its local name (`{i, i}`, `r : r`, `Created` for d:Created). */
  override adaptedText(): string {
    return this.localName;
  }
}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * A node's XML. `indent` is the current indentation when the text is laid out as XmlDocument.Save
 * writes it (two spaces a level; an element with text among its children keeps them on its line).
 */
export function serialize(node: XmlNode, indent: string | undefined): string {
  switch (node.kind) {
    case 'document': {
      const parts = node.children.map((c) => serialize(c, indent === undefined ? undefined : ''));
      return parts.join(indent === undefined ? '' : '\n');
    }
    case 'element': {
      const attrs = node.attributes.map((a) => ` ${a.name}="${escapeAttribute(a.value ?? '')}"`).join('');
      if (node.children.length === 0) return node.isEmpty ? `<${node.name}${attrs} />` : `<${node.name}${attrs}></${node.name}>`;
      const mixed = node.children.some((c) => c.kind === 'text' || c.kind === 'cdata' || c.kind === 'whitespace');
      if (indent === undefined || mixed) return `<${node.name}${attrs}>${node.children.map((c) => serialize(c, undefined)).join('')}</${node.name}>`;
      const inner = `${indent}  `;
      return `<${node.name}${attrs}>${node.children.map((c) => `\n${inner}${serialize(c, inner)}`).join('')}\n${indent}</${node.name}>`;
    }
    case 'attribute':
      return `${node.name}="${escapeAttribute(node.value ?? '')}"`;
    case 'text':
      return escapeText(node.value ?? '');
    case 'cdata':
      return `<![CDATA[${node.value ?? ''}]]>`;
    case 'comment':
      return `<!--${node.value ?? ''}-->`;
    case 'declaration':
      return `<?xml ${node.value ?? ''}?>`;
    case 'pi':
      return `<?${node.name}${node.value ? ` ${node.value}` : ''}?>`;
    case 'doctype':
      return `<!DOCTYPE ${node.value ?? node.name}[]>`;
    case 'whitespace':
      return node.value ?? '';
  }
}

/** The descendants of `node` in document order (without the node itself). */
export function descendants(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** A declaration's text from its parts (`version="1.0" encoding="utf-8"`). */
export function declarationText(version: string, encoding: string | null, standalone: string | null): string {
  return `version="${version}"${encoding ? ` encoding="${encoding}"` : ''}${standalone ? ` standalone="${standalone}"` : ''}`;
}

/** One pseudo-attribute of a declaration's text (`encoding`), or null. */
export function declarationPart(text: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(text);
  return m ? (m[1] ?? m[2] ?? '') : null;
}
