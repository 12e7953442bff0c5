// System.Web.HttpUtility.ParseQueryString's answer, a NameValueCollection (HttpUtility+HttpQSCollection):
// how scripts read a query string (`$q = [System.Web.HttpUtility]::ParseQueryString($uri.Query); $q['id']`)
// and build one (`$q.Add('x', 'y'); $q.ToString()`). To PowerShell it is a collection of its keys: it
// enumerates, shows and joins as them. Its indexer and Get join a key's values with commas; ToString
// writes them back URL-encoded. Behaviours measured against pwsh 7.6.10.

import { toPSString, TypedArray, unwrap } from './convert.js';
import { DotNetException, invocationFailed, noOverload } from './member-error.js';
import { NamedCollection } from './named-collection.js';
import { integerArgument } from './time-conversions.js';
import { urlDecode, urlEncode } from './web-encoding.js';

export const QUERY_STRING_COLLECTION = 'System.Web.HttpUtility+HttpQSCollection';
const KEYS_COLLECTION = 'System.Collections.Specialized.NameObjectCollectionBase+KeysCollection';

/** One key (null for the parts of a query string without `=`) and its values in the order added. */
interface Entry {
  key: string | null;
  values: string[];
}

const indexOutOfRange = () => new DotNetException("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')", 'ArgumentOutOfRangeException');

/**
 * PowerShell passes $null to a .NET string parameter as "" (NameValueCollection.Add($null, 'v') adds the
 * key "", not the null key a part without `=` has).
 */
const stringArgument = (value: unknown): string => {
  const v = unwrap(value);
  return v === null || v === undefined ? '' : toPSString(v);
};

/** Get and GetValues take an index (a number, or $null as 0) or a key. */
const byIndex = (value: unknown): boolean => {
  const v = unwrap(value);
  return v === null || v === undefined || typeof v === 'number';
};

export class QueryStringCollection extends NamedCollection<string | null> {
  readonly #entries: Entry[] = [];

  constructor() {
    super();
    this.dotNetTypeName = QUERY_STRING_COLLECTION;
  }

