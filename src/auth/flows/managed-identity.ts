// A managed identity: msal-node's ManagedIdentityApplication asks the identity endpoint of the Azure
// resource the shell runs on (found from the environment: App Service, Arc, Cloud Shell, Service
// Fabric, Machine Learning). The token's resource is the site's origin.

import { nonNull, raceAbort, type SignInFlow } from './flow.js';

export function managedIdentityFlow(resource: string, userAssignedClientId: string | undefined): SignInFlow<'managedIdentity'> {
  return {
    appKind: 'managedIdentity',
    needsPerson: false,
    announce: 'before',
    describe: () =>
      userAssignedClientId
        ? `Sign-in flow: the user-assigned managed identity ${userAssignedClientId}.`
        : "Sign-in flow: the machine's system-assigned managed identity.",
    acquire: (entry, _scopes, signal) => raceAbort(entry.app.acquireToken({ resource }).then(nonNull), signal, () => {}),
  };
}
