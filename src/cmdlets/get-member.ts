// Get-Member: the members of the input objects' types, one table per type under its TypeName.
// Custom objects list their note properties with PowerShell's definitions (`int a=1`); the .NET
// types spo-shell models list the members pwsh 7.6 shows for them (engine/member-catalog.ts).

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { toPSString, typeNameOf, unwrap, unwrapArgument } from '../engine/convert.js';
import { TypedNumber } from '../engine/numeric.js';
import { noteDefinition } from '../engine/member-definitions.js';
import { isCharValue } from '../engine/chars.js';
import { DateTimeValue } from '../engine/datetime.js';
import { memberCatalog } from '../engine/member-catalog.js';
import { collectionMemberRows } from '../engine/collection-members.js';
import { FileSystemItem } from '../engine/file-info.js';
import { EnumValue, PSObject, type EnumType } from '../engine/values.js';
import { staticMemberCatalog } from '../engine/static-member-catalog.js';
import { SWITCH_PARAMETER_MEMBERS, SwitchParameter } from '../engine/switch-parameter.js';
import { collectedInput, collectInput, inputObjectParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { WildcardPattern } from '../engine/wildcard.js';
import { instanceMembersOf, type InstanceMember } from '../engine/instance-members.js';
import { DelegateValue } from '../engine/delegate-value.js';
import { delegateRows } from '../engine/linq.js';
import { linqMemberRows } from '../engine/linq-members.js';
import { NamedCollection } from '../engine/named-collection.js';

const OBJECT_METHODS: ReadonlyArray<readonly [string, string, string]> = [
  ['Equals', 'Method', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'Method', 'int GetHashCode()'],
  ['GetType', 'Method', 'type GetType()'],
  ['ToString', 'Method', 'string ToString()'],
];

export function membersOf(value: unknown): { typeName: string; rows: ReadonlyArray<readonly [string, string, string]> } {
  const own = ownMembersOf(value);
  const instance = instanceMembersOf(value);
  if (!instance?.size || own.complete) return own;
  // Members Add-Member gave the object join its type's, in Get-Member's order.
  return { typeName: own.typeName, rows: [...own.rows, ...instance.all().map(instanceRow)].sort(byMemberTypeThenName) };
}

/** An instance member's row, with pwsh's definitions (`Size = Count`, `System.Object Twice {get= … ;}`). */
function instanceRow(m: InstanceMember): Row {
  switch (m.kind) {
    case 'NoteProperty':
      return [m.name, m.kind, noteDefinition(m.name, m.value)];
    case 'AliasProperty':
      return [m.name, m.kind, `${m.name} = ${m.target}`];
    case 'ScriptProperty':
      return [m.name, m.kind, `System.Object ${m.name} {${m.getter ? `get=${String(m.getter)};` : ''}${m.setter ? `set=${String(m.setter)};` : ''}}`];
    case 'ScriptMethod':
      return [m.name, m.kind, `System.Object ${m.name}();`];
  }
}

function ownMembersOf(value: unknown): { typeName: string; rows: ReadonlyArray<readonly [string, string, string]>; complete?: boolean } {
  const v = unwrap(value);
  // A typed number keeps its type ([single]2 is a Single, [double]2 a Double).
  const typeName = typeNameOf(isCharValue(value) || unwrapArgument(value) instanceof TypedNumber ? value : v);
  if (v instanceof SwitchParameter) return { typeName, rows: SWITCH_PARAMETER_MEMBERS };
  if (v instanceof DelegateValue) return { typeName, rows: delegateRows(v) };
  // A LINQ result, not enumerated (`Get-Member -InputObject $r`): its iterator type's members.
  const linqRows = v instanceof NamedCollection && v.dotNetTypeName.startsWith('System.Linq.') ? linqMemberRows(v.dotNetTypeName, (v as { typeArgs?: readonly string[] }).typeArgs ?? []) : undefined;
  if (linqRows) return { typeName, rows: linqRows };
  // An object spo-shell keeps as a PSObject for a .NET type the catalog lists ([regex], Match, Group): that type's members.
  // A script's class: its declared methods and properties (class-definition.ts).
  if (v instanceof ClassInstance) {
    const own = classMemberRows(v);
    const methods = OBJECT_METHODS.filter((r) => !own.some((o) => o[1] === 'Method' && o[0].toLowerCase() === r[0].toLowerCase()));
    return { typeName, rows: [...methods, ...own].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], 'en', { sensitivity: 'base' })) };
  }
  if (v instanceof FileSystemItem) {
    // A file item's type members, and the notes the provider gave it (PSPath ... UnixStat).
    const notes = [...v.rawProperties()].filter(([k]) => /^PS|^UnixStat$/.test(k)).map(([k, x]) => [k, 'NoteProperty', k === 'UnixStat' ? 'Platform+Unix+CommonStat UnixStat=System.Management.Automation.Platform+Unix+CommonStat' : noteDefinition(k, x)] as const);
    return { typeName: v.typeName, rows: [...memberCatalog()[v.typeName]!, ...notes].sort(byMemberTypeThenName) };
  }
  if (v instanceof PSObject) {
    if (memberCatalog()[v.typeName]) return { typeName: v.typeName, rows: memberCatalog()[v.typeName]! };
    // A member object (`.PSObject.Properties`'s): its type's rows are all it has (its Value is spo's own instance member).
    const recorded = collectionMemberRows(v.typeName);
    if (recorded) return { typeName: v.typeName, rows: recorded, complete: true };
  }
  if (v instanceof PSObject) {
    // A custom object's first type name (PSTypeName, or one a script inserted) is the one shown.
    if (v.typeNames?.length) return { typeName: v.typeNames[0]!, rows: psObjectRows(v) };
    return { typeName, rows: psObjectRows(v) };
  }
  const rows = memberCatalog()[typeName] ?? collectionMemberRows(typeName) ?? OBJECT_METHODS;
  // Get-Date's output carries a DisplayHint note property.
  if (v instanceof DateTimeValue && v.displayHintNote !== undefined) {
    return { typeName, rows: [...rows, ['DisplayHint', 'NoteProperty', noteDefinition('DisplayHint', v.displayHintNote)] as const].sort(byMemberTypeThenName) };
  }
  return { typeName, rows };
}

