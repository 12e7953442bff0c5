// The JSON Schema keywords Test-Json checks, reporting as JsonSchema.Net's list output does in pwsh
// 7.6.10. JsonSchema.Net evaluates a schema into a tree of results: one node for the schema at the
// instance's root, and a child for every subschema it applies (to a value inside: properties, items,
// propertyNames ...; or to the same value: allOf/anyOf/oneOf/not, if/then/else, $ref, dependentSchemas).
// When the instance fails, pwsh writes every node's messages, level by level (the root's, then its
// children's in the order the schema names them, then theirs ...), each with the JSON Pointer of the
// value it is about; so a failing branch of a passing anyOf is reported too, and the combinators
// themselves have no message of their own (but oneOf and contains). Recorded against pwsh (corpus area
// xml-tools and json-schema).

import { JsonNumber, type JsonValue } from './json-document.js';

export class JsonSchemaError extends Error {}
/** An empty allOf/anyOf/oneOf/prefixItems list: pwsh stops the command on it (the rest of a bad schema is only reported). */
export class EmptySchemaListError extends Error {}
/** A `$ref` that names no part of the schema (another document, an anchor, a pointer to nothing). */
export class UnresolvedReferenceError extends Error {}

export interface SchemaFailure {
  message: string;
  location: string;
}

const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);
/** Keywords whose value is one subschema, an array of them, or a map of names to them. */
const SCHEMA_KEYWORDS = ['not', 'if', 'then', 'else', 'contains', 'propertyNames', 'additionalProperties', 'unevaluatedProperties', 'additionalItems'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/** A schema that JsonSchema.FromText would refuse: not an object or Boolean, a `type` it does not know, an empty allOf ... */
export function checkSchema(schema: JsonValue): void {
  if (typeof schema === 'boolean') return;
  if (!(schema instanceof Map)) throw new JsonSchemaError('not a schema');
  const type = schema.get('type');
  if (type !== undefined) {
    const names = Array.isArray(type) ? type : [type];
    if (names.length === 0 || !names.every((t) => typeof t === 'string' && TYPES.has(t))) throw new JsonSchemaError('bad type');
  }
  for (const key of ['properties']) {
    const sub = schema.get(key);
    if (sub instanceof Map) for (const s of sub.values()) checkSchema(s);
  }
  for (const key of ['items', 'additionalProperties']) {
    const sub = schema.get(key);
    if (sub !== undefined && !Array.isArray(sub)) checkSchema(sub);
  }
  // The later keywords' subschemas; an empty list stops the command, where the rest of a bad schema
  // is reported and the JSON only parsed.
  for (const key of SCHEMA_LIST_KEYWORDS) {
    const list = schema.get(key);
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new JsonSchemaError(`bad ${key}`);
    if (list.length === 0) throw new EmptySchemaListError(key);
    list.forEach(checkSchema);
  }
  for (const key of SCHEMA_KEYWORDS) {
    const sub = schema.get(key);
    if (sub !== undefined && key !== 'additionalProperties') checkSchema(sub);
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    const map = schema.get(key);
    if (map === undefined || key === 'properties') continue;
    if (!(map instanceof Map)) throw new JsonSchemaError(`bad ${key}`);
    for (const sub of map.values()) checkSchema(sub);
  }
  const items = schema.get('items');
  if (Array.isArray(items)) items.forEach(checkSchema);
  const ref = schema.get('$ref');
  if (ref !== undefined && typeof ref !== 'string') throw new JsonSchemaError('bad $ref');
}

/**
 * Every `$ref` of the schema must name a part of it: JsonSchema.Net resolves them all before it looks
 * at the instance, so one that names nothing fails even when no value reaches it.
 */
export function checkReferences(root: JsonValue): void {
  const visit = (schema: JsonValue): void => {
    if (!(schema instanceof Map)) return;
    const ref = schema.get('$ref');
    if (typeof ref === 'string') resolveReference(root, ref);
    for (const [key, value] of schema) {
      if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') continue;
      if (value instanceof Map) {
        if (SCHEMA_MAP_KEYWORDS.includes(key)) for (const sub of value.values()) visit(sub);
        else visit(value);
      } else if (Array.isArray(value)) value.forEach(visit);
    }
  };
  visit(root);
}

/** The part of the schema a local `$ref` (`#`, `#/$defs/name`) names. */
function resolveReference(root: JsonValue, ref: string): JsonValue {
  if (!ref.startsWith('#')) throw new UnresolvedReferenceError(ref);
  let target: JsonValue | undefined = root;
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer !== '') {
    if (!pointer.startsWith('/')) throw new UnresolvedReferenceError(ref);
    for (const raw of pointer.slice(1).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (target instanceof Map) target = target.get(key);
      else if (Array.isArray(target) && /^(0|[1-9]\d*)$/.test(key)) target = target[Number(key)];
      else target = undefined;
      if (target === undefined) throw new UnresolvedReferenceError(ref);
    }
  }
  if (!(target instanceof Map) && typeof target !== 'boolean') throw new UnresolvedReferenceError(ref);
  return target;
}

