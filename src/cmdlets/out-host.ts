// Out-Host (alias oh): formats its input as Out-Default does and writes the text to the host at once,
// ahead of anything the script's own Out-Default still holds (as Write-Host does); nothing goes down the
// pipeline. -Paging is accepted and writes everything without pausing: pwsh pages only in a console
// whose output is a terminal, and spo's console shows output in its own scrollback (docs/Out-Host.md).

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { ErrorRecord, type ErrorView } from '../engine/errors.js';
import { unwrap } from '../engine/convert.js';
import { OutDefault } from '../engine/format.js';
import { evaluateScriptProperties } from '../engine/script-properties.js';
import { EnumValue } from '../engine/values.js';
import { CORE } from './modules.js';
import { inputObjectParameter } from './collected-input.js';
import { lazyCmdlet } from '../engine/command-table.js';

const formatters = new WeakMap<CmdletContext, OutDefault>();

function write(ctx: CmdletContext, text: string): void {
  // The host ends each write with a line break: the text's own last one is that.
  if (text) ctx.host.write('output', text.replace(/\n$/, ''));
}

export const outHost = lazyCmdlet('Out-Host', (): CmdletDefinition => ({
  name: 'Out-Host',
  implementingType: 'Microsoft.PowerShell.Commands.OutHostCommand',
  module: CORE,
  synopsis: 'Sends output to the command line.',
  parameters: [
    { name: 'Paging', kind: 'switch', typeName: 'System.Management.Automation.SwitchParameter', sets: { [ALL_SETS]: {} }, description: 'Accepted; the output is written without pausing (see the notes).' },
    inputObjectParameter('The objects to write to the host.'),
  ],
  begin(ctx) {
    const view = ctx.session.getVariable('ErrorView')?.value;
    const errorView = (view instanceof EnumValue ? view.name : 'ConciseView') as ErrorView;
    // The console leaves its last column free, as the script's own Out-Default does.
    formatters.set(ctx, new OutDefault({ width: ctx.host.width - 1, color: ctx.host.color, errorView }));
  },
  async process(ctx) {
    if (!ctx.hasInput && !ctx.params.has('InputObject')) return;
    const item = ctx.hasInput ? ctx.input : ctx.params.get('InputObject');
    // Script properties Add-Member gave an object show their getters' values.
    await evaluateScriptProperties([item], ctx.signal);
    const formatter = formatters.get(ctx)!;
    if (unwrap(item) instanceof ErrorRecord) {
      // An error record (`2>&1 | Out-Host`) goes to the host's error output, as pwsh writes it, after the rows held so far.
      write(ctx, formatter.release());
      const text = formatter.write([item]);
      if (text) ctx.host.write('error', text.replace(/\n$/, ''));
      return;
    }
    write(ctx, formatter.write([item]));
  },
  end(ctx) {
    write(ctx, formatters.get(ctx)!.end());
  },
}));
