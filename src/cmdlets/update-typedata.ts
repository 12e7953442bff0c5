// Update-TypeData: gives a type name members (note, alias and script properties, script methods) and
// standard members (DefaultDisplayPropertySet, DefaultKeyPropertySet, DefaultDisplayProperty,
// SerializationDepth) for the session (-TypeName), or adds TypeData objects back (-TypeData). A member
// or standard member the type already has is refused, one error each, unless -Force; the rest of the
// update still applies, as in pwsh. Loading .ps1xml files (-AppendPath, -PrependPath) is not built:
// a missing or misnamed file gets pwsh's error, an existing one a NotImplemented error (docs/Update-TypeData.md).

import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { castFailure, toEnum, toPSString, unwrap } from '../engine/convert.js';
import type { InstanceMember } from '../engine/instance-members.js';
import { resolveLiteral, pathNotFound } from '../engine/paths.js';
import { ScriptBlock } from '../engine/script-block.js';
import { operationQuestion, shouldProcess } from '../engine/should-process.js';
import { TypeDataEntry } from '../engine/type-data.js';
import { PS_MEMBER_TYPES } from '../engine/psobject-names.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { UTILITY } from './modules.js';
import { intParam, objectParam, stringParam, stringsParam, switchParam } from './param-builders.js';
import { TYPE_DATA, asTypeData, typeTableOf } from './type-data-common.js';
import * as S from './utility-strings.js';

const DYNAMIC = 'DynamicTypeSet';
const FILES = 'FileSet';
const TYPE_DATA_SET = 'TypeDataSet';
const SUPPORT = { supportsShouldProcess: true, confirmImpact: 'Medium' } as const;
const SCRIPT_BLOCK = 'System.Management.Automation.ScriptBlock';
const METHOD_INFO = 'System.Reflection.MethodInfo';
/** The settings spo-shell keeps no behaviour for (serialization, type conversion): refused rather than ignored. */
const NOT_BUILT = ['TypeConverter', 'TypeAdapter', 'SerializationMethod', 'TargetTypeForDeserialization', 'InheritPropertySerializationSet', 'StringSerializationSource', 'PropertySerializationSet'];

const dynamic = (description: string, extra: object = {}) => ({ sets: { [DYNAMIC]: {} }, ...extra, description });

