// App-only sign-in on the sandbox's token endpoint: `grant_type=client_credentials` with a certificate
// assertion (`client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer`), as msal-node's
// ConfidentialClientApplication sends it (facts §3). The assertion is checked as Entra ID does: the key
// named by its x5t / x5t#S256 header must be registered on the app, the PS256 / RS256 signature must verify
// with it, aud must be this token endpoint, iss and sub the client id, the time window valid, and the jti
// unused. Tokens are app-only: `roles` (the consented SharePoint permissions), no `upn`, no refresh token.

import { constants, createHash, verify, type KeyObject } from 'node:crypto';
import { aadstsError, KEYS_HINT, type ErrorContext } from './aadsts.js';
import { APP_REGISTRATIONS, OTHER_TENANT, TENANT, findSite, tenantForSegment, type Cloud } from './directory.js';
import type { SandboxState } from './state.js';
import { opaque } from './tokens.js';

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra tolerates this much clock skew on assertions. */
const SKEW_SECONDS = 300;

type Outcome = { status: number; body: Record<string, unknown> };

export interface ClientCredentialsRequest {
  hostHeader: string;
  path: string;
  tenantSegment: string;
  form: URLSearchParams;
}

export async function clientCredentials(state: SandboxState, r: ClientCredentialsRequest, ctx: ErrorContext, cloud: Cloud): Promise<Outcome> {
  const tenant = tenantForSegment(r.tenantSegment);
  if (tenant === 'multi') return aadstsError(50059, ctx);
  if (tenant === 'other') ctx.tenantName = OTHER_TENANT.name;
  const app = ctx.clientId ? APP_REGISTRATIONS[ctx.clientId] : undefined;
  if (!app || tenant !== 'contoso') return aadstsError(700016, { ...ctx, tenantSegment: tenant === 'other' ? r.tenantSegment : ctx.tenantSegment });
  const forced = state.scenarioFor(app.clientId);
  if (forced !== undefined) return aadstsError(forced, ctx);

  const assertion = r.form.get('client_assertion');
  if (r.form.get('client_assertion_type') !== JWT_BEARER || !assertion) {
    return aadstsError(7000218, ctx);
  }
  const parsed = parseJwt(assertion);
  if (!parsed) return aadstsError(50027, ctx);
  const { header, payload, signingInput, signature } = parsed;

  // The key: the app's one registered certificate, named by SHA-256 (PS256) or SHA-1 (RS256) thumbprint.
  const certificate = await state.appCertificates.certificate();
  const der = certificate.rawData;
  const x5tS256 = typeof header['x5t#S256'] === 'string' ? header['x5t#S256'] : undefined;
  const x5t = typeof header.x5t === 'string' ? header.x5t : undefined;
  const known = (x5tS256 !== undefined && x5tS256 === createHash('sha256').update(der).digest('base64url')) || (x5tS256 === undefined && x5t !== undefined && x5t === createHash('sha1').update(der).digest('base64url'));
  if (!known) return aadstsError(700027, ctx);
  if (!verifySignature(String(header.alg), signingInput, signature, certificate.x509.publicKey)) {
    const used = x5t ? Buffer.from(x5t, 'base64url').toString('hex').toUpperCase() : certificate.thumbprint;
    return aadstsError(700027, ctx, {
      text: `Client assertion contains an invalid signature. [Reason - Key was found, but use of the key to verify the signature failed., Thumbprint of key used by client: '${used}', Found key 'Start=${usDate(certificate.notBefore)}, End=${usDate(certificate.notAfter)}', ${KEYS_HINT(app.clientId)}]`,
    });
  }
  const tokenEndpoint = `https://${r.hostHeader}${r.path}`.toLowerCase();
  if (typeof payload.aud !== 'string' || payload.aud.toLowerCase() !== tokenEndpoint) return aadstsError(700023, ctx);
  if (payload.iss !== app.clientId || payload.sub !== app.clientId) return aadstsError(700021, ctx);
  const now = Math.floor(Date.now() / 1000);
  const exp = Number(payload.exp);
  const nbf = payload.nbf === undefined ? now : Number(payload.nbf);
  if (!Number.isFinite(exp) || !Number.isFinite(nbf) || now > exp + SKEW_SECONDS || now < nbf - SKEW_SECONDS) return aadstsError(700024, ctx);
  const jti = typeof payload.jti === 'string' ? payload.jti : '';
  if (!jti || state.usedAssertionIds.has(jti)) return aadstsError(50027, ctx);
  state.usedAssertionIds.add(jti);

  const resource = defaultScopeResource(r.form.get('scope') ?? '');
  if (!resource) return aadstsError(1002012, { ...ctx, resource: r.form.get('scope') ?? '' });
  ctx.resource = resource;
  const site = findSite(new URL(resource).hostname);
  if (!site || site.cloud !== cloud) return aadstsError(500011, ctx);
  return { status: 200, body: appTokenResponse(state, { appId: app.clientId, objectId: app.servicePrincipalId, roles: app.sharePointRoles, resource }) };
}

/** The resource of a client-credentials scope: exactly one `<resource>/.default`. */
function defaultScopeResource(scope: string): string | undefined {
  const scopes = scope.split(/\s+/).filter(Boolean);
  if (scopes.length !== 1 || !scopes[0]!.toLowerCase().endsWith('/.default')) return undefined;
  try {
    const url = new URL(scopes[0]!.slice(0, -'/.default'.length));
    return url.protocol === 'https:' && (url.pathname === '/' || url.pathname === '') ? `${url.protocol}//${url.host}`.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** An app-only access token (client credentials or managed identity): roles, no upn, no refresh token. */
export function appTokenResponse(
  state: SandboxState,
  o: { appId: string; objectId: string; roles: readonly string[]; resource: string; extraClaims?: Record<string, unknown> },
): Record<string, unknown> & { access_token: string; expires_in: number } {
  const now = Math.floor(Date.now() / 1000);
  const lifetime = state.options.accessTokenLifetimeSeconds;
  const claims: Record<string, unknown> = {
    aud: o.resource,
    iss: `https://sts.windows.net/${TENANT.id}/`,
    iat: now,
    nbf: now,
    exp: now + lifetime,
    appid: o.appId,
    appidacr: '2',
    idp: `https://sts.windows.net/${TENANT.id}/`,
    idtyp: 'app',
    oid: o.objectId,
    sub: o.objectId,
    tid: TENANT.id,
    uti: opaque(16),
    ver: '1.0',
    ...o.extraClaims,
  };
  if (o.roles.length > 0) claims.roles = [...o.roles];
  return { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: state.signer.sign(claims) };
}

interface ParsedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

function parseJwt(token: string): ParsedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    const payload: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null) return undefined;
    return { header: header as Record<string, unknown>, payload: payload as Record<string, unknown>, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2]!, 'base64url') };
  } catch {
    return undefined;
  }
}

function verifySignature(alg: string, signingInput: string, signature: Buffer, key: KeyObject): boolean {
  const data = Buffer.from(signingInput);
  try {
    if (alg === 'PS256') return verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }, signature);
    if (alg === 'RS256') return verify('sha256', data, key, signature);
  } catch {
    /* a malformed signature is a failed one */
  }
  return false;
}

/** Entra's "Start=08/18/2024 19:33:23" form. */
function usDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
