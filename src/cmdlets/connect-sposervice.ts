// Connect-SPOService: metadata exactly as the SharePoint Online Management Shell 16.0.27709.12000 declares
// it (shared/DESIGN.md's table: four parameter sets, positions per set, declaration order, which decides
// ambiguity lists); the sign-in itself lives in src/auth/connect.ts and is loaded lazily.

import { ALL_SETS, type BoundParameters, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { type EnumType, type PSCredential, type SecureString } from '../engine/values.js';
import { X509Certificate2 } from '../engine/certificate-value.js';
import type { ConnectArgs } from '../auth/connect-attempt.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { resolveLiteral } from '../engine/paths.js';

export const REGION_ENUM: EnumType = {
  fullName: 'Microsoft.Online.SharePoint.PowerShell.AADCrossTenantAuthenticationLocation',
  names: ['Default', 'ITAR', 'Germany', 'China', 'Delos', 'France'],
};

export const MANAGED_IDENTITY_TYPE_ENUM: EnumType = {
  fullName: 'Microsoft.Online.SharePoint.PowerShell.ManagedIdentityType',
  names: ['SystemAssigned', 'UserAssigned'],
};

export const X509_CERTIFICATE2 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

const SPO_MODULE = 'Microsoft.Online.SharePoint.PowerShell';
const LOCATION = 'AuthenticationLocation';
const URL = 'AuthenticationUrl';
const CERTIFICATE = 'AuthenticationCertificate';
const MANAGED_IDENTITY = 'AuthenticationManagedIdentity';

export const connectSpoService = lazyCmdlet('Connect-SPOService', (): CmdletDefinition => ({
  name: 'Connect-SPOService',
  debugAsksOnVerbose: false,
  implementingType: 'Microsoft.Online.SharePoint.PowerShell.ConnectSPOService',
  module: SPO_MODULE,
  synopsis: "Signs in to a SharePoint Online tenant's admin site and keeps that connection for the session.",
  defaultParameterSet: LOCATION,
  parameters: [
    {
      name: 'Url',
      kind: 'url-pipebind',
      typeName: 'Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind',
      sets: {
        [LOCATION]: { mandatory: true, position: 0, valueFromPipeline: true },
        [URL]: { mandatory: true, position: 0, valueFromPipeline: true },
        [CERTIFICATE]: { mandatory: true, position: 0, valueFromPipeline: true },
        [MANAGED_IDENTITY]: { mandatory: true, valueFromPipeline: true },
      },
      description: 'Specifies the URL of the SharePoint Online Administration Center site.',
    },
    {
      name: 'Credential',
      kind: 'credential-pipebind',
      typeName: 'Microsoft.Online.SharePoint.PowerShell.CredentialCmdletPipeBind',
      credentialAttribute: true,
      sets: {
        [LOCATION]: { position: 1, valueFromPipeline: true },
        [URL]: { position: 1, valueFromPipeline: true },
      },
      description: 'Specifies the credentials to use to connect.',
    },
    {
      name: 'ClientTag',
      kind: 'string',
      typeName: 'System.String',
      sets: { [LOCATION]: { position: 2 }, [URL]: { position: 2 }, [CERTIFICATE]: { position: 1 }, [MANAGED_IDENTITY]: {} },
      description: 'Permits appending a client tag to existing client tag.',
    },
    {
      name: 'AuthenticationUrl',
      kind: 'string',
      typeName: 'System.String',
      sets: { [URL]: { mandatory: true }, [CERTIFICATE]: {} },
      description: 'Location for AAD Cross-Tenant Authentication service.',
    },
    {
      name: 'Region',
      kind: 'enum',
      typeName: REGION_ENUM.fullName,
      enumType: REGION_ENUM,
      sets: { [LOCATION]: {}, [CERTIFICATE]: {} },
      description: 'The valid values are: Default | ITAR | Germany | China | Delos | France',
    },
    {
      name: 'ModernAuth',
      kind: 'bool',
      typeName: 'System.Boolean',
      sets: { [LOCATION]: { position: 3 }, [URL]: { position: 3 } },
      description: 'Accepted with either value: sign-in is always modern authentication (Microsoft Entra ID).',
    },
    {
      name: 'UseSystemBrowser',
      kind: 'bool',
      typeName: 'System.Boolean',
      sets: { [LOCATION]: { position: 4 }, [URL]: { position: 4 } },
      description: 'With $true, signs in through the system browser instead of a device code.',
    },
    {
      name: 'ClientId',
      kind: 'string',
      typeName: 'System.String',
      aliases: ['ApplicationId'],
      sets: { [CERTIFICATE]: { mandatory: true } },
      description: 'The application (client) id of the app registration that signs in with a certificate.',
    },
    {
      name: 'TenantId',
      kind: 'string',
      typeName: 'System.String',
      sets: { [CERTIFICATE]: { mandatory: true } },
      description: 'The tenant id (a GUID) or a domain of the tenant, for app-only sign-in.',
    },
    {
      name: 'Certificate',
      // The binder converts as PowerShell does: an X509Certificate2 value, or a string read as a file.
      kind: 'x509certificate2',
      typeName: X509_CERTIFICATE2,
      sets: { [CERTIFICATE]: {} },
      description: 'The certificate (with its private key) to sign in with, as an X509Certificate2 object.',
    },
    {
      name: 'CertificatePath',
      kind: 'string',
      typeName: 'System.String',
      sets: { [CERTIFICATE]: {} },
      description: 'The path of a .pfx file with the certificate and its private key.',
    },
    {
      name: 'CertificateThumbprint',
      kind: 'string',
      typeName: 'System.String',
      sets: { [CERTIFICATE]: {} },
      description: "The thumbprint of a certificate in the CurrentUser\\My store.",
    },
    {
      name: 'CertificatePassword',
      kind: 'securestring',
      typeName: 'System.Security.SecureString',
      sets: { [CERTIFICATE]: {} },
      description: 'The password of the .pfx file given with -CertificatePath.',
    },
    {
      name: 'ManagedIdentity',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [MANAGED_IDENTITY]: { mandatory: true } },
      description: "Signs in with the machine's managed identity.",
    },
    {
      name: 'ManagedIdentityType',
      kind: 'enum',
      typeName: MANAGED_IDENTITY_TYPE_ENUM.fullName,
      enumType: MANAGED_IDENTITY_TYPE_ENUM,
      sets: { [MANAGED_IDENTITY]: {} },
      description: 'SystemAssigned (the default) or UserAssigned.',
    },
    {
      name: 'ManagedIdentityClientId',
      kind: 'string',
      typeName: 'System.String',
      sets: { [MANAGED_IDENTITY]: {} },
      description: 'The client id of the user-assigned managed identity.',
    },
  ],
  async process(ctx) {
    const { connectSpoServiceCommand } = await import('../auth/connect.js');
    const args = connectArgs(ctx);
    // The bound parameter set (ctx.invocation.parameterSetName) chooses the sign-in flows there.
    await connectSpoServiceCommand(ctx, args);
  },
}));

