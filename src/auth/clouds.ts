// Clouds: which sign-in host and which SharePoint host names belong together.
//
// -Region picks the Entra sign-in host; the -Url's suffix tells which cloud the tenant lives in.
// When -Region is absent the Url decides (and -Verbose says so); when both are given and disagree
// the user gets a clear error before anything goes over the wire, because the identity platform's
// own answer to a cross-cloud request is an opaque AADSTS code.

import { SignInStrings as S, type SignInMessage } from './sign-in-strings.js';

export type RegionName = 'Default' | 'ITAR' | 'Germany' | 'China' | 'Delos' | 'France';
export type CloudName = RegionName | 'Custom';

export interface CloudDefinition {
  name: RegionName;
  /** The host msal sends the token request to. */
  loginHost: string;
  /** SharePoint DNS suffixes of the cloud (admin hosts are `<tenant>-admin.<suffix>`). */
  sharePointSuffixes: readonly string[];
  /** Plain words for messages. */
  description: string;
  /**
   * A sign-in host msal-node does not know: it is trusted as given and its OpenID configuration is read
   * from it, instead of asking login.microsoftonline.com about it.
   */
  ownDiscovery?: boolean;
  /** Why the cloud cannot be used any more (a warning names it). */
  closed?: string;
}

export const CLOUDS: Readonly<Record<RegionName, CloudDefinition>> = {
  Default: {
    name: 'Default',
    loginHost: 'login.microsoftonline.com',
    sharePointSuffixes: ['sharepoint.com'],
    description: 'the worldwide Microsoft 365 cloud, including GCC',
  },
  ITAR: {
    name: 'ITAR',
    loginHost: 'login.microsoftonline.us',
    sharePointSuffixes: ['sharepoint.us', 'sharepoint-mil.us'],
    description: 'the US Government cloud for GCC High and DoD',
  },
  Germany: {
    name: 'Germany',
    loginHost: 'login.microsoftonline.de',
    sharePointSuffixes: ['sharepoint.de'],
    description: 'Microsoft Cloud Deutschland',
    closed:
      'Microsoft Cloud Deutschland (-Region Germany, *.sharepoint.de) closed in October 2021 and its tenants moved to the worldwide cloud (https://<tenant>-admin.sharepoint.com, -Region Default); trying its sign-in host anyway.',
  },
  China: {
    name: 'China',
    // msal rewrites login.chinacloudapi.cn to this host anyway; naming it directly keeps the
    // authority shown by -Verbose equal to the host the request goes to.
    loginHost: 'login.partner.microsoftonline.cn',
    sharePointSuffixes: ['sharepoint.cn'],
    description: 'Microsoft 365 operated by 21Vianet in China',
  },
  Delos: {
    name: 'Delos',
    loginHost: 'login.sovcloud-identity.de',
    sharePointSuffixes: ['sovcloud-sharepoint.de'],
    description: 'the German sovereign cloud (Delos)',
    ownDiscovery: true,
  },
  France: {
    name: 'France',
    loginHost: 'login.sovcloud-identity.fr',
    sharePointSuffixes: ['sovcloud-sharepoint.fr'],
    description: 'the French sovereign cloud (Bleu)',
    ownDiscovery: true,
  },
};

/** Sign-in hosts msal-node knows without any discovery request. */
const KNOWN_LOGIN_HOSTS: Record<string, RegionName> = {
  'login.microsoftonline.com': 'Default',
  'login.microsoft.com': 'Default',
  'login.windows.net': 'Default',
  'login.microsoftonline.us': 'ITAR',
  'login.usgovcloudapi.net': 'ITAR',
  'login.microsoftonline.de': 'Germany',
  'login.partner.microsoftonline.cn': 'China',
  'login.chinacloudapi.cn': 'China',
  'login.sovcloud-identity.de': 'Delos',
  'login.sovcloud-identity.fr': 'France',
};

