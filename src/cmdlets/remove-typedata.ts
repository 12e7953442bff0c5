// Remove-TypeData: removes a type's type data from the session (-TypeName, or a TypeData object from
// Get-TypeData), after which its members are gone from its objects. -Path names .ps1xml files, which
// spo-shell does not load: a missing file gets pwsh's error (docs/Remove-TypeData.md).

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { pathNotFound, resolveLiteral } from '../engine/paths.js';
import { operationQuestion, shouldProcess } from '../engine/should-process.js';
import { UTILITY } from './modules.js';
import { stringParam, stringsParam } from './param-builders.js';
import { TYPE_DATA, asTypeData, typeTableOf } from './type-data-common.js';
import { typeTableError } from './update-typedata.js';
import * as S from './utility-strings.js';

const SUPPORT = { supportsShouldProcess: true, confirmImpact: 'Medium' } as const;

export const removeTypeData = lazyCmdlet('Remove-TypeData', (): CmdletDefinition => ({
  name: 'Remove-TypeData',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveTypeDataCommand',
  module: UTILITY,
  synopsis: 'Removes extended type data from the session.',
  defaultParameterSet: 'RemoveTypeDataSet',
  supportsShouldProcess: true,
  parameters: [
    stringParam('TypeName', 'The full name of the type whose type data to remove.', { sets: { RemoveTypeSet: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('Path', 'The .ps1xml type files whose type data to remove.', { sets: { RemoveFileSet: { mandatory: true } } }),
    { name: 'TypeData', kind: 'object', typeName: TYPE_DATA, sets: { RemoveTypeDataSet: { mandatory: true, valueFromPipeline: true } }, coerce: asTypeData, description: 'A TypeData object (from Get-TypeData) whose type to remove.' },
  ],
  async process(ctx) {
    const p = ctx.params;
    if (p.has('Path')) {
      for (const path of p.get<string[]>('Path') ?? []) await removeFile(ctx, path);
      return;
    }
    const typeName = p.has('TypeData') ? asTypeData(p.get('TypeData')).entry.typeName : p.get<string>('TypeName')!;
    if (!(await shouldProcess(ctx, SUPPORT, operationQuestion(`Name of the type that will be removed: ${typeName}`, 'Remove TypeData')))) return;
    const table = typeTableOf(ctx);
    if (!table?.remove(typeName)) await ctx.writeError(typeTableError(typeName, S.TypeNotFound(typeName), 'TypesDynamicRemoveException'));
  },
}));

/** -Path: pwsh's error for a missing file; no file's type data is ever loaded here, so an existing one removes nothing. */
async function removeFile(ctx: CmdletContext, given: string): Promise<void> {
  const { existsSync } = await import('node:fs');
  const full = resolveLiteral(ctx.session, given);
  if (!existsSync(full)) await ctx.writeError({ ...pathNotFound(full), errorId: 'TypePathException', category: 'InvalidOperation' });
}
