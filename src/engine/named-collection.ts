// A .NET collection that is a plain list to scripts (it enumerates, indexes and counts like an array)
// but has a type of its own (System.Text.RegularExpressions.MatchCollection ...). No imports: the
// conversion module reads its type name without an import cycle.

export class NamedCollection<T = unknown> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  /** The .NET full name GetType() reports. */
  dotNetTypeName = 'System.Object[]';

  static named<T>(typeName: string, items: Iterable<T>): NamedCollection<T> {
    const c = new NamedCollection<T>();
    for (const x of items) c.push(x);
    c.dotNetTypeName = typeName;
    return c;
  }

  // A collection type with members of its own (a NameValueCollection's AllKeys, Get, its indexer by key)
  // overrides these; undefined (false) leaves the member to an array's rules.
  /** A property of the type's own. */
  ownProperty(_name: string): { value: unknown } | undefined {
    return undefined;
  }
  /** A method of the type's own. */
  ownMethod(_name: string, _args: unknown[]): { value: unknown } | undefined {
    return undefined;
  }
  /** `$c[index]` through the type's own indexer. */
  indexGet(_index: unknown): { value: unknown } | undefined {
    return undefined;
  }
  /** `$c[index] = value` through the type's own indexer; false when it has none. */
  indexSet(_index: unknown, _value: unknown): boolean {
    return false;
  }
}
