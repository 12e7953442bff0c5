// Runtime values of the PowerShell subset.
//
// Plain JavaScript values carry most of the language: string, number, boolean, null ($null) and
// arrays (object[]). The classes below stand for the .NET types the documentation examples touch;
// each knows its .NET full name, because PowerShell's messages name types that way.


/** An enum type as the binder and the messages see it (names in ascending value order). */
export interface EnumType {
  readonly fullName: string;
  readonly names: readonly string[];
  /** Underlying values, same order as names; defaults to 0..n-1. */
  readonly values?: readonly number[];
  /** A [Flags] enum: a combination of values is named by its flags joined with ", " (`IgnoreCase, Multiline`). */
  readonly flags?: boolean;
  /**
   * Read as PowerShell's EnumMultipleTypeConverter reads text (PSMemberTypes, PSMemberViewTypes): each
   * comma-separated entry is a wildcard pattern naming every enumerator it matches, without prefix
   * matching, and one that matches none is "not valid".
   */
  readonly wildcardNames?: boolean;
}

export class EnumValue {
  constructor(
    readonly type: EnumType,
    readonly name: string,
    /** A value no enumerator names (`[ConsoleColor]::White + 5`): its name is the number's text. */
    readonly unnamed?: number,
  ) {}
  /** The enum value of `n`: its enumerator, or the bare number when none names it. */
  static of(type: EnumType, n: number): EnumValue {
    const i = type.values ? type.values.indexOf(n) : Number.isInteger(n) && n >= 0 && n < type.names.length ? n : -1;
    if (i < 0 && type.flags && type.values && n > 0) {
      // .NET's Enum.ToString for [Flags]: the largest values that fit first, so that a composite value
      // names its bits (`ParameterizedProperty, Properties`, not every property flag), listed ascending.
      const order = type.names.map((_, j) => j).sort((a, b) => type.values![b]! - type.values![a]!);
      let rest = n;
      const taken: number[] = [];
      for (const j of order) {
        const v = type.values[j]!;
        if (v !== 0 && (rest & v) === v) {
          taken.push(j);
          rest &= ~v;
        }
      }
      if (rest === 0) return new EnumValue(type, taken.sort((a, b) => type.values![a]! - type.values![b]!).map((j) => type.names[j]!).join(', '), n);
    }
    return i >= 0 ? new EnumValue(type, type.names[i]!) : new EnumValue(type, String(n), n);
  }
  get value(): number {
    if (this.unnamed !== undefined) return this.unnamed;
    const i = this.type.names.indexOf(this.name);
    return this.type.values ? this.type.values[i]! : i;
  }
  toString(): string {
    return this.name;
  }
}

/**
 * System.Security.SecureString. The plain text is kept in a private field so that no generic
 * code path (formatting, JSON, util.inspect, string conversion) can reveal it.
 */
export class SecureString {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  get length(): number {
    return this.#text.length;
  }
  /** Only for code that must hand the secret to the identity platform. */
  revealForSignIn(): string {
    return this.#text;
  }
  toString(): string {
    return 'System.Security.SecureString';
  }
  toJSON(): string {
    return 'System.Security.SecureString';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'System.Security.SecureString';
  }
}

/** System.Net.NetworkCredential, what PSCredential.GetNetworkCredential() returns. */
export class NetworkCredential {
  constructor(
    readonly UserName: string,
    readonly Password: string,
    readonly Domain: string,
  ) {}
  toString(): string {
    return 'System.Net.NetworkCredential';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'System.Net.NetworkCredential';
  }
}

/** System.Management.Automation.PSCredential. */
export class PSCredential {
  constructor(
    // Null only in a credential made from an object without them (`New-Object PSCredential 'u'`).
    readonly UserName: string | null,
    readonly Password: SecureString | null,
  ) {}
  GetNetworkCredential(): NetworkCredential | null {
    if (this.UserName === null || this.Password === null) return null;
    // PowerShell splits DOMAIN\user into Domain and UserName.
    const slash = this.UserName.indexOf('\\');
    const domain = slash > 0 ? this.UserName.slice(0, slash) : '';
    const user = slash > 0 ? this.UserName.slice(slash + 1) : this.UserName;
    return new NetworkCredential(user, this.Password.revealForSignIn(), domain);
  }
  toString(): string {
    return 'System.Management.Automation.PSCredential';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'System.Management.Automation.PSCredential';
  }
}

