// Add-Member: adds note, alias, script properties and script methods to any object (one by name and
// value, or note properties from a hashtable), refusing an existing name unless -Force; -PassThru
// outputs the object. A custom object keeps note properties among its properties; other members, and
// the members of other objects, are instance members (engine/instance-members.ts).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ConversionError, toEnum, toPSString, unwrap } from '../engine/convert.js';
import { PSHashtable, PSObject } from '../engine/values.js';
import { instanceMembersOf, membersFor, WrappedValue, type InstanceMember, type MemberScript } from '../engine/instance-members.js';
import { ScriptBlock } from '../engine/script-block.js';
import { switchParameter } from './collected-input.js';
import { membersOf, PS_MEMBER_TYPES } from './get-member.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { typeNamesOf } from '../engine/values-members.js';


const MEMBER_SET = 'MemberSet';
const SINGLE = 'NotePropertySingleMemberSet';
const MULTI = 'NotePropertyMultiMemberSet';
/** The member kinds pwsh's Add-Member refuses itself (an object's own .NET members, events). */
const CANNOT_ADD = new Set(['Property', 'Method', 'Event', 'Dynamic', 'InferredProperty', 'ParameterizedProperty']);
const ALL = { [MEMBER_SET]: {}, [SINGLE]: {}, [MULTI]: {}, TypeNameSet: {} };

/** Whether a note property name would convert to PSMemberTypes (`NoteProperty`, `note*`). */
function isMemberTypeName(value: unknown): boolean {
  try {
    toEnum(value, PS_MEMBER_TYPES);
    return true;
  } catch (e) {
    if (e instanceof ConversionError) return false;
    throw e;
  }
}

/** The names of the members Get-Member lists for a value that is not a custom object, lower-cased. */
function ownMemberNames(target: unknown): Set<string> {
  return new Set(membersOf(target instanceof WrappedValue ? target.base : target).rows.map((row) => row[0].toLowerCase()));
}

