// $PSDefaultParameterValues: default arguments for the parameters of cmdlets and advanced functions,
// keyed `CommandName:ParameterName` (wildcards in both parts), as pwsh 7.6.10 applies them:
// - a key must have a command and a parameter part around its first `:` (or be `Disabled`); the
//   variable is a DefaultParameterDictionary, and assigning a hashtable with another key fails;
// - a default binds to a parameter (or alias) that the command line left unbound and that the parameter
//   sets still possible have; simple functions (no [CmdletBinding()] or [Parameter()]) take none;
// - two keys that give one parameter different values cancel each other, with a warning;
// - a script block is run (its $args[0] the binding so far) and what it returns is the value;
// - a value that does not bind is dropped with a warning naming the binding error;
// - `Disabled` set to a true value turns them all off.

import { ConversionError } from './conversion-error.js';
import { castFailure, isTrue, toPSString, unwrap } from './convert.js';
import type { ParameterMetadata } from './cmdlet.js';
import { DotNetException } from './member-error.js';
import { PSHashtable } from './values.js';
import { wildcardMatch } from './wildcard.js';

export const DEFAULT_PARAMETER_DICTIONARY = 'System.Management.Automation.DefaultParameterDictionary';

const badKey = (key: string) =>
  `The key '${key}' does not have a valid format. For information about the correct format, see about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266.`;

/** The key as stored (trimmed); throws pwsh's message for one without both parts. */
function checkedKey(key: unknown): unknown {
  if (typeof key !== 'string') return key;
  const trimmed = key.trim();
  if (trimmed.toLowerCase() === 'disabled') return trimmed;
  const colon = trimmed.indexOf(':');
  if (colon <= 0 || trimmed.slice(0, colon).trim() === '' || trimmed.slice(colon + 1).trim() === '') throw new DotNetException(badKey(key), 'InvalidOperationException');
  return trimmed;
}

/** System.Management.Automation.DefaultParameterDictionary: a Hashtable that checks its keys. */
export class DefaultParameterDictionary extends PSHashtable {
  constructor() {
    super(false);
    this.hashtableSubclass = DEFAULT_PARAMETER_DICTIONARY;
  }
  override set(key: unknown, value: unknown): void {
    super.set(checkedKey(key), value);
  }
}

/** The variable's type constraint: a hashtable assigned to it becomes a DefaultParameterDictionary. */
export function toDefaultParameterDictionary(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined || v instanceof DefaultParameterDictionary) return v;
  if (!(v instanceof PSHashtable)) throw castFailure(value, DEFAULT_PARAMETER_DICTIONARY);
  const table = new DefaultParameterDictionary();
  for (const [key, item] of v.entries()) {
    try {
      table.set(key, item);
    } catch (e) {
      if (!(e instanceof DotNetException)) throw e;
      throw new ConversionError(`Cannot convert value "${toPSString(v)}" to type "${DEFAULT_PARAMETER_DICTIONARY}". Error: "${e.message}"`);
    }
  }
  return table;
}

export interface DefaultArgument {
  readonly param: ParameterMetadata;
  readonly value: unknown;
}

/**
 * The defaults `table` gives `commandName`'s `parameters` (those still unbound), and the parameter
 * patterns whose keys disagree (each one's parameter then gets no default).
 */
export function matchDefaults(table: unknown, commandName: string, parameters: readonly ParameterMetadata[]): { defaults: DefaultArgument[]; conflicts: string[] } {
  const none = { defaults: [], conflicts: [] };
  const t = unwrap(table);
  if (!(t instanceof PSHashtable) || t.size === 0 || isTrue(t.get('Disabled'))) return none;
  const found = new Map<ParameterMetadata, { value: unknown; conflicted: boolean }>();
  const conflicts: string[] = [];
  for (const [rawKey, value] of t.entries()) {
    if (typeof rawKey !== 'string') continue;
    const colon = rawKey.indexOf(':');
    if (colon <= 0) continue;
    const command = rawKey.slice(0, colon).trim();
    const parameter = rawKey.slice(colon + 1).trim();
    if (!wildcardMatch(command, commandName)) continue;
    for (const p of parameters) {
      if (![p.name, ...(p.aliases ?? [])].some((n) => wildcardMatch(parameter, n))) continue;
      const earlier = found.get(p);
      if (!earlier) found.set(p, { value, conflicted: false });
      else if (!earlier.conflicted && unwrap(earlier.value) !== unwrap(value)) {
        earlier.conflicted = true;
        conflicts.push(parameter);
      }
    }
  }
  return { defaults: [...found].filter(([, f]) => !f.conflicted).map(([param, f]) => ({ param, value: f.value })), conflicts };
}

export const conflictWarning = (parameter: string) =>
  `Multiple different default values are defined in $PSDefaultParameterValues for the parameter matching the following name or alias: ${parameter}. These defaults have been ignored.`;

export const bindingFailedWarning = (value: unknown, parameter: string, reason: string) =>
  `The binding of default value '${toPSString(value)}' to parameter '${parameter}' failed: ${reason}`;
