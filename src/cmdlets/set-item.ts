// Set-Item (`si`): the value of an environment variable, variable, function or alias through its drive
// (`Set-Item Env:SPO_URL https://contoso-admin.sharepoint.com`, `Set-Item function:prompt { 'spo> ' }`).
// Checked with pwsh 7.6.10: the item is made when missing; $null removes an environment variable; a
// read-only variable is VariableNotWritable; -PassThru writes the item; the file system's provider has no
// item values, so a file path is pwsh's "Provider operation stopped ..." NotSupported error.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import * as R from '../engine/runtime-strings.js';
import { MANAGEMENT } from './modules.js';
import { objectParam, stringsParam, switchParam } from './param-builders.js';
import { itemsOrReport, sessionItem, sessionPath, sessionPathTo, setOrReport, type SessionPath } from './session-providers.js';
import { hasWildcard } from '../engine/wildcard.js';
import { nameFilterParameters, nameFiltersOf, namePasses, refuseSessionFilter } from './provider-filters.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

export const setItem = lazyCmdlet('Set-Item', (): CmdletDefinition => ({
  name: 'Set-Item',
  implementingType: 'Microsoft.PowerShell.Commands.SetItemCommand',
  module: MANAGEMENT,
  synopsis: 'Sets the value of an environment variable, variable, function or alias through its drive.',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    stringsParam('Path', 'The items to set (Env:NAME, Variable:NAME, Function:NAME, Alias:NAME); wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The items to set, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    objectParam('Value', 'The new value: text for an environment variable or alias, a script block or text for a function.', 'System.Object', {
      sets: { Path: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true }, LiteralPath: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    }),
    switchParam('Force', 'Accepted as in pwsh (read-only variables stay read-only).'),
    switchParam('PassThru', 'Writes the item after setting it.'),
    ...nameFilterParameters(),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx);
    const literal = ctx.params.get<string[]>('LiteralPath');
    for (const typed of literal ?? ctx.params.get<string[]>('Path') ?? []) {
      const path = sessionPath(typed);
      if (!path) {
        await ctx.writeError({
          message: 'Provider operation stopped because the provider does not support this operation.',
          errorId: 'NotSupported',
          category: 'NotImplemented',
          exceptionType: 'PSNotSupportedException',
          exceptionFullName: 'System.Management.Automation.PSNotSupportedException',
        });
        continue;
      }
      await setSessionItems(ctx, path, typed, literal !== undefined);
    }
  },
}));

async function setSessionItems(ctx: CmdletContext, path: SessionPath, typed: string, literal: boolean): Promise<void> {
  if (path.name === '') {
    await ctx.writeError({ message: R.ArgumentNull('name'), errorId: 'ArgumentNull', category: 'InvalidArgument', exceptionType: 'PSArgumentNullException', exceptionFullName: 'System.Management.Automation.PSArgumentNullException' });
    return;
  }
  refuseSessionFilter(ctx);
  const value = ctx.params.get('Value') ?? null;
  // A wildcard sets the items it matches; a plain name is set (or made) whether or not it exists. Either
  // way -Include and -Exclude leave names out without a word (pwsh 7.6.10).
  const names = !literal && hasWildcard(path.name) ? await itemsOrReport(ctx, path, typed, literal) : [path.name];
  const filters = nameFiltersOf(ctx);
  for (const name of names.filter((n) => namePasses(n, filters))) {
    if (!(await setOrReport(ctx, sessionPathTo(path, name), value, 'Set Item'))) continue;
    // $null removes an environment variable (and a function or alias): nothing is left to write.
    if (ctx.params.get('PassThru') === true && value !== null) ctx.writeObject(sessionItem(ctx, path.provider, name));
  }
}
