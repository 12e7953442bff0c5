// The sandbox tenant's directory: one tenant, "contoso", present in each cloud, its accounts, its
// SharePoint sites and the client applications the identity platform knows. Everything here is fixed
// sample data; the password of every account is `password` so the documentation examples work verbatim.

export const SANDBOX_PASSWORD = 'password';

export const TENANT = {
  id: '6d7a1f52-3b1e-4c8e-9a53-2f0c7b6e1d4a',
  name: 'Contoso',
  /** Verified domains: accepted in the authority path and as UPN suffixes. */
  domains: ['contoso.com', 'contoso.onmicrosoft.com', 'contoso.sharepoint.com'],
  /** SharePoint host prefix: contoso.sharepoint.com, contoso-admin.sharepoint.com, contoso-my.sharepoint.com. */
  sharePointPrefix: 'contoso',
} as const;

/** What a username/password grant does for an account whose password is right. */
export type PasswordBehaviour = 'ok' | 'mfa' | 'locked' | 'expired';

export interface DirectoryUser {
  upn: string;
  displayName: string;
  objectId: string;
  /** SharePoint administrator: may use the tenant administration site. */
  sharePointAdmin: boolean;
  passwordBehaviour: PasswordBehaviour;
}

export const USERS: readonly DirectoryUser[] = [
  { upn: 'admin@contoso.com', displayName: 'Contoso Administrator', objectId: '1a6e4d7c-0b1f-4f7a-8d3e-5c2b9a0e1f01', sharePointAdmin: true, passwordBehaviour: 'ok' },
  { upn: 'admin@contoso.sharepoint.com', displayName: 'SharePoint Administrator', objectId: '1a6e4d7c-0b1f-4f7a-8d3e-5c2b9a0e1f02', sharePointAdmin: true, passwordBehaviour: 'ok' },
  { upn: 'admin@contoso.onmicrosoft.com', displayName: 'Tenant Administrator', objectId: '1a6e4d7c-0b1f-4f7a-8d3e-5c2b9a0e1f03', sharePointAdmin: true, passwordBehaviour: 'ok' },
  { upn: 'user@contoso.com', displayName: 'Contoso User', objectId: '1a6e4d7c-0b1f-4f7a-8d3e-5c2b9a0e1f04', sharePointAdmin: false, passwordBehaviour: 'ok' },
  { upn: 'mfa@contoso.com', displayName: 'MFA Administrator', objectId: '1a6e4d7c-0b1f-4f7a-8d3e-5c2b9a0e1f05', sharePointAdmin: true, passwordBehaviour: 'mfa' },
  { upn: 'locked@contoso.com', displayName: 'Locked Account', objectId: '1a6e4d7c-0b1f-4f7a-8d3e-5c2b9a0e1f06', sharePointAdmin: true, passwordBehaviour: 'locked' },
  { upn: 'expired@contoso.com', displayName: 'Expired Password', objectId: '1a6e4d7c-0b1f-4f7a-8d3e-5c2b9a0e1f07', sharePointAdmin: true, passwordBehaviour: 'expired' },
];

export function findUser(upn: string | undefined): DirectoryUser | undefined {
  if (!upn) return undefined;
  const wanted = upn.trim().toLowerCase();
  return USERS.find((u) => u.upn === wanted);
}

/** Client applications. The SharePoint Online Management Shell app is the shell's default. */
export const CLIENTS: Record<string, { name: string; publicClientFlows: boolean }> = {
  '9bc3ab49-b65d-410a-85ad-de819febfddc': { name: 'Microsoft SharePoint Online Management Shell', publicClientFlows: true },
  // An app registration whose "Allow public client flows" is off: every public-client grant gets AADSTS7000218.
  'b5d1f0c2-7000-4218-8000-000007000218': { name: 'Contoso confidential app', publicClientFlows: false },
};
// Anything else (including PnP's deleted 31359c7f-bd7e-475c-86db-fdb8c937548e) is unknown: AADSTS700016.

export interface Cloud {
  name: 'Public' | 'USGovernment' | 'China' | 'Germany';
  /** Host names of the sign-in service, the preferred network host first. */
  loginHosts: string[];
  sharePointSuffixes: string[];
}

export const CLOUDS: readonly Cloud[] = [
  { name: 'Public', loginHosts: ['login.microsoftonline.com', '127.0.0.1', 'localhost'], sharePointSuffixes: ['sharepoint.com'] },
  { name: 'USGovernment', loginHosts: ['login.microsoftonline.us'], sharePointSuffixes: ['sharepoint.us', 'sharepoint-mil.us'] },
  { name: 'China', loginHosts: ['login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'], sharePointSuffixes: ['sharepoint.cn'] },
  { name: 'Germany', loginHosts: ['login.microsoftonline.de'], sharePointSuffixes: ['sharepoint.de'] },
];

export function cloudForLoginHost(host: string): Cloud | undefined {
  return CLOUDS.find((c) => c.loginHosts.includes(host));
}

export interface SharePointSite {
  host: string;
  cloud: Cloud;
  isAdmin: boolean;
  rootHost: string;
}

/** The tenant's SharePoint hosts: contoso, contoso-admin and contoso-my under each suffix of each cloud. */
export function findSite(host: string): SharePointSite | undefined {
  const h = host.toLowerCase();
  for (const cloud of CLOUDS) {
    for (const suffix of cloud.sharePointSuffixes) {
      const root = `${TENANT.sharePointPrefix}.${suffix}`;
      if (h === root || h === `${TENANT.sharePointPrefix}-my.${suffix}`) return { host: h, cloud, isAdmin: false, rootHost: root };
      if (h === `${TENANT.sharePointPrefix}-admin.${suffix}`) return { host: h, cloud, isAdmin: true, rootHost: root };
    }
  }
  return undefined;
}

/** Host names the sandbox answers for when host routing is on. */
export const ROUTED_HOSTS =
  /^(login\.microsoftonline\.(com|us|de)|login\.partner\.microsoftonline\.cn|login\.chinacloudapi\.cn|[a-z0-9-]+\.sharepoint(-mil)?\.(com|us|cn|de))$/;

/** Whether an authority path segment names this tenant (GUID, verified domain, organizations, common). */
export function isKnownTenantSegment(segment: string): boolean {
  const s = segment.toLowerCase();
  return s === TENANT.id || s === 'organizations' || s === 'common' || (TENANT.domains as readonly string[]).includes(s);
}
