// Connect-SPOService and Disconnect-SPOService.
//
// Order of work, each step narrated by -Verbose:
//   1. check the arguments (Url, -Region, -AuthenticationUrl): no request is sent for bad input;
//   2. drop the previous connection (one per session);
//   3. sign in with msal-node, with the flows the bound parameter set and the settings choose
//      (flows/index.ts): user name + password (-Credential, checked every time), else this
//      session's cached token for a site signed in to interactively before, else device code or
//      the browser;
//   4. prove the connection with one CSOM ProcessQuery for the Tenant object;
//   5. record the connection in the session.
// Every failure is a terminating error with one sentence and the next step (failures.ts, from the
// tables in sign-in-strings.ts and messages.ts).

import type { AuthenticationResult } from '@azure/msal-node';
import type { CmdletContext } from '../engine/cmdlet.js';
import type { ConnectionInfo } from '../engine/session.js';
import { PipelineStoppedSignal } from '../engine/errors.js';
import { NON_INTERACTIVE_MESSAGE } from '../host/host.js';
import { getNetwork, untrustedText, type Network, type NetObserver } from '../net/network.js';
import { loadSettings, settingsPath, SPO_MANAGEMENT_SHELL_CLIENT_ID } from '../config/settings.js';
import { AppCredentialError, assertManagedIdentityEnvironment, loadAppCertificate, userAssignedClientId } from './app-credentials.js';
import { chooseAuthority, CLOUDS, ConnectArgumentError, parseSiteUrl, scopeFor, type RegionName } from './clouds.js';
import { buildClientTag, clientTagProblem, processQueryUrl, validateTenantAdminSite } from './csom.js';
import type { ConnectArgs, ConnectAttempt } from './connect-attempt.js';
import { chooseFlows, SignInCancelled, type FlowUi, type SignInFlow } from './flows/index.js';
import { explainFailure } from './failures.js';
import { managedIdentityEndpointHost, ProgressText, SignInProgress } from './progress.js';
import { hostOf, SignInStrings as S } from './sign-in-strings.js';
import { forgetAccount, getApp, loadMsal, routeCall, type AppEntry, type AppOptions, type CallRoute, type MsalModule } from './msal.js';

export type { ConnectArgs } from './connect-attempt.js';

export const NO_CONNECTION_MESSAGE = 'No connection available. Use Connect-SPOService before running this CmdLet.';

/**
 * Writes -Verbose/-Debug lines in order; the network observer calls it synchronously. A write that fails (an
 * Inquire prompt answered Halt, a -Verbose Stop) is kept and rethrown by flush(): until then the chain must
 * never hold a rejected promise nobody waits for, or Node would end the process on an unhandled rejection.
 */
class Narrator {
  #chain: Promise<void> = Promise.resolve();
  #failure: { error: unknown } | undefined;
  constructor(private readonly ctx: CmdletContext) {}
  #queue(write: () => Promise<void>): void {
    this.#chain = this.#chain.then(async () => {
      if (this.#failure) return;
      try {
        await write();
      } catch (error) {
        this.#failure = { error };
      }
    });
  }
  verbose(text: string): void {
    if (this.ctx.verboseEnabled) this.#queue(() => this.ctx.writeVerbose(text));
  }
  debug(text: string): void {
    if (this.ctx.debugEnabled) this.#queue(() => this.ctx.writeDebug(text));
  }
  warning(text: string): void {
    this.#queue(() => this.ctx.writeWarning(text));
  }
  /** Waits until everything queued is written, and surfaces a write that failed. */
  async flush(): Promise<void> {
    await this.#chain;
    if (this.#failure) throw this.#failure.error;
  }
}

