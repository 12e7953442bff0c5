// Get-Variable: lists session variables as Name/Value objects, filtered by wildcard patterns.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { PSObject } from '../engine/values.js';
import type { Variable } from '../engine/session.js';
import { UTILITY } from './modules.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';

const byName = new Intl.Collator('en', { sensitivity: 'base' });
/** The shell has one scope; these are the names PowerShell would accept for it at the prompt. */
const SCOPES = /^(global|local|script|0)$/i;

export function variableObject(v: Variable): PSObject {
  return new PSObject(
    'System.Management.Automation.PSVariable',
    { Name: v.name, Value: v.value, Description: v.options.description ?? '', Options: optionsText(v) },
    ['Name', 'Value'],
  );
}

function optionsText(v: Variable): string {
  if (v.options.constant) return 'Constant';
  if (v.options.readOnly) return 'ReadOnly';
  return 'None';
}

export const getVariable: CmdletDefinition = {
  name: 'Get-Variable',
  implementingType: 'Microsoft.PowerShell.Commands.GetVariableCommand',
  module: UTILITY,
  synopsis: 'Gets the variables in the current session.',
  parameters: [
    {
      name: 'Name',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ALL_SETS]: { position: 0, valueFromPipelineByPropertyName: true } },
      validateNotNullOrEmpty: true,
      description: 'Names of the variables to get; wildcards are allowed.',
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
    },
  ],
  async process(ctx) {
    const scope = ctx.params.get<string>('Scope');
    if (scope !== undefined && scope !== null && !SCOPES.test(scope)) {
      return ctx.throwTerminatingError({
        message: `The scope '${scope}' does not exist in this shell. It has one scope, which Global, Local, Script and 0 all name.`,
        errorId: 'ArgumentOutOfRange',
        category: 'InvalidArgument',
        exceptionType: 'PSArgumentOutOfRangeException',
        targetObject: scope,
      });
    }
    const patterns = ctx.params.get<string[]>('Name') ?? ['*'];
    const include = ctx.params.get<string[]>('Include') ?? [];
    const exclude = ctx.params.get<string[]>('Exclude') ?? [];
    const all = ctx.session.variables();
    const found = new Map<string, Variable>();
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
      for (const v of matches) found.set(v.name.toLowerCase(), v);
    }
    const sorted = [...found.values()].sort((a, b) => byName.compare(a.name, b.name));
    const valueOnly = ctx.params.get('ValueOnly') === true;
    for (const v of sorted) ctx.writeObject(valueOnly ? v.value : variableObject(v), false);
  },
};
