// Member access and method calls on runtime values: the properties and methods the
// documentation examples and everyday administration lines use.

import { isBareCustomObject, toInt, toNumber, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { charMethod, isCharValue, keepChar } from './chars.js';
import type { TypedNumber } from './numeric.js';
import { ErrorRecord, positionMessage } from './errors.js';
import { pipelineIterationInfo, scriptStackTrace } from './error-details.js';
import { shortTypeName } from './position.js';
import { runtimeType } from './types.js';
import { scriptCommandInfo } from './automatic-variables.js';
import { DateTimeValue, dateTimeMember, dateTimeMemberType, dateTimeMethod, dateTimePropertyNames } from './datetime.js';
import { LoopEnumerator } from './loop-enumerator.js';
import { TimeSpanValue, timeSpanMethod, TimeSpanFormatError } from './timespan.js';
import { MemberError } from './member-error.js';
import { int64Argument } from './time-conversions.js';
import { memberCatalog } from './member-catalog.js';
import { noteDefinition } from './member-definitions.js';
import { SwitchParameter } from './switch-parameter.js';
import { instanceMembersOf, membersFor, ownInstanceMembersOf, type InstanceMember } from './instance-members.js';
import { MemberInfo, type MemberCollection, customObjectSource, dotnetMethod, dotnetProperty, loadedMemberExtras, memberCollectionOver, noteProperty, valueSource, type MemberSource } from './psobject-api.js';
import { CUSTOM_OBJECT, OBJECT_METHODS, PS_MEMBER_TYPES, isMemberCollection, isMemberInfo } from './psobject-names.js';

export { MemberError } from './member-error.js';
import { MethodCallError } from './constructors.js';
import { ArrayList, EnumValue, GenericList, NetworkCredential, PSCredential, PSHashtable, PSObject, PSReference, SecureString, StringBuilderValue } from './values.js';
import { instanceCall } from './dotnet-statics.js';
import { stringBuilderChar, stringBuilderMethod } from './string-builder-methods.js';
import { MAX_CAPACITY } from './string-builder.js';
import { ConsoleWriter, consoleWrite } from './console-writer.js';
import { DotNetException, argumentConversion, canonicalName, invocationFailed, methodNotFound, noOverload } from './method-binder.js';
import { PropertyGetterError, stringMethod } from './string-methods.js';
import { arrayMethod, arrayProperty } from './array-members.js';
import { numberText, numberToString } from './number-methods.js';
import { cultureOfValue } from './cultures.js';
import { BoundParametersDictionary, GenericDictionary, convertTypeArgument, dotnetText, genericFullName, genericTypeOf, parseGenericName, powershellText } from './generic-types.js';
import { ConversionError } from './conversion-error.js';
import { exceptionTypeNames, thrownException } from './exception-values.js';
import { isUnraised } from './error-record-type.js';
import { DotNetCollection } from './collection-types.js';
import { NamedCollection } from './named-collection.js';
import { collectionMethod, collectionProperty, outArgument } from './dotnet-collections.js';
import { KindedDictionary, keysOrValues, kindedDictionaryMethod } from './dictionary-kinds.js';
import { VersionError, isVersionValue, versionMethod } from './version-types.js';
import { listMethod } from './list-methods.js';
import { objectEquals } from './object-statics.js';
import { recordedTypeNames } from './type-hierarchy.js';

const SMA = 'System.Management.Automation.';
const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The object `$x.GetType()` returns. */
function typeInfo(value: unknown): PSObject {
  if (unwrap(value) instanceof ErrorRecord) return runtimeType('System.Management.Automation.ErrorRecord');
  const generic = genericTypeOf(unwrap(value));
  if (generic) return runtimeType(genericFullName(generic.definition, generic.args), undefined, powershellText(generic.definition, generic.args));
  return runtimeType(typeNameOf(value), unwrap(value) instanceof EnumValue ? 'System.Enum' : undefined);
}

/** An ErrorRecord's `.Exception`. */
export function exceptionOf(record: ErrorRecord): PSObject {
  const own = thrownException(record);
  if (own) return own;
  const carried = ownRecordOf(record);
  // Its text is Exception.ToString()'s first line, `Type: message` (pwsh adds the .NET stack trace: docs/language.md).
  return new PSObject(
    record.exceptionFullName,
    // In .NET's order: an engine exception's ErrorRecord, its type's own properties, WasThrownFromThrowStatement, then Exception's.
    { ...carried.record, ...namedTargetOf(record), ...record.exceptionProperties, ...carried.thrown, Message: record.message, InnerException: record.inner ? exceptionOf(record.inner) : null },
    undefined,
    `${record.exceptionFullName}: ${record.message}`,
  );
}

/**
 * The ErrorRecord an engine exception (a RuntimeException and those derived from it) carries, and its
 * WasThrownFromThrowStatement (pwsh 7.6.10): not the record `$_` is, but the one the
 * exception made for itself, of a ParentContainsErrorRecordException, naming no command; a `throw` keeps
 * neither its target nor its category.
 */
function ownRecordOf(record: ErrorRecord): { record?: { ErrorRecord: ErrorRecord }; thrown?: { WasThrownFromThrowStatement: boolean } } {
  const fullName = record.exceptionFullName;
  if (!fullName.startsWith(SMA) || fullName === `${SMA}ParentContainsErrorRecordException`) return {};
  const thrown = record.thrownByThrowStatement;
  const own = new ErrorRecord({
    message: record.message,
    errorId: thrown ? 'RuntimeException' : record.errorId,
    category: thrown ? 'NotSpecified' : record.category,
    exceptionType: 'ParentContainsErrorRecordException',
    exceptionFullName: `${SMA}ParentContainsErrorRecordException`,
    targetObject: thrown ? null : record.targetObject,
    activity: '',
  });
  return { record: { ErrorRecord: own }, thrown: { WasThrownFromThrowStatement: thrown } };
}

/** What the engine's own exceptions name: ItemNotFoundException its ItemName, CommandNotFoundException its CommandName. */
function namedTargetOf(record: ErrorRecord): Record<string, unknown> {
  const target = record.targetObject === undefined ? null : record.targetObject;
  if (record.exceptionFullName === 'System.Management.Automation.ItemNotFoundException') return { ItemName: target, SessionStateCategory: 'Drive' };
  if (record.exceptionFullName === 'System.Management.Automation.CommandNotFoundException') return { CommandName: target };
  return {};
}

/** Where the .NET exceptions a method call throws live, for those the exception types' table does not hold. */
const EXCEPTION_NAMESPACES: Readonly<Record<string, string>> = {
  KeyNotFoundException: 'System.Collections.Generic',
  CryptographicException: 'System.Security.Cryptography',
};

/**
 * A MethodInvocationException's inner error: the exception the .NET method threw, whose short type name
 * is the record's error id and whose message is what `Exception calling "M" with "n" argument(s): "…"`
 * quotes. It is `$_.Exception.InnerException`, and `$_` itself in a `catch [FormatException]` (pwsh 7.6.10
 * tries the inner exception's type first). An argument exception also names its parameter (ParamName),
 * from the message's `(Parameter '…')`.
 */
function methodCallInner(record: ErrorRecord): ErrorRecord | undefined {
  if (record.exceptionFullName !== 'System.Management.Automation.MethodInvocationException') return undefined;
  const quoted = /^Exception calling "[^"]*" with "\d+" argument\(s\): "([\s\S]*)"$/.exec(record.message);
  if (!quoted || !/^\w+Exception$/.test(record.errorId)) return undefined;
  const message = quoted[1]!;
  // A script method's error (executor.ts) wraps the RuntimeException the script threw.
  const fullName =
    record.errorId === 'ScriptMethodRuntimeException'
      ? 'System.Management.Automation.RuntimeException'
      : (exceptionTypeNames().find((n) => n.endsWith(`.${record.errorId}`)) ?? `${EXCEPTION_NAMESPACES[record.errorId] ?? 'System'}.${record.errorId}`);
  const parameter = /^Argument\w*Exception$/.test(record.errorId) ? (/\(Parameter '([^']*)'\)/.exec(message)?.[1] ?? null) : undefined;
  const shortName = fullName.slice(fullName.lastIndexOf('.') + 1);
  return record.derived({ message, errorId: shortName, category: 'NotSpecified', exceptionType: shortName, exceptionFullName: fullName, ...(parameter !== undefined ? { exceptionProperties: { ParamName: parameter } } : {}) });
}
ErrorRecord.innerOf = methodCallInner;

