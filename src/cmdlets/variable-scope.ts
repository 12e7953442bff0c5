// What New-/Set-/Clear-/Remove-Variable share: the -Scope argument and their errors.

import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import * as R from '../engine/runtime-strings.js';
import type { ScopeName, ScopeRef, Session, Variable } from '../engine/session.js';
import { argumentException } from '../engine/paths.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { stringParam, stringsParam } from './param-builders.js';

export const scopeParam = () => stringParam('Scope', 'Global, Local, Script, or a number of scopes out from the current one (0 is the current scope, 1 its parent).', { completes: 'scope' });
export const includeExcludeParams = () => [
  stringsParam('Include', 'Only the variables whose names match these patterns.'),
  stringsParam('Exclude', 'Leaves out the variables whose names match these patterns.'),
];

/** The scope a -Scope value names (a name, or a number of scopes out), or throws PowerShell's argument error (undefined = the usual lookup). */
export function scopeOf(ctx: CmdletContext): ScopeRef | undefined {
  const scope = ctx.params.get<string>('Scope');
  if (scope === undefined || scope === null) return undefined;
  checkScopeArgument(ctx);
  return scopeNameOrNumber(scope);
}

const SCOPE_NAMES = /^\s*(global|local|script)\s*$/i;

/**
 * A -Scope that names no scope stops the command with PowerShell's errors (Get-Variable, Export-Alias,
 * Import-Alias): a number counts scopes outwards from the current one (0), and must be one that exists.
 */
export function checkScopeArgument(ctx: CmdletContext): void {
  const scope = ctx.params.get<string>('Scope');
  if (scope === undefined || scope === null || SCOPE_NAMES.test(scope)) return;
  const number = /^\s*[+-]?\d+\s*$/.test(scope) ? Number(scope) : undefined;
  if (number === undefined) ctx.throwTerminatingError(invalidScopeArgument());
  if (number < 0 || number > ctx.session.scopeDepth) {
    ctx.throwTerminatingError({
      message:
        number < 0
          ? `Cannot process argument because the value of argument "Scope" is out of range. Change argument "Scope" to a value that is within range. (Parameter 'Scope')\nActual value was ${number}.`
          : R.ScopeIDExceedsAvailableScopes(number),
      errorId: 'ArgumentOutOfRange',
      category: 'InvalidArgument',
      exceptionType: 'PSArgumentOutOfRangeException',
      exceptionFullName: 'System.Management.Automation.PSArgumentOutOfRangeException',
      targetObject: scope,
    });
  }
}

/** A -Scope that checkScopeArgument has let through: a scope's name, or how many scopes out. */
export function scopeNameOrNumber(scope: string): ScopeName | number {
  const s = scope.trim().toLowerCase();
  return s === 'global' || s === 'script' || s === 'local' ? s : Number(s);
}

/** A -Scope that is neither a scope name nor a number (PSArgumentException). */
export const invalidScopeArgument = (): ErrorSpec => argumentException(R.ScopeNotValid());

export const variableNotFound = (name: string): ErrorSpec => ({
  message: `Cannot find a variable with the name '${name}'.`,
  errorId: 'VariableNotFound',
  category: 'ObjectNotFound',
  exceptionType: 'ItemNotFoundException',
  exceptionFullName: 'System.Management.Automation.ItemNotFoundException',
  targetObject: name,
});

export const variableNotWritable = (name: string): ErrorSpec => ({
  message: `Cannot overwrite variable ${name} because it is read-only or constant.`,
  errorId: 'VariableNotWritable',
  category: 'WriteError',
  exceptionType: 'SessionStateUnauthorizedAccessException',
  exceptionFullName: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
  targetObject: name,
});

export const variableNotRemovable = (name: string): ErrorSpec => ({
  message: R.VariableNotRemovable(name),
  errorId: 'VariableNotRemovable',
  category: 'WriteError',
  exceptionType: 'SessionStateUnauthorizedAccessException',
  exceptionFullName: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
  targetObject: name,
});

/**
 * Removes variable `v` (Remove-Variable, Remove-Item variable:x): from `scope` when given, else from the
 * nearest scope that holds it. A constant, or a read-only one without `force`, stays: its error is returned.
 */
export function removeNearest(session: Session, v: Variable, force: boolean, scope?: ScopeRef): ErrorSpec | undefined {
  if (v.options.constant || (v.options.readOnly && !force)) return variableNotRemovable(v.name);
  for (const s of scope !== undefined ? [scope] : (['local', 'script', 'global'] as const)) {
    if (session.getVariable(v.name, s) === v) {
      session.removeVariable(v.name, s);
      break;
    }
  }
  return undefined;
}

/** The variables the -Name patterns (with -Include/-Exclude) name; reports a plain name that matches none. */
export async function matchingVariables(ctx: CmdletContext, names: string[], scope: ScopeRef | undefined): Promise<Variable[]> {
  const include = ctx.params.get<string[]>('Include') ?? [];
  const exclude = ctx.params.get<string[]>('Exclude') ?? [];
  const visible = scope !== undefined ? ctx.session.variablesIn(scope) : ctx.session.variables();
  const out: Variable[] = [];
  for (const pattern of names) {
    const found = visible.filter(
      (v) => wildcardMatch(pattern, v.name) && (include.length === 0 || include.some((p) => wildcardMatch(p, v.name))) && !exclude.some((p) => wildcardMatch(p, v.name)),
    );
    if (found.length === 0 && !hasWildcard(pattern)) await ctx.writeError(variableNotFound(pattern));
    out.push(...found.filter((v) => !out.includes(v)));
  }
  return out;
}
