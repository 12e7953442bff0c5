// Set-Alias (`sal`): creates or changes an alias. Its target need not exist yet; running the alias
// then says its target is not recognized. Aliases are session-wide here (no scopes).

import type { CmdletContext, CmdletDefinition, ParameterMetadata } from '../engine/cmdlet.js';
import { operationQuestion, shouldProcess, type ShouldProcessSupport } from '../engine/should-process.js';
import { aliasObject } from './get-alias.js';
import { UTILITY } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const SUPPORT: ShouldProcessSupport = { supportsShouldProcess: true, confirmImpact: 'Low' };

/** The parameters Set-Alias and New-Alias share. */
export function aliasParams(): ParameterMetadata[] {
  return [
    stringParam('Name', 'The alias.', { sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Value', 'The command (or other alias) it runs.', { sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringParam('Description', 'A description of the alias.', { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
    stringParam('Option', 'Accepted: None, ReadOnly, Constant, Private, AllScope (aliases keep no options here).', { validateSet: ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'] }),
    switchParam('PassThru', 'Returns the alias.'),
    stringParam('Scope', 'Accepted; aliases are session-wide here.'),
    switchParam('Force', 'New-Alias: replaces an alias that exists.'),
  ];
}

/** Registers the alias the bound parameters describe, -WhatIf and -Confirm permitting (and writes it with -PassThru). */
export async function defineAlias(ctx: CmdletContext, action: 'Set Alias' | 'New Alias'): Promise<void> {
  const alias = { name: ctx.params.get<string>('Name')!, target: ctx.params.get<string>('Value')!, description: ctx.params.get<string>('Description') };
  if (!(await shouldProcess(ctx, SUPPORT, operationQuestion(`Name: ${alias.name} Value: ${alias.target}`, action)))) return;
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
