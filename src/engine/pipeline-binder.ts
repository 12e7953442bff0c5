// Binding pipeline input, object by object, as PowerShell's CmdletParameterBinderController does
// (BindPipelineParameters, BindUnboundParametersForBindingState, ValidateParameterSets). The sets
// still valid once the command-line arguments are bound are worked out once (with the mandatory
// analysis HandleUnboundMandatoryParameters makes when input is expected); each object then starts
// from them again: the parameters the previous object bound are unbound, and four passes try every
// unbound pipeline parameter of those sets, the default set first: ByValue without type coercion,
// ByPropertyName without it, ByValue with it, ByPropertyName with it. Each parameter that binds
// narrows the sets; after the passes one set must remain, and its mandatory parameters be bound.

import { ALL_SETS, type CmdletDefinition, type ParameterMetadata, type ParameterSetMembership } from './cmdlet.js';
import { candidateSets, inSet, membership, takesPipelineInput } from './command-metadata.js';
import { BindingError, convertArgument, endsBinding, endsPipelineBinding, fitsWithoutCoercion, type BinderHost, type BindResult } from './binder.js';
import * as S from './binder-strings.js';
import { toNumber, typeNameOf, unwrap } from './convert.js';
import { DateTimeValue, parseDateTime } from './datetime.js';
import { TimeSpanValue, parseTimeSpan } from './timespan.js';
import { getMember } from './values-members.js';
import { PSHashtable, PSObject } from './values.js';

/** What one pipeline object did: bound (the set it chose), bound nothing, or left mandatory parameters unbound. */
export type PipelineBindOutcome =
  | { kind: 'bound'; parameterSet: string }
  | { kind: 'not-bound' }
  | { kind: 'missing-mandatory'; parameters: ParameterMetadata[] };

const BY_VALUE = 0;
const BY_PROPERTY = 1;
const BY_VALUE_COERCED = 2;
const BY_PROPERTY_COERCED = 3;

export class PipelineBinder {
  /** The sets valid before any object arrived (_prePipelineProcessingParameterSetFlags); [ALL_SETS] for a command without sets. */
  readonly #sets: readonly string[];
  /** A set tried alone before the others (_parameterSetToBePrioritizedInPipelineBinding). */
  readonly #prioritized: string | undefined;
  /** Lower-case names the previous object bound: unbound again before the next one. */
  #fromPipeline: string[] = [];
  /** The sets still valid while the current object binds. */
  #current: string[] = [];
  /** The parameters that take pipeline input in some set, last declared first, with their set entries (worked out once: this runs per object). */
  readonly #pipelineParameters: ReadonlyArray<{ p: ParameterMetadata; key: string; entries: ReadonlyArray<[string, ParameterSetMembership]>; allSets: boolean }>;
  /** The parameters mandatory in some set. */
  readonly #mandatory: readonly ParameterMetadata[];

  constructor(
    readonly def: CmdletDefinition,
    readonly bound: BindResult,
    readonly host: BinderHost,
  ) {
    const { sets, prioritized } = prePipelineSets(def, bound);
    this.#sets = sets;
    this.#prioritized = prioritized;
    this.#pipelineParameters = def.parameters
      .filter((p) => Object.values(p.sets).some(takesPipelineInput))
      .reverse()
      .map((p) => ({ p, key: p.name.toLowerCase(), entries: Object.entries(p.sets), allSets: ALL_SETS in p.sets }));
    this.#mandatory = def.parameters.filter((p) => Object.values(p.sets).some((m) => m.mandatory));
  }

