// Invoke-RestMethod: sends an HTTP(S) request and writes the answer as objects: JSON converted as
// ConvertFrom-Json converts it (an array as one object, as pwsh 7.6 writes it), other text as a string.
// The parameters are web-params.ts's (shared with Invoke-WebRequest); the request itself is
// web-invoke.ts, loaded on the first call.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { UTILITY } from './modules.js';
import { STANDARD_METHOD, webParameters } from './web-params.js';

export const invokeRestMethod = lazyCmdlet('Invoke-RestMethod', (): CmdletDefinition => ({
  name: 'Invoke-RestMethod',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
  module: UTILITY,
  synopsis: 'Sends an HTTP or HTTPS request to a RESTful web service.',
  defaultParameterSet: STANDARD_METHOD,
  parameters: webParameters(true),
  async process(ctx) {
    const { invokeWeb } = await import('./web-invoke.js');
    await invokeWeb(ctx, 'rest');
  },
}));
