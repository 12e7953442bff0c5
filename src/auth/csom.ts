// Proving the connection: one CSOM ProcessQuery that constructs the Tenant object.
//
// This is what the real cmdlet does after signing in (reference §3): SharePoint answers HTTP 200
// with ErrorInfo when the site is not the tenant admin site or the account is not an admin, and
// 401 when the token is not for this site or tenant. Each outcome becomes a sentence that says what
// to do; nothing here ever prints the token.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { untrustedHeaders, untrustedJsonReviver, type Network, type NetObserver } from '../net/network.js';
import type { SiteTarget } from './clouds.js';
import { retryAfterWords, SignInStrings as S, type SignInMessage } from './sign-in-strings.js';

/** Microsoft.Online.SharePoint.TenantAdministration.Tenant */
const TENANT_TYPE_ID = '{268004ae-ef6b-4e9b-8425-127220d84719}';
export const CLIENT_TAG_LIMIT = 32;
const NOT_ADMIN_SITE = 'Current site is not a tenant administration site.';

let shellVersion: string | undefined;
/** The package version, found by walking up from this file to spo-shell's package.json. */
export function getShellVersion(): string {
  if (shellVersion) return shellVersion;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'spo-shell' && pkg.version) return (shellVersion = pkg.version);
    } catch {
      /* not here; keep walking up */
    }
    dir = dirname(dir);
  }
  return (shellVersion = '0.0.0');
}

export interface ClientTag {
  /** The header value, at most 32 characters. */
  value: string;
  /** Set when -ClientTag had to be shortened. */
  truncatedFrom?: string;
}

/**
 * Why -ClientTag cannot be sent, or undefined when it can. The tag travels as the value of an HTTP
 * header, which carries only Latin-1 bytes; control characters (CR/LF, tab, DEL, C1) are refused by
 * HTTP clients or would split the header, and the .NET header check of the real module refuses them
 * as well. Encoding them (percent- or RFC 2047-style) would make SharePoint's logs show a tag other
 * than the one typed, defeating its purpose (finding a script's requests), so the value is refused.
 */
export function clientTagProblem(suffix: string | undefined): SignInMessage | undefined {
  if (suffix === undefined) return undefined;
  let position = 0;
  for (const ch of suffix) {
    position++;
    const code = ch.codePointAt(0)!;
    const printable = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    if (!printable) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      const kind = code > 0xff ? 'is not a Latin-1 character' : 'is a control character';
      return S.ClientTagNotSendable(position, hex, kind);
    }
  }
  return undefined;
}

/**
 * `X-ClientService-ClientTag`: the shell's own tag, then -ClientTag after a space. CSOM limits the
 * header to 32 characters; rather than fail the connection as the real module does, the suffix
 * is shortened and the caller warns.
 */
export function buildClientTag(suffix?: string): ClientTag {
  const base = `spo-shell/${getShellVersion()}`;
  const extra = (suffix ?? '').trim();
  if (!extra) return { value: base.slice(0, CLIENT_TAG_LIMIT) };
  const full = `${base} ${extra}`;
  if (full.length <= CLIENT_TAG_LIMIT) return { value: full };
  return { value: full.slice(0, CLIENT_TAG_LIMIT).trimEnd(), truncatedFrom: extra };
}

export function userAgent(): string {
  // Microsoft's throttling guidance asks for NONISV|Company|App/version.
  return `NONISV|spo-shell|spo-shell/${getShellVersion()}`;
}

function processQueryBody(): string {
  return (
    `<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ` +
    `ApplicationName="spo-shell ${getShellVersion()}" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009">` +
    `<Actions><ObjectPath Id="2" ObjectPathId="1" />` +
    `<Query Id="3" ObjectPathId="1"><Query SelectAllProperties="false"><Properties>` +
    `<Property Name="RootSiteUrl" ScalarProperty="true" /></Properties></Query></Query></Actions>` +
    `<ObjectPaths><Constructor Id="1" TypeId="${TENANT_TYPE_ID}" /></ObjectPaths></Request>`
  );
}

/** A validation failure: the message is ready for the user. */
export class CsomValidationError extends Error {
  constructor(readonly spec: SignInMessage) {
    super(spec.message);
  }
}

export interface TenantInfo {
  rootSiteUrl?: string;
  /** SharePoint's build, from MicrosoftSharePointTeamServices, for -Verbose. */
  serverVersion?: string;
}

export interface ValidateOptions {
  network: Network;
  site: SiteTarget;
  accessToken: string;
  clientTag: string;
  account: string;
  signal?: AbortSignal;
  observer?: NetObserver;
}

