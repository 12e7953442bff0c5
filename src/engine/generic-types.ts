// The generic collections scripts create (System.Collections.Generic.List[T], Dictionary[TKey,TValue])
// and how .NET names them, checked with pwsh 7.6.10:
//   [System.Collections.Generic.List[string]]::new().GetType().Name      List`1
//   ….FullName   System.Collections.Generic.List`1[[System.String, System.Private.CoreLib, Version=10.0.0.0, …]]
//   ….ToString() System.Collections.Generic.List`1[System.String]
//   "$(….GetType())" (PowerShell's own type text) System.Collections.Generic.List[string]
// A value remembers its type arguments as .NET full names; everything else about it behaves as before.

import { GenericList, PSHashtable, PSObject } from './values.js';
import { DotNetCollection, collectionDefinition } from './collection-types.js';

const CORE_LIB = 'System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';
const AUTOMATION = 'System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35';
const URI_LIB = 'System.Private.Uri, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a';

/** The generic type definitions spo-shell constructs, by their name without arity. */
export const LIST_DEFINITION = 'System.Collections.Generic.List`1';
export const DICTIONARY_DEFINITION = 'System.Collections.Generic.Dictionary`2';

/**
 * System.Collections.Generic.Dictionary[TKey,TValue]: a hashtable to the language (indexing, `.Key`
 * access, splatting, -is [IDictionary]), but with .NET's default comparer (string keys are
 * case-sensitive: `$d['A']` is not `$d['a']`), keys and values converted to the type arguments as they
 * are stored, and KeyValuePair entries (Key/Value, not a Hashtable's Name/Value) when it is enumerated.
 */
export class GenericDictionary extends PSHashtable {
  constructor(
    readonly keyType = 'System.Object',
    readonly valueType = 'System.Object',
    /** Built with StringComparer.*IgnoreCase: string keys compare as a Hashtable's do. */
    readonly ignoreCase = false,
  ) {
    super(false);
  }
  protected override keyFor(given: unknown): string {
    // A key is looked up as a TKey (`$d.ContainsKey(1)` on a Dictionary[string,int] finds '1'); one that
    // does not convert is just not there.
    let key = given;
    if (this.keyType !== 'System.Object') {
      try {
        key = convertTo(this.keyType, given);
      } catch {
        key = given;
      }
    }
    if (typeof key === 'string') return this.ignoreCase ? 'S' + key.toLowerCase() : 'S' + key;
    return PSHashtable.keyOf(key);
  }
  /** `$d[k] = v`, `$d.k = v`: converted to TKey and TValue first (a failure is a cast error). */
  override set(key: unknown, value: unknown): void {
    super.set(convertTo(this.keyType, key), convertTo(this.valueType, value));
  }
  /** The generic definition it is (a SortedDictionary, ConcurrentDictionary ... overrides it: dictionary-kinds.ts). */
  get definition(): string {
    return DICTIONARY_DEFINITION;
  }
  /** .NET's ToString(): what `"$d"` prints. */
  override toString(): string {
    return dotnetText(this.definition, [this.keyType, this.valueType]);
  }
  /** The KeyValuePair[TKey,TValue] entries, what GetEnumerator() and the formatters enumerate. */
  pairs(): PSObject[] {
    const typeName = genericFullName(KEY_VALUE_PAIR_DEFINITION, [this.keyType, this.valueType]);
    return this.entries().map(([k, v]) => new PSObject(typeName, { Key: k, Value: v }, undefined, `[${pairText(k)}, ${pairText(v)}]`));
  }
}

/** $PSBoundParameters: a Dictionary[string,object] whose keys ignore case, under a type name of its own. */
export class BoundParametersDictionary extends GenericDictionary {
  constructor() {
    super('System.String', 'System.Object', true);
  }
  override toString(): string {
    return 'System.Management.Automation.PSBoundParametersDictionary';
  }
}

export const KEY_VALUE_PAIR_DEFINITION = 'System.Collections.Generic.KeyValuePair`2';

/** Objects as the formatters (Out-Default, Format-Table/List) take them: a generic dictionary is its KeyValuePairs. */
export function formatterItems(value: unknown): unknown[] | undefined {
  return value instanceof GenericDictionary ? value.pairs() : undefined;
}

/** Converts a value to a type argument (`System.Int32`); types.ts (which imports this module) installs it. */
let convertTo: (fullName: string, value: unknown) => unknown = (_, value) => value;
/** A value's text in a KeyValuePair's ToString(); types.ts installs PowerShell's string conversion. */
let textOf: (value: unknown) => string = (value) => String(value);
/** KeyValuePair.ToString()'s text of a key or value: .NET's ToString, so an array is its type name (`System.String[]`), not its items. */
function pairText(value: unknown): string {
  if (Array.isArray(value)) return `${(value as { elementType?: string }).elementType ?? 'System.Object'}[]`;
  return textOf(value);
}

/** A value converted to a generic type argument's type (`System.Int32`): a ConversionError when it does not convert. */
export function convertTypeArgument(fullName: string, value: unknown): unknown {
  return convertTo(fullName, value);
}

