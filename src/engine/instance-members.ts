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

/** A script block as members hold it (script-block.ts imports the evaluator; this module stays a leaf). */
export interface MemberScript {
  toString(): string;
}

export type InstanceMember =
  | { readonly kind: 'NoteProperty'; readonly name: string; value: unknown }
  | { readonly kind: 'AliasProperty'; readonly name: string; readonly target: string }
  | { readonly kind: 'ScriptProperty'; readonly name: string; readonly getter: MemberScript | null; readonly setter: MemberScript | null }
  | { readonly kind: 'ScriptMethod'; readonly name: string; readonly script: MemberScript };

/** An object's instance members in the order they were added; names are case-insensitive. */
export class InstanceMembers {
  readonly #members = new Map<string, InstanceMember>();
  get(name: string): InstanceMember | undefined {
    return this.#members.get(name.toLowerCase());
  }
  set(member: InstanceMember): void {
    const key = member.name.toLowerCase();
    // A replaced member (-Force) goes to the end, as pwsh's Remove-then-Add does.
    this.#members.delete(key);
    this.#members.set(key, member);
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

/** The instance members a value carries, if any. */
export function instanceMembersOf(value: unknown): InstanceMembers | undefined {
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
