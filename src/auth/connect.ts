// Connect-SPOService and Disconnect-SPOService.
//
// Order of work, each step narrated by -Verbose:
//   1. check the arguments (Url, -Region, -AuthenticationUrl): no request is sent for bad input;
//   2. drop the previous connection (one per session);
//   3. sign in with msal-node: user name + password (-Credential, checked every time), else this
//      session's cached token for a site signed in to interactively before, else device code or
//      the browser;
//   4. prove the connection with one CSOM ProcessQuery for the Tenant object;
//   5. record the connection in the session.
// Every failure is a terminating error with one sentence and the next step (messages.ts, csom.ts).

import type { AuthenticationResult } from '@azure/msal-node';
import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import type { ConnectionInfo } from '../engine/session.js';
import { PipelineStoppedSignal } from '../engine/errors.js';
import { NON_INTERACTIVE_MESSAGE } from '../host/host.js';
import type { PSCredential } from '../engine/values.js';
import {
  getNetwork,
  NetworkError,
  MSAL_NETWORK_ERROR,
  MSAL_MALFORMED_RESPONSE,
  PROXY_SETTING_ERROR,
  type Network,
  type NetObserver,
} from '../net/network.js';
import { loadSettings, settingsPath, SPO_MANAGEMENT_SHELL_CLIENT_ID } from '../config/settings.js';
import { chooseAuthority, ConnectArgumentError, parseSiteUrl, scopeFor, type AuthorityChoice, type SiteTarget } from './clouds.js';
import { buildClientTag, clientTagProblem, CsomValidationError, validateTenantAdminSite } from './csom.js';
import {
  failureFromBody,
  failureFromMsalError,
  identityErrorSpec,
  detailLine,
  type MessageContext,
  type MsalLikeError,
} from './messages.js';
import {
  browserSignIn,
  byHomeAccountId,
  deviceCodeSignIn,
  findAccount,
  forgetAccount,
  getApp,
  loadMsal,
  passwordSignIn,
  routeCall,
  SignInCancelled,
  trySilent,
  type AppEntry,
  type MsalModule,
} from './msal.js';

export const NO_CONNECTION_MESSAGE = 'No connection available. Use Connect-SPOService before running this CmdLet.';

export interface ConnectArgs {
  url: string;
  credential?: PSCredential;
  clientTag?: string;
  authenticationUrl?: string;
  /** 'Default' | 'ITAR' | 'Germany' | 'China', or undefined when -Region was not given. */
  region?: string;
}

/** Writes -Verbose/-Debug lines in order; the network observer calls it synchronously. */
class Narrator {
  #chain: Promise<void> = Promise.resolve();
  constructor(private readonly ctx: CmdletContext) {}
  verbose(text: string): void {
    if (this.ctx.verboseEnabled) this.#chain = this.#chain.then(() => this.ctx.writeVerbose(text));
  }
  debug(text: string): void {
    if (this.ctx.debugEnabled) this.#chain = this.#chain.then(() => this.ctx.writeDebug(text));
  }
  /** Waits until everything queued is written (and surfaces a -Debug/-Verbose Stop). */
  flush(): Promise<void> {
    return this.#chain;
  }
}