/** A problem with the arguments, found before any request. */
export class ConnectArgumentError extends Error {
  readonly errorId: string;
  readonly exceptionType: string;
  constructor(m: SignInMessage) {
    super(m.message);
    this.errorId = m.errorId;
    this.exceptionType = m.exceptionType;
  }
}

export interface SiteTarget {
  /** The Url as given, without a trailing slash. */
  url: string;
  /** scheme://host of the site: what the token is for (scope `<origin>/.default`). */
  origin: string;
  /** The Url's path without a trailing slash ('' for the host's root). CSOM's ClientContext is made
   *  for the Url as given, so ProcessQuery goes to `<origin><path>/_vti_bin/client.svc/ProcessQuery`. */
  path: string;
  host: string;
  /** The cloud the host belongs to. */
  cloud: CloudDefinition;
  /** The SharePoint suffix matched (e.g. 'sharepoint.com'). */
  suffix: string;
  /** The tenant's admin URL when it can be derived from the host, else undefined. */
  adminUrl: string | undefined;
  /** Whether the host is the admin host itself. */
  isAdminHost: boolean;
}

/** Validates -Url: an absolute https URL of a SharePoint Online host. */
export function parseSiteUrl(raw: string): SiteTarget {
  const text = raw.trim();
  if (text === '') {
    throw new ConnectArgumentError(S.UrlEmpty());
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    const hint = /^[\w.-]+\.[a-z]{2,}(\/.*)?$/i.test(text) ? ` Did you mean https://${text}?` : '';
    throw new ConnectArgumentError(S.UrlNotAbsolute(text, hint));
  }
  if (parsed.protocol !== 'https:') {
    const next =
      parsed.protocol === 'http:' && cloudOfHost(parsed.hostname.toLowerCase())
        ? ` Use https://${parsed.host}${trimPath(parsed.pathname)} instead.`
        : ` ${S.GiveAdminSite}`;
    throw new ConnectArgumentError(S.UrlNotHttps(text, next));
  }
  if (parsed.username || parsed.password) {
    // Never echo what was typed: it may be a password.
    throw new ConnectArgumentError(S.UrlHasUserInfo());
  }
  const host = parsed.hostname.toLowerCase();
  const match = cloudOfHost(host);
  if (!match) {
    throw new ConnectArgumentError(S.NotSharePointHost(parsed.host, Object.values(CLOUDS).flatMap((c) => c.sharePointSuffixes)));
  }
  const label = host.slice(0, host.length - match.suffix.length - 1);
  const tenantLabel = label.split('.').pop() ?? label;
  const isAdminHost = !label.includes('.') && /-admin$/.test(tenantLabel);
  const tenant = tenantLabel.replace(/-(admin|my)$/, '');
  const adminUrl = !label.includes('.') && tenant ? `https://${tenant}-admin.${match.suffix}` : undefined;
  const port = parsed.port ? `:${parsed.port}` : '';
  return {
    url: `https://${parsed.host}${trimPath(parsed.pathname)}`,
    origin: `https://${host}${port}`,
    path: trimPath(parsed.pathname),
    host,
    cloud: match.cloud,
    suffix: match.suffix,
    adminUrl,
    isAdminHost,
  };
}

function trimPath(pathname: string): string {
  return pathname.replace(/\/+$/, '');
}

function cloudOfHost(host: string): { cloud: CloudDefinition; suffix: string } | undefined {
  for (const cloud of Object.values(CLOUDS)) {
    for (const suffix of cloud.sharePointSuffixes) {
      if (host.endsWith('.' + suffix) && host.length > suffix.length + 1) return { cloud, suffix };
    }
  }
  return undefined;
}

export interface AuthorityChoice {
  /** The authority URL handed to msal. */
  authority: string;
  /** Cloud name for the connection (Custom for a sign-in host we do not know). */
  cloudName: CloudName;
  /** Hosts msal must trust without asking login.microsoftonline.com (custom authorities only). */
  knownAuthorities: string[];
  /** One sentence for -Verbose: which cloud and why. */
  reason: string;
}

