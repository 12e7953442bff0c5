// XPath 1.0 for SelectNodes/SelectSingleNode: location paths on every axis, predicates, the operators
// and the core function library. Without a namespace manager (as pwsh's SelectNodes calls are made), a
// prefix, a variable or an unknown function is .NET's "Namespace Manager or XsltContext needed" error;
// with one (Select-Xml -Namespace) a prefix names its namespace. Either way an unprefixed name matches
// only nodes in no namespace (`//entry` finds nothing in an Atom feed).

import { XmlNode, descendants } from './xml-dom.js';

export class XPathError extends Error {}

const NODE_SET_EXPECTED = 'Expression must evaluate to a node-set.';
const CONTEXT_NEEDED = 'Namespace Manager or XsltContext needed. This query has a prefix, variable, or user-defined function.';
const UNKNOWN_FUNCTION = 'XsltContext is needed for this query because of an unknown function.';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** An XmlNamespaceManager's prefixes (prefix -> namespace URI); `xml` is always there. */
export type Namespaces = ReadonlyMap<string, string>;

type Value = XmlNode[] | string | number | boolean;

type Expr =
  | { t: 'path'; absolute: boolean; steps: Step[]; from?: Expr }
  | { t: 'literal'; value: string }
  | { t: 'number'; value: number }
  | { t: 'binary'; op: string; left: Expr; right: Expr }
  | { t: 'negate'; operand: Expr }
  | { t: 'union'; parts: Expr[] }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'filter'; primary: Expr; predicates: Expr[] };

type Axis = 'child' | 'attribute' | 'descendant' | 'descendant-or-self' | 'self' | 'parent' | 'ancestor' | 'ancestor-or-self' | 'following-sibling' | 'preceding-sibling' | 'following' | 'preceding';

interface Step {
  axis: Axis;
  /** A prefixed test holds the prefix's namespace URI; an unprefixed one matches no namespace (''). */
  test: { kind: 'name'; name: string; uri: string } | { kind: 'any'; uri?: string } | { kind: 'type'; type: 'node' | 'text' | 'comment' | 'processing-instruction' };
  predicates: Expr[];
}

const AXES = new Set<string>(['child', 'attribute', 'descendant', 'descendant-or-self', 'self', 'parent', 'ancestor', 'ancestor-or-self', 'following-sibling', 'preceding-sibling', 'following', 'preceding']);
const NODE_TYPES = new Set(['node', 'text', 'comment', 'processing-instruction']);

// ---- tokens ---------------------------------------------------------------------------------------

type Token = { k: 'name' | 'string' | 'number' | 'op' | 'var'; v: string };

