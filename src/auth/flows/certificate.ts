// App-only sign-in with a certificate: client credentials with an assertion msal-node signs with the
// certificate's private key (ConfidentialClientApplication). No person is involved, so it also runs
// under -NonInteractive. The key lives only inside msal's configuration, in memory.

import { nonNull, raceAbort, type SignInFlow } from './flow.js';

export function certificateFlow(clientId: string, tenantId: string, thumbprint: string): SignInFlow<'confidential'> {
  return {
    appKind: 'confidential',
    needsPerson: false,
    announce: 'before',
    describe: () => `Sign-in flow: app-only, application ${clientId} in tenant ${tenantId} with the certificate ${thumbprint}.`,
    acquire: (entry, scopes, signal) =>
      raceAbort(entry.app.acquireTokenByClientCredential({ scopes }).then(nonNull), signal, () => {}),
  };
}
