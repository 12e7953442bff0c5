// Get-History (`h`, `history`, `ghy`): the entries of the session history (src/engine/session-history.ts),
// oldest first: all of them, the last -Count, those of -Id, or -Count of them ending at one -Id. As
// pwsh 7.6.10's GetHistoryCommand, checked with the oracle.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { CORE } from './modules.js';
import { argumentError, NoCountWithMultipleIds, noHistoryForId } from './history-errors.js';

export const getHistory = lazyCmdlet('Get-History', (): CmdletDefinition => ({
  name: 'Get-History',
  implementingType: 'Microsoft.PowerShell.Commands.GetHistoryCommand',
  module: CORE,
  synopsis: 'Gets a list of the commands entered during the current session.',
  parameters: [
    {
      name: 'Id',
      kind: 'long[]',
      typeName: 'System.Int64[]',
      sets: { [ALL_SETS]: { position: 0, valueFromPipeline: true } },
      range: [1, Number.MAX_SAFE_INTEGER],
      description: 'The ids of the entries to get.',
    },
    {
      name: 'Count',
      kind: 'int',
      typeName: 'System.Int32',
      sets: { [ALL_SETS]: { position: 1 } },
      range: [0, 32767],
      description: 'How many entries: the last ones, or those that end at -Id.',
    },
  ],
  async process(ctx) {
    const history = ctx.session.history;
    const ids = ctx.params.get<number[]>('Id');
    const countGiven = ctx.params.has('Count');
    const count = countGiven ? ctx.params.get<number>('Count')! : history.capacity;
    if (ids) {
      if (!countGiven) {
        for (const id of ids) {
          const entry = history.get(id);
          if (entry) ctx.writeObject(entry);
          else await ctx.writeError(noHistoryForId(id));
        }
        return;
      }
      if (ids.length > 1) ctx.throwTerminatingError(argumentError(NoCountWithMultipleIds, 'GetHistoryNoCountWithMultipleIds', 'InvalidArgument', count));
      for (const entry of history.entriesFrom(ids[0]!, count, false)) ctx.writeObject(entry);
      return;
    }
    for (const entry of history.entries(count, true).reverse()) ctx.writeObject(entry);
  },
}));
