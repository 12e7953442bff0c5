// One Connect-SPOService call, as the sign-in code sees it: the typed parameters the cmdlet bound,
// and what connect.ts worked out from them before anything went over the wire.

import type { PSCredential } from '../engine/values.js';
import type { Settings } from '../config/settings.js';
import type { AuthorityChoice, SiteTarget } from './clouds.js';
import type { ClientTag } from './csom.js';
import type { MessageContext } from './messages.js';

/** Connect-SPOService's bound parameters (src/cmdlets/connect-sposervice.ts reads them). */
export interface ConnectArgs {
  url: string;
  credential?: PSCredential;
  clientTag?: string;
  authenticationUrl?: string;
  /** 'Default' | 'ITAR' | 'Germany' | 'China', or undefined when -Region was not given. */
  region?: string;
}

export interface ConnectAttempt {
  readonly args: ConnectArgs;
  /** The bound parameter set: it chooses the sign-in flows. */
  readonly parameterSetName: string;
  readonly site: SiteTarget;
  readonly authority: AuthorityChoice;
  readonly scopes: string[];
  readonly settings: Settings;
  readonly clientTag: ClientTag;
  /** Facts the failure messages name; the device-code flow adds the code's lifetime. */
  readonly messages: MessageContext;
}
