// The .NET properties of the System.Xml node types (what `Format-List *` lists after the XML
// adapter's own properties, and what `$node.InnerText`, `.OuterXml`, `.ChildNodes` read), in the order
// pwsh 7.6.10 lists them. Objects spo-shell does not model (SchemaInfo, Implementation ...) read as
// their .NET type's name, as they show in a list.

import { EnumValue, PSObject, type EnumType } from '../values.js';
import { NamedCollection } from '../named-collection.js';
import { declarationPart, type XmlNode, type XmlNodeKind } from './xml-dom.js';

/** System.Xml.XmlNodeType. */
export const XML_NODE_TYPE: EnumType = {
  fullName: 'System.Xml.XmlNodeType',
  names: [
    'None', 'Element', 'Attribute', 'Text', 'CDATA', 'EntityReference', 'Entity', 'ProcessingInstruction', 'Comment', 'Document',
    'DocumentType', 'DocumentFragment', 'Notation', 'Whitespace', 'SignificantWhitespace', 'EndElement', 'EndEntity', 'XmlDeclaration',
  ],
};

const NODE_TYPES: Record<XmlNodeKind, string> = {
  document: 'Document',
  element: 'Element',
  attribute: 'Attribute',
  text: 'Text',
  cdata: 'CDATA',
  comment: 'Comment',
  declaration: 'XmlDeclaration',
  whitespace: 'Whitespace',
  pi: 'ProcessingInstruction',
  doctype: 'DocumentType',
};

const opaque = (typeName: string) => new PSObject(typeName, {}, undefined, typeName);

const CHARACTER_DATA = ['Name', 'LocalName', 'NodeType', 'ParentNode', 'Value', 'PreviousText', 'InnerText', 'Data', 'Length', 'PreviousSibling', 'NextSibling', 'ChildNodes', 'Attributes', 'OwnerDocument', 'FirstChild', 'LastChild', 'HasChildNodes', 'NamespaceURI', 'Prefix', 'IsReadOnly', 'OuterXml', 'InnerXml', 'SchemaInfo', 'BaseURI'];

/** Each node type's .NET properties in pwsh's order. */
export const DOTNET_PROPERTIES: Record<XmlNodeKind, readonly string[]> = {
  document: ['NodeType', 'ParentNode', 'DocumentType', 'Implementation', 'Name', 'LocalName', 'DocumentElement', 'OwnerDocument', 'Schemas', 'XmlResolver', 'NameTable', 'PreserveWhitespace', 'IsReadOnly', 'InnerText', 'InnerXml', 'SchemaInfo', 'BaseURI', 'Value', 'ChildNodes', 'PreviousSibling', 'NextSibling', 'Attributes', 'FirstChild', 'LastChild', 'HasChildNodes', 'NamespaceURI', 'Prefix', 'OuterXml', 'PreviousText'],
  element: ['Name', 'LocalName', 'NamespaceURI', 'Prefix', 'NodeType', 'ParentNode', 'OwnerDocument', 'IsEmpty', 'Attributes', 'HasAttributes', 'SchemaInfo', 'InnerXml', 'InnerText', 'NextSibling', 'PreviousSibling', 'Value', 'ChildNodes', 'FirstChild', 'LastChild', 'HasChildNodes', 'IsReadOnly', 'OuterXml', 'BaseURI', 'PreviousText'],
  attribute: ['ParentNode', 'Name', 'LocalName', 'NamespaceURI', 'Prefix', 'NodeType', 'OwnerDocument', 'Value', 'SchemaInfo', 'InnerText', 'Specified', 'OwnerElement', 'InnerXml', 'BaseURI', 'ChildNodes', 'PreviousSibling', 'NextSibling', 'Attributes', 'FirstChild', 'LastChild', 'HasChildNodes', 'IsReadOnly', 'OuterXml', 'PreviousText'],
  text: CHARACTER_DATA,
  cdata: CHARACTER_DATA,
  whitespace: CHARACTER_DATA,
  comment: ['Name', 'LocalName', 'NodeType', 'Value', 'InnerText', 'Data', 'Length', 'PreviousSibling', 'NextSibling', 'ParentNode', 'ChildNodes', 'Attributes', 'OwnerDocument', 'FirstChild', 'LastChild', 'HasChildNodes', 'NamespaceURI', 'Prefix', 'IsReadOnly', 'OuterXml', 'InnerXml', 'SchemaInfo', 'BaseURI', 'PreviousText'],
  declaration: ['Version', 'Encoding', 'Standalone', 'Value', 'InnerText', 'Name', 'LocalName', 'NodeType', 'PreviousSibling', 'NextSibling', 'ParentNode', 'ChildNodes', 'Attributes', 'OwnerDocument', 'FirstChild', 'LastChild', 'HasChildNodes', 'NamespaceURI', 'Prefix', 'IsReadOnly', 'OuterXml', 'InnerXml', 'SchemaInfo', 'BaseURI', 'PreviousText'],
  pi: ['Name', 'LocalName', 'Value', 'Target', 'Data', 'InnerText', 'NodeType', 'NextSibling', 'PreviousSibling', 'ParentNode', 'ChildNodes', 'Attributes', 'OwnerDocument', 'FirstChild', 'LastChild', 'HasChildNodes', 'NamespaceURI', 'Prefix', 'IsReadOnly', 'OuterXml', 'InnerXml', 'SchemaInfo', 'BaseURI', 'PreviousText'],
  doctype: ['Name', 'LocalName', 'NodeType', 'IsReadOnly', 'Entities', 'Notations', 'PublicId', 'SystemId', 'InternalSubset', 'ParentNode', 'Value', 'ChildNodes', 'PreviousSibling', 'NextSibling', 'Attributes', 'FirstChild', 'LastChild', 'HasChildNodes', 'NamespaceURI', 'Prefix', 'OwnerDocument', 'InnerText', 'OuterXml', 'InnerXml', 'SchemaInfo', 'BaseURI', 'PreviousText'],
};

