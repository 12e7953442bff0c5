// How PowerShell writes a member's definition (Get-Member's Definition column, a PSMemberInfo's
// ToString()): for a note property, the value's type as pwsh 7.6.10 names it, the name and the value.

import { toPSString, typeNameOf, unwrap } from './convert.js';
import { PSObject } from './values.js';

const CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';

/**
 * How a note property's definition names its value's type (pwsh 7.6.10): the type accelerator when
 * there is one, else the type's name without its namespace (`ArrayList`, `DayOfWeek`); a custom
 * object keeps its full name.
 */
const ACCELERATOR_NAMES: Record<string, string> = {
  'System.String': 'string',
  'System.Char': 'char',
  'System.Boolean': 'bool',
  'System.Byte': 'byte',
  'System.SByte': 'sbyte',
  'System.Int16': 'short',
  'System.UInt16': 'ushort',
  'System.Int32': 'int',
  'System.UInt32': 'uint',
  'System.Int64': 'long',
  'System.UInt64': 'ulong',
  'System.Single': 'float',
  'System.Double': 'double',
  'System.Decimal': 'decimal',
  'System.Numerics.BigInteger': 'bigint',
  'System.DateTime': 'datetime',
  'System.TimeSpan': 'timespan',
  'System.Guid': 'guid',
  'System.Uri': 'uri',
  'System.Version': 'version',
  'System.Text.RegularExpressions.Regex': 'regex',
  'System.Xml.XmlDocument': 'xml',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Management.Automation.SwitchParameter': 'switch',
  'System.Management.Automation.PSCredential': 'pscredential',
  'System.Security.SecureString': 'securestring',
  'System.Collections.Hashtable': 'hashtable',
  'System.Collections.Specialized.OrderedDictionary': 'ordered',
  'System.Globalization.CultureInfo': 'cultureinfo',
  'System.Management.Automation.PSObject': 'psobject',
};

function noteTypeName(fullName: string): string {
  if (ACCELERATOR_NAMES[fullName]) return ACCELERATOR_NAMES[fullName];
  // An array is named by its element type's name (`int[]`, `psobject[]`, `Object[]`).
  if (fullName.endsWith('[]')) return `${noteTypeName(fullName.slice(0, -2))}[]`;
  if (fullName === CUSTOM_OBJECT) return fullName;
  const plain = fullName.replace(/\[\[.*$/s, '');
  return fullName.slice(Math.max(plain.lastIndexOf('.'), plain.lastIndexOf('+')) + 1);
}

/** A note property's definition, as Get-Member and `.psobject.Properties` show it (`int a=1`, `object b=null`). */
export function noteDefinition(name: string, value: unknown): string {
  const v = unwrap(value);
  if (v === null || v === undefined) return `object ${name}=null`;
  const type = typeNameOf(v);
  // A custom object is named by its first type name, whole (a PSTypeName `My.Type`, help's `MamlCommandHelpInfo#details`).
  const label = v instanceof PSObject && v.typeName === CUSTOM_OBJECT && v.typeNames?.length ? v.typeNames[0]! : noteTypeName(type);
  // .NET's ToString of the value: an array's is its type name.
  return `${label} ${name}=${Array.isArray(v) ? type : toPSString(v)}`;
}
