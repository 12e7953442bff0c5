// Device code: the shell shows a code and a page; the person signs in anywhere and the shell polls.
// Ctrl+C cancels without waiting for the next poll.

import type { DeviceCodeRequest } from '@azure/msal-node';
import { openSystemBrowser } from './browser.js';
import { nonNull, raceAbort, type SignInFlow } from './flow.js';

/** https://microsoft.com/devicelogin and the like: scheme, host, port, path; no query, no specials. */
const PLAIN_WEB_ADDRESS = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~\/-]*)?$/;

/** The settings "copyDeviceCodeToClipboard" and "autoOpenLinksInBrowser" (both off by default). */
export interface DeviceCodeOptions {
  copyCode: boolean;
  openPage: boolean;
}

export const deviceCodeFlow = (options: DeviceCodeOptions): SignInFlow<'public'> => ({
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
          copyCode: options.copyCode,
        });
        if (options.copyCode) ui.verbose('The code was sent to the clipboard through the terminal (copyDeviceCodeToClipboard).');
        // The address comes from the identity platform's answer and goes to a program (on Windows
        // through cmd): only a plain web address of a host and a path is opened.
        if (options.openPage && PLAIN_WEB_ADDRESS.test(r.verificationUri)) {
          ui.verbose(`Opening ${r.verificationUri} in the default browser (autoOpenLinksInBrowser).`);
          openSystemBrowser(r.verificationUri);
        }
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
});
