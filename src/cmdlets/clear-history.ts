// Clear-History (`clhy`): removes entries from the session history: all of them, those of -Id, -Count of
// them (the oldest, or with -Newest the newest; from an -Id on), or those whose command line matches
// -CommandLine (wildcards, case-insensitive; without wildcards the oldest match only, unless -Count).
// As pwsh 7.6.10's ClearHistoryCommand, checked with the oracle.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import type { HistoryInfo } from '../engine/session-history.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { CORE } from './modules.js';
import * as H from './history-errors.js';

const ID_SET = 'IDParameter';
const COMMAND_LINE_SET = 'CommandLineParameter';
const INT_MAX = 2147483647;

export const clearHistory = lazyCmdlet('Clear-History', (): CmdletDefinition => ({
  name: 'Clear-History',
  implementingType: 'Microsoft.PowerShell.Commands.ClearHistoryCommand',
  module: CORE,
  synopsis: 'Deletes entries from the session history.',
  supportsShouldProcess: true,
  defaultParameterSet: ID_SET,
  parameters: [
    {
      name: 'Id',
      kind: 'int[]',
      typeName: 'System.Int32[]',
      sets: { [ID_SET]: { position: 0, helpMessage: 'Specifies the ID of a command in the session history.Clear history clears only the specified command' } },
      range: [1, INT_MAX],
      description: 'The ids of the entries to clear.',
    },
    {
      name: 'CommandLine',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [COMMAND_LINE_SET]: { helpMessage: 'Specifies the name of a command in the session history' } },
      validateNotNullOrEmpty: true,
      description: 'Command lines to clear; wildcards allowed.',
    },
    {
      name: 'Count',
      kind: 'int',
      typeName: 'System.Int32',
      sets: { [ALL_SETS]: { position: 1, helpMessage: 'Clears the specified number of history entries' } },
      range: [1, INT_MAX],
      description: 'How many entries to clear.',
    },
    {
      name: 'Newest',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [ALL_SETS]: { helpMessage: 'Specifies whether new entries to be cleared or the default old ones.' } },
      description: 'Clears the newest entries instead of the oldest.',
    },
  ],
  async process(ctx) {
    if (ctx.invocation.parameterSetName === COMMAND_LINE_SET) await byCommandLine(ctx);
    else await byId(ctx);
  },
}));

const newest = (ctx: CmdletContext) => ctx.params.get('Newest') === true;

async function byId(ctx: CmdletContext): Promise<void> {
  const history = ctx.session.history;
  const ids = ctx.params.get<number[]>('Id');
  const countGiven = ctx.params.has('Count');
  const count = ctx.params.get<number>('Count') ?? 32;
  if (ids) {
    if (!countGiven) {
      for (const id of ids) {
        if (history.get(id)) history.clear(id);
        else await ctx.writeError(H.noHistoryForId(id));
      }
      return;
    }
    if (ids.length > 1) ctx.throwTerminatingError(H.argumentError(H.NoCountWithMultipleIds, 'GetHistoryNoCountWithMultipleIds', 'InvalidArgument', count));
    const id = ids[0]!;
    if (!history.get(id)) await ctx.writeError(H.noHistoryForId(id));
    clearAll(ctx, history.entriesFrom(id, count, newest(ctx)));
    return;
  }
  if (countGiven) {
    clearAll(ctx, history.entries(count, newest(ctx)));
    return;
  }
  if (!(await cmdletShouldProcess(ctx, H.ClearHistoryWarning, 'Clear-History'))) return;
  clearAll(ctx, history.entries(-1, newest(ctx)));
}

async function byCommandLine(ctx: CmdletContext): Promise<void> {
  const history = ctx.session.history;
  const commandLines = ctx.params.get<string[]>('CommandLine') ?? [];
  const countGiven = ctx.params.has('Count');
  if (countGiven && commandLines.length > 1) {
    ctx.throwTerminatingError(H.argumentError(H.NoCountWithMultipleCmdLine, 'NoCountWithMultipleCmdLine ', 'InvalidArgument', commandLines));
  }
  for (const pattern of commandLines) {
    // Without -Count: the oldest match of a plain text, every match of a pattern with wildcards.
    const count = countGiven ? ctx.params.get<number>('Count')! : hasWildcard(pattern) ? 0 : 1;
    clearAll(ctx, history.matching((line) => wildcardMatch(pattern, line), count, newest(ctx)));
  }
}

function clearAll(ctx: CmdletContext, entries: readonly HistoryInfo[]): void {
  for (const entry of entries) ctx.session.history.clear(Number(entry.get('Id')));
}
