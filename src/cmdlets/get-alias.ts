// Get-Alias (`gal`): the shell's aliases as AliasInfo rows (Get-Command's table: `gal -> Get-Alias`).

import type { AliasDefinition, CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import { EnumValue, PSObject } from '../engine/values.js';
import type { AliasProtectedError } from '../engine/session-items.js';
import { SCOPED_ITEM_OPTIONS } from './enums.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { commandObject } from './get-command.js';
import { UTILITY } from './modules.js';
import { stringParam, stringsParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const ALIAS_INFO = 'System.Management.Automation.AliasInfo';
const DISPLAYED = ['CommandType', 'Name', 'Version', 'Source'];

export const aliasNotFound = (name: string, by: 'name' | 'definition' = 'name'): ErrorSpec => ({
  message: `This command cannot find a matching alias because an alias with the ${by} '${name}' does not exist.`,
  errorId: 'ItemNotFoundException',
  category: 'ObjectNotFound',
  exceptionType: 'ItemNotFoundException',
  exceptionFullName: 'System.Management.Automation.ItemNotFoundException',
  targetObject: name,
});

/** An alias's options refusing a change (Set-Alias, Set-Item, Remove-Item): SessionStateUnauthorizedAccessException. */
export const aliasProtected = (e: AliasProtectedError): ErrorSpec => ({
  message: e.message,
  errorId: e.errorId,
  category: 'WriteError',
  exceptionType: 'SessionStateUnauthorizedAccessException',
  exceptionFullName: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
  targetObject: e.aliasName,
});

/**
 * An alias as Get-Alias, Set-Alias -PassThru and New-Alias -PassThru write it (Get-Command's alias row):
 * its Definition as typed (`Set-Alias zz gci` shows `zz -> gci`), its ScopedItemOptions.
 */
export function aliasObject(ctx: CmdletContext, alias: AliasDefinition): PSObject {
  const target = ctx.commands.resolve(alias.target);
  const row = target
    ? commandObject({ kind: 'Alias', name: alias.name, definition: target.definition, alias }, ctx.commands)
    : new PSObject(ALIAS_INFO, { CommandType: 'Alias', Name: alias.name, DisplayName: `${alias.name} -> ${alias.target}`, Version: '', Source: '', Definition: alias.target, ReferencedCommand: null }, DISPLAYED, alias.name);
  // An alias of an alias refers to that alias (`(Get-Alias zz).ReferencedCommand.Name` is gci), and pwsh
  // leaves its ResolvedCommandName empty.
  const inner = ctx.commands.alias?.(alias.target);
  if (target && inner && inner.name.toLowerCase() !== alias.name.toLowerCase()) {
    row.properties.set('ResolvedCommandName', null);
    row.properties.set('ReferencedCommand', aliasObject(ctx, inner));
  }
  row.properties.set('Description', alias.description ?? '');
  row.properties.set('Options', EnumValue.of(SCOPED_ITEM_OPTIONS, alias.options ?? 0));
  return row;
}

export const getAlias = lazyCmdlet('Get-Alias', (): CmdletDefinition => ({
  name: 'Get-Alias',
  implementingType: 'Microsoft.PowerShell.Commands.GetAliasCommand',
  module: UTILITY,
  synopsis: 'Gets the aliases for the current session.',
  parameters: [
    stringsParam('Name', 'The aliases to get (wildcards allowed); all of them by default.', { sets: { Default: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, completes: 'alias' }),
    stringsParam('Exclude', 'Leaves out the aliases these names match (with -Definition, the aliases of the commands they match).'),
    stringParam('Scope', 'Accepted; aliases are session-wide here.', { completes: 'scope' }),
    stringsParam('Definition', 'Gets the aliases of these commands (wildcards allowed).', { sets: { Definition: {} }, completes: 'command' }),
  ],
  defaultParameterSet: 'Default',
  async process(ctx) {
    const all = ctx.commands.aliases();
    const definitions = ctx.params.get<string[]>('Definition');
    // -Definition matches (and -Exclude leaves out) by the aliased command, -Name by the alias's name.
    const key = (a: AliasDefinition) => (definitions ? a.target : a.name);
    const excluded = (a: AliasDefinition) => (ctx.params.get<string[]>('Exclude') ?? []).some((x) => wildcardMatch(x, key(a)));
    // One pattern at a time, in the order given, each one's aliases by name (pwsh lists them again for a repeat).
    for (const pattern of definitions ?? ctx.params.get<string[]>('Name') ?? ['*']) {
      const found = all.filter((a) => wildcardMatch(pattern, key(a)));
      // An alias that matched but is excluded is no failure.
      if (found.length === 0 && !hasWildcard(pattern)) await ctx.writeError(aliasNotFound(pattern, definitions ? 'definition' : 'name'));
      for (const a of found) if (!excluded(a)) ctx.writeObject(aliasObject(ctx, a));
    }
  },
}));
