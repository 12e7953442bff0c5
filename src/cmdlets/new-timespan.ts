// New-TimeSpan: the time between -Start and -End (each defaulting to now), or a span built from
// -Days, -Hours, -Minutes, -Seconds and -Milliseconds. Outputs a System.TimeSpan.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ConversionError } from '../engine/convert.js';
import { DateTimeValue } from '../engine/datetime.js';
import { toDateTime } from '../engine/time-conversions.js';
import { MAX_TICKS, MIN_TICKS, TimeSpanValue, timeSpanOverflow } from '../engine/timespan.js';
import { UTILITY } from './modules.js';
import { intParam, objectParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const part = (name: string) => intParam(name, `The ${name.toLowerCase()} in the time span.`, { sets: { Time: {} } });

export const newTimeSpan = lazyCmdlet('New-TimeSpan', (): CmdletDefinition => ({
  name: 'New-TimeSpan',
  implementingType: 'Microsoft.PowerShell.Commands.NewTimeSpanCommand',
  module: UTILITY,
  synopsis: 'Creates a TimeSpan object.',
  defaultParameterSet: 'Date',
  parameters: [
    objectParam('Start', 'The start of the span (default: now).', 'System.DateTime', {
      aliases: ['LastWriteTime'],
      sets: { Date: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    }),
    objectParam('End', 'The end of the span (default: now).', 'System.DateTime', { sets: { Date: { position: 1, valueFromPipelineByPropertyName: true } } }),
    part('Days'),
    part('Hours'),
    part('Minutes'),
    part('Seconds'),
    part('Milliseconds'),
  ],
  process(ctx) {
    const get = ctx.params.get.bind(ctx.params);
    if (ctx.invocation.parameterSetName === 'Time') {
      // new TimeSpan(days, hours, minutes, seconds, milliseconds), exact in Int64 ticks; past its range
      // the constructor's ArgumentOutOfRangeException stops the command.
      const n = (name: string) => BigInt(get<number>(name) ?? 0);
      const ticks = n('Days') * 864000000000n + n('Hours') * 36000000000n + n('Minutes') * 600000000n + n('Seconds') * 10000000n + n('Milliseconds') * 10000n;
      if (ticks > MAX_TICKS || ticks < MIN_TICKS) {
        return ctx.throwTerminatingError({
          message: timeSpanOverflow().message,
          errorId: 'System.ArgumentOutOfRangeException',
          category: 'NotSpecified',
          exceptionType: 'ArgumentOutOfRangeException',
          exceptionFullName: 'System.ArgumentOutOfRangeException',
        });
      }
      return ctx.writeObject(TimeSpanValue.fromBig(ticks));
    }
    const dates: DateTimeValue[] = [];
    for (const name of ['Start', 'End']) {
      const given = name === 'Start' && ctx.hasInput && !ctx.params.has('Start') ? ctx.input : get(name);
      if (given === undefined || given === null) {
        dates.push(DateTimeValue.now());
        continue;
      }
      try {
        dates.push(toDateTime(given));
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        return ctx.throwTerminatingError({
          message: `Cannot bind parameter '${name}'. ${e.message}`,
          errorId: 'CannotConvertArgumentNoMessage',
          category: 'InvalidArgument',
          exceptionType: 'ParameterBindingException',
          exceptionFullName: 'System.Management.Automation.ParameterBindingException',
        }, { binding: true });
      }
    }
    ctx.writeObject(dates[1]!.minus(dates[0]!));
  },
}));