/**
 * Picks the authority from -Region / -AuthenticationUrl and the site. Throws ConnectArgumentError
 * for an http authority, a malformed one, or a -Region that contradicts the Url.
 *
 * `tenant` is the authority's tenant segment where nothing more specific names one: `organizations`
 * (any work or school account), or the "tenantId" setting's tenant id or domain, which a
 * single-tenant app registration needs (at /organizations it gets AADSTS50194). A tenant in the
 * path of -AuthenticationUrl wins over it.
 */
export function chooseAuthority(site: SiteTarget, region?: string, authenticationUrl?: string, tenant = 'organizations'): AuthorityChoice {
  const segment = encodeURIComponent(tenant);
  if (authenticationUrl !== undefined) return customAuthority(site, authenticationUrl, segment);
  const inferred = site.cloud;
  if (region === undefined) {
    return {
      authority: `https://${inferred.loginHost}/${segment}`,
      cloudName: inferred.name,
      knownAuthorities: inferred.ownDiscovery ? [inferred.loginHost] : [],
      reason: `Cloud ${inferred.name} (${inferred.description}), inferred from the Url's suffix .${site.suffix} because -Region was not given.`,
    };
  }
  const chosen = CLOUDS[normalizeRegion(region)];
  if (chosen.name !== inferred.name) {
    throw new ConnectArgumentError(S.RegionDoesNotMatchUrl(chosen.name, site.url, site.suffix, inferred.name, inferred.description));
  }
  return {
    authority: `https://${chosen.loginHost}/${segment}`,
    cloudName: chosen.name,
    knownAuthorities: chosen.ownDiscovery ? [chosen.loginHost] : [],
    reason: `Cloud ${chosen.name} (${chosen.description}), as given by -Region.`,
  };
}

function normalizeRegion(region: string): RegionName {
  const found = (Object.keys(CLOUDS) as RegionName[]).find((r) => r.toLowerCase() === region.toLowerCase());
  if (!found) {
    throw new ConnectArgumentError(S.InvalidRegion(region));
  }
  return found;
}

function customAuthority(site: SiteTarget, raw: string, segment: string): AuthorityChoice {
  const text = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ConnectArgumentError(S.AuthenticationUrlNotAbsolute(text));
  }
  if (parsed.protocol !== 'https:') {
    throw new ConnectArgumentError(S.AuthenticationUrlNotHttps(text, `https://${parsed.host}${trimPath(parsed.pathname)}`));
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new ConnectArgumentError(S.AuthenticationUrlNotPlain());
  }
  const host = parsed.hostname.toLowerCase();
  const path = trimPath(parsed.pathname);
  // msal needs a tenant segment; a bare host means "any work or school account" (or the tenantId setting's tenant).
  const authority = `https://${parsed.host.toLowerCase()}${path === '' ? `/${segment}` : path}`;
  const known = KNOWN_LOGIN_HOSTS[host];
  if (known) {
    if (known !== site.cloud.name) {
      throw new ConnectArgumentError(
        S.AuthenticationUrlDoesNotMatchUrl(parsed.host, known, site.url, site.cloud.name, site.cloud.description, site.cloud.loginHost),
      );
    }
    return {
      authority,
      cloudName: known,
      knownAuthorities: CLOUDS[known].ownDiscovery ? [host] : [],
      reason: `Cloud ${known} (${CLOUDS[known].description}), from -AuthenticationUrl.`,
    };
  }
  return {
    authority,
    cloudName: 'Custom',
    knownAuthorities: [parsed.host.toLowerCase()],
    reason: `Custom sign-in authority from -AuthenticationUrl; its endpoints are discovered from ${authority}/v2.0/.well-known/openid-configuration.`,
  };
}

/** The token scope for a site: its origin's `.default`. */
export function scopeFor(site: SiteTarget): string {
  return `${site.origin}/.default`;
}
