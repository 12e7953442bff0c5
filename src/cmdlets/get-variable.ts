// Get-Variable: lists session variables as Name/Value objects, filtered by wildcard patterns.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { variableObject, variablesOfEveryScope } from './variable-info.js';
import type { ScopeName, Variable } from '../engine/session.js';
import { UTILITY } from './modules.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { checkScopeArgument, scopeNameOrNumber, variableNotFound } from './variable-scope.js';

// Made on first use: creating a Collator loads ICU's collation data (tens of ms at start-up).
let byName: Intl.Collator | undefined;

export const getVariable = lazyCmdlet('Get-Variable', (): CmdletDefinition => ({
  name: 'Get-Variable',
  implementingType: 'Microsoft.PowerShell.Commands.GetVariableCommand',
  module: UTILITY,
  synopsis: 'Gets the variables in the current session.',
  parameters: [
    {
      name: 'Name',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ALL_SETS]: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      validateNotNullOrEmpty: true,
      description: 'Names of the variables to get; wildcards are allowed.',
      completes: 'variable',
    },
    {
      name: 'ValueOnly',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [ALL_SETS]: {} },
      description: 'Returns only the values, not Name/Value objects.',
    },
    {
      name: 'Include',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ALL_SETS]: {} },
      description: 'Keeps only the variables whose names match these patterns.',
    },
    {
      name: 'Exclude',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ALL_SETS]: {} },
      description: 'Leaves out the variables whose names match these patterns.',
    },
    {
      name: 'Scope',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ALL_SETS]: {} },
      description: 'The scope to read: Global, Local, Script, or a number of scopes out from the current one (0).',
      completes: 'scope',
    },
  ],
  async process(ctx) {
    checkScopeArgument(ctx);
    const scope = ctx.params.get<string>('Scope');
    const patterns = ctx.params.get<string[]>('Name') ?? ['*'];
    const include = ctx.params.get<string[]>('Include') ?? [];
    const exclude = ctx.params.get<string[]>('Exclude') ?? [];
    // -Scope reads that scope's own variables (a number counts scopes outwards from this one, 0).
    const all = scope === undefined || scope === null ? ctx.session.variables() : scopeVariables(ctx, scopeNameOrNumber(scope));
    // Each name's matches in name order, the names in the order given, each variable once.
    const found = new Map<string, Variable>();
    const sortByName = (vs: Variable[]) => vs.sort((a, b) => (byName ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(a.name, b.name));
    for (const pattern of patterns) {
      const matches = all.filter(
        (v) =>
          wildcardMatch(pattern, v.name) &&
          (include.length === 0 || include.some((p) => wildcardMatch(p, v.name))) &&
          !exclude.some((p) => wildcardMatch(p, v.name)),
      );
      if (matches.length === 0 && !hasWildcard(pattern)) {
        await ctx.writeError(variableNotFound(pattern));
      }
      for (const v of sortByName(matches)) if (!found.has(v.name.toLowerCase())) found.set(v.name.toLowerCase(), v);
    }
    const sorted = [...found.values()];
    const valueOnly = ctx.params.get('ValueOnly') === true;
    for (const v of sorted) ctx.writeObject(valueOnly ? v.value : variableObject(v, ctx.session), false);
  },
}));

/** The variables a scope holds itself, with those pwsh puts in every scope (variablesOfEveryScope). */
function scopeVariables(ctx: CmdletContext, scope: ScopeName | number): Variable[] {
  const { session } = ctx;
  const own = session.variablesIn(scope);
  if (session.scopeHandle(scope) === session.scopeHandle('global')) return own;
  const names = new Set(own.map((v) => v.name.toLowerCase()));
  // A function's or script's scope: the one its $PSBoundParameters is in.
  for (const name of variablesOfEveryScope(names.has('psboundparameters'))) {
    const v = names.has(name) ? undefined : session.getVariable(name, 'global') ?? session.getVariable(name);
    if (v) own.push(v);
  }
  return own;
}
