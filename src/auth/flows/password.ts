// User name and password (-Credential): the resource owner password grant. Deprecated in msal for good
// reasons (no MFA); kept because -Credential is part of the cmdlet. Checked every time: a wrong
// password must fail even when the same account signed in a moment ago, as in the real module.

import type { PSCredential } from '../../engine/values.js';
import { nonNull, raceAbort, type SignInFlow } from './flow.js';

export function passwordFlow(credential: PSCredential): SignInFlow<'public'> {
  return {
    appKind: 'public',
    needsPerson: false,
    announce: 'before',
    describe: () => `Sign-in flow: user name and password for ${credential.UserName}.`,
    acquire: (entry, scopes, signal) =>
      raceAbort(
        entry.app
          .acquireTokenByUsernamePassword({ scopes, username: credential.UserName ?? '', password: credential.Password?.revealForSignIn() ?? '' })
          .then(nonNull),
        signal,
        () => {},
      ),
  };
}
