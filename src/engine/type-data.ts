// The session's type data (Update-TypeData, Get-TypeData, Remove-TypeData): members and display sets
// given to a type name, which every value of that type (or whose PSTypeNames name it: a custom object's
// `.PSObject.TypeNames.Insert(0, 'My.Type')`) shows after the members Add-Member gave it.
//
// A session's table reaches member lookups through instance-members.ts's TypeMemberSource while the
// session runs (shell.ts); a session without type data has no table, so lookups pay one check. pwsh's
// built-in types.ps1xml entries are not here: spo models those types' members itself (docs/Get-TypeData.md).

import { InstanceMembers, type InstanceMember, type TypeMemberSource } from './instance-members.js';
import { unwrap } from './convert.js';
import { PSObject } from './values.js';
import { recordedTypeNames } from './type-hierarchy.js';
import { typeNamesOf } from './values-members.js';

/** What one type name carries: its members in the order they were added, and its standard members. */
export class TypeDataEntry {
  /** By lower-case name, in the order added. */
  readonly members = new Map<string, InstanceMember>();
  defaultDisplayPropertySet: readonly string[] | undefined;
  defaultKeyPropertySet: readonly string[] | undefined;
  defaultDisplayProperty: string | undefined;
  serializationDepth: number | undefined;
  constructor(readonly typeName: string) {}
  /** Whether it carries nothing (pwsh's TypeDataEmpty). */
  get isEmpty(): boolean {
    return (
      this.members.size === 0 &&
      this.defaultDisplayPropertySet === undefined &&
      this.defaultKeyPropertySet === undefined &&
      this.defaultDisplayProperty === undefined &&
      this.serializationDepth === undefined
    );
  }
  copy(): TypeDataEntry {
    const c = new TypeDataEntry(this.typeName);
    for (const [k, m] of this.members) c.members.set(k, { ...m });
    c.defaultDisplayPropertySet = this.defaultDisplayPropertySet;
    c.defaultKeyPropertySet = this.defaultKeyPropertySet;
    c.defaultDisplayProperty = this.defaultDisplayProperty;
    c.serializationDepth = this.serializationDepth;
    return c;
  }
}

/** A value's members joined with its types', as last built (rebuilt when either changes). */
interface View {
  revision: number;
  own: InstanceMembers | undefined;
  ownRevision: number;
  members: InstanceMembers | undefined;
}

/** The views of plain values (strings, numbers) kept at most: they have no identity to hang a view on. */
const PLAIN_VIEWS = 256;

/** A session's type data, by lower-case type name in the order defined. */
export class TypeTable implements TypeMemberSource {
  readonly entries = new Map<string, TypeDataEntry>();
  /** Counts the changes (a value's view of its members is rebuilt after one). */
  #revision = 0;
  readonly #views = new WeakMap<object, View>();
  readonly #plainViews = new Map<unknown, View>();

  /** The entry of a type name, made when `create`. */
  entry(typeName: string, create: true): TypeDataEntry;
  entry(typeName: string, create?: false): TypeDataEntry | undefined;
  entry(typeName: string, create = false): TypeDataEntry | undefined {
    const key = typeName.toLowerCase();
    let e = this.entries.get(key);
    if (!e && create) this.entries.set(key, (e = new TypeDataEntry(typeName)));
    return e;
  }
  remove(typeName: string): boolean {
    this.changed();
    return this.entries.delete(typeName.toLowerCase());
  }
  /** Called after an entry changed. */
  changed(): void {
    this.#revision++;
    this.#plainViews.clear();
  }

  membersOf(value: unknown, own: InstanceMembers | undefined): InstanceMembers | undefined {
    if (this.entries.size === 0) return own;
    const key = typeof value === 'object' && value !== null ? value : undefined;
    const cached = key ? this.#views.get(key) : this.#plainViews.get(value);
    if (cached && cached.revision === this.#revision && cached.own === own && cached.ownRevision === (own?.revision ?? 0)) return cached.members;
    const view: View = { revision: this.#revision, own, ownRevision: own?.revision ?? 0, members: this.#join(value, own) };
    if (key) this.#views.set(key, view);
    else {
      if (this.#plainViews.size >= PLAIN_VIEWS) this.#plainViews.clear();
      this.#plainViews.set(value, view);
    }
    return view.members;
  }

  defaultDisplayPropertySet(value: unknown): readonly string[] | undefined {
    if (this.entries.size === 0) return undefined;
    for (const name of typeNamesWithoutChange(value)) {
      const set = this.entries.get(name.toLowerCase())?.defaultDisplayPropertySet;
      if (set) return set;
    }
    return undefined;
  }

  defaultDisplayProperty(value: unknown): string | undefined {
    if (this.entries.size === 0) return undefined;
    for (const name of typeNamesWithoutChange(value)) {
      const property = this.entries.get(name.toLowerCase())?.defaultDisplayProperty;
      if (property !== undefined) return property;
    }
    return undefined;
  }

  /** `own` and then the members of the value's types, most derived first; a name already there wins. */
  #join(value: unknown, own: InstanceMembers | undefined): InstanceMembers | undefined {
    let joined: InstanceMembers | undefined;
    // A custom object's own properties (its notes) are instance members too, and win as well.
    const v = unwrap(value);
    const ownProperty = (name: string): boolean => v instanceof PSObject && v.get(name) !== undefined;
    for (const name of typeNamesWithoutChange(value)) {
      const entry = this.entries.get(name.toLowerCase());
      if (!entry) continue;
      for (const member of entry.members.values()) {
        if (own?.get(member.name) || joined?.get(member.name) || ownProperty(member.name)) continue;
        if (!joined) {
          joined = new InstanceMembers();
          for (const m of own?.all() ?? []) joined.set(m, own!.positionOf(m.name));
        }
        // A copy per value: a script property keeps the value its getter gave for this object (script-properties.ts).
        joined.set({ ...member, fromTypeData: true });
      }
    }
    return joined ?? own;
  }
}

/** A value's PSTypeNames, without making a custom object's list (which reading `.PSTypeNames` does). */
function typeNamesWithoutChange(value: unknown): readonly string[] {
  const v = unwrap(value);
  if (v instanceof PSObject) return v.typeNames ?? recordedTypeNames(v.typeName) ?? [v.typeName, 'System.Object'];
  return typeNamesOf(value);
}
