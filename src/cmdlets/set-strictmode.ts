// Set-StrictMode: -Version 1 makes reading a variable that was never set an error; -Version 2 and
// later (Latest) also reading a property a custom object or hashtable does not have; -Off turns both
// off. Admin scripts often start with `Set-StrictMode -Version Latest`. The mode is the session's
// (docs/language.md says how this differs from pwsh's per-scope mode).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { toPSString } from '../engine/convert.js';
import { CORE } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

/** A System.Version's text ("2", "2.0", "3.0.0") or Latest: its major number; undefined when it is no version. */
function strictVersion(text: string): number | undefined {
  const t = text.trim();
  if (/^latest$/i.test(t)) return 3;
  if (!/^\d+(\.\d+){1,3}$/.test(t) && !/^\d+$/.test(t)) return undefined;
  return Number(t.split('.')[0]);
}

export const setStrictMode = lazyCmdlet('Set-StrictMode', (): CmdletDefinition => ({
  name: 'Set-StrictMode',
  implementingType: 'Microsoft.PowerShell.Commands.SetStrictModeCommand',
  module: CORE,
  synopsis: 'Establishes and enforces coding rules in expressions, scripts, and script blocks.',
  defaultParameterSet: 'Version',
  parameters: [
    switchParam('Off', 'Turns strict mode off.', { sets: { Off: { mandatory: true } } }),
    { ...stringParam('Version', 'The strict mode version: 1.0, 2.0, 3.0 or Latest.', { aliases: ['v'], sets: { Version: { mandatory: true } } }), typeName: 'System.Version' },
  ],
  process(ctx) {
    if (ctx.params.get('Off') === true) {
      ctx.session.strictVersion = 0;
      return;
    }
    const text = toPSString(ctx.params.get('Version'));
    const version = strictVersion(text);
    if (version === undefined) {
      return ctx.throwTerminatingError({
        message: `Cannot bind parameter 'Version'. Cannot convert value "${text}" to type "System.Version". Error: "Version string portion was too short or too long. (Parameter 'input')"`,
        errorId: 'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.SetStrictModeCommand',
        category: 'InvalidArgument',
        exceptionType: 'ParameterBindingException',
      });
    }
    ctx.session.strictVersion = Math.max(1, version);
  },
}));
