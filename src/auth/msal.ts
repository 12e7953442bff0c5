// msal-node, loaded only when a connection is made, and its per-session applications.
//
// One PublicClientApplication per (authority, client id) lives in the session for the whole
// session; its token cache is msal's in-memory cache and is never serialised, so no token reaches
// the disk. All its HTTP goes through the shell's network module; the observer and the abort
// signal change per Connect-SPOService call, so the app gets a network client that forwards to the
// current call's module.

import { spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
import type {
  AccountInfo,
  AuthenticationResult,
  DeviceCodeRequest,
  INetworkModule,
  NetworkRequestOptions,
  NetworkResponse,
  PublicClientApplication,
} from '@azure/msal-node';
import type { Session } from '../engine/session.js';
import type { Network, NetObserver } from '../net/network.js';

export type MsalModule = typeof import('@azure/msal-node');

let msalModule: Promise<MsalModule> | undefined;
/** Loads @azure/msal-node once per process. */
export function loadMsal(): Promise<MsalModule> {
  msalModule ??= import('@azure/msal-node');
  return msalModule;
}

const SERVICE_KEY = 'auth.msal';

export interface AppEntry {
  app: PublicClientApplication;
  authority: string;
  clientId: string;
  /** The account last connected to each site origin, for silent reconnects. */
  accountBySite: Map<string, string>;
  /** Where the app's requests go during the current call. */
  route: { module?: INetworkModule };
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

export interface AppOptions {
  authority: string;
  clientId: string;
  knownAuthorities: string[];
}

/** The session's application for this authority and client id, created on first use. */
export async function getApp(session: Session, o: AppOptions): Promise<{ entry: AppEntry; created: boolean }> {
  const table = appTable(session);
  const key = `${o.authority.toLowerCase()}|${o.clientId.toLowerCase()}`;
  const existing = table.get(key);
  if (existing) return { entry: existing, created: false };
  const msal = await loadMsal();
  const route: AppEntry['route'] = {};
  const forwarding: INetworkModule = {
    sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
      if (!route.module) throw new Error('No network route for msal');
      return route.module.sendGetRequestAsync<T>(url, options, timeout);
    },
    sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
      if (!route.module) throw new Error('No network route for msal');
      return route.module.sendPostRequestAsync<T>(url, options);
    },
  };
  const app = new msal.PublicClientApplication({
    auth: {
      clientId: o.clientId,
      authority: o.authority,
      // For a custom -AuthenticationUrl: trust its host and read its OpenID configuration from it,
      // instead of asking login.microsoftonline.com about a host of another cloud.
      knownAuthorities: o.knownAuthorities,
    },
    system: {
      networkClient: forwarding,
      // msal's own log could carry PII; keep it quiet. -Verbose/-Debug narrate instead.
      loggerOptions: { loggerCallback: () => {}, piiLoggingEnabled: false, logLevel: msal.LogLevel.Error },
    },
  });
  const entry: AppEntry = { app, authority: o.authority, clientId: o.clientId, accountBySite: new Map(), route };
  table.set(key, entry);
  return { entry, created: true };
}

/**
 * Wraps the network module for one call. 5xx and 429 answers from the identity platform (left
 * after the network module's own bounded retries) are turned into errors here, before msal sees
 * them: msal would otherwise remember them in its throttling cache and refuse the same sign-in,
 * without a request, for up to an hour, which would leave the session unusable.
 */
export function routeCall(
  entry: AppEntry,
  msal: MsalModule,
  network: Network,
  observer: NetObserver,
  signal: AbortSignal,
): void {
  const inner = network.msalNetworkModule(observer, { signal });
  const check = async <T>(p: Promise<NetworkResponse<T>>, url: string, correlationId: string) => {
    const res = await p;
    if (res.status === 429 || res.status >= 500) {
      const error = new msal.AuthError('identity_server_unavailable', correlationId, `HTTP ${res.status}`);
      Object.assign(error, { httpStatus: res.status, requestUrl: url, retryAfter: res.headers['retry-after'] });
      throw error;
    }
    return res;
  };
  entry.route.module = {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
      check(inner.sendGetRequestAsync<T>(url, options, timeout), url, options?.correlationId ?? ''),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) =>
      check(inner.sendPostRequestAsync<T>(url, options), url, options?.correlationId ?? ''),
  };
}

