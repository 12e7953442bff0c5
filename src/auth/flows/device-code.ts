// Device code: the shell shows a code and a page; the person signs in anywhere and the shell polls.
// Ctrl+C cancels without waiting for the next poll.

import type { DeviceCodeRequest } from '@azure/msal-node';
import { nonNull, raceAbort, type SignInFlow } from './flow.js';

export const deviceCodeFlow: SignInFlow<'public'> = {
  appKind: 'public',
  needsPerson: true,
  announce: 'before',
  describe: () => 'Sign-in flow: device code; press Ctrl+C to cancel.',
  async acquire(entry, scopes, signal, ui) {
    let panel: { close(): void } | undefined;
    const request: DeviceCodeRequest = {
      scopes,
      deviceCodeCallback: (r) => {
        // msal does not check the /devicecode answer: an error body arrives here as empty fields.
        if (!r.userCode || !r.deviceCode) {
          request.cancel = true;
          return;
        }
        const minutes = Math.max(1, Math.round(r.expiresIn / 60));
        ui.deviceCodeLifetime(minutes);
        ui.verbose(`Waiting for the sign-in at ${r.verificationUri}; the code expires in ${minutes} minutes.`);
        ui.progress.hide();
        panel = ui.host.showSignIn({
          kind: 'deviceCode',
          info: { message: r.message, userCode: r.userCode, verificationUri: r.verificationUri, expiresAt: Date.now() + r.expiresIn * 1000 },
        });
      },
    };
    try {
      return await raceAbort(entry.app.acquireTokenByDeviceCode(request).then(nonNull), signal, () => {
        request.cancel = true;
      });
    } finally {
      panel?.close();
    }
  },
};