export async function connectSpoServiceCommand(ctx: CmdletContext, args: ConnectArgs): Promise<void> {
  const started = performance.now();
  const say = new Narrator(ctx);

  // 1. Arguments. Nothing has gone over the wire yet.
  let site: SiteTarget;
  let choice: AuthorityChoice;
  try {
    site = parseSiteUrl(args.url);
    choice = chooseAuthority(site, args.region, args.authenticationUrl);
  } catch (e) {
    if (e instanceof ConnectArgumentError) {
      ctx.throwTerminatingError({
        message: e.message,
        errorId: e.errorId,
        category: 'InvalidArgument',
        exceptionType: e.exceptionType,
        targetObject: args.authenticationUrl !== undefined && /AuthenticationUrl/.test(e.errorId) ? args.authenticationUrl : args.url,
      });
    }
    throw e;
  }
  // The tag becomes an HTTP header value: refuse what a header cannot carry before anything is sent.
  const tagProblem = clientTagProblem(args.clientTag);
  if (tagProblem) {
    ctx.throwTerminatingError({
      message: tagProblem,
      errorId: 'ParameterArgumentValidationError',
      category: 'InvalidData',
      exceptionType: 'ParameterBindingValidationException',
      targetObject: args.clientTag,
    });
  }

  const loaded = loadSettings();
  if (loaded.warning) await ctx.writeWarning(loaded.warning);
  const { settings } = loaded;
  const tag = buildClientTag(args.clientTag);
  if (tag.truncatedFrom !== undefined) {
    await ctx.writeWarning(
      `-ClientTag was shortened: the X-ClientService-ClientTag header holds at most 32 characters, so '${tag.value}' is sent.`,
    );
  }

  // 2. One connection per session: the previous one ends now, whatever happens next. Its tokens stay
  //    in this session's cache, so an interactive sign-in back to it needs no new device code.
  const previous = ctx.session.connection;
  if (previous) {
    say.verbose(`Disconnecting from ${previous.url}: a session holds one connection.`);
    ctx.session.setConnection(null);
  }

  const scope = scopeFor(site);
  const clientIdNote =
    loaded.clientIdSource === 'environment'
      ? 'from SPO_CLIENT_ID'
      : loaded.clientIdSource === 'file'
        ? `from ${settingsPath()}`
        : settings.clientId === SPO_MANAGEMENT_SHELL_CLIENT_ID
          ? 'the SharePoint Online Management Shell app, the default'
          : 'the default';
  say.verbose(choice.reason);
  say.verbose(`Authority: ${choice.authority}`);
  say.verbose(`Client id: ${settings.clientId} (${clientIdNote})`);
  say.verbose(`Scope: ${scope}`);

  const messageContext: MessageContext = {
    url: site.url,
    clientId: settings.clientId,
    clientIdSource: loaded.clientIdSource,
    settingsPath: settingsPath(),
    cloudName: choice.cloudName,
    usedCredential: args.credential !== undefined,
  };

  const network = sessionNetwork(ctx);
  network.lastIdentityError = undefined;
  let retryPanel: { close(): void } | undefined;
  const observer: NetObserver = {
    onResponse: ({ method, url, status, ms }) => {
      retryPanel?.close();
      retryPanel = undefined;
      say.debug(`${method} ${url} -> HTTP ${status} (${ms} ms)`);
    },
    onRetry: ({ status, delayMs, attempt, url }) => {
      const seconds = Math.ceil(delayMs / 1000);
      const message = `${hostOf(url)} answered HTTP ${status} (${status === 429 ? 'too many requests' : 'service unavailable'}); retrying in ${seconds} s (retry ${attempt}).`;
      say.verbose(message);
      retryPanel?.close();
      retryPanel = ctx.host.showSignIn({ kind: 'retry', message, until: Date.now() + delayMs });
    },
  };

  let msal: MsalModule | undefined;
  try {
    // 3. Sign in.
    const loadStarted = performance.now();
    msal = await loadMsal();
    const { entry, created } = await getApp(ctx.session, {
      authority: choice.authority,
      clientId: settings.clientId,
      knownAuthorities: choice.knownAuthorities,
    });
    if (created) say.verbose(`Sign-in library ready in ${Math.round(performance.now() - loadStarted)} ms.`);
    routeCall(entry, msal, network, observer, ctx.signal);

    const signInStarted = performance.now();
    const result = await signIn(ctx, say, entry, site, scope, args.credential, settings.signIn, (minutes) => {
      messageContext.deviceCodeMinutes = minutes;
    });
    const account = result.account?.username || args.credential?.UserName || 'unknown account';
    say.verbose(
      `Signed in as ${account}${result.tenantId ? ` (tenant ${result.tenantId})` : ''} in ${Math.round(performance.now() - signInStarted)} ms.`,
    );

    // 4. Prove the connection.
    say.verbose(
      `Validating: CSOM ProcessQuery for the Tenant object at ${site.origin}${site.path}/_vti_bin/client.svc/ProcessQuery with client tag '${tag.value}'.`,
    );
    const validateStarted = performance.now();
    const tenant = await validateTenantAdminSite({
      network,
      site,
      accessToken: result.accessToken,
      clientTag: tag.value,
      account,
      signal: ctx.signal,
      observer,
    });
    say.verbose(
      `Validated in ${Math.round(performance.now() - validateStarted)} ms: ${site.url} is the tenant administration site${tenant.rootSiteUrl ? ` of ${tenant.rootSiteUrl}` : ''}${tenant.serverVersion ? ` (SharePoint ${tenant.serverVersion})` : ''}.`,
    );

    // 5. Record it.
    const homeAccountId = result.account?.homeAccountId;
    // Only an interactive sign-in is reused silently later; -Credential is checked every time, and
    // a later Connect without -Credential must show its own sign-in (documentation Example 3).
    if (homeAccountId && !args.credential) entry.accountBySite.set(site.origin, homeAccountId);
    const session = ctx.session;
    const connection: ConnectionInfo = {
      url: site.url,
      account,
      cloud: choice.cloudName,
      close: async () => {
        if (homeAccountId) await forgetAccount(session, homeAccountId);
      },
    };
    session.setConnection(connection);
    say.verbose(`Connected to ${site.url} as ${account} in ${Math.round(performance.now() - started)} ms.`);
    await say.flush();
  } catch (e) {
    retryPanel?.close();
    await say.flush().catch(() => {});
    if (e instanceof SignInCancelled || (ctx.signal.aborted && !(e instanceof PipelineStoppedSignal))) {
      throw new PipelineStoppedSignal();
    }
    const spec = explainFailure(e, msal, lastIdentityBody(network), messageContext, choice);
    if (spec) ctx.throwTerminatingError({ ...spec, targetObject: site.url });
    throw e;
  }
}

