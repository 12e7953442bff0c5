// The names and markers of the `.psobject` API that start-up code reads: kept in script.cjs while
// psobject-api.ts, which a script reaches only through `.psobject` or a member type literal, loads as a
// lazy chunk of its own (scripts/build.mjs LAZY_MODULES). A marker, not `instanceof`, tells its objects
// apart, so that checking any value does not load the chunk.

import type { EnumType } from './values.js';

/** System.Management.Automation.PSMemberTypes, a [Flags] enum (names in ascending value order). */
export const PS_MEMBER_TYPES: EnumType = {
  fullName: 'System.Management.Automation.PSMemberTypes',
  names: ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'PropertySet', 'Method', 'CodeMethod', 'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'InferredProperty', 'Properties', 'All'],
  values: [1, 2, 4, 8, 16, 32, 64, 128, 256, 448, 512, 1024, 2048, 4096, 8192, 8223, 16383],
  flags: true,
  wildcardNames: true,
};

export const CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';

/** System.Object's instance methods, as a custom object lists them. */
export const OBJECT_METHODS = [
  ['ToString', 'string ToString()'],
  ['GetType', 'type GetType()'],
  ['Equals', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'int GetHashCode()'],
] as const;

export const MEMBER_INFO = Symbol('PSMemberInfo');
export const MEMBER_COLLECTION = Symbol('PSMemberInfoCollection');

/** A psobject-api MemberInfo (the caller casts: this module may not import that one). */
export function isMemberInfo(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { [MEMBER_INFO]?: boolean })[MEMBER_INFO] === true;
}

/** A psobject-api MemberCollection. */
export function isMemberCollection(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { [MEMBER_COLLECTION]?: boolean })[MEMBER_COLLECTION] === true;
}

/**
 * The member types scripts construct ([psnoteproperty]::new('n', 1), New-Object PSScriptProperty ...), by
 * their short names and accelerators; psobject-api.ts's constructMemberInfo builds them.
 */
export const MEMBER_INFO_TYPES: ReadonlyArray<readonly [shortName: string, accelerator: string]> = [
  ['PSNoteProperty', 'psnoteproperty'],
  ['PSScriptProperty', 'psscriptproperty'],
  ['PSAliasProperty', 'psaliasproperty'],
  ['PSScriptMethod', 'psscriptmethod'],
];