function tokenize(text: string, namespaces: Namespaces | undefined): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (['//', '..', '::', '!=', '<=', '>='].includes(two)) {
      out.push({ k: 'op', v: two });
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw invalidToken(text);
      out.push({ k: 'string', v: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^[0-9]*(\.[0-9]*)?/.exec(text.slice(i))!;
      out.push({ k: 'number', v: m[0] });
      i += m[0].length;
      continue;
    }
    if (c === '$') {
      throw new XPathError(namespaces ? UNKNOWN_FUNCTION : CONTEXT_NEEDED);
    }
    const name = /^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(:(\*|[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*))?/.exec(text.slice(i));
    if (name) {
      // `p:name` stays one (prefixed) name; `axis::` is the name, then `::`.
      out.push({ k: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    if ('/[]()@,|.*=<>+-'.includes(c)) {
      out.push({ k: 'op', v: c });
      i++;
      continue;
    }
    throw invalidToken(text);
  }
  return out;
}

const invalidToken = (text: string) => new XPathError(`'${text}' has an invalid token.`);

// ---- parser ---------------------------------------------------------------------------------------

class XPathParser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
    private readonly namespaces: Namespaces | undefined,
  ) {}

  /** The namespace URI a prefix names: .NET's errors without a manager or for a prefix it does not know. */
  private namespaceOf(prefix: string): string {
    if (!this.namespaces) throw new XPathError(CONTEXT_NEEDED);
    if (prefix === 'xml') return XML_NAMESPACE;
    const uri = this.namespaces.get(prefix);
    if (uri === undefined) throw new XPathError(`Namespace prefix '${prefix}' is not defined.`);
    return uri;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  private isOp(v: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t !== undefined && t.k === 'op' && t.v === v;
  }
  private isWord(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.k === 'name' && t.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) throw invalidToken(this.text);
    this.i++;
  }

  parse(): Expr {
    const e = this.or();
    if (this.i < this.tokens.length) throw invalidToken(this.text);
    return e;
  }

  private binary(next: () => Expr, ops: string[], words = false): Expr {
    let left = next();
    for (;;) {
      const t = this.peek();
      if (!t || !ops.includes(t.v) || (words ? t.k !== 'name' : t.k !== 'op')) return left;
      this.i++;
      left = { t: 'binary', op: t.v, left, right: next() };
    }
  }
  private or = (): Expr => this.binary(this.and, ['or'], true);
  private and = (): Expr => this.binary(this.equality, ['and'], true);
  private equality = (): Expr => this.binary(this.relational, ['=', '!=']);
  private relational = (): Expr => this.binary(this.additive, ['<', '<=', '>', '>=']);
  private additive = (): Expr => this.binary(this.multiplicative, ['+', '-']);
  private multiplicative = (): Expr => {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t && ((t.k === 'op' && t.v === '*') || (t.k === 'name' && (t.v === 'div' || t.v === 'mod')))) {
        this.i++;
        left = { t: 'binary', op: t.v, left, right: this.unary() };
      } else return left;
    }
  };
  private unary(): Expr {
    if (this.isOp('-')) {
      this.i++;
      return { t: 'negate', operand: this.unary() };
    }
    const first = this.pathExpr();
    if (!this.isOp('|')) return first;
    const parts = [first];
    while (this.isOp('|')) {
      this.i++;
      parts.push(this.pathExpr());
    }
    return { t: 'union', parts };
  }

  private pathExpr(): Expr {
    const t = this.peek();
    if (!t) throw new XPathError(NODE_SET_EXPECTED);
    const isPrimary = t.k === 'string' || t.k === 'number' || this.isOp('(') || (t.k === 'name' && this.isOp('(', 1) && !NODE_TYPES.has(t.v));
    if (!isPrimary) return this.locationPath();
    let primary = this.primary();
    const predicates: Expr[] = [];
    while (this.isOp('[')) predicates.push(this.predicate());
    if (predicates.length) primary = { t: 'filter', primary, predicates };
    if (this.isOp('/') || this.isOp('//')) {
      const steps: Step[] = [];
      this.relativePath(steps);
      return { t: 'path', absolute: false, steps, from: primary };
    }
    return primary;
  }

  private primary(): Expr {
    const t = this.peek()!;
    this.i++;
    if (t.k === 'string') return { t: 'literal', value: t.v };
    if (t.k === 'number') return { t: 'number', value: Number(t.v) };
    if (t.k === 'op') {
      const e = this.or();
      this.expect(')');
      return e;
    }
    this.expect('(');
    const args: Expr[] = [];
    if (!this.isOp(')')) {
      args.push(this.or());
      while (this.isOp(',')) {
        this.i++;
        args.push(this.or());
      }
    }
    this.expect(')');
    // .NET reads the call whole before it looks the function up.
    if (!FUNCTIONS[t.v]) throw new XPathError(this.namespaces ? UNKNOWN_FUNCTION : CONTEXT_NEEDED);
    return { t: 'call', name: t.v, args };
  }

  private locationPath(): Expr {
    const steps: Step[] = [];
    if (this.isOp('/')) {
      this.i++;
      if (this.startsStep()) this.stepsAfterSlash(steps);
      return { t: 'path', absolute: true, steps };
    }
    if (this.isOp('//')) {
      this.relativePath(steps);
      return { t: 'path', absolute: true, steps };
    }
    steps.push(this.step());
    this.relativePath(steps);
    return { t: 'path', absolute: false, steps };
  }

  private startsStep(): boolean {
    const t = this.peek();
    return t !== undefined && (t.k === 'name' || this.isOp('*') || this.isOp('@') || this.isOp('.') || this.isOp('..'));
  }

  /** Further `/step` and `//step` parts. */
  private relativePath(steps: Step[]): void {
    for (;;) {
      if (this.isOp('/')) {
        this.i++;
        steps.push(this.step());
      } else if (this.isOp('//')) {
        this.i++;
        steps.push({ axis: 'descendant-or-self', test: { kind: 'type', type: 'node' }, predicates: [] });
        steps.push(this.step());
      } else return;
    }
  }

  private stepsAfterSlash(steps: Step[]): void {
    steps.push(this.step());
    this.relativePath(steps);
  }

  private step(): Step {
    if (this.isOp('.')) {
      this.i++;
      return { axis: 'self', test: { kind: 'type', type: 'node' }, predicates: [] };
    }
    if (this.isOp('..')) {
      this.i++;
      return { axis: 'parent', test: { kind: 'type', type: 'node' }, predicates: [] };
    }
    let axis: Axis = 'child';
    if (this.isOp('@')) {
      this.i++;
      axis = 'attribute';
    } else if (this.peek()?.k === 'name' && this.isOp('::', 1)) {
      const name = this.peek()!.v;
      if (!AXES.has(name)) throw invalidToken(this.text);
      axis = name as Axis;
      this.i += 2;
    }
    const t = this.peek();
    let test: Step['test'];
    if (this.isOp('*')) {
      this.i++;
      test = { kind: 'any' };
    } else if (t?.k === 'name') {
      this.i++;
      if (NODE_TYPES.has(t.v) && this.isOp('(')) {
        this.i++;
        if (t.v === 'processing-instruction' && this.peek()?.k === 'string') this.i++;
        this.expect(')');
        test = { kind: 'type', type: t.v as 'node' };
      } else {
        const colon = t.v.indexOf(':');
        if (colon < 0) test = { kind: 'name', name: t.v, uri: '' };
        else {
          const uri = this.namespaceOf(t.v.slice(0, colon));
          const local = t.v.slice(colon + 1);
          test = local === '*' ? { kind: 'any', uri } : { kind: 'name', name: local, uri };
        }
      }
    } else throw new XPathError(NODE_SET_EXPECTED);
    const predicates: Expr[] = [];
    while (this.isOp('[')) predicates.push(this.predicate());
    return { axis, test, predicates };
  }

  private predicate(): Expr {
    this.expect('[');
    const e = this.or();
    this.expect(']');
    return e;
  }
}

