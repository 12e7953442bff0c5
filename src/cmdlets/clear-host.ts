// Clear-Host (alias cls): clears the console. In PowerShell it is a simple function (no param block,
// no [CmdletBinding()]): it takes no CommonParameters, accepts any arguments into $args and any
// pipeline input, and ignores them all (pwsh 7.6.10: `Clear-Host -Nope 1`, `Clear-Host -ErrorAction`,
// `1 | Clear-Host` all just clear the screen).

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { REMAINING_ARGUMENTS } from '../engine/function-definition.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const clearHost = lazyCmdlet('Clear-Host', (): CmdletDefinition => ({
  name: 'Clear-Host',
  commandType: 'Function',
  // Errors from a function carry the function's name as the FullyQualifiedErrorId suffix.
  implementingType: 'Clear-Host',
  module: '',
  synopsis: 'Clears the console screen.',
  commonParameters: false,
  takesAnyInput: true,
  parameters: [
    { name: REMAINING_ARGUMENTS, kind: 'object', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 10000, valueFromRemainingArguments: true } }, dontShow: true },
  ],
  process(ctx) {
    // Once for the call, not once per input object (its body has no process block).
    if (!ctx.hasInput || !cleared.has(ctx)) ctx.host.clearScreen();
    cleared.add(ctx);
  },
}));

const cleared = new WeakSet<object>();
