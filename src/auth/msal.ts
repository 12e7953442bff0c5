// msal-node, loaded only when a connection is made, and its per-session applications.
//
// One application per (kind, authority, client id) lives in the session for the whole session; its
// token cache is msal's in-memory cache and is never serialised, so no token reaches the disk. All
// its HTTP goes through the shell's network module; the observer and the abort signal change per
// Connect-SPOService call, so the app gets a network client that forwards to the current call's
// route, which also keeps that call's last identity-platform error body.
//
// The kind of application is the sign-in flow's choice (flows/): today every flow signs in a user
// with a public client; an app-only flow adds its kind to AppKinds and one factory to APP_FACTORIES.

import type {
  AccountInfo,
  INetworkModule,
  NetworkRequestOptions,
  NetworkResponse,
  NodeSystemOptions,
  PublicClientApplication,
} from '@azure/msal-node';
import type { Session } from '../engine/session.js';
import type { Network, NetObserver, NetworkError } from '../net/network.js';
import { loadMsal, type MsalModule } from './msal-loader.js';
import { createMsalNetworkModule, type IdentityErrorBody, type RetriedResponse } from './msal-network.js';

export { loadMsal, type MsalModule } from './msal-loader.js';

const SERVICE_KEY = 'auth.msal';

/** The msal application behind each kind a sign-in flow may ask for. */
export interface AppKinds {
  public: PublicClientApplication;
}
export type AppKind = keyof AppKinds;

export interface AppOptions {
  authority: string;
  clientId: string;
  knownAuthorities: string[];
}

/** Builds one kind of application; `system` carries the shell's network client and quiet logger. */
type AppFactory<K extends AppKind> = (msal: MsalModule, o: AppOptions, system: NodeSystemOptions) => AppKinds[K];

const APP_FACTORIES: { [K in AppKind]: AppFactory<K> } = {
  public: (msal, o, system) =>
    new msal.PublicClientApplication({
      auth: {
        clientId: o.clientId,
        authority: o.authority,
        // For a custom -AuthenticationUrl: trust its host and read its OpenID configuration from it,
        // instead of asking login.microsoftonline.com about a host of another cloud.
        knownAuthorities: o.knownAuthorities,
      },
      system,
    }),
};

/** Where an app's requests go during the current call, and what that call has learnt. */
export interface CallRoute {
  module?: INetworkModule;
  /** The last error body the identity platform sent during this call (msal drops some AADSTS detail). */
  readonly lastIdentityError?: IdentityErrorBody;
  /** The last request of this call that got no answer (msal drops the cause of some). */
  readonly lastNetworkError?: NetworkError;
}

export interface AppEntry<K extends AppKind = AppKind> {
  kind: K;
  app: AppKinds[K];
  authority: string;
  clientId: string;
  /** The account last connected to each site origin, for silent reconnects. */
  accountBySite: Map<string, string>;
  /** Where the app's requests go during the current call. */
  route: { current?: CallRoute };
}

type AppTable = Map<string, AppEntry>;

function appTable(session: Session): AppTable {
  let table = session.services.get(SERVICE_KEY) as AppTable | undefined;
  if (!table) {
    table = new Map();
    session.services.set(SERVICE_KEY, table);
  }
  return table;
}

/** The session's application of this kind for this authority and client id, created on first use. */
export async function getApp<K extends AppKind>(
  session: Session,
  kind: K,
  o: AppOptions,
): Promise<{ entry: AppEntry<K>; created: boolean }> {
  const table = appTable(session);
  const key = `${kind}|${o.authority.toLowerCase()}|${o.clientId.toLowerCase()}`;
  const existing = table.get(key) as AppEntry<K> | undefined;
  if (existing) return { entry: existing, created: false };
  const msal = await loadMsal();
  const route: AppEntry['route'] = {};
  const current = (): INetworkModule => {
    if (!route.current?.module) throw new Error('No network route for msal');
    return route.current.module;
  };
  const forwarding: INetworkModule = {
    sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
      return current().sendGetRequestAsync<T>(url, options, timeout);
    },
    sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
      return current().sendPostRequestAsync<T>(url, options);
    },
  };
  const app = APP_FACTORIES[kind](msal, o, {
    networkClient: forwarding,
    // msal's own log could carry PII; keep it quiet. -Verbose/-Debug narrate instead.
    loggerOptions: { loggerCallback: () => {}, piiLoggingEnabled: false, logLevel: msal.LogLevel.Error },
  });
  const entry: AppEntry<K> = { kind, app, authority: o.authority, clientId: o.clientId, accountBySite: new Map(), route };
  table.set(key, entry as AppEntry);
  return { entry, created: true };
}

/**
 * Routes the app's requests for one call and returns that call's route. 5xx and 429 answers from the
 * identity platform (left after the network module's own bounded retries) are turned into errors
 * here, before msal sees them: msal would otherwise remember them in its throttling cache and refuse
 * the same sign-in, without a request, for up to an hour, which would leave the session unusable.
 */
export function routeCall(
  entry: AppEntry,
  msal: MsalModule,
  network: Network,
  observer: NetObserver,
  signal: AbortSignal,
): CallRoute {
  const inner = createMsalNetworkModule(network, { observer, signal });
  const check = async <T>(p: Promise<RetriedResponse<T>>, url: string, correlationId: string): Promise<NetworkResponse<T>> => {
    const res = await p;
    if (res.status === 429 || res.status >= 500) {
      const error = new msal.AuthError('identity_server_unavailable', correlationId, `HTTP ${res.status}`);
      Object.assign(error, { httpStatus: res.status, requestUrl: url, retryAfter: res.headers['retry-after'], retries: res.retries });
      throw error;
    }
    return res;
  };
  const route: CallRoute = {
    get lastIdentityError() {
      return inner.lastIdentityError;
    },
    get lastNetworkError() {
      return inner.lastNetworkError;
    },
    module: {
      sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
        check(inner.sendGetRequestAsync<T>(url, options, timeout), url, options?.correlationId ?? ''),
      sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) =>
        check(inner.sendPostRequestAsync<T>(url, options), url, options?.correlationId ?? ''),
    },
  };
  entry.route.current = route;
  return route;
}

/** The token cache of an app that keeps accounts (user sign-ins), else undefined. */
function accountCache(entry: AppEntry) {
  return 'getTokenCache' in entry.app ? entry.app.getTokenCache() : undefined;
}

export async function findAccount(entry: AppEntry, predicate: (a: AccountInfo) => boolean): Promise<AccountInfo | undefined> {
  const accounts = (await accountCache(entry)?.getAllAccounts()) ?? [];
  return accounts.find(predicate);
}

export function byHomeAccountId(id: string): (a: AccountInfo) => boolean {
  return (a) => a.homeAccountId === id;
}

/** Forgets an account's tokens (Disconnect-SPOService). */
export async function forgetAccount(session: Session, homeAccountId: string): Promise<void> {
  for (const entry of appTable(session).values()) {
    const account = await findAccount(entry, byHomeAccountId(homeAccountId));
    if (account) await accountCache(entry)?.removeAccount(account);
    for (const [site, id] of entry.accountBySite) if (id === homeAccountId) entry.accountBySite.delete(site);
  }
}
