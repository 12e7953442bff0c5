// Invoke-WebRequest: sends an HTTP(S) request and writes the response object (status, headers,
// content, raw content), as pwsh 7.6's BasicHtmlWebResponseObject (text) or WebResponseObject.
// The parameters are web-params.ts's (shared with Invoke-RestMethod); the request itself is
// web-invoke.ts, loaded on the first call.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { UTILITY } from './modules.js';
import { STANDARD_METHOD, webParameters } from './web-params.js';

export const invokeWebRequest = lazyCmdlet('Invoke-WebRequest', (): CmdletDefinition => ({
  name: 'Invoke-WebRequest',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
  module: UTILITY,
  synopsis: 'Gets content from a web page on the internet.',
  defaultParameterSet: STANDARD_METHOD,
  parameters: webParameters(false),
  async process(ctx) {
    const { invokeWeb } = await import('./web-invoke.js');
    await invokeWeb(ctx, 'web');
  },
}));