const siblings = (n: XmlNode): XmlNode[] => (n.parent && n.kind !== 'attribute' ? n.parent.children : []);
const hasValue = (n: XmlNode) => n.kind !== 'document' && n.kind !== 'element' && n.kind !== 'doctype';

/** The .NET property `name` (any case) of `node`; undefined when its type has none of that name. */
export function dotnetProperty(node: XmlNode, name: string): { value: unknown } | undefined {
  const canonical = DOTNET_PROPERTIES[node.kind].find((p) => p.toLowerCase() === name.toLowerCase());
  if (canonical === undefined) return undefined;
  return { value: read(node, canonical) };
}

function read(node: XmlNode, name: string): unknown {
  switch (name) {
    case 'Name':
      return node.name;
    case 'LocalName':
      return node.localName;
    case 'NamespaceURI':
      return node.namespaceURI;
    case 'Prefix':
      return node.prefix;
    case 'NodeType':
      return new EnumValue(XML_NODE_TYPE, NODE_TYPES[node.kind]);
    case 'ParentNode':
      return node.kind === 'attribute' ? null : node.parent;
    case 'OwnerElement':
      return node.parent;
    case 'OwnerDocument':
      return node.owner;
    case 'DocumentElement':
      return node.documentElement;
    case 'IsEmpty':
      return node.isEmpty && node.children.length === 0;
    case 'Attributes':
      return node.kind === 'element' ? NamedCollection.named('System.Xml.XmlAttributeCollection', node.attributes) : null;
    case 'HasAttributes':
      return node.attributes.length > 0;
    case 'InnerXml':
      return node.innerXml;
    case 'InnerText':
      return node.kind === 'document' ? null : node.innerText;
    case 'OuterXml':
      return node.outerXml;
    case 'Value':
    case 'Data':
      return hasValue(node) ? node.value : null;
    case 'Length':
      return (node.value ?? '').length;
    case 'ChildNodes':
      return NamedCollection.named('System.Xml.XmlChildNodes', node.children);
    case 'FirstChild':
      return node.children[0] ?? null;
    case 'LastChild':
      return node.children[node.children.length - 1] ?? null;
    case 'HasChildNodes':
      return node.children.length > 0;
    case 'NextSibling': {
      const s = siblings(node);
      return s[s.indexOf(node) + 1] ?? null;
    }
    case 'PreviousSibling': {
      const s = siblings(node);
      const i = s.indexOf(node);
      return i > 0 ? s[i - 1]! : null;
    }
    case 'IsReadOnly':
      return false;
    case 'Specified':
      return true;
    case 'PreserveWhitespace':
      return node.preserveWhitespace;
    case 'BaseURI':
      return '';
    case 'Version':
      return declarationPart(node.value ?? '', 'version') ?? '';
    case 'Encoding':
      return declarationPart(node.value ?? '', 'encoding') ?? '';
    case 'Standalone':
      return declarationPart(node.value ?? '', 'standalone') ?? '';
    case 'Target':
      return node.name;
    case 'Implementation':
      return opaque('System.Xml.XmlImplementation');
    case 'Schemas':
      return opaque('System.Xml.Schema.XmlSchemaSet');
    case 'NameTable':
      return opaque('System.Xml.NameTable');
    case 'SchemaInfo':
      return opaque(node.kind === 'element' || node.kind === 'attribute' ? 'System.Xml.XmlName' : 'System.Xml.Schema.XmlSchemaInfo');
    default:
      // DocumentType, XmlResolver, PreviousText, Entities, Notations, PublicId, SystemId, InternalSubset.
      return null;
  }
}
