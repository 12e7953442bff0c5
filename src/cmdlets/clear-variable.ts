// Clear-Variable (`clv`): sets variables to $null, keeping them; read-only ones only with -Force.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { variableObject } from './variable-info.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { UTILITY } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { includeExcludeParams, matchingVariables, scopeOf, scopeParam, variableNotWritable } from './variable-scope.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const clearVariable = lazyCmdlet('Clear-Variable', (): CmdletDefinition => ({
  name: 'Clear-Variable',
  implementingType: 'Microsoft.PowerShell.Commands.ClearVariableCommand',
  module: UTILITY,
  synopsis: 'Deletes the value of a variable.',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Name', 'The names, without `$`; wildcards allowed.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, completes: 'variable' }),
    ...includeExcludeParams(),
    switchParam('Force', 'Clears read-only variables too (never constants).'),
    switchParam('PassThru', 'Returns the cleared variables.'),
    scopeParam(),
  ],
  async process(ctx) {
    const scope = scopeOf(ctx);
    for (const v of await matchingVariables(ctx, ctx.params.get<string[]>('Name') ?? [], scope)) {
      if (!(await cmdletShouldProcess(ctx, `Name: ${v.name}`, 'Clear variable'))) continue;
      if (v.options.constant || (v.options.readOnly && ctx.params.get('Force') !== true)) {
        await ctx.writeError(variableNotWritable(v.name));
        continue;
      }
      // Without -Scope pwsh sets the name to $null where an assignment would: a variable of an outer
      // scope stays as it is, hidden by a new local one.
      let cleared = v;
      if (scope !== undefined) v.value = null;
      else {
        const readOnly = v.options.readOnly === true;
        if (readOnly) v.options = { ...v.options, readOnly: false };
        try {
          ctx.session.setVariable(v.name, null);
        } finally {
          if (readOnly) v.options = { ...v.options, readOnly: true };
        }
        cleared = ctx.session.getVariable(v.name) ?? v;
      }
      if (ctx.params.get('PassThru') === true) ctx.writeObject(variableObject(cleared, ctx.session));
    }
  },
}));