function psObjectRows(v: PSObject) {
  const notes = [...v.properties].map(([k, x]) => [k, 'NoteProperty', noteDefinition(k, x)] as const);
  return [...OBJECT_METHODS, ...notes].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], 'en', { sensitivity: 'base' }));
}

/** System.Management.Automation.PSMemberTypes (the engine's: member objects' MemberType values are of it). */
export { PS_MEMBER_TYPES } from '../engine/psobject-names.js';
import { PS_MEMBER_TYPES } from '../engine/psobject-names.js';
import { ClassInstance } from '../engine/class-instance.js';
import { classMemberRows } from '../engine/class-definition.js';

/** System.Management.Automation.PSMemberViewTypes: which of an object's members -View shows. */
const PS_MEMBER_VIEW_TYPES: EnumType = {
  fullName: 'System.Management.Automation.PSMemberViewTypes',
  names: ['Extended', 'Adapted', 'Base', 'All'],
  values: [1, 2, 4, 7],
  flags: true,
  wildcardNames: true,
};
const EXTENDED = 1;
const ADAPTED = 2;
const ADAPTED_OR_BASE = ADAPTED | 4;

/** Members PowerShell's type system adds (the Extended view); the rest are the .NET type's own. */
const EXTENDED_KINDS = new Set(['AliasProperty', 'CodeProperty', 'NoteProperty', 'ScriptProperty', 'PropertySet', 'CodeMethod', 'ScriptMethod', 'MemberSet']);

type Row = readonly [string, string, string];

/** Get-Member's order: by member type, then by name, both compared as .NET's OrdinalIgnoreCase does. */
function byMemberTypeThenName(a: Row, b: Row): number {
  const upper = (s: string) => s.toUpperCase();
  const ordinal = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return ordinal(a[1], b[1]) || ordinal(upper(a[0]), upper(b[0]));
}

type Extras = typeof import('../engine/member-extras-data.js');

/**
 * What -Force adds for an object spo has no recording for (a custom object): PowerShell's own hidden
 * members, the same for every PSObject but psextended, which names the object's note properties.
 */
function forcedRowsOfPSObject(extras: Extras, v: PSObject): Row[] {
  const recorded = extras.forcedRows['System.Boolean']!;
  const row = (name: string) => recorded.find((r) => r[0] === name)!;
  const objectMembers = 'ToString, GetType, Equals, GetHashCode';
  return [
    row('pstypenames'),
    ['psadapted', 'MemberSet', `psadapted {${objectMembers}}`],
    ['psbase', 'MemberSet', `psbase {${objectMembers}}`],
    ['psextended', 'MemberSet', `psextended {${[...v.properties.keys()].join(', ')}}`],
    row('psobject'),
  ];
}

/** The type -Static lists: a type literal's own (`[string] | Get-Member -Static`), else the object's type. */
function staticTypeName(value: unknown): string {
  const v = unwrap(value);
  if (v instanceof PSObject && v.typeName === 'System.RuntimeType') return toPSString(v.get('FullName'));
  return membersOf(value).typeName;
}

