// pwsh's XmlNodeAdapter: a node's attributes and child nodes are its properties, by local name and
// without regard to case (`$x.feed.entry.content.properties.Title`). A property that names one node
// reads as that node's value (a text-only element as its text, an attribute as its value), several as
// an array; the .NET properties (InnerText, OuterXml ...) come after. Assigning a string to such a
// property sets the attribute's value or the element's text. The node types' methods are here too.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toPSString, unwrap } from '../convert.js';
import { NamedCollection } from '../named-collection.js';
import { DotNetException, MemberError, argumentConversionError, invocationFailed, noOverload } from '../member-error.js';
import { XmlNode, serialize, setXmlAdapter, descendants } from './xml-dom.js';
import { DOTNET_PROPERTIES, dotnetProperty } from './xml-properties.js';
import { WRONG_CHILD, XmlParseError, parseDocument, parseInto } from './xml-parser.js';
import { XPathError, selectNodes } from './xml-xpath.js';

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The nodes a property name stands for: attributes first, then child nodes, by local name. */
function namedNodes(node: XmlNode, name: string): XmlNode[] {
  if (node.kind === 'attribute') return eq(name, '#text') ? [node.create('text', null, node.value ?? '')] : [];
  // White space kept by PreserveWhitespace (Invoke-RestMethod's documents) is no property.
  return [...node.attributes.filter((a) => eq(a.localName, name)), ...node.children.filter((c) => c.kind !== 'whitespace' && eq(c.localName, name))];
}

/** What a node reads as through the adapter (pwsh's GetNodeObject). */
export function nodeValue(node: XmlNode): unknown {
  if (node.kind === 'text') return node.value ?? '';
  if (node.attributes.length > 0) return node;
  if (node.kind === 'attribute') return node.value ?? '';
  if (node.children.length === 0) return node.innerText;
  if (node.children.length === 1 && node.children[0]!.kind === 'text') return node.innerText;
  return node;
}

function adaptedNames(node: XmlNode): string[] {
  if (node.kind === 'attribute') return ['#text'];
  const names: string[] = [];
  for (const n of [...node.attributes, ...node.children]) if (n.kind !== 'whitespace' && !names.some((x) => eq(x, n.localName))) names.push(n.localName);
  return names;
}

function get(node: XmlNode, name: string): unknown {
  const nodes = namedNodes(node, name);
  if (nodes.length === 1) return nodeValue(nodes[0]!);
  if (nodes.length > 1) return nodes.map(nodeValue);
  return dotnetProperty(node, name)?.value;
}

function assign(node: XmlNode, name: string, value: unknown): boolean {
  const nodes = namedNodes(node, name);
  if (nodes.length > 1) {
    throw new MemberError(`Cannot set "${name}" because only strings can be used as values to set XmlNode properties.`, 'XmlNodeSetRestrictionsMoreThanOneNode');
  }
  const text = unwrap(value) === null || unwrap(value) === undefined ? '' : toPSString(value);
  if (nodes.length === 1) {
    const target = nodes[0]!;
    if (target.kind === 'attribute') target.value = text;
    else target.setInnerText(text);
    return true;
  }
  switch (name.toLowerCase()) {
    case 'innertext':
      if (node.kind === 'document') throw new MemberError(`Exception setting "InnerText": "The 'InnerText' of a 'Document' node is read-only and cannot be set."`, 'ExceptionWhenSetting');
      node.setInnerText(text);
      return true;
    case 'innerxml':
      parsing('InnerXml', () => parseInto(node, text), true);
      return true;
    case 'value':
      if (node.kind === 'element' || node.kind === 'document') return false;
      node.value = text;
      return true;
    case 'preservewhitespace':
      if (node.kind !== 'document') return false;
      node.preserveWhitespace = unwrap(value) === true;
      return true;
  }
  return false;
}

/** Runs a parse for a method or a property; a bad text is the method's (or setter's) exception. */
function parsing<T>(member: string, body: () => T, setter = false, count = 1): T {
  try {
    return body();
  } catch (e) {
    if (!(e instanceof XmlParseError)) throw e;
    if (setter) throw new MemberError(`Exception setting "${member}": "${e.message}"`, 'ExceptionWhenSetting');
    throw invocationFailed(member, count, new DotNetException(e.message, 'XmlException'));
  }
}

/** A node argument: pwsh's conversion error for anything else. */
function nodeArgument(method: string, parameter: string, value: unknown): XmlNode {
  const v = unwrap(value);
  if (v instanceof XmlNode) return v;
  const shown = toPSString(value);
  const type = v === null || v === undefined ? 'null' : typeof v === 'string' ? 'System.String' : 'System.Object';
  throw argumentConversionError(method, parameter, shown, 'System.Xml.XmlNode', `Cannot convert the "${shown}" value of type "${type}" to type "System.Xml.XmlNode".`);
}

const text = (v: unknown): string => (unwrap(v) === null || unwrap(v) === undefined ? '' : toPSString(v));
const documentOf = (node: XmlNode): XmlNode => (node.kind === 'document' ? node : node.owner!);