// ---- evaluation -----------------------------------------------------------------------------------

interface Context {
  node: XmlNode;
  position: number;
  size: number;
}

const rootOf = (node: XmlNode): XmlNode => {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
};

/** Every node of `node`'s tree in document order (an element's attributes right after it). */
function documentOrder(root: XmlNode): Map<XmlNode, number> {
  const order = new Map<XmlNode, number>();
  const walk = (n: XmlNode) => {
    order.set(n, order.size);
    for (const a of n.attributes) order.set(a, order.size);
    for (const c of n.children) walk(c);
  };
  walk(root);
  return order;
}

function sorted(nodes: XmlNode[]): XmlNode[] {
  const unique = [...new Set(nodes)];
  if (unique.length < 2) return unique;
  const order = documentOrder(rootOf(unique[0]!));
  return unique.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function axisNodes(node: XmlNode, axis: Axis): XmlNode[] {
  switch (axis) {
    case 'child':
      return node.kind === 'attribute' ? [] : node.children;
    case 'attribute':
      return node.attributes.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:'));
    case 'descendant':
      return node.kind === 'attribute' ? [] : descendants(node);
    case 'descendant-or-self':
      return node.kind === 'attribute' ? [node] : [node, ...descendants(node)];
    case 'self':
      return [node];
    case 'parent':
      return node.parent ? [node.parent] : [];
    case 'ancestor':
    case 'ancestor-or-self': {
      const out: XmlNode[] = axis === 'ancestor-or-self' ? [node] : [];
      for (let n = node.parent; n; n = n.parent) out.push(n);
      return out;
    }
    case 'following-sibling':
    case 'preceding-sibling': {
      if (!node.parent || node.kind === 'attribute') return [];
      const siblings = node.parent.children;
      const i = siblings.indexOf(node);
      return axis === 'following-sibling' ? siblings.slice(i + 1) : siblings.slice(0, i).reverse();
    }
    case 'following':
    case 'preceding': {
      const all = [...documentOrder(rootOf(node)).keys()].filter((n) => n.kind !== 'attribute');
      const i = all.indexOf(node.kind === 'attribute' && node.parent ? node.parent : node);
      const ancestors = new Set(axisNodes(node, 'ancestor'));
      const inside = new Set(descendants(node));
      return axis === 'following' ? all.slice(i + 1).filter((n) => !inside.has(n)) : all.slice(0, i).filter((n) => !ancestors.has(n)).reverse();
    }
  }
}

const REVERSE_AXES = new Set<Axis>(['ancestor', 'ancestor-or-self', 'preceding-sibling', 'preceding', 'parent']);

function matches(node: XmlNode, step: Step): boolean {
  const test = step.test;
  if (test.kind === 'type') {
    if (test.type === 'node') return true;
    if (test.type === 'text') return node.kind === 'text' || node.kind === 'cdata' || node.kind === 'whitespace';
    if (test.type === 'comment') return node.kind === 'comment';
    return node.kind === 'pi';
  }
  const principal = step.axis === 'attribute' ? 'attribute' : 'element';
  if (node.kind !== principal) return false;
  if (test.kind === 'any') return test.uri === undefined || node.namespaceURI === test.uri;
  return node.localName === test.name && node.namespaceURI === test.uri;
}

function evaluateStep(nodes: XmlNode[], step: Step): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    let found = axisNodes(node, step.axis).filter((n) => matches(n, step));
    for (const p of step.predicates) found = filterBy(found, p);
    out.push(...found);
  }
  return sorted(out);
}

