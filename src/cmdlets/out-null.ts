// Out-Null: swallows its input.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { inputObjectParameter } from './collected-input.js';
import { CORE } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const outNull = lazyCmdlet('Out-Null', (): CmdletDefinition => ({
  name: 'Out-Null',
  implementingType: 'Microsoft.PowerShell.Commands.OutNullCommand',
  module: CORE,
  synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.',
  parameters: [inputObjectParameter('The objects to discard.')],
  process() {},
}));
