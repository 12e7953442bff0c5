// Get-UICulture: the culture of the user interface, $PSUICulture's: the invariant culture, as pwsh 7.6.10
// on Linux shows it where no LANG names a language (docs/language.md).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { cultureObject, findCulture } from '../engine/cultures.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const getUICulture = lazyCmdlet('Get-UICulture', (): CmdletDefinition => ({
  name: 'Get-UICulture',
  implementingType: 'Microsoft.PowerShell.Commands.GetUICultureCommand',
  module: UTILITY,
  synopsis: 'Gets the current UI culture settings in the operating system.',
  parameters: [],
  process(ctx) {
    ctx.writeObject(cultureObject(findCulture('')));
  },
}));