/** System.Collections.Hashtable: case-insensitive keys, insertion order kept for display. */
/**
 * A System.Collections.ArrayList ($Error): an array to everything that reads it, plus the list
 * methods scripts call on it (`$Error.Clear()`).
 */
export class ArrayList<T = unknown> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array; // map/filter/slice give plain arrays
  }
}

/** Collection<PSObject>, what ScriptBlock.Invoke() returns: an array to everything that reads it, typed for GetType(). */
export class PSObjectCollection<T = unknown> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  static readonly typeName: string =
    'System.Collections.ObjectModel.Collection`1[[System.Management.Automation.PSObject, System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]';
}

/** System.Collections.Generic.List[T]: like ArrayList, but Add returns nothing. */
export class GenericList<T = unknown> extends ArrayList<T> {
  elementType = 'System.Object';
}

/** System.Text.StringBuilder: Append/AppendLine return the builder, so `[void]` or `| Out-Null` hide it. */
export { StringBuilderValue } from './string-builder.js';

export class PSHashtable {
  readonly #entries = new Map<string, { key: unknown; value: unknown }>();
  constructor(readonly ordered = false) {}
  static keyOf(key: unknown): string {
    // A [char] key is not the one-letter string key (and, compared by Char.Equals, keeps its case).
    if (key instanceof Object && (key as { type?: unknown }).type === 'System.Char') return 'C' + String(key);
    return typeof key === 'string' ? 'S' + key.toLowerCase() : 'O' + String(key);
  }
  /** The map key of a key: a Hashtable's string keys are case-insensitive (a Dictionary overrides this). */
  protected keyFor(key: unknown): string {
    return PSHashtable.keyOf(key);
  }
  set(key: unknown, value: unknown): void {
    const k = this.keyFor(key);
    const existing = this.#entries.get(k);
    if (existing) existing.value = value;
    else this.#entries.set(k, { key, value });
  }
  has(key: unknown): boolean {
    return this.#entries.has(this.keyFor(key));
  }
  /** A property the dictionary's type has besides its keys (`$headers.RetryAfter`); undefined when it has none of that name. */
  ownProperty(_name: string): unknown {
    return undefined;
  }
  /** A missing key is $null; a value stored as AutomationNull (`@{a = & {}}`) stays so (undefined, convert.ts collectedValue). */
  get(key: unknown): unknown {
    const entry = this.#entries.get(this.keyFor(key));
    return entry ? entry.value : null;
  }
  delete(key: unknown): boolean {
    return this.#entries.delete(this.keyFor(key));
  }
  get size(): number {
    return this.#entries.size;
  }
  entries(): Array<[unknown, unknown]> {
    return [...this.#entries.values()].map((e) => [e.key, e.value]);
  }
  /**
   * An OrderedDictionary's entry by position (its `[int]` indexer, which PowerShell picks for an Int32
   * index, a negative one counted from the end); undefined when the table has no such indexer or the
   * position is out of range.
   */
  entryAt(position: number): { key: unknown; value: unknown } | undefined {
    if (!this.indexedByPosition) return undefined;
    const at = position < 0 ? this.#entries.size + position : position;
    if (at < 0 || at >= this.#entries.size) return undefined;
    let i = 0;
    for (const entry of this.#entries.values()) if (i++ === at) return entry;
    return undefined;
  }
  /** OrderedDictionary.Insert: the entry goes in at `position` (0..size; the caller checks the range and the key). */
  insertAt(position: number, key: unknown, value: unknown): void {
    const entries = [...this.#entries];
    entries.splice(position, 0, [this.keyFor(key), { key, value }]);
    this.#reorder(entries);
  }
  /** OrderedDictionary.RemoveAt (the caller checks the range). */
  removeAt(position: number): void {
    const entries = [...this.#entries];
    entries.splice(position, 1);
    this.#reorder(entries);
  }
  #reorder(entries: Array<[string, { key: unknown; value: unknown }]>): void {
    this.#entries.clear();
    for (const [k, entry] of entries) this.#entries.set(k, entry);
  }
  /** Only OrderedDictionary has the positional indexer; its Hashtable subclasses do not. */
  get indexedByPosition(): boolean {
    return this.ordered && this.hashtableSubclass === undefined;
  }
  keys(): unknown[] {
    return [...this.#entries.values()].map((e) => e.key);
  }
  values(): unknown[] {
    return [...this.#entries.values()].map((e) => e.value);
  }
  /**
   * The Hashtable subclass an ordered table is in pwsh (ConvertFrom-Json -AsHashtable's OrderedHashtable,
   * $PSVersionTable's PSVersionHashTable): GetType() names it, and it is a Hashtable (`-is`, `[hashtable]`).
   */
  hashtableSubclass: string | undefined;
  toString(): string {
    return this.hashtableSubclass ?? (this.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable');
  }
}

/**
 * A custom object with ordered properties (Get-Command, Get-Variable and cmdlet results).
 * `typeName` is what `.GetType().FullName` and messages would name.
 */
export class PSObject {
  readonly properties = new Map<string, unknown>();
  /** `.pstypenames` once read or given (PSTypeName): a list scripts may change (`.Insert(0, 'My.Type')`). */
  typeNames?: GenericList<string>;
  constructor(
    readonly typeName: string,
    props: Record<string, unknown> = {},
    /** Properties shown by default when formatting, in order; all when absent. */
    readonly displayProperties?: readonly string[],
    /** What the object converts to as a string; the type name when absent. */
    readonly stringValue?: string,
  ) {
    for (const [k, v] of Object.entries(props)) this.properties.set(k, v);
  }
  get(name: string): unknown {
    for (const [k, v] of this.properties) if (k.toLowerCase() === name.toLowerCase()) return v;
    return undefined;
  }
  /** Sets a property the object's type handles itself ($Host.UI.RawUI.WindowTitle); false leaves it to the usual rules. */
  assign(_name: string, _value: unknown): boolean {
    return false;
  }
  /**
   * A method the object's type implements itself (an XML node's SelectNodes, $session.Cookies.GetAllCookies());
   * undefined leaves it to the usual rules.
   */
  callMethod(_name: string, _args: unknown[]): { value: unknown } | undefined {
    return undefined;
  }
  /**
   * PSObject.ToString of the object where pwsh shows it inside a collection or a format cell, when its
   * type's adapter words it otherwise than its own text (an XML node: its Name); undefined for the rest.
   */
  adaptedText(): string | undefined {
    return undefined;
  }
  /**
   * What the object's IEnumerable gives, for the commands that write any IEnumerable as a list
   * (ConvertTo-Json writes an XML node as its child nodes); undefined for an object that is none.
   */
  enumerableItems(): unknown[] | undefined {
    return undefined;
  }
  toString(): string {
    return this.stringValue ?? this.typeName;
  }
}

/**
 * System.Management.Automation.PSReference (`[ref]$n`): a variable read and written through `.Value`,
 * what out-parameters take (`[int]::TryParse($s, [ref]$n)`, `$d.TryGetValue($k, [ref]$v)`).
 */
export class PSReference {
  constructor(
    readonly read: () => unknown,
    readonly write: (value: unknown) => void,
  ) {}
  /** `[ref]5`: a reference to a value of its own. */
  static holding(value: unknown): PSReference {
    let held = value;
    return new PSReference(
      () => held,
      (v) => (held = v),
    );
  }
  get Value(): unknown {
    return this.read();
  }
  set Value(value: unknown) {
    this.write(value);
  }
}

/** Marker for [switch] values bound explicitly; at run time switches are plain booleans. */
export type PSValue = unknown;

export function isArray(v: unknown): v is unknown[] {
  return Array.isArray(v);
}

