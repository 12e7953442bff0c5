// What -Property takes in Select-Object, Sort-Object, Group-Object, Measure-Object, Format-Table
// and Format-List: property names (with wildcards where the cmdlet allows them) and calculated
// properties, hashtables whose keys may be abbreviated (`@{n='x'; e='Name'}`). The expression is a
// property name or a script block (anything ItemInvocable).

import { formatString, FormatStringError } from './format-operator.js';
import { ArgumentNumber, collapse, toPSString, typeNameOf, unwrap } from './convert.js';
import { TypedNumber } from './numeric.js';
import { isItemInvocable, type ItemInvocable } from './invocable.js';
import { getMember } from './values-members.js';
import { instanceMembersOf, isPropertyMember } from './instance-members.js';
import { evaluateScriptProperty } from './script-properties.js';
import { PSHashtable, PSObject } from './values.js';
import { hasWildcard, wildcardMatch } from './wildcard.js';
import { allPropertyNames } from './format.js';
import { PSErrorSignal, type ErrorRecord } from './errors.js';
import type { CmdletContext } from './cmdlet.js';

export interface PropertySpec {
  /** Column/property name: the name itself, or a calculated property's Name/Label. */
  name: string;
  /** A property name to read, or a script block to run with $_. */
  expression: string | ItemInvocable;
  /** A plain name (not a calculated property) that may hold wildcards. */
  plain: boolean;
  width?: number;
  align?: 'left' | 'right';
  descending?: boolean;
  /** The Format-* cmdlets' FormatString: the value is shown as `'{0:<format>}' -f value`. */
  formatString?: string;
  /** Format-Custom's Depth: how many levels of this property's value to open, instead of -Depth. */
  depth?: number;
}

/** A hashtable key that is not valid for this cmdlet, or a missing Expression. */
export class PropertySpecError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
  ) {
    super(message);
  }
}

export type SpecKey = 'name' | 'label' | 'expression' | 'width' | 'alignment' | 'ascending' | 'descending' | 'formatstring' | 'depth';

/** Parses -Property values; `keys` are the hashtable keys this cmdlet accepts (abbreviations allowed). */
export function parsePropertySpecs(values: unknown, keys: readonly SpecKey[]): PropertySpec[] {
  const list = values === null || values === undefined ? [] : Array.isArray(values) ? values : [values];
  return list.map((raw) => {
    const v = unwrap(raw);
    if (v instanceof PSHashtable) return parseHashtable(v, keys);
    if (isItemInvocable(v)) return { name: String(v), expression: v, plain: false };
    // pwsh takes a name, a script block or a dictionary; any other value (a number, a date, an object) is refused.
    if (typeof v !== 'string') {
      const type = v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject' ? 'System.Management.Automation.PSObject' : typeNameOf(raw);
      throw new PropertySpecError(`Cannot convert ${type} to one of the following types {System.String, System.Management.Automation.ScriptBlock}.`, 'DictionaryKeyUnknownType');
    }
    return { name: v, expression: v, plain: true };
  });
}

function parseHashtable(h: PSHashtable, allowed: readonly SpecKey[]): PropertySpec {
  const spec: Partial<PropertySpec> & { plain: false } = { plain: false };
  let expression: unknown;
  let hasExpression = false;
  for (const [rawKey, value] of h.entries()) {
    const key = toPSString(rawKey);
    const lower = key.toLowerCase();
    const matches = allowed.filter((k) => lower.length > 0 && k.startsWith(lower));
    // n/l are Name/Label; "Name" and "Label" are the same entry.
    const match = matches.length === 1 ? matches[0] : matches.includes('name') && lower.length ? 'name' : undefined;
    if (!match) throw new PropertySpecError(`The ${key} key is not valid.`, 'DictionaryKeyUnknownType');
    switch (match) {
      case 'name':
      case 'label':
        spec.name = toPSString(value);
        break;
      case 'expression':
        expression = unwrap(value);
        hasExpression = true;
        break;
      case 'width':
        spec.width = Number(unwrap(value));
        break;
      case 'alignment':
        spec.align = /^r/i.test(toPSString(value)) ? 'right' : 'left';
        break;
      case 'ascending':
        spec.descending = !value;
        break;
      case 'descending':
        spec.descending = Boolean(value);
        break;
      case 'formatstring':
        spec.formatString = toPSString(value);
        break;
      case 'depth': {
        const depth = unwrap(value);
        if (typeof depth !== 'number' || !Number.isInteger(depth)) {
          throw new PropertySpecError(`The "${key}" key has a type, ${typeNameOf(value)}, that is not valid; expected type is System.Int32.`, 'DictionaryKeyIllegalValue');
        }
        spec.depth = depth;
        break;
      }
    }
  }
  if (!hasExpression) throw new PropertySpecError('A mandatory entry for expression is missing.', 'DictionaryKeyMandatoryEntry');
  const expr = isItemInvocable(expression) ? expression : toPSString(expression);
  return { ...spec, name: spec.name ?? (typeof expr === 'string' ? expr : String(expr)), expression: expr, plain: false };
}