/** Where CSOM posts: under the site it was made for, the Url as given, path included (reference §3.1, step 3). */
export function processQueryUrl(site: SiteTarget): string {
  return `${site.origin}${site.path}/_vti_bin/client.svc/ProcessQuery`;
}

/** Sends the ProcessQuery and explains any failure as a CsomValidationError. */
export async function validateTenantAdminSite(o: ValidateOptions): Promise<TenantInfo> {
  const url = processQueryUrl(o.site);
  const answer = await o.network.request(
    {
      method: 'POST',
      url,
      headers: {
        authorization: `Bearer ${o.accessToken}`,
        'content-type': 'text/xml',
        accept: 'application/json;odata=nometadata',
        'x-clientservice-clienttag': o.clientTag,
        'user-agent': userAgent(),
      },
      body: processQueryBody(),
      signal: o.signal,
    },
    o.observer,
  );
  // Headers and ErrorInfo texts are shown to the user: control sequences go first.
  const res = { ...answer, headers: untrustedHeaders(answer.headers) };
  const serverVersion = res.headers['microsoftsharepointteamservices']?.replace(/,.*$/, '').trim() || undefined;
  if (res.status === 401) throw unauthorized(o, res.headers['x-ms-diagnostics']);
  if (res.status === 403) {
    // SharePoint may explain the 403 with a CSOM ErrorInfo (a signed-in user who is not an admin).
    const info = errorInfoOf(res.body);
    if (info) throw fromErrorInfo(info, o);
    throw new CsomValidationError(S.SharePointAccessDenied(o.site.url, o.account, o.site.host));
  }
  if (res.status === 429 || res.status === 503) {
    const after = res.headers['retry-after'];
    throw new CsomValidationError(S.SharePointThrottled(res.status, retryAfterWords(after)));
  }
  if (res.status >= 500) {
    throw new CsomValidationError(S.SharePointServerError(res.status, o.site.url));
  }
  if (res.status !== 200) {
    throw new CsomValidationError(S.UnexpectedSharePointResponse(res.status, o.site.url));
  }
  const parsed = parseResponse(res.body, o.site.url);
  const header = parsed[0] as Record<string, unknown>;
  const info = header.ErrorInfo as Record<string, unknown> | null | undefined;
  if (info && typeof info === 'object') throw fromErrorInfo(info, o);
  const tenant = parsed.find(
    (x): x is Record<string, unknown> =>
      typeof x === 'object' && x !== null && (x as Record<string, unknown>)._ObjectType_ ===
        'Microsoft.Online.SharePoint.TenantAdministration.Tenant',
  );
  return {
    rootSiteUrl: typeof tenant?.RootSiteUrl === 'string' ? tenant.RootSiteUrl : undefined,
    serverVersion,
  };
}

function errorInfoOf(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body, untrustedJsonReviver);
    const info = Array.isArray(parsed) ? (parsed[0] as Record<string, unknown> | undefined)?.ErrorInfo : undefined;
    return info && typeof info === 'object' ? (info as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function parseResponse(body: string, siteUrl: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body, untrustedJsonReviver);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || typeof parsed[0] !== 'object' || parsed[0] === null) {
    throw new CsomValidationError(S.MalformedSharePointResponse(siteUrl));
  }
  return parsed;
}

function fromErrorInfo(info: Record<string, unknown>, o: ValidateOptions): CsomValidationError {
  const message = typeof info.ErrorMessage === 'string' ? info.ErrorMessage : 'Unknown error';
  const typeName = typeof info.ErrorTypeName === 'string' ? info.ErrorTypeName : '';
  if (message === NOT_ADMIN_SITE || /not a tenant administration site/i.test(message)) {
    const adminUrl = o.site.adminUrl && !(o.site.isAdminHost && o.site.path === '') ? o.site.adminUrl : undefined;
    return new CsomValidationError(S.NotTenantAdministrationSite(message, adminUrl));
  }
  if (typeName === 'System.UnauthorizedAccessException' || info.ErrorCode === -2147024891) {
    return new CsomValidationError(S.NotSharePointAdministrator(o.account, message));
  }
  return new CsomValidationError(S.SharePointError(message, typeName));
}

function unauthorized(o: ValidateOptions, diagnostics: string | undefined): CsomValidationError {
  const reason = /reason="([^"]*)"/.exec(diagnostics ?? '')?.[1];
  return new CsomValidationError(S.SharePointUnauthorized(o.site.url, reason, o.site.host));
}
