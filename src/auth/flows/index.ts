// Which sign-in flows a connect attempt runs, in order, from the bound parameter set and the settings.
//
// Connect-SPOService's two parameter sets today differ only in where the authority comes from
// (-Region or -AuthenticationUrl); both sign a user in. A new way of signing in (a certificate, a
// managed identity) is one flow module plus one row here for its parameter set.

import type { PSCredential } from '../../engine/values.js';
import type { SignInMethod } from '../../config/settings.js';
import type { AppKind } from '../msal.js';
import { browserFlow } from './browser.js';
import { cachedFlow } from './cached.js';
import { deviceCodeFlow } from './device-code.js';
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
    flows: [cachedFlow(i.siteOrigin), i.interactiveMethod === 'browser' ? browserFlow : deviceCodeFlow] as SignInFlow[],
  };
}

const PLAN_BY_PARAMETER_SET: Readonly<Record<string, (i: FlowInputs) => FlowPlan>> = {
  AuthenticationLocation: userSignIn,
  AuthenticationUrl: userSignIn,
};

export function chooseFlows(parameterSetName: string, inputs: FlowInputs): FlowPlan {
  const plan = PLAN_BY_PARAMETER_SET[parameterSetName];
  // The binder only binds sets of the cmdlet's metadata, so this is a table out of step with it.
  if (!plan) throw new Error(`Connect-SPOService has no sign-in flow for the parameter set '${parameterSetName}'.`);
  return plan(inputs);
}