function filterBy(nodes: XmlNode[], predicate: Expr): XmlNode[] {
  return nodes.filter((node, i) => {
    const v = evaluate(predicate, { node, position: i + 1, size: nodes.length });
    return typeof v === 'number' ? v === i + 1 : toBoolean(v);
  });
}

function evaluate(e: Expr, ctx: Context): Value {
  switch (e.t) {
    case 'literal':
      return e.value;
    case 'number':
      return e.value;
    case 'negate':
      return -toNumber(evaluate(e.operand, ctx));
    case 'union':
      return sorted(e.parts.flatMap((p) => nodeSet(evaluate(p, ctx))));
    case 'filter': {
      let nodes = nodeSet(evaluate(e.primary, ctx));
      for (const p of e.predicates) nodes = filterBy(nodes, p);
      return nodes;
    }
    case 'path': {
      let nodes = e.from ? nodeSet(evaluate(e.from, ctx)) : e.absolute ? [rootOf(ctx.node)] : [ctx.node];
      for (const step of e.steps) nodes = evaluateStep(nodes, step);
      return nodes;
    }
    case 'call':
      return FUNCTIONS[e.name]!(e.args.map((a) => () => evaluate(a, ctx)), ctx);
    case 'binary':
      return binary(e.op, evaluate(e.left, ctx), e.op === 'and' || e.op === 'or' ? undefined : evaluate(e.right, ctx), () => evaluate(e.right, ctx));
  }
}

function binary(op: string, left: Value, right: Value | undefined, lazyRight: () => Value): Value {
  if (op === 'and') return toBoolean(left) && toBoolean(lazyRight());
  if (op === 'or') return toBoolean(left) || toBoolean(lazyRight());
  const r = right!;
  switch (op) {
    case '+':
      return toNumber(left) + toNumber(r);
    case '-':
      return toNumber(left) - toNumber(r);
    case '*':
      return toNumber(left) * toNumber(r);
    case 'div':
      return toNumber(left) / toNumber(r);
    case 'mod':
      return toNumber(left) % toNumber(r);
    default:
      return compare(op, left, r);
  }
}

