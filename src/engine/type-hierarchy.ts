// What a .NET type is beyond its own name: its base classes and interfaces, recorded from pwsh 7.6.10
// (type-hierarchy-data.ts). `$q -is [System.Collections.Specialized.NameValueCollection]`, `-is
// [System.Collections.IDictionary]`, `[System.IO.FileSystemInfo].FullName`, `$x.GetType().BaseType` and
// `$x.pstypenames` read it for the types spo's values claim to be. The rows are read on the first question.

import { typeHierarchyRows } from './type-hierarchy-data.js';

interface TypeFacts {
  readonly fullName: string;
  /** Base classes, most derived first, to System.Object (empty for System.Object and interfaces). */
  readonly bases: readonly string[];
  readonly interfaces: readonly string[];
}

interface Tables {
  /** Lower-case FullName (a generic type by its definition, List`1) → its facts. */
  readonly facts: Map<string, TypeFacts>;
  /** Lower-case name → FullName, for every public type the rows name (the types, their bases, their interfaces). */
  readonly names: Map<string, string>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const facts = new Map<string, TypeFacts>();
  const names = new Map<string, string>();
  const hidden = new Set<string>();
  const split = (list: string) => (list === '' ? [] : list.split(','));
  for (const [fullName, bases, interfaces, notPublic] of typeHierarchyRows()) {
    const row: TypeFacts = { fullName, bases: split(bases), interfaces: split(interfaces) };
    facts.set(fullName.toLowerCase(), row);
    for (const name of [fullName, ...row.bases, ...row.interfaces]) if (!name.includes('`')) names.set(name.toLowerCase(), name);
    for (const name of split(notPublic)) hidden.add(name.toLowerCase());
  }
  for (const name of hidden) names.delete(name);
  tables = { facts, names };
  return tables;
}

/** A generic type's facts are its definition's: List`1[[System.Int32, …]] is List`1. */
const definitionOf = (fullName: string): string => fullName.replace(/\[\[.*$/s, '').toLowerCase();

function factsOf(fullName: string): TypeFacts | undefined {
  const key = definitionOf(fullName);
  const { facts } = load();
  // Every array is a System.Array, with its interfaces.
  return facts.get(key) ?? (/\[,*\]$/.test(key) ? facts.get('system.array') && { ...facts.get('system.array')!, fullName, bases: ['System.Array', 'System.Object'] } : undefined);
}

/** The FullName `[name]` finds among the recorded types, or undefined (a type that is not public is not found). */
export function recordedTypeName(name: string): string | undefined {
  return load().names.get(name.toLowerCase());
}

/** Whether the recorded types include `fullName` as a type that `[T]` does not find (not public). */
export function isHiddenRecordedType(fullName: string): boolean {
  return load().facts.has(fullName.toLowerCase()) && !load().names.has(fullName.toLowerCase());
}

/** Whether a value of type `typeName` is a `target`: one of its base classes or interfaces. */
export function derivesFrom(typeName: string, target: string): boolean {
  const facts = factsOf(typeName);
  if (!facts) return false;
  const wanted = target.toLowerCase();
  return facts.bases.some((b) => b.toLowerCase() === wanted) || facts.interfaces.some((i) => i.toLowerCase() === wanted);
}

/** GetType().BaseType's FullName: null for System.Object and interfaces, undefined for a type not recorded. */
export function recordedBaseType(fullName: string): string | null | undefined {
  const facts = factsOf(fullName);
  return facts && (facts.bases[0] ?? null);
}

/** `.pstypenames` of a value of the type: the type, then its base classes (undefined for a type not recorded). */
export function recordedTypeNames(fullName: string): string[] | undefined {
  const facts = factsOf(fullName);
  return facts && [fullName, ...facts.bases];
}
