// Set-Alias (`sal`): creates or changes an alias. Its target need not exist yet; running the alias
// then says its target is not recognized. Aliases are session-wide here (no scopes).

import type { AliasDefinition, CmdletContext, CmdletDefinition, ParameterMetadata } from '../engine/cmdlet.js';
import type { EnumValue } from '../engine/values.js';
import { AliasProtectedError, aliasIsProtected } from '../engine/session-items.js';
import { optionParam } from './new-variable.js';
import * as R from '../engine/runtime-strings.js';
import { operationQuestion, shouldProcess, type ShouldProcessSupport } from '../engine/should-process.js';
import { aliasObject, aliasProtected } from './get-alias.js';
import { UTILITY } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const ALL_SCOPE = 8;

const SUPPORT: ShouldProcessSupport = { supportsShouldProcess: true, confirmImpact: 'Low' };

/** The parameters Set-Alias and New-Alias share. */
export function aliasParams(): ParameterMetadata[] {
  return [
    stringParam('Name', 'The alias.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Value', 'The command (or other alias) it runs.', { sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } }, completes: 'command' }),
    stringParam('Description', 'A description of the alias.', { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
    { ...optionParam(), description: 'None, or a combination of ReadOnly (changed or removed only with -Force), Constant (never changed or removed), Private and AllScope (kept and shown; aliases are session-wide here).' },
    switchParam('PassThru', 'Returns the alias.'),
    stringParam('Scope', 'Accepted; aliases are session-wide here.', { completes: 'scope' }),
    switchParam('Force', 'Replaces a ReadOnly alias (and, for New-Alias, any alias that exists).'),
  ];
}

/** Registers the alias the bound parameters describe, -WhatIf and -Confirm permitting (and writes it with -PassThru). */
export async function defineAlias(ctx: CmdletContext, action: 'Set Alias' | 'New Alias'): Promise<void> {
  const options = ctx.params.get<EnumValue>('Option')?.value ?? 0;
  const alias: AliasDefinition = { name: ctx.params.get<string>('Name')!, target: ctx.params.get<string>('Value')!, description: ctx.params.get<string>('Description'), ...(options ? { options } : {}) };
  if (!(await shouldProcess(ctx, SUPPORT, operationQuestion(`Name: ${alias.name} Value: ${alias.target}`, action)))) return;
  // A ReadOnly alias is replaced only with -Force, a Constant one never.
  const existing = ctx.commands.alias?.(alias.name);
  if (aliasIsProtected(existing, ctx.params.get('Force') === true)) {
    await ctx.writeError(aliasProtected(new AliasProtectedError(existing!.name, false)));
    return;
  }
  // The new alias takes the options given: AllScope, once set, cannot be dropped.
  if (existing?.options && existing.options & ALL_SCOPE && !(options & ALL_SCOPE)) {
    await ctx.writeError({ ...aliasProtected(new AliasProtectedError(existing.name, false)), message: R.AliasAllScopeOptionCannotBeRemoved(existing.name), errorId: 'AliasAllScopeOptionCannotBeRemoved' });
    return;
  }
  ctx.commands.registerAlias?.(alias);
  if (ctx.params.get('PassThru') === true) ctx.writeObject(aliasObject(ctx, alias));
}

export const setAlias = lazyCmdlet('Set-Alias', (): CmdletDefinition => ({
  name: 'Set-Alias',
  implementingType: 'Microsoft.PowerShell.Commands.SetAliasCommand',
  module: UTILITY,
  synopsis: 'Creates or changes an alias for a cmdlet or other command in the current PowerShell session.',
  supportsShouldProcess: true,
  parameters: aliasParams(),
  async process(ctx) {
    await defineAlias(ctx, 'Set Alias');
  },
}));
