// A failed response's JSON body as pwsh 7.6.10 puts it in ErrorDetails: System.Text.Json's
// JsonNode parsed and written indented (two spaces, `"name": value`), numbers as the server wrote
// them, strings escaped by JavaScriptEncoder.Default (every non-ASCII character and " ' + & < > `
// as \uXXXX in upper case). Not JSON (as System.Text.Json reads it) gives undefined: the body is
// then shown as sent.

type Node = { kind: 'object'; entries: Array<[string, Node]> } | { kind: 'array'; items: Node[] } | { kind: 'string'; value: string } | { kind: 'literal'; text: string };

class NotJson extends Error {}

export function reformatJson(text: string): string | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new NotJson();
  };
  const str = (): string => {
    if (text[i] !== '"') fail();
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail();
      const c = text[i++]!;
      if (c === '"') return out;
      if (c < ' ') fail();
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i++];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) {
        out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
        i += 4;
      } else fail();
    }
  };
  const value = (depth: number): Node => {
    if (depth > 64) fail();
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: Array<[string, Node]> = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries };
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        if (text[i++] !== ':') fail();
        entries.push([key, value(depth + 1)]);
        ws();
        const next = text[i++];
        if (next === '}') return { kind: 'object', entries };
        if (next !== ',') fail();
      }
    }
    if (c === '[') {
      i++;
      const items: Node[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        const next = text[i++];
        if (next === ']') return { kind: 'array', items };
        if (next !== ',') fail();
      }
    }
    if (c === '"') return { kind: 'string', value: str() };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) fail();
    i += literal![0].length;
    return { kind: 'literal', text: literal![0] };
  };
  let root: Node;
  try {
    root = value(0);
    ws();
    if (i !== text.length) return undefined;
  } catch (e) {
    if (e instanceof NotJson) return undefined;
    throw e;
  }
  return write(root, '');
}

function write(node: Node, indent: string): string {
  const inner = indent + '  ';
  switch (node.kind) {
    case 'literal':
      return node.text;
    case 'string':
      return quote(node.value);
    case 'array':
      if (node.items.length === 0) return '[]';
      return `[\n${node.items.map((item) => inner + write(item, inner)).join(',\n')}\n${indent}]`;
    case 'object':
      if (node.entries.length === 0) return '{}';
      return `{\n${node.entries.map(([k, v]) => `${inner}${quote(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
  }
}

const SHORT: Record<string, string> = { '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

function quote(value: string): string {
  let out = '"';
  for (const c of value) {
    for (let k = 0; k < c.length; k++) {
      const ch = c[k]!;
      const code = ch.charCodeAt(0);
      if (ch in SHORT) out += SHORT[ch];
      else if (code < 0x20 || code > 0x7e || `"'+&<>\``.includes(ch)) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
      else out += ch;
    }
  }
  return `${out}"`;
}
