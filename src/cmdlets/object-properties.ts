// The properties of a value as the CSV and JSON cmdlets serialise it: a custom object's own
// properties in order, a hashtable's keys (pwsh 7 treats its entries as properties), and the
// public properties of the few .NET types the shell models.

import { instanceMembersOf, withAddedPropertyNames } from '../engine/instance-members.js';
import { instanceMemberValue } from '../engine/values-members.js';
import { NetworkCredential, PSCredential, PSHashtable, PSObject, SecureString } from '../engine/values.js';

export const PS_CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';

export function propertiesOf(value: unknown): Array<[string, unknown]> {
  if (value instanceof PSObject) return instanceMembersOf(value) ? withAddedProperties(value) : [...value.properties.entries()];
  if (value instanceof PSHashtable) return value.entries().map(([k, v]) => [String(k), v]);
  if (value instanceof PSCredential) return [['UserName', value.UserName], ['Password', value.Password]];
  if (value instanceof NetworkCredential) return [['UserName', value.UserName], ['Password', value.Password], ['SecurePassword', new SecureString(value.Password)], ['Domain', value.Domain]];
  if (value instanceof SecureString) return [['Length', value.length]];
  if (typeof value === 'string') return [['Length', value.length]];
  if (value !== null && typeof value === 'object' && typeof (value as { toProperties?: unknown }).toProperties === 'function') {
    return (value as { toProperties(): Array<[string, unknown]> }).toProperties();
  }
  return [];
}

/** An object's properties with those Add-Member gave it, in order (a script property's value as last evaluated: engine/script-properties.ts). */
function withAddedProperties(value: PSObject): Array<[string, unknown]> {
  const members = instanceMembersOf(value);
  return withAddedPropertyNames([...value.properties.keys()], value).map((name) => {
    const member = members?.get(name);
    return [name, member && !value.properties.has(name) ? instanceMemberValue(value, member) : value.properties.get(name)];
  });
}

/** A new PSCustomObject with these properties in order. */
export function customObject(props: Iterable<[string, unknown]>): PSObject {
  const o = new PSObject(PS_CUSTOM_OBJECT);
  for (const [k, v] of props) o.properties.set(k, v);
  return o;
}

/** The type name a value reports first (for #TYPE lines): its pstypenames' first (PSTypeName, `Selected.…`), else its .NET type. */
export function typeNameForCsv(value: unknown): string {
  if (value instanceof PSObject) return value.typeNames?.[0] ?? value.typeName;
  if (value instanceof PSHashtable) return String(value);
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'number') return Number.isInteger(value) ? 'System.Int32' : 'System.Double';
  return 'System.Object';
}
