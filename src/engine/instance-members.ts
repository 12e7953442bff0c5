// Instance members that Add-Member gives an object that is not a custom object (and the script members
// it gives custom objects), as pwsh keeps them on the object's PSObject wrapper.
//
// pwsh finds a reference object's PSObject again from the object itself, so a hashtable, an array or a
// date kept in a variable carries its members wherever it goes: here a WeakMap keyed by the object (a
// plain value never looks there: member access of strings and numbers costs one typeof). A string,
// number or Boolean has no identity: its members live only in the PSObject that `Add-Member -PassThru`
// writes (WrappedValue), which keeps them while it is assigned or collected and loses them when it is
// converted (`[string]$s`), as pwsh's does. Everything that reads a value through `unwrap` sees the
// plain value.

/** How a member script's written errors are shown (MemberScript.invokeAsMember). */
export type MemberErrors = 'quiet' | 'external';

/** A script block as members hold it (script-block.ts imports the evaluator; this module stays a leaf). */
export interface MemberScript {
  toString(): string;
  /** Runs the script with `$this` bound to `target`; resolves to everything it wrote. */
  /**
   * `errors`: how the errors it writes are shown: 'quiet' not at all (a getter's, pwsh 7.6.10: they reach
   * $Error only), 'external' as pwsh's external error pipe does (a script method's: the bare message).
   */
  invokeAsMember(target: unknown, args: unknown[], signal: AbortSignal, errors?: MemberErrors): Promise<unknown[]>;
}

/**
 * `fromTypeData`: a copy of a type's member (Update-TypeData, type-data.ts): not the object's own (IsInstance
 * false), and a note of it is read-only to assignment, as in pwsh.
 */
export type InstanceMember = (
  | { readonly kind: 'NoteProperty'; readonly name: string; value: unknown }
  | { readonly kind: 'AliasProperty'; readonly name: string; readonly target: string }
  | {
      readonly kind: 'ScriptProperty';
      readonly name: string;
      readonly getter: MemberScript | null;
      readonly setter: MemberScript | null;
      /** The getter's value as evaluateScriptProperties last ran it, for readers that cannot run scripts. */
      evaluated?: { value: unknown };
    }
  | { readonly kind: 'ScriptMethod'; readonly name: string; readonly script: MemberScript }
) & { readonly fromTypeData?: true };

/** An object's instance members in the order they were added; names are case-insensitive. */
export class InstanceMembers {
  readonly #members = new Map<string, InstanceMember>();
  /** For a custom object: how many of its own properties it had when the member was added. */
  readonly #positions = new Map<string, number>();
  /** Counts the changes, so that a view that joins these members with type members (type-data.ts) knows when it is stale. */
  #revision = 0;
  get revision(): number {
    return this.#revision;
  }
  get(name: string): InstanceMember | undefined {
    return this.#members.get(name.toLowerCase());
  }
  set(member: InstanceMember, position?: number): void {
    const key = member.name.toLowerCase();
    this.#revision++;
    // A replaced member (-Force) goes to the end, as pwsh's Remove-then-Add does.
    this.#members.delete(key);
    this.#members.set(key, member);
    if (position === undefined) this.#positions.delete(key);
    else this.#positions.set(key, position);
  }
  delete(name: string): void {
    this.#revision++;
    this.#members.delete(name.toLowerCase());
    this.#positions.delete(name.toLowerCase());
  }
  positionOf(name: string): number | undefined {
    return this.#positions.get(name.toLowerCase());
  }
  all(): InstanceMember[] {
    return [...this.#members.values()];
  }
  get size(): number {
    return this.#members.size;
  }
}

const table = new WeakMap<object, InstanceMembers>();

/** A string, number or Boolean in the PSObject that `Add-Member -PassThru` wrote, with its members. */
export class WrappedValue {
  constructor(
    readonly base: unknown,
    readonly members: InstanceMembers,
  ) {}
  valueOf(): unknown {
    return this.base;
  }
  toString(): string {
    return String(this.base);
  }
}

/**
 * The members Update-TypeData gave the types of the session that runs now (engine/type-data.ts), joined
 * with a value's own: undefined while that session has none, so that ordinary lookups pay one check.
 */
export interface TypeMemberSource {
  /** `own` and the members of the value's types (own first), or `own` when its types have none. */
  membersOf(value: unknown, own: InstanceMembers | undefined): InstanceMembers | undefined;
  /** The DefaultDisplayPropertySet of the value's first type that has one. */
  defaultDisplayPropertySet(value: unknown): readonly string[] | undefined;
  /** The DefaultDisplayProperty of the value's first type that has one (what Format-Wide shows). */
  defaultDisplayProperty(value: unknown): string | undefined;
}

let typeMembers: TypeMemberSource | undefined;

/** Makes `source` the type members lookups see (a Shell while it runs: shell.ts); returns the one it replaces. */
export function useTypeMembers(source: TypeMemberSource | undefined): TypeMemberSource | undefined {
  const previous = typeMembers;
  typeMembers = source;
  return previous;
}

/** The type members lookups see now, if the running session has any (format.ts: a type's default display set). */
export function activeTypeMembers(): TypeMemberSource | undefined {
  return typeMembers;
}

/** The instance members a value carries, if any, with its types' members (Update-TypeData) after them. */
export function instanceMembersOf(value: unknown): InstanceMembers | undefined {
  if (typeMembers !== undefined) return typeMembers.membersOf(value, ownInstanceMembersOf(value));
  return ownInstanceMembersOf(value);
}

/** The members Add-Member gave the value itself (what removing or copying a member changes). */
export function ownInstanceMembersOf(value: unknown): InstanceMembers | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (value instanceof WrappedValue) return value.members;
  return table.get(value);
}

/** The members of `target`, made on first use: a plain value gets a wrapper (`wrapped`), an object its table entry. */
export function membersFor(target: unknown): { members: InstanceMembers; wrapped: unknown } {
  if (target instanceof WrappedValue) return { members: target.members, wrapped: target };
  if (typeof target === 'object' && target !== null) {
    let members = table.get(target);
    if (!members) table.set(target, (members = new InstanceMembers()));
    return { members, wrapped: target };
  }
  const members = new InstanceMembers();
  return { members, wrapped: new WrappedValue(target, members) };
}

/** The kinds of instance member that are properties (Format-List *, Select-Object *, ConvertTo-Json list them). */
const PROPERTY_KINDS = new Set<InstanceMember['kind']>(['NoteProperty', 'AliasProperty', 'ScriptProperty']);

/** Whether an instance member is a property (a note, alias or script property; not a script method). */
export function isPropertyMember(member: InstanceMember | undefined): member is InstanceMember {
  return member !== undefined && PROPERTY_KINDS.has(member.kind);
}

/**
 * A value's property names with those Add-Member gave it: pwsh keeps one member list in the order of
 * adding, so on a custom object (whose notes are its `own` properties) each goes where it was added.
 */
export function withAddedPropertyNames(own: readonly string[], value: unknown): string[] {
  const out = [...own];
  const members = instanceMembersOf(value);
  if (!members) return out;
  let inserted = 0;
  for (const m of members.all()) {
    if (!isPropertyMember(m)) continue;
    const at = members.positionOf(m.name);
    if (at === undefined) out.push(m.name);
    else out.splice(Math.min(at + inserted, out.length), 0, m.name);
    inserted++;
  }
  return out;
}

