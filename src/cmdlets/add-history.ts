// Add-History: adds entries to the session history: objects with the properties of a HistoryInfo
// (CommandLine a string; ExecutionStatus, StartExecutionTime and EndExecutionTime that convert to a
// PipelineState and DateTimes), such as Get-History's own or Import-Csv's rows. As pwsh 7.6.10's
// AddHistoryCommand: the input running it is entered first (as Running), so the added entries follow
// it; an object of another shape is a non-terminating error.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { toEnum, unwrap } from '../engine/convert.js';
import { DateTimeValue } from '../engine/datetime.js';
import { PIPELINE_STATE, type PipelineStateName } from '../engine/session-history.js';
import { castTo } from '../engine/types.js';
import { PSObject } from '../engine/values.js';
import { CORE } from './modules.js';
import { AddHistoryInvalidInput } from './history-errors.js';

export const addHistory = lazyCmdlet('Add-History', (): CmdletDefinition => ({
  name: 'Add-History',
  implementingType: 'Microsoft.PowerShell.Commands.AddHistoryCommand',
  module: CORE,
  synopsis: 'Appends entries to the session history.',
  parameters: [
    {
      name: 'InputObject',
      kind: 'object[]',
      typeName: 'System.Management.Automation.PSObject[]',
      sets: { [ALL_SETS]: { position: 0, valueFromPipeline: true } },
      description: 'The entries to add: objects with CommandLine, ExecutionStatus, StartExecutionTime and EndExecutionTime.',
    },
    {
      name: 'Passthru',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [ALL_SETS]: {} },
      description: 'Writes the entries it added.',
    },
  ],
  begin(ctx) {
    ctx.session.history.addRunningEntry();
  },
  async process(ctx) {
    const history = ctx.session.history;
    for (const input of ctx.params.get<unknown[]>('InputObject') ?? []) {
      const entry = historyEntryOf(input);
      if (!entry) {
        await ctx.writeError({ message: AddHistoryInvalidInput, errorId: 'AddHistoryInvalidInput', category: 'InvalidData', exceptionType: 'InvalidDataException', exceptionFullName: 'System.IO.InvalidDataException', targetObject: input });
        continue;
      }
      const id = history.add(entry.commandLine, entry.status, entry.start, entry.end);
      if (ctx.params.get('Passthru') === true) ctx.writeObject(history.get(id));
    }
  },
}));

/** The four properties an entry needs, converted; undefined when one is missing or does not convert. */
function historyEntryOf(input: unknown): { commandLine: string; status: PipelineStateName; start: DateTimeValue; end: DateTimeValue } | undefined {
  const o = unwrap(input);
  if (!(o instanceof PSObject)) return undefined;
  const commandLine = unwrap(o.get('CommandLine'));
  if (typeof commandLine !== 'string') return undefined;
  const status = o.get('ExecutionStatus');
  const start = dateOf(o.get('StartExecutionTime'));
  const end = dateOf(o.get('EndExecutionTime'));
  if (status === null || status === undefined || !start || !end) return undefined;
  try {
    return { commandLine, status: toEnum(status, PIPELINE_STATE).name as PipelineStateName, start, end };
  } catch {
    return undefined;
  }
}

function dateOf(value: unknown): DateTimeValue | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    const date = unwrap(castTo('System.DateTime', value));
    return date instanceof DateTimeValue ? date : undefined;
  } catch {
    return undefined;
  }
}
