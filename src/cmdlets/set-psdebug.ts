// Set-PSDebug: -Strict is Set-StrictMode -Version 1 (reading a variable never set is an error), -Off
// turns strict mode off (whatever version set it) and script tracing. -Trace and -Step are accepted,
// but spo-shell prints no trace lines and does not step (docs/Set-PSDebug.md).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { CORE } from './modules.js';
import { intParam, switchParam } from './param-builders.js';

export const setPSDebug = lazyCmdlet('Set-PSDebug', (): CmdletDefinition => ({
  name: 'Set-PSDebug',
  implementingType: 'Microsoft.PowerShell.Commands.SetPSDebugCommand',
  module: CORE,
  synopsis: 'Turns script debugging features on and off, sets the trace level, and toggles strict mode.',
  parameters: [
    intParam('Trace', 'The trace level: 0 off, 1 lines, 2 lines, assignments and calls (accepted; spo-shell prints no trace).', { sets: { on: {} }, range: [0, 2] }),
    switchParam('Step', 'Steps through the script (accepted; spo-shell does not step).', { sets: { on: {} } }),
    switchParam('Strict', 'Makes reading a variable that was never set an error (Set-StrictMode -Version 1).', { sets: { on: {} } }),
    switchParam('Off', 'Turns strict mode and tracing off.', { sets: { off: {} } }),
  ],
  process(ctx) {
    if (ctx.params.get('Off') === true) ctx.session.strictVersion = 0;
    else if (ctx.params.get('Strict') === true) ctx.session.strictVersion = 1;
  },
}));
