// The sandbox tenant's directory: one tenant, "contoso", present in each cloud, its accounts, its
// SharePoint sites and the client applications the identity platform knows. Everything here is fixed
// sample data; the password of every account is `password` so the documentation examples work verbatim.

export const SANDBOX_PASSWORD = 'password';

export const TENANT = {
  id: '11111111-1111-1111-1111-111111111111',
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
export const CLIENTS: Record<string, { name: string; publicClientFlows: boolean; singleTenant?: boolean }> = {
  '9bc3ab49-b65d-410a-85ad-de819febfddc': { name: 'Microsoft SharePoint Online Management Shell', publicClientFlows: true },
  // An app registration whose "Allow public client flows" is off: every public-client grant gets AADSTS7000218.
  'b5d1f0c2-7000-4218-8000-000007000218': { name: 'Contoso confidential app', publicClientFlows: false },
  // An administrator's own app registration, "Accounts in this organizational directory only": it
  // signs in only at contoso's own authority (tenant id or domain); at /organizations, AADSTS50194.
  'c0ffee00-5019-4000-8000-000000050194': { name: 'Contoso admin shell', publicClientFlows: true, singleTenant: true },
};
// Anything else (including PnP's deleted 31359c7f-bd7e-475c-86db-fdb8c937548e) is unknown: AADSTS700016.

export interface Cloud {
  name: 'Public' | 'USGovernment' | 'China' | 'Germany' | 'Delos' | 'France';
  /** Host names of the sign-in service, the preferred network host first. */
  loginHosts: string[];
  sharePointSuffixes: string[];
  /** tenant_region_scope in the OpenID configuration. */
  regionScope: string;
}

export const CLOUDS: readonly Cloud[] = [
  { name: 'Public', loginHosts: ['login.microsoftonline.com', '127.0.0.1', 'localhost'], sharePointSuffixes: ['sharepoint.com'], regionScope: 'NA' },
  { name: 'USGovernment', loginHosts: ['login.microsoftonline.us'], sharePointSuffixes: ['sharepoint.us', 'sharepoint-mil.us'], regionScope: 'USGov' },
  { name: 'China', loginHosts: ['login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'], sharePointSuffixes: ['sharepoint.cn'], regionScope: 'AS' },
  { name: 'Germany', loginHosts: ['login.microsoftonline.de'], sharePointSuffixes: ['sharepoint.de'], regionScope: 'EU' },
  // The sovereign clouds of 2026 (facts §1): Delos (Germany) and Bleu (France).
  { name: 'Delos', loginHosts: ['login.sovcloud-identity.de'], sharePointSuffixes: ['sovcloud-sharepoint.de'], regionScope: 'GG2' },
  { name: 'France', loginHosts: ['login.sovcloud-identity.fr'], sharePointSuffixes: ['sovcloud-sharepoint.fr'], regionScope: 'FG' },
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
  /^(login\.microsoftonline\.(com|us|de)|login\.partner\.microsoftonline\.cn|login\.chinacloudapi\.cn|login\.sovcloud-identity\.(de|fr)|[a-z0-9-]+\.sharepoint(-mil)?\.(com|us|cn|de)|[a-z0-9-]+\.sovcloud-sharepoint\.(de|fr))$/;

/**
 * Another tenant of the directory, with none of contoso's apps, users or sites: signing in there with
 * contoso's app registration is "app not found in this directory" (AADSTS700016), not "no such tenant".
 */
export const OTHER_TENANT = {
  id: '22222222-2222-2222-2222-222222222222',
  name: 'Woodgrove',
  domains: ['woodgrove.onmicrosoft.com'],
} as const;

/** Whether an authority path segment names a tenant (GUID, verified domain, organizations, common). */
export function isKnownTenantSegment(segment: string): boolean {
  return tenantForSegment(segment) !== undefined;
}

/** 'contoso' or 'other' for a specific tenant, 'multi' for organizations/common, undefined if unknown. */
export function tenantForSegment(segment: string): 'contoso' | 'other' | 'multi' | undefined {
  const s = segment.toLowerCase();
  if (s === 'organizations' || s === 'common') return 'multi';
  if (s === TENANT.id || (TENANT.domains as readonly string[]).includes(s)) return 'contoso';
  if (s === OTHER_TENANT.id || (OTHER_TENANT.domains as readonly string[]).includes(s)) return 'other';
  return undefined;
}

/** SharePoint's application permission that Connect-SPOService needs (facts §3). */
export const SITES_FULL_CONTROL_ALL = 'Sites.FullControl.All';

export interface AppRegistration {
  clientId: string;
  name: string;
  /** Object id of its service principal in contoso (the `oid` of its tokens). */
  servicePrincipalId: string;
  /** SharePoint application permissions an administrator has consented to. */
  sharePointRoles: string[];
}

/**
 * Confidential app registrations of tenant contoso. Both authenticate with the certificate the sandbox
 * makes at start (src/sandbox/app-certificate.ts); only the first has admin consent for SharePoint.
 */
export const APP_REGISTRATIONS: Record<string, AppRegistration> = {
  '00000000-0000-0000-0000-000000000000': {
    clientId: '00000000-0000-0000-0000-000000000000',
    name: 'Contoso SharePoint administration',
    servicePrincipalId: '3c2a9f10-5b7e-4d21-9a8c-000000000001',
    sharePointRoles: [SITES_FULL_CONTROL_ALL],
  },
  'c0c0c0c0-0000-4000-8000-000000065001': {
    clientId: 'c0c0c0c0-0000-4000-8000-000000065001',
    name: 'Contoso app without consent',
    servicePrincipalId: '3c2a9f10-5b7e-4d21-9a8c-000000000002',
    sharePointRoles: [],
  },
};

export interface ManagedIdentity {
  kind: 'SystemAssigned' | 'UserAssigned';
  clientId: string;
  objectId: string;
  /** Azure resource id (xms_mirid). */
  resourceId: string;
  sharePointRoles: string[];
}

/** The machine's identities behind the sandbox's managed-identity endpoint; both SharePoint administrators. */
export const MANAGED_IDENTITIES: readonly ManagedIdentity[] = [
  {
    kind: 'SystemAssigned',
    clientId: '5a5a5a5a-0000-4000-8000-00000000051a',
    objectId: '4d3b8e21-6c0f-4e32-8b9d-000000000001',
    resourceId: '/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/contoso/providers/Microsoft.Web/sites/contoso-automation',
    sharePointRoles: [SITES_FULL_CONTROL_ALL],
  },
  {
    kind: 'UserAssigned',
    clientId: '00000000-0000-0000-0000-000000000000',
    objectId: '4d3b8e21-6c0f-4e32-8b9d-000000000002',
    resourceId: '/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/contoso/providers/Microsoft.ManagedIdentity/userAssignedIdentities/contoso-spo-admin',
    sharePointRoles: [SITES_FULL_CONTROL_ALL],
  },
];
