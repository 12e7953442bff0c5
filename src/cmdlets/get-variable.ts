// Get-Variable: lists session variables as Name/Value objects, filtered by wildcard patterns.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { variableObject } from './variable-info.js';
import type { Variable } from '../engine/session.js';
import { UTILITY } from './modules.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { checkScopeArgument } from './variable-scope.js';

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
      description: 'The scope to read: Global, Local, Script or 0 (the shell has a single scope).',
      completes: 'scope',
    },
  ],
  async process(ctx) {
    checkScopeArgument(ctx);
    const patterns = ctx.params.get<string[]>('Name') ?? ['*'];
    const include = ctx.params.get<string[]>('Include') ?? [];
    const exclude = ctx.params.get<string[]>('Exclude') ?? [];
    const all = ctx.session.variables();
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
        await ctx.writeError({
          message: `Cannot find a variable with the name '${pattern}'.`,
          errorId: 'VariableNotFound',
          category: 'ObjectNotFound',
          exceptionType: 'ItemNotFoundException',
          exceptionFullName: 'System.Management.Automation.ItemNotFoundException',
          targetObject: pattern,
        });
      }
      for (const v of sortByName(matches)) if (!found.has(v.name.toLowerCase())) found.set(v.name.toLowerCase(), v);
    }
    const sorted = [...found.values()];
    const valueOnly = ctx.params.get('ValueOnly') === true;
    for (const v of sorted) ctx.writeObject(valueOnly ? v.value : variableObject(v, ctx.session), false);
  },
}));
