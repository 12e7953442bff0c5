// The system browser: authorization code with PKCE on a loopback redirect (msal's own listener).
// The browser opens by itself ($BROWSER, open, start, xdg-open); the panel shows the URL in case it
// does not. Ctrl+C answers msal's listener so that it closes its port.

import { spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { browserAddress } from '../browser-address.js';
import { raceAbort, type SignInFlow } from './flow.js';

export const browserFlow: SignInFlow<'public'> = {
  appKind: 'public',
  needsPerson: true,
  announce: 'before',
  describe: () => 'Sign-in flow: the system browser (authorization code with PKCE); press Ctrl+C to cancel.',
  async acquire(entry, scopes, signal, ui) {
    let panel: { close(): void } | undefined;
    let authorizeUrl: string | undefined;
    try {
      const flow = entry.app.acquireTokenInteractive({
        scopes,
        openBrowser: async (url: string) => {
          authorizeUrl = url;
          // The address a person's browser can reach (the sandbox's own page under --sandbox).
          const address = browserAddress(url);
          ui.progress.hide();
          panel = ui.host.showSignIn({ kind: 'browser', url: address });
          openSystemBrowser(address);
        },
        successTemplate: 'Signed in. You can close this window and return to spo.',
        errorTemplate: 'Sign-in failed. Return to spo for details.',
      });
      return await raceAbort(flow, signal, () => stopLoopbackListener(authorizeUrl));
    } finally {
      panel?.close();
    }
  },
};

/**
 * msal's loopback server only closes once it has received an answer; after Ctrl+C nobody will
 * answer, so the shell answers it itself with an error (carrying the expected state), which makes
 * msal end the flow and close the port.
 */
function stopLoopbackListener(authorizeUrl: string | undefined): void {
  if (!authorizeUrl) return;
  try {
    const params = new URL(authorizeUrl).searchParams;
    const redirect = params.get('redirect_uri');
    const state = params.get('state');
    if (!redirect || !state || !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(redirect)) return;
    const target = new URL('/cancelled', redirect);
    target.searchParams.set('error', 'access_denied');
    target.searchParams.set('state', state);
    const req = httpGet(target, (res) => res.resume());
    req.on('error', () => {});
  } catch {
    /* nothing more to do: the process exit closes the port */
  }
}

/** Opens a URL in the user's browser ($BROWSER wins, as many CLIs do). Failures are ignored: the URL is on screen. */
export function openSystemBrowser(url: string): void {
  const custom = process.env.BROWSER;
  const [cmd, args] = custom
    ? [custom, [url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    /* the URL is shown in the panel; the user can open it by hand */
  }
}
