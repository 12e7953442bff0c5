// Get-Location (`pwd`, `gl`): the session's current location as a PathInfo.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { locationInfo } from './location.js';
import { MANAGEMENT } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const getLocation = lazyCmdlet('Get-Location', (): CmdletDefinition => ({
  name: 'Get-Location',
  implementingType: 'Microsoft.PowerShell.Commands.GetLocationCommand',
  module: MANAGEMENT,
  synopsis: 'Gets the current working location.',
  parameters: [],
  process(ctx) {
    ctx.writeObject(locationInfo(ctx.session));
  },
}));