export const addMember = lazyCmdlet('Add-Member', (): CmdletDefinition => ({
  name: 'Add-Member',
  implementingType: 'Microsoft.PowerShell.Commands.AddMemberCommand',
  module: UTILITY,
  synopsis: 'Adds custom properties and methods to an instance of a PowerShell object.',
  defaultParameterSet: 'TypeNameSet',
  parameters: [
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [MEMBER_SET]: { mandatory: true, valueFromPipeline: true }, [SINGLE]: { mandatory: true, valueFromPipeline: true }, [MULTI]: { mandatory: true, valueFromPipeline: true }, TypeNameSet: { mandatory: true, valueFromPipeline: true } }, description: 'The object to add members to.' },
    // Converted when bound, as in pwsh: `-MemberType note` is a binding error (PSMemberTypes takes
    // whole names or wildcards, not prefixes), and by position a first argument that names no member
    // type goes on to NotePropertyName (`Add-Member name 4`).
    { name: 'MemberType', kind: 'enum', typeName: PS_MEMBER_TYPES.fullName, enumType: PS_MEMBER_TYPES, aliases: ['Type'], sets: { [MEMBER_SET]: { position: 0, mandatory: true } }, description: 'The kind of member to add (NoteProperty or AliasProperty).' },
    // An object, so that `Add-Member name 4` (the note-property form) keeps 4 a number.
    { name: 'Name', kind: 'object', typeName: 'System.String', sets: { [MEMBER_SET]: { position: 1, mandatory: true } }, description: 'The name of the member.' },
    { name: 'Value', kind: 'object', typeName: 'System.Object', sets: { [MEMBER_SET]: { position: 2 } }, allowNull: true, allowEmptyString: true, description: 'The value of the member.' },
    { name: 'SecondValue', kind: 'object', typeName: 'System.Object', sets: { [MEMBER_SET]: { position: 3 } }, allowNull: true, allowEmptyString: true, description: "A script property's setter." },
    { name: 'TypeName', kind: 'string', typeName: 'System.String', sets: { ...ALL, TypeNameSet: { mandatory: true } }, description: 'A type name for the object.' },
    switchParameter('Force', 'Replaces a member that already exists.', { [MEMBER_SET]: {}, [SINGLE]: {}, [MULTI]: {} }),
    switchParameter('PassThru', 'Outputs the object.', ALL),
    {
      name: 'NotePropertyName',
      kind: 'string',
      typeName: 'System.String',
      sets: { [SINGLE]: { position: 0, mandatory: true } },
      // pwsh's ValidateNotePropertyName: `Add-Member NoteProperty w 3` is the member-type form.
      validateSwallowed: (value) => (isMemberTypeName(value) ? `The parameter NotePropertyName cannot take values that could be converted to the type ${PS_MEMBER_TYPES.fullName}. To define the name of a member with those values, use Add-Member, and specify the member type.` : undefined),
      description: 'The name of the note property.',
    },
    { name: 'NotePropertyValue', kind: 'object', typeName: 'System.Object', sets: { [SINGLE]: { position: 1, mandatory: true } }, allowNull: true, allowEmptyString: true, description: 'The value of the note property.' },
    { name: 'NotePropertyMembers', kind: 'hashtable', typeName: 'System.Collections.IDictionary', sets: { [MULTI]: { position: 0, mandatory: true } }, description: 'Names and values of note properties to add.' },
  ],
  async process(ctx) {
    const given = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    // A string that already carries members keeps its wrapper (and so its members).
    const target = given instanceof WrappedValue ? given : unwrap(given);
    const p = ctx.params;
    const members: InstanceMember[] = [];
    const note = (name: string, value: unknown): InstanceMember => ({ kind: 'NoteProperty', name, value });
    if (p.has('NotePropertyMembers')) {
      for (const [k, v] of (p.get<PSHashtable>('NotePropertyMembers') ?? new PSHashtable()).entries()) members.push(note(toPSString(k), v));
    } else if (p.has('NotePropertyName')) {
      members.push(note(p.get<string>('NotePropertyName') ?? '', p.get('NotePropertyValue') ?? null));
    } else if (p.has('MemberType')) {
      const memberType = toEnum(p.get('MemberType'), PS_MEMBER_TYPES);
      const type = memberType.name;
      // One flag only (Methods, Properties and All are several).
      if ((memberType.value & (memberType.value - 1)) !== 0) {
        return ctx.throwTerminatingError({ message: `To add a member, only one member type can be specified. The member types specified are: "${type}"`, errorId: 'WrongMemberCount', category: 'InvalidOperation', exceptionType: 'InvalidOperationException' });
      }
      if (CANNOT_ADD.has(type)) {
        return ctx.throwTerminatingError({ message: `Cannot add a member with type "${type}". Specify a different type for the MemberTypes parameter.`, errorId: 'CannotAddMemberType', category: 'InvalidOperation', exceptionType: 'InvalidOperationException' });
      }
      const name = toPSString(p.get('Name') ?? '');
      const script = (key: string): MemberScript | null => {
        const v = unwrap(p.get(key));
        return v instanceof ScriptBlock ? v : null;
      };
      if (type === 'NoteProperty') members.push(note(name, p.get('Value') ?? null));
      else if (type === 'AliasProperty') members.push({ kind: 'AliasProperty', name, target: toPSString(p.get('Value')) });
      else if (type === 'ScriptProperty') members.push({ kind: 'ScriptProperty', name, getter: script('Value'), setter: script('SecondValue') });
      else if (type === 'ScriptMethod' && script('Value')) members.push({ kind: 'ScriptMethod', name, script: script('Value')! });
      else {
        return ctx.throwTerminatingError({
          // Shell wording: the .NET member kinds (CodeProperty, CodeMethod, PropertySet ...) need .NET types.
          message: `Add-Member -MemberType ${type} is not available in spo-shell; use NoteProperty, AliasProperty, ScriptProperty or ScriptMethod.`,
          errorId: 'MemberTypeNotSupported',
          category: 'NotImplemented',
          exceptionType: 'NotSupportedException',
        });
      }
    }
    const force = p.get('Force') === true;
    const { members: instance, wrapped } = membersFor(target);
    for (const member of members) {
      const { name } = member;
      const property = target instanceof PSObject ? [...target.properties.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) : undefined;
      // Another object's own members count too (`$h | Add-Member Count 1` is refused), as in pwsh.
      // A member the object's type data gives it (Update-TypeData) counts as well.
      const existing = property !== undefined || instanceMembersOf(target)?.get(name) !== undefined || (!(target instanceof PSObject) && ownMemberNames(target).has(name.toLowerCase()));
      if (existing && !force) {
        await ctx.writeError({
          message: `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
          errorId: 'MemberAlreadyExists',
          category: 'InvalidOperation',
          exceptionType: 'InvalidOperationException',
          targetObject: target,
        });
        return;
      }
      if (property !== undefined && target instanceof PSObject) target.properties.delete(property);
      // A custom object's note properties are its properties (shown, selected, serialized as they are).
      if (target instanceof PSObject && member.kind === 'NoteProperty') target.properties.set(name, member.value);
      // Any other member of a custom object goes among its properties where it was added (instance-members.ts).
      else instance.set(member, target instanceof PSObject ? target.properties.size : undefined);
    }
    // -TypeName goes first in the object's type names (its formatting and type data follow it), as in pwsh.
    const typeName = p.get<string>('TypeName');
    if (typeName && target instanceof PSObject) typeNamesOf(target).unshift(typeName);
    if (p.get('PassThru') === true) ctx.writeObject(wrapped, false);
  },
}));
