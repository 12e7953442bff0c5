// Connect-SPOService: metadata exactly as the SharePoint Online Management Shell declares it
// (shared/DESIGN.md); the sign-in itself lives in src/auth/connect.ts and is loaded lazily.

import { ALL_SETS, type BoundParameters, type CmdletDefinition } from '../engine/cmdlet.js';
import type { EnumType, PSCredential } from '../engine/values.js';
import type { ConnectArgs } from '../auth/connect-attempt.js';

export const REGION_ENUM: EnumType = {
  fullName: 'Microsoft.Online.SharePoint.PowerShell.AADCrossTenantAuthenticationLocation',
  names: ['Default', 'ITAR', 'Germany', 'China'],
};

const SPO_MODULE = 'Microsoft.Online.SharePoint.PowerShell';

export const connectSpoService: CmdletDefinition = {
  name: 'Connect-SPOService',
  implementingType: 'Microsoft.Online.SharePoint.PowerShell.ConnectSPOService',
  module: SPO_MODULE,
  synopsis: "Signs in to a SharePoint Online tenant's admin site and keeps that connection for the session.",
  defaultParameterSet: 'AuthenticationLocation',
  parameters: [
    {
      name: 'Url',
      kind: 'url-pipebind',
      typeName: 'Microsoft.Online.SharePoint.PowerShell.UrlCmdletPipeBind',
      sets: { [ALL_SETS]: { mandatory: true, valueFromPipeline: true } },
      description: 'Specifies the URL of the SharePoint Online Administration Center site.',
    },
    {
      name: 'Credential',
      kind: 'credential-pipebind',
      typeName: 'Microsoft.Online.SharePoint.PowerShell.CredentialCmdletPipeBind',
      sets: { [ALL_SETS]: { valueFromPipeline: true } },
      description: 'Specifies the credentials to use to connect.',
    },
    {
      name: 'ClientTag',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ALL_SETS]: {} },
      description: 'Permits appending a client tag to existing client tag.',
    },
    {
      name: 'AuthenticationUrl',
      kind: 'string',
      typeName: 'System.String',
      sets: { AuthenticationUrl: { mandatory: true } },
      description: 'Location for AAD Cross-Tenant Authentication service.',
    },
    {
      name: 'Region',
      kind: 'enum',
      typeName: REGION_ENUM.fullName,
      enumType: REGION_ENUM,
      sets: { AuthenticationLocation: {} },
      description: 'The valid values are: Default | ITAR | Germany | China',
    },
  ],
  async process(ctx) {
    const { connectSpoServiceCommand } = await import('../auth/connect.js');
    // The bound parameter set (ctx.invocation.parameterSetName) chooses the sign-in flows there.
    await connectSpoServiceCommand(ctx, connectArgs(ctx.params));
  },
};

/**
 * The bound parameters, typed. Each value already has its parameter's type (the binder converted it
 * as `kind` says), so only absence needs handling; the names are those declared above.
 */
function connectArgs(p: BoundParameters): ConnectArgs {
  return {
    url: String(p.get<string>('Url')),
    credential: p.get<PSCredential>('Credential') ?? undefined,
    clientTag: p.get<string>('ClientTag') ?? undefined,
    authenticationUrl: p.get<string>('AuthenticationUrl') ?? undefined,
    // An enum value: its name is what the cloud table is keyed by.
    region: p.has('Region') ? String(p.get('Region')) : undefined,
  };
}