type SignInMethod = 'deviceCode' | 'browser';

async function signIn(
  ctx: CmdletContext,
  say: Narrator,
  entry: AppEntry,
  site: SiteTarget,
  scope: string,
  credential: PSCredential | undefined,
  method: SignInMethod,
  onDeviceCodeLifetime: (minutes: number) => void,
): Promise<AuthenticationResult> {
  const scopes = [scope];
  // An interactive sign-in coming back to a site in this session reuses its cached token (no
  // second device code). A -Credential is always checked: a wrong password must fail even when
  // the same account signed in a moment ago, as it does in the SharePoint Online Management Shell.
  const cachedAccount =
    !credential && entry.accountBySite.has(site.origin)
      ? await findAccount(entry, byHomeAccountId(entry.accountBySite.get(site.origin)!))
      : undefined;
  if (cachedAccount) {
    const silent = await trySilent(entry, cachedAccount, scopes);
    if (silent) {
      say.verbose(`Sign-in flow: this session's cached sign-in of ${cachedAccount.username} (no new sign-in).`);
      return silent;
    }
  }

  if (credential) {
    say.verbose(`Sign-in flow: user name and password for ${credential.UserName}.`);
    return passwordSignIn(entry, scopes, credential.UserName, credential.Password.revealForSignIn(), ctx.signal);
  }

  // Device code and browser sign-in wait for a person; under -NonInteractive nobody will come, so
  // fail at once as any PowerShell prompt does (a piped script without -NonInteractive still gets
  // the device code: it needs no input from stdin).
  if (!ctx.host.interactive) {
    ctx.throwTerminatingError({
      message: `${NON_INTERACTIVE_MESSAGE} Use -Credential to sign in with a user name and password, or run spo without -NonInteractive to sign in with a device code or the browser.`,
      errorId: 'NonInteractive',
      category: 'InvalidOperation',
      exceptionType: 'PSInvalidOperationException',
    });
  }

  if (method === 'browser') {
    say.verbose('Sign-in flow: the system browser (authorization code with PKCE); press Ctrl+C to cancel.');
    let panel: { close(): void } | undefined;
    try {
      return await browserSignIn(entry, scopes, ctx.signal, (url) => {
        panel = ctx.host.showSignIn({ kind: 'browser', url });
      });
    } finally {
      panel?.close();
    }
  }

  say.verbose('Sign-in flow: device code; press Ctrl+C to cancel.');
  let panel: { close(): void } | undefined;
  try {
    return await deviceCodeSignIn(entry, scopes, ctx.signal, (info) => {
      const minutes = Math.max(1, Math.round(info.expiresIn / 60));
      onDeviceCodeLifetime(minutes);
      say.verbose(`Waiting for the sign-in at ${info.verificationUri}; the code expires in ${minutes} minutes.`);
      panel = ctx.host.showSignIn({
        kind: 'deviceCode',
        info: {
          message: info.message,
          userCode: info.userCode,
          verificationUri: info.verificationUri,
          expiresAt: Date.now() + info.expiresIn * 1000,
        },
      });
    });
  } finally {
    panel?.close();
  }
}

