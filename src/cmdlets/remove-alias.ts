// Remove-Alias: removes aliases by name (no wildcards, as in pwsh). A ReadOnly alias goes only with
// -Force, a Constant one never; aliases are session-wide here, so -Scope is accepted and ignored.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { AliasProtectedError, removeAlias } from '../engine/session-items.js';
import { aliasNotFound, aliasProtected } from './get-alias.js';
import { UTILITY } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const removeAliasCmdlet = lazyCmdlet('Remove-Alias', (): CmdletDefinition => ({
  name: 'Remove-Alias',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveAliasCommand',
  module: UTILITY,
  synopsis: 'Remove an alias from the current session.',
  parameters: [
    stringsParam('Name', 'The aliases to remove (names as they are: no wildcards).', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Scope', 'Accepted; aliases are session-wide here.'),
    switchParam('Force', 'Removes a ReadOnly alias too (a Constant one never goes).'),
  ],
  async process(ctx) {
    const table = ctx.commands.table?.();
    for (const name of ctx.params.get<string[]>('Name') ?? []) {
      if (!table?.alias(name)) {
        await ctx.writeError(aliasNotFound(name));
        continue;
      }
      try {
        removeAlias(table, name, ctx.params.get('Force') === true);
      } catch (e) {
        if (!(e instanceof AliasProtectedError)) throw e;
        await ctx.writeError(aliasProtected(e));
      }
    }
  },
}));
