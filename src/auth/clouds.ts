// Clouds: which sign-in host and which SharePoint host names belong together.
//
// -Region picks the Entra sign-in host; the -Url's suffix tells which cloud the tenant lives in.
// When -Region is absent the Url decides (and -Verbose says so); when both are given and disagree
// the user gets a clear error before anything goes over the wire, because the identity platform's
// own answer to a cross-cloud request is an opaque AADSTS code.

export type RegionName = 'Default' | 'ITAR' | 'Germany' | 'China';
export type CloudName = RegionName | 'Custom';

export interface CloudDefinition {
  name: RegionName;
  /** The host msal sends the token request to. */
  loginHost: string;
  /** SharePoint DNS suffixes of the cloud (admin hosts are `<tenant>-admin.<suffix>`). */
  sharePointSuffixes: readonly string[];
  /** Plain words for messages. */
  description: string;
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
  },
  China: {
    name: 'China',
    // msal rewrites login.chinacloudapi.cn to this host anyway; naming it directly keeps the
    // authority shown by -Verbose equal to the host the request goes to.
    loginHost: 'login.partner.microsoftonline.cn',
    sharePointSuffixes: ['sharepoint.cn'],
    description: 'Microsoft 365 operated by 21Vianet in China',
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
};

/** A problem with the arguments, found before any request. */
export class ConnectArgumentError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
    readonly exceptionType = 'ArgumentException',
  ) {
    super(message);
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

const EXAMPLE = 'https://contoso-admin.sharepoint.com';

/** Validates -Url: an absolute https URL of a SharePoint Online host. */
export function parseSiteUrl(raw: string): SiteTarget {
  const text = raw.trim();
  if (text === '') {
    throw new ConnectArgumentError(
      `The Url is empty. Give the SharePoint admin site, for example ${EXAMPLE}.`,
      'InvalidUrl',
      'UriFormatException',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    const hint = /^[\w.-]+\.[a-z]{2,}(\/.*)?$/i.test(text) ? ` Did you mean https://${text}?` : '';
    throw new ConnectArgumentError(
      `'${text}' is not an absolute URL.${hint} Give the SharePoint admin site, for example ${EXAMPLE}.`,
      'InvalidUrl',
      'UriFormatException',
    );
  }
  if (parsed.protocol !== 'https:') {
    const https =
      parsed.protocol === 'http:' && cloudOfHost(parsed.hostname.toLowerCase())
        ? ` Use https://${parsed.host}${trimPath(parsed.pathname)} instead.`
        : ` Give the SharePoint admin site, for example ${EXAMPLE}.`;
    throw new ConnectArgumentError(
      `The Url '${text}' must start with https:// because SharePoint Online only accepts https.${https}`,
      'InsecureUrl',
    );
  }
  if (parsed.username || parsed.password) {
    // Never echo what was typed: it may be a password.
    throw new ConnectArgumentError(
      `The Url must not contain a user name or password. Give the site address only, for example ${EXAMPLE}, and the account with -Credential.`,
      'InvalidUrl',
    );
  }
  const host = parsed.hostname.toLowerCase();
  const match = cloudOfHost(host);
  if (!match) {
    throw new ConnectArgumentError(
      `'${parsed.host}' is not a SharePoint Online host name (*.sharepoint.com, *.sharepoint.us, *.sharepoint-mil.us, *.sharepoint.de or *.sharepoint.cn). Give the SharePoint admin site, for example ${EXAMPLE}.`,
      'NotSharePointUrl',
    );
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
 */
export function chooseAuthority(site: SiteTarget, region?: string, authenticationUrl?: string): AuthorityChoice {
  if (authenticationUrl !== undefined) return customAuthority(site, authenticationUrl);
  const inferred = site.cloud;
  if (region === undefined) {
    return {
      authority: `https://${inferred.loginHost}/organizations`,
      cloudName: inferred.name,
      knownAuthorities: [],
      reason: `Cloud ${inferred.name} (${inferred.description}), inferred from the Url's suffix .${site.suffix} because -Region was not given.`,
    };
  }
  const chosen = CLOUDS[normalizeRegion(region)];
  if (chosen.name !== inferred.name) {
    throw new ConnectArgumentError(
      `-Region ${chosen.name} does not match the Url ${site.url}: .${site.suffix} sites belong to the ${inferred.name} cloud (${inferred.description}). Use -Region ${inferred.name}, or leave -Region out to let the Url decide.`,
      'RegionDoesNotMatchUrl',
    );
  }
  return {
    authority: `https://${chosen.loginHost}/organizations`,
    cloudName: chosen.name,
    knownAuthorities: [],
    reason: `Cloud ${chosen.name} (${chosen.description}), as given by -Region.`,
  };
}

function normalizeRegion(region: string): RegionName {
  const found = (Object.keys(CLOUDS) as RegionName[]).find((r) => r.toLowerCase() === region.toLowerCase());
  if (!found) {
    throw new ConnectArgumentError(
      `'${region}' is not a region. Use one of: Default, ITAR, Germany, China.`,
      'InvalidRegion',
    );
  }
  return found;
}

function customAuthority(site: SiteTarget, raw: string): AuthorityChoice {
  const text = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ConnectArgumentError(
      `-AuthenticationUrl '${text}' is not an absolute URL. Give the sign-in authority, for example https://login.microsoftonline.com/organizations.`,
      'InvalidAuthenticationUrl',
      'UriFormatException',
    );
  }
  if (parsed.protocol !== 'https:') {
    throw new ConnectArgumentError(
      `-AuthenticationUrl must use https: '${text}' would send your sign-in over an unencrypted connection, so nothing was sent. Use https://${parsed.host}${trimPath(parsed.pathname)}.`,
      'InsecureAuthenticationUrl',
    );
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new ConnectArgumentError(
      `-AuthenticationUrl must be a plain authority such as https://login.microsoftonline.com/organizations, without a user name, password, query or fragment.`,
      'InvalidAuthenticationUrl',
    );
  }
  const host = parsed.hostname.toLowerCase();
  const path = trimPath(parsed.pathname);
  // msal needs a tenant segment; a bare host means "any work or school account".
  const authority = `https://${parsed.host.toLowerCase()}${path === '' ? '/organizations' : path}`;
  const known = KNOWN_LOGIN_HOSTS[host];
  if (known) {
    if (known !== site.cloud.name) {
      throw new ConnectArgumentError(
        `-AuthenticationUrl ${parsed.host} signs in to the ${known} cloud, but ${site.url} is in the ${site.cloud.name} cloud (${site.cloud.description}). Use https://${site.cloud.loginHost}/organizations or leave -AuthenticationUrl out.`,
        'AuthenticationUrlDoesNotMatchUrl',
      );
    }
    return {
      authority,
      cloudName: known,
      knownAuthorities: [],
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
