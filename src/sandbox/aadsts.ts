// Microsoft Entra error responses as the sandbox's identity platform returns them (reference §1.8, §2.3):
// { error, error_description: "AADSTSnnnn: text\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …",
//   error_codes, timestamp, trace_id, correlation_id, error_uri, suberror?, claims? }.
// The texts follow Microsoft's published error-code descriptions. Where the reference marks the `error` /
// `suberror` value or the number as unverified, the choice made here is noted.

import { randomUUID } from 'node:crypto';

export interface ErrorContext {
  upn?: string;
  clientId?: string;
  tenantSegment?: string;
  resource?: string;
  /** Display name of the client application (AADSTS50194 names it). */
  clientName?: string;
  /** Display name of the tenant the request named (default Contoso). */
  tenantName?: string;
  /** Correlation id sent by the client (client-request-id), echoed as correlation_id. */
  correlationId?: string;
  /** Host of the sign-in service, for error_uri. */
  host: string;
}

interface AadstsSpec {
  status: number;
  error: string;
  suberror?: string;
  /** A claims challenge accompanies the error (MFA). */
  claims?: boolean;
  text(ctx: ErrorContext): string;
}

const CERT_DOCS = 'Review the documentation at https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials .';

/** The pointer Entra appends to certificate-key errors. */
export const KEYS_HINT = (clientId: string): string =>
  `Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${clientId}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployments to determine the corresponding service endpoint and https://docs.microsoft.com/en-us/graph/api/application-get?view=graph-rest-1.0&tabs=http to build a query request URL, such as 'https://graph.microsoft.com/beta/applications/${clientId}'`;

const MFA_CLAIMS = '{"access_token":{"capolids":{"essential":true,"values":["7a9c3f55-2d6b-4f1e-8a0c-3e5b7d9f1a2c"]}}}';