/** Session service key under which a Network may be supplied (tests use short timeouts). */
export const NETWORK_SERVICE_KEY = 'net.network';

function sessionNetwork(ctx: CmdletContext): Network {
  return (ctx.session.services.get(NETWORK_SERVICE_KEY) as Network | undefined) ?? getNetwork();
}

/** Read through a function: TypeScript would otherwise keep the `undefined` assigned before the awaits. */
function lastIdentityBody(network: Network): Record<string, unknown> | undefined {
  return network.lastIdentityError?.body;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|ALTNAME/;

function networkErrorId(code: string | undefined): { errorId: string; category: string } {
  if (!code) return { errorId: 'NetworkFailure', category: 'ConnectionError' };
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return { errorId: 'NetworkTimeout', category: 'OperationTimeout' };
  if (code === 'ECONNREFUSED') return { errorId: 'ConnectionRefused', category: 'ConnectionError' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { errorId: 'HostNotFound', category: 'ConnectionError' };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return { errorId: 'ConnectionDropped', category: 'ConnectionError' };
  if (code === 'EBADRESPONSE') return { errorId: 'MalformedResponse', category: 'InvalidResult' };
  if (TLS_CODE.test(code)) return { errorId: 'TlsFailure', category: 'SecurityError' };
  return { errorId: 'NetworkFailure', category: 'ConnectionError' };
}

function fromNetworkError(e: NetworkError, what: string): ErrorSpec {
  if (e.code === PROXY_SETTING_ERROR) {
    // Not a failure to reach anything: the proxy setting itself is unusable, and the message says which.
    return { message: e.message, errorId: 'InvalidProxySetting', category: 'InvalidArgument', exceptionType: 'UriFormatException' };
  }
  const { errorId, category } = networkErrorId(e.code);
  return { message: `${what}: ${e.message}`, errorId, category, exceptionType: 'HttpRequestException' };
}

/** Turns any failure of a connect attempt into the error the user sees, or undefined to rethrow. */
function explainFailure(
  e: unknown,
  msal: MsalModule | undefined,
  lastBody: Record<string, unknown> | undefined,
  m: MessageContext,
  choice: AuthorityChoice,
): ErrorSpec | undefined {
  if (e instanceof CsomValidationError) {
    return { message: e.message, errorId: e.errorId, category: e.category, exceptionType: e.exceptionType };
  }
  if (e instanceof NetworkError) return fromNetworkError(e, `Could not check the connection with SharePoint`);
  if (!msal || !(e instanceof msal.AuthError)) return undefined;

  const err = e as InstanceType<MsalModule['AuthError']> & MsalLikeError & {
    cause?: unknown;
    httpStatus?: number;
    retryAfter?: string;
  };
  // The last error body is only evidence for this failure when it is not a leftover
  // "authorization_pending" from device-code polling.
  const kept = failureFromBody(lastBody);
  const bodyFailure = kept && kept.error !== 'authorization_pending' ? kept : undefined;
  switch (err.errorCode) {
    case 'identity_server_unavailable': {
      const status = err.httpStatus ?? 0;
      const after = err.retryAfter ? ` It asks to wait ${err.retryAfter} seconds.` : '';
      const sentence =
        status === 429 || status === 503
          ? `The sign-in service at ${hostOf(choice.authority)} is busy (HTTP ${status}) and did not answer after several retries.${after} Try Connect-SPOService again later.`
          : `The sign-in service at ${hostOf(choice.authority)} answered HTTP ${status} (a server error). This is usually temporary; try Connect-SPOService again in a moment.`;
      const detail = bodyFailure ? detailLine(bodyFailure) : '';
      return {
        message: detail ? `${sentence}\n${detail}` : sentence,
        errorId: status === 429 || status === 503 ? 'SignInServiceThrottled' : 'SignInServiceError',
        category: status === 429 || status === 503 ? 'LimitsExceeded' : 'ConnectionError',
        exceptionType: 'MsalServiceException',
      };
    }
    case MSAL_NETWORK_ERROR: {
      if (err.cause instanceof NetworkError) return fromNetworkError(err.cause, 'Could not reach the sign-in service');
      return {
        message: `Could not reach the sign-in service: ${err.errorMessage || 'the request failed'}`,
        errorId: 'NetworkFailure',
        category: 'ConnectionError',
        exceptionType: 'HttpRequestException',
      };
    }
    case MSAL_MALFORMED_RESPONSE:
    case 'token_parsing_error':
      return {
        message: `The sign-in service's answer could not be read: ${err.errorMessage || 'it is not valid JSON'} A proxy or firewall may have replaced it; try again, or check your proxy settings.`,
        errorId: 'MalformedResponse',
        category: 'InvalidResult',
        exceptionType: 'MsalServiceException',
      };
    case 'endpoints_resolution_error': {
      if (bodyFailure) return identityErrorSpec(bodyFailure, m);
      return {
        message: `Could not read the sign-in endpoints of ${choice.authority} (its OpenID configuration). ${
          choice.cloudName === 'Custom'
            ? 'Check -AuthenticationUrl, or leave it out to use the cloud of the Url.'
            : choice.cloudName === 'Germany'
              ? 'Microsoft Cloud Deutschland closed in October 2021; tenants moved to the worldwide cloud (-Region Default).'
              : 'Check your network and proxy settings.'
        }`,
        errorId: 'AuthorityNotReachable',
        category: 'ConnectionError',
        exceptionType: 'MsalClientException',
      };
    }
    case 'device_code_expired':
      return identityErrorSpec(bodyFailure ?? { error: 'device_code_expired' }, m);
    case 'device_code_polling_cancelled':
      // We cancel ourselves when /devicecode answered with an error body instead of a code.
      return identityErrorSpec(bodyFailure ?? { error: 'device_code_unavailable', description: 'The sign-in service did not issue a sign-in code.' }, m);
    case 'post_request_failed':
      return identityErrorSpec(bodyFailure ?? { error: err.errorMessage || 'post_request_failed' }, m);
    case 'user_timeout_reached':
      return identityErrorSpec({ error: 'user_timeout_reached' }, m);
    default:
      return identityErrorSpec(bodyFailure ?? failureFromMsalError(err), m);
  }
}

/** The current connection, or PowerShell's error for SPO cmdlets run without one (statement-terminating). */
export function requireConnection(ctx: CmdletContext): ConnectionInfo {
  const connection = ctx.session.connection;
  if (!connection) {
    // The SPO module throws InvalidOperationException from inside the cmdlet; PowerShell reports
    // such exceptions with category NotSpecified and the exception's type name as the error id.
    ctx.throwTerminatingError({
      message: NO_CONNECTION_MESSAGE,
      errorId: 'System.InvalidOperationException',
      category: 'NotSpecified',
      exceptionType: 'InvalidOperationException',
    });
  }
  return connection;
}

export async function disconnectSpoServiceCommand(ctx: CmdletContext): Promise<void> {
  const connection = requireConnection(ctx);
  ctx.session.setConnection(null);
  await connection.close();
  if (ctx.verboseEnabled) {
    await ctx.writeVerbose(`Disconnected from ${connection.url}; this session's tokens for ${connection.account} were forgotten.`);
  }
}
