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
}
