// This session's cached sign-in: an interactive sign-in coming back to a site reuses its token (no
// second device code). Nothing to offer when the site was not signed in to interactively before, or
// when the cache cannot renew the token; the next flow then signs in afresh and reports its own errors.

import type { AuthenticationResult } from '@azure/msal-node';
import { byHomeAccountId, findAccount, type AppEntry } from '../msal.js';
import type { SignInFlow } from './flow.js';

export function cachedFlow(siteOrigin: string): SignInFlow<'public'> {
  return {
    appKind: 'public',
    needsPerson: false,
    announce: 'after',
    describe: (result) => `Sign-in flow: this session's cached sign-in of ${result?.account?.username ?? ''} (no new sign-in).`,
    async acquire(entry: AppEntry<'public'>, scopes: string[]): Promise<AuthenticationResult | undefined> {
      const homeAccountId = entry.accountBySite.get(siteOrigin);
      if (homeAccountId === undefined) return undefined;
      const account = await findAccount(entry, byHomeAccountId(homeAccountId));
      if (!account) return undefined;
      try {
        return (await entry.app.acquireTokenSilent({ account, scopes })) ?? undefined;
      } catch {
        // Expired refresh token, revoked session, network trouble: a full sign-in follows.
        return undefined;
      }
    },
  };
}
