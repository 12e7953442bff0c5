// Clear-Item (`cli`): clears items of the session drives as pwsh does: a variable's value becomes $null
// (Variable:), an environment variable, function or alias is removed (Env:, Function:, Alias:). The
// FileSystem provider cannot clear an item: pwsh's NotSupported error, which ends the statement
// (Clear-Content empties a file).

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import * as R from '../engine/runtime-strings.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { namedItems } from './item-properties.js';
import { MANAGEMENT } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { nameFilterParameters, nameFiltersOf, namePasses } from './provider-filters.js';
import { clearSessionItem, itemsOrReport, ProviderItemError, sessionPath } from './session-providers.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

export const clearItem = lazyCmdlet('Clear-Item', (): CmdletDefinition => ({
  name: 'Clear-Item',
  implementingType: 'Microsoft.PowerShell.Commands.ClearItemCommand',
  module: MANAGEMENT,
  synopsis: 'Clears the contents of an item, but does not delete the item.',
  supportsShouldProcess: true,
  defaultParameterSet: 'Path',
  parameters: [
    stringsParam('Path', 'The items; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The items, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    switchParam('Force', 'Clears read-only variables and aliases too (never constants).'),
    ...nameFilterParameters(),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    for (const typed of literal ?? ctx.params.get<string[]>('Path') ?? []) {
      const session = sessionPath(typed);
      if (session) {
        // -Include/-Exclude test the names there too (pwsh 7.6.10: `Clear-Item variable:zz* -Include zz1`).
        const filters = nameFiltersOf(ctx);
        for (const name of await itemsOrReport(ctx, session, typed, literal !== undefined)) if (namePasses(name, filters)) await clear(ctx, session.provider, name);
        continue;
      }
      // pwsh throws it: it ends the statement, and `2>$null` does not take it.
      for (const _ of await namedItems(ctx, [typed], literal !== undefined, nameFiltersOf(ctx))) {
        ctx.throwTerminatingError({
          message: R.ProviderOperationNotSupported(),
          errorId: 'NotSupported',
          category: 'NotImplemented',
          exceptionType: 'PSNotSupportedException',
          exceptionFullName: 'System.Management.Automation.PSNotSupportedException',
        });
      }
    }
  },
}));

async function clear(ctx: CmdletContext, provider: Parameters<typeof clearSessionItem>[1], name: string): Promise<void> {
  if (!(await cmdletShouldProcess(ctx, `Item: ${name}`, 'Clear Item'))) return;
  try {
    clearSessionItem(ctx, provider, name, ctx.params.get('Force') === true);
  } catch (e) {
    if (!(e instanceof ProviderItemError)) throw e;
    await ctx.writeError(e.spec);
  }
}
