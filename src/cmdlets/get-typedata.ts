// Get-TypeData: the session's type data (what Update-TypeData added) whose type names match -TypeName
// (wildcards allowed; all of them without it), as TypeData objects. pwsh also lists its built-in
// types.ps1xml entries, which spo-shell does not keep as type data (docs/Get-TypeData.md).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { WildcardPattern } from '../engine/wildcard.js';
import { UTILITY } from './modules.js';
import { stringsParam } from './param-builders.js';
import { TypeDataValue, typeTableOf } from './type-data-common.js';

export const getTypeData = lazyCmdlet('Get-TypeData', (): CmdletDefinition => ({
  name: 'Get-TypeData',
  implementingType: 'Microsoft.PowerShell.Commands.GetTypeDataCommand',
  module: UTILITY,
  synopsis: "Gets the session's extended type data.",
  parameters: [stringsParam('TypeName', 'The type names to get; wildcards allowed. All when absent.', { sets: { __AllParameterSets: { position: 0, valueFromPipeline: true } } })],
  process(ctx) {
    const table = typeTableOf(ctx);
    if (!table) return;
    const names = ctx.params.get<string[]>('TypeName');
    const patterns = names?.map((n) => new WildcardPattern(n));
    for (const entry of table.entries.values()) {
      if (!patterns || patterns.some((p) => p.isMatch(entry.typeName))) ctx.writeObject(new TypeDataValue(entry.copy()));
    }
  },
}));
