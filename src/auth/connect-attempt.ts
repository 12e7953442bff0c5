// One Connect-SPOService call, as the sign-in code sees it: the typed parameters the cmdlet bound,
// and what connect.ts worked out from them before anything went over the wire.

import type { LoadedCertificate } from '../certificates/index.js';
import type { PSCredential, SecureString } from '../engine/values.js';
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
  /** 'Default' | 'ITAR' | 'Germany' | 'China' | 'Delos' | 'France', or undefined when -Region was not given. */
  region?: string;
  /** Accepted with either value; sign-in is always modern (docs/sign-in.md). */
  modernAuth?: boolean;
  useSystemBrowser?: boolean;
  /** App-only (AuthenticationCertificate set). */
  clientId?: string;
  tenantId?: string;
  certificate?: LoadedCertificate;
  certificatePath?: string;
  certificateThumbprint?: string;
  certificatePassword?: SecureString;
  /** Managed identity (AuthenticationManagedIdentity set). */
  managedIdentityType?: 'SystemAssigned' | 'UserAssigned';
  managedIdentityClientId?: string;
}

export interface ConnectAttempt {
  readonly args: ConnectArgs;
  /** The bound parameter set: it chooses the sign-in flows. */
  readonly parameterSetName: string;
  readonly site: SiteTarget;
  /** Managed identity: the user-assigned identity's client id; undefined for the system-assigned one. */
  readonly userAssignedClientId: string | undefined;
  readonly authority: AuthorityChoice;
  readonly scopes: string[];
  readonly settings: Settings;
  readonly clientTag: ClientTag;
  /** Facts the failure messages name; the device-code flow adds the code's lifetime. */
  readonly messages: MessageContext;
}
