// A strict JSON reader as System.Text.Json's JsonDocument reads (Test-Json): RFC 8259 text, nesting up
// to 64 levels, comments and trailing commas only when the options allow them. It answers the value
// tree (for JSON Schema checks) or throws JsonSyntaxError; the messages are never shown (pwsh's
// Test-Json says only "Cannot parse the JSON.").

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | Map<string, JsonValue>;

/** A number with its text (its exactness matters to the schema keywords more than a double's). */
export class JsonNumber {
  constructor(readonly text: string) {}
  get value(): number {
    return Number(this.text);
  }
}

export class JsonSyntaxError extends Error {}

export interface JsonReadOptions {
  /** JsonCommentHandling.Skip: line (`//`) and block comments count as white space. */
  comments: boolean;
  /** AllowTrailingCommas: a comma may end an object's or an array's list. */
  trailingCommas: boolean;
}

const MAX_DEPTH = 64;

export function parseJsonDocument(text: string, options: JsonReadOptions): JsonValue {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxError(`Invalid JSON at position ${i}.`);
  };
  const space = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && options.comments) {
        if (text[i + 1] === '/') {
          while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
        } else if (text[i + 1] === '*') {
          const end = text.indexOf('*/', i + 2);
          if (end < 0) fail();
          i = end + 2;
        } else fail();
      } else return;
    }
  };
  const literal = (word: string, value: JsonValue): JsonValue => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail();
  };
  const string = (): string => {
    i++;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail();
        continue;
      }
      out += c;
      i++;
    }
  };
  const number = (): JsonNumber => {
    const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (!m) return fail();
    i += m[0].length;
    return new JsonNumber(m[0]);
  };
  const list = <T>(close: string, depth: number, item: () => T): T[] => {
    if (depth > MAX_DEPTH) fail();
    i++;
    const items: T[] = [];
    space();
    if (text[i] === close) {
      i++;
      return items;
    }
    for (;;) {
      items.push(item());
      space();
      if (text[i] === close) {
        i++;
        return items;
      }
      if (text[i] !== ',') fail();
      i++;
      space();
      if (text[i] === close && options.trailingCommas) {
        i++;
        return items;
      }
    }
  };
  const value = (depth: number): JsonValue => {
    space();
    const c = text[i];
    if (c === '{') {
      const entries = list('}', depth + 1, (): [string, JsonValue] => {
        if (text[i] !== '"') fail();
        const key = string();
        space();
        if (text[i] !== ':') fail();
        i++;
        return [key, value(depth + 1)];
      });
      return new Map(entries);
    }
    if (c === '[') return list(']', depth + 1, () => value(depth + 1));
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    return number();
  };
  const result = value(0);
  space();
  if (i < text.length) fail();
  return result;
}