/** Inserting `child` under `parent`: .NET's checks, then the insertion. */
function insert(method: string, count: number, parent: XmlNode, child: XmlNode, index: number): XmlNode {
  const fail = (message: string) => invocationFailed(method, count, new DotNetException(message, 'InvalidOperationException'));
  if (documentOf(child) !== documentOf(parent)) throw invocationFailed(method, count, new DotNetException('The node to be inserted is from a different document context.'));
  if (parent.kind !== 'document' && parent.kind !== 'element') throw fail(`Cannot insert a node or any ancestor of that node as a child of itself.`);
  if (child.kind === 'attribute' || child.kind === 'document') throw fail(WRONG_CHILD);
  if (parent.kind === 'document') {
    if (child.kind === 'text' || child.kind === 'cdata') throw fail(WRONG_CHILD);
    if (child.kind === 'element' && parent.documentElement && parent.documentElement !== child) throw fail("This document already has a 'DocumentElement' node.");
  }
  for (let n: XmlNode | null = parent; n; n = n.parent) if (n === child) throw fail('The new child element is an ancestor of the child node.');
  return parent.insertAt(child, index);
}

function childIndex(method: string, count: number, parent: XmlNode, reference: XmlNode): number {
  const i = parent.children.indexOf(reference);
  if (i < 0) throw invocationFailed(method, count, new DotNetException('The reference node is not a child of this node.'));
  return i;
}

type Method = (node: XmlNode, args: unknown[]) => unknown;

