// Get-Uptime: how long the machine has been running, as pwsh 7.6.10 measures it on Linux and macOS (the
// monotonic clock in whole seconds, a TimeSpan), or with -Since the moment it started (now minus that
// span, a DateTime).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { DateTimeValue } from '../engine/datetime.js';
import { TimeSpanValue } from '../engine/timespan.js';
import { UTILITY } from './modules.js';
import { switchParam } from './param-builders.js';

const TICKS_PER_SECOND = 10_000_000;

export const getUptime = lazyCmdlet('Get-Uptime', (): CmdletDefinition => ({
  name: 'Get-Uptime',
  implementingType: 'Microsoft.PowerShell.Commands.GetUptimeCommand',
  module: UTILITY,
  synopsis: 'Get the TimeSpan since last boot.',
  defaultParameterSet: 'Timespan',
  parameters: [switchParam('Since', 'Writes the time the machine started instead of how long ago that was.', { sets: { Since: {} } })],
  process(ctx) {
    // .NET's Stopwatch reads CLOCK_MONOTONIC, as process.hrtime does: time since boot, whole seconds in pwsh.
    const seconds = Number(process.hrtime.bigint() / 1_000_000_000n);
    const uptime = new TimeSpanValue(seconds * TICKS_PER_SECOND);
    ctx.writeObject(ctx.invocation.parameterSetName === 'Since' ? DateTimeValue.now().addSpan(uptime, -1, 'value') : uptime);
  },
}));