export function getMember(target: unknown, name: string): unknown {
  // The intrinsic type-name list of any value (before member enumeration, which would read the elements').
  const intrinsic = eq(name, 'PSTypeNames') || eq(name, 'PSObject') ? intrinsicMember(target, name) : undefined;
  if (intrinsic !== undefined) return intrinsic;
  // Members Add-Member gave the object come before its own (one typeof for a plain value).
  const instance = instanceMembersOf(target)?.get(name);
  if (instance) return instanceMemberValue(target, instance);
  const own = ownMember(target, name);
  if (own !== null && own !== undefined) return own;
  // PowerShell's intrinsic members: any single object (a hashtable too: `@{}.Length` is 1) has a Count and
  // a Length of 1, $null of 0; a key or property that is there keeps its own value, $null included.
  if (eq(name, 'Count') || eq(name, 'Length')) {
    const v = unwrap(target);
    if (v === null || v === undefined) return 0;
    if (Array.isArray(v) || (v instanceof PSHashtable && v.has(name)) || (v instanceof PSObject && v.get(name) !== undefined)) return own;
    return 1;
  }
  return own;
}

/**
 * An instance member's value where no script can run (formatting, Select-Object, Where-Object -Property):
 * a script property's getter runs in the evaluator's member access (executor.ts) and, for the commands
 * that format or serialise objects, just before they read it (evaluateScriptProperties); elsewhere $null.
 */
export function instanceMemberValue(target: unknown, member: InstanceMember): unknown {
  switch (member.kind) {
    case 'NoteProperty':
      return member.value;
    case 'AliasProperty':
      return getMember(target, member.target);
    case 'ScriptProperty':
      return member.evaluated ? member.evaluated.value : null;
    default:
      return null;
  }
}

/** The .NET value types the shell has (for -is [ValueType] and a type's base types). */
export const VALUE_TYPE = /^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal|Boolean|Char|DateTime|TimeSpan|Guid|Numerics\.BigInteger)$/;

/** `.pstypenames` (`.PSObject.TypeNames`): the value's type and its base types, most derived first. */
export function typeNamesOf(target: unknown): string[] {
  const v = unwrap(target);
  if (v instanceof PSObject) {
    if (!v.typeNames) {
      v.typeNames = new GenericList<string>();
      v.typeNames.elementType = 'System.String';
      v.typeNames.push(...(recordedTypeNames(v.typeName) ?? [v.typeName, 'System.Object']));
    }
    return v.typeNames;
  }
  const type = typeNameOf(unwrapArgument(target));
  if (v instanceof EnumValue) return [type, 'System.Enum', 'System.ValueType', 'System.Object'];
  if (Array.isArray(v) && type.endsWith('[]')) return [type, 'System.Array', 'System.Object'];
  if (VALUE_TYPE.test(type)) return [type, 'System.ValueType', 'System.Object'];
  return recordedTypeNames(type) ?? [type, 'System.Object'];
}