/**
 * The bound parameters, typed. Each value already has its parameter's type (the binder converted it
 * as `kind` says), so only absence needs handling; the names are those declared above.
 */
function connectArgs(ctx: CmdletContext): ConnectArgs {
  const p: BoundParameters = ctx.params;
  const optional = (name: string): string | undefined => (p.has(name) ? String(p.get<string>(name) ?? '') : undefined);
  return {
    url: String(p.get<string>('Url')),
    credential: p.get<PSCredential>('Credential') ?? undefined,
    clientTag: p.get<string>('ClientTag') ?? undefined,
    authenticationUrl: p.get<string>('AuthenticationUrl') ?? undefined,
    // Enum values: their names are what the tables are keyed by.
    region: p.has('Region') ? String(p.get('Region')) : undefined,
    modernAuth: p.has('ModernAuth') ? Boolean(p.get('ModernAuth')) : undefined,
    useSystemBrowser: p.has('UseSystemBrowser') ? Boolean(p.get('UseSystemBrowser')) : undefined,
    clientId: optional('ClientId'),
    tenantId: optional('TenantId'),
    certificate: certificateArgument(p.get('Certificate')),
    certificatePath: certificateFile(ctx, optional('CertificatePath')),
    certificateThumbprint: optional('CertificateThumbprint'),
    certificatePassword: p.get<SecureString>('CertificatePassword') ?? undefined,
    managedIdentityType: p.has('ManagedIdentityType') ? (String(p.get('ManagedIdentityType')) as 'SystemAssigned' | 'UserAssigned') : undefined,
    managedIdentityClientId: optional('ManagedIdentityClientId'),
  };
}

/**
 * -CertificatePath read as PowerShell's file cmdlets read a path: relative to the session's location
 * (Set-Location, not the folder spo started in), `~` the home folder, `\` a separator. A Windows drive
 * path (Example 7's `C:\Certs\ContosoAppAuth.pfx`) names no file on Linux or macOS: it is kept as
 * typed, so the error shows it as the user wrote it.
 */
function certificateFile(ctx: CmdletContext, path: string | undefined): string | undefined {
  // An empty path stays empty (the sign-in says so), rather than naming the current folder.
  if (path === undefined || path.trim() === '' || (process.platform !== 'win32' && /^[A-Za-z]:([\\/]|$)/.test(path))) return path;
  return resolveLiteral(ctx.session, path);
}

/** -Certificate: the binder has made it an X509Certificate2 (or $null, which is the same as not giving it). */
function certificateArgument(value: unknown): ConnectArgs['certificate'] {
  return value instanceof X509Certificate2 ? value.certificate : undefined;
}