export const updateTypeData = lazyCmdlet('Update-TypeData', (): CmdletDefinition => ({
  name: 'Update-TypeData',
  implementingType: 'Microsoft.PowerShell.Commands.UpdateTypeDataCommand',
  module: UTILITY,
  synopsis: "Updates the session's extended type data: members and default display sets of a type.",
  defaultParameterSet: FILES,
  supportsShouldProcess: true,
  parameters: [
    {
      name: 'MemberType',
      kind: 'enum',
      typeName: PS_MEMBER_TYPES.fullName,
      enumType: PS_MEMBER_TYPES,
      validateSet: ['NoteProperty', 'AliasProperty', 'ScriptProperty', 'CodeProperty', 'ScriptMethod', 'CodeMethod'],
      ...dynamic('The kind of member to add: NoteProperty, AliasProperty, ScriptProperty or ScriptMethod (CodeProperty and CodeMethod need .NET methods).'),
    },
    stringParam('MemberName', 'The name of the member.', dynamic('', { validateNotNullOrEmpty: true })),
    objectParam('Value', "The member's value: a note's value, an alias's target, a script property's getter, a script method's script.", 'System.Object', dynamic('')),
    objectParam('SecondValue', "A script property's setter (or an alias property's type).", 'System.Object', dynamic('')),
    objectParam('TypeConverter', 'Not built in spo-shell.', 'System.Type', dynamic('')),
    objectParam('TypeAdapter', 'Not built in spo-shell.', 'System.Type', dynamic('')),
    stringParam('SerializationMethod', 'Not built in spo-shell.', dynamic('')),
    objectParam('TargetTypeForDeserialization', 'Not built in spo-shell.', 'System.Type', dynamic('')),
    intParam('SerializationDepth', 'How deep objects of the type are serialized (kept in the type data).', dynamic('', { range: [0, 2147483647] })),
    stringParam('DefaultDisplayProperty', 'The property that represents an object of the type (what Format-Wide shows).', dynamic('', { validateNotNullOrEmpty: true })),
    { name: 'InheritPropertySerializationSet', kind: 'bool', typeName: 'System.Boolean', ...dynamic('Not built in spo-shell.') },
    stringParam('StringSerializationSource', 'Not built in spo-shell.', dynamic('', { validateNotNullOrEmpty: true })),
    stringsParam('DefaultDisplayPropertySet', 'The properties that objects of the type show by default (in a table or list).', dynamic('', { validateNotNullOrEmpty: true })),
    stringsParam('DefaultKeyPropertySet', 'The properties that identify objects of the type (kept in the type data).', dynamic('', { validateNotNullOrEmpty: true })),
    stringsParam('PropertySerializationSet', 'Not built in spo-shell.', dynamic('', { validateNotNullOrEmpty: true })),
    stringParam('TypeName', 'The type to update: a .NET type name or a custom PSTypeName.', { sets: { [DYNAMIC]: { mandatory: true, valueFromPipeline: true } }, validateNotNullOrEmpty: true }),
    switchParam('Force', 'Replaces members and settings the type already has.', { sets: { [DYNAMIC]: {}, [TYPE_DATA_SET]: {} } }),
    {
      name: 'TypeData',
      kind: 'object[]',
      typeName: `${TYPE_DATA}[]`,
      sets: { [TYPE_DATA_SET]: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      coerce: asTypeData,
      description: 'TypeData objects (from Get-TypeData) to add to the session.',
    },
    stringsParam('AppendPath', 'The .ps1xml type files to load after the built-in ones (not built: see the page).', { aliases: ['PSPath', 'Path'], sets: { [FILES]: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('PrependPath', 'The .ps1xml type files to load before the built-in ones (not built: see the page).', { sets: { [FILES]: {} } }),
  ],
  async process(ctx) {
    const p = ctx.params;
    if (p.has('TypeData')) {
      for (const data of p.get<unknown[]>('TypeData') ?? []) {
        const entry = asTypeData(data).entry;
        if (!(await shouldProcess(ctx, SUPPORT, operationQuestion(`Type to update: ${entry.typeName}`, 'Update TypeData')))) continue;
        await update(ctx, entry.copy());
      }
      return;
    }
    if (p.has('TypeName')) {
      const entry = dynamicEntry(ctx);
      if (!(await shouldProcess(ctx, SUPPORT, operationQuestion(`Type to update: ${entry.typeName}`, 'Update TypeData')))) return;
      await update(ctx, entry);
      return;
    }
    for (const path of [...(p.get<string[]>('AppendPath') ?? []), ...(p.get<string[]>('PrependPath') ?? [])]) await loadTypeFile(ctx, path, p.has('AppendPath') ? 'TypesAppendPathException' : 'TypesPrependPathException');
  },
}));

/** The type data the -TypeName parameters describe, after pwsh's checks (each a terminating error). */
function dynamicEntry(ctx: CmdletContext): TypeDataEntry {
  const p = ctx.params;
  const fail = (e: { errorId: string; message: string }): never => ctx.throwTerminatingError({ ...e, category: 'InvalidOperation', exceptionType: 'InvalidOperationException' });
  const entry = new TypeDataEntry(p.get<string>('TypeName')!);
  const member = p.has('MemberType') ? memberOf(ctx, fail) : undefined;
  if (!p.has('MemberType') && (p.has('MemberName') || p.has('Value') || p.has('SecondValue'))) fail(S.MemberTypeIsMissing());
  const unbuilt = NOT_BUILT.find((name) => p.has(name));
  if (unbuilt) {
    ctx.throwTerminatingError({ message: `Update-TypeData -${unbuilt} is not available in spo-shell: it has no serialization or type conversion to apply it to.`, errorId: 'ParameterNotSupported', category: 'NotImplemented', exceptionType: 'NotSupportedException' });
  }
  if (member) entry.members.set(member.name.toLowerCase(), member);
  if (p.has('DefaultDisplayPropertySet')) entry.defaultDisplayPropertySet = p.get<string[]>('DefaultDisplayPropertySet');
  if (p.has('DefaultKeyPropertySet')) entry.defaultKeyPropertySet = p.get<string[]>('DefaultKeyPropertySet');
  if (p.has('DefaultDisplayProperty')) entry.defaultDisplayProperty = p.get<string>('DefaultDisplayProperty');
  if (p.has('SerializationDepth')) entry.serializationDepth = p.get<number>('SerializationDepth')!;
  return entry;
}

/** The member -MemberType, -MemberName, -Value and -SecondValue describe. */
function memberOf(ctx: CmdletContext, fail: (e: { errorId: string; message: string }) => never): InstanceMember {
  const p = ctx.params;
  const type = toEnum(p.get('MemberType'), PS_MEMBER_TYPES).name;
  if (!p.has('MemberName')) fail(S.MemberNameShouldBeSpecified(type));
  if (!p.has('Value')) fail(S.ValueShouldBeSpecified(type));
  const name = p.get<string>('MemberName')!;
  const value = unwrap(p.get('Value'));
  const second = p.has('SecondValue') ? unwrap(p.get('SecondValue')) : undefined;
  if ((type === 'NoteProperty' || type === 'ScriptMethod' || type === 'CodeMethod') && p.has('SecondValue')) fail(S.SecondValueShouldNotBeSpecified(type));
  // The conversions of -Value and -SecondValue fail as LanguagePrimitives' do (PSInvalidCastException).
  const converted = (v: unknown, typeName: string): unknown => {
    if (v === null || v === undefined) return null;
    if (typeName === SCRIPT_BLOCK && v instanceof ScriptBlock) return v;
    const failure = castFailure(v, typeName);
    return ctx.throwTerminatingError({ message: failure.message, errorId: failure.errorId, category: 'InvalidArgument', exceptionType: 'PSInvalidCastException', exceptionFullName: 'System.Management.Automation.PSInvalidCastException' });
  };
  switch (type) {
    case 'NoteProperty':
      return { kind: 'NoteProperty', name, value: p.get('Value') ?? null };
    case 'AliasProperty':
      return { kind: 'AliasProperty', name, target: toPSString(value) };
    case 'ScriptProperty': {
      if ((value === null || value === undefined) && (second === null || second === undefined)) fail(S.ValueAndSecondValueAreNotBothNull(type));
      return { kind: 'ScriptProperty', name, getter: converted(value, SCRIPT_BLOCK) as ScriptBlock | null, setter: converted(second, SCRIPT_BLOCK) as ScriptBlock | null };
    }
    case 'ScriptMethod':
      return { kind: 'ScriptMethod', name, script: converted(value, SCRIPT_BLOCK) as ScriptBlock };
    default:
      // CodeProperty and CodeMethod take a .NET MethodInfo, which no spo-shell value is.
      converted(value, METHOD_INFO);
      return converted(second, METHOD_INFO) as never;
  }
}

/** Adds `entry` to the session's type table: each standard member and member it has already is an error (unless -Force); the rest applies. */
async function update(ctx: CmdletContext, entry: TypeDataEntry): Promise<void> {
  if (entry.isEmpty) {
    await ctx.writeError({ ...S.TypeDataEmpty(entry.typeName), category: 'InvalidOperation', exceptionType: 'InvalidOperationException' });
    return;
  }
  const table = typeTableOf(ctx, true);
  const target = table.entry(entry.typeName, true);
  const force = ctx.params.get('Force') === true;
  const errors: string[] = [];
  // pwsh's order of the standard members, then the members.
  const settings: Array<[string, boolean, () => void]> = [
    ['DefaultKeyPropertySet', entry.defaultKeyPropertySet !== undefined, () => (target.defaultKeyPropertySet = entry.defaultKeyPropertySet)],
    ['DefaultDisplayPropertySet', entry.defaultDisplayPropertySet !== undefined, () => (target.defaultDisplayPropertySet = entry.defaultDisplayPropertySet)],
    ['DefaultDisplayProperty', entry.defaultDisplayProperty !== undefined, () => (target.defaultDisplayProperty = entry.defaultDisplayProperty)],
    ['SerializationDepth', entry.serializationDepth !== undefined, () => (target.serializationDepth = entry.serializationDepth)],
  ];
  const had = (name: string): boolean =>
    name === 'DefaultKeyPropertySet' ? target.defaultKeyPropertySet !== undefined : name === 'DefaultDisplayPropertySet' ? target.defaultDisplayPropertySet !== undefined : name === 'DefaultDisplayProperty' ? target.defaultDisplayProperty !== undefined : target.serializationDepth !== undefined;
  for (const [name, given, apply] of settings) {
    if (!given) continue;
    if (had(name) && !force) errors.push(name);
    else apply();
  }
  for (const [key, member] of entry.members) {
    if (target.members.has(key) && !force) errors.push(member.name);
    else {
      // A replaced member goes to the end, as pwsh's table re-adds it.
      target.members.delete(key);
      target.members.set(key, member);
    }
  }
  table.changed();
  for (const name of errors) await ctx.writeError(typeTableError(entry.typeName, S.DuplicateMember(name), 'TypesDynamicUpdateException'));
}

/** An error of the type table (pwsh's RuntimeException wrapping TypesXmlStrings' text). */
export function typeTableError(typeName: string, inner: string, errorId: string): ErrorSpec {
  return { message: S.TypeDataError(typeName, inner), errorId, category: 'InvalidOperation', exceptionType: 'RuntimeException', exceptionFullName: 'System.Management.Automation.RuntimeException' };
}

/** -AppendPath / -PrependPath: pwsh's errors for a missing or misnamed file; reading one is not built. */
async function loadTypeFile(ctx: CmdletContext, given: string, errorId: string): Promise<void> {
  const { existsSync } = await import('node:fs');
  const full = resolveLiteral(ctx.session, given);
  if (!existsSync(full)) {
    await ctx.writeError({ ...pathNotFound(full), errorId, category: 'InvalidOperation' });
    return;
  }
  if (!/\.ps1xml$/i.test(full)) {
    await ctx.writeError({ ...S.WrongExtension(full), category: 'InvalidArgument', exceptionType: 'PSInvalidOperationException', exceptionFullName: 'System.Management.Automation.PSInvalidOperationException' });
    return;
  }
  await ctx.writeError({
    message: `Update-TypeData cannot load "${full}": reading .ps1xml type files is not available in spo-shell; use Update-TypeData -TypeName with -MemberType, -MemberName and -Value.`,
    errorId: 'TypeFilesNotSupported',
    category: 'NotImplemented',
    exceptionType: 'NotSupportedException',
    targetObject: full,
  });
}
