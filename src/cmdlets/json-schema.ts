// The JSON Schema keywords Test-Json checks most often (type, enum, const, required, properties,
// additionalProperties, items, the size and range keywords, pattern, uniqueItems), reporting as
// JsonSchema.Net's list output does in pwsh 7.6.10: each failure's message with the JSON Pointer of
// the value it is about, the root's failures first, then those of the values inside, in the order
// the schema names them.

import { JsonNumber, type JsonValue } from './json-document.js';

export class JsonSchemaError extends Error {}

export interface SchemaFailure {
  message: string;
  location: string;
}

const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);

/** A schema that JsonSchema.FromText would refuse: not an object or Boolean, or a `type` it does not know. */
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
}

/**
 * The failures of `instance` against `schema`, in the order pwsh writes them: level by level (the
 * root's, then those of each value the root's keywords look into, then theirs ...).
 */
export function evaluateSchema(schema: JsonValue, instance: JsonValue): SchemaFailure[] {
  const failures: SchemaFailure[] = [];
  const queue: Evaluation[] = [{ schema, instance, location: '' }];
  for (let next = queue.shift(); next; next = queue.shift()) evaluate(next, failures, queue);
  return failures;
}

interface Evaluation {
  schema: JsonValue;
  instance: JsonValue;
  location: string;
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

function evaluate({ schema, instance, location }: Evaluation, out: SchemaFailure[], queue: Evaluation[]): void {
  if (schema === true) return;
  if (schema === false || !(schema instanceof Map)) {
    out.push({ message: 'All values fail against the false schema', location });
    return;
  }
  const own: string[] = [];
  const nested = (sub: JsonValue, item: JsonValue, key: string | number) => queue.push({ schema: sub, instance: item, location: pointer(location, key) });
  const type = typeOf(instance);
  const n = instance instanceof JsonNumber ? instance.value : undefined;
  const size = typeof instance === 'string' ? [...instance].length : undefined;
  for (const [keyword, value] of schema) {
    const limit = value instanceof JsonNumber ? value.value : undefined;
    switch (keyword) {
      case 'type': {
        const names = (Array.isArray(value) ? value : [value]) as string[];
        if (!names.some((t) => t === type || (t === 'number' && type === 'integer'))) own.push(`Value is "${type}" but should be "${names.join(', ')}"`);
        break;
      }
      case 'enum':
        if (Array.isArray(value) && !value.some((v) => equal(v, instance))) own.push('Value should match one of the values specified by the enum');
        break;
      case 'const':
        if (!equal(value, instance)) own.push(`Expected "${jsonText(value).replace(/"/g, '\\u0022')}"`);
        break;
      case 'required':
        if (instance instanceof Map && Array.isArray(value)) {
          const missing = value.filter((k) => typeof k === 'string' && !instance.has(k));
          if (missing.length) own.push(`Required properties [${missing.map((k) => JSON.stringify(k)).join(',')}] are not present`);
        }
        break;
      case 'properties':
        if (instance instanceof Map && value instanceof Map) {
          for (const [name, sub] of value) if (instance.has(name)) nested(sub, instance.get(name)!, name);
        }
        break;
      case 'additionalProperties':
        if (instance instanceof Map) {
          const known = schema.get('properties');
          for (const [name, item] of instance) {
            if (!(known instanceof Map && known.has(name))) nested(value, item, name);
          }
        }
        break;
      case 'items':
        if (Array.isArray(instance) && !Array.isArray(value)) instance.forEach((item, i) => nested(value, item, i));
        break;
      case 'minItems':
        if (Array.isArray(instance) && limit !== undefined && instance.length < limit) own.push(`Value should have at least ${numberText(value)} items`);
        break;
      case 'maxItems':
        if (Array.isArray(instance) && limit !== undefined && instance.length > limit) own.push(`Value should have at most ${numberText(value)} items`);
        break;
      case 'uniqueItems':
        if (Array.isArray(instance) && value === true) {
          const pairs: string[] = [];
          instance.forEach((a, i) => instance.forEach((b, j) => j > i && equal(a, b) && pairs.push(`(${i}, ${j})`)));
          if (pairs.length) own.push(`Found duplicates at the following index pairs: "${pairs.join(', ')}"`);
        }
        break;
      case 'minProperties':
        if (instance instanceof Map && limit !== undefined && instance.size < limit) own.push(`Value should have at least ${numberText(value)} properties`);
        break;
      case 'maxProperties':
        if (instance instanceof Map && limit !== undefined && instance.size > limit) own.push(`Value should have at most ${numberText(value)} properties`);
        break;
      case 'minLength':
        if (size !== undefined && limit !== undefined && size < limit) own.push(`Value should be at least ${numberText(value)} characters`);
        break;
      case 'maxLength':
        if (size !== undefined && limit !== undefined && size > limit) own.push(`Value should be at most ${numberText(value)} characters`);
        break;
      case 'pattern':
        if (typeof instance === 'string' && typeof value === 'string' && !new RegExp(value, 'u').test(instance)) own.push('The string value is not a match for the indicated regular expression');
        break;
      case 'minimum':
        if (n !== undefined && limit !== undefined && n < limit) own.push(`${numberText(instance)} should be at least ${numberText(value)}`);
        break;
      case 'maximum':
        if (n !== undefined && limit !== undefined && n > limit) own.push(`${numberText(instance)} should be at most ${numberText(value)}`);
        break;
      case 'exclusiveMinimum':
        if (n !== undefined && limit !== undefined && n <= limit) own.push(`${numberText(instance)} should be greater than ${numberText(value)}`);
        break;
      case 'exclusiveMaximum':
        if (n !== undefined && limit !== undefined && n >= limit) own.push(`${numberText(instance)} should be less than ${numberText(value)}`);
        break;
      case 'multipleOf':
        if (n !== undefined && limit !== undefined && limit !== 0 && !Number.isInteger(n / limit)) own.push(`${numberText(instance)} should be a multiple of ${numberText(value)}`);
        break;
    }
  }
  for (const message of own) out.push({ message, location });
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
