// The sandbox's SharePoint Online endpoints (reference §3 and §6.3): CSOM ProcessQuery for the Tenant
// object, contextinfo, the REST SPO.Tenant read, and the anonymous version probe.

import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { SITES_FULL_CONTROL_ALL, TENANT, findSite, findUser, type SharePointSite } from './directory.js';
import { sendJson, sendText, type SandboxState } from './state.js';

/** Microsoft.Online.SharePoint.TenantAdministration.Tenant */
const TENANT_TYPE_ID = '{268004ae-ef6b-4e9b-8425-127220d84719}';
const BUILD = '16.0.26417.12000';
const LIBRARY_VERSION = '16.0.26417.12000';

export interface SharePointRequest {
  method: string;
  hostname: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

function commonHeaders(): Record<string, string> {
  const id = randomUUID();
  return { sprequestguid: id, 'request-id': id, microsoftsharepointteamservices: `16.0.0.${BUILD.split('.')[2]}` };
}

export function handleSharePoint(state: SandboxState, r: SharePointRequest, res: ServerResponse): number {
  const site = findSite(r.hostname);
  if (!site) {
    // Real SharePoint has no such host at all (DNS fails); the closest an HTTP server can say is 404.
    sendText(res, 404, `404 NOT FOUND: ${r.hostname} is not a SharePoint host of the sandbox tenant.`, commonHeaders());
    return 404;
  }
  const path = r.path.toLowerCase();
  if (r.method === 'GET' && (path === '/' || path === '')) {
    // The anonymous version probe: 403 with the build in MicrosoftSharePointTeamServices.
    sendText(res, 403, '403 FORBIDDEN', commonHeaders());
    return 403;
  }
  const auth = authenticate(state, r, site);
  if ('status' in auth) {
    const headers = {
      ...commonHeaders(),
      'www-authenticate': `Bearer realm="${TENANT.id}",client_id="00000003-0000-0ff1-ce00-000000000000",trusted_issuers="00000001-0000-0000-c000-000000000000@*,https://sts.windows.net/*/,00000003-0000-0ff1-ce00-000000000000@90140122-8516-11e1-8eff-49304924019b",authorization_uri="https://login.windows.net/common/oauth2/authorize"`,
      'x-ms-diagnostics': auth.diagnostics,
    };
    sendJson(res, 401, { error_description: auth.description }, headers);
    return 401;
  }
  // CSOM posts under the site its context was made for, e.g. /sites/team/_vti_bin/...; only the root
  // of the admin host is the tenant administration site.
  const csom = /^(.*)\/_vti_bin\/client\.svc\/processquery$/.exec(path);
  if (r.method === 'POST' && csom) return processQuery(r, res, site, auth.admin, csom[1]!.replace(/\/+$/, ''));
  if (r.method === 'POST' && path === '/_api/contextinfo') return contextInfo(r, res, site);
  if (r.method === 'GET' && path === '/_api/spo.tenant') return restTenant(res, site, auth.admin);
  sendText(res, 404, '404 NOT FOUND', commonHeaders());
  return 404;
}

/**
 * Who the token speaks for and whether they administer SharePoint: a person (upn) with the administrator
 * role, or an app / managed identity (app-only token: idtyp "app", no upn) with the application permission
 * Sites.FullControl.All in its roles.
 */
function authenticate(state: SandboxState, r: SharePointRequest, site: SharePointSite): { admin: boolean } | { status: 401; diagnostics: string; description: string } {
  const header = r.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    return { status: 401, diagnostics: '3000006;reason="Token contains invalid signature.";category="invalid_client"', description: 'No access token was presented.' };
  }
  const claims = state.signer.verify(match[1]!);
  if (!claims) {
    return { status: 401, diagnostics: '3000006;reason="Token contains invalid signature.";category="invalid_client"', description: "Exception of type 'Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException' was thrown." };
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    return { status: 401, diagnostics: '3000007;reason="Token has expired.";category="invalid_client"', description: "Exception of type 'Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException' was thrown." };
  }
  const aud = String(claims.aud ?? '');
  if (claims.tid !== TENANT.id || aud.toLowerCase() !== `https://${site.host}`) {
    return { status: 401, diagnostics: `3000003;reason="Invalid audience Uri '${aud}'.";category="invalid_client"`, description: "Exception of type 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown." };
  }
  if (claims.idtyp === 'app' && claims.upn === undefined) {
    const roles = Array.isArray(claims.roles) ? claims.roles : [];
    if (roles.length === 0) {
      // An app without any consented SharePoint permission: SharePoint refuses the app-only token outright
      // [UNVERIFIED wording; the 401 is what app-only tokens without roles get].
      return { status: 401, diagnostics: '3001000;reason="There has been an error authenticating the request.";category="invalid_client"', description: 'Unsupported app only token.' };
    }
    return { admin: roles.includes(SITES_FULL_CONTROL_ALL) };
  }
  return { admin: findUser(String(claims.upn ?? ''))?.sharePointAdmin === true };
}