  /**
   * Binds one input object (BindPipelineParametersPrivate). Throws the BindingError that ends this object
   * (a validation or transformation failure, a set that cannot be resolved); the caller writes it as the
   * object's non-terminating error and goes on with the next one.
   */
  async bind(input: unknown): Promise<PipelineBindOutcome> {
    const values = this.bound.values;
    for (const key of this.#fromPipeline) {
      values.delete(key);
      this.bound.names.delete(key);
    }
    if (this.#fromPipeline.length) this.#fromPipeline = [];
    this.#current = this.#sets as string[];
    const prioritized = this.#prioritized;
    // (#current and valid are replaced, never changed in place: the pre-pipeline list can be shared.)
    let valid: readonly string[] = prioritized ? [prioritized] : this.#current;
    let result = false;
    for (let step = 0; step < (prioritized ? 2 : 1); step++) {
      for (let pass = BY_VALUE; pass <= BY_PROPERTY_COERCED; pass++) {
        // Once every pipeline parameter is bound the later passes bind nothing (the common case: one InputObject).
        if (pass > BY_VALUE && this.#fromPipeline.length === this.#pipelineParameters.length) break;
        if (!(await this.#bindForPass(input, pass, valid))) continue;
        // The prioritized set is one set: binding to it leaves nothing to resolve until the second round.
        if (!prioritized || step === 1) {
          this.#current = this.#validate(this.#current, true);
          valid = this.#current;
        }
        result = true;
      }
      if (prioritized && step === 0) {
        if (this.#current.length === 1 && this.#current[0] === prioritized) break;
        valid = this.#current.filter((s) => s !== prioritized);
      }
    }
    this.#current = this.#validate(this.#current, false);
    if (!result) return { kind: 'not-bound' };
    const set = this.#current[0] === ALL_SETS ? this.bound.parameterSet : this.#current[0]!;
    const missing = this.#mandatory.filter((p) => !values.has(p.name.toLowerCase()) && inSet(p, set) && membership(p, set).mandatory);
    if (missing.length) return { kind: 'missing-mandatory', parameters: missing };
    return { kind: 'bound', parameterSet: set };
  }

  /** BindUnboundParametersForBindingState: the default set's parameters first, the other valid sets' when none bound. */
  async #bindForPass(input: unknown, pass: number, valid: readonly string[]): Promise<boolean> {
    const dflt = this.def.defaultParameterSet;
    if (dflt && valid.includes(dflt)) {
      if (await this.#bindInSets(input, pass, [dflt])) return true;
      valid = valid.filter((s) => s !== dflt);
    }
    return this.#bindInSets(input, pass, valid);
  }

  /**
   * Every unbound pipeline parameter of these sets that takes the object in this pass binds it (last
   * declared first, as pwsh walks its unbound list backwards); true when one did.
   */
  async #bindInSets(input: unknown, pass: number, sets: readonly string[]): Promise<boolean> {
    let any = false;
    for (const { p, key, entries, allSets } of this.#pipelineParameters) {
      if (this.bound.values.has(key)) continue;
      for (const [s, m] of entries) {
        if (s !== ALL_SETS && !sets.includes(s)) continue;
        if (!(await this.#tryBind(p, m, input, pass))) continue;
        this.bound.names.set(key, p.name);
        this.#fromPipeline.push(key);
        // A parameter of named sets narrows the valid sets to its own.
        if (!allSets && !this.#current.includes(ALL_SETS)) this.#current = this.#current.filter((x) => x in p.sets);
        any = true;
        break;
      }
    }
    return any;
  }

  async #tryBind(p: ParameterMetadata, m: ParameterSetMembership, input: unknown, pass: number): Promise<boolean> {
    const byValue = pass === BY_VALUE || pass === BY_VALUE_COERCED;
    const coerce = pass >= BY_VALUE_COERCED;
    let value: unknown;
    if (byValue) {
      if (!m.valueFromPipeline) return false;
      value = input;
    } else {
      if (!m.valueFromPipelineByPropertyName || input === null || input === undefined) return false;
      const found = propertyFor(input, p);
      if (!found) return false;
      value = found.value;
    }
    // AutomationNull (a property holding no value) binds nothing.
    if (value === undefined) return false;
    if (!coerce && !fitsWithoutCoercion(p, value)) return false;
    if (!typedObjectTakes(p, value, coerce)) return false;
    try {
      this.bound.values.set(p.name.toLowerCase(), await convertArgument(p, value, this.host));
      return true;
    } catch (e) {
      // ByValue: a transformation that failed on an invalid cast only means the object does not fit;
      // ByPropertyName: every transformation and validation failure is the object's error.
      if (byValue ? endsPipelineBinding(e) : endsBinding(e)) throw e;
      return false;
    }
  }

  /** ValidateParameterSets(prePipelineInput, setDefault: true) on the sets still valid. */
  #validate(current: string[], prePipeline: boolean): string[] {
    if (current.length === 1) return current;
    const ambiguous = () => BindingError.of(S.AmbiguousParameterSet(), undefined);
    if (current.length === 0) throw ambiguous();
    const dflt = this.def.defaultParameterSet;
    if (dflt && current.includes(dflt)) return [dflt];
    const unbound = this.def.parameters.filter((p) => !this.bound.values.has(p.name.toLowerCase()));
    if (prePipeline && unbound.some((p) => current.some((s) => inSet(p, s) && takesPipelineInput(membership(p, s))))) return current;
    // ResolveParameterSetAmbiguityBasedOnMandatoryParameters: the one set with no unbound mandatory parameter.
    const resolved = current.filter((s) => !unbound.some((p) => p.sets[s]?.mandatory));
    if (resolved.length === 1) return resolved;
    throw ambiguous();
  }
}

/**
 * Parameters declared as objects whose cmdlet converts them itself (a DateTime, a Double, a TimeSpan):
 * whether the value is already of that type, or (with coercion) converts to it, as pwsh's binder would
 * decide before the parameter takes it. Other object parameters take anything.
 */
function typedObjectTakes(p: ParameterMetadata, value: unknown, coerce: boolean): boolean {
  if (p.kind !== 'object' || p.transform) return true;
  const v = unwrap(value);
  const isNull = v === null || v === undefined;
  switch (p.typeName) {
    case 'System.DateTime':
      if (v instanceof DateTimeValue) return true;
      return coerce && typeof v === 'string' && parseDateTime(v) !== undefined;
    case 'System.TimeSpan':
      if (v instanceof TimeSpanValue) return true;
      return coerce && typeof v === 'string' && parseTimeSpan(v) !== undefined;
    case 'System.Double':
      if (!coerce) return typeNameOf(v) === 'System.Double';
      if (isNull || v instanceof PSObject || v instanceof PSHashtable || Array.isArray(v)) return false;
      try {
        toNumber(v);
        return true;
      } catch {
        return false;
      }
    case 'System.String':
      return coerce || typeof v === 'string';
    default:
      return true;
  }
}

/**
 * The object's property named as the parameter, else as one of its aliases (PSObject.Properties: a
 * hashtable's keys are not properties, nor are the Count and Length every object answers to).
 */
function propertyFor(input: unknown, p: ParameterMetadata): { value: unknown } | undefined {
  const v = unwrap(input);
  if (v instanceof PSHashtable || Array.isArray(v)) return undefined;
  for (const name of [p.name, ...(p.aliases ?? [])]) {
    if (v instanceof PSObject) {
      const got = v.get(name);
      if (got !== undefined) return { value: got };
      continue;
    }
    if (typeof v === 'string') {
      if (name.toLowerCase() === 'length') return { value: v.length };
      continue;
    }
    if (/^(count|length)$/i.test(name)) continue;
    const got = getMember(v, name);
    if (got !== undefined && got !== null) return { value: got };
  }
  return undefined;
}

/**
 * The sets pipeline input may still choose among once the command line is bound: with more than one,
 * those that take no pipeline input drop out (FilterParameterSetsTakingNoPipelineInput), then the
 * unbound mandatory parameters decide as HandleUnboundMandatoryParameters does when input is expected.
 */
function prePipelineSets(def: CmdletDefinition, bound: BindResult): { sets: string[]; prioritized?: string } {
  const isBound = (p: ParameterMetadata) => bound.values.has(p.name.toLowerCase());
  let sets = candidateSets(def, def.parameters.filter(isBound));
  if (!sets.length) sets = [bound.parameterSet];
  if (sets.length === 1) return { sets };
  const unbound = def.parameters.filter((p) => !isBound(p));
  const pipelineEntries = unbound.flatMap((p) => Object.entries(p.sets).filter(([s, m]) => (s === ALL_SETS || sets.includes(s)) && takesPipelineInput(m)));
  if (pipelineEntries.length && !pipelineEntries.some(([s]) => s === ALL_SETS)) {
    const taking = sets.filter((s) => pipelineEntries.some(([t]) => t === s));
    if (taking.length) sets = taking;
  }
  if (sets.length === 1) return { sets };
  return mandatoryAnalysis(def, sets, unbound);
}

interface SetData {
  set: string;
  all: boolean;
  pipe: ParameterMetadata[];
  byValue: ParameterMetadata[];
  byProperty: ParameterMetadata[];
  nonPipe: ParameterMetadata[];
}

/**
 * The part of HandleUnboundMandatoryParameters that narrows the sets when pipeline input is expected
 * and several sets are valid: which set the unbound mandatory parameters point at, and whether one set
 * is tried first for each object. (Prompting stays with the binder's chosen set.) Where pwsh would
 * report the sets as ambiguous here, the sets are kept and each object's binding reports it.
 */
function mandatoryAnalysis(def: CmdletDefinition, sets: string[], unbound: ParameterMetadata[]): { sets: string[]; prioritized?: string } {
  const data = new Map<string, SetData>();
  const mandatorySets = new Set<string>();
  let missingInAll = false;
  for (const p of unbound) {
    for (const [s, m] of Object.entries(p.sets)) {
      if (!m.mandatory || (s !== ALL_SETS && !sets.includes(s))) continue;
      let d = data.get(s);
      if (!d) data.set(s, (d = { set: s, all: s === ALL_SETS, pipe: [], byValue: [], byProperty: [], nonPipe: [] }));
      if (takesPipelineInput(m)) {
        d.pipe.push(p);
        if (m.valueFromPipeline) d.byValue.push(p);
        if (m.valueFromPipelineByPropertyName) d.byProperty.push(p);
      } else d.nonPipe.push(p);
      if (s === ALL_SETS) missingInAll = true;
      else mandatorySets.add(s);
    }
  }
  if (!data.size) return { sets };
  const dflt = def.defaultParameterSet && sets.includes(def.defaultParameterSet) ? def.defaultParameterSet : undefined;
  let commandSets = missingInAll || !mandatorySets.size ? [...sets] : [...mandatorySets];
  let current = [...sets];
  let prioritized: string | undefined;
  const named = [...data.values()].filter((d) => !d.all);
  if (current.length > 1 && dflt && !commandSets.includes(dflt)) {
    // No other set takes mandatory pipeline input: keep the sets without unbound mandatory parameters, the default first.
    if (!named.some((d) => d.set !== dflt && d.pipe.length)) {
      commandSets = current.filter((s) => !commandSets.includes(s));
      current = commandSets;
      if (!(current.length === 1 && current[0] === dflt)) prioritized = dflt;
    }
  }
  if (commandSets.length <= 1 || prioritized) return { sets: current, prioritized };
  if (dflt && commandSets.includes(dflt)) {
    const anotherTakesInput = named.some((d) => d.set !== dflt && d.pipe.length && !d.nonPipe.length);
    const anotherByProperty = named.some((d) => d.set !== dflt && d.byProperty.length);
    const own = data.get(dflt);
    let latch = false;
    if (own && own.byProperty.length && !anotherByProperty) latch = true;
    else if (own && own.pipe.length && !anotherTakesInput) latch = true;
    if (!latch && !anotherTakesInput) latch = true;
    if (!latch && (data.get(ALL_SETS)?.nonPipe.length ?? 0) > 0) latch = true;
    if (latch) return { sets: [dflt] };
  }
  const inCommand = named.filter((d) => commandSets.includes(d.set));
  const byValue = inCommand.filter((d) => d.byValue.length);
  const byProperty = inCommand.filter((d) => d.byProperty.length);
  const valueSet = byValue.length === 1 ? byValue[0]!.set : undefined;
  const propertySet = byProperty.length === 1 ? byProperty[0]!.set : undefined;
  // "Found" stays true when a second set was found (and the set itself was dropped).
  let unique: string | undefined;
  if (valueSet && propertySet && valueSet === propertySet) unique = valueSet;
  if (byValue.length > 0 !== byProperty.length > 0) unique = valueSet ?? propertySet;
  const preserve = (chosen: string) => {
    const others = named.filter((d) => d.set !== chosen).map((d) => d.set);
    if (data.get(chosen)?.nonPipe.length) return { sets: [chosen] };
    const kept = current.filter((s) => !others.includes(s));
    return kept.length === 1 && kept[0] === chosen ? { sets: kept } : { sets: kept, prioritized: chosen };
  };
  if (unique) return preserve(unique);
  const withNonPipe = [...data.values()].filter((d) => (d.all || commandSets.includes(d.set)) && d.nonPipe.length);
  if (!withNonPipe.length) return { sets: current };
  if (valueSet) return preserve(valueSet);
  if (byValue.length <= 1 && byProperty.length <= 1) return { sets: current };
  const named2 = withNonPipe.filter((d) => !d.all).map((d) => d.set);
  const kept = current.filter((s) => !named2.includes(s));
  return { sets: kept.length ? kept : current };
}