  /** The entry of a key, compared as OrdinalIgnoreCase; null only matches the null key. */
  #find(key: string | null): Entry | undefined {
    return this.#entries.find((e) => (e.key === null || key === null ? e.key === key : e.key.toUpperCase() === key.toUpperCase()));
  }

  /** The array a script enumerates is the keys. */
  #sync(): void {
    this.splice(0, this.length, ...this.#entries.map((e) => e.key));
  }

  add(key: string | null, value: string): void {
    const entry = this.#find(key);
    if (entry) entry.values.push(value);
    else this.#entries.push({ key, values: [value] });
    this.#sync();
  }

  set(key: string, value: string): void {
    const entry = this.#find(key);
    if (entry) entry.values = [value];
    else this.#entries.push({ key, values: [value] });
    this.#sync();
  }

  #entryAt(index: number): Entry {
    const entry = this.#entries[index];
    if (entry === undefined || index < 0) throw indexOutOfRange();
    return entry;
  }

  /** NameValueCollection's GetAsOneString: the values joined with commas, null for none. */
  static #joined(entry: Entry | undefined): string | null {
    return entry === undefined || entry.values.length === 0 ? null : entry.values.join(',');
  }

  static #array(entry: Entry | undefined): string[] | null {
    return entry === undefined || entry.values.length === 0 ? null : TypedArray.of2('System.String', entry.values) as unknown as string[];
  }

  override ownProperty(name: string): { value: unknown } | undefined {
    switch (name.toLowerCase()) {
      case 'allkeys':
        return { value: TypedArray.of2('System.String', this.#entries.map((e) => e.key)) };
      case 'keys':
        return { value: NamedCollection.named(KEYS_COLLECTION, this.#entries.map((e) => e.key)) };
      case 'issynchronized':
        return { value: false };
      case 'length': {
        // No Length of its own: member enumeration gives each key's (a null key has none).
        const lengths = this.#entries.flatMap((e) => (e.key === null ? [] : [e.key.length]));
        return { value: lengths.length === 0 ? null : lengths.length === 1 ? lengths[0] : lengths };
      }
    }
    return undefined;
  }

  override ownMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = METHODS.find((m) => m.toLowerCase() === name.toLowerCase());
    if (method === undefined) return undefined;
    try {
      const value = this.#call(method, args);
      return { value };
    } catch (e) {
      if (e instanceof DotNetException) throw invocationFailed(method, args.length, e);
      throw e;
    }
  }

  #call(method: string, args: unknown[]): unknown {
    const index = () => integerArgument(args[0], method, 'index', 'System.Int32') as number;
    switch (`${method}/${args.length}`) {
      case 'Get/1':
        return byIndex(args[0]) ? QueryStringCollection.#joined(this.#entryAt(index())) : QueryStringCollection.#joined(this.#find(stringArgument(args[0])));
      case 'GetValues/1':
        return byIndex(args[0]) ? QueryStringCollection.#array(this.#entryAt(index())) : QueryStringCollection.#array(this.#find(stringArgument(args[0])));
      case 'GetKey/1':
        return this.#entryAt(index()).key;
      case 'HasKeys/0':
        return this.#entries.length > 0;
      case 'Add/2':
        this.add(stringArgument(args[0]), stringArgument(args[1]));
        return undefined;
      case 'Add/1': {
        // Add(NameValueCollection): every value of the other collection (itself too: what it had before).
        const other = unwrap(args[0]);
        if (!(other instanceof QueryStringCollection)) throw noOverload(method, 1);
        for (const { key, values } of other.#entries.map((e) => ({ key: e.key, values: [...e.values] }))) for (const value of values) this.add(key, value);
        return undefined;
      }
      case 'Set/2':
        this.set(stringArgument(args[0]), stringArgument(args[1]));
        return undefined;
      case 'Remove/1': {
        const entry = this.#find(stringArgument(args[0]));
        if (entry) this.#entries.splice(this.#entries.indexOf(entry), 1);
        this.#sync();
        return undefined;
      }
      case 'Clear/0':
        this.#entries.length = 0;
        this.#sync();
        return undefined;
      case 'ToString/0':
        return this.toString();
    }
    throw noOverload(method, args.length);
  }

  /** `$q['a']` (Get(name)), `$q[0]` (Get(index)); an index past the end is $null, as PowerShell's indexer gives it. */
  override indexGet(index: unknown): { value: unknown } {
    const i = unwrap(index);
    if (Array.isArray(i)) return { value: i.map((x) => this.indexGet(x).value) };
    if (typeof i === 'number') return { value: QueryStringCollection.#joined(this.#entries[Math.trunc(i)]) };
    return { value: QueryStringCollection.#joined(this.#find(stringArgument(i))) };
  }

  /** `$q['a'] = 'x'`: the indexer's setter is Set(name), so a number is a key too. */
  override indexSet(index: unknown, value: unknown): boolean {
    this.set(stringArgument(index), stringArgument(value));
    return true;
  }

  /** HttpQSCollection.ToString: `key=value` pairs URL-encoded (lower-case hex), a key's values one pair each; a null or empty key writes its values alone. */
  override toString(): string {
    const pairs: string[] = [];
    for (const { key, values } of this.#entries) {
      for (const value of values) pairs.push((key ? urlEncode(key, false) + '=' : '') + urlEncode(value, false));
    }
    return pairs.join('&');
  }
}

const METHODS = ['Add', 'Clear', 'Get', 'GetKey', 'GetValues', 'HasKeys', 'Remove', 'Set', 'ToString'];

/**
 * HttpUtility.ParseQueryString: a leading `?` is skipped; each `&`-separated part is `name=value` (the first
 * `=` splits) or, without `=`, a value of the null key; both sides URL-decoded (`+`, `%XX`, `%uXXXX`). A
 * trailing `&` adds an empty value to the null key, as .NET's loop does.
 */
export function parseQueryString(query: string): QueryStringCollection {
  const result = new QueryStringCollection();
  const length = query.length;
  let namePos = length > 0 && query[0] === '?' ? 1 : 0;
  if (namePos === length) return result;
  while (namePos <= length) {
    let valuePos = -1;
    let valueEnd = -1;
    for (let q = namePos; q < length; q++) {
      if (valuePos === -1 && query[q] === '=') valuePos = q + 1;
      else if (query[q] === '&') {
        valueEnd = q;
        break;
      }
    }
    let name: string | null = null;
    if (valuePos === -1) valuePos = namePos;
    else name = urlDecode(query.slice(namePos, valuePos - 1), true);
    if (valueEnd < 0) valueEnd = length;
    namePos = valueEnd + 1;
    result.add(name, urlDecode(query.slice(valuePos, valueEnd), true));
  }
  return result;
}
