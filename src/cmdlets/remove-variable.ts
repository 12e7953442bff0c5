// Remove-Variable (`rv`): deletes variables; read-only ones only with -Force, constants never.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { UTILITY } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { includeExcludeParams, matchingVariables, scopeOf, scopeParam, variableNotRemovable } from './variable-scope.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const removeVariable = lazyCmdlet('Remove-Variable', (): CmdletDefinition => ({
  name: 'Remove-Variable',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveVariableCommand',
  module: UTILITY,
  synopsis: 'Deletes a variable and its value.',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Name', 'The names, without `$`; wildcards allowed.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    ...includeExcludeParams(),
    switchParam('Force', 'Removes read-only variables too (never constants).'),
    scopeParam(),
  ],
  async process(ctx) {
    const scope = scopeOf(ctx);
    for (const v of await matchingVariables(ctx, ctx.params.get<string[]>('Name') ?? [], scope)) {
      if (v.options.constant || (v.options.readOnly && ctx.params.get('Force') !== true)) {
        await ctx.writeError(variableNotRemovable(v.name));
        continue;
      }
      // Without -Scope the nearest variable of that name goes, wherever it lives.
      for (const s of scope ? [scope] : (['local', 'script', 'global'] as const)) {
        if (ctx.session.getVariable(v.name, s) === v) {
          ctx.session.removeVariable(v.name, s);
          break;
        }
      }
    }
  },
}));
