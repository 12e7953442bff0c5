// Get-TimeZone (`gtz`): the machine's time zone, the zones with these ids (-Id) or whose standard or
// daylight name matches (-Name, wildcards), or every zone (-ListAvailable), as System.TimeZoneInfo.
// pwsh's errors name the parameter, not the value, as their target (`(Id:String)`).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { wildcardMatch } from '../engine/wildcard.js';
import { knownZone, localZone } from '../engine/time-zone-names.js';
import { systemTimeZones as allTimeZones, timeZoneInfo } from '../engine/time-zones.js';
import { MANAGEMENT } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const getTimeZone = lazyCmdlet('Get-TimeZone', (): CmdletDefinition => ({
  name: 'Get-TimeZone',
  implementingType: 'Microsoft.PowerShell.Commands.GetTimeZoneCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the current time zone or a list of available time zones.',
  defaultParameterSet: 'Name',
  parameters: [
    stringsParam('Id', 'IANA ids of zones (Europe/Berlin).', { sets: { Id: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    switchParam('ListAvailable', 'Lists every time zone.', { sets: { ListAvailable: { mandatory: true } } }),
    stringsParam('Name', 'Standard or daylight names of zones; wildcards allowed.', { sets: { Name: { position: 0, valueFromPipeline: true } } }),
  ],
  async process(ctx) {
    if (ctx.params.get('ListAvailable') === true) {
      for (const zone of allTimeZones()) ctx.writeObject(zone);
      return;
    }
    const ids = ctx.params.get<string[]>('Id');
    if (ids) {
      for (const id of ids) {
        const zone = knownZone(id);
        if (zone) ctx.writeObject(timeZoneInfo(zone));
        else await ctx.writeError({ message: `The time zone ID '${id}' was not found on the local computer.`, errorId: 'TimeZoneNotFound', category: 'InvalidArgument', exceptionType: 'TimeZoneNotFoundException', exceptionFullName: 'System.TimeZoneNotFoundException', targetObject: 'Id' });
      }
      return;
    }
    const names = ctx.params.get<string[]>('Name');
    if (!names) {
      ctx.writeObject(timeZoneInfo(localZone()));
      return;
    }
    const zones = allTimeZones();
    for (const name of names) {
      const found = zones.filter((z) => wildcardMatch(name, String(z.get('StandardName'))) || wildcardMatch(name, String(z.get('DaylightName'))));
      for (const z of found) ctx.writeObject(z);
      if (!found.length) await ctx.writeError({ message: `The time zone name '${name}' was not found on the local computer.`, errorId: 'TimeZoneNotFound', category: 'InvalidArgument', exceptionType: 'TimeZoneNotFoundException', exceptionFullName: 'System.TimeZoneNotFoundException', targetObject: 'Name' });
    }
  },
}));
