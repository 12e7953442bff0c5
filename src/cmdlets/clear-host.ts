// Clear-Host (alias cls): clears the console. In PowerShell it is a function, not a cmdlet.

import type { CmdletDefinition } from '../engine/cmdlet.js';

export const clearHost: CmdletDefinition = {
  name: 'Clear-Host',
  commandType: 'Function',
  // Errors from a function carry the function's name as the FullyQualifiedErrorId suffix.
  implementingType: 'Clear-Host',
  module: '',
  synopsis: 'Clears the console screen.',
  parameters: [],
  process(ctx) {
    ctx.host.clearScreen();
  },
};