/** PSTypeNames, and PSObject of a value that is no PSObject of its own; undefined where a key or property of that name wins. */
function intrinsicMember(target: unknown, name: string): unknown {
  const v = unwrap(target);
  if (v === null || v === undefined || (v instanceof PSHashtable && v.has(name)) || (v instanceof PSObject && v.get(name) !== undefined)) return undefined;
  if (eq(name, 'PSTypeNames')) return typeNamesOf(target);
  if (v instanceof PSObject) return undefined;
  // Members Add-Member gave a string live on its wrapper: the target, not the plain value.
  const owner = instanceMembersOf(target) ? target : v;
  const dotnet = (): MemberInfo[] =>
    v instanceof DateTimeValue
      ? [...dateTimePropertyNames(v).map((n) => propertyInfo(n, dateTimeMemberType(n), getMember(v, n), 'System.DateTime')), ...dotnetMembers(v, 'System.DateTime').filter((m) => m.memberType === 'Method')]
      : dotnetMembers(v, typeNameOf(v));
  return memberSet(owner, valueSource(owner, dotnet, getMember), v, toPSString(v));
}

/** `.psobject`: PSObject's own members (Members, Properties, Methods, the base object, TypeNames), and Copy(). */
function memberSet(owner: unknown, source: MemberSource, base: unknown, text: string): PSObjectView {
  return new PSObjectView(
    owner,
    {
      Members: memberCollectionOver(source, 'Members'),
      Properties: memberCollectionOver(source, 'Properties'),
      Methods: memberCollectionOver(source, 'Methods'),
      ImmediateBaseObject: base,
      BaseObject: base,
      TypeNames: typeNamesOf(owner),
    },
    text,
  );
}

/** A value's `.psobject`; its Copy() is PSObject.Copy(). */
class PSObjectView extends PSObject {
  constructor(
    readonly owner: unknown,
    fields: Record<string, unknown>,
    text: string,
  ) {
    super('System.Management.Automation.PSObject', fields, undefined, text);
  }
}

/**
 * PSObject.Copy(): a custom object's copy has its own notes and members (and type names); a value .NET
 * can clone (a hashtable, an array) is cloned; any other value is itself.
 */
function copyOf(owner: unknown): unknown {
  const v = unwrap(owner);
  if (v instanceof PSHashtable) {
    const copy = new PSHashtable(v.ordered);
    for (const [k, x] of v.entries()) copy.set(k, x);
    return copy;
  }
  if (Array.isArray(v) && !(v instanceof ArrayList)) return [...v];
  if (!(v instanceof PSObject) || v.typeName !== CUSTOM_OBJECT) return owner;
  const copy = new PSObject(v.typeName);
  for (const [k, x] of v.properties) copy.properties.set(k, x);
  if (v.typeNames) {
    copy.typeNames = new GenericList<string>();
    copy.typeNames.elementType = 'System.String';
    copy.typeNames.push(...v.typeNames);
  }
  const members = ownInstanceMembersOf(v);
  if (members) {
    const copied = membersFor(copy).members;
    for (const m of members.all()) copied.set({ ...m }, members.positionOf(m.name));
  }
  return copy;
}

/**
 * A .NET value's members in pwsh's order (reflection's, which its psadapted member set names, once the
 * recorded rows are loaded: loadMemberExtras), else in Get-Member's. Each from Get-Member's row.
 */
function dotnetMembers(v: unknown, type: string): MemberInfo[] {
  const catalog = memberCatalog()[type] ?? (Array.isArray(v) && type.endsWith('[]') ? memberCatalog()['System.Object[]'] : undefined) ?? OBJECT_METHODS.map(([n, d]) => [n, 'Method', d] as const);
  const forced = loadedMemberExtras()?.forcedRows[type] ?? [];
  const rowOf = (name: string) => catalog.find((r) => r[0] === name) ?? forced.find((r) => r[0] === name);
  const adapted = forced.find((r) => r[0] === 'psadapted')?.[2].replace(/^psadapted \{|\}$/g, '').split(', ');
  const rows = adapted ? adapted.map(rowOf).filter((r) => r !== undefined) : [...catalog.filter((r) => r[1] !== 'Method'), ...catalog.filter((r) => r[1] === 'Method')];
  return rows.flatMap(([name, memberType, definition]) =>
    memberType === 'Method' ? [dotnetMethod(name, definition, v)] : memberType === 'Property' || memberType === 'ParameterizedProperty' ? [dotnetProperty(name, memberType, definition, memberType === 'Property' ? getMember(v, name) : null)] : [],
  );
}

/**
 * One of `.psobject.Properties` of a DateTime or of an object spo keeps as a PSObject: a PSNoteProperty,
 * PSScriptProperty or PSProperty. Its text is its definition, as Get-Member shows it: a note's from its
 * value, a .NET or script property's from the member catalog of `ownerType`.
 */
function propertyInfo(name: string, memberType: string, value: unknown, ownerType?: string): MemberInfo {
  if (memberType === 'NoteProperty') return noteProperty(name, value);
  const definition = memberCatalog()[ownerType ?? '']?.find((row) => row[0] === name)?.[2] ?? `${typeNameOf(value) === 'null' ? 'System.Object' : typeNameOf(value)} ${name}`;
  if (memberType === 'Property') return dotnetProperty(name, 'Property', definition.includes('{') ? definition : `${definition} {get;}`, value);
  // DateTime's DateTime script property: its value is known without running a script.
  return new MemberInfo(
    'System.Management.Automation.PSScriptProperty',
    { MemberType: new EnumValue(PS_MEMBER_TYPES, memberType), IsSettable: false, IsGettable: true, Value: value, TypeNameOfValue: typeNameOf(value), Name: name, IsInstance: true },
    definition,
    undefined,
  );
}

