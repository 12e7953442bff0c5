// The sandbox's Microsoft identity platform (reference §2 and §6.2): instance discovery, OpenID
// configuration, the device-code endpoint, the token endpoint (password, device_code, refresh_token,
// authorization_code grants) and an authorize endpoint that plays the browser for the loopback flow.

import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { ServerResponse } from 'node:http';
import { aadstsError, type ErrorContext } from './aadsts.js';
import { clientCredentials } from './app-only.js';
import { APP_REGISTRATIONS, CLIENTS, OTHER_TENANT, TENANT, cloudForLoginHost, findSite, findUser, isKnownTenantSegment, SANDBOX_PASSWORD, tenantForSegment, type Cloud, type DirectoryUser } from './directory.js';
import { sendJson, sendText, type SandboxState } from './state.js';
import { base64url, opaque, userCode } from './tokens.js';

export interface IdentityRequest {
  method: string;
  /** Host header value (may carry a port, e.g. 127.0.0.1:8443). */
  hostHeader: string;
  hostname: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

type Outcome = { status: number; body: Record<string, unknown> };

export async function handleIdentity(state: SandboxState, r: IdentityRequest, res: ServerResponse): Promise<number> {
  const cloud = cloudForLoginHost(r.hostname);
  if (!cloud) {
    sendText(res, 404, 'Not Found');
    return 404;
  }
  const segments = r.path.split('/').filter(Boolean);
  const tenantSegment = decodeURIComponent(segments[0] ?? '');
  const rest = segments.slice(1).join('/');
  const ctx: ErrorContext = {
    host: r.hostHeader,
    tenantSegment,
    clientId: r.form.get('client_id') ?? r.query.get('client_id') ?? undefined,
    correlationId: r.query.get('client-request-id') ?? r.form.get('client-request-id') ?? undefined,
  };
  const reply = (o: Outcome, headers: Record<string, string> = {}): number => {
    sendJson(res, o.status, o.body, { 'x-ms-request-id': String(o.body.trace_id ?? ctx.correlationId ?? ''), ...headers });
    return o.status;
  };

  if (r.method === 'GET' && tenantSegment === 'common' && rest === 'discovery/instance') {
    return reply(instanceDiscovery(r));
  }
  if (!isKnownTenantSegment(tenantSegment)) {
    return reply(aadstsError(90002, ctx));
  }
  if (r.method === 'GET' && (rest === 'v2.0/.well-known/openid-configuration' || rest === '.well-known/openid-configuration')) {
    return reply(openIdConfiguration(r.hostHeader, tenantSegment, cloud));
  }
  if (r.method === 'POST' && rest === 'oauth2/v2.0/devicecode') {
    return reply(deviceCode(state, r, ctx, cloud));
  }
  if (r.method === 'POST' && rest === 'oauth2/v2.0/token') {
    if (r.form.get('grant_type') === 'client_credentials') {
      return reply(await clientCredentials(state, { hostHeader: r.hostHeader, path: r.path, tenantSegment, form: r.form }, ctx, cloud));
    }
    return reply(token(state, r, ctx, cloud));
  }
  if (r.method === 'GET' && rest === 'oauth2/v2.0/authorize') {
    return authorize(state, r, ctx, cloud, res);
  }
  sendJson(res, 404, { error: 'not_found', error_description: `The sandbox has no endpoint ${r.method} ${r.path}.` });
  return 404;
}

function instanceDiscovery(r: IdentityRequest): Outcome {
  const endpoint = r.query.get('authorization_endpoint') ?? '';
  let host = '';
  try {
    host = new URL(endpoint).host;
  } catch {
    /* handled below */
  }
  if (r.query.get('api-version') !== '1.1' || !host) {
    return aadstsError(50049, { host: r.hostHeader }, { error: 'invalid_instance', text: 'Unknown or invalid instance.' });
  }
  return {
    status: 200,
    body: {
      tenant_discovery_endpoint: `https://${host}/${TENANT.id}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    },
  };
}

function openIdConfiguration(hostHeader: string, tenantSegment: string, cloud: Cloud): Outcome {
  const tenant = tenantForSegment(tenantSegment);
  const tid = tenant === 'multi' ? '{tenantid}' : tenant === 'other' ? OTHER_TENANT.id : TENANT.id;
  const base = `https://${hostHeader}/${tid}`;
  return {
    status: 200,
    body: {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      tenant_region_scope: cloud.regionScope,
      cloud_instance_name: cloud.name === 'Public' ? 'microsoftonline.com' : cloud.loginHosts[0]!.replace(/^login\.(partner\.)?/, ''),
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
    },
  };
}

/** Checks client, tenant-independent scope rules; returns the resource origin or an error. */
export function checkClientAndScope(state: SandboxState, scope: string, ctx: ErrorContext, cloud: Cloud, upn?: string): Outcome | { resource: string } {
  const client = ctx.clientId ? CLIENTS[ctx.clientId] : undefined;
  // A confidential app registration must authenticate itself: no public-client grant for it.
  if (!client && ctx.clientId && APP_REGISTRATIONS[ctx.clientId]) return aadstsError(7000218, ctx);
  if (!client) return aadstsError(700016, ctx);
  if (!client.publicClientFlows) return aadstsError(7000218, ctx);
  if (client.singleTenant && tenantForSegment(ctx.tenantSegment ?? '') === 'multi') return aadstsError(50194, { ...ctx, clientName: client.name });
  const resources = new Set<string>();
  for (const s of scope.split(/\s+/).filter(Boolean)) {
    if (OIDC_SCOPES.has(s.toLowerCase())) continue;
    try {
      const u = new URL(s);
      resources.add(`${u.protocol}//${u.host}`.toLowerCase());
    } catch {
      return aadstsError(70011, ctx);
    }
  }
  if (resources.size !== 1) return aadstsError(70011, ctx);
  const resource = [...resources][0]!;
  ctx.resource = resource;
  const site = resource.startsWith('https://') ? findSite(new URL(resource).hostname) : undefined;
  if (tenantForSegment(ctx.tenantSegment ?? '') === 'other') return aadstsError(500011, { ...ctx, tenantName: OTHER_TENANT.name });
  if (!site || site.cloud !== cloud) return aadstsError(500011, ctx);
  const forced = state.scenarioFor(upn);
  if (forced === 700016 || forced === 7000218 || forced === 500011 || forced === 90002) return aadstsError(forced, ctx);
  return { resource };
}

function deviceCode(state: SandboxState, r: IdentityRequest, ctx: ErrorContext, cloud: Cloud): Outcome {
  const scope = r.form.get('scope') ?? '';
  const checked = checkClientAndScope(state, scope, ctx, cloud);
  if (!('resource' in checked)) return checked;
  const entry = {
    userCode: userCode(),
    deviceCode: opaque(48),
    clientId: ctx.clientId!,
    resource: checked.resource,
    scope,
    loginHost: r.hostHeader,
    expiresAt: Date.now() + state.options.deviceCodeExpiresInSeconds * 1000,
    state: 'pending' as const,
  };
  state.deviceCodes.set(entry.deviceCode, entry);
  const uri = state.devicePageUrl;
  return {
    status: 200,
    body: {
      user_code: entry.userCode,
      device_code: entry.deviceCode,
      verification_uri: uri,
      expires_in: state.options.deviceCodeExpiresInSeconds,
      interval: state.options.deviceCodeIntervalSeconds,
      message: `To sign in, use a web browser to open the page ${uri} and enter the code ${entry.userCode} to authenticate.`,
    },
  };
}

function token(state: SandboxState, r: IdentityRequest, ctx: ErrorContext, cloud: Cloud): Outcome {
  const grant = r.form.get('grant_type') ?? '';
  const scope = r.form.get('scope') ?? '';
  switch (grant) {
    case 'password': {
      const username = r.form.get('username') ?? '';
      ctx.upn = username;
      const checked = checkClientAndScope(state, scope, ctx, cloud, username);
      if (!('resource' in checked)) return checked;
      const user = findUser(username);
      const forced = state.scenarioFor(username);
      if (forced !== undefined) return aadstsError(forced, ctx);
      if (!user) return aadstsError(50034, ctx);
      if (user.passwordBehaviour === 'locked') return aadstsError(50053, ctx);
      if (r.form.get('password') !== SANDBOX_PASSWORD) return aadstsError(50126, ctx);
      if (user.passwordBehaviour === 'mfa') return aadstsError(50076, ctx);
      if (user.passwordBehaviour === 'expired') return aadstsError(50055, ctx);
      return issueTokens(state, user, ctx.clientId!, checked.resource, scope, r.hostHeader);
    }
    case 'device_code':
    case 'urn:ietf:params:oauth:grant-type:device_code': {
      const entry = state.deviceCodes.get(r.form.get('device_code') ?? '');
      if (!entry) return aadstsError(70000, ctx, { error: 'invalid_grant', text: "The provided value for the input parameter 'device_code' is not valid." });
      const checked = checkClientAndScope(state, scope, ctx, cloud, entry.upn);
      if (!('resource' in checked)) return checked;
      if (entry.state === 'pending' && Date.now() > entry.expiresAt) entry.state = 'expired';
      switch (entry.state) {
        case 'pending':
          return aadstsError(70016, ctx);
        case 'expired':
          return aadstsError(70020, ctx);
        case 'declined':
          return aadstsError(70000, ctx);
        case 'redeemed':
          return aadstsError(70000, ctx, { error: 'invalid_grant', text: 'The device code has already been redeemed.' });
        case 'approved': {
          ctx.upn = entry.upn;
          const forced = state.scenarioFor(entry.upn);
          entry.state = 'redeemed';
          if (forced !== undefined) return aadstsError(forced, ctx);
          const user = findUser(entry.upn);
          if (!user) return aadstsError(50034, ctx);
          return issueTokens(state, user, ctx.clientId!, checked.resource, scope, r.hostHeader);
        }
      }
      break;
    }
    case 'refresh_token': {
      const old = r.form.get('refresh_token') ?? '';
      const entry = state.refreshTokens.get(old);
      if (!entry || entry.clientId !== ctx.clientId) return aadstsError(700082, ctx);
      ctx.upn = entry.upn;
      const checked = checkClientAndScope(state, scope, ctx, cloud, entry.upn);
      if (!('resource' in checked)) return checked;
      const forced = state.scenarioFor(entry.upn);
      if (forced !== undefined) return aadstsError(forced, ctx);
      const user = findUser(entry.upn);
      if (!user) return aadstsError(50034, ctx);
      return issueTokens(state, user, ctx.clientId!, checked.resource, scope, r.hostHeader);
    }
    case 'authorization_code': {
      const code = r.form.get('code') ?? '';
      const stored = state.authCodes.get(code);
      state.authCodes.delete(code); // one-time, whatever happens next
      const verifier = r.form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!stored || stored.redirectUri !== r.form.get('redirect_uri') || stored.challenge !== challenge || stored.clientId !== ctx.clientId) {
        return aadstsError(70000, ctx, { error: 'invalid_grant', text: 'The provided authorization code is not valid or has already been used.' });
      }
      ctx.upn = stored.upn;
      const checked = checkClientAndScope(state, scope, ctx, cloud, stored.upn);
      if (!('resource' in checked)) return checked;
      const user = findUser(stored.upn);
      if (!user) return aadstsError(50034, ctx);
      return issueTokens(state, user, ctx.clientId!, checked.resource, scope, r.hostHeader);
    }
  }
  return aadstsError(900144, ctx, grant ? { error: 'unsupported_grant_type', text: `The provided value for the input parameter 'grant_type' is not valid.` } : {});
}

function issueTokens(state: SandboxState, user: DirectoryUser, clientId: string, resource: string, requestedScope: string, loginHost: string): Outcome {
  const now = Math.floor(Date.now() / 1000);
  const lifetime = state.options.accessTokenLifetimeSeconds;
  const accessToken = state.signer.sign({
    aud: resource,
    iss: `https://sts.windows.net/${TENANT.id}/`,
    iat: now,
    nbf: now,
    exp: now + lifetime,
    appid: clientId,
    oid: user.objectId,
    tid: TENANT.id,
    upn: user.upn,
    unique_name: user.upn,
    name: user.displayName,
    scp: 'AllSites.FullControl Sites.FullControl.All User.Read.All',
    // Unique per token, as Entra's own `uti`, so two tokens issued in the same second differ.
    uti: opaque(16),
    ver: '1.0',
  });
  const idToken = state.signer.sign({
    aud: clientId,
    iss: `https://${loginHost}/${TENANT.id}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: user.displayName,
    oid: user.objectId,
    preferred_username: user.upn,
    sub: base64url(`${user.objectId}:${clientId}`),
    tid: TENANT.id,
    ver: '2.0',
  });
  const refreshToken = opaque(48);
  state.refreshTokens.set(refreshToken, { upn: user.upn, clientId, loginHost });
  // Echo every requested non-OIDC scope (msal's silent cache lookup needs the ".default" back, §0.5).
  const requested = requestedScope.split(/\s+/).filter((s) => s && !OIDC_SCOPES.has(s.toLowerCase()));
  const granted = [`${resource}/AllSites.FullControl`, ...requested.filter((s) => s.toLowerCase() !== `${resource}/allsites.fullcontrol`)];
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      scope: granted.join(' '),
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idToken,
      client_info: base64url(JSON.stringify({ uid: user.objectId, utid: TENANT.id })),
    },
  };
}

/**
 * GET on the routed (HTTPS) authorize endpoint, which only code reaches (no browser resolves the routed
 * names): it plays the browser for tests, signing in `login_hint` (or the configured browser user) at
 * once and form-posting the result to the loopback redirect. People and real browsers get the sign-in
 * form on the sandbox's local page instead (browser-page.ts).
 */
async function authorize(state: SandboxState, r: IdentityRequest, ctx: ErrorContext, cloud: Cloud, res: ServerResponse): Promise<number> {
  const q = r.query;
  const invalid = checkAuthorizeRequest(q);
  if (invalid) {
    sendText(res, 400, invalid);
    return 400;
  }
  const upn = q.get('login_hint') || state.options.browserUser;
  const fields = completeAuthorization(state, q, ctx, cloud, r.hostHeader, upn);
  await postForm(q.get('redirect_uri')!, new URLSearchParams(fields).toString());
  const html = '<!doctype html><title>Sandbox sign-in</title><p>Signed in to the spo-shell sandbox. You can close this window.</p>';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
  return 200;
}

/** Why an authorize request cannot be served, or undefined when it can. */
export function checkAuthorizeRequest(q: URLSearchParams): string | undefined {
  const redirectUri = q.get('redirect_uri') ?? '';
  if (q.get('response_mode') !== 'form_post' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge') || !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(redirectUri)) {
    return 'The sandbox authorize endpoint needs response_mode=form_post, code_challenge_method=S256 with a code_challenge, and a loopback redirect_uri.';
  }
  return undefined;
}

/**
 * The fields the browser form-posts to the redirect once `upn` has signed in: a one-time code bound to
 * the PKCE challenge, the redirect and the client (checked at the token endpoint), or the AADSTS error.
 */
export function completeAuthorization(state: SandboxState, q: URLSearchParams, ctx: ErrorContext, cloud: Cloud, loginHost: string, upn: string): Record<string, string> {
  const scope = q.get('scope') ?? '';
  const fields: Record<string, string> = { state: q.get('state') ?? '' };
  const checked = checkClientAndScope(state, scope, { ...ctx, upn }, cloud, upn);
  const forced = state.scenarioFor(upn);
  const user = findUser(upn);
  const failure = !('resource' in checked) ? checked : forced !== undefined ? aadstsError(forced, ctx) : !user ? aadstsError(50034, ctx) : undefined;
  if (failure) {
    fields.error = String(failure.body.error);
    fields.error_description = String(failure.body.error_description);
  } else {
    const code = opaque(32);
    state.authCodes.set(code, { upn: user!.upn, clientId: ctx.clientId!, redirectUri: q.get('redirect_uri') ?? '', challenge: q.get('code_challenge') ?? '', scope, loginHost });
    fields.code = code;
    fields.client_info = base64url(JSON.stringify({ uid: user!.objectId, utid: TENANT.id }));
  }
  return fields;
}

function postForm(url: string, body: string): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    // The loopback listener may already be gone (cancelled sign-in); the browser would just show an error.
    req.on('error', () => resolve());
    req.end(body);
  });
}
