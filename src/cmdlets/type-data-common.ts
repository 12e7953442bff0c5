// What Update-TypeData, Get-TypeData and Remove-TypeData share: the session's type table and the
// objects pwsh shows its entries as (System.Management.Automation.Runspaces.TypeData and the member
// data in its Members dictionary).

import type { CmdletContext } from '../engine/cmdlet.js';
import { toPSString, unwrap } from '../engine/convert.js';
import { GenericDictionary } from '../engine/generic-types.js';
import { useTypeMembers, type InstanceMember } from '../engine/instance-members.js';
import { TypedNumber } from '../engine/numeric.js';
import { TypeDataEntry, TypeTable } from '../engine/type-data.js';
import { PSHashtable, PSObject } from '../engine/values.js';

const RUNSPACES = 'System.Management.Automation.Runspaces.';
export const TYPE_DATA = `${RUNSPACES}TypeData`;

/** The session's type table; made (and made the one member lookups see) on first use when `create`. */
export function typeTableOf(ctx: CmdletContext, create: true): TypeTable;
export function typeTableOf(ctx: CmdletContext, create?: false): TypeTable | undefined;
export function typeTableOf(ctx: CmdletContext, create = false): TypeTable | undefined {
  const existing = ctx.session.typeData;
  if (existing instanceof TypeTable || !create) return existing instanceof TypeTable ? existing : undefined;
  const table = new TypeTable();
  ctx.session.typeData = table;
  useTypeMembers(table);
  return table;
}

/** A TypeData object (Get-TypeData's output); it carries a copy of the entry, which -TypeData gives back. */
export class TypeDataValue extends PSObject {
  constructor(readonly entry: TypeDataEntry) {
    super(
      TYPE_DATA,
      {
        TypeName: entry.typeName,
        Members: membersDictionary(entry),
        TypeConverter: null,
        TypeAdapter: null,
        IsOverride: false,
        SerializationMethod: null,
        TargetTypeForDeserialization: null,
        SerializationDepth: new TypedNumber(entry.serializationDepth ?? 0, 'System.UInt32'),
        DefaultDisplayProperty: entry.defaultDisplayProperty ?? null,
        InheritPropertySerializationSet: false,
        StringSerializationSource: null,
        StringSerializationSourceProperty: null,
        DefaultDisplayPropertySet: propertySetData(entry.defaultDisplayPropertySet),
        DefaultKeyPropertySet: propertySetData(entry.defaultKeyPropertySet),
        PropertySerializationSet: null,
      },
    );
  }
}

/** The TypeData a -TypeData argument converts to: itself, or (TypeData's constructor) an empty one of that name. */
export function asTypeData(value: unknown): TypeDataValue {
  const v = unwrap(value);
  return v instanceof TypeDataValue ? v : new TypeDataValue(new TypeDataEntry(toPSString(v)));
}

function membersDictionary(entry: TypeDataEntry): GenericDictionary {
  const members = new GenericDictionary('System.String', `${RUNSPACES}TypeMemberData`);
  // Stored as they are: TypeMemberData is no type the conversions know.
  for (const m of entry.members.values()) PSHashtable.prototype.set.call(members, m.name, memberData(m));
  return members;
}

/** A member as TypeData lists it (NotePropertyData, ScriptPropertyData ...), with pwsh's properties in its order. */
function memberData(m: InstanceMember): PSObject {
  const data = (kind: string, props: Record<string, unknown>) => {
    const type = `${RUNSPACES}${kind}Data`;
    return new PSObject(type, props, undefined, type);
  };
  switch (m.kind) {
    case 'NoteProperty':
      return data('NoteProperty', { Value: m.value, IsHidden: false, Name: m.name });
    case 'AliasProperty':
      return data('AliasProperty', { ReferencedMemberName: m.target, MemberType: null, IsHidden: false, Name: m.name });
    case 'ScriptProperty':
      return data('ScriptProperty', { GetScriptBlock: m.getter, SetScriptBlock: m.setter, IsHidden: false, Name: m.name });
    case 'ScriptMethod':
      return data('ScriptMethod', { Script: m.script, Name: m.name });
  }
}

function propertySetData(names: readonly string[] | undefined): PSObject | null {
  if (!names) return null;
  const type = `${RUNSPACES}PropertySetData`;
  return new PSObject(type, { ReferencedProperties: [...names], IsHidden: false }, undefined, type);
}
