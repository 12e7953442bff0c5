// Which sign-in flows a connect attempt runs, in order, from the bound parameter set and the settings.
//
// Connect-SPOService's AuthenticationLocation and AuthenticationUrl sets differ only in where the
// authority comes from (-Region or -AuthenticationUrl); both sign a user in. AuthenticationCertificate
// signs an app in with a certificate, AuthenticationManagedIdentity a managed identity.

import type { PSCredential } from '../../engine/values.js';
import type { SignInMethod } from '../../config/settings.js';
import type { AppKind } from '../msal.js';
import { browserFlow } from './browser.js';
import { cachedFlow } from './cached.js';
import { certificateFlow } from './certificate.js';
import { managedIdentityFlow } from './managed-identity.js';
import { deviceCodeFlow, type DeviceCodeOptions } from './device-code.js';
import type { SignInFlow } from './flow.js';
import { passwordFlow } from './password.js';

export { SignInCancelled, type FlowUi, type SignInFlow } from './flow.js';

/** What the flows are chosen from. */
export interface FlowInputs {
  credential?: PSCredential;
  /** scheme://host of the site: the key of this session's cached sign-ins. */
  siteOrigin: string;
  /** The "signIn" setting: how a person signs in when no -Credential is given. */
  interactiveMethod: SignInMethod;
  /** -UseSystemBrowser: true or false overrides the setting. */
  useSystemBrowser?: boolean;
  /** What the device-code flow does besides showing the code (settings). */
  deviceCode: DeviceCodeOptions;
  /** App-only: the app, its tenant and the certificate's thumbprint (for -Verbose). */
  app?: { clientId: string; tenantId: string; thumbprint: string };
  /** Managed identity: the user-assigned identity's client id (undefined: system-assigned). */
  managedIdentityClientId?: string;
}

export interface FlowPlan {
  appKind: AppKind;
  flows: SignInFlow[];
}

/** A user signs in: with -Credential, always checked; else this session's cached sign-in, else a person. */
function userSignIn(i: FlowInputs): FlowPlan {
  if (i.credential) return { appKind: 'public', flows: [passwordFlow(i.credential)] };
  return {
    appKind: 'public',
    flows: [cachedFlow(i.siteOrigin), (i.useSystemBrowser ?? i.interactiveMethod === 'browser') ? browserFlow : deviceCodeFlow(i.deviceCode)] as SignInFlow[],
  };
}

const PLAN_BY_PARAMETER_SET: Readonly<Record<string, (i: FlowInputs) => FlowPlan>> = {
  AuthenticationLocation: userSignIn,
  AuthenticationUrl: userSignIn,
  AuthenticationCertificate: (i) => {
    if (!i.app) throw new Error('The certificate set needs the app and its certificate.');
    return { appKind: 'confidential', flows: [certificateFlow(i.app.clientId, i.app.tenantId, i.app.thumbprint)] as SignInFlow[] };
  },
  AuthenticationManagedIdentity: (i) => ({
    appKind: 'managedIdentity',
    flows: [managedIdentityFlow(i.siteOrigin, i.managedIdentityClientId)] as SignInFlow[],
  }),
};

export function chooseFlows(parameterSetName: string, inputs: FlowInputs): FlowPlan {
  const plan = PLAN_BY_PARAMETER_SET[parameterSetName];
  // The binder only binds sets of the cmdlet's metadata, so this is a table out of step with it.
  if (!plan) throw new Error(`Connect-SPOService has no sign-in flow for the parameter set '${parameterSetName}'.`);
  return plan(inputs);
}
