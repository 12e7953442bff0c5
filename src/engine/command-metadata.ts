// The parameter-set model of a command, in one place (PowerShell's MergedCommandParameterMetadata):
// name matching by prefix and alias, the sets a command has, which parameters belong to a set and
// how (mandatory, position, pipeline), and which sets remain possible once some are bound.
// The binder, Tab completion and the help/Get-Command syntax lines all read commands through it.

import { ALL_SETS, type CmdletDefinition, type ParameterMetadata, type ParameterSetMembership } from './cmdlet.js';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from './common-parameters.js';

/**
 * Declared parameters, then the CommonParameters, then -WhatIf/-Confirm when supported, then the
 * paging ones, then the dynamic ones (the order of pwsh's Parameters dictionary).
 */
export function allParameters(def: CmdletDefinition): ParameterMetadata[] {
  if (def.commonParameters === false) return [...def.parameters];
  if (!def.parameters.some((p) => p.dynamic || p.paging)) return [...def.parameters, ...COMMON_PARAMETERS, ...shouldProcessParameters(def)];
  return [
    ...def.parameters.filter((p) => !p.dynamic && !p.paging),
    ...COMMON_PARAMETERS,
    ...shouldProcessParameters(def),
    ...def.parameters.filter((p) => p.paging),
    ...def.parameters.filter((p) => p.dynamic),
  ];
}

export function shouldProcessParameters(def: CmdletDefinition): readonly ParameterMetadata[] {
  return def.supportsShouldProcess ? SHOULD_PROCESS_PARAMETERS : [];
}

/** Declared by the command itself (not a common or ShouldProcess parameter). */
export function isDeclared(def: CmdletDefinition, p: ParameterMetadata): boolean {
  return def.parameters.includes(p);
}

/** More than one parameter starts with the typed name; `candidates` in dictionary order. */
export class AmbiguousParameterMatch extends Error {
  constructor(
    readonly typed: string,
    readonly candidates: ParameterMetadata[],
  ) {
    super(`ambiguous parameter name '${typed}'`);
  }
}

/**
 * MergedCommandParameterMetadata.GetMatchingParameter: an exact name, an exact alias, or a unique
 * prefix of names and aliases, where a declared parameter beats common ones. Throws
 * AmbiguousParameterMatch when the prefix stays ambiguous.
 */
export function matchParameter(def: CmdletDefinition, typed: string): ParameterMetadata | undefined {
  const name = typed.toLowerCase();
  const candidates: ParameterMetadata[] = [];
  const params = allParameters(def);
  for (const p of params) {
    const n = p.name.toLowerCase();
    if (n === name) return p;
    if (n.startsWith(name) && !candidates.includes(p)) candidates.push(p);
  }
  for (const p of params) {
    for (const alias of p.aliases ?? []) {
      const a = alias.toLowerCase();
      if (a === name) return p;
      if (a.startsWith(name) && !candidates.includes(p)) candidates.push(p);
    }
  }
  if (candidates.length <= 1) return candidates[0];
  // pwsh binds the static parameters before it asks the provider for its dynamic ones: a prefix that
  // matches a static one never reaches them (`Get-ChildItem -F`: -Filter or -Force, not -File).
  if (candidates.some((p) => p.dynamic) && candidates.some((p) => !p.dynamic)) {
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i]!.dynamic) candidates.splice(i, 1);
    if (candidates.length === 1) return candidates[0];
  }
  const declared = candidates.filter((p) => isDeclared(def, p) && !p.paging);
  if (declared.length === 1) return declared[0];
  // As pwsh lists them: the parameters whose names match, in dictionary order (allParameters), then
  // those matched by an alias (`Set-Content -P`: ... -ProgressAction -PipelineVariable -LiteralPath).
  throw new AmbiguousParameterMatch(typed, candidates);
}

/** matchParameter for callers that only look (completion): undefined when ambiguous. */
export function findParameter(def: CmdletDefinition, typed: string): ParameterMetadata | undefined {
  try {
    return matchParameter(def, typed);
  } catch (e) {
    if (e instanceof AmbiguousParameterMatch) return undefined;
    throw e;
  }
}

/** The named sets the parameters declare, in order of first appearance. */
export function declaredSetNames(def: CmdletDefinition): string[] {
  const names: string[] = [];
  for (const p of def.parameters) for (const s of Object.keys(p.sets)) if (s !== ALL_SETS && !names.includes(s)) names.push(s);
  return names;
}

/** Every set the binder chooses from: the declared ones plus the default; [ALL_SETS] when none. */
export function parameterSets(def: CmdletDefinition): string[] {
  const sets = declaredSetNames(def);
  if (def.defaultParameterSet && !sets.includes(def.defaultParameterSet)) sets.push(def.defaultParameterSet);
  return sets.length ? sets : [ALL_SETS];
}

/** The sets in display order (syntax lines): the default first, then the others; [ALL_SETS] when none. */
export function displaySets(def: CmdletDefinition): string[] {
  const names = declaredSetNames(def);
  if (names.length === 0) return [ALL_SETS];
  const first = def.defaultParameterSet;
  // A default set no parameter declares (New-Guid's Default) is a syntax line of its own, the first.
  return first ? [first, ...names.filter((n) => n !== first)] : names;
}

export function inSet(p: ParameterMetadata, set: string): boolean {
  return ALL_SETS in p.sets || set in p.sets;
}

/** How a parameter takes part in a set (its own entry, else its all-sets entry). */
export function membership(p: ParameterMetadata, set: string): ParameterSetMembership {
  return p.sets[set] ?? p.sets[ALL_SETS] ?? {};
}

/** Whether a set entry takes pipeline input, by value or by property name. */
export function takesPipelineInput(m: ParameterSetMembership): boolean {
  return !!(m.valueFromPipeline || m.valueFromPipelineByPropertyName);
}

export function mandatoryInSomeSet(p: ParameterMetadata): boolean {
  return Object.values(p.sets).some((m) => m.mandatory);
}

/** The declared parameters of one set with the membership that applies in it, in declaration order. */
export function parametersInSet(def: CmdletDefinition, set: string): Array<{ parameter: ParameterMetadata; membership: ParameterSetMembership }> {
  return def.parameters.filter((p) => inSet(p, set)).map((parameter) => ({ parameter, membership: membership(parameter, set) }));
}

/** The mandatory declared parameters of a set. */
export function mandatoryInSet(def: CmdletDefinition, set: string): ParameterMetadata[] {
  return def.parameters.filter((p) => inSet(p, set) && membership(p, set).mandatory);
}

/** The lowest position a parameter has in any of the sets, or undefined when it is named only there. */
export function positionIn(p: ParameterMetadata, sets: string[]): number | undefined {
  const positions = sets.map((s) => (inSet(p, s) ? membership(p, s).position : undefined)).filter((x): x is number => x !== undefined);
  return positions.length ? Math.min(...positions) : undefined;
}

/** The sets still possible once these parameters are bound (common ones never narrow it). */
export function candidateSets(def: CmdletDefinition, bound: readonly ParameterMetadata[]): string[] {
  const declared = bound.filter((p) => isDeclared(def, p));
  return parameterSets(def).filter((s) => declared.every((p) => s === ALL_SETS || inSet(p, s)));
}

/** True when the parameter can still be given with one of these sets. */
export function inAnySet(def: CmdletDefinition, p: ParameterMetadata, sets: readonly string[]): boolean {
  if (!isDeclared(def, p)) return true;
  return sets.some((s) => (s === ALL_SETS ? Object.keys(p.sets).length > 0 : inSet(p, s)));
}