export const AADSTS: Record<number, AadstsSpec> = {
  50126: { status: 400, error: 'invalid_grant', text: () => 'Error validating credentials due to invalid username or password.' },
  50076: {
    status: 400, error: 'invalid_grant', suberror: 'basic_action', claims: true,
    text: (c) => `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${c.resource ?? '00000003-0000-0ff1-ce00-000000000000'}'.`,
  },
  50079: {
    status: 400, error: 'invalid_grant', suberror: 'basic_action',
    text: (c) => `Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access '${c.resource ?? '00000003-0000-0ff1-ce00-000000000000'}'.`,
  },
  50034: {
    status: 400, error: 'invalid_grant',
    text: (c) => `The user account {EUII Hidden} does not exist in the ${c.tenantSegment ?? 'contoso.onmicrosoft.com'} directory. To sign into this application, the account must be added to the directory.`,
  },
  50053: { status: 400, error: 'invalid_grant', text: () => "The account is locked, you've tried to sign in too many times with an incorrect user ID or password." },
  50055: { status: 400, error: 'invalid_grant', suberror: 'user_password_expired', text: () => 'The password is expired.' },
  53003: { status: 400, error: 'invalid_grant', suberror: 'message_only', text: () => 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.' },
  65001: {
    status: 400, error: 'invalid_grant', suberror: 'consent_required',
    text: (c) => `The user or administrator has not consented to use the application with ID '${c.clientId ?? ''}' named 'Microsoft SharePoint Online Management Shell'. Send an interactive authorization request for this user and resource.`,
  },
  700016: {
    status: 400, error: 'unauthorized_client',
    text: (c) => `Application with identifier '${c.clientId ?? ''}' was not found in the directory '${c.tenantSegment ?? 'Contoso'}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  },
  50194: {
    status: 400, error: 'invalid_request',
    text: (c) => `Application '${c.clientId ?? ''}'(${c.clientName ?? ''}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.`,
  },
  7000218: { status: 401, error: 'invalid_client', text: () => "The request body must contain the following parameter: 'client_assertion' or 'client_secret'." },
  90002: {
    status: 400, error: 'invalid_tenant',
    text: (c) => `Tenant '${c.tenantSegment ?? ''}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  },
  500011: {
    status: 400, error: 'invalid_resource',
    text: (c) => `The resource principal named ${c.resource ?? ''} was not found in the tenant named ${c.tenantName ?? 'Contoso'}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  },
  700082: {
    status: 400, error: 'invalid_grant', suberror: 'bad_token',
    text: () => 'The refresh token has expired due to inactivity. The token was issued on 2026-01-01T00:00:00.0000000Z and was inactive for 90.00:00:00.',
  },
  70020: { status: 400, error: 'expired_token', text: () => "The provided value for the input parameter 'device_code' is not valid. This device code has expired." },
  70016: { status: 400, error: 'authorization_pending', text: () => 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.' },
  // The number Entra uses for a declined device code is not verified (reference §7; Microsoft's error-code table
  // gives 70000 as InvalidGrant, a refresh token that is not valid): the shell reacts to `authorization_declined`.
  70000: { status: 400, error: 'authorization_declined', text: () => 'The user declined to authorize this request.' },
  70011: { status: 400, error: 'invalid_scope', text: () => "The provided value for the input parameter 'scope' is not valid." },
  900144: { status: 400, error: 'invalid_request', text: () => "The request body must contain the following parameter: 'grant_type'." },
  // Client credentials with a certificate (app-only). Texts as Entra returns them (quoted in
  // AzureAD/passport-azure-ad#453, Azure/azure-sdk-for-net#29007, keycloak#19425, MSAL.NET#2746).
  50059: {
    status: 400, error: 'invalid_request',
    text: () => 'No tenant-identifying information found in either the request or implied by any provided credentials.',
  },
  700027: {
    status: 401, error: 'invalid_client',
    text: (c) => `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., ${KEYS_HINT(c.clientId ?? '')}]`,
  },
  700023: {
    status: 401, error: 'invalid_client',
    text: () => `Client assertion audience claim does not match Realm issuer. ${CERT_DOCS}`,
  },
  // 700021, 700024, 50027 and 1002012: texts as Entra returns them, quoted in public error reports
  // (MSAL.NET test fixtures and issues, CI logs of workload-identity sign-ins).
  700021: { status: 401, error: 'invalid_client', text: () => `Client assertion application identifier doesn't match 'client_id' parameter. ${CERT_DOCS}` },
  700024: { status: 401, error: 'invalid_client', text: () => `Client assertion is not within its valid time range. ${CERT_DOCS}` },
  50027: { status: 401, error: 'invalid_client', text: () => 'JWT token is invalid or malformed.' },
  1002012: {
    status: 400, error: 'invalid_scope',
    text: (c) => `The provided value for scope ${c.resource ?? ''} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  },
  65004: { status: 400, error: 'access_denied', text: () => 'User declined to consent to access the app.' },
  // Used by the 500 / 503 / 429 fault switches.
  90033: { status: 503, error: 'temporarily_unavailable', text: () => 'A transient error has occurred. Please try again.' },
  90055: { status: 429, error: 'temporarily_unavailable', text: () => 'There are too many incoming requests. Retry after the time given in the Retry-After header.' },
  50000: { status: 500, error: 'server_error', text: () => 'There was an error issuing a token or an issue with our sign-in service.' },
};

/** Codes a test may switch on per user with setScenario(). */
export const SCENARIO_CODES = [50126, 50076, 50079, 50034, 50053, 50055, 53003, 65001, 700016, 7000218, 90002, 500011, 700082, 70020, 70000] as const;

/** Entra's timestamp format: "2026-11-26 14:43:39Z". */
export function entraTimestamp(now: Date = new Date()): string {
  return `${now.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export interface ErrorResponse {
  status: number;
  body: Record<string, unknown>;
}

/** An unknown code falls back to a generic invalid_grant with that number, so any scenario can be tried. */
export function aadstsError(code: number, ctx: ErrorContext, overrides: { status?: number; error?: string; text?: string } = {}): ErrorResponse {
  const spec: AadstsSpec = AADSTS[code] ?? { status: 400, error: 'invalid_grant', text: () => 'The sandbox was asked to fail with this code.' };
  const traceId = randomUUID();
  const correlationId = ctx.correlationId ?? randomUUID();
  const timestamp = entraTimestamp();
  const text = overrides.text ?? spec.text(ctx);
  const body: Record<string, unknown> = {
    error: overrides.error ?? spec.error,
    error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://${ctx.host}/error?code=${code}`,
  };
  if (spec.suberror) body.suberror = spec.suberror;
  if (spec.claims) body.claims = MFA_CLAIMS;
  return { status: overrides.status ?? spec.status, body };
}
