// Method groups: `'x'.ToUpper` without parentheses is a PSMethod, which pwsh shows as its overloads
// (a table of one wrapped column, OverloadDefinitions), converts to text as the overloads joined by ", ",
// and can call with .Invoke(args). The overloads are Get-Member's Definition column (member-catalog.ts).
// Also Hashtable.Clone(), which copies the table (its values are shared, as .NET's shallow copy shares them).

import { typeNameOf, unwrap } from './convert.js';
import { splitTopLevel } from './generic-types.js';
import { memberCatalog } from './member-catalog.js';
import { collectionMemberRows } from './collection-members.js';
import { staticMemberCatalog } from './static-member-catalog.js';
import { GenericList, PSHashtable, PSObject } from './values.js';

export const PS_METHOD = 'System.Management.Automation.PSMethod';
/** The key format.ts's PSMethod view reads the overloads by, one a line (no script can name it). */
export const OVERLOAD_TEXT = '\0OverloadText';

export class MethodGroupValue extends PSObject {
  constructor(
    readonly target: unknown,
    name: string,
    readonly overloads: string[],
    /** A static method group's type (`[regex]::Escape`), whose .Invoke calls the static method. */
    readonly staticType?: string,
  ) {
    const definitions = GenericList.from(overloads) as GenericList<string>;
    definitions.elementType = 'System.String';
    // Format-List shows every property, in PSMethod's order; the default view is format.ts's OverloadDefinitions table.
    // A constructor's group (`[datetime]::new`) is named as .NET names constructors (pwsh 7.6.10), though it is called as `new`.
    const shownName = staticType !== undefined && name === 'new' ? '.ctor' : name;
    super(PS_METHOD, { MemberType: 'Method', OverloadDefinitions: definitions, TypeNameOfValue: PS_METHOD, Value: null, Name: shownName, IsInstance: true }, undefined, overloads.join(', '));
    this.methodName = name;
    this.properties.set('Value', this);
  }
  /** The name the method is called by (`new` for a constructor). */
  readonly methodName: string;
  override get(name: string): unknown {
    return name === OVERLOAD_TEXT ? this.overloads.join('\n') + '\n' : super.get(name);
  }
}

/** `$x.Name` where the value has no property Name but a method of that name the catalog knows. */
export function methodGroupOf(target: unknown, name: string): MethodGroupValue | undefined {
  const v = unwrap(target);
  if (v === null || v === undefined) return undefined;
  if (v instanceof PSHashtable && (v.has(name) || v.ordered || v.constructor !== PSHashtable)) return undefined;
  if (v instanceof PSObject && v.get(name) !== undefined) return undefined;
  const type = typeNameOf(target);
  const rows = memberCatalog()[type] ?? collectionMemberRows(type);
  const row = rows?.find(([n, kind]) => kind === 'Method' && n.toLowerCase() === name.toLowerCase());
  return row ? new MethodGroupValue(target, row[0], splitTopLevel(row[2]).map((overload) => overload.trim())) : undefined;
}

/** `[regex]::Escape`: a static method group of a type static-member-catalog.ts knows (pwsh shows IsInstance True for these too). */
export function staticMethodGroupOf(fullName: string, name: string): { value: MethodGroupValue } | undefined {
  const find = (type: string) => staticMemberCatalog()[type]?.find(([n, kind]) => kind === 'Method' && n.toLowerCase() === name.toLowerCase());
  // Every type has Object's static Equals and ReferenceEquals (pwsh looks statics up through the base types).
  const row = find(fullName) ?? (/^(?:equals|referenceequals)$/i.test(name) ? find('System.Object') : undefined);
  return row ? { value: new MethodGroupValue(null, row[0], splitTopLevel(row[2]).map((overload) => overload.trim()), fullName) } : undefined;
}

/**
 * `[Math]::Round` without parentheses, for the types whose statics were recorded from pwsh's
 * `Get-Member -Static` (member-extras-data.ts, loaded on first use: only a missing member reaches here).
 */
export async function recordedStaticMethodGroup(fullName: string, name: string): Promise<MethodGroupValue | undefined> {
  const { staticRows } = await import('./member-extras-data.js');
  const row = staticRows[fullName]?.find(([n, kind]) => kind === 'Method' && n.toLowerCase() === name.toLowerCase());
  return row ? new MethodGroupValue(null, row[0], splitTopLevel(row[2]).map((overload) => overload.trim()), fullName) : undefined;
}

/** `$g.Invoke(args)` on a method group, and `$h.Clone()`; undefined for anything else. */
export function methodGroupCall(target: unknown, name: string, args: unknown[], invoke: (target: unknown, name: string, args: unknown[]) => unknown): { value: unknown } | undefined {
  const v = unwrap(target);
  if (v instanceof MethodGroupValue && name.toLowerCase() === 'invoke') return { value: invoke(v.target, v.methodName, args) };
  if (v instanceof PSHashtable && v.constructor === PSHashtable && !v.ordered && name.toLowerCase() === 'clone' && args.length === 0) {
    const copy = new PSHashtable();
    for (const [k, x] of v.entries()) copy.set(k, x);
    return { value: copy };
  }
  return undefined;
}
