// Add-Member: adds note properties to a custom object (one by name and value, or several from a
// hashtable), refusing an existing name unless -Force; -PassThru outputs the object.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ConversionError, toEnum, toPSString, unwrap } from '../engine/convert.js';
import { PSHashtable, PSObject, type EnumType } from '../engine/values.js';
import { switchParameter } from './collected-input.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const PS_MEMBER_TYPES: EnumType = {
  fullName: 'System.Management.Automation.PSMemberTypes',
  names: ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'Properties', 'PropertySet', 'Method', 'CodeMethod', 'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'InferredProperty', 'All'],
  values: [1, 2, 4, 8, 16, 31, 32, 64, 128, 256, 448, 512, 1024, 2048, 4096, 8192, 16383],
};

const MEMBER_SET = 'MemberSet';
const SINGLE = 'NotePropertySingleMemberSet';
const MULTI = 'NotePropertyMultiMemberSet';
const ALL = { [MEMBER_SET]: {}, [SINGLE]: {}, [MULTI]: {}, TypeNameSet: {} };

export const addMember = lazyCmdlet('Add-Member', (): CmdletDefinition => ({
  name: 'Add-Member',
  implementingType: 'Microsoft.PowerShell.Commands.AddMemberCommand',
  module: UTILITY,
  synopsis: 'Adds custom properties and methods to an instance of a PowerShell object.',
  defaultParameterSet: 'TypeNameSet',
  parameters: [
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { [MEMBER_SET]: { mandatory: true, valueFromPipeline: true }, [SINGLE]: { mandatory: true, valueFromPipeline: true }, [MULTI]: { mandatory: true, valueFromPipeline: true }, TypeNameSet: { mandatory: true, valueFromPipeline: true } }, description: 'The object to add members to.' },
    // Bound as text and converted in process() (see NotePropertyName).
    { name: 'MemberType', kind: 'string', typeName: PS_MEMBER_TYPES.fullName, aliases: ['Type'], sets: { [MEMBER_SET]: { position: 0, mandatory: true } }, description: 'The kind of member to add (NoteProperty or AliasProperty).' },
    { name: 'Name', kind: 'string', typeName: 'System.String', sets: { [MEMBER_SET]: { position: 1, mandatory: true } }, description: 'The name of the member.' },
    { name: 'Value', kind: 'object', typeName: 'System.Object', sets: { [MEMBER_SET]: { position: 2 } }, allowNull: true, allowEmptyString: true, description: 'The value of the member.' },
    // pwsh gives the note-property sets positions too and tells the sets apart by converting the
    // first argument to PSMemberTypes; here positional arguments bind to MemberSet and process()
    // reads `Add-Member Name Value` as a note property when the first is not a member type.
    { name: 'NotePropertyName', kind: 'string', typeName: 'System.String', sets: { [SINGLE]: { mandatory: true } }, description: 'The name of the note property.' },
    { name: 'NotePropertyValue', kind: 'object', typeName: 'System.Object', sets: { [SINGLE]: { mandatory: true } }, allowNull: true, allowEmptyString: true, description: 'The value of the note property.' },
    { name: 'NotePropertyMembers', kind: 'hashtable', typeName: 'System.Collections.IDictionary', sets: { [MULTI]: { mandatory: true } }, description: 'Names and values of note properties to add.' },
    { name: 'TypeName', kind: 'string', typeName: 'System.String', sets: { ...ALL, TypeNameSet: { mandatory: true } }, description: 'A type name for the object.' },
    switchParameter('Force', 'Replaces a member that already exists.', { [MEMBER_SET]: {}, [SINGLE]: {}, [MULTI]: {} }),
    switchParameter('PassThru', 'Outputs the object.', ALL),
  ],
  async process(ctx) {
    const target = unwrap(ctx.hasInput ? ctx.input : ctx.params.get('InputObject'));
    const p = ctx.params;
    const members: Array<[string, unknown]> = [];
    if (p.has('NotePropertyMembers')) {
      for (const [k, v] of (p.get<PSHashtable>('NotePropertyMembers') ?? new PSHashtable()).entries()) members.push([toPSString(k), v]);
    } else if (p.has('NotePropertyName')) {
      members.push([p.get<string>('NotePropertyName') ?? '', p.get('NotePropertyValue') ?? null]);
    } else if (p.has('MemberType')) {
      let type: string;
      try {
        type = toEnum(p.get('MemberType'), PS_MEMBER_TYPES).name;
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        if (!p.has('Name')) {
          return ctx.throwTerminatingError({ message: `Cannot bind parameter 'MemberType'. ${e.message}`, errorId: 'CannotConvertArgumentNoMessage', category: 'InvalidArgument', exceptionType: 'ParameterBindingException' });
        }
        // `Add-Member name value`: the note-property form by position.
        type = 'NoteProperty';
        members.push([toPSString(p.get('MemberType')), p.get('Name') ?? null]);
      }
      const name = p.get<string>('Name') ?? '';
      if (members.length) {
        // Taken above as the positional note-property form.
      } else if (type === 'NoteProperty') members.push([name, p.get('Value') ?? null]);
      else if (type === 'AliasProperty' && target instanceof PSObject) members.push([name, target.get(toPSString(p.get('Value')))]);
      else {
        return ctx.throwTerminatingError({
          // Shell wording: spo-shell adds note properties only (script methods need script blocks).
          message: `Add-Member -MemberType ${type} is not available in spo-shell; use NoteProperty.`,
          errorId: 'MemberTypeNotSupported',
          category: 'NotImplemented',
          exceptionType: 'NotSupportedException',
        });
      }
    }
    if (!(target instanceof PSObject)) {
      return ctx.throwTerminatingError({
        // Shell wording: PowerShell wraps any object; spo-shell adds members to custom objects only.
        message: `Add-Member can add members only to custom objects ([pscustomobject] or New-Object PSObject) in spo-shell.`,
        errorId: 'MemberTargetNotSupported',
        category: 'NotImplemented',
        exceptionType: 'NotSupportedException',
        targetObject: target,
      });
    }
    const force = p.get('Force') === true;
    for (const [name, value] of members) {
      const existing = [...target.properties.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
      if (existing !== undefined && !force) {
        await ctx.writeError({
          message: `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
          errorId: 'MemberAlreadyExists',
          category: 'InvalidOperation',
          exceptionType: 'InvalidOperationException',
          targetObject: target,
        });
        return;
      }
      if (existing !== undefined) target.properties.delete(existing);
      target.properties.set(name, value);
    }
    if (p.get('PassThru') === true) ctx.writeObject(target, false);
  },
}));
