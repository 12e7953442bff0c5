// Get-Member's rows of the collections scripts build (List[T], Dictionary[K,V], HashSet[T], ArrayList,
// arrays of any element type ...), from the rows recorded from pwsh 7.6.10 (collection-member-data.ts).
// A generic type's rows were recorded with marker classes as its type arguments; pwsh names a type
// argument by its accelerator (string, int, psobject) or its full name (System.Object), except in an
// explicit interface implementation's name, where it is the accelerator or the short name
// (`void ICollection[Object].Add(System.Object item)`, `ICollection[KeyValuePair[string,int]].Add`).
// An array's rows are Object[]'s with the element type in Address, Get and Set (pwsh 7.6.10:
// `System.String&, System.Private.CoreLib, … Address(int )`, `string Get(int )`, `void Set(int , string )`).
// Loaded only by Get-Member and a method group of such a collection (a lazy module).

import { collectionRows } from './collection-member-data.js';
import { assemblyOf, parseGenericName, powershellTypeText } from './generic-types.js';
import { memberCatalog } from './member-catalog.js';

type Row = readonly [string, string, string];

/** The rows of a collection type (its .NET full name); undefined for a type that is not one of them. */
export function collectionMemberRows(typeName: string): readonly Row[] | undefined {
  const plain = collectionRows[typeName];
  if (plain) return plain;
  const array = /^(.+)\[\]$/.exec(typeName);
  if (array) return arrayRows(array[1]!);
  const generic = parseGenericName(typeName);
  if (!generic || !/`\d+\[/.test(typeName)) return undefined;
  const template = collectionRows[`${generic.base}\`${generic.args.length}`];
  if (!template) return undefined;
  return template.map(([name, kind, definition]) => [name, kind, substituted(definition, generic.args)] as const);
}

/** A definition with the real type arguments in place of the markers SpoArg1, SpoArg2. */
function substituted(definition: string, args: readonly string[]): string {
  const put = (text: string, short: boolean) => text.replace(/\bSpoArg([12])\b/g, (_, n: string) => typeText(args[Number(n) - 1]!, short));
  // An explicit interface implementation's name (`ICollection[SpoArg1].Add`): short names inside it.
  const interfaced = definition.replace(/[\w.`+]+\[[^\s()]*\](?=\.\w+[( ])/g, (name) => put(name, true));
  return put(interfaced, false);
}

/** pwsh's text for a type in a member's definition: its accelerator, else its full (or short) name. */
function typeText(fullName: string, short: boolean): string {
  const generic = /`\d+\[/.test(fullName) ? parseGenericName(fullName) : undefined;
  if (generic) return `${short ? shortName(generic.base) : generic.base}[${generic.args.map((a) => typeText(a, short)).join(',')}]`;
  const text = powershellTypeText(fullName);
  return text !== fullName || !short ? text : shortName(fullName);
}

function shortName(fullName: string): string {
  return fullName.slice(Math.max(fullName.lastIndexOf('.'), fullName.lastIndexOf('+')) + 1);
}

function arrayRows(element: string): readonly Row[] {
  const rows = memberCatalog()['System.Object[]']!;
  if (element === 'System.Object') return rows;
  const shown = typeText(element, false);
  return rows.map((row): Row => {
    switch (row[0]) {
      case 'Address':
        return [row[0], row[1], `${element}&, ${assemblyOf(element)} Address(int )`];
      case 'Get':
        return [row[0], row[1], `${shown} Get(int )`];
      case 'Set':
        return [row[0], row[1], `void Set(int , ${shown} )`];
      default:
        return row;
    }
  });
}