export async function connectSpoServiceCommand(ctx: CmdletContext, args: ConnectArgs): Promise<void> {
  const started = performance.now();
  const say = new Narrator(ctx);
  const attempt = await prepareAttempt(ctx, args);
  const { site, authority: choice, settings, messages: messageContext } = attempt;

  // 2. One connection per session: the previous one ends now, whatever happens next. Its tokens stay
  //    in this session's cache, so an interactive sign-in back to it needs no new device code.
  const previous = ctx.session.connection;
  if (previous) {
    say.verbose(`Disconnecting from ${previous.url}: a session holds one connection.`);
    ctx.session.setConnection(null);
  }

  const clientIdNote =
    messageContext.clientIdSource === 'environment'
      ? 'from SPO_CLIENT_ID'
      : messageContext.clientIdSource === 'file'
        ? `from ${settingsPath()}`
        : settings.clientId === SPO_MANAGEMENT_SHELL_CLIENT_ID
          ? 'the SharePoint Online Management Shell app, the default'
          : 'the default';
  say.verbose(choice.reason);
  say.verbose(
    `Authority: ${choice.authority}${
      settings.tenantId !== 'organizations' && attempt.parameterSetName !== 'AuthenticationCertificate' && choice.authority.endsWith(`/${encodeURIComponent(settings.tenantId)}`)
        ? ` (the tenant from "tenantId" in ${settingsPath()})`
        : ''
    }`,
  );
  if (args.clientId !== undefined) say.verbose(`Client id: ${args.clientId} (-ClientId)`);
  else if (attempt.parameterSetName !== 'AuthenticationManagedIdentity') say.verbose(`Client id: ${settings.clientId} (${clientIdNote})`);
  say.verbose(`Scope: ${attempt.scopes[0]}`);

  const network = sessionNetwork(ctx);
  let retryPanel: { close(): void } | undefined;
  const observer: NetObserver = {
    onResponse: ({ method, url, status, ms }) => {
      retryPanel?.close();
      retryPanel = undefined;
      say.debug(`${method} ${url} -> HTTP ${status} (${ms} ms)`);
    },
    onRetry: ({ status, delayMs, attempt, url }) => {
      const message = S.RetryNotice(hostOf(url), status, Math.ceil(delayMs / 1000), attempt);
      say.verbose(message);
      retryPanel?.close();
      retryPanel = ctx.host.showSignIn({ kind: 'retry', message, until: Date.now() + delayMs });
    },
    onWarning: (text) => say.warning(text),
  };

  let msal: MsalModule | undefined;
  let call: CallRoute | undefined;
  // The console's "what is happening" line (none in `spo -c` or a pipe).
  const progress = SignInProgress.for(ctx);
  try {
    // 3. Sign in.
    const setName = attempt.parameterSetName;
    let clientCertificate: AppOptions['clientCertificate'];
    let appTarget: { clientId: string; tenantId: string; thumbprint: string } | undefined;
    if (setName === 'AuthenticationCertificate') {
      progress.show(ProgressText.ReadingCertificate);
      const loaded = await loadAppCertificate(args);
      say.verbose(`Certificate: ${loaded.certificate.subject}, thumbprint ${loaded.certificate.thumbprint}, valid until ${loaded.certificate.notAfter.toISOString()}.`);
      clientCertificate = loaded.msal;
      appTarget = { clientId: args.clientId!, tenantId: args.tenantId!, thumbprint: loaded.certificate.thumbprint };
    } else if (setName === 'AuthenticationManagedIdentity') {
      assertManagedIdentityEnvironment();
    }
    const plan = chooseFlows(setName, {
      credential: args.credential,
      siteOrigin: site.origin,
      interactiveMethod: settings.signIn,
      useSystemBrowser: args.useSystemBrowser,
      deviceCode: { copyCode: settings.copyDeviceCodeToClipboard, openPage: settings.autoOpenLinksInBrowser },
      app: appTarget,
      managedIdentityClientId: attempt.userAssignedClientId,
    });
    progress.show(
      setName === 'AuthenticationManagedIdentity'
        ? ProgressText.ManagedIdentity(managedIdentityEndpointHost())
        : ProgressText.SigningIn(new URL(choice.authority).host),
    );
    const loadStarted = performance.now();
    msal = await loadMsal();
    const { entry, created } = await getApp(ctx.session, plan.appKind, {
      authority: choice.authority,
      clientId: appTarget?.clientId ?? settings.clientId,
      knownAuthorities: choice.knownAuthorities,
      clientCertificate,
      userAssignedClientId: attempt.userAssignedClientId,
    });
    if (created) say.verbose(`Sign-in library ready in ${Math.round(performance.now() - loadStarted)} ms.`);
    call = routeCall(entry, msal, network, observer, ctx.signal);

    const signInStarted = performance.now();
    const ui: FlowUi = {
      host: ctx.host,
      verbose: (text) => say.verbose(text),
      progress,
      deviceCodeLifetime: (minutes) => {
        messageContext.deviceCodeMinutes = minutes;
      },
    };
    const result = await signIn(ctx, plan.flows, entry, attempt.scopes, ui);
    // The account's name and tenant come from the token's claims, that is, from the server.
    const account =
      setName === 'AuthenticationCertificate'
        ? `app ${appTarget!.clientId}`
        : setName === 'AuthenticationManagedIdentity'
          ? attempt.userAssignedClientId !== undefined
            ? `managed identity ${attempt.userAssignedClientId}`
            : 'system-assigned managed identity'
          : (result.account?.username && untrustedText(result.account.username)) || args.credential?.UserName || 'unknown account';
    const tenantId = untrustedText(result.tenantId ?? '');
    say.verbose(
      `Signed in as ${account}${tenantId ? ` (tenant ${tenantId})` : ''} in ${Math.round(performance.now() - signInStarted)} ms.`,
    );

    // 4. Prove the connection.
    say.verbose(
      `Validating: CSOM ProcessQuery for the Tenant object at ${processQueryUrl(site)} with client tag '${attempt.clientTag.value}'.`,
    );
    progress.show(ProgressText.CheckingAdminSite(site.host));
    const validateStarted = performance.now();
    const tenant = await validateTenantAdminSite({
      network,
      site,
      accessToken: result.accessToken,
      clientTag: attempt.clientTag.value,
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
      signedInAs: setName === 'AuthenticationCertificate' ? 'app' : setName === 'AuthenticationManagedIdentity' ? 'managedIdentity' : 'user',
      close: async () => {
        if (homeAccountId) await forgetAccount(session, homeAccountId);
      },
    };
    progress.hide();
    session.setConnection(connection);
    say.verbose(`Connected to ${site.url} as ${account} in ${Math.round(performance.now() - started)} ms.`);
    await say.flush();
  } catch (e) {
    progress.hide();
    retryPanel?.close();
    await say.flush().catch(() => {});
    if (e instanceof SignInCancelled || (ctx.signal.aborted && !(e instanceof PipelineStoppedSignal))) {
      throw new PipelineStoppedSignal();
    }
    if (e instanceof AppCredentialError) {
      ctx.throwTerminatingError({
        message: e.message,
        errorId: e.errorId,
        category: e.category,
        exceptionType: 'InvalidOperationException',
        targetObject: site.url,
      });
    }
    const spec = explainFailure(e, msal, call, messageContext, choice);
    if (spec) ctx.throwTerminatingError({ ...spec, targetObject: site.url });
    throw e;
  }
}

/**
 * 1. The arguments, checked, and everything worked out from them before anything goes over the wire:
 *    a bad Url, authority or client tag is a terminating error here.
 */
async function prepareAttempt(ctx: CmdletContext, args: ConnectArgs): Promise<ConnectAttempt> {
  const loaded = loadSettings();
  const { settings } = loaded;
  let site;
  let authority;
  let userAssigned: string | undefined;
  try {
    site = parseSiteUrl(args.url);
    // A user signs in at the "tenantId" setting's tenant (organizations unless set); app-only below
    // always goes to -TenantId.
    authority = chooseAuthority(site, args.region, args.authenticationUrl, settings.tenantId);
    if (ctx.invocation.parameterSetName === 'AuthenticationManagedIdentity') userAssigned = userAssignedClientId(args);
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
  if (ctx.invocation.parameterSetName === 'AuthenticationCertificate') {
    // App-only sign-in goes to the app's tenant, never to /organizations.
    authority = { ...authority, authority: authority.authority.replace(/\/[^/]*$/, `/${encodeURIComponent(args.tenantId ?? '')}`) };
  }
  const closed = authority.cloudName === 'Custom' ? undefined : CLOUDS[authority.cloudName as RegionName].closed;
  if (closed) await ctx.writeWarning(closed);
  // The tag becomes an HTTP header value: refuse what a header cannot carry before anything is sent.
  const tagProblem = clientTagProblem(args.clientTag);
  if (tagProblem) ctx.throwTerminatingError({ ...tagProblem, targetObject: args.clientTag });

  if (loaded.warning) await ctx.writeWarning(loaded.warning);
  const clientTag = buildClientTag(args.clientTag);
  if (clientTag.truncatedFrom !== undefined) {
    await ctx.writeWarning(S.ClientTagShortened(clientTag.value));
  }
  return {
    args,
    parameterSetName: ctx.invocation.parameterSetName,
    site,
    userAssignedClientId: userAssigned,
    authority,
    scopes: [scopeFor(site)],
    settings,
    clientTag,
    messages: {
      url: site.url,
      clientId: args.clientId ?? settings.clientId,
      clientIdSource: loaded.clientIdSource,
      settingsPath: settingsPath(),
      cloudName: authority.cloudName,
      tenantId: settings.tenantId,
      usedCredential: args.credential !== undefined,
      appOnly: ctx.invocation.parameterSetName === 'AuthenticationCertificate' ? { tenantId: args.tenantId ?? '' } : undefined,
      managedIdentityClientId: userAssigned,
    },
  };
}

/** Runs the chosen flows in order until one gives a token. */
async function signIn(ctx: CmdletContext, flows: SignInFlow[], entry: AppEntry, scopes: string[], ui: FlowUi): Promise<AuthenticationResult> {
  for (const flow of flows) {
    // Device code and browser sign-in wait for a person; under -NonInteractive nobody will come, so
    // fail at once as any PowerShell prompt does (a piped script without -NonInteractive still gets
    // the device code: it needs no input from stdin).
    if (flow.needsPerson && !ctx.host.interactive) {
      ctx.throwTerminatingError(S.NonInteractiveSignIn(NON_INTERACTIVE_MESSAGE));
    }
    if (flow.announce === 'before') ui.verbose(flow.describe());
    const result = await flow.acquire(entry, scopes, ctx.signal, ui);
    if (!result) continue;
    if (flow.announce === 'after') ui.verbose(flow.describe(result));
    return result;
  }
  throw new Error('No sign-in flow gave a token.');
}

/** Session service key under which a Network may be supplied (tests use short timeouts). */
export const NETWORK_SERVICE_KEY = 'net.network';

function sessionNetwork(ctx: CmdletContext): Network {
  return (ctx.session.services.get(NETWORK_SERVICE_KEY) as Network | undefined) ?? getNetwork();
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
