// [System.Linq.Enumerable]'s static methods as pwsh 7.6.10 binds them, and the Func delegates made from
// script blocks that they run (delegate-value.ts). Checked with pwsh (test/conformance/cases/linq.ps1):
// - pwsh infers TSource from the source's type: a typed array ([int[]]), a List[T], a string (its chars),
//   another LINQ result, or an Object[] written as a `[object[]]` cast in the call itself. A plain
//   Object[] (`@(1,2)`, a variable) infers nothing: the call has no overload, unless a Func[object,…]
//   gives TSource. A script block is not a delegate: it must be cast to [Func[…]].
// - A lazy result (Where, Select, Take …) is an enumerable of .NET's iterator type, enumerated where it is
//   written to the pipeline; only Range, Repeat and Take/Skip of a list have a Count and an indexer of
//   their own (the others' `.Count` is each element's, by member enumeration).
// - .NET's exceptions are wrapped as pwsh wraps them: Exception calling "First" with "1" argument(s): "…".
// spo runs a delegate when the method is called, once per element, not each time the result is
// enumerated (docs/language.md, deviations).

import { TypedArray, collapse, enumerate, exceptionValueText, isTrue, toInt, toPSString, typeNameOf, unwrap, unwrapArgument, ConversionError } from './convert.js';
import { DelegateValue } from './delegate-value.js';
import { DotNetException, MemberError, MethodCallError, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import { PSErrorSignal } from './errors.js';
import { LinqMethodNotAvailable } from './runtime-strings.js';
import { staticMemberCatalog } from './static-member-catalog.js';
import { NamedCollection } from './named-collection.js';
import { GenericList } from './values.js';
import { TypedNumber, typed } from './numeric.js';
import { GenericDictionary, convertTypeArgument, genericFullName, dotnetText, powershellTypeText } from './generic-types.js';
import { defaultOfType } from './array-statics.js';
import { isStringComparer } from './dotnet-statics.js';
import { newCollection } from './dotnet-collections.js';
import { DotNetCollection } from './collection-types.js';
import { getMember } from './values-members.js';
import { compareValues } from './compare-values.js';

const OBJECT = 'System.Object';
const INT32 = 'System.Int32';
const NUMERIC = /^System\.(Int32|Int64|Single|Double|Decimal)$/;

/** A LINQ result: its items (computed when the method ran) under the .NET iterator type pwsh names. */
export class LinqSequence extends NamedCollection<unknown> {
  elementType = OBJECT;
  /** Range, Repeat, Take/Skip of a list: an IList with a Count and an indexer of its own. */
  isList = false;
  /** OrderBy's result: the source in its order and each level's keys and direction, for ThenBy. */
  ordering?: { items: unknown[]; keys: unknown[][]; descending: boolean[] };
  /** .NET's ToString(): the iterator's type with plain type arguments. */
  text = '';
  /** The iterator's type arguments (Get-Member's rows name them: linq-members.ts). */
  typeArgs: readonly string[] = [];
  override ownMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    return /^tostring$/i.test(name) && args.length === 0 ? { value: this.text } : undefined;
  }
  override ownProperty(name: string): { value: unknown } | undefined {
    if (this.isList || !/^count$/i.test(name)) return undefined;
    // Not a collection: `.Count` is each element's Count (member enumeration), as pwsh reads it.
    const counts = this.map((x) => getMember(x, 'Count')).filter((x) => x !== null && x !== undefined);
    return { value: counts.length === 0 ? null : counts.length === 1 ? counts[0] : counts };
  }
  override indexGet(index: unknown): { value: unknown } | undefined {
    if (this.isList) return undefined;
    // No indexer: each element is indexed (a scalar's [0] is itself).
    const i = toInt(index);
    return { value: collapse(this.map((x) => (Array.isArray(x) ? x[i < 0 ? x.length + i : i] : i === 0 || i === -1 ? x : null)).filter((x) => x !== null && x !== undefined)) };
  }
}

/** System.Linq.Grouping`2: a group's Key, and its elements (it is an IList: Count, an indexer). */
export class LinqGrouping extends NamedCollection<unknown> {
  key: unknown = null;
  typeArgs: readonly string[] = [];
  override ownProperty(name: string): { value: unknown } | undefined {
    return /^key$/i.test(name) ? { value: this.key } : undefined;
  }
}

function sequence(iterator: string, typeArgs: readonly string[], items: Iterable<unknown>, elementType: string, isList = false): LinqSequence {
  const s = new LinqSequence();
  for (const x of items) s.push(x);
  const definition = `System.Linq.Enumerable+${iterator}\`${typeArgs.length}`;
  s.dotNetTypeName = genericFullName(definition, typeArgs);
  s.elementType = elementType;
  s.isList = isList;
  s.text = dotnetText(definition, typeArgs);
  s.typeArgs = typeArgs;
  return s;
}

interface Source {
  items: unknown[];
  /** TSource, or undefined when pwsh cannot infer it (a plain Object[]). */
  elementType: string | undefined;
  /** What the source is, for the iterator's name: Array, List, Range, or another sequence. */
  shape: 'Array' | 'List' | 'Range' | 'IList' | 'Where' | 'ListWhere' | 'Enumerable';
}