function ownMember(target: unknown, name: string): unknown {
  const v = unwrap(target);
  if (v === null || v === undefined) return null;
  if (v instanceof PSHashtable) {
    if (v.has(name)) return v.get(name);
    if (eq(name, 'Count')) return v.size;
    // A generic dictionary's are its own collection types (dictionary-kinds.ts).
    const generic = v instanceof GenericDictionary && !(v instanceof BoundParametersDictionary);
    if (eq(name, 'Keys')) return generic ? keysOrValues(v, false) : v.keys();
    if (eq(name, 'Values')) return generic ? keysOrValues(v, true) : v.values();
    // Hashtable's other properties (`.psobject.Properties` lists them): a plain table, its own SyncRoot.
    if (eq(name, 'IsReadOnly') || eq(name, 'IsFixedSize') || eq(name, 'IsSynchronized')) return false;
    if (eq(name, 'SyncRoot')) return v;
    // A dictionary type's own properties (a session's Headers).
    return v.ownProperty(name) ?? null;
  }
  if (v instanceof DotNetCollection) {
    const own = collectionProperty(v, name);
    if (own) return own.value;
  }
  if (Array.isArray(v)) {
    const typed = v instanceof NamedCollection ? v.ownProperty(name) : undefined;
    if (typed) return typed.value;
    // A member collection has no Count of its own: `.psobject.Properties.Count` enumerates its members' (1 each).
    if ((eq(name, 'Count') || eq(name, 'Length')) && !isMemberCollection(v)) return v.length;
    const own = v instanceof ArrayList || isMemberCollection(v) ? undefined : arrayProperty(v, name);
    if (own) return own.value;
    // Member enumeration: the property of each element, a collection's items one by one (pwsh enumerates
    // each value into the result: `$sites.Owners` is every owner, not a list of lists).
    const values: unknown[] = [];
    for (const x of v) {
      const value = getMember(x, name);
      if (value === null || value === undefined) continue;
      const items = unwrap(value);
      if (Array.isArray(items)) for (const item of items) values.push(item);
      else values.push(value);
    }
    return values.length === 0 ? null : values.length === 1 ? values[0] : values;
  }
  if (typeof v === 'string') {
    if (eq(name, 'Length')) return v.length;
    return null;
  }
  if (v instanceof StringBuilderValue) return eq(name, 'Length') ? v.length : eq(name, 'Capacity') ? v.capacity : eq(name, 'MaxCapacity') ? MAX_CAPACITY : null;
  if (v instanceof PSCredential) {
    if (eq(name, 'UserName')) return v.UserName;
    if (eq(name, 'Password')) return v.Password;
    return null;
  }
  if (v instanceof NetworkCredential) {
    if (eq(name, 'UserName')) return v.UserName;
    if (eq(name, 'Password')) return v.Password;
    if (eq(name, 'Domain')) return v.Domain;
    if (eq(name, 'SecurePassword')) return new SecureString(v.Password);
    return null;
  }
  if (v instanceof PSReference) return eq(name, 'Value') ? v.Value : null;
  if (v instanceof SecureString) return eq(name, 'Length') ? v.length : null;
  if (v instanceof EnumValue) return eq(name, 'value__') ? v.value : null;
  if (v instanceof ErrorRecord) {
    if (eq(name, 'Exception')) return exceptionOf(v);
    if (eq(name, 'FullyQualifiedErrorId')) return v.fullyQualifiedErrorId;
    if (eq(name, 'CategoryInfo')) {
      const target = v.targetObject;
      const [targetName, targetType] = target === null || target === undefined ? ['', ''] : [String(target), shortTypeName(target)];
      return new PSObject(
        'System.Management.Automation.ErrorCategoryInfo',
        { Category: v.category, Activity: v.activity, Reason: v.exceptionType, TargetName: v.targetName ?? targetName, TargetType: v.targetType ?? targetType },
        undefined,
        v.categoryInfo,
      );
    }
    if (eq(name, 'TargetObject')) return v.targetObject;
    if (eq(name, 'ErrorDetails')) {
      // Write-Error -RecommendedAction gives the record ErrorDetails of its message (pwsh 7.6.10).
      const recommended = v.recommendedAction !== undefined && v.recommendedAction !== '' ? v.recommendedAction : undefined;
      const details = v.errorDetails || (recommended !== undefined ? v.message : undefined);
      return details ? new PSObject('System.Management.Automation.ErrorDetails', { Message: details, RecommendedAction: recommended ?? null }, undefined, details) : null;
    }
    if (eq(name, 'InvocationInfo')) return isUnraised(v) ? null : invocationInfoOf(v);
    if (eq(name, 'ScriptStackTrace')) return v.isParseError || isUnraised(v) ? null : scriptStackTrace(v);
    if (eq(name, 'PipelineIterationInfo')) return pipelineIterationInfo(v);
    return null;
  }
  if (v instanceof DateTimeValue) return dateTimeMember(v, name, (type, value) => new EnumValue(type, value)) ?? null;
  if (v instanceof TimeSpanValue) return v.member(name) ?? null;
  if (v instanceof LoopEnumerator) return v.member(name) ?? null;
  if (v instanceof PSObject) {
    const p = v.get(name);
    if (p === undefined && eq(name, 'PSObject')) return memberSetOf(v);
    return p === undefined ? null : p;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return null;
  return null;
}

export function setMember(target: unknown, name: string, value: unknown): void {
  const instance = instanceMembersOf(target)?.get(name);
  if (instance?.kind === 'NoteProperty') {
    if (instance.fromTypeData) throw new MemberError(`'${instance.name}' is a ReadOnly property.`, 'PropertyAssignmentException');
    instance.value = value;
    return;
  }
  if (instance?.kind === 'AliasProperty') return setMember(target, instance.target, value);
  // A script property without a setter (the evaluator runs a setter; a member object's Value is its property's).
  if (instance?.kind === 'ScriptProperty') {
    const v = unwrap(target);
    throw new MethodCallError(`Set accessor for property "${isMemberInfo(v) ? (v as MemberInfo).name : instance.name}" is unavailable.`, 'SetValueException', 'SetWithoutSetterFromScriptProperty');
  }
  const v = unwrap(target);
  if (v instanceof PSReference && eq(name, 'Value')) {
    v.Value = value;
    return;
  }
  if (v instanceof PSHashtable) {
    v.set(name, value);
    return;
  }
  // Get-Date's DisplayHint is a note property: it takes any value, and the date's display follows it (displayHint).
  if (v instanceof DateTimeValue && eq(name, 'DisplayHint') && v.displayHintNote !== undefined) {
    v.displayHintNote = value;
    return;
  }
  if (v instanceof StringBuilderValue && (eq(name, 'Length') || eq(name, 'Capacity'))) {
    setStringBuilderSize(v, name, value);
    return;
  }
  refuseReadOnly(target, name);
  if (v instanceof PSObject) {
    try {
      if (v.assign(name, value)) return;
    } catch (e) {
      if (e instanceof ConversionError) throw new MethodCallError(`Exception setting "${name}": "${e.message}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
      throw e;
    }
    for (const k of v.properties.keys()) {
      if (eq(k, name)) {
        v.properties.set(k, value);
        return;
      }
    }
    // A custom object gets new properties only through Add-Member; pwsh wraps the failure.
    throw new MethodCallError(
      `Exception setting "${name}": "The property '${name}' cannot be found on this object. Verify that the property exists and can be set."`,
      'SetValueInvocationException',
      'ExceptionWhenSetting',
    );
  }
  throw new MemberError(
    `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
    'PropertyAssignmentException',
  );
}

/**
 * A .NET property with a getter only (`$date.Year = 5`, `'abc'.Length = 1`, `$uri.Host = 'x'`): pwsh's
 * PropertyAssignmentException names it as written. The catalog (recorded from pwsh) says which are.
 */
function refuseReadOnly(target: unknown, name: string): void {
  const v = unwrap(target);
  if (v instanceof PSHashtable || (v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject')) return;
  const type = typeNameOf(target);
  const rows = memberCatalog()[type] ?? (Array.isArray(v) && type.endsWith('[]') ? memberCatalog()['System.Object[]'] : undefined);
  const row = rows?.find((r) => r[1] === 'Property' && eq(r[0], name));
  if (row && row[2].endsWith(' {get;}')) throw new MemberError(`'${name}' is a ReadOnly property.`, 'PropertyAssignmentException');
}

function notFound(target: unknown, name: string): never {
  throw methodNotFound(target, name);
}

function argCount(name: string, n: number): never {
  throw noOverload(name, n);
}

/**
 * What .NET code's `obj.ToString()` gives for a value PowerShell hands it: a PSObject's own text (a
 * custom object's `@{a=1}`), else the base object's ToString() (`System.Object[]` for an array).
 */
export function objectToString(value: unknown): string {
  if (value === null || value === undefined || value instanceof PSObject) return toPSString(value);
  return toPSString(invokeMethod(value, 'ToString', []));
}

/** `$x.Name(args)`: the method's value, or PowerShell's error for a missing method, a bad call or a .NET exception. */
export function invokeMethod(target: unknown, name: string, args: unknown[]): unknown {
  try {
    return callMethod(target, name, args);
  } catch (e) {
    if (e instanceof PropertyGetterError) throw new MethodCallError(`Exception getting "${name}": "${e.message}"`, 'GetValueInvocationException', 'ExceptionWhenGetting');
    if (e instanceof DotNetException) throw invocationFailed(canonicalName(typeNameOf(target), name), args.length, e);
    throw e;
  }
}

/**
 * A number's CompareTo: pwsh calls CompareTo(object), which takes only a number of the same type (an
 * Int32 refuses 2L and '2') and counts $null as smaller.
 */
function compareNumber(target: unknown, v: number, args: unknown[]): number {
  if (args.length !== 1) argCount('CompareTo', args.length);
  const other = unwrapArgument(args[0]);
  if (other === null || other === undefined) return 1;
  const type = typeNameOf(unwrapArgument(target));
  if (typeNameOf(other) !== type) throw new DotNetException(`Object must be of type ${type.replace(/^System\./, '')}.`);
  const w = unwrap(other) as number;
  // The types narrower than Int32 return the difference (Byte.CompareTo is `m_value - value`).
  if (/^System\.(S?Byte|U?Int16)$/.test(type)) return v - w;
  if (Number.isNaN(v) || Number.isNaN(w)) return Number.isNaN(v) ? (Number.isNaN(w) ? 0 : -1) : 1;
  return v < w ? -1 : v > w ? 1 : 0;
}

/** AddTicks' Int64 argument, exact past 2^53. */
const addTicksArgument = (raw: unknown) => int64Argument(raw, 'AddTicks', 'value');

function callMethod(target: unknown, name: string, args: unknown[]): unknown {
  const v = unwrap(target);
  if (v === null || v === undefined) {
    throw new MemberError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull');
  }
  if (eq(name, 'GetType') && args.length === 0) return typeInfo(target);
  if (v instanceof PSObject) {
    const own = v.callMethod(name, args);
    if (own) return own.value;
  }
  if (isCharValue(target)) {
    const result = charMethod(unwrapArgument(target) as TypedNumber, name, args);
    if (result) return result.value;
  }
  if (v instanceof DateTimeValue) {
    const result = dateTimeMethod(v, name, args.map(unwrap), toNumber, args[0], addTicksArgument);
    if (result) return result.value;
  }
  if (v instanceof TimeSpanValue) {
    let result: { value: unknown } | undefined;
    try {
      result = timeSpanMethod(v, name, args.map(unwrap));
    } catch (e) {
      if (e instanceof TimeSpanFormatError) throw new MethodCallError(`Exception calling "${name}" with "${args.length}" argument(s): "${e.message}"`, 'MethodInvocationException', 'FormatException');
      throw e;
    }
    if (result) return result.value;
  }
  if (v instanceof SwitchParameter) {
    const result = switchParameterMethod(v, name, args);
    if (result) return result.value;
  }
  if (isVersionValue(v)) {
    let result: { value: unknown } | undefined;
    try {
      result = versionMethod(v, name, args.map(unwrap));
    } catch (e) {
      if (e instanceof VersionError) throw invocationFailed(canonicalName(v.typeName, name), args.length, new DotNetException(e.message, e.exceptionType));
      throw e;
    }
    if (result) return result.value;
  }
  if (v instanceof LoopEnumerator) {
    const result = v.call(name, args);
    if (result) return result.value;
  }
  if (typeof v === 'string') {
    const called = stringMethod(v, name, args);
    if (called) return called.value;
  }
  if (isMemberCollection(v)) {
    const called = (v as MemberCollection).call(name, args);
    if (called) return called.value;
  }
  if (v instanceof NamedCollection) {
    const called = v.ownMethod(name, args);
    if (called) return called.value;
  }
  if (v instanceof PSObjectView && eq(name, 'Copy') && args.length === 0) return copyOf(v.owner);
  // A .NET method's member object: Invoke(args) calls the method on its object.
  if (isMemberInfo(v) && (v as MemberInfo).typeName === 'System.Management.Automation.PSMethod' && eq(name, 'Invoke')) return invokeMethod((v as MemberInfo).owner, (v as MemberInfo).name, args);
  if (Array.isArray(v) && !(v instanceof ArrayList)) return arrayMethod(v, name, args, invokeMethod);
  if (eq(name, 'ToString') && args.length === 0) {
    // .NET's text for a generic collection or its type (List`1[System.String]), not PowerShell's.
    const generic = genericTypeOf(v) ?? (v instanceof PSObject && v.typeName === 'System.RuntimeType' ? parseGenericName(toPSString(v.get('FullName'))) : undefined);
    if (generic) return 'definition' in generic ? dotnetText(generic.definition, generic.args) : dotnetText(`${generic.base}\`${generic.args.length}`, generic.args);
    if (v instanceof PSObject && v.typeName === 'System.RuntimeType') return toPSString(v.get('FullName'));
    if (v instanceof DotNetCollection) return typeNameOf(v);
    // Object.ToString(): an ArrayList's and a PSCustomObject's are their type's name and nothing.
    if (v instanceof ArrayList && !(v instanceof GenericList)) return 'System.Collections.ArrayList';
    if (isBareCustomObject(v)) return '';
    return typeof v === 'number' ? numberText(unwrapArgument(target)) : toPSString(v);
  }
  if (v instanceof PSObject && v.typeName === 'System.Guid' && eq(name, 'ToString') && args.length >= 1 && args.length <= 2) {
    return guidText(toPSString(v.get('Guid')), unwrap(args[0]) === null ? '' : toPSString(args[0]));
  }
  if (typeof v === 'number' && eq(name, 'ToString') && args.length === 1 && typeof unwrap(args[0]) === 'string') {
    return numberToString(unwrapArgument(target), toPSString(args[0]));
  }
  // ToString(IFormatProvider) and ToString(format, IFormatProvider): a culture's separators, currency and percent.
  if (typeof v === 'number' && eq(name, 'ToString') && (args.length === 1 || args.length === 2)) {
    const culture = cultureOfValue(unwrap(args[args.length - 1]));
    if (culture && args.length === 1) return numberToString(unwrapArgument(target), '', culture);
    if (culture) return numberToString(unwrapArgument(target), unwrap(args[0]) === null ? '' : toPSString(args[0]), culture);
  }
  if (eq(name, 'Equals') && args.length === 1) {
    const other = unwrap(args[0]);
    // Two type literals that name one type are one RuntimeType.
    if (v instanceof PSObject && v.typeName === 'System.RuntimeType' && other instanceof PSObject && other.typeName === 'System.RuntimeType') {
      return toPSString(v.get('FullName')) === toPSString(other.get('FullName'));
    }
    return v === other;
  }
  if (typeof v === 'number' && eq(name, 'CompareTo')) return compareNumber(target, v, args);
  if (v instanceof PSCredential) {
    if (eq(name, 'GetNetworkCredential')) {
      if (args.length) argCount('GetNetworkCredential', args.length);
      return v.GetNetworkCredential();
    }
    notFound(v, name);
  }
  if (typeof v === 'string') notFound(v, name);
  if (v instanceof KindedDictionary) {
    const called = kindedDictionaryMethod(v, name, args);
    if (called) return called.value;
  }
  if (v instanceof GenericDictionary) {
    const called = dictionaryMethod(v, name, args);
    if (called) return called.value;
  }
  if (v instanceof PSHashtable) {
    // The indexer as a parameterized property: a generic dictionary's missing key is .NET's KeyNotFoundException.
    if (eq(name, 'Item') && !(v.indexedByPosition && args.length === 1 && typeNameOf(args[0]) === 'System.Int32')) {
      if (args.length !== 1) throw new MethodCallError(noOverload('Item', args.length).message, 'GetValueInvocationException', 'MethodCountCouldNotFindBest');
      const key = keepChar(args[0]);
      if (v instanceof GenericDictionary && !v.has(key)) {
        throw new MethodCallError(`Exception getting "Item": "The given key '${toPSString(key)}' was not present in the dictionary."`, 'GetValueInvocationException', 'ExceptionWhenGetting');
      }
      return v.get(key);
    }
    if ((eq(name, 'ContainsKey') || eq(name, 'Contains')) && args.length === 1) return v.has(keepChar(args[0]));
    if (eq(name, 'ContainsValue') && args.length === 1) return v.values().some((x) => unwrap(x) === unwrap(args[0]));
    if (eq(name, 'GetEnumerator') && args.length === 0) return v.entries().map(([k, x]) => dictionaryEntry(k, x));
    if (eq(name, 'Add') && args.length === 2) {
      if (v.has(keepChar(args[0]))) {
        throw new DotNetException(`Item has already been added. Key in dictionary: '${toPSString(args[0])}'  Key being added: '${toPSString(args[0])}'`);
      }
      v.set(keepChar(args[0]), args[1]);
      return undefined;
    }
    if (eq(name, 'Remove') && args.length === 1) {
      v.delete(keepChar(args[0]));
      return undefined;
    }
    if (eq(name, 'Clear') && args.length === 0) {
      for (const k of v.keys()) v.delete(k);
      return undefined;
    }
    if (v.indexedByPosition) {
      const called = orderedDictionaryMethod(v, name, args);
      if (called) return called.value;
    }
    notFound(v, name);
  }
  if (v instanceof ConsoleWriter) {
    const written = consoleWrite(v.sink, v.stream, name, args);
    if (written) return written.value;
  }
  if (v instanceof StringBuilderValue) {
    const called = stringBuilderMethod(v, name, args);
    if (called) return called.value;
    if (eq(name, 'Chars') && args.length === 1) {
      const char = stringBuilderChar(v, toInt(args[0]));
      if (char === null) throw new MethodCallError('Exception getting "Chars": "Index was outside the bounds of the array."', 'GetValueInvocationException', 'ExceptionWhenGetting');
      return char;
    }
    notFound(v, name);
  }
  if (v instanceof PSObject) {
    const called = instanceCall(v, name, args);
    if (called) return called.value;
  }
  if (v instanceof DotNetCollection) {
    const called = collectionMethod(v, name, args);
    if (called) return called.value;
    // A method the collection lacks is its items' (member enumeration: a ConcurrentBag[string]'s
    // Contains('x') is each string's), as for an array; an empty one names the collection.
    if (v.length === 0) notFound(v, name);
    const results = [...v].map((item) => invokeMethod(item, name, args)).filter((r) => r !== undefined);
    return results.length === 1 ? results[0] : results;
  }
  if (v instanceof ArrayList) {
    const called = listMethod(v, name, args, (a, b) => objectEquals(a, b, invokeMethod));
    if (called) return called.value;
  }
  if (v instanceof SecureString) {
    if (eq(name, 'Copy')) return new SecureString(v.revealForSignIn());
    notFound(v, name);
  }
  // The target, not its unwrapped value: a typed number names its own type ([System.UInt32], [System.Double]).
  notFound(target, name);
}

/** SwitchParameter's own methods (ToBool, Equals, GetHashCode); ToString and GetType are every object's. */
function switchParameterMethod(v: SwitchParameter, name: string, args: unknown[]): { value: unknown } | undefined {
  const n = name.toLowerCase();
  const takes = (count: number, method: string) => {
    if (args.length !== count) throw noOverload(method, args.length);
  };
  if (n === 'tobool') return takes(0, 'ToBool'), { value: v.isPresent };
  if (n === 'gethashcode') return takes(0, 'GetHashCode'), { value: v.isPresent ? 1 : 0 };
  if (n === 'equals') return takes(1, 'Equals'), { value: v.equals(unwrap(args[0])) };
  if (n === 'tostring') return takes(0, 'ToString'), { value: v.toString() };
  return undefined;
}

/** $Error[0].InvocationInfo: which command failed and where. */
function invocationInfoOf(record: ErrorRecord): PSObject {
  const extent = record.extent;
  const script = record.invokedScript;
  // A record with its script's invocation (Write-Error at the top level) names the script: a file, or -c text (no name).
  const command = record.commandName
    ? new PSObject('System.Management.Automation.CmdletInfo', { Name: record.commandName, CommandType: 'Cmdlet' }, ['CommandType', 'Name'], record.commandName)
    : script !== undefined
      ? scriptCommandInfo(script, /\.ps1$/i.test(script) && !script.includes('\n') ? script : undefined)
      : null;
  return new PSObject(
    'System.Management.Automation.InvocationInfo',
    {
      MyCommand: command,
      InvocationName: record.invocationName,
      ScriptName: extent?.file ?? '',
      ScriptLineNumber: extent?.startLine ?? 0,
      OffsetInLine: extent?.startColumn ?? 0,
      Line: extent?.lineText ?? '',
      PositionMessage: extent ? positionMessage(extent) : '',
    },
    ['MyCommand', 'ScriptLineNumber', 'OffsetInLine', 'ScriptName', 'Line', 'PositionMessage', 'InvocationName'],
  );
}

/** `$obj.PSObject` of an object spo keeps as a PSObject: a custom object's, or a .NET object's (its properties from its catalog). */
function memberSetOf(o: PSObject): PSObject {
  if (o.typeName === CUSTOM_OBJECT) {
    // Its base object is an empty PSCustomObject, which shows as nothing.
    const base = new PSObject(CUSTOM_OBJECT, {}, undefined, '');
    return memberSet(o, customObjectSource(o, getMember), base, o.typeName);
  }
  // A .NET type spo keeps as a PSObject ($Host, a System.Version) has .NET properties where its catalog says so.
  const adapted = new Set(memberCatalog()[o.typeName]?.filter((r) => r[1] === 'Property').map((r) => r[0]));
  const dotnet = (): MemberInfo[] => [
    ...[...o.properties].map(([name, value]) =>
      adapted.has(name) ? propertyInfo(name, 'Property', value, o.typeName) : noteProperty(name, value, { get: () => o.get(name), set: (x) => o.properties.set(name, x) }),
    ),
    ...(memberCatalog()[o.typeName] ?? OBJECT_METHODS.map(([n, d]) => [n, 'Method', d] as const)).filter((r) => r[1] === 'Method').map(([n, _t, d]) => dotnetMethod(n, d, o)),
  ];
  return memberSet(o, valueSource(o, dotnet, getMember), o, o.typeName);
}

/** What a hashtable enumerates to (Format-List shows a hashtable so): its DictionaryEntry objects. */
export function dictionaryEntries(h: PSHashtable): PSObject[] {
  return h.entries().map(([k, v]) => dictionaryEntry(k, v));
}

/** An entry of `$hashtable.GetEnumerator()`: System.Collections.DictionaryEntry (Name is Key). */
export function dictionaryEntry(key: unknown, value: unknown): PSObject {
  return new PSObject('System.Collections.DictionaryEntry', { Name: key, Key: key, Value: value }, ['Name', 'Value'], '[' + toPSString(key) + ', ' + toPSString(value) + ']');
}

/**
 * The Dictionary[K,V] methods that differ from a Hashtable's: Add converts its arguments (a value that
 * does not convert is pwsh's "Cannot convert argument" MethodException) and words a duplicate key as
 * .NET's Dictionary does; Remove says whether the key was there; the enumerator gives KeyValuePairs.
 */
function dictionaryMethod(d: GenericDictionary, name: string, args: unknown[]): { value: unknown } | undefined {
  const n = name.toLowerCase();
  if (n === 'add' && args.length === 2) {
    const [key, value] = [convertArgument(d.keyType, 'key', args[0]), convertArgument(d.valueType, 'value', args[1])];
    if (key === null || key === undefined) throw new DotNetException("Value cannot be null. (Parameter 'key')", 'ArgumentNullException');
    if (d.has(key)) throw new DotNetException(`An item with the same key has already been added. Key: ${toPSString(key)}`);
    d.set(key, value);
    return { value: undefined };
  }
  if (n === 'remove' && args.length === 1) return { value: d.delete(keepChar(args[0])) };
  if (n === 'getenumerator' && args.length === 0) return { value: d.pairs() };
  if (n === 'trygetvalue' && args.length === 2) {
    // The out-parameter gets the value, or TValue's default when the key is not there.
    const out = outArgument(args, 1);
    const found = d.has(keepChar(args[0]));
    out.Value = found ? d.get(keepChar(args[0])) : defaultOf(d.valueType);
    return { value: found };
  }
  if (n === 'containsvalue' && args.length === 1) return { value: d.values().some((x) => unwrap(x) === unwrap(args[0])) };
  return undefined;
}

/** One argument of a Dictionary method converted to its type argument, or pwsh's MethodException. */
function convertArgument(typeName: string, parameter: string, value: unknown): unknown {
  try {
    return convertTypeArgument(typeName, value);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw argumentConversion('Add', parameter, value, typeName, e.message);
  }
}

/** default(T) for the value types a Dictionary holds: 0, $false; $null for the rest. */
function defaultOf(typeName: string): unknown {
  if (/^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal)$/.test(typeName)) return convertTypeArgument(typeName, 0);
  return typeName === 'System.Boolean' ? false : null;
}

/** OrderedDictionary's positional members (Item, Insert, RemoveAt), with .NET's range messages. */
function orderedDictionaryMethod(d: PSHashtable, name: string, args: unknown[]): { value: unknown } | undefined {
  const n = name.toLowerCase();
  // Item by key is the dictionaries' parameterized property (callMethod above); an Int32 comes here.
  if (n === 'item' && args.length === 1) {
    const entry = d.entryAt(toInt(args[0]));
    if (!entry || toInt(args[0]) < 0) {
      throw new MethodCallError(`Exception getting "Item": "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"`, 'GetValueInvocationException', 'ExceptionWhenGetting');
    }
    return { value: entry.value };
  }
  if (n === 'insert' && args.length === 3) {
    const at = toInt(args[0]);
    if (at < 0) throw invocationFailed('Insert', 3, new DotNetException(`index ('${at}') must be a non-negative value. (Parameter 'index')\nActual value was ${at}.`, 'ArgumentOutOfRangeException'));
    if (at > d.size) throw invocationFailed('Insert', 3, new DotNetException(`index ('${at}') must be less than or equal to '${d.size}'. (Parameter 'index')\nActual value was ${at}.`, 'ArgumentOutOfRangeException'));
    const key = keepChar(args[1]);
    if (d.has(key)) throw invocationFailed('Insert', 3, new DotNetException(`Item has already been added. Key in dictionary: '${toPSString(key)}'  Key being added: '${toPSString(key)}'`));
    d.insertAt(at, key, args[2]);
    return { value: undefined };
  }
  if (n === 'removeat' && args.length === 1) {
    const at = toInt(args[0]);
    if (at < 0) throw invocationFailed('RemoveAt', 1, new DotNetException(`index ('${at}') must be a non-negative value. (Parameter 'index')\nActual value was ${at}.`, 'ArgumentOutOfRangeException'));
    if (at >= d.size) throw invocationFailed('RemoveAt', 1, new DotNetException(`index ('${at}') must be less than '${d.size}'. (Parameter 'index')\nActual value was ${at}.`, 'ArgumentOutOfRangeException'));
    d.removeAt(at);
    return { value: undefined };
  }
  return undefined;
}

/** `$sb.Length = n` cuts or pads the text; `$sb.Capacity = n` grows its room (never below Length). */
function setStringBuilderSize(sb: StringBuilderValue, name: string, value: unknown): void {
  const n = toInt(value);
  const property = eq(name, 'Length') ? 'Length' : 'Capacity';
  const fail = (message: string) => new MethodCallError(`Exception setting "${property}": "${message}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
  if (n < 0) throw fail(`value ('${n}') must be a non-negative value. (Parameter 'value')\nActual value was ${n}.`);
  if (property === 'Length') sb.setLength(n);
  else if (n < sb.length) throw fail("capacity was less than the current size. (Parameter 'value')");
  else sb.ensureCapacity(n);
}

/** Guid.ToString(format): N (digits), D (hyphens, the default), B {…}, P (…), X {0x…,{0x…}}; anything else is .NET's FormatException. */
function guidText(text: string, format: string): string {
  const digits = text.replace(/-/g, '');
  switch (format.toUpperCase()) {
    case 'N':
      return digits;
    case '':
    case 'D':
      return text;
    case 'B':
      return `{${text}}`;
    case 'P':
      return `(${text})`;
    case 'X': {
      const bytes = digits.slice(16).match(/../g)!.map((b) => `0x${b}`);
      return `{0x${digits.slice(0, 8)},0x${digits.slice(8, 12)},0x${digits.slice(12, 16)},{${bytes.join(',')}}}`;
    }
    default:
      throw new DotNetException('Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".', 'FormatException');
  }
}