/** [name, arities, body, node kinds (all when absent)]. */
const METHODS: Array<[string, number[], Method, ReadonlyArray<XmlNode['kind']>?]> = [
  ['SelectNodes', [1], (n, a) => NamedCollection.named('System.Xml.XPathNodeList', xpath('SelectNodes', n, a[0]))],
  ['SelectSingleNode', [1], (n, a) => xpath('SelectSingleNode', n, a[0])[0] ?? null],
  ['AppendChild', [1], (n, a) => insert('AppendChild', 1, n, nodeArgument('AppendChild', 'newChild', a[0]), n.children.length)],
  ['PrependChild', [1], (n, a) => insert('PrependChild', 1, n, nodeArgument('PrependChild', 'newChild', a[0]), 0)],
  ['InsertBefore', [2], (n, a) => {
    const child = nodeArgument('InsertBefore', 'newChild', a[0]);
    const ref = unwrap(a[1]) === null ? null : nodeArgument('InsertBefore', 'refChild', a[1]);
    return insert('InsertBefore', 2, n, child, ref ? childIndex('InsertBefore', 2, n, ref) : n.children.length);
  }],
  ['InsertAfter', [2], (n, a) => {
    const child = nodeArgument('InsertAfter', 'newChild', a[0]);
    const ref = unwrap(a[1]) === null ? null : nodeArgument('InsertAfter', 'refChild', a[1]);
    return insert('InsertAfter', 2, n, child, ref ? childIndex('InsertAfter', 2, n, ref) + 1 : 0);
  }],
  ['RemoveChild', [1], (n, a) => {
    const child = nodeArgument('RemoveChild', 'oldChild', a[0]);
    if (child.parent !== n || child.kind === 'attribute') throw invocationFailed('RemoveChild', 1, new DotNetException('The node to be removed is not a child of this node.'));
    n.removeChild(child);
    return child;
  }],
  ['ReplaceChild', [2], (n, a) => {
    const child = nodeArgument('ReplaceChild', 'newChild', a[0]);
    const old = nodeArgument('ReplaceChild', 'oldChild', a[1]);
    const i = n.children.indexOf(old);
    if (i < 0) throw invocationFailed('ReplaceChild', 2, new DotNetException('The node to be removed is not a child of this node.'));
    n.removeChild(old);
    insert('ReplaceChild', 2, n, child, i);
    return old;
  }],
  ['RemoveAll', [0], (n) => {
    n.removeAllChildren();
    n.attributes.length = 0;
    return undefined;
  }],
  ['CloneNode', [1], (n, a) => n.clone(unwrap(a[0]) === true)],
  ['Clone', [0], (n) => n.clone(true)],
  ['GetElementsByTagName', [1], (n, a) => {
    const name = text(a[0]);
    return NamedCollection.named('System.Xml.XmlElementList', descendants(n).filter((d) => d.kind === 'element' && (name === '*' || d.name === name)));
  }],
  ['ToString', [0], (n) => n.localName],
  ['GetAttribute', [1], (n, a) => n.attribute(text(a[0]))?.value ?? '', ['element']],
  ['SetAttribute', [2], (n, a) => void n.setAttribute(text(a[0]), text(a[1])), ['element']],
  ['RemoveAttribute', [1], (n, a) => {
    const i = n.attributes.findIndex((x) => x.name === text(a[0]));
    if (i >= 0) n.attributes.splice(i, 1);
    return undefined;
  }, ['element']],
  ['HasAttribute', [1], (n, a) => n.attribute(text(a[0])) !== undefined, ['element']],
  ['GetAttributeNode', [1], (n, a) => n.attribute(text(a[0])) ?? null, ['element']],
  ['SetAttributeNode', [1], (n, a) => {
    const attribute = nodeArgument('SetAttributeNode', 'newAttr', a[0]);
    const old = n.attribute(attribute.name) ?? null;
    n.addAttribute(attribute);
    return old;
  }, ['element']],
  ['RemoveAllAttributes', [0], (n) => void (n.attributes.length = 0), ['element']],
  ['CreateElement', [1], (n, a) => {
    const e = n.create('element', text(a[0]));
    e.isEmpty = true;
    return e;
  }, ['document']],
  ['CreateAttribute', [1], (n, a) => n.create('attribute', text(a[0]), ''), ['document']],
  ['CreateTextNode', [1], (n, a) => n.create('text', null, text(a[0])), ['document']],
  ['CreateComment', [1], (n, a) => n.create('comment', null, text(a[0])), ['document']],
  ['CreateCDataSection', [1], (n, a) => n.create('cdata', null, text(a[0])), ['document']],
  ['CreateProcessingInstruction', [2], (n, a) => n.create('pi', text(a[0]), text(a[1])), ['document']],
  ['CreateXmlDeclaration', [3], (n, a) => {
    const [version, encoding, standalone] = a.map(text);
    return n.create('declaration', null, `version="${version}"${encoding ? ` encoding="${encoding}"` : ''}${standalone ? ` standalone="${standalone}"` : ''}`);
  }, ['document']],
  ['ImportNode', [2], (n, a) => {
    const copy = nodeArgument('ImportNode', 'node', a[0]).clone(unwrap(a[1]) === true);
    adopt(copy, n);
    return copy;
  }, ['document']],
  ['LoadXml', [1], (n, a) => {
    const loaded = parsing('LoadXml', () => parseDocument(text(a[0]), true));
    replaceContent(n, loaded);
    return undefined;
  }, ['document']],
  ['Load', [1], (n, a) => {
    const path = resolve(text(a[0]));
    // XmlDocument.Load empties the document before it reads.
    n.removeAllChildren();
    let source: string;
    try {
      source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      throw invocationFailed('Load', 1, new DotNetException(`Could not find file '${path}'.`, 'FileNotFoundException'));
    }
    replaceContent(n, parsing('Load', () => parseDocument(source, true)));
    return undefined;
  }, ['document']],
  ['Save', [1], (n, a) => {
    if (!n.documentElement) throw invocationFailed('Save', 1, new DotNetException('Invalid XML document. The document does not have a root element.', 'XmlException'));
    const path = resolve(text(a[0]));
    const declaration = n.children.find((c) => c.kind === 'declaration');
    // A declaration that names UTF-8 gets the byte-order mark, as .NET's writer gives it.
    const bom = declaration && /encoding\s*=\s*["']utf-8["']/i.test(declaration.value ?? '') ? '\uFEFF' : '';
    try {
      writeFileSync(path, bom + serialize(n, ''), 'utf8');
    } catch {
      throw invocationFailed('Save', 1, new DotNetException(`Could not find a part of the path '${path}'.`, 'DirectoryNotFoundException'));
    }
    return undefined;
  }, ['document']],
];

/** Makes `node` (and what it holds) belong to `doc`. */
function adopt(node: XmlNode, doc: XmlNode): void {
  node.owner = doc;
  for (const a of node.attributes) a.owner = doc;
  for (const c of node.children) adopt(c, doc);
}

/** The document `target` takes the nodes of `loaded` (LoadXml, Load). */
function replaceContent(target: XmlNode, loaded: XmlNode): void {
  target.removeAllChildren();
  for (const c of [...loaded.children]) {
    adopt(c, target);
    target.appendChild(c);
  }
}

function xpath(method: string, node: XmlNode, expression: unknown): XmlNode[] {
  try {
    return selectNodes(node, text(expression));
  } catch (e) {
    if (e instanceof XPathError) throw invocationFailed(method, 1, new DotNetException(e.message, 'XPathException'));
    throw e;
  }
}

function call(node: XmlNode, name: string, args: unknown[]): { value: unknown } | undefined {
  const entry = METHODS.find(([n, , , kinds]) => eq(n, name) && (!kinds || kinds.includes(node.kind)));
  if (!entry) return undefined;
  const [canonical, arities, body] = entry;
  // (method-binder.ts's noOverload words it so; that module reaches types.ts, which imports this one.)
  if (!arities.includes(args.length)) throw noOverload(canonical, args.length);
  return { value: body(node, args) };
}

let installed = false;

/** Makes nodes objects to scripts (done once, before the first node is made). */
export function installXmlAdapter(): void {
  if (installed) return;
  installed = true;
  setXmlAdapter({
    get,
    names: adaptedNames,
    allNames: (node) => [...adaptedNames(node), ...DOTNET_PROPERTIES[node.kind]],
    assign,
    call,
  });
}
