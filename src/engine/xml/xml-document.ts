// The way in to the XML types from the rest of the shell: the `[xml]` cast (and the casts to the
// other System.Xml node types), the XML of a web answer (Invoke-RestMethod), and Select-Xml's loading
// and XPath. Kept out of the script bundle until a script uses XML (LAZY_MODULES in scripts/build.mjs):
// only functions and string constants are exported, and the top level only declares.

import { ConversionError, castFailure, enumerate, toPSString, unwrap } from '../convert.js';
import * as R from '../runtime-strings.js';
import { XmlNode } from './xml-dom.js';
import { installXmlAdapter } from './xml-adapter.js';
import { XmlParseError, parseDocument } from './xml-parser.js';
import { XPathError, selectNodes, type Namespaces } from './xml-xpath.js';

export const XML_DOCUMENT = 'System.Xml.XmlDocument';

/** `[xml]x`: a document stays itself; text (lines joined with line feeds) is parsed; $null stays $null. */
export function toXmlDocument(value: unknown): unknown {
  installXmlAdapter();
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof XmlNode && v.kind === 'document') return v;
  if (v instanceof XmlNode) throw castFailure(value, XML_DOCUMENT);
  // Get-Content's lines: pwsh joins the strings of an array with a line feed before it reads them.
  const text = Array.isArray(v) ? enumerate(v).map((x) => toPSString(x)).join('\n') : toPSString(value);
  try {
    return parseDocument(text);
  } catch (e) {
    if (!(e instanceof XmlParseError)) throw e;
    throw new ConversionError(R.InvalidCastExceptionWithInnerException(Array.isArray(v) ? toPSString(v) : text, XML_DOCUMENT, e.message), 'InvalidCastToXmlDocument');
  }
}

/** The node types a script names (`[System.Xml.XmlElement]$e`): a node of that type stays itself. */
export function toXmlNode(fullName: string, value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof XmlNode && v.typeNames!.includes(fullName)) return v;
  throw castFailure(value, fullName);
}

/**
 * Invoke-RestMethod's XML: an RSS feed's items or an Atom feed's entries (each written on its own), or
 * the document, read as pwsh reads it (white space kept); undefined when the text is not XML.
 */
export function webXml(text: string): { document: XmlNode; items?: XmlNode[] } | undefined {
  installXmlAdapter();
  let document: XmlNode;
  try {
    document = parseDocument(text.replace(/^\uFEFF/, ''), true, true);
  } catch (e) {
    if (e instanceof XmlParseError) return undefined;
    throw e;
  }
  const root = document.documentElement!;
  if (root.localName === 'rss') {
    const channels = root.children.filter((c) => c.kind === 'element' && c.localName === 'channel');
    return { document, items: channels.flatMap((c) => c.children.filter((i) => i.kind === 'element' && i.localName === 'item')) };
  }
  if (root.localName === 'feed') return { document, items: root.children.filter((c) => c.kind === 'element' && c.localName === 'entry') };
  return { document };
}

/** Whether a value is one of the XML node types (Select-Xml's -Xml takes only those). */
export function isXmlNode(value: unknown): value is XmlNode {
  return unwrap(value) instanceof XmlNode;
}

/**
 * An XML file's text as Select-Xml loads it (.NET's XmlDocument with PreserveWhitespace, read with
 * fragment conformance as the `[xml]` cast reads text): the document, or the XmlException's message.
 */
export function loadXmlText(text: string): { document: XmlNode } | { error: string } {
  installXmlAdapter();
  try {
    return { document: parseDocument(text.replace(/^\uFEFF/, ''), false, true) };
  } catch (e) {
    if (!(e instanceof XmlParseError)) throw e;
    return { error: e.message };
  }
}

/**
 * XmlNode.SelectNodes(xpath[, XmlNamespaceManager]) for Select-Xml: the nodes, or the XPathException's
 * message. `namespaces` is the manager's prefixes (undefined: no manager).
 */
export function selectXmlNodes(node: XmlNode, xpath: string, namespaces?: Namespaces): { nodes: XmlNode[] } | { error: string } {
  installXmlAdapter();
  try {
    return { nodes: selectNodes(node, xpath, namespaces) };
  } catch (e) {
    if (!(e instanceof XPathError)) throw e;
    return { error: e.message };
  }
}

/** The text SelectXmlInfo.ToString shows for a node: its Value, or its InnerXml when it has none, trimmed. */
export function selectedNodeText(node: XmlNode): string {
  const hasValue = node.kind !== 'element' && node.kind !== 'document' && node.kind !== 'doctype';
  return (hasValue ? (node.value ?? '') : node.innerXml).trim();
}
