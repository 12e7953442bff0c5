// Get-Error: the newest error (or the records piped in) in PowerShell 7's detailed PSExtendedError view.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ErrorRecord } from '../engine/errors.js';
import { UTILITY } from './modules.js';
import { intParam, objectParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const NEWEST = 'Newest';
const ERROR = 'Error';

export const getError = lazyCmdlet('Get-Error', (): CmdletDefinition => ({
  name: 'Get-Error',
  implementingType: 'Microsoft.PowerShell.Commands.GetErrorCommand',
  module: UTILITY,
  synopsis: 'Gets and displays the most recent error messages from the current session.',
  defaultParameterSet: NEWEST,
  parameters: [
    objectParam('InputObject', 'Error records to show in detail (from $Error or a catch block).', 'System.Management.Automation.PSObject', {
      sets: { [ERROR]: { position: 0, valueFromPipeline: true } },
    }),
    intParam('Newest', 'How many of the most recent errors to show, newest first, each under its index in $Error.', {
      aliases: ['Last'],
      sets: { [NEWEST]: {} },
      range: [1, 2147483647],
    }),
  ],
  process(ctx) {
    if (ctx.params.has('InputObject') || ctx.hasInput) {
      const given = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
      for (const item of Array.isArray(given) ? given : [given]) {
        if (item instanceof ErrorRecord) ctx.writeObject(item.asExtended());
      }
      return;
    }
    const list = ctx.session.getVariable('Error')?.value;
    const errors = Array.isArray(list) ? list.filter((e): e is ErrorRecord => e instanceof ErrorRecord) : [];
    if (!ctx.params.has('Newest')) {
      if (errors[0]) ctx.writeObject(errors[0].asExtended());
      return;
    }
    const newest = ctx.params.get<number>('Newest')!;
    // More than one record is grouped by its index in $Error (the PSErrorIndex pwsh adds).
    const shown = errors.slice(0, newest);
    shown.forEach((record, i) => ctx.writeObject(newest > 1 ? record.asExtended(i, i === shown.length - 1) : record.asExtended()));
  },
}));