/**
 * A spec's value for one item ($null when the property is missing). With `failed`, an error a script
 * block raises is handed to it and the value is $null, as pwsh's MshExpression evaluation catches it.
 */
export async function evaluateSpec(spec: PropertySpec, item: unknown, signal: AbortSignal, failed?: (record: ErrorRecord) => Promise<void> | void): Promise<unknown> {
  const value = await specValue(spec, item, signal, failed);
  const format = spec.formatString;
  if (!format || value === null || value === undefined) return value;
  // pwsh's FormatField: a composite format (`{0:N2} KB`) formats the value in it, any other its ToString(format);
  // a format that fails shows the value as it is.
  try {
    const text = formatString(format.includes('{0') || format.includes('}') ? format : `{0:${format}}`, [value]);
    // A number keeps its place in a table's right-aligned column: its text goes with it, as a literal's does.
    const v = unwrap(value);
    if (typeof v === 'number') return new ArgumentNumber(v, text);
    if (v instanceof TypedNumber && v.type !== 'System.Char') return new ArgumentNumber(Number(v.value), text, v);
    return text;
  } catch (e) {
    if (e instanceof FormatStringError) return value;
    throw e;
  }
}

async function specValue(spec: PropertySpec, item: unknown, signal: AbortSignal, failed?: (record: ErrorRecord) => Promise<void> | void): Promise<unknown> {
  if (typeof spec.expression === 'string') {
    // A script property Add-Member gave the object: its getter runs now, as pwsh's adapter runs it
    // (unless a custom object's own property of that name shadows it); propertyOf then reads its value.
    const target = unwrap(item);
    if (!(target instanceof PSObject && target.get(spec.expression) !== undefined)) await evaluateScriptProperty(target, spec.expression, signal);
    return propertyOf(item, spec.expression);
  }
  if (!failed) return collapse(await spec.expression.invokeWithItem(item, signal));
  try {
    return collapse(await spec.expression.invokeWithItem(item, signal));
  } catch (e) {
    if (!(e instanceof PSErrorSignal) || e.stopException) throw e;
    await failed(e.record);
    return null;
  }
}

/** Every spec's value for one item, in order (script blocks run one after another, never interleaved). */
export async function evaluateSpecs(specs: readonly PropertySpec[], item: unknown, signal: AbortSignal, failed?: (record: ErrorRecord) => Promise<void> | void): Promise<unknown[]> {
  const values: unknown[] = [];
  for (const spec of specs) values.push(await evaluateSpec(spec, item, signal, failed));
  return values;
}

/** A property of any value: a custom object's note property, or a member the engine knows. */
export function propertyOf(item: unknown, name: string): unknown {
  const v = unwrap(item);
  // A custom object's own property, else one Add-Member gave it (getMember reads those first).
  if (v instanceof PSObject) return v.get(name) ?? (instanceMembersOf(v)?.get(name) ? getMember(v, name) : null) ?? null;
  return getMember(v, name) ?? null;
}

/** Whether the item has the property at all (Select-Object -ExpandProperty, Measure-Object). */
export function hasProperty(item: unknown, name: string): boolean {
  const v = unwrap(item);
  if (v instanceof PSObject) return v.get(name) !== undefined || isPropertyMember(instanceMembersOf(v)?.get(name));
  const got = getMember(v, name);
  return got !== null && got !== undefined;
}

/** Plain specs with wildcards become one spec per matching property of `item`, minus `exclude`. */
export function expandSpecs(specs: readonly PropertySpec[], item: unknown, exclude: readonly string[] = []): PropertySpec[] {
  const names = allPropertyNames(unwrap(item));
  const excluded = (n: string) => exclude.some((p) => wildcardMatch(p, n));
  const out: PropertySpec[] = [];
  for (const spec of specs) {
    if (spec.plain && hasWildcard(spec.name)) {
      for (const n of names) if (wildcardMatch(spec.name, n) && !excluded(n)) out.push({ name: n, expression: n, plain: true });
    } else if (!(spec.plain && excluded(spec.name))) out.push(spec);
  }
  // A name may come more than once (`a, *`): the Format-* cmdlets show it each time; Select-Object refuses the later ones.
  return out;
}

/**
 * How Sort-Object and Group-Object report a key whose script block failed (pwsh's ExpressionEvaluation):
 * the block's error goes to $Error, then the command writes its own, about the object (its key is $null).
 */
export function keyEvaluationFailure(ctx: CmdletContext, item: unknown): (record: ErrorRecord) => Promise<void> {
  return async (record) => {
    ctx.recordError(record);
    await ctx.writeError({ message: record.message, errorId: 'ExpressionEvaluation', category: 'InvalidResult', exceptionType: 'RuntimeException', targetObject: item, targetType: 'PSObject', thrownByThrowStatement: record.thrownByThrowStatement });
  };
}
