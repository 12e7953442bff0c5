// The `.psobject` API as admin scripts use it (checked against pwsh 7.6.10): the member collections
// Members, Properties and Methods (an indexer by name, Match, Add, Remove, enumeration), the member
// objects they hold (PSNoteProperty, PSScriptProperty, PSAliasProperty, PSScriptMethod, PSMethod,
// PSProperty) and their constructors, and PSObject.Copy().
//
// spo keeps a custom object's note properties in its `properties` map and every other added member in
// instance-members.ts; the collections here are views of those, made when a script reads them, and a
// member object read from an object writes through to it (`$o.psobject.Properties['a'].Value = 5`).
// A member object a script makes itself ([psnoteproperty]::new) stands alone until Add copies it in,
// as pwsh's Add does.

import * as R from './runtime-strings.js';
import { ConversionError, toEnum, toPSString, typeNameOf, unwrap } from './convert.js';
import { DotNetException, MemberError, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import type { ConstructOutcome } from './construct-types.js';
import { noteDefinition } from './member-definitions.js';
import { InstanceMembers, instanceMembersOf, ownInstanceMembersOf, isPropertyMember, membersFor, withAddedPropertyNames, type InstanceMember, type MemberScript } from './instance-members.js';
import { NamedCollection } from './named-collection.js';
import { EnumValue, PSObject, type EnumType } from './values.js';
import { WildcardPattern } from './wildcard.js';
import { CUSTOM_OBJECT, MEMBER_COLLECTION, MEMBER_INFO, OBJECT_METHODS, PS_MEMBER_TYPES } from './psobject-names.js';


const memberTypeValue = (name: string): number => PS_MEMBER_TYPES.values![PS_MEMBER_TYPES.names.indexOf(name)] ?? 0;
const PROPERTY_TYPES = memberTypeValue('Properties');
const METHOD_TYPES = memberTypeValue('Methods');

const SMA = 'System.Management.Automation';
const ASSEMBLY = `${SMA}, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35`;
const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Reads a member of a value (values-members.ts's getMember, handed in: that module imports this one). */
export type MemberReader = (target: unknown, name: string) => unknown;

/** How a member object reaches its owner's value, when it was read from one. */
interface Live {
  get(): unknown;
  set?(value: unknown): void;
}

/**
 * A PSMemberInfo: a PSObject whose properties are the ones pwsh's Format-List shows, in its order, and
 * whose text is the member's definition. `spec` is what Add puts on an object.
 */
export class MemberInfo extends PSObject {
  readonly [MEMBER_INFO] = true;
  constructor(
    typeName: string,
    fields: Record<string, unknown>,
    definition: string,
    readonly spec: InstanceMember | undefined,
    private readonly live?: Live,
    /** A .NET method's object: what Invoke calls it on. */
    readonly owner?: unknown,
  ) {
    super(typeName, fields, undefined, definition);
  }
  /** PSMemberTypes as its name: what Match's filter and Add's checks compare. */
  get memberType(): string {
    return String(this.properties.get('MemberType'));
  }
  get name(): string {
    return toPSString(this.properties.get('Name'));
  }
  override get(name: string): unknown {
    if (this.live && (eq(name, 'Value') || eq(name, 'TypeNameOfValue'))) this.sync();
    return super.get(name);
  }
  /** Reads the owner's value again (and its type, which a note's follows). */
  sync(): this {
    if (!this.live) return this;
    const value = this.live.get();
    this.properties.set('Value', value);
    if (this.spec?.kind !== 'ScriptProperty') this.properties.set('TypeNameOfValue', valueTypeName(value));
    return this;
  }
  override assign(name: string, value: unknown): boolean {
    // Its properties have getters only, but Value.
    if (!eq(name, 'Value') && this.get(name) !== undefined) throw new MemberError(`'${[...this.properties.keys()].find((k) => eq(k, name))}' is a ReadOnly property.`, 'PropertyAssignmentException');
    if (!eq(name, 'Value') || !this.properties.has('Value') || this.properties.get('IsSettable') !== true) return false;
    if (this.live?.set) this.live.set(value);
    this.properties.set('Value', value);
    if (this.spec?.kind === 'NoteProperty' && !this.live) {
      this.spec.value = value;
      this.properties.set('TypeNameOfValue', valueTypeName(value));
    }
    return true;
  }
  override toString(): string {
    // A note's definition shows its value now.
    return this.spec?.kind === 'NoteProperty' ? noteDefinition(this.name, this.get('Value')) : super.toString();
  }
}

const valueTypeName = (value: unknown): string => (unwrap(value) === null || unwrap(value) === undefined ? 'System.Object' : typeNameOf(value));
const memberTypeEnum = (name: string): EnumValue => new EnumValue(PS_MEMBER_TYPES, name);
/** A script block's text between its braces, as a member's definition and GetterScript show it. */
const scriptText = (script: MemberScript | null): string => (script ? String(script) : '');

/** A member's script run with `$this` its owner, whatever object it is called on (the member object). */
function boundTo(script: MemberScript | null, owner: unknown): MemberScript | null {
  return script && { toString: () => String(script), invokeAsMember: (_self, args, signal, errors) => script.invokeAsMember(owner, args, signal, errors) };
}

/** A note property: of an object (`live`) or on its own ([psnoteproperty]::new). */
export function noteProperty(name: string, value: unknown, live?: Live): MemberInfo {
  const spec: InstanceMember = { kind: 'NoteProperty', name, value };
  return new MemberInfo(
    `${SMA}.PSNoteProperty`,
    { MemberType: memberTypeEnum('NoteProperty'), IsSettable: true, IsGettable: true, Value: value, TypeNameOfValue: valueTypeName(value), Name: name, IsInstance: true },
    noteDefinition(name, value),
    spec,
    live,
  );
}

/**
 * A script property. Its Value runs the getter with `$this` the owner: an instance script property
 * `Value` of the member object, so the evaluator (and the formatter, before it formats) runs it.
 */
export function scriptProperty(spec: Extract<InstanceMember, { kind: 'ScriptProperty' }>, owner: unknown): MemberInfo {
  const accessors = `{${spec.getter ? `get=${scriptText(spec.getter)};` : ''}${spec.setter ? `set=${scriptText(spec.setter)};` : ''}}`;
  const info = new MemberInfo(
    `${SMA}.PSScriptProperty`,
    { GetterScript: spec.getter, SetterScript: spec.setter, MemberType: memberTypeEnum('ScriptProperty'), IsSettable: spec.setter !== null, IsGettable: spec.getter !== null, TypeNameOfValue: 'System.Object', Name: spec.name, IsInstance: true },
    `System.Object ${spec.name} ${accessors}`,
    spec,
  );
  const value: InstanceMember = { kind: 'ScriptProperty', name: 'Value', getter: boundTo(spec.getter, owner), setter: boundTo(spec.setter, owner) };
  // After IsGettable, where pwsh's Format-List lists it.
  membersFor(info).members.set(value, 5);
  return info;
}

export function aliasProperty(spec: Extract<InstanceMember, { kind: 'AliasProperty' }>, owner: unknown, read: MemberReader): MemberInfo {
  const live: Live | undefined = owner === undefined ? undefined : { get: () => read(owner, spec.target) };
  const value = live ? live.get() : null;
  return new MemberInfo(
    `${SMA}.PSAliasProperty`,
    // One on its own knows nothing of the member it names.
    { ReferencedMemberName: spec.target, ConversionType: null, MemberType: memberTypeEnum('AliasProperty'), TypeNameOfValue: live ? valueTypeName(value) : null, IsSettable: live ? true : null, IsGettable: live ? true : null, Value: value, Name: spec.name, IsInstance: true },
    `${spec.name} = ${spec.target}`,
    spec,
    live,
  );
}

export function scriptMethod(spec: Extract<InstanceMember, { kind: 'ScriptMethod' }>, owner: unknown): MemberInfo {
  const definition = `System.Object ${spec.name}();`;
  const info = new MemberInfo(
    `${SMA}.PSScriptMethod`,
    { Script: spec.script, OverloadDefinitions: [definition], MemberType: memberTypeEnum('ScriptMethod'), TypeNameOfValue: 'System.Object', Value: definition, Name: spec.name, IsInstance: true },
    definition,
    spec,
  );
  // Invoke(args) runs the script with `$this` the owner, as calling the method does.
  membersFor(info).members.set({ kind: 'ScriptMethod', name: 'Invoke', script: boundTo(spec.script, owner)! });
  return info;
}

/** A .NET method of the object's type (PSMethod): its overloads are its definition's parts; Invoke calls it on `owner`. */
export function dotnetMethod(name: string, definition: string, owner?: unknown): MemberInfo {
  const overloads = definition.split(/(?<=\)), (?=\S+ \S+\()/);
  return new MemberInfo(
    `${SMA}.PSMethod`,
    { MemberType: memberTypeEnum('Method'), OverloadDefinitions: overloads, TypeNameOfValue: `${SMA}.PSMethod`, Value: definition, Name: name, IsInstance: true },
    definition,
    undefined,
    undefined,
    owner,
  );
}

/** A .NET property of the object's type (PSProperty), or its indexer (PSParameterizedProperty). */
export function dotnetProperty(name: string, memberType: 'Property' | 'ParameterizedProperty', definition: string, value: unknown): MemberInfo {
  if (memberType === 'ParameterizedProperty') {
    return new MemberInfo(
      `${SMA}.PSParameterizedProperty`,
      { MemberType: memberTypeEnum(memberType), OverloadDefinitions: [definition], TypeNameOfValue: `${SMA}.PSParameterizedProperty`, Value: definition, Name: name, IsInstance: true },
      definition,
      undefined,
    );
  }
  return new MemberInfo(
    `${SMA}.PSProperty`,
    { MemberType: memberTypeEnum(memberType), Value: value, IsSettable: !definition.endsWith('{get;}'), IsGettable: true, TypeNameOfValue: valueTypeName(value), Name: name, IsInstance: true },
    definition,
    undefined,
  );
}

/** Each member's one member object, as pwsh keeps it: `$o.psobject.Properties['a'] -eq $o.psobject.Properties['a']`. */
const infoOfMember = new WeakMap<InstanceMember, MemberInfo>();
const infoOfNote = new WeakMap<PSObject, Map<string, MemberInfo>>();

/** The member object of one instance member of `owner`. */
function instanceMemberInfo(owner: unknown, member: InstanceMember, read: MemberReader): MemberInfo {
  let info = infoOfMember.get(member);
  if (!info) {
    infoOfMember.set(member, (info = newInstanceMemberInfo(owner, member, read)));
    // A member of the object's type data (Update-TypeData) is not the instance's own.
    if (member.fromTypeData) info.properties.set('IsInstance', false);
  }
  return info.sync();
}

function newInstanceMemberInfo(owner: unknown, member: InstanceMember, read: MemberReader): MemberInfo {
  switch (member.kind) {
    case 'NoteProperty':
      return noteProperty(member.name, member.value, { get: () => member.value, set: (v) => (member.value = v) });
    case 'AliasProperty':
      return aliasProperty(member, owner, read);
    case 'ScriptProperty':
      return scriptProperty(member, owner);
    case 'ScriptMethod':
      return scriptMethod(member, owner);
  }
}

export type CollectionKind = 'Members' | 'Properties' | 'Methods';
const ELEMENT_TYPE: Record<CollectionKind, string> = { Members: 'PSMemberInfo', Properties: 'PSPropertyInfo', Methods: 'PSMethodInfo' };
const collectionTypeName = (outer: string, kind: CollectionKind) => `${SMA}.${outer}\`1[[${SMA}.${ELEMENT_TYPE[kind]}, ${ASSEMBLY}]]`;

/** What a collection lists and changes: the object's own members (the value's .NET ones, or a custom object's notes) and its instance members. */
export interface MemberSource {
  /** The members of the collection's kind, in pwsh's order. */
  list(kind: CollectionKind): MemberInfo[];
  /** Puts a copy of `member` on the object, replacing one of that name where it was. */
  add(member: InstanceMember): void;
  remove(name: string): void;
}

/**
 * PSMemberInfoIntegratingCollection<T>: enumerates its members, indexes them by name (a missing name is
 * $null), and has Match, Add and Remove. It has no Count of its own: `.Count` enumerates members.
 */
export class MemberCollection extends NamedCollection<MemberInfo> {
  readonly [MEMBER_COLLECTION] = true;
  source!: MemberSource;
  kind: CollectionKind = 'Members';

  static over(source: MemberSource, kind: CollectionKind): MemberCollection {
    const c = new MemberCollection();
    c.source = source;
    c.kind = kind;
    c.dotNetTypeName = collectionTypeName('PSMemberInfoIntegratingCollection', kind);
    c.refresh();
    return c;
  }

  refresh(): void {
    this.splice(0, this.length, ...this.source.list(this.kind));
  }

  item(name: string): MemberInfo | null {
    return this.find((m) => eq(m.name, name)) ?? null;
  }

  /** The collection's own methods; undefined for a name it does not have. */
  call(name: string, args: unknown[]): { value: unknown } | undefined {
    const n = name.toLowerCase();
    if (n === 'match') return { value: this.match(name, args) };
    // The indexer by its name (`.Item('a')`).
    if (n === 'item' || n === 'get_item') {
      if (args.length !== 1) throw noOverload(name, args.length);
      return { value: unwrap(args[0]) === null || unwrap(args[0]) === undefined ? null : this.item(toPSString(args[0])) };
    }
    if (n === 'add') {
      if (args.length !== 1 && args.length !== 2) throw noOverload('Add', args.length);
      const member = unwrap(args[0]);
      if (member === null || member === undefined) {
        throw invocationFailed('Add', args.length, new DotNetException(R.ArgumentNull('member'), 'ArgumentNullException'));
      }
      // Properties takes properties, Methods methods: anything else has no overload (pwsh's binder).
      const fits = member instanceof MemberInfo && member.spec && (memberTypeValue(member.memberType) & (this.kind === 'Properties' ? PROPERTY_TYPES : this.kind === 'Methods' ? METHOD_TYPES : ~0));
      if (!fits) throw noOverload('Add', args.length);
      if (RESERVED.test(member.name)) throw invocationFailed('Add', args.length, new DotNetException(`The member name "${member.name}" is reserved.`, 'ExtendedTypeSystemException'));
      this.source.add(copySpec(member));
      this.refresh();
      return { value: undefined };
    }
    if (n === 'remove') {
      if (args.length !== 1) throw noOverload('Remove', args.length);
      const target = unwrap(args[0]);
      const memberName = target === null || target === undefined ? '' : toPSString(target);
      if (!memberName) {
        throw invocationFailed('Remove', 1, new DotNetException(R.ArgumentNotValid('name'), 'PSArgumentException'));
      }
      if (RESERVED.test(memberName)) throw invocationFailed('Remove', 1, new DotNetException(`The member name "${memberName}" is reserved.`, 'ExtendedTypeSystemException'));
      this.source.remove(memberName);
      this.refresh();
      return { value: undefined };
    }
    return undefined;
  }

  /** Match(name[, memberTypes]): the members whose name matches the wildcard pattern (and whose type is one of those given). */
  private match(name: string, args: unknown[]): NamedCollection<MemberInfo> {
    if (args.length !== 1 && args.length !== 2) throw noOverload(name, args.length);
    const pattern = new WildcardPattern(toPSString(args[0]));
    let types = ~0;
    try {
      if (args.length === 2) types = toEnum(args[1], PS_MEMBER_TYPES).value;
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      throw argumentConversionError('Match', 'memberTypes', toPSString(args[1]), PS_MEMBER_TYPES.fullName, e.message);
    }
    const found = this.filter((m) => pattern.isMatch(m.name) && (memberTypeValue(m.memberType) & types) !== 0);
    return NamedCollection.named(collectionTypeName('ReadOnlyPSMemberInfoCollection', this.kind), found);
  }
}

/** Names no member may take: PowerShell's own member sets and pstypenames. */
const RESERVED = /^(?:psobject|psbase|psadapted|psextended|pstypenames)$/i;

/** What Add puts on the object: a copy of the member, so that changing the one added later changes nothing (pwsh's Add copies). */
function copySpec(member: MemberInfo): InstanceMember {
  const spec = member.spec!;
  return spec.kind === 'NoteProperty' ? { kind: 'NoteProperty', name: spec.name, value: member.get('Value') } : { ...spec };
}

/** A custom object's members: its notes (its properties), what Add-Member gave it, then System.Object's four methods. */
/** A collection of `.psobject`'s members of one kind (a function, so that start-up code needs no class statics). */
export function memberCollectionOver(source: MemberSource, kind: CollectionKind): MemberCollection {
  return MemberCollection.over(source, kind);
}

export function customObjectSource(o: PSObject, read: MemberReader): MemberSource {
  const members = (): InstanceMembers | undefined => instanceMembersOf(o);
  const properties = (): MemberInfo[] =>
    withAddedPropertyNames([...o.properties.keys()], o).map((name) => {
      const added = members()?.get(name);
      if (added && isPropertyMember(added)) return instanceMemberInfo(o, added, read);
      let notes = infoOfNote.get(o);
      if (!notes) infoOfNote.set(o, (notes = new Map()));
      let info = notes.get(name);
      if (!info) notes.set(name, (info = noteProperty(name, o.properties.get(name), { get: () => o.properties.get(name), set: (v) => o.properties.set(name, v) })));
      return info.sync();
    });
  const methods = (): MemberInfo[] => [
    ...(members()?.all() ?? []).filter((m) => m.kind === 'ScriptMethod').map((m) => instanceMemberInfo(o, m, read)),
    // Called on its base object, an empty PSCustomObject (its ToString is empty), as pwsh's PSMethod is.
    ...OBJECT_METHODS.map(([name, definition]) => dotnetMethod(name, definition, new PSObject(CUSTOM_OBJECT, {}, undefined, ''))),
  ];
  return {
    list: (kind) => (kind === 'Properties' ? properties() : kind === 'Methods' ? methods() : [...properties(), ...methods()]),
    add(member) {
      const existing = [...o.properties.keys()].find((k) => eq(k, member.name));
      if (member.kind === 'NoteProperty' && !members()?.get(member.name)) {
        // In its place when it replaces a note, as pwsh's replace does.
        o.properties.set(existing ?? member.name, member.value);
        return;
      }
      if (existing !== undefined) o.properties.delete(existing);
      membersFor(o).members.set(member, o.properties.size);
    },
    remove(name) {
      const existing = [...o.properties.keys()].find((k) => eq(k, name));
      if (existing !== undefined) o.properties.delete(existing);
      ownInstanceMembersOf(o)?.delete(name);
    },
  };
}


/**
 * Any other value's members: its .NET members (`dotnet`, in pwsh's order), then those Add-Member or Add
 * gave it. pwsh lists instance members first; a .NET member of the same name stays listed.
 */
export function valueSource(target: unknown, dotnet: () => MemberInfo[], read: MemberReader): MemberSource {
  const added = (): MemberInfo[] => (instanceMembersOf(target)?.all() ?? []).map((m) => instanceMemberInfo(target, m, read));
  const all = () => [...added(), ...dotnet()];
  // An indexer (ParameterizedProperty) is among the members only.
  return {
    list: (kind) => (kind === 'Members' ? all() : all().filter((m) => (memberTypeValue(m.memberType) & (kind === 'Properties' ? PROPERTY_TYPES : METHOD_TYPES)) !== 0)),
    add: (member) => membersFor(target).members.set(member),
    remove: (name) => ownInstanceMembersOf(target)?.delete(name),
  };
}

type MemberExtras = typeof import('./member-extras-data.js');
let extras: MemberExtras | undefined;

/**
 * Loads Get-Member's recorded rows (their own chunk) for `.psobject`'s lists of a .NET value: the evaluator
 * calls this before it reads a `psobject` member, so that the synchronous member access has them.
 */
export async function loadMemberExtras(): Promise<void> {
  extras ??= await import('./member-extras-data.js');
}

export function loadedMemberExtras(): MemberExtras | undefined {
  return extras;
}

/** A script block argument (the evaluator's ScriptBlock, known here by what members call on it). */
function asScript(value: unknown): MemberScript | null | undefined {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  return typeof (v as Partial<MemberScript>).invokeAsMember === 'function' ? (v as MemberScript) : undefined;
}

const invalidName = (): ConstructOutcome => ({ kind: 'failed', message: R.ArgumentNotValid('name') });
const nullArgument = (name: string): ConstructOutcome => ({ kind: 'failed', message: R.ArgumentNull(name) });
const nameOf = (value: unknown): string => (unwrap(value) === null || unwrap(value) === undefined ? '' : toPSString(value));

/**
 * Builds one of the member types scripts construct ([psnoteproperty]::new('n', 1), New-Object PSScriptProperty
 * ...; psobject-names.ts lists them): a member object on its own, for `.psobject.Properties.Add`.
 */
export function constructMemberInfo(shortName: string, args: readonly unknown[]): ConstructOutcome {
  switch (shortName) {
    case 'PSNoteProperty': {
      if (args.length !== 2) return { kind: 'noOverload' };
      const name = nameOf(args[0]);
      return name ? { kind: 'created', value: noteProperty(name, args[1]) } : invalidName();
    }
    case 'PSScriptProperty': {
      if (args.length < 2 || args.length > 3) return { kind: 'noOverload' };
      const getter = asScript(args[1]);
      const setter = args.length === 3 ? asScript(args[2]) : null;
      if (getter === undefined || setter === undefined) return { kind: 'noOverload' };
      const name = nameOf(args[0]);
      if (!name) return invalidName();
      return { kind: 'created', value: scriptProperty({ kind: 'ScriptProperty', name, getter, setter }, undefined) };
    }
    case 'PSAliasProperty': {
      if (args.length < 2 || args.length > 3) return { kind: 'noOverload' };
      const name = nameOf(args[0]);
      if (!name) return invalidName();
      const target = nameOf(args[1]);
      if (!target) return { kind: 'failed', message: R.ArgumentNotValid('referencedMemberName') };
      return { kind: 'created', value: aliasProperty({ kind: 'AliasProperty', name, target }, undefined, () => null) };
    }
    case 'PSScriptMethod': {
      if (args.length !== 2) return { kind: 'noOverload' };
      const script = asScript(args[1]);
      if (script === undefined) return { kind: 'noOverload' };
      const name = nameOf(args[0]);
      if (!name) return invalidName();
      if (script === null) return nullArgument('script');
      return { kind: 'created', value: scriptMethod({ kind: 'ScriptMethod', name, script }, undefined) };
    }
    default:
      return { kind: 'noOverload' };
  }
}
