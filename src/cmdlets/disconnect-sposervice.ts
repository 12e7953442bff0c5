// Disconnect-SPOService: takes only the CommonParameters.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const disconnectSpoService = lazyCmdlet('Disconnect-SPOService', (): CmdletDefinition => ({
  name: 'Disconnect-SPOService',
  implementingType: 'Microsoft.Online.SharePoint.PowerShell.DisconnectSPOService',
  module: 'Microsoft.Online.SharePoint.PowerShell',
  synopsis: "Ends the session's SharePoint Online connection.",
  parameters: [],
  async process(ctx) {
    const { disconnectSpoServiceCommand } = await import('../auth/connect.js');
    await disconnectSpoServiceCommand(ctx);
  },
}));
