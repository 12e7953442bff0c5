// The sandbox's managed-identity endpoint, App Service style (facts §4), on the sandbox's local page
// server: `GET /msi/token?api-version=2019-08-01&resource=<url>[&client_id=<id>]` with the header
// `X-IDENTITY-HEADER: <IDENTITY_HEADER>`. `spo --sandbox` points msal-node's ManagedIdentityApplication at it
// with IDENTITY_ENDPOINT and IDENTITY_HEADER, so msal never looks for IMDS (169.254.169.254).
// It serves the machine's system-assigned identity and the user-assigned one with client id
// 00000000-0000-0000-0000-000000000000, both SharePoint administrators. Errors use status 400 or 401,
// which msal does not retry (it retries 404, 408, 429 and 5xx three times, a second apart).

import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { appTokenResponse } from './app-only.js';
import { findSite, MANAGED_IDENTITIES } from './directory.js';
import { sendJson, type SandboxState } from './state.js';

export const MANAGED_IDENTITY_PATH = '/msi/token';
const API_VERSION = '2019-08-01';

export function handleManagedIdentity(state: SandboxState, method: string, query: URLSearchParams, headers: IncomingHttpHeaders, res: ServerResponse): number {
  const fail = (status: number, message: string): number => {
    sendJson(res, status, { statusCode: status, message, correlationId: randomUUID() });
    return status;
  };
  if (method !== 'GET') return fail(405, 'The managed identity endpoint only answers GET requests.');
  if (headers['x-identity-header'] !== state.identityHeader) return fail(401, 'The request is missing the X-IDENTITY-HEADER header or its value is not valid.');
  if (query.get('api-version') !== API_VERSION) return fail(400, `The api-version '${query.get('api-version') ?? ''}' is not supported; use ${API_VERSION}.`);
  const resourceText = query.get('resource') ?? '';
  let resource = '';
  try {
    const url = new URL(resourceText);
    if (url.protocol === 'https:' && findSite(url.hostname)) resource = `https://${url.hostname}`;
  } catch {
    /* handled below */
  }
  if (!resource) {
    return fail(400, `AADSTS500011: The resource principal named ${resourceText} was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`);
  }
  const clientId = query.get('client_id');
  const other = query.get('mi_res_id') ?? query.get('object_id') ?? query.get('principal_id');
  const identity = clientId
    ? MANAGED_IDENTITIES.find((i) => i.kind === 'UserAssigned' && i.clientId === clientId.toLowerCase())
    : other
      ? MANAGED_IDENTITIES.find((i) => i.kind === 'UserAssigned' && (i.resourceId.toLowerCase() === other.toLowerCase() || i.objectId === other.toLowerCase()))
      : MANAGED_IDENTITIES.find((i) => i.kind === 'SystemAssigned');
  if (!identity) return fail(400, 'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.');
  const token = appTokenResponse(state, {
    appId: identity.clientId,
    objectId: identity.objectId,
    roles: identity.sharePointRoles,
    resource,
    extraClaims: { xms_mirid: identity.resourceId },
  });
  sendJson(res, 200, {
    access_token: token.access_token,
    expires_on: String(Math.floor(Date.now() / 1000) + token.expires_in),
    resource: resourceText,
    token_type: 'Bearer',
    client_id: identity.clientId,
  });
  return 200;
}
