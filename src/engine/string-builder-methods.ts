// StringBuilder's methods with the overloads pwsh picks for them and .NET's argument errors. Each returns
// the builder (so calls chain) unless .NET's method returns something else (ToString, EnsureCapacity,
// Equals). The chunk bookkeeping that Capacity shows is in string-builder.ts.

import { enumerate, toInt, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { formatString } from './format-operator.js';
import { DotNetException, invocationFailed, noOverload } from './member-error.js';
import { argumentConversion } from './method-binder.js';
import { TypedNumber } from './numeric.js';
import { StringBuilderValue } from './string-builder.js';

const OUT_OF_RANGE_OR_EQUAL = (parameter: string) => `Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter '${parameter}')`;
const nonNegative = (parameter: string, value: number) => `${parameter} ('${value}') must be a non-negative value. (Parameter '${parameter}')\nActual value was ${value}.`;

/** A value's text as StringBuilder.Append(object) writes it: a char array is its characters, $null nothing. */
function textOf(value: unknown): string {
  const v = unwrapArgument(value);
  if (v === null || v === undefined) return '';
  if (v instanceof TypedNumber && v.type === 'System.Char') return String.fromCharCode(v.value);
  const items = unwrap(v);
  if (Array.isArray(items) && typeNameOf(items) === 'System.Char[]') return enumerate(items).map((c) => textOf(c)).join('');
  return toPSString(v);
}

/** A one-character argument (a [char] or a one-letter string), or pwsh's conversion error. */
function charArgument(method: string, parameter: string, value: unknown): string {
  const text = textOf(value);
  if (text.length === 1) return text;
  throw argumentConversion(method, parameter, value, 'System.Char', `Cannot convert value "${toPSString(value)}" to type "System.Char". Error: "String must be exactly one character long."`);
}

export function stringBuilderMethod(sb: StringBuilderValue, name: string, args: unknown[]): { value: unknown } | undefined {
  const n = name.toLowerCase();
  const fail = (method: string, message: string, type = 'ArgumentOutOfRangeException'): never => {
    throw invocationFailed(method, args.length, new DotNetException(message, type));
  };
  const counts = (method: string, allowed: number[]) => {
    if (!allowed.includes(args.length)) throw noOverload(method, args.length);
  };
  switch (n) {
    case 'append': {
      counts('Append', [1, 2, 3]);
      if (args.length === 1) sb.append(textOf(args[0]));
      else if (args.length === 2) {
        const char = charArgument('Append', 'value', args[0]);
        const times = toInt(args[1]);
        if (times < 0) fail('Append', nonNegative('repeatCount', times));
        sb.append(char.repeat(times));
      } else {
        const text = textOf(args[0]);
        const [start, count] = [toInt(args[1]), toInt(args[2])];
        if (start < 0) fail('Append', nonNegative('startIndex', start));
        if (count < 0) fail('Append', nonNegative('count', count));
        if (start > text.length - count) fail('Append', OUT_OF_RANGE_OR_EQUAL('startIndex'));
        sb.append(text.slice(start, start + count));
      }
      return { value: sb };
    }
    case 'appendline':
      counts('AppendLine', [0, 1]);
      sb.append((args.length ? textOf(args[0]) : '') + '\n');
      return { value: sb };
    case 'appendformat':
      if (args.length < 2) throw noOverload('AppendFormat', args.length);
      sb.append(formatString(toPSString(args[0]), args.length === 2 && Array.isArray(unwrap(args[1])) ? enumerate(unwrap(args[1])) : args.slice(1)));
      return { value: sb };
    case 'appendjoin': {
      if (args.length < 2) throw noOverload('AppendJoin', args.length);
      const values = args.length === 2 && Array.isArray(unwrap(args[1])) ? enumerate(unwrap(args[1])) : args.slice(1);
      sb.append(values.map(textOf).join(textOf(args[0])));
      return { value: sb };
    }
    case 'insert': {
      counts('Insert', [2, 3]);
      const index = toInt(args[0]);
      const times = args.length === 3 ? toInt(args[2]) : 1;
      if (index < 0 || index > sb.length) fail('Insert', OUT_OF_RANGE_OR_EQUAL('index'));
      if (times < 0) fail('Insert', nonNegative('count', times));
      sb.insert(index, textOf(args[1]).repeat(times));
      return { value: sb };
    }
    case 'remove': {
      counts('Remove', [2]);
      const [start, count] = [toInt(args[0]), toInt(args[1])];
      if (start < 0) fail('Remove', nonNegative('startIndex', start));
      if (count < 0) fail('Remove', nonNegative('length', count));
      if (start + count > sb.length) fail('Remove', OUT_OF_RANGE_OR_EQUAL('length'));
      sb.remove(start, count);
      return { value: sb };
    }
    case 'replace': {
      counts('Replace', [2, 4]);
      const [oldText, newText] = [textOf(args[0]), textOf(args[1])];
      const start = args.length === 4 ? toInt(args[2]) : 0;
      const count = args.length === 4 ? toInt(args[3]) : sb.length;
      if (start < 0 || start > sb.length) fail('Replace', OUT_OF_RANGE_OR_EQUAL('startIndex'));
      if (count < 0 || start > sb.length - count) fail('Replace', OUT_OF_RANGE_OR_EQUAL('count'));
      if (oldText === '') fail('Replace', "The value cannot be an empty string. (Parameter 'oldValue')", 'ArgumentException');
      replaceAll(sb, oldText, newText, start, start + count);
      return { value: sb };
    }
    case 'clear':
      counts('Clear', [0]);
      sb.setLength(0);
      return { value: sb };
    case 'tostring': {
      counts('ToString', [0, 2]);
      if (args.length === 0) return { value: sb.text };
      const [start, count] = [toInt(args[0]), toInt(args[1])];
      if (start < 0) fail('ToString', "StartIndex cannot be less than zero. (Parameter 'startIndex')");
      if (start > sb.length) fail('ToString', "startIndex cannot be larger than length of string. (Parameter 'startIndex')");
      if (count < 0) fail('ToString', "Length cannot be less than zero. (Parameter 'length')");
      if (start > sb.length - count) fail('ToString', "Index and length must refer to a location within the string. (Parameter 'length')");
      return { value: sb.text.slice(start, start + count) };
    }
    case 'ensurecapacity': {
      counts('EnsureCapacity', [1]);
      const capacity = toInt(args[0]);
      if (capacity < 0) fail('EnsureCapacity', "Capacity must be positive. (Parameter 'capacity')");
      return { value: sb.ensureCapacity(capacity) };
    }
    case 'equals':
      counts('Equals', [1]);
      return { value: unwrap(args[0]) instanceof StringBuilderValue && (unwrap(args[0]) as StringBuilderValue).text === sb.text };
    default:
      return undefined;
  }
}

/** Replace(old, new[, start, count]): every match inside [from, to), left to right, as one change. */
function replaceAll(sb: StringBuilderValue, oldText: string, newText: string, from: number, to: number): void {
  const text = sb.text;
  const starts: number[] = [];
  for (let at = text.indexOf(oldText, from); at !== -1 && at + oldText.length <= to; at = text.indexOf(oldText, at + oldText.length)) starts.push(at);
  if (starts.length === 0) return;
  const replaced = text.slice(from, to).split(oldText).join(newText);
  sb.replaceRange(from, to - from, replaced);
}

/** `$sb[i]` reads a [char]; past the end it is $null, as pwsh reads an indexer that throws. */
export function stringBuilderChar(sb: StringBuilderValue, index: number): unknown {
  return index >= 0 && index < sb.length ? new TypedNumber(sb.text.charCodeAt(index), 'System.Char') : null;
}
