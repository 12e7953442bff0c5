// Write-Progress: hands the progress record to the host, which shows a live bar in the console
// and nothing at all in a pipe or `spo -c` (scripts' stdout never sees progress). Silent when
// $ProgressPreference (or -ProgressAction) is SilentlyContinue or Ignore.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { EnumValue } from '../engine/values.js';
import { UTILITY } from './modules.js';
import { intParam, stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const writeProgress = lazyCmdlet('Write-Progress', (): CmdletDefinition => ({
  name: 'Write-Progress',
  implementingType: 'Microsoft.PowerShell.Commands.WriteProgressCommand',
  module: UTILITY,
  synopsis: 'Displays a progress bar within a PowerShell command window.',
  parameters: [
    stringParam('Activity', 'The first line of text: what is in progress.', { sets: { __AllParameterSets: { position: 0 } } }),
    stringParam('Status', 'The second line of text: the current state ("Processing" when absent).', { sets: { __AllParameterSets: { position: 1 } }, validateNotNullOrEmpty: true }),
    intParam('Id', 'Tells this bar apart from others (0 by default).', { sets: { __AllParameterSets: { position: 2 } } }),
    intParam('PercentComplete', 'How much is done, 0 to 100 (-1: unknown).', { range: [-1, 100] }),
    intParam('SecondsRemaining', 'The estimated seconds left.'),
    stringParam('CurrentOperation', 'The line below the bar: what is being done right now.'),
    intParam('ParentId', 'The bar this one belongs under.'),
    switchParam('Completed', 'Removes the bar.'),
    intParam('SourceId', 'The source of the record (accepted; one source here).'),
  ],
  process(ctx) {
    const explicit = ctx.params.get('ProgressAction');
    const preference = explicit instanceof EnumValue ? explicit.name : (ctx.session.getVariable('ProgressPreference')?.value as EnumValue | undefined)?.name;
    if (preference === 'SilentlyContinue' || preference === 'Ignore') return;
    ctx.host.progress({
      activity: ctx.params.get<string>('Activity') ?? '',
      status: ctx.params.get<string>('Status') ?? 'Processing',
      percentComplete: ctx.params.get<number>('PercentComplete') ?? -1,
      completed: ctx.params.get('Completed') === true,
      id: ctx.params.get<number>('Id') ?? 0,
      parentId: ctx.params.get<number>('ParentId') ?? -1,
      currentOperation: ctx.params.get<string>('CurrentOperation'),
      secondsRemaining: ctx.params.get<number>('SecondsRemaining') ?? -1,
    });
  },
}));