function errorHeader(traceId: string, message: string, code: number, typeName: string): Record<string, unknown> {
  return {
    SchemaVersion: '15.0.0.0',
    LibraryVersion: LIBRARY_VERSION,
    ErrorInfo: { ErrorMessage: message, ErrorValue: null, TraceCorrelationId: traceId, ErrorCode: code, ErrorTypeName: typeName },
    TraceCorrelationId: traceId,
  };
}

const TENANT_PROPERTIES = (site: SharePointSite): Record<string, unknown> => ({
  RootSiteUrl: `https://${site.rootHost}`,
  SharingCapability: 1,
  StorageQuota: 1048576,
  StorageQuotaAllocated: 0,
  ResourceQuota: 5300,
  CompatibilityRange: '15,15',
  DisplayName: TENANT.name,
});

function processQuery(r: SharePointRequest, res: ServerResponse, site: SharePointSite, admin: boolean, sitePath: string): number {
  const headers = commonHeaders();
  const traceId = headers.sprequestguid!;
  const type = String(r.headers['content-type'] ?? '');
  if (!type.toLowerCase().startsWith('text/xml') || !/<Request\b[^>]*xmlns="http:\/\/schemas\.microsoft\.com\/sharepoint\/clientquery\/2009"/.test(r.body)) {
    sendJson(res, 400, [errorHeader(traceId, 'The request is not a valid client query.', -2147024809, 'System.ArgumentException')], headers);
    return 400;
  }
  const wantsTenant = r.body.toLowerCase().includes(TENANT_TYPE_ID);
  if (wantsTenant && !(site.isAdmin && sitePath === '')) {
    sendJson(res, 200, [errorHeader(traceId, 'Current site is not a tenant administration site.', -1, 'Microsoft.Online.SharePoint.Common.SpoException')], headers);
    return 200;
  }
  if (wantsTenant && !admin) {
    // A signed-in account without the SharePoint administrator role is refused by the admin site. CSOM
    // reports server-side errors with HTTP 200 and an ErrorInfo (reference §3.3, §6.3 S1); CSOM maps
    // this type name to ServerUnauthorizedAccessException.
    sendJson(res, 200, [errorHeader(traceId, 'Access denied. You do not have permission to perform this action or access this resource.', -2147024891, 'System.UnauthorizedAccessException')], headers);
    return 200;
  }
  const out: unknown[] = [{ SchemaVersion: '15.0.0.0', LibraryVersion: LIBRARY_VERSION, ErrorInfo: null, TraceCorrelationId: traceId }];
  const all = TENANT_PROPERTIES(site);
  for (const m of r.body.matchAll(/<ObjectPath\s+Id="(\d+)"[^>]*\/>/g)) out.push(Number(m[1]), { IsNull: false });
  for (const m of r.body.matchAll(/<Query\s+Id="(\d+)"[^>]*>([\s\S]*?)<\/Query>\s*<\/Query>|<Query\s+Id="(\d+)"[^>]*>([\s\S]*?)<\/Query>/g)) {
    const id = Number(m[1] ?? m[3]);
    const inner = m[2] ?? m[4] ?? '';
    const selectAll = /SelectAllProperties="true"/i.test(inner);
    const result: Record<string, unknown> = {
      _ObjectType_: 'Microsoft.Online.SharePoint.TenantAdministration.Tenant',
      _ObjectIdentity_: `${traceId}|908bed80-a04a-4433-b4a0-883d9847d11d:${TENANT.id}\nTenant`,
    };
    for (const [name, value] of Object.entries(all)) if (selectAll) result[name] = value;
    for (const p of inner.matchAll(/<Property\s+Name="([^"]+)"/g)) if (p[1]! in all) result[p[1]!] = all[p[1]!];
    out.push(id, result);
  }
  sendJson(res, 200, out, headers);
  return 200;
}

function contextInfo(r: SharePointRequest, res: ServerResponse, site: SharePointSite): number {
  const info = {
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: `0x${randomUUID().replace(/-/g, '').toUpperCase()},${new Date().toUTCString()}`,
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: `https://${site.host}`,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: `https://${site.host}`,
  };
  const verbose = String(r.headers.accept ?? '').includes('odata=verbose');
  sendJson(res, 200, verbose ? { d: { GetContextWebInformation: info } } : info, commonHeaders());
  return 200;
}

function restTenant(res: ServerResponse, site: SharePointSite, admin: boolean): number {
  if (!site.isAdmin) {
    sendJson(res, 500, { 'odata.error': { code: '-1, Microsoft.Online.SharePoint.Common.SpoException', message: { lang: 'en-US', value: 'Current site is not a tenant administration site.' } } }, commonHeaders());
    return 500;
  }
  if (!admin) {
    sendJson(res, 403, { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Attempted to perform an unauthorized operation.' } } }, commonHeaders());
    return 403;
  }
  sendJson(res, 200, TENANT_PROPERTIES(site), commonHeaders());
  return 200;
}