function staticRowsOf(extras: Extras, typeName: string): readonly Row[] {
  return staticMemberCatalog()[typeName] ?? extras.staticRows[typeName] ?? extras.staticRows['System.Management.Automation.PSCustomObject']!;
}

export const getMember = lazyCmdlet('Get-Member', (): CmdletDefinition => ({
  name: 'Get-Member',
  implementingType: 'Microsoft.PowerShell.Commands.GetMemberCommand',
  module: UTILITY,
  synopsis: 'Gets the properties and methods of objects.',
  parameters: [
    inputObjectParameter('The objects whose members to list.'),
    { name: 'Name', kind: 'string[]', typeName: 'System.String[]', sets: { [ALL_SETS]: { position: 0 } }, description: 'Only members with these names (wildcards allowed).' },
    { name: 'MemberType', kind: 'enum', typeName: PS_MEMBER_TYPES.fullName, enumType: PS_MEMBER_TYPES, aliases: ['Type'], sets: { [ALL_SETS]: {} }, description: 'Only members of these kinds.' },
    { name: 'View', kind: 'enum', typeName: PS_MEMBER_VIEW_TYPES.fullName, enumType: PS_MEMBER_VIEW_TYPES, sets: { [ALL_SETS]: {} }, description: 'Extended, Adapted, Base or All: which of the members to list.' },
    switchParam('Static', "Lists the static members of the object's type."),
    switchParam('Force', 'Also lists the hidden members (pstypenames, psbase, psobject ..., get_ and set_ methods).'),
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    const items = collectedInput(ctx).filter((x) => x !== null && x !== undefined);
    if (!items.length) {
      return ctx.throwTerminatingError({ message: 'You must specify an object for the Get-Member cmdlet.', errorId: 'NoObjectInGetMember', category: 'CloseError', exceptionType: 'InvalidOperationException' });
    }
    const memberTypes = ctx.params.get<EnumValue>('MemberType')?.value ?? 16383;
    const view = ctx.params.get<EnumValue>('View')?.value ?? EXTENDED | ADAPTED;
    const isStatic = ctx.params.get('Static') === true;
    const force = ctx.params.get('Force') === true;
    // Each -Name pattern in turn picks its members, in Get-Member's order: pwsh lists a member once per
    // pattern it matches (`-Name Le*,L*` shows Length twice).
    const patterns = (ctx.params.get<string[]>('Name') ?? ['*']).map((n) => new WildcardPattern(n));
    const extras: Extras | undefined = isStatic || force ? await import('../engine/member-extras-data.js') : undefined;
    const wanted = (row: Row, statics: boolean): boolean => {
      const kind = PS_MEMBER_TYPES.values![PS_MEMBER_TYPES.names.indexOf(row[1])] ?? 0;
      if (!(kind & memberTypes)) return false;
      // Statics are all the type's own: the Extended view has none.
      const rowView = !statics && EXTENDED_KINDS.has(row[1]) ? EXTENDED : ADAPTED_OR_BASE;
      return (view & rowView) !== 0;
    };
    const seen = new Set<string>();
    for (const item of items) {
      let typeName: string;
      let rows: readonly Row[];
      if (isStatic) {
        typeName = staticTypeName(item);
        rows = staticRowsOf(extras!, typeName);
      } else {
        const members = membersOf(item);
        typeName = members.typeName;
        rows = members.rows;
        if (force) {
          const v = unwrap(item);
          let hidden: readonly Row[] = extras!.forcedRows[typeName] ?? (v instanceof PSObject ? forcedRowsOfPSObject(extras!, v) : []);
          if (v instanceof DateTimeValue && v.displayHintNote !== undefined) {
            hidden = hidden.map((r) => (r[0] === 'psextended' ? (['psextended', 'MemberSet', 'psextended {DisplayHint, DateTime}'] as const) : r));
          }
          rows = [...rows, ...hidden].sort(byMemberTypeThenName);
        }
      }
      const key = isStatic ? typeName : item instanceof PSObject ? typeName + ':' + [...item.properties.keys()].join(',') : typeName;
      if (seen.has(key)) continue;
      seen.add(key);
      const kept = rows.filter((row) => wanted(row, isStatic));
      for (const pattern of patterns) {
        for (const [name, memberType, definition] of kept) {
          if (!pattern.isMatch(name)) continue;
          ctx.writeObject(new PSObject('Microsoft.PowerShell.Commands.MemberDefinition', { TypeName: typeName, Name: name, MemberType: memberType, Definition: definition }), false);
        }
      }
    }
  },
}));
