// Get-Date: the current date and time, or one built from -Date and the part parameters, as a
// DateTime (shown as `Saturday, December 5, 2026 8:00:00 AM`) or, with -Format/-UFormat, a string.
// The shell's culture is en-US (docs/language.md).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { toNumber } from '../engine/convert.js';
import { DAY_UNIT, DateFormatError, DateTimeValue, daysInMonth, notADateText, parseDateTime, uformat } from '../engine/datetime.js';
import { EnumValue } from '../engine/values.js';
import { DISPLAY_HINT } from './enums.js';
import { UTILITY } from './modules.js';
import { intParam, objectParam, stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const part = (name: string, min: number, max: number) => intParam(name, `Sets the ${name.toLowerCase()} of the date (${min}-${max}).`, { range: [min, max] });

function cannotConvert(value: unknown): string {
  const text = String(value);
  return `Cannot bind parameter 'Date'. Cannot convert value "${text}" to type "System.DateTime". Error: "${notADateText(text)}"`;
}

export const getDate = lazyCmdlet('Get-Date', (): CmdletDefinition => ({
  name: 'Get-Date',
  implementingType: 'Microsoft.PowerShell.Commands.GetDateCommand',
  module: UTILITY,
  synopsis: 'Gets the current date and time.',
  defaultParameterSet: 'DateAndFormat',
  parameters: [
    objectParam('Date', 'The date to use instead of now.', 'System.DateTime', {
      aliases: ['LastWriteTime'],
      sets: { DateAndFormat: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }, DateAndUFormat: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
    }),
    objectParam('UnixTimeSeconds', 'Seconds since 1970-01-01 UTC.', 'System.Int64', { aliases: ['UnixTime'], sets: { UnixTimeSecondsAndFormat: { mandatory: true }, UnixTimeSecondsAndUFormat: { mandatory: true } } }),
    part('Year', 1, 9999),
    part('Month', 1, 12),
    part('Day', 1, 31),
    part('Hour', 0, 23),
    part('Minute', 0, 59),
    part('Second', 0, 59),
    part('Millisecond', 0, 999),
    { name: 'DisplayHint', kind: 'enum', typeName: DISPLAY_HINT.fullName, enumType: DISPLAY_HINT, sets: { __AllParameterSets: {} }, description: 'Date, Time or DateTime: what the result shows.' },
    stringParam('UFormat', 'A Unix date(1) format string (e.g. %Y-%m-%d); returns a string.', { sets: { DateAndUFormat: { mandatory: true }, UnixTimeSecondsAndUFormat: { mandatory: true } } }),
    stringParam('Format', 'A .NET format string (e.g. yyyy-MM-dd, o, s); returns a string.', { sets: { DateAndFormat: {}, UnixTimeSecondsAndFormat: {} } }),
    switchParam('AsUTC', 'Returns the date in UTC.'),
  ],
  process(ctx) {
    const get = ctx.params.get.bind(ctx.params);
    let date: DateTimeValue;
    const given = ctx.hasInput && !ctx.params.has('Date') ? ctx.input : get('Date');
    if (ctx.params.has('UnixTimeSeconds')) date = new DateTimeValue(toNumber(get('UnixTimeSeconds')) * 1000, 'Local');
    else if (given === undefined || given === null) date = DateTimeValue.now();
    else if (given instanceof DateTimeValue) date = given;
    else {
      const parsed = parseDateTime(String(given));
      if (!parsed) {
        return ctx.throwTerminatingError({
          message: cannotConvert(given),
          errorId: 'CannotConvertArgumentNoMessage',
          category: 'InvalidArgument',
          exceptionType: 'ParameterBindingException',
          exceptionFullName: 'System.Management.Automation.ParameterBindingException',
        }, { binding: true });
      }
      date = parsed;
    }
    const parts = ['Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Millisecond'];
    if (parts.some((p) => ctx.params.has(p))) {
      const f = date.fields;
      const year = get<number>('Year') ?? f.year;
      const month = get<number>('Month') ?? f.month;
      // pwsh moves the date by AddYears, AddMonths and then AddDays: a year or month keeps the day within
      // the month (Jan 31 with -Month 2 is Feb 28), a -Day past the month's end runs into the next (-Month 2 -Day 30 is Mar 2).
      const clampedDay = Math.min(f.day, daysInMonth(year, month));
      const day = get<number>('Day');
      const ms = get<number>('Millisecond') ?? f.millisecond;
      let rebuilt = DateTimeValue.fromParts(year, month, day === undefined ? clampedDay : 1, get<number>('Hour') ?? f.hour, get<number>('Minute') ?? f.minute, get<number>('Second') ?? f.second, ms, date.kind);
      if (day !== undefined && day > 1) rebuilt = rebuilt.addUnits(day - 1, DAY_UNIT);
      date = new DateTimeValue(rebuilt.epochMs, date.kind, ctx.params.has('Millisecond') ? 0 : date.subTicks);
    }
    if (get('AsUTC') === true) date = date.toUniversalTime();
    const uFormat = get<string>('UFormat');
    if (uFormat !== undefined) return ctx.writeObject(uformat(date, uFormat));
    const format = get<string>('Format');
    if (format !== undefined && format !== null && format !== '') {
      try {
        return ctx.writeObject(date.format(format));
      } catch (e) {
        if (!(e instanceof DateFormatError)) throw e;
        return ctx.throwTerminatingError({ message: e.message, errorId: 'System.FormatException', category: 'NotSpecified', exceptionType: 'FormatException', exceptionFullName: 'System.FormatException' });
      }
    }
    // Get-Date's output is a new object with a DisplayHint note property (DateTime unless asked).
    date = new DateTimeValue(date.epochMs, date.kind, date.subTicks);
    date.displayHintNote = get<EnumValue>('DisplayHint') ?? new EnumValue(DISPLAY_HINT, 'DateTime');
    ctx.writeObject(date);
  },
}));
