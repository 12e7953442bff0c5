// Get-Culture: the culture the shell formats with (en-US, see docs/language.md), as a CultureInfo whose
// TextInfo does what scripts ask of it (`(Get-Culture).TextInfo.ToTitleCase($name.ToLower())`); -Name
// gives the cultures named (one of .NET's culture names, as pwsh's ValidateSet says), -ListAvailable all.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { cultureInfo } from '../engine/dotnet-statics.js';
import { cultureNames, cultureObject, findCulture } from '../engine/cultures.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { stringsParam, switchParam } from './param-builders.js';

const CURRENT = 'CurrentCultureParameterSet';
const NAME = 'NameParameterSet';
const LIST = 'ListAvailableParameterSet';

export const getCulture = lazyCmdlet('Get-Culture', (): CmdletDefinition => ({
  name: 'Get-Culture',
  implementingType: 'Microsoft.PowerShell.Commands.GetCultureCommand',
  module: UTILITY,
  synopsis: 'Gets the current culture set in the operating system.',
  defaultParameterSet: CURRENT,
  parameters: [
    stringsParam('Name', 'The names of the cultures to get (en-US, de-DE, fr; an empty string is the invariant culture).', {
      sets: { [NAME]: { position: 0 } },
      validateSet: [...cultureNames()],
      validateNotNull: true,
    }),
    switchParam('NoUserOverrides', "Ignores the user's changes to the culture's settings (spo-shell has none).", { sets: { [CURRENT]: {}, [NAME]: {} } }),
    switchParam('ListAvailable', 'Gets every culture .NET knows.', { sets: { [LIST]: {} } }),
  ],
  process(ctx) {
    if (ctx.params.has('ListAvailable')) {
      for (const name of cultureNames()) ctx.writeObject(cultureObject(findCulture(name)));
      return;
    }
    const names = ctx.params.get<string[]>('Name');
    if (!names) {
      ctx.writeObject(cultureInfo());
      return;
    }
    for (const name of names) ctx.writeObject(cultureObject(findCulture(name)));
  },
}));
