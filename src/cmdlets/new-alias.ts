// New-Alias (`nal`): creates an alias; one that exists already is an error unless -Force.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { UTILITY } from './modules.js';
import { aliasParams, defineAlias } from './set-alias.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const newAlias = lazyCmdlet('New-Alias', (): CmdletDefinition => ({
  name: 'New-Alias',
  implementingType: 'Microsoft.PowerShell.Commands.NewAliasCommand',
  module: UTILITY,
  synopsis: 'Creates a new alias.',
  supportsShouldProcess: true,
  parameters: aliasParams(),
  async process(ctx) {
    const name = ctx.params.get<string>('Name')!;
    if (ctx.params.get('Force') !== true && ctx.commands.alias?.(name)) {
      await ctx.writeError({
        message: `The alias is not allowed, because an alias with the name '${name}' already exists.`,
        errorId: 'AliasAlreadyExists',
        category: 'ResourceExists',
        exceptionType: 'SessionStateException',
        exceptionFullName: 'System.Management.Automation.SessionStateException',
        targetObject: name,
      });
      return;
    }
    await defineAlias(ctx, 'New Alias');
  },
}));
