// Remove-Variable (`rv`): deletes variables; read-only ones only with -Force, constants never.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { UTILITY } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { includeExcludeParams, matchingVariables, removeNearest, scopeOf, scopeParam } from './variable-scope.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const removeVariable = lazyCmdlet('Remove-Variable', (): CmdletDefinition => ({
  name: 'Remove-Variable',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveVariableCommand',
  module: UTILITY,
  synopsis: 'Deletes a variable and its value.',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Name', 'The names, without `$`; wildcards allowed.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, completes: 'variable' }),
    ...includeExcludeParams(),
    switchParam('Force', 'Removes read-only variables too (never constants).'),
    scopeParam(),
  ],
  async process(ctx) {
    // Without -Scope, pwsh removes from the current scope only: a function's `Remove-Variable x` does
    // not find the caller's x.
    const scope = scopeOf(ctx) ?? 'local';
    for (const v of await matchingVariables(ctx, ctx.params.get<string[]>('Name') ?? [], scope)) {
      if (!(await cmdletShouldProcess(ctx, `Name: ${v.name}`, 'Remove variable'))) continue;
      const refused = removeNearest(ctx.session, v, ctx.params.get('Force') === true, scope);
      if (refused) await ctx.writeError(refused);
    }
  },
}));