/** One node of JsonSchema.Net's result tree: a subschema applied to one value. */
interface ResultNode {
  location: string;
  messages: string[];
  children: ResultNode[];
  valid: boolean;
  /** Names of the object's properties this subschema evaluated (for unevaluatedProperties). */
  evaluated: Set<string>;
}

/** How deep `$ref`s may lead before the schema counts as unreadable (a reference to itself at the same value). */
const MAX_DEPTH = 512;

/**
 * Whether `instance` satisfies `schema`, and the failures in the order pwsh writes them (none when it
 * passes; a failing `not` has no message). Throws UnresolvedReferenceError for a `$ref` that names nothing, JsonSchemaError for
 * references that never reach a value.
 */
export function evaluateSchema(schema: JsonValue, instance: JsonValue): { valid: boolean; failures: SchemaFailure[] } {
  checkReferences(schema);
  const root = evaluate(schema, schema, instance, '', 0);
  const failures: SchemaFailure[] = [];
  if (root.valid) return { valid: true, failures };
  const queue = [root];
  for (let node = queue.shift(); node; node = queue.shift()) {
    for (const message of node.messages) failures.push({ message, location: node.location });
    queue.push(...node.children);
  }
  return { valid: false, failures };
}

function typeOf(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string') return 'string';
  if (v instanceof JsonNumber) return Number.isInteger(v.value) ? 'integer' : 'number';
  return Array.isArray(v) ? 'array' : 'object';
}

