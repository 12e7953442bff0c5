// Export-ModuleMember: names (wildcards allowed) the functions, variables and aliases a script module
// exports; the module's import applies them once its script has run (script-module-import.ts). Each call
// adds to what earlier calls named. Outside a module it fails as pwsh 7.6.10 does.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ScriptModule } from '../engine/script-modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { CORE } from './modules.js';
import { stringsParam } from './param-builders.js';

export const exportModuleMember = lazyCmdlet('Export-ModuleMember', (): CmdletDefinition => ({
  name: 'Export-ModuleMember',
  implementingType: 'Microsoft.PowerShell.Commands.ExportModuleMemberCommand',
  module: CORE,
  synopsis: 'Specifies the module members that are exported.',
  parameters: [
    stringsParam('Function', 'The functions the module exports; wildcards are allowed.', { sets: { __AllParameterSets: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('Cmdlet', 'The cmdlets the module exports (a script module has none).', { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
    stringsParam('Variable', 'The variables the module exports; wildcards are allowed.', { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
    stringsParam('Alias', 'The aliases the module exports; wildcards are allowed.', { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
  ],
  async process(ctx) {
    const module = ctx.session.currentModule();
    if (!(module instanceof ScriptModule)) {
      await ctx.writeError({
        message: 'The Export-ModuleMember cmdlet can only be called from inside a module.',
        errorId: 'Modules_CanOnlyExecuteExportModuleMemberInsideAModule',
        category: 'PermissionDenied',
        exceptionType: 'InvalidOperationException',
        exceptionFullName: 'System.InvalidOperationException',
      });
      return;
    }
    const exports = (module.exports ??= { functions: [], variables: [], aliases: [] });
    exports.functions.push(...(ctx.params.get<string[]>('Function') ?? []));
    exports.variables.push(...(ctx.params.get<string[]>('Variable') ?? []));
    exports.aliases.push(...(ctx.params.get<string[]>('Alias') ?? []));
  },
}));
