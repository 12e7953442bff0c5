// Reads XML text into an XmlDocument (xml-dom.ts) as pwsh's `[xml]` cast does: .NET's XmlReader with
// fragment conformance, white space between elements dropped (PreserveWhitespace off), then each
// top-level node appended to the document. A failure is an XmlParseError whose text is .NET's
// XmlException message with its `Line n, position m.` (or XmlDocument's own, which has none).

import { XmlNode, declarationPart, declarationText } from './xml-dom.js';

export class XmlParseError extends Error {}

const XML_DECLARATION_MISPLACED =
  'Unexpected XML declaration. The XML declaration must be the first node in the document, and no whitespace characters are allowed to appear before it.';
/** XmlDocument's refusal of text (or a second element) at the top level: no position. */
export const WRONG_CHILD = 'The specified node cannot be inserted as the valid child of this node, because the specified node is the wrong type.';
const SECOND_ROOT = "This document already has a 'DocumentElement' node.";

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r';
const isNameStart = (c: string | undefined) => c !== undefined && (/[A-Za-z_:]/.test(c) || c.charCodeAt(0) > 0x7f);
const isNameChar = (c: string | undefined) => c !== undefined && (/[A-Za-z0-9_:.\-]/.test(c) || c.charCodeAt(0) > 0x7f);
const hex = (c: string) => `0x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Parses `source` into a new document (PreserveWhitespace off). `[xml]` reads with fragment conformance
 * (XmlDocument refuses text or a second element as it appends them); LoadXml and Load read a document
 * (`whole`: the reader refuses them, with a position, and wants a root element).
 */
export function parseDocument(source: string, whole = false, preserveWhitespace = false): XmlNode {
  const doc = XmlNode.document();
  doc.preserveWhitespace = preserveWhitespace;
  new Parser(source, doc, whole).document();
  return doc;
}

/** XmlNode.InnerXml's setter: the nodes of `source` as children of `parent` (its old children gone). */
export function parseInto(parent: XmlNode, source: string): void {
  const scratch = XmlNode.document();
  const holder = scratch.create('element', parent.name);
  new Parser(source, scratch).content(holder);
  parent.removeAllChildren();
  for (const c of [...holder.children]) {
    c.owner = parent.kind === 'document' ? parent : parent.owner;
    parent.appendChild(c);
  }
}

class Parser {
  private pos = 0;
  private readonly text: string;

  constructor(
    source: string,
    private readonly doc: XmlNode,
    private readonly whole = false,
  ) {
    // XML's end-of-line handling: CR LF and a lone CR read as LF.
    this.text = source.replace(/\r\n?/g, '\n');
  }

  private fail(message: string, at = this.pos): never {
    const before = this.text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new XmlParseError(`${message} Line ${line}, position ${column}.`);
  }

  private eof(open: XmlNode[]): never {
    this.fail(`Unexpected end of file has occurred. The following elements are not closed: ${open.map((e) => e.name).reverse().join(', ')}.`, this.text.length);
  }

  document(): void {
    const t = this.text;
    while (this.pos < t.length) {
      if (t[this.pos] !== '<') {
        const start = this.pos;
        if (this.whole) {
          while (isSpace(t[this.pos])) this.pos++;
          if (this.pos < t.length && t[this.pos] !== '<') this.fail('Data at the root level is invalid.');
          if (this.doc.preserveWhitespace) this.doc.appendChild(this.doc.create('whitespace', null, t.slice(start, this.pos)));
          continue;
        }
        const value = this.characters();
        if (value.trim() !== '' || t.slice(start, this.pos).includes('&')) throw new XmlParseError(WRONG_CHILD);
        continue;
      }
      // .NET's reader wants four characters at a `<` at the top level before it decides what follows.
      if (t.length - this.pos < 4) this.fail('Data at the root level is invalid.');
      if (this.whole && this.doc.documentElement && isNameStart(t[this.pos + 1])) this.fail('There are multiple root elements.', this.pos + 1);
      const node = this.markup([]);
      if (node === undefined) continue;
      if (node.kind === 'element' && this.doc.documentElement) throw new XmlParseError(SECOND_ROOT);
      if (node.kind === 'text' || node.kind === 'cdata') throw new XmlParseError(WRONG_CHILD);
      this.doc.appendChild(node);
    }
    if (this.whole && !this.doc.documentElement) throw new XmlParseError('Root element is missing.');
  }

  /** The children of `parent` up to the end of the text (InnerXml). */
  content(parent: XmlNode): void {
    this.elementContent(parent, [], true);
  }

  /** A node starting at `<` (an element with all its content); undefined for white space kept out. */
  private markup(open: XmlNode[]): XmlNode | undefined {
    const t = this.text;
    const next = t[this.pos + 1];
    if (next === '?') return this.processingInstruction();
    if (next === '!') {
      if (t.startsWith('<!--', this.pos)) return this.comment();
      if (t.startsWith('<![CDATA[', this.pos)) return this.cdata(open);
      if (t.startsWith('<!DOCTYPE', this.pos)) return this.doctype();
      this.fail('Data at the root level is invalid.');
    }
    if (next === '/') {
      if (open.length === 0) this.fail('Unexpected end tag.', this.pos + 2);
    }
    return this.element(open);
  }

  private processingInstruction(): XmlNode {
    const t = this.text;
    const start = this.pos;
    this.pos += 2;
    const nameAt = this.pos;
    const name = this.name();
    const end = t.indexOf('?>', this.pos);
    if (end < 0) this.fail('Unexpected end of file while parsing Processing Instruction has occurred.', t.length);
    const body = t.slice(this.pos, end).replace(/^\s+/, '');
    this.pos = end + 2;
    if (name.toLowerCase() === 'xml') {
      if (start !== 0 || this.doc.children.length > 0) this.fail(XML_DECLARATION_MISPLACED, nameAt);
      const version = declarationPart(body, 'version') ?? '1.0';
      return this.doc.create('declaration', null, declarationText(version, declarationPart(body, 'encoding'), declarationPart(body, 'standalone')));
    }
    return this.doc.create('pi', name, body);
  }

  private comment(): XmlNode {
    const t = this.text;
    this.pos += 4;
    const end = t.indexOf('-->', this.pos);
    const dashes = t.indexOf('--', this.pos);
    if (dashes >= 0 && (end < 0 || dashes < end)) {
      if (dashes !== end) this.fail("An XML comment cannot contain '--', and '-' cannot be the last character.", dashes);
    }
    if (end < 0) this.fail('Unexpected end of file while parsing Comment has occurred.', t.length);
    if (t[end - 1] === '-' && end - 1 >= this.pos) this.fail("An XML comment cannot contain '--', and '-' cannot be the last character.", end - 1);
    const value = t.slice(this.pos, end);
    this.pos = end + 3;
    return this.doc.create('comment', null, value);
  }

  private cdata(open: XmlNode[]): XmlNode {
    const t = this.text;
    this.pos += 9;
    const end = t.indexOf(']]>', this.pos);
    if (end < 0) {
      if (open.length) this.eof(open);
      this.fail('Unexpected end of file while parsing CDATA has occurred.', t.length);
    }
    const value = t.slice(this.pos, end);
    this.pos = end + 3;
    return this.doc.create('cdata', null, value);
  }

  private doctype(): XmlNode | undefined {
    const t = this.text;
    this.pos += 9;
    while (isSpace(t[this.pos])) this.pos++;
    const name = this.name();
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos++];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) return this.doc.create('doctype', name, name);
    }
    return this.fail('Unexpected end of file while parsing DOCTYPE has occurred.', t.length);
  }

  /** A name at the position (an element's, an attribute's, a processing instruction's target). */
  private name(): string {
    const t = this.text;
    const start = this.pos;
    if (this.pos >= t.length) this.fail('Unexpected end of file while parsing Name has occurred.');
    if (!isNameStart(t[start])) this.fail(`Name cannot begin with the '${t[start]}' character, hexadecimal value ${hex(t[start]!)}.`);
    this.pos++;
    while (isNameChar(t[this.pos])) this.pos++;
    return t.slice(start, this.pos);
  }

  /** After a name: the character there must end it (white space, `=`, `>`, `/`, `?`) or be the end. */
  private nameEnd(): void {
    const c = this.text[this.pos];
    if (c === undefined || isSpace(c) || c === '=' || c === '>' || c === '/' || c === '?') return;
    this.fail(`The '${c}' character, hexadecimal value ${hex(c)}, cannot be included in a name.`);
  }

  private element(open: XmlNode[]): XmlNode {
    const t = this.text;
    this.pos++;
    const nameAt = this.pos;
    const name = this.name();
    this.nameEnd();
    const element = this.doc.create('element', name);
    this.openAt.set(element, nameAt);
    const stack = [...open, element];
    let spaced = true;
    for (;;) {
      const before = this.pos;
      while (isSpace(t[this.pos])) this.pos++;
      if (this.pos > before) spaced = true;
      const c = t[this.pos];
      if (c === undefined) this.eof(stack);
      if (c === '>') {
        this.pos++;
        break;
      }
      if (c === '/') {
        if (t[this.pos + 1] === undefined) this.eof(stack);
        if (t[this.pos + 1] !== '>') this.fail(`'${t[this.pos + 1]}' is an unexpected token. The expected token is '>'.`, this.pos + 1);
        this.pos += 2;
        element.isEmpty = true;
        this.checkPrefixes(element, nameAt);
        return element;
      }
      if (!spaced && isNameStart(c)) this.fail(`'${c}' is an unexpected token. Expecting whitespace.`);
      const attrAt = this.pos;
      const attrName = this.name();
      this.nameEnd();
      while (isSpace(t[this.pos])) this.pos++;
      if (t[this.pos] === undefined) this.eof(stack);
      if (t[this.pos] !== '=') this.fail(`'${t[this.pos]}' is an unexpected token. The expected token is '='.`);
      this.pos++;
      while (isSpace(t[this.pos])) this.pos++;
      const quote = t[this.pos];
      if (quote === undefined) this.eof(stack);
      if (quote !== '"' && quote !== "'") this.fail(`'${quote}' is an unexpected token. The expected token is '"' or '''.`);
      this.pos++;
      const value = this.attributeValue(quote);
      if (element.attribute(attrName)) this.fail(`'${attrName}' is a duplicate attribute name.`, attrAt);
      element.addAttribute(this.doc.create('attribute', attrName, value));
      spaced = false;
    }
    this.checkPrefixes(element, nameAt);
    this.elementContent(element, stack, false);
    this.openAt.delete(element);
    return element;
  }

  /** An element's prefix (and its attributes') must be declared by an xmlns:p in scope. */
  private checkPrefixes(element: XmlNode, nameAt: number): void {
    const prefix = element.prefix;
    if (prefix && prefix !== 'xml' && prefix !== 'xmlns' && !this.declared(element, prefix)) this.fail(`'${prefix}' is an undeclared prefix.`, nameAt);
  }

  private declared(element: XmlNode, prefix: string): boolean {
    // The element is not linked to its parent until its content is read: the open elements are on the stack.
    return element.attribute(`xmlns:${prefix}`) !== undefined || this.openScopes.some((e) => e.attribute(`xmlns:${prefix}`) !== undefined);
  }
  private openScopes: XmlNode[] = [];

  private attributeValue(quote: string): string {
    const t = this.text;
    let out = '';
    for (;;) {
      const c = t[this.pos];
      if (c === undefined) this.fail('There is an unclosed literal string.', t.length);
      if (c === quote) {
        this.pos++;
        return out;
      }
      if (c === '<') this.fail(`'<', hexadecimal value 0x3C, is an invalid attribute character.`);
      if (c === '&') {
        out += this.reference();
        continue;
      }
      // Attribute-value normalisation: a literal tab or line break reads as a space.
      out += c === '\n' || c === '\t' ? ' ' : c;
      this.pos++;
    }
  }

  /** `&name;` or `&#n;` at the position: the text it stands for. */
  private reference(): string {
    const t = this.text;
    this.pos++;
    if (t[this.pos] === '#') {
      this.pos++;
      const isHex = t[this.pos] === 'x';
      if (isHex) this.pos++;
      const start = this.pos;
      while (isHex ? /[0-9a-fA-F]/.test(t[this.pos] ?? '') : /[0-9]/.test(t[this.pos] ?? '')) this.pos++;
      if (t[this.pos] !== ';' || this.pos === start) this.fail(`'${t[this.pos] ?? ''}' is an unexpected token. The expected token is ';'.`);
      const code = parseInt(t.slice(start, this.pos), isHex ? 16 : 10);
      this.pos++;
      return String.fromCodePoint(code);
    }
    const nameAt = this.pos;
    const name = this.name();
    if (t[this.pos] !== ';') this.fail(`'${t[this.pos] ?? ''}' is an unexpected token. The expected token is ';'.`);
    const value = ENTITIES[name];
    if (value === undefined) this.fail(`Reference to undeclared entity '${name}'.`, nameAt);
    this.pos++;
    return value;
  }

  /** Character data up to the next `<` (entity references expanded). */
  private characters(): string {
    const t = this.text;
    let out = '';
    while (this.pos < t.length && t[this.pos] !== '<') {
      const c = t[this.pos]!;
      if (c === '&') {
        out += this.reference();
        continue;
      }
      if (c === ']' && t.startsWith(']]>', this.pos)) this.fail("']]>' is not allowed in character data.");
      out += c;
      this.pos++;
    }
    return out;
  }

  /** The content of `element` up to its end tag (to the end of the text for InnerXml). */
  private elementContent(element: XmlNode, stack: XmlNode[], toEnd: boolean): void {
    const t = this.text;
    this.openScopes.push(element);
    try {
      for (;;) {
        if (this.pos >= t.length) {
          if (toEnd) return;
          this.eof(stack);
        }
        if (t[this.pos] !== '<') {
          const start = this.pos;
          const value = this.characters();
          const hasReference = t.slice(start, this.pos).includes('&');
          if (value.trim() !== '' || hasReference) element.appendChild(this.doc.create('text', null, value));
          else if (this.doc.preserveWhitespace) element.appendChild(this.doc.create('whitespace', null, value));
          continue;
        }
        if (t[this.pos + 1] === '/') {
          const nameAt = this.pos + 2;
          this.pos += 2;
          if (toEnd) this.fail('Unexpected end tag.', nameAt);
          const name = this.pos < t.length ? this.name() : this.eof(stack);
          if (name !== element.name) {
            const open = this.position(this.openAt.get(element) ?? 0);
            this.fail(`The '${element.name}' start tag on line ${open.line} position ${open.column} does not match the end tag of '${name}'.`, nameAt);
          }
          while (isSpace(t[this.pos])) this.pos++;
          if (t[this.pos] === undefined) this.eof(stack);
          if (t[this.pos] !== '>') this.fail(`'${t[this.pos]}' is an unexpected token. The expected token is '>'.`);
          this.pos++;
          return;
        }
        const child = this.markup(stack);
        if (child) element.appendChild(child);
      }
    } finally {
      this.openScopes.pop();
    }
  }

  /** Where each element's name starts, for the mismatched end tag's message. */
  private readonly openAt = new Map<XmlNode, number>();

  private position(at: number): { line: number; column: number } {
    const before = this.text.slice(0, at);
    return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
  }
}