const pointer = (base: string, key: string | number) => `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
const numberText = (v: JsonValue) => (v instanceof JsonNumber ? v.text : String(v));

function evaluate(root: JsonValue, schema: JsonValue, instance: JsonValue, location: string, depth: number): ResultNode {
  if (depth > MAX_DEPTH) throw new JsonSchemaError('the references never reach a value');
  const node: ResultNode = { location, messages: [], children: [], valid: true, evaluated: new Set() };
  if (schema === true) return node;
  if (schema === false || !(schema instanceof Map)) {
    node.messages.push('All values fail against the false schema');
    node.valid = false;
    return node;
  }
  const fail = (message?: string) => {
    node.valid = false;
    if (message !== undefined) node.messages.push(message);
  };
  /** Applies a subschema to a value inside (key given) or to the same value; its node is a child. */
  const apply = (sub: JsonValue, item: JsonValue, key?: string | number): ResultNode => {
    const child = evaluate(root, sub, item, key === undefined ? location : pointer(location, key), key === undefined ? depth + 1 : 0);
    node.children.push(child);
    return child;
  };
  /** A same-value subschema's evaluated properties count as this one's when it passed. */
  const adopt = (child: ResultNode) => {
    if (child.valid) for (const name of child.evaluated) node.evaluated.add(name);
  };
  const type = typeOf(instance);
  const n = instance instanceof JsonNumber ? instance.value : undefined;
  const size = typeof instance === 'string' ? [...instance].length : undefined;
  const object = instance instanceof Map ? instance : undefined;
  const array = Array.isArray(instance) ? instance : undefined;
  let ifResult: ResultNode | undefined;
  for (const [keyword, value] of schema) {
    const limit = value instanceof JsonNumber ? value.value : undefined;
    switch (keyword) {
      case 'type': {
        const names = (Array.isArray(value) ? value : [value]) as string[];
        if (!names.some((t) => t === type || (t === 'number' && type === 'integer'))) fail(`Value is "${type}" but should be "${names.join(', ')}"`);
        break;
      }
      case 'enum':
        if (Array.isArray(value) && !value.some((v) => equal(v, instance))) fail('Value should match one of the values specified by the enum');
        break;
      case 'const':
        if (!equal(value, instance)) fail(`Expected "${jsonText(value).replace(/"/g, '\\u0022')}"`);
        break;
      case 'required':
        if (object && Array.isArray(value)) {
          const missing = value.filter((k) => typeof k === 'string' && !object.has(k));
          if (missing.length) fail(`Required properties [${missing.map((k) => JSON.stringify(k)).join(',')}] are not present`);
        }
        break;
      case 'dependentRequired':
        if (object && value instanceof Map) {
          const missing: string[] = [];
          for (const [name, needs] of value) {
            if (!object.has(name) || !Array.isArray(needs)) continue;
            const absent = needs.filter((k) => typeof k === 'string' && !object.has(k));
            if (absent.length) missing.push(`${JSON.stringify(name)}:[${absent.map((k) => JSON.stringify(k)).join(',')}]`);
          }
          if (missing.length) fail(`Some required property dependencies are missing: {${missing.join(',')}}`);
        }
        break;
      case 'dependentSchemas':
        if (object && value instanceof Map) {
          const failed: string[] = [];
          for (const [name, sub] of value) {
            if (!object.has(name)) continue;
            const child = apply(sub, instance);
            adopt(child);
            if (!child.valid) failed.push(name);
          }
          if (failed.length) fail(`Some properties failed their dependent schemas: [${failed.map((k) => JSON.stringify(k)).join(',')}]`);
        }
        break;
      case 'properties':
        if (object && value instanceof Map) {
          for (const [name, sub] of value) {
            if (!object.has(name)) continue;
            node.evaluated.add(name);
            if (!apply(sub, object.get(name)!, name).valid) fail();
          }
        }
        break;
      case 'patternProperties':
        if (object && value instanceof Map) {
          for (const [pattern, sub] of value) {
            const re = new RegExp(pattern, 'u');
            for (const [name, item] of object) {
              if (!re.test(name)) continue;
              node.evaluated.add(name);
              if (!apply(sub, item, name).valid) fail();
            }
          }
        }
        break;
      case 'additionalProperties':
        if (object) {
          const known = schema.get('properties');
          const patterns = schema.get('patternProperties');
          const matchers = patterns instanceof Map ? [...patterns.keys()].map((p) => new RegExp(p, 'u')) : [];
          for (const [name, item] of object) {
            if ((known instanceof Map && known.has(name)) || matchers.some((re) => re.test(name))) continue;
            node.evaluated.add(name);
            if (!apply(value, item, name).valid) fail();
          }
        }
        break;
      case 'propertyNames':
        if (object) for (const name of object.keys()) if (!apply(value, name, name).valid) fail();
        break;
      case 'prefixItems':
        if (array && Array.isArray(value)) value.forEach((sub, i) => i < array.length && !apply(sub, array[i]!, i).valid && fail());
        break;
      case 'items':
        if (array) {
          if (Array.isArray(value)) {
            // Draft 7's tuple form: one schema per position.
            value.forEach((sub, i) => i < array.length && !apply(sub, array[i]!, i).valid && fail());
          } else {
            const prefix = schema.get('prefixItems');
            const from = Array.isArray(prefix) ? prefix.length : 0;
            for (let i = from; i < array.length; i++) if (!apply(value, array[i]!, i).valid) fail();
          }
        }
        break;
      case 'contains':
        if (array) {
          let matched = 0;
          array.forEach((item, i) => apply(value, item, i).valid && matched++);
          if (matched === 0) fail('Value should contain at least 1 matching items');
        }
        break;
      case 'allOf':
        if (Array.isArray(value)) {
          for (const sub of value) {
            const child = apply(sub, instance);
            adopt(child);
            if (!child.valid) fail();
          }
        }
        break;
      case 'anyOf':
        if (Array.isArray(value)) {
          const children = value.map((sub) => apply(sub, instance));
          children.forEach(adopt);
          if (!children.some((c) => c.valid)) fail();
        }
        break;
      case 'oneOf':
        if (Array.isArray(value)) {
          const children = value.map((sub) => apply(sub, instance));
          children.forEach(adopt);
          const matches = children.filter((c) => c.valid).length;
          if (matches !== 1) fail(`Expected 1 matching subschema but found ${matches}`);
        }
        break;
      case 'not':
        if (apply(value, instance).valid) fail();
        break;
      case 'if':
        ifResult = apply(value, instance);
        adopt(ifResult);
        break;
      case '$ref':
        if (typeof value === 'string') {
          const child = apply(resolveReference(root, value), instance);
          adopt(child);
          if (!child.valid) fail();
        }
        break;
      case 'minItems':
        if (array && limit !== undefined && array.length < limit) fail(`Value should have at least ${numberText(value)} items`);
        break;
      case 'maxItems':
        if (array && limit !== undefined && array.length > limit) fail(`Value should have at most ${numberText(value)} items`);
        break;
      case 'uniqueItems':
        if (array && value === true) {
          const pairs: string[] = [];
          array.forEach((a, i) => array.forEach((b, j) => j > i && equal(a, b) && pairs.push(`(${i}, ${j})`)));
          if (pairs.length) fail(`Found duplicates at the following index pairs: "${pairs.join(', ')}"`);
        }
        break;
      case 'minProperties':
        if (object && limit !== undefined && object.size < limit) fail(`Value should have at least ${numberText(value)} properties`);
        break;
      case 'maxProperties':
        if (object && limit !== undefined && object.size > limit) fail(`Value should have at most ${numberText(value)} properties`);
        break;
      case 'minLength':
        if (size !== undefined && limit !== undefined && size < limit) fail(`Value should be at least ${numberText(value)} characters`);
        break;
      case 'maxLength':
        if (size !== undefined && limit !== undefined && size > limit) fail(`Value should be at most ${numberText(value)} characters`);
        break;
      case 'pattern':
        if (typeof instance === 'string' && typeof value === 'string' && !new RegExp(value, 'u').test(instance)) fail('The string value is not a match for the indicated regular expression');
        break;
      case 'minimum':
        if (n !== undefined && limit !== undefined && n < limit) fail(`${numberText(instance)} should be at least ${numberText(value)}`);
        break;
      case 'maximum':
        if (n !== undefined && limit !== undefined && n > limit) fail(`${numberText(instance)} should be at most ${numberText(value)}`);
        break;
      case 'exclusiveMinimum':
        if (n !== undefined && limit !== undefined && n <= limit) fail(`${numberText(instance)} should be greater than ${numberText(value)}`);
        break;
      case 'exclusiveMaximum':
        if (n !== undefined && limit !== undefined && n >= limit) fail(`${numberText(instance)} should be less than ${numberText(value)}`);
        break;
      case 'multipleOf':
        if (n !== undefined && limit !== undefined && limit !== 0 && !Number.isInteger(n / limit)) fail(`${numberText(instance)} should be a multiple of ${numberText(value)}`);
        break;
    }
  }
  // then/else follow their if, wherever the schema names them.
  if (ifResult) {
    const branch = schema.get(ifResult.valid ? 'then' : 'else');
    if (branch !== undefined) {
      const child = apply(branch, instance);
      adopt(child);
      if (!child.valid) fail();
    }
  }
  const unevaluated = schema.get('unevaluatedProperties');
  if (object && unevaluated !== undefined) {
    for (const [name, item] of object) {
      if (node.evaluated.has(name)) continue;
      node.evaluated.add(name);
      if (!apply(unevaluated, item, name).valid) fail();
    }
  }
  return node;
}

function equal(a: JsonValue, b: JsonValue): boolean {
  if (a instanceof JsonNumber && b instanceof JsonNumber) return a.value === b.value;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && equal(v, b.get(k)!));
  return a === b;
}

/** The value as compact JSON text. */
function jsonText(v: JsonValue): string {
  if (v instanceof JsonNumber) return v.text;
  if (Array.isArray(v)) return `[${v.map(jsonText).join(',')}]`;
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `${JSON.stringify(k)}:${jsonText(x)}`).join(',')}}`;
  return JSON.stringify(v);
}