export async function findAccount(entry: AppEntry, predicate: (a: AccountInfo) => boolean): Promise<AccountInfo | undefined> {
  const accounts = await entry.app.getTokenCache().getAllAccounts();
  return accounts.find(predicate);
}

/** Tries the cache; undefined when a real sign-in is needed. */
export async function trySilent(
  entry: AppEntry,
  account: AccountInfo,
  scopes: string[],
): Promise<AuthenticationResult | undefined> {
  try {
    const result = await entry.app.acquireTokenSilent({ account, scopes });
    return result ?? undefined;
  } catch {
    // Expired refresh token, revoked session, network trouble: fall back to a full sign-in,
    // which reports its own errors.
    return undefined;
  }
}

export function byHomeAccountId(id: string): (a: AccountInfo) => boolean {
  return (a) => a.homeAccountId === id;
}

/** Forgets an account's tokens (Disconnect-SPOService). */
export async function forgetAccount(session: Session, homeAccountId: string): Promise<void> {
  for (const entry of appTable(session).values()) {
    const account = await findAccount(entry, byHomeAccountId(homeAccountId));
    if (account) await entry.app.getTokenCache().removeAccount(account);
    for (const [site, id] of entry.accountBySite) if (id === homeAccountId) entry.accountBySite.delete(site);
  }
}

/**
 * Runs the device-code flow. `onCode` shows the code; the promise rejects with msal's error, or
 * with a DeviceCodeCancelled when `signal` aborts (Ctrl+C), without waiting for the next poll.
 */
export async function deviceCodeSignIn(
  entry: AppEntry,
  scopes: string[],
  signal: AbortSignal,
  onCode: (info: { message: string; userCode: string; verificationUri: string; expiresIn: number; interval: number }) => void,
): Promise<AuthenticationResult> {
  const request: DeviceCodeRequest = {
    scopes,
    deviceCodeCallback: (r) => {
      // msal does not check the /devicecode answer: an error body arrives here as empty fields.
      if (!r.userCode || !r.deviceCode) {
        request.cancel = true;
        return;
      }
      onCode({ message: r.message, userCode: r.userCode, verificationUri: r.verificationUri, expiresIn: r.expiresIn, interval: r.interval });
    },
  };
  return raceAbort(entry.app.acquireTokenByDeviceCode(request).then(nonNull), signal, () => {
    request.cancel = true;
  });
}

/** Runs the system-browser flow (authorization code with PKCE on a loopback redirect). */
export async function browserSignIn(
  entry: AppEntry,
  scopes: string[],
  signal: AbortSignal,
  onUrl: (url: string) => void,
): Promise<AuthenticationResult> {
  let authorizeUrl: string | undefined;
  const flow = entry.app.acquireTokenInteractive({
    scopes,
    openBrowser: async (url: string) => {
      authorizeUrl = url;
      onUrl(url);
      openSystemBrowser(url);
    },
    successTemplate: 'Signed in. You can close this window and return to spo.',
    errorTemplate: 'Sign-in failed. Return to spo for details.',
  });
  return raceAbort(flow, signal, () => stopLoopbackListener(authorizeUrl));
}

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

export async function passwordSignIn(
  entry: AppEntry,
  scopes: string[],
  username: string,
  password: string,
  signal: AbortSignal,
): Promise<AuthenticationResult> {
  // Deprecated in msal for good reasons (no MFA); kept because -Credential is part of the cmdlet.
  return raceAbort(entry.app.acquireTokenByUsernamePassword({ scopes, username, password }).then(nonNull), signal, () => {});
}

function nonNull(r: AuthenticationResult | null): AuthenticationResult {
  if (!r) throw new Error('The identity platform returned no token.');
  return r;
}

/** Rejected with this when the user cancels (Ctrl+C). */
export class SignInCancelled extends Error {
  constructor() {
    super('Sign-in cancelled.');
    this.name = 'SignInCancelled';
  }
}

function raceAbort<T>(p: Promise<T>, signal: AbortSignal, onAbort: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort();
    p.catch(() => {});
    return Promise.reject(new SignInCancelled());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(new SignInCancelled());
    };
    signal.addEventListener('abort', abort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', abort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(signal.aborted ? new SignInCancelled() : e);
      },
    );
  });
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
