// Get-Culture: the culture the shell formats with (en-US, see docs/language.md), as a CultureInfo whose
// TextInfo does what scripts ask of it (`(Get-Culture).TextInfo.ToTitleCase($name.ToLower())`).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { cultureInfo } from '../engine/dotnet-statics.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const getCulture = lazyCmdlet('Get-Culture', (): CmdletDefinition => ({
  name: 'Get-Culture',
  implementingType: 'Microsoft.PowerShell.Commands.GetCultureCommand',
  module: UTILITY,
  synopsis: 'Gets the current culture set in the operating system.',
  parameters: [],
  process(ctx) {
    ctx.writeObject(cultureInfo());
  },
}));
