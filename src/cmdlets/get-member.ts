// Get-Member: the members of the input objects' types, one table per type under its TypeName.
// Custom objects list their note properties with PowerShell's definitions (`int a=1`); the .NET
// types spo-shell models list the members pwsh 7.6 shows for them (engine/member-catalog.ts).

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { toPSString, typeNameOf, unwrap } from '../engine/convert.js';
import { isCharValue } from '../engine/chars.js';
import { memberCatalog } from '../engine/member-catalog.js';
import { PSObject } from '../engine/values.js';
import { SWITCH_PARAMETER_MEMBERS, SwitchParameter } from '../engine/switch-parameter.js';
import { collectedInput, collectInput, inputObjectParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const OBJECT_METHODS: ReadonlyArray<readonly [string, string, string]> = [
  ['Equals', 'Method', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'Method', 'int GetHashCode()'],
  ['GetType', 'Method', 'type GetType()'],
  ['ToString', 'Method', 'string ToString()'],
];

/** PowerShell's short names for common types in member definitions. */
const SHORT_NAMES: Record<string, string> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Double': 'double',
  'System.Boolean': 'bool',
  'System.Collections.Hashtable': 'hashtable',
  'System.Object[]': 'Object[]',
};

function noteDefinition(name: string, value: unknown): string {
  const v = unwrap(value);
  if (v === null || v === undefined) return `object ${name}=null`;
  const type = typeNameOf(v);
  return `${SHORT_NAMES[type] ?? type} ${name}=${toPSString(v)}`;
}

export function membersOf(value: unknown): { typeName: string; rows: ReadonlyArray<readonly [string, string, string]> } {
  const v = unwrap(value);
  const typeName = typeNameOf(isCharValue(value) ? value : v);
  if (v instanceof SwitchParameter) return { typeName, rows: SWITCH_PARAMETER_MEMBERS };
  // An object spo-shell keeps as a PSObject for a .NET type the catalog lists ([regex], Match, Group): that type's members.
  if (v instanceof PSObject && memberCatalog()[v.typeName]) return { typeName: v.typeName, rows: memberCatalog()[v.typeName]! };
  if (v instanceof PSObject) {
    // A custom object's first type name (PSTypeName, or one a script inserted) is the one shown.
    if (v.typeNames?.length) return { typeName: v.typeNames[0]!, rows: psObjectRows(v) };
    return { typeName, rows: psObjectRows(v) };
  }
  return { typeName, rows: memberCatalog()[typeName] ?? OBJECT_METHODS };
}

function psObjectRows(v: PSObject) {
  const notes = [...v.properties].map(([k, x]) => [k, 'NoteProperty', noteDefinition(k, x)] as const);
  return [...OBJECT_METHODS, ...notes].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], 'en', { sensitivity: 'base' }));
}

export const getMember = lazyCmdlet('Get-Member', (): CmdletDefinition => ({
  name: 'Get-Member',
  implementingType: 'Microsoft.PowerShell.Commands.GetMemberCommand',
  module: UTILITY,
  synopsis: 'Gets the properties and methods of objects.',
  parameters: [
    inputObjectParameter('The objects whose members to list.'),
    { name: 'Name', kind: 'string[]', typeName: 'System.String[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'Only members with these names (wildcards allowed).' },
    { name: 'MemberType', kind: 'string', typeName: 'System.Management.Automation.PSMemberTypes', aliases: ['Type'], sets: { [ALL_SETS]: {} }, description: 'Only members of this kind.' },
  ],
  process(ctx) {
    collectInput(ctx);
  },
  end(ctx) {
    const items = collectedInput(ctx).filter((x) => x !== null && x !== undefined);
    if (!items.length) {
      return ctx.throwTerminatingError({ message: 'You must specify an object for the Get-Member cmdlet.', errorId: 'NoObjectInGetMember', category: 'CloseError', exceptionType: 'InvalidOperationException' });
    }
    const kind = ctx.params.get<string>('MemberType')?.toLowerCase();
    const names = (ctx.params.get<string[]>('Name') ?? []).map((n) => new RegExp('^' + n.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i'));
    const seen = new Set<string>();
    for (const item of items) {
      const { typeName, rows } = membersOf(item);
      const key = item instanceof PSObject ? typeName + ':' + [...item.properties.keys()].join(',') : typeName;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const [name, memberType, definition] of rows) {
        if (kind && !memberType.toLowerCase().includes(kind.replace(/ies$/, 'y'))) continue;
        if (names.length && !names.some((r) => r.test(name))) continue;
        ctx.writeObject(new PSObject('Microsoft.PowerShell.Commands.MemberDefinition', { TypeName: typeName, Name: name, MemberType: memberType, Definition: definition }, ['Name', 'MemberType', 'Definition']), false);
      }
    }
  },
}));
