// The generic collections scripts create (System.Collections.Generic.List[T], Dictionary[TKey,TValue])
// and how .NET names them, checked with pwsh 7.6.10:
//   [System.Collections.Generic.List[string]]::new().GetType().Name      List`1
//   ….FullName   System.Collections.Generic.List`1[[System.String, System.Private.CoreLib, Version=10.0.0.0, …]]
//   ….ToString() System.Collections.Generic.List`1[System.String]
//   "$(….GetType())" (PowerShell's own type text) System.Collections.Generic.List[string]
// A value remembers its type arguments as .NET full names; everything else about it behaves as before.

import { GenericList, PSHashtable } from './values.js';

const CORE_LIB = 'System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';
const AUTOMATION = 'System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35';
const URI_LIB = 'System.Private.Uri, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a';

/** The generic type definitions spo-shell constructs, by their name without arity. */
export const LIST_DEFINITION = 'System.Collections.Generic.List`1';
export const DICTIONARY_DEFINITION = 'System.Collections.Generic.Dictionary`2';

/** System.Collections.Generic.Dictionary[TKey,TValue]: a hashtable to everything but its type's name. */
export class GenericDictionary extends PSHashtable {
  constructor(
    readonly keyType = 'System.Object',
    readonly valueType = 'System.Object',
  ) {
    super(false);
  }
  /** .NET's ToString(): what `"$d"` prints. */
  override toString(): string {
    return dotnetText(DICTIONARY_DEFINITION, [this.keyType, this.valueType]);
  }
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

/** Splits on commas that are not inside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The assembly .NET names after a type argument's full name. */
function assemblyOf(fullName: string): string {
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
};

/** PowerShell's text for a constructed generic type (`"$($l.GetType())"`): System.Collections.Generic.List[string]. */
export function powershellText(definition: string, args: readonly string[]): string {
  return `${definition.replace(/`\d+$/, '')}[${args.map((a) => ACCELERATOR[a] ?? a).join(',')}]`;
}

/** The generic definition and .NET type arguments of a List[T] or Dictionary[K,V] value; undefined for any other value. */
export function genericTypeOf(value: unknown): { definition: string; args: string[] } | undefined {
  if (value instanceof GenericList) return { definition: LIST_DEFINITION, args: [value.elementType] };
  if (value instanceof GenericDictionary) return { definition: DICTIONARY_DEFINITION, args: [value.keyType, value.valueType] };
  return undefined;
}