export function setGenericConverters(convert: typeof convertTo, text: typeof textOf): void {
  convertTo = convert;
  textOf = text;
}

/** A generic type written as PowerShell writes it (`List[string]`) or as .NET names it (`List`1[[System.String, …]]`). */
export interface GenericName {
  /** The name before the arguments, without arity: System.Collections.Generic.List */
  base: string;
  /** The type arguments as written (each may be generic itself). */
  args: string[];
}

/** Splits `Base[Arg1,Arg2]` / `Base`2[[Arg1, asm],[Arg2, asm]]` into its parts; undefined for a non-generic name. */
export function parseGenericName(name: string): GenericName | undefined {
  const text = name.trim();
  const open = text.indexOf('[');
  if (open <= 0 || !text.endsWith(']') || text.endsWith('[]')) return undefined;
  const base = text.slice(0, open).replace(/`\d+$/, '');
  const args = splitTopLevel(text.slice(open + 1, -1)).map((arg) => {
    const a = arg.trim();
    // An assembly-qualified argument: [Name, Assembly, Version=…].
    if (a.startsWith('[') && a.endsWith(']')) return splitTopLevel(a.slice(1, -1))[0]!.trim();
    return a;
  });
  if (args.length === 0 || args.some((a) => a === '')) return undefined;
  return { base, args };
}

/**
 * Splits on the commas outside brackets and parentheses: a generic type's arguments (`Dictionary[string,
 * List[int]]`), and a Definition cell's overloads (method-group.ts: `a(), b(int x, int y)`).
 */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The assembly .NET names after a type argument's full name. */
export function assemblyOf(fullName: string): string {
  if (fullName.startsWith('System.Management.Automation.')) return AUTOMATION;
  if (fullName === 'System.Uri') return URI_LIB;
  return CORE_LIB;
}

/** Type.FullName of a constructed generic type: every argument assembly-qualified. */
export function genericFullName(definition: string, args: readonly string[]): string {
  return `${definition}[${args.map((a) => `[${a}, ${assemblyOf(a)}]`).join(',')}]`;
}

/** Type.ToString() of a constructed generic type: `System.Collections.Generic.List`1[System.String]`. */
export function dotnetText(definition: string, args: readonly string[]): string {
  return `${definition}[${args.join(',')}]`;
}

/** PowerShell's accelerator names, which its own type text uses for type arguments. */
const ACCELERATOR: Record<string, string> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Int16': 'short',
  'System.Byte': 'byte',
  'System.SByte': 'sbyte',
  'System.UInt16': 'ushort',
  'System.UInt32': 'uint',
  'System.UInt64': 'ulong',
  'System.Double': 'double',
  'System.Single': 'float',
  'System.Decimal': 'decimal',
  'System.Boolean': 'bool',
  'System.Char': 'char',
  'System.Guid': 'guid',
  'System.DateTime': 'datetime',
  'System.TimeSpan': 'timespan',
  'System.Uri': 'uri',
  'System.Version': 'version',
  'System.Collections.Hashtable': 'hashtable',
  'System.Management.Automation.PSObject': 'psobject',
  'System.Management.Automation.PSCredential': 'pscredential',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Security.SecureString': 'securestring',
  'System.Array': 'array',
  'System.Text.RegularExpressions.Regex': 'regex',
  'System.Xml.XmlDocument': 'xml',
  'System.Management.Automation.SwitchParameter': 'switch',
  'System.Void': 'void',
  'System.Net.IPAddress': 'ipaddress',
  'System.Net.Mail.MailAddress': 'mailaddress',
  'System.Collections.Specialized.OrderedDictionary': 'ordered',
  'System.Numerics.BigInteger': 'bigint',
  'System.Globalization.CultureInfo': 'cultureinfo',
};

/**
 * PowerShell's text for a type (`"$([int])"`, `"" + [string[]]`): its accelerator's name where it has
 * one (int, string[]), else its full name (System.IO.Path, System.Object); `.ToString()` is .NET's full name.
 */
export function powershellTypeText(fullName: string): string {
  const element = /^(.*?)((?:\[,*\])*)$/.exec(fullName)!;
  return (ACCELERATOR[element[1]!] ?? element[1]) + element[2];
}

/** PowerShell's text for a constructed generic type (`"$($l.GetType())"`): System.Collections.Generic.List[string]. */
export function powershellText(definition: string, args: readonly string[]): string {
  return `${definition.replace(/`\d+$/, '')}[${args.map((a) => ACCELERATOR[a] ?? a).join(',')}]`;
}

/** The generic definition and .NET type arguments of a List[T], Dictionary[K,V], HashSet[T], Queue[T] or Stack[T] value; undefined for any other value. */
export function genericTypeOf(value: unknown): { definition: string; args: string[] } | undefined {
  if (value instanceof BoundParametersDictionary) return undefined;
  if (value instanceof DotNetCollection && value.elementType !== undefined) return { definition: collectionDefinition(value.kind), args: [value.elementType] };
  if (value instanceof GenericList) return { definition: LIST_DEFINITION, args: [value.elementType] };
  if (value instanceof GenericDictionary) return { definition: value.definition, args: [value.keyType, value.valueType] };
  return undefined;
}