/** The source argument as pwsh binds it to IEnumerable[TSource]; undefined when it is not enumerable. */
function sourceOf(arg: unknown, castType: string | undefined): Source | undefined {
  const v = unwrap(arg);
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return { items: [...v].map((c) => new TypedNumber(c.charCodeAt(0), 'System.Char')), elementType: 'System.Char', shape: 'Enumerable' };
  if (v instanceof LinqSequence) {
    const name = v.dotNetTypeName;
    const shape = /\+RangeIterator`/.test(name) ? 'Range' : /\+ArrayWhereIterator`/.test(name) ? 'Where' : /\+ListWhereIterator`/.test(name) ? 'ListWhere' : v.isList ? 'IList' : 'Enumerable';
    return { items: [...v], elementType: v.elementType, shape };
  }
  if (v instanceof LinqGrouping) return { items: [...v], elementType: v.typeArgs[1], shape: 'IList' };
  if (v instanceof DotNetCollection) return v.elementType === undefined ? undefined : { items: [...v], elementType: v.elementType, shape: 'Enumerable' };
  if (v instanceof GenericList) return { items: [...v], elementType: v.elementType, shape: 'List' };
  if (v instanceof GenericDictionary) return undefined;
  if (!Array.isArray(v) || v instanceof NamedCollection) return undefined;
  const type = typeNameOf(v);
  if (type === 'System.Object[]') return { items: [...v], elementType: castType === 'System.Object[]' ? OBJECT : undefined, shape: 'Array' };
  if (v instanceof TypedArray) return { items: [...v], elementType: v.elementType, shape: 'Array' };
  return undefined;
}

const delegateOf = (arg: unknown): DelegateValue | undefined => {
  const v = unwrap(arg);
  return v instanceof DelegateValue ? v : undefined;
};

/** A value as a type argument T holds it (`[int]` of a TypedNumber 1 is 1). */
function asType(type: string, value: unknown): unknown {
  if (type === OBJECT) return value === undefined ? null : value;
  return convertTypeArgument(type, value === undefined ? null : value);
}

/**
 * Runs a Func: its arguments converted to the parameters' types (`$f.Invoke('x')` on a Func[int,bool] is
 * pwsh's argument conversion error), the block with them as its arguments ($args, param; not `$_`), and
 * what it writes converted to TResult: a Boolean's truth, nothing a value type's default, several an Object[].
 */
export async function invokeDelegate(d: DelegateValue, args: readonly unknown[], signal: AbortSignal): Promise<unknown> {
  const types = d.parameterTypes;
  if (args.length !== types.length) throw noOverload('Invoke', args.length);
  const converted = args.map((a, i) => {
    try {
      return asType(types[i]!, unwrapArgument(a));
    } catch (e) {
      if (e instanceof ConversionError) throw argumentConversionError('Invoke', types.length === 1 ? 'arg' : `arg${i + 1}`, exceptionValueText(a), types[i]!, e.message);
      throw e;
    }
  });
  return result(d, await d.block.invoke({ args: converted }, signal));
}

/** What a delegate wrote that does not convert to TResult: the method's failure (linqStaticCall words it). */
class ResultConversionError extends Error {}

function result(d: DelegateValue, output: unknown[]): unknown {
  const type = d.resultType;
  if (type === 'System.Boolean') return isTrue(collapse(output));
  if (output.length === 0) return defaultOfType(type);
  try {
    return asType(type, collapse(output));
  } catch (e) {
    if (e instanceof ConversionError) throw new ResultConversionError(e.message);
    throw e;
  }
}

/** Calls a delegate on one element (and its index, for the Func[T,int,…] overloads). */
async function call(d: DelegateValue, signal: AbortSignal, ...args: unknown[]): Promise<unknown> {
  return result(d, await d.block.invoke({ args }, signal));
}

/** A key for .NET's default equality (an Int32 1 is not an Int64 1; strings are ordinal). */
function equalityKey(value: unknown, ignoreCase: boolean): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return '\0null';
  if (typeof v === 'string') return 'S' + (ignoreCase ? v.toLowerCase() : v);
  if (typeof v === 'number' || typeof v === 'boolean' || value instanceof TypedNumber) return `N${typeNameOf(value)}:${String(v)}`;
  return v;
}

function distinct(items: readonly unknown[], ignoreCase: boolean, exclude?: Set<unknown>): unknown[] {
  const seen = new Set<unknown>(exclude);
  const out: unknown[] = [];
  for (const x of items) {
    const k = equalityKey(x, ignoreCase);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

/** Comparer<T>.Default: numbers by value, strings by the culture's order, null first. */
function compareKeys(a: unknown, b: unknown): number {
  const x = unwrap(a);
  const y = unwrap(b);
  if (x === null || x === undefined) return y === null || y === undefined ? 0 : -1;
  if (y === null || y === undefined) return 1;
  if (typeof x === 'string' && typeof y === 'string') return compareValues(x, y, true);
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  return compareValues(x, y, true);
}

const noElements = () => new DotNetException('Sequence contains no elements', 'InvalidOperationException');
const noMatch = () => new DotNetException('Sequence contains no matching element', 'InvalidOperationException');
const outOfRange = (parameter: string) => new DotNetException(`Specified argument was out of the range of valid values. (Parameter '${parameter}')`, 'ArgumentOutOfRangeException');

/** Sum of numbers of a .NET type: Int32 and Int64 overflow as .NET's checked sums do. */
function sum(values: readonly unknown[], type: string): unknown {
  let total = 0;
  for (const x of values) total += Number(unwrap(x) ?? 0);
  if ((type === INT32 && (total > 2147483647 || total < -2147483648)) || (type === 'System.Int64' && !Number.isSafeInteger(total))) {
    throw new DotNetException('Arithmetic operation resulted in an overflow.', 'OverflowException');
  }
  return type === INT32 ? total : typed(total, type);
}

function average(values: readonly unknown[], type: string): unknown {
  if (values.length === 0) throw noElements();
  let total = 0;
  for (const x of values) total += Number(unwrap(x) ?? 0);
  return typed(total / values.length, type === 'System.Single' ? 'System.Single' : type === 'System.Decimal' ? 'System.Decimal' : 'System.Double');
}

/** Min or Max: a number type's empty sequence fails, a reference type's gives $null. */
function extreme(values: readonly unknown[], type: string, sign: 1 | -1): unknown {
  const present = NUMERIC.test(type) ? values : values.filter((x) => unwrap(x) !== null && unwrap(x) !== undefined);
  if (present.length === 0) {
    if (/^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal|Char|Boolean)$/.test(type)) throw noElements();
    return null;
  }
  let best = present[0];
  for (const x of present.slice(1)) if (compareKeys(x, best) * sign > 0) best = x;
  return best;
}

interface Call {
  name: string;
  args: unknown[];
  castTypes: readonly (string | undefined)[];
  signal: AbortSignal;
  /** Type arguments written with the call (`::Distinct[object](…)`): TSource first. */
  typeArgs?: readonly string[];
}

/** pwsh's failure for explicit type arguments no overload takes. */
const noGenericOverload = (c: Call) =>
  new MethodCallError(`Could not find a suitable generic method overload for "${c.name}" with "${c.typeArgs!.length}" type parameters, and the argument count: "${c.args.length}".`, 'MethodException', 'MethodCountCouldNotFindBest');

/** How many items from the start the predicate holds for (TakeWhile and SkipWhile cut there); a two-parameter predicate gets the index too. */
async function leadingMatches(d: DelegateValue, signal: AbortSignal, items: readonly unknown[]): Promise<number> {
  let n = 0;
  while (n < items.length && (await call(d, signal, items[n], ...(d.parameterTypes.length === 2 ? [n] : [])))) n++;
  return n;
}

/** The source and delegate of `M(source, func)`; no overload when TSource is not known or does not match. */
function bindSource(c: Call, index = 0, func?: DelegateValue): Source & { elementType: string } {
  const source = sourceOf(c.args[index], c.castTypes[index]);
  if (!source) throw c.typeArgs ? noGenericOverload(c) : noOverload(c.name, c.args.length);
  // With TSource written, the source must already be an IEnumerable of it (an Object[] is one of Object).
  if (c.typeArgs) {
    const given = c.typeArgs[0];
    if ((source.elementType ?? OBJECT) !== given || (func && func.parameterTypes[0] !== given)) throw noGenericOverload(c);
    return { ...source, elementType: given };
  }
  const fromFunc = func?.parameterTypes[0];
  if (source.elementType === undefined) {
    // A plain Object[] binds only where the delegate says TSource is Object.
    if (fromFunc !== OBJECT) throw noOverload(c.name, c.args.length);
    return { ...source, elementType: OBJECT };
  }
  if (fromFunc !== undefined && fromFunc !== source.elementType) throw noOverload(c.name, c.args.length);
  return source as Source & { elementType: string };
}

/** A Func argument whose parameters are (TSource) or, where the method has that overload, (TSource, int). */
function funcArg(c: Call, index: number, parameters: readonly number[] = [1], resultType?: string): DelegateValue {
  const d = delegateOf(c.args[index]);
  if (unwrap(c.args[index]) === null) nullDelegate(c);
  if (!d || !parameters.includes(d.parameterTypes.length) || (parameters.includes(1) && d.parameterTypes.length === 2 && d.parameterTypes[1] !== INT32) || (resultType !== undefined && d.resultType !== resultType)) {
    throw noOverload(c.name, c.args.length);
  }
  return d;
}

/** Methods whose Func overloads a $null cannot choose between, and those with one predicate overload. */
const AMBIGUOUS_WITH_NULL = /^(where|takewhile|skipwhile|sum|min|max|average)$/i;
const ONE_PREDICATE = /^(any|all|count|longcount|(first|last|single)(ordefault)?)$/i;

/** A $null where the Func goes: pwsh's ambiguity, or .NET's ArgumentNullException for the predicate. */
function nullDelegate(c: Call): void {
  if (AMBIGUOUS_WITH_NULL.test(c.name)) throw new MethodCallError(`Multiple ambiguous overloads found for "${c.name}" and the argument count: "${c.args.length}".`, 'MethodException', 'MethodCountCouldNotFindBest');
  if (ONE_PREDICATE.test(c.name)) throw new DotNetException("Value cannot be null. (Parameter 'predicate')", 'ArgumentNullException');
}

/** An Int32 parameter (Take's count, Range's start): one that does not convert is pwsh's argument conversion error. */
function intArg(c: Call, index: number, parameter: string): number {
  try {
    return unwrap(convertTypeArgument(INT32, unwrapArgument(c.args[index]) ?? null)) as number;
  } catch (e) {
    if (e instanceof ConversionError) throw argumentConversionError(c.name, parameter, exceptionValueText(c.args[index]), INT32, e.message);
    throw e;
  }
}

/**
 * A TSource argument (Contains's value, Append's element, FirstOrDefault's default): pwsh infers TSource
 * from it too, so a value of another type leaves the call without an overload (`Contains([long[]]…, 2)`).
 */
function valueArg(c: Call, index: number, type: string): unknown {
  const v = unwrapArgument(c.args[index]);
  if (type === OBJECT) return v ?? null;
  if (v === null || v === undefined) return asType(type, null);
  if (typeNameOf(v) !== type) throw noOverload(c.name, c.args.length);
  return v;
}

/** A second sequence of the same TSource (Concat, Union, SequenceEqual …). */
function secondSource(c: Call, first: string, index = 1): unknown[] {
  const second = sourceOf(c.args[index], c.castTypes[index]);
  if (!second || (second.elementType ?? OBJECT) !== first) throw noOverload(c.name, c.args.length);
  return second.items;
}

/** An optional IEqualityComparer argument: a StringComparer for string sources; its ignoreCase. */
function comparerArg(c: Call, index: number, elementType: string): boolean {
  if (c.args.length <= index) return false;
  const v = unwrap(c.args[index]);
  if (v === null) return false;
  if (!isStringComparer(v) || (elementType !== 'System.String' && elementType !== OBJECT)) throw noOverload(c.name, c.args.length);
  return (v as { ignoreCase: boolean }).ignoreCase;
}

const counts = (c: Call, ...allowed: number[]) => {
  if (!allowed.includes(c.args.length)) throw noOverload(c.name, c.args.length);
};

async function filter(c: Call, items: readonly unknown[], d: DelegateValue): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < items.length; i++) if (await call(d, c.signal, items[i], ...(d.parameterTypes.length === 2 ? [i] : []))) out.push(items[i]);
  return out;
}

async function project(c: Call, items: readonly unknown[], d: DelegateValue): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < items.length; i++) out.push(await call(d, c.signal, items[i], ...(d.parameterTypes.length === 2 ? [i] : [])));
  return out;
}

/** The element a First/Last/Single family method picks, or its failure. */
async function pick(c: Call, kind: 'First' | 'Last' | 'Single', orDefault: boolean): Promise<unknown> {
  counts(c, 1, 2, 3);
  const d = c.args.length >= 2 ? delegateOf(c.args[1]) : undefined;
  if (d) funcArg(c, 1);
  // FirstOrDefault(source, $null) is the predicate overload too.
  if (c.args.length === 2 && unwrap(c.args[1]) === null) nullDelegate(c);
  if (!orDefault && c.args.length !== (d ? 2 : 1)) throw noOverload(c.name, c.args.length);
  const source = bindSource(c, 0, d);
  const T = source.elementType;
  // FirstOrDefault(source, defaultValue), FirstOrDefault(source, predicate, defaultValue).
  const defaultIndex = d ? 2 : 1;
  const fallback = c.args.length > defaultIndex ? valueArg(c, defaultIndex, T) : defaultOfType(T);
  const matches = d ? await filter(c, source.items, d) : source.items;
  if (matches.length === 0) {
    if (orDefault) return fallback;
    throw source.items.length === 0 || !d ? noElements() : noMatch();
  }
  if (kind === 'Single' && matches.length > 1) {
    throw new DotNetException(d ? 'Sequence contains more than one matching element' : 'Sequence contains more than one element', 'InvalidOperationException');
  }
  return kind === 'Last' ? matches[matches.length - 1] : matches[0];
}

/** Sum/Min/Max/Average: of a number sequence, or of what a selector gives (Min/Max: any comparable type). */
async function aggregate(c: Call, kind: 'Sum' | 'Min' | 'Max' | 'Average'): Promise<unknown> {
  counts(c, 1, 2);
  let values: unknown[];
  let type: string;
  if (c.args.length === 2) {
    const d = funcArg(c, 1);
    const source = bindSource(c, 0, d);
    if ((kind === 'Sum' || kind === 'Average') && !NUMERIC.test(d.resultType)) throw noOverload(c.name, c.args.length);
    values = await project(c, source.items, d);
    type = d.resultType;
  } else {
    const source = bindSource(c, 0);
    type = source.elementType;
    if ((kind === 'Sum' || kind === 'Average') && !NUMERIC.test(type)) throw noOverload(c.name, c.args.length);
    values = source.items;
  }
  if (kind === 'Sum') return sum(values, type);
  if (kind === 'Average') return average(values, type);
  return extreme(values, type, kind === 'Max' ? 1 : -1);
}

/** OrderBy/OrderByDescending, and ThenBy/ThenByDescending of their result: a stable sort by each level's keys. */
async function order(c: Call, descending: boolean, then: boolean): Promise<LinqSequence> {
  counts(c, 2);
  const d = funcArg(c, 1);
  const source = bindSource(c, 0, d);
  const ordered = unwrap(c.args[0]);
  if (then && !(ordered instanceof LinqSequence && ordered.ordering)) throw noOverload(c.name, c.args.length);
  const base = then ? (ordered as LinqSequence).ordering! : { items: source.items, keys: [], descending: [] };
  const keys = [...base.keys, await project(c, base.items, d)];
  const directions = [...base.descending, descending];
  const indexes = base.items.map((_, i) => i);
  indexes.sort((a, b) => {
    for (let level = 0; level < keys.length; level++) {
      const r = compareKeys(keys[level]![a], keys[level]![b]);
      if (r !== 0) return directions[level] ? -r : r;
    }
    return 0;
  });
  const s = sequence('OrderedIterator', [source.elementType, d.resultType], indexes.map((i) => base.items[i]), source.elementType);
  s.ordering = { items: base.items, keys, descending: directions };
  return s;
}

/** The iterator type .NET's Where/Select return for a source of this shape. */
function whereIterator(shape: Source['shape']): string {
  return shape === 'Array' || shape === 'Where' ? 'ArrayWhereIterator' : shape === 'List' || shape === 'ListWhere' ? 'ListWhereIterator' : 'IEnumerableWhereIterator';
}
function selectIterator(shape: Source['shape']): string {
  return shape === 'Array' ? 'ArraySelectIterator' : shape === 'List' ? 'ListSelectIterator' : shape === 'Range' ? 'RangeSelectIterator' : shape === 'IList' ? 'IListSelectIterator' : 'IEnumerableSelectIterator';
}

type Method = (c: Call) => Promise<unknown> | unknown;

const METHODS: Record<string, Method> = {
  range(c) {
    counts(c, 2);
    const start = intArg(c, 0, 'start');
    const count = intArg(c, 1, 'count');
    if (count < 0 || start + count - 1 > 2147483647) throw outOfRange('count');
    return sequence('RangeIterator', [INT32], Array.from({ length: count }, (_, i) => start + i), INT32, true);
  },
  repeat(c) {
    counts(c, 2);
    const element = unwrapArgument(c.args[0]);
    if (element === null || element === undefined) throw noOverload(c.name, c.args.length);
    const count = intArg(c, 1, 'count');
    if (count < 0) throw outOfRange('count');
    const type = typeNameOf(element);
    return sequence('RepeatIterator', [type], Array.from({ length: count }, () => element), type, true);
  },
  empty(c) {
    throw noOverload(c.name, c.args.length);
  },
  async where(c) {
    counts(c, 2);
    const d = funcArg(c, 1, [1, 2], 'System.Boolean');
    const source = bindSource(c, 0, d);
    return sequence(d.parameterTypes.length === 2 ? '<WhereIterator>d__0' : whereIterator(source.shape), [source.elementType], await filter(c, source.items, d), source.elementType);
  },
  async select(c) {
    counts(c, 2);
    const d = funcArg(c, 1, [1, 2]);
    const source = bindSource(c, 0, d);
    return sequence(d.parameterTypes.length === 2 ? '<SelectIterator>d__0' : selectIterator(source.shape), [source.elementType, d.resultType], await project(c, source.items, d), d.resultType);
  },
  async selectmany(c) {
    counts(c, 2);
    const d = funcArg(c, 1);
    const source = bindSource(c, 0, d);
    const element = /^(.*)\[\]$/.exec(d.resultType)?.[1];
    if (element === undefined) throw noOverload(c.name, c.args.length);
    const out: unknown[] = [];
    for (const x of await project(c, source.items, d)) if (x !== null && x !== undefined) out.push(...enumerate(x));
    return sequence('SelectManySingleSelectorIterator', [source.elementType, element], out, element);
  },
  async any(c) {
    counts(c, 1, 2);
    const d = c.args.length === 2 ? funcArg(c, 1, [1], 'System.Boolean') : undefined;
    const source = bindSource(c, 0, d);
    if (!d) return source.items.length > 0;
    for (const x of source.items) if (await call(d, c.signal, x)) return true;
    return false;
  },
  async all(c) {
    counts(c, 2);
    const d = funcArg(c, 1, [1], 'System.Boolean');
    const source = bindSource(c, 0, d);
    for (const x of source.items) if (!(await call(d, c.signal, x))) return false;
    return true;
  },
  async count(c) {
    counts(c, 1, 2);
    const d = c.args.length === 2 ? funcArg(c, 1, [1], 'System.Boolean') : undefined;
    const source = bindSource(c, 0, d);
    return d ? (await filter(c, source.items, d)).length : source.items.length;
  },
  async longcount(c) {
    return typed((await METHODS.count!(c)) as number, 'System.Int64');
  },
  first: (c) => pick(c, 'First', false),
  firstordefault: (c) => pick(c, 'First', true),
  last: (c) => pick(c, 'Last', false),
  lastordefault: (c) => pick(c, 'Last', true),
  single: (c) => pick(c, 'Single', false),
  singleordefault: (c) => pick(c, 'Single', true),
  elementat(c) {
    counts(c, 2);
    const source = bindSource(c);
    const i = intArg(c, 1, 'index');
    if (i < 0 || i >= source.items.length) throw new DotNetException("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')", 'ArgumentOutOfRangeException');
    return source.items[i];
  },
  elementatordefault(c) {
    counts(c, 2);
    const source = bindSource(c);
    const i = intArg(c, 1, 'index');
    return i < 0 || i >= source.items.length ? defaultOfType(source.elementType) : source.items[i];
  },
  sum: (c) => aggregate(c, 'Sum'),
  min: (c) => aggregate(c, 'Min'),
  max: (c) => aggregate(c, 'Max'),
  average: (c) => aggregate(c, 'Average'),
  take(c) {
    counts(c, 2);
    const source = bindSource(c);
    const n = Math.max(0, intArg(c, 1, 'count'));
    return skipTake(source, source.items.slice(0, n));
  },
  skip(c) {
    counts(c, 2);
    const source = bindSource(c);
    const n = Math.max(0, intArg(c, 1, 'count'));
    return skipTake(source, source.items.slice(n));
  },
  takelast(c) {
    counts(c, 2);
    const source = bindSource(c);
    const n = Math.max(0, intArg(c, 1, 'count'));
    return sequence('<TakeRangeFromEndIterator>d__316', [source.elementType], n === 0 ? [] : source.items.slice(-n), source.elementType);
  },
  skiplast(c) {
    counts(c, 2);
    const source = bindSource(c);
    const n = Math.max(0, intArg(c, 1, 'count'));
    return sequence('<TakeRangeFromEndIterator>d__316', [source.elementType], source.items.slice(0, Math.max(0, source.items.length - n)), source.elementType);
  },
  async takewhile(c) {
    counts(c, 2);
    const d = funcArg(c, 1, [1, 2], 'System.Boolean');
    const source = bindSource(c, 0, d);
    const n = await leadingMatches(d, c.signal, source.items);
    return sequence('<TakeWhileIterator>d__318', [source.elementType], source.items.slice(0, n), source.elementType);
  },
  async skipwhile(c) {
    counts(c, 2);
    const d = funcArg(c, 1, [1, 2], 'System.Boolean');
    const source = bindSource(c, 0, d);
    const n = await leadingMatches(d, c.signal, source.items);
    return sequence('<SkipWhileIterator>d__281', [source.elementType], source.items.slice(n), source.elementType);
  },
  reverse(c) {
    counts(c, 1);
    const source = bindSource(c);
    return sequence('ReverseIterator', [source.elementType], [...source.items].reverse(), source.elementType);
  },
  concat(c) {
    counts(c, 2);
    const source = bindSource(c);
    return sequence('Concat2Iterator', [source.elementType], [...source.items, ...secondSource(c, source.elementType)], source.elementType);
  },
  union(c) {
    counts(c, 2, 3);
    const source = bindSource(c);
    const second = secondSource(c, source.elementType);
    return sequence('UnionIterator2', [source.elementType], distinct([...source.items, ...second], comparerArg(c, 2, source.elementType)), source.elementType);
  },
  intersect(c) {
    counts(c, 2, 3);
    const source = bindSource(c);
    const second = secondSource(c, source.elementType);
    const ignoreCase = comparerArg(c, 2, source.elementType);
    const inSecond = new Set(second.map((x) => equalityKey(x, ignoreCase)));
    return sequence('<IntersectIterator>d__121', [source.elementType], distinct(source.items.filter((x) => inSecond.has(equalityKey(x, ignoreCase))), ignoreCase), source.elementType);
  },
  except(c) {
    counts(c, 2, 3);
    const source = bindSource(c);
    const second = secondSource(c, source.elementType);
    const ignoreCase = comparerArg(c, 2, source.elementType);
    return sequence('<ExceptIterator>d__88', [source.elementType], distinct(source.items, ignoreCase, new Set(second.map((x) => equalityKey(x, ignoreCase)))), source.elementType);
  },
  distinct(c) {
    counts(c, 1, 2);
    const source = bindSource(c);
    return sequence('DistinctIterator', [source.elementType], distinct(source.items, comparerArg(c, 1, source.elementType)), source.elementType);
  },
  contains(c) {
    counts(c, 2, 3);
    const source = bindSource(c);
    const ignoreCase = comparerArg(c, 2, source.elementType);
    const value = valueArg(c, 1, source.elementType);
    const key = equalityKey(value, ignoreCase);
    return source.items.some((x) => equalityKey(x, ignoreCase) === key);
  },
  sequenceequal(c) {
    counts(c, 2, 3);
    const source = bindSource(c);
    const second = secondSource(c, source.elementType);
    const ignoreCase = comparerArg(c, 2, source.elementType);
    return source.items.length === second.length && source.items.every((x, i) => equalityKey(x, ignoreCase) === equalityKey(second[i], ignoreCase));
  },
  toarray(c) {
    counts(c, 1);
    const source = bindSource(c);
    return source.elementType === OBJECT ? [...source.items] : TypedArray.of2(source.elementType, source.items);
  },
  tolist(c) {
    counts(c, 1);
    const source = bindSource(c);
    const list = new GenericList();
    list.elementType = source.elementType;
    list.push(...source.items);
    return list;
  },
  tohashset(c) {
    counts(c, 1, 2);
    const source = bindSource(c);
    const ignoreCase = comparerArg(c, 1, source.elementType);
    return newCollection('HashSet', source.elementType, distinct(source.items, ignoreCase), ignoreCase);
  },
  chunk(c) {
    counts(c, 2);
    const source = bindSource(c);
    const size = intArg(c, 1, 'size');
    if (size < 1) throw outOfRange('size');
    const chunks: unknown[] = [];
    for (let i = 0; i < source.items.length; i += size) chunks.push(TypedArray.of2(source.elementType, source.items.slice(i, i + size)));
    return sequence(source.shape === 'Array' ? '<ArrayChunkIterator>d__39' : '<EnumerableChunkIterator>d__40', [source.elementType], chunks, `${source.elementType}[]`);
  },
  orderby: (c) => order(c, false, false),
  orderbydescending: (c) => order(c, true, false),
  thenby: (c) => order(c, false, true),
  thenbydescending: (c) => order(c, true, true),
  async groupby(c) {
    counts(c, 2);
    const d = funcArg(c, 1);
    const source = bindSource(c, 0, d);
    const keys = await project(c, source.items, d);
    const groups = new Map<unknown, LinqGrouping>();
    const groupType = genericFullName('System.Linq.Grouping`2', [d.resultType, source.elementType]);
    source.items.forEach((x, i) => {
      const k = equalityKey(keys[i], false);
      let g = groups.get(k);
      if (!g) {
        g = new LinqGrouping();
        g.dotNetTypeName = groupType;
        g.key = keys[i];
        g.typeArgs = [d.resultType, source.elementType];
        groups.set(k, g);
      }
      g.push(x);
    });
    return sequence('GroupByIterator', [source.elementType, d.resultType], groups.values(), groupType);
  },
  async aggregate(c) {
    counts(c, 2, 3, 4);
    const d = funcArg(c, c.args.length === 2 ? 1 : 2, [2]);
    if (c.args.length === 2) {
      const source = bindSource(c);
      if (d.parameterTypes[0] !== source.elementType || d.parameterTypes[1] !== source.elementType || d.resultType !== source.elementType) throw noOverload(c.name, c.args.length);
      if (source.items.length === 0) throw noElements();
      let total = source.items[0];
      for (const x of source.items.slice(1)) total = await call(d, c.signal, total, x);
      return total;
    }
    // Aggregate(source, seed, func[, resultSelector]): TAccumulate is the Func's first parameter.
    const source = sourceOf(c.args[0], c.castTypes[0]);
    const T = source?.elementType ?? (d.parameterTypes[1] === OBJECT && Array.isArray(unwrap(c.args[0])) ? OBJECT : undefined);
    if (!source || T !== d.parameterTypes[1] || d.parameterTypes[0] !== d.resultType) throw noOverload(c.name, c.args.length);
    let total = valueArg(c, 1, d.resultType);
    for (const x of source.items) total = await call(d, c.signal, total, x);
    if (c.args.length === 3) return total;
    const finish = funcArg(c, 3);
    if (finish.parameterTypes[0] !== d.resultType) throw noOverload(c.name, c.args.length);
    return call(finish, c.signal, total);
  },
  append(c) {
    counts(c, 2);
    const source = bindSource(c);
    return sequence('AppendPrepend1Iterator', [source.elementType], [...source.items, valueArg(c, 1, source.elementType)], source.elementType);
  },
  prepend(c) {
    counts(c, 2);
    const source = bindSource(c);
    return sequence('AppendPrepend1Iterator', [source.elementType], [valueArg(c, 1, source.elementType), ...source.items], source.elementType);
  },
  async minby(c) {
    return by(c, -1);
  },
  async maxby(c) {
    return by(c, 1);
  },
  async distinctby(c) {
    counts(c, 2);
    const d = funcArg(c, 1);
    const source = bindSource(c, 0, d);
    const keys = await project(c, source.items, d);
    const seen = new Set<unknown>();
    const out = source.items.filter((_, i) => {
      const k = equalityKey(keys[i], false);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return sequence('<DistinctByIterator>d__69', [source.elementType, d.resultType], out, source.elementType);
  },
  order(c) {
    counts(c, 1);
    const source = bindSource(c);
    return sequence('ImplicitlyStableOrderedIterator', [source.elementType], [...source.items].sort(compareKeys), source.elementType);
  },
  orderdescending(c) {
    counts(c, 1);
    const source = bindSource(c);
    return sequence('ImplicitlyStableOrderedIterator', [source.elementType], [...source.items].sort((a, b) => compareKeys(b, a)), source.elementType);
  },
  async todictionary(c) {
    counts(c, 2, 3);
    const keySelector = funcArg(c, 1);
    const source = bindSource(c, 0, keySelector);
    const valueSelector = c.args.length === 3 ? delegateOf(c.args[2]) : undefined;
    if (c.args.length === 3 && (!valueSelector || valueSelector.parameterTypes[0] !== source.elementType)) throw noOverload(c.name, c.args.length);
    const keys = await project(c, source.items, keySelector);
    const values = valueSelector ? await project(c, source.items, valueSelector) : source.items;
    const dictionary = new GenericDictionary(keySelector.resultType, valueSelector?.resultType ?? source.elementType);
    keys.forEach((k, i) => {
      if (k === null || k === undefined) throw new DotNetException("Value cannot be null. (Parameter 'key')", 'ArgumentNullException');
      if (dictionary.has(k)) throw new DotNetException(`An item with the same key has already been added. Key: ${toPSString(k)}`);
      dictionary.set(k, values[i]);
    });
    return dictionary;
  },
};

/** MinBy/MaxBy: the first element whose key is least (greatest); an empty sequence of a value type fails. */
async function by(c: Call, sign: 1 | -1): Promise<unknown> {
  counts(c, 2);
  const d = funcArg(c, 1);
  const source = bindSource(c, 0, d);
  if (source.items.length === 0) {
    if (defaultOfType(source.elementType) !== null || source.elementType === 'System.Boolean') throw noElements();
    return null;
  }
  const keys = await project(c, source.items, d);
  let best = 0;
  for (let i = 1; i < keys.length; i++) if (compareKeys(keys[i], keys[best]) * sign > 0) best = i;
  return source.items[best];
}

function skipTake(source: Source & { elementType: string }, items: unknown[]): LinqSequence {
  const list = source.shape === 'Array' || source.shape === 'List' || source.shape === 'IList';
  if (source.shape === 'Range') return sequence('RangeIterator', [INT32], items, INT32, true);
  return sequence(list ? 'IListSkipTakeIterator' : 'IEnumerableSkipTakeIterator', [source.elementType], items, source.elementType, list);
}

/**
 * `[Linq.Enumerable]::Name(args)`: undefined for a method spo does not have (the executor reports pwsh's
 * MethodNotFound, or the recorded overloads say there is one). `castTypes[i]` is the type of a cast the
 * i-th argument is written as (`[object[]]@(…)`), which pwsh's binder sees.
 */
export async function linqStaticCall(name: string, args: unknown[], castTypes: readonly (string | undefined)[], signal: AbortSignal, typeArgs?: readonly string[]): Promise<{ value: unknown } | undefined> {
  if (typeArgs?.length) {
    const explicit = explicitCall(dotnetName(name), args, typeArgs);
    if (explicit) return explicit;
  }
  const generic = typeArgs?.length && !NON_GENERIC.test(name) ? typeArgs : undefined;
  const method = METHODS[name.toLowerCase()];
  if (!method) {
    // A method pwsh has (its overloads are recorded) but spo does not run.
    const listed = staticMemberCatalog()['System.Linq.Enumerable']!.find(([n]) => n.toLowerCase() === name.toLowerCase() && !/^(equals|referenceequals)$/i.test(n));
    if (listed) throw MemberError.of(LinqMethodNotAvailable(listed[0]), 'NotImplemented');
    return undefined;
  }
  // .NET's spelling of the method, as its errors name it.
  const spelled = dotnetName(name);
  try {
    const call: Call = { name: spelled, args, castTypes, signal, typeArgs: generic };
    if (generic && generic.length !== typeParameterCount(name, args.length)) throw noGenericOverload(call);
    return { value: await method(call) };
  } catch (e) {
    if (e instanceof DotNetException) throw invocationFailed(spelled, args.length, e);
    // A lazy result fails where pwsh enumerates it; the others within the call, which pwsh wraps.
    const lazy = LAZY.test(name);
    if (e instanceof ResultConversionError) {
      if (lazy) throw new MemberError(`An error occurred while enumerating through a collection: ${e.message}.`, 'BadEnumeration');
      throw invocationFailed(spelled, args.length, new DotNetException(e.message, 'PSInvalidCastException'));
    }
    if (e instanceof PSErrorSignal && !lazy && !signal.aborted) throw invocationFailed(spelled, args.length, new DotNetException(e.record.message, 'RuntimeException'));
    throw e;
  }
}

/** Methods without a generic overload: type arguments written with them are not used (pwsh: `Range[int](1, 2)`). */
const NON_GENERIC = /^(range)$/i;

/** How many type parameters the generic overload called with `count` arguments has. */
function typeParameterCount(name: string, count: number): number {
  switch (name.toLowerCase()) {
    case 'select':
    case 'selectmany':
    case 'orderby':
    case 'orderbydescending':
    case 'thenby':
    case 'thenbydescending':
    case 'groupby':
    case 'minby':
    case 'maxby':
    case 'distinctby':
      return 2;
    case 'todictionary':
      return count === 3 ? 3 : 2;
    case 'aggregate':
      return count === 2 ? 1 : count === 3 ? 2 : 3;
    case 'sum':
    case 'average':
      // Only the selector overloads are generic.
      return count === 2 ? 1 : 0;
    default:
      return 1;
  }
}

/** Cast[T], OfType[T] and Empty[T], which take T only as written. */
function explicitCall(name: string, args: unknown[], typeArgs: readonly string[]): { value: unknown } | undefined {
  const T = typeArgs[0]!;
  const n = name.toLowerCase();
  if (n === 'empty') {
    if (args.length !== 0 || typeArgs.length !== 1) throw noOverload(name, args.length);
    return { value: T === OBJECT ? [] : TypedArray.of2(T, []) };
  }
  if (n !== 'cast' && n !== 'oftype') return undefined;
  if (args.length !== 1 || typeArgs.length !== 1) throw noOverload(name, args.length);
  const v = unwrap(args[0]);
  const source = sourceOf(v, OBJECT + '[]');
  if (!source) throw noOverload(name, args.length);
  const isT = (x: unknown) => T === OBJECT || typeNameOf(x) === T;
  if (n === 'oftype') return { value: sequence('OfTypeIterator', [T], source.items.filter((x) => unwrap(x) !== null && unwrap(x) !== undefined && isT(x)), T) };
  // Cast: a T[] is returned as it is; other elements must be T already (.NET's cast, not pwsh's conversion).
  if (v instanceof TypedArray && v.elementType === T) return { value: v };
  const bad = source.items.find((x) => unwrap(x) !== null && unwrap(x) !== undefined && !isT(x));
  if (bad !== undefined) throw new MemberError(`An error occurred while enumerating through a collection: Unable to cast object of type '${typeNameOf(bad)}' to type '${T}'..`, 'BadEnumeration');
  return { value: sequence(source.shape === 'Array' || source.shape === 'List' ? 'CastICollectionIterator' : '<CastIterator>d__68', [T], source.items, T) };
}

/** The methods whose result is lazy: their delegates run as pwsh enumerates it. */
const LAZY = /^(where|select|selectmany|takewhile|skipwhile|orderby|orderbydescending|thenby|thenbydescending|groupby|distinctby)$/i;

const DOTNET_NAMES = ['Range', 'Repeat', 'Empty', 'Where', 'Select', 'SelectMany', 'Any', 'All', 'Count', 'LongCount', 'First', 'FirstOrDefault', 'Last', 'LastOrDefault', 'Single', 'SingleOrDefault', 'ElementAt', 'ElementAtOrDefault', 'Sum', 'Min', 'Max', 'Average', 'Take', 'Skip', 'TakeLast', 'SkipLast', 'TakeWhile', 'SkipWhile', 'Reverse', 'Concat', 'Union', 'Intersect', 'Except', 'Distinct', 'Contains', 'SequenceEqual', 'ToArray', 'ToList', 'ToHashSet', 'Chunk', 'OrderBy', 'OrderByDescending', 'ThenBy', 'ThenByDescending', 'GroupBy', 'ToDictionary', 'Aggregate', 'Append', 'Prepend', 'MinBy', 'MaxBy', 'DistinctBy', 'Order', 'OrderDescending', 'Cast', 'OfType'];
const dotnetName = (name: string) => DOTNET_NAMES.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;

const SERIALIZATION = 'System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context';

/** Get-Member's rows for a Func (recorded from pwsh 7.6.10), its types as PowerShell writes them (`bool Invoke(int arg)`). */
export function delegateRows(d: DelegateValue): ReadonlyArray<readonly [string, string, string]> {
  const types = d.parameterTypes.map(powershellTypeText);
  const parameters = types.map((t, i) => `${t} ${types.length === 1 ? 'arg' : `arg${i + 1}`}`);
  const result = powershellTypeText(d.resultType);
  return [
    ['BeginInvoke', 'Method', `System.IAsyncResult BeginInvoke(${[...parameters, 'System.AsyncCallback callback', 'System.Object object'].join(', ')})`],
    ['Clone', 'Method', 'System.Object Clone(), System.Object ICloneable.Clone()'],
    ['DynamicInvoke', 'Method', 'System.Object DynamicInvoke(Params System.Object[] args)'],
    ['EndInvoke', 'Method', `${result} EndInvoke(System.IAsyncResult result)`],
    ['Equals', 'Method', 'bool Equals(System.Object obj)'],
    ['GetHashCode', 'Method', 'int GetHashCode()'],
    ['GetInvocationList', 'Method', 'System.Delegate[] GetInvocationList()'],
    ['GetObjectData', 'Method', `void GetObjectData(${SERIALIZATION}), void ISerializable.GetObjectData(${SERIALIZATION})`],
    ['GetType', 'Method', 'type GetType()'],
    ['Invoke', 'Method', `${result} Invoke(${parameters.join(', ')})`],
    ['ToString', 'Method', 'string ToString()'],
    ['Method', 'Property', 'System.Reflection.MethodInfo Method {get;}'],
    ['Target', 'Property', 'System.Object Target {get;}'],
  ];
}