/** XPath's comparison: a node-set compares by each node's string value (any one pair will do). */
function compare(op: string, left: Value, right: Value): boolean {
  if (Array.isArray(left)) return left.some((n) => compare(op, stringValue(n), right));
  if (Array.isArray(right)) return right.some((n) => compare(op, left, stringValue(n)));
  if (op === '=' || op === '!=') {
    let equal: boolean;
    if (typeof left === 'boolean' || typeof right === 'boolean') equal = toBoolean(left) === toBoolean(right);
    else if (typeof left === 'number' || typeof right === 'number') equal = toNumber(left) === toNumber(right);
    else equal = left === right;
    return op === '=' ? equal : !equal;
  }
  const a = toNumber(left);
  const b = toNumber(right);
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

const stringValue = (n: XmlNode): string => n.innerText;

function nodeSet(v: Value): XmlNode[] {
  if (!Array.isArray(v)) throw new XPathError(NODE_SET_EXPECTED);
  return v;
}

function toString(v: Value): string {
  if (Array.isArray(v)) return v.length ? stringValue(v[0]!) : '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v;
}

function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const s = toString(v).trim();
  return /^-?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/.test(s) ? Number(s) : NaN;
}

function toBoolean(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v.length > 0;
  return v;
}

type Fn = (args: Array<() => Value>, ctx: Context) => Value;
const arg = (args: Array<() => Value>, i: number, ctx: Context): Value => (args[i] ? args[i]!() : [ctx.node]);

const FUNCTIONS: Record<string, Fn> = {
  last: (_, ctx) => ctx.size,
  position: (_, ctx) => ctx.position,
  count: (args) => nodeSet(args[0]!()).length,
  'local-name': (args, ctx) => nodeSet(arg(args, 0, ctx))[0]?.localName ?? '',
  name: (args, ctx) => nodeSet(arg(args, 0, ctx))[0]?.name ?? '',
  'namespace-uri': (args, ctx) => nodeSet(arg(args, 0, ctx))[0]?.namespaceURI ?? '',
  string: (args, ctx) => toString(arg(args, 0, ctx)),
  concat: (args) => args.map((a) => toString(a())).join(''),
  'starts-with': (args) => toString(args[0]!()).startsWith(toString(args[1]!())),
  contains: (args) => toString(args[0]!()).includes(toString(args[1]!())),
  'substring-before': (args) => {
    const s = toString(args[0]!());
    const i = s.indexOf(toString(args[1]!()));
    return i < 0 ? '' : s.slice(0, i);
  },
  'substring-after': (args) => {
    const s = toString(args[0]!());
    const t = toString(args[1]!());
    const i = s.indexOf(t);
    return i < 0 ? '' : s.slice(i + t.length);
  },
  substring: (args) => {
    const s = toString(args[0]!());
    const start = Math.round(toNumber(args[1]!()));
    const end = args[2] ? start + Math.round(toNumber(args[2]())) : Infinity;
    return [...s].filter((_, i) => i + 1 >= start && i + 1 < end).join('');
  },
  'string-length': (args, ctx) => toString(arg(args, 0, ctx)).length,
  'normalize-space': (args, ctx) => toString(arg(args, 0, ctx)).trim().replace(/\s+/g, ' '),
  translate: (args) => {
    const from = toString(args[1]!());
    const to = toString(args[2]!());
    return [...toString(args[0]!())].map((c) => (from.includes(c) ? (to[from.indexOf(c)] ?? '') : c)).join('');
  },
  not: (args) => !toBoolean(args[0]!()),
  true: () => true,
  false: () => false,
  boolean: (args) => toBoolean(args[0]!()),
  number: (args, ctx) => toNumber(arg(args, 0, ctx)),
  sum: (args) => nodeSet(args[0]!()).reduce((s, n) => s + toNumber(stringValue(n)), 0),
  floor: (args) => Math.floor(toNumber(args[0]!())),
  ceiling: (args) => Math.ceil(toNumber(args[0]!())),
  round: (args) => Math.round(toNumber(args[0]!())),
};

/**
 * The nodes `expression` selects from `context` (XmlNode.SelectNodes, with an XmlNamespaceManager's
 * prefixes when given); an XPathError for a bad one.
 */
export function selectNodes(context: XmlNode, expression: string, namespaces?: Namespaces): XmlNode[] {
  const tokens = tokenize(expression, namespaces);
  if (tokens.length === 0) throw new XPathError(NODE_SET_EXPECTED);
  const expr = new XPathParser(tokens, expression, namespaces).parse();
  return nodeSet(evaluate(expr, { node: context, position: 1, size: 1 }));
}
