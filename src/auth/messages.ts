// What a failed sign-in means, in one sentence, and what to do next.
//
// The identity platform answers with AADSTS codes whose descriptions are long, technical and
// sometimes misleading for this tool (e.g. "use a different application" when the fix is a
// setting). Each code we expect maps to one sentence and one next step; the code, correlation id
// and timestamp follow on a line of their own so they can be copied into a support request.
// Messages never contain secrets: they are built only from codes, host names and ids.

import type { ErrorSpec } from '../engine/cmdlet.js';
import { hostOf, type SignInMessage } from './sign-in-strings.js';

/** The parts of an identity-platform error we use (from the response body or an msal error). */
export interface IdentityFailure {
  /** AADSTS number, e.g. 50126. */
  code?: number;
  /** OAuth `error`, e.g. invalid_grant, authorization_declined. */
  error?: string;
  description?: string;
  correlationId?: string;
  timestamp?: string;
}

/** Facts a message may name. */
export interface MessageContext {
  url: string;
  clientId: string;
  clientIdSource: 'default' | 'file' | 'environment';
  settingsPath: string;
  /** The cloud the connect attempt used. */
  cloudName: string;
  /** The "tenantId" setting: the tenant a user signs in at ('organizations' unless set). */
  tenantId?: string;
  /** App-only sign-in (-ClientId in -TenantId): the app's messages name those parameters. */
  appOnly?: { tenantId: string };
  /** Whether -Credential (user name and password) was used. */
  usedCredential: boolean;
  /** The device code lifetime in minutes, when known. */
  deviceCodeMinutes?: number;
  /** Managed identity: the user-assigned identity's client id (-ManagedIdentityClientId). */
  managedIdentityClientId?: string;
}

/** One sentence and how it is reported; exceptionType is the msal.NET exception the real shell would surface. */
type Translation = SignInMessage;

const SERVICE = 'MsalServiceException';
const UI_REQUIRED = 'MsalUiRequiredException';

function howToSetClientId(m: MessageContext): string {
  return `set the id of an app registered in your tenant with SPO_CLIENT_ID or with "clientId" in ${m.settingsPath}`;
}

function describeClientId(m: MessageContext): string {
  const source =
    m.clientIdSource === 'environment' ? ' (from SPO_CLIENT_ID)' : m.clientIdSource === 'file' ? ` (from ${m.settingsPath})` : '';
  return `${m.clientId}${source}`;
}

/**
 * Translations keyed by AADSTS number. Each meaning was checked against Microsoft's error-code reference
 * (learn.microsoft.com/entra/identity-platform/reference-error-codes, MicrosoftDocs/entra-docs 2024-04):
 * 50126 InvalidUserNameOrPassword, 50076 UserStrongAuthClientAuthNRequired, 50079
 * UserStrongAuthEnrollmentRequired, 50034 UserAccountNotFound, 50053 IdsLocked or a malicious IP,
 * 50055 InvalidPasswordExpiredPassword, 53003 BlockedByConditionalAccess, 65001 DelegationDoesNotExist,
 * 700016 UnauthorizedClient_DoesNotMatchRequest, 700027 client assertion failed signature validation,
 * 90002 InvalidTenantName, 500011 InvalidResourceServicePrincipalNotFound, 700082
 * ExpiredOrRevokedGrantInactiveToken, 900382 "Confidential Client isn't supported in Cross Cloud request".
 * 7000218 is only the missing client_assertion/client_secret in the table; Microsoft's support article for it
 * (confidential-client-application-authentication-error-aadsts7000218) gives "Allow public client flows".
 * 70020 is not in the table: its meaning (expired device code) is from the device-code protocol page.
 */
function translateCode(code: number, m: MessageContext): Translation | undefined {
  const withoutCredential = `Run Connect-SPOService -Url ${m.url} without -Credential to sign in interactively.`;
  switch (code) {
    case 50126:
      return {
        message: 'The user name or password is incorrect. Check both and try again.',
        errorId: 'InvalidUserNameOrPassword',
        category: 'AuthenticationError',
        exceptionType: SERVICE,
      };
    case 50076:
      return {
        message: `This account must use multi-factor authentication, which a user name and password cannot provide. ${withoutCredential}`,
        errorId: 'MultiFactorAuthenticationRequired',
        category: 'AuthenticationError',
        exceptionType: UI_REQUIRED,
      };
    case 50079:
      return {
        message: `This account has to register for multi-factor authentication before it can sign in. ${withoutCredential}`,
        errorId: 'MultiFactorRegistrationRequired',
        category: 'AuthenticationError',
        exceptionType: UI_REQUIRED,
      };
    case 50034:
      return {
        message: `The account does not exist in this directory. Check the user name, and that the tenant is in the ${m.cloudName} cloud (otherwise use -Region).`,
        errorId: 'UserNotFound',
        category: 'ObjectNotFound',
        exceptionType: SERVICE,
      };
    case 50053:
      return {
        message: 'The account is locked after too many failed sign-ins, or the sign-in came from a blocked address. Wait a few minutes or ask an administrator to unlock it, then try again.',
        errorId: 'AccountLocked',
        category: 'AuthenticationError',
        exceptionType: SERVICE,
      };
    case 50055:
      return {
        message: `The account's password has expired. ${withoutCredential} You will be asked to choose a new password.`,
        errorId: 'PasswordExpired',
        category: 'AuthenticationError',
        exceptionType: UI_REQUIRED,
      };
    case 53003:
      return {
        message: 'A Conditional Access policy of your organisation blocked this sign-in. Ask your administrator which conditions apply (device, location, application) and try again from where they allow it.',
        errorId: 'BlockedByConditionalAccess',
        category: 'PermissionDenied',
        exceptionType: UI_REQUIRED,
      };
    case 65001:
      return {
        message: `The application ${describeClientId(m)} has not been given consent to use SharePoint in this tenant. Ask an administrator to grant consent to it, or ${howToSetClientId(m)}.`,
        errorId: 'ConsentRequired',
        category: 'PermissionDenied',
        exceptionType: UI_REQUIRED,
      };
    case 700016:
      if (m.appOnly) {
        return {
          message: `The application ${m.clientId} was not found in the tenant ${m.appOnly.tenantId}: check -ClientId and -TenantId (the app must be registered in, or consented to by, that tenant).`,
          errorId: 'ApplicationNotFound',
          category: 'ObjectNotFound',
          exceptionType: SERVICE,
        };
      }
      return {
        message: `The application ${describeClientId(m)} was not found in this tenant. To use your own app, ${howToSetClientId(m)}.`,
        errorId: 'ApplicationNotFound',
        category: 'ObjectNotFound',
        exceptionType: SERVICE,
      };
    case 50194:
      // A single-tenant app registration at /organizations (or /common).
      return {
        message: `The application ${describeClientId(m)} is registered for a single tenant, so it cannot sign in at /organizations. Set "tenantId" in ${m.settingsPath} to your tenant's id or domain (for example contoso.onmicrosoft.com), or make the app registration multi-tenant.`,
        errorId: 'SingleTenantApplication',
        category: 'InvalidOperation',
        exceptionType: SERVICE,
      };
    case 7000218:
      return {
        message: `The application ${describeClientId(m)} does not allow public client flows (user name and password, device code). Turn on "Allow public client flows" in the app's Authentication settings, or ${howToSetClientId(m)}.`,
        errorId: 'PublicClientFlowsDisabled',
        category: 'InvalidOperation',
        exceptionType: SERVICE,
      };
    case 700027:
      return {
        message: `The identity platform could not validate the certificate's signature for the application ${m.clientId}: usually the certificate is not one of those registered for the app. Upload its public part (.cer) to the app registration, or use the certificate that is registered.`,
        errorId: 'CertificateNotRegistered',
        category: 'AuthenticationError',
        exceptionType: SERVICE,
      };
    case 90002:
      if (m.appOnly) {
        return {
          message: `The tenant ${m.appOnly.tenantId} was not found in the ${m.cloudName} cloud: check -TenantId (a tenant id or one of its domains) and -Region.`,
          errorId: 'TenantNotFound',
          category: 'ObjectNotFound',
          exceptionType: SERVICE,
        };
      }
      if (m.tenantId && m.tenantId !== 'organizations') {
        return {
          message: `The tenant ${m.tenantId} was not found in the ${m.cloudName} cloud: check "tenantId" in ${m.settingsPath} (a tenant id or one of its domains) and -Region.`,
          errorId: 'TenantNotFound',
          category: 'ObjectNotFound',
          exceptionType: SERVICE,
        };
      }
      return {
        message: `The tenant was not found in the ${m.cloudName} cloud. Check the account's domain, and use -Region if the tenant is in another cloud (ITAR, Germany or China).`,
        errorId: 'TenantNotFound',
        category: 'ObjectNotFound',
        exceptionType: SERVICE,
      };
    case 500011:
      return {
        message: `The identity platform does not know ${hostOf(m.url)} in this tenant. Check that the Url is your tenant's admin site and that -Region matches its cloud.`,
        errorId: 'ResourceNotFound',
        category: 'ObjectNotFound',
        exceptionType: SERVICE,
      };
    case 700082:
      return {
        message: 'The saved sign-in of this session has expired. Run Connect-SPOService again to sign in afresh.',
        errorId: 'SignInExpired',
        category: 'AuthenticationError',
        exceptionType: UI_REQUIRED,
      };
    case 70020:
      return deviceCodeExpired(m);
    case 900382:
      return {
        message: `The tenant is in a different cloud than ${m.cloudName}, and an app that signs in with a certificate cannot sign in across clouds. Use -Region (or -AuthenticationUrl) for your tenant's cloud, for example -Region ITAR for GCC High.`,
        errorId: 'CrossCloudRequest',
        category: 'AuthenticationError',
        exceptionType: SERVICE,
      };
    default:
      return undefined;
  }
}

function deviceCodeExpired(m: MessageContext): Translation {
  const within = m.deviceCodeMinutes ? ` within ${m.deviceCodeMinutes} minutes` : ' in time';
  return {
    message: `The sign-in code expired before the sign-in was completed. Run Connect-SPOService again and enter the new code${within}.`,
    errorId: 'DeviceCodeExpired',
    category: 'OperationTimeout',
    exceptionType: SERVICE,
  };
}

/** Translations keyed by OAuth `error` when there is no AADSTS number we know. */
function translateError(error: string, m: MessageContext): Translation | undefined {
  switch (error) {
    case 'authorization_declined':
    case 'access_denied':
      return {
        message: 'The sign-in was declined on the sign-in page. Run Connect-SPOService again if that was a mistake.',
        errorId: 'SignInDeclined',
        category: 'AuthenticationError',
        exceptionType: SERVICE,
      };
    case 'expired_token':
    case 'device_code_expired':
      return deviceCodeExpired(m);
    case 'user_timeout_reached':
      return {
        message: 'The sign-in took too long and was abandoned. Run Connect-SPOService again.',
        errorId: 'SignInTimedOut',
        category: 'OperationTimeout',
        exceptionType: SERVICE,
      };
    default:
      return undefined;
  }
}

/** The copyable line under the sentence: `AADSTS50126 | Correlation ID: … | Timestamp: …`. */
export function detailLine(f: IdentityFailure): string {
  const parts: string[] = [];
  if (f.code !== undefined) parts.push(`AADSTS${f.code}`);
  else if (f.error) parts.push(f.error);
  if (f.correlationId) parts.push(`Correlation ID: ${f.correlationId}`);
  if (f.timestamp) parts.push(`Timestamp: ${f.timestamp}`);
  return parts.join(' | ');
}

/** Turns an identity-platform failure into the terminating error Connect-SPOService reports. */
export function identityErrorSpec(f: IdentityFailure, m: MessageContext): ErrorSpec {
  const t =
    managedIdentityNotFound(f, m) ??
    (f.code !== undefined ? translateCode(f.code, m) : undefined) ??
    (f.error ? translateError(f.error, m) : undefined) ??
    fallback(f);
  const detail = detailLine(f);
  return {
    message: detail ? `${t.message}\n${detail}` : t.message,
    errorId: t.errorId,
    category: t.category,
    exceptionType: t.exceptionType,
    exceptionFullName: `Microsoft.Identity.Client.${t.exceptionType}`,
  };
}

/**
 * The managed-identity endpoint's answer for a client id that names no identity of this resource (App
 * Service, Arc and IMDS word it alike: "No User Assigned or Delegated Managed Identity found ...").
 */
function managedIdentityNotFound(f: IdentityFailure, m: MessageContext): Translation | undefined {
  if (m.managedIdentityClientId === undefined || !/No User Assigned or Delegated Managed Identity found/i.test(f.description ?? '')) return undefined;
  return {
    message: `No user-assigned managed identity with the client id ${m.managedIdentityClientId} is assigned to this Azure resource. Check -ManagedIdentityClientId (the client id of the identity, not its object id) and that the identity is assigned to the resource.`,
    errorId: 'ManagedIdentityNotFound',
    category: 'ObjectNotFound',
    exceptionType: SERVICE,
  };
}

function fallback(f: IdentityFailure): Translation {
  // Keep the platform's own first sentence: better than nothing for codes we have not mapped. msal-node
  // wraps a managed-identity endpoint's answer as "Error(s): … - Timestamp: … - Description: … - …".
  const described = f.description && /^Error\(s\):.* - Description: (.*?)(?: - Correlation ID:.*)?$/s.exec(f.description)?.[1];
  const first = (described || f.description)?.replace(/^AADSTS\d+:\s*/, '').split(/(?<=\.)\s|\r?\n/)[0]?.trim();
  return {
    message: `Sign-in failed: ${first || f.error || 'the identity platform refused the request'}${first && !/[.!]$/.test(first) ? '.' : ''}`,
    errorId: f.code !== undefined ? `AADSTS${f.code}` : 'SignInFailed',
    category: 'AuthenticationError',
    exceptionType: SERVICE,
  };
}

/**
 * Reads the AADSTS number, correlation id and timestamp out of an identity-platform error body,
 * as the token and device-code endpoints return it.
 */
export function failureFromBody(body: unknown): IdentityFailure | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.error !== 'string') return undefined;
  const codes = Array.isArray(b.error_codes) ? b.error_codes : [];
  const description = typeof b.error_description === 'string' ? b.error_description : undefined;
  const code =
    typeof codes[0] === 'number' ? codes[0] : description ? numberFromDescription(description) : undefined;
  return {
    code,
    error: b.error,
    description,
    correlationId: typeof b.correlation_id === 'string' ? b.correlation_id : fieldFromText(description, 'Correlation ID'),
    timestamp: typeof b.timestamp === 'string' ? b.timestamp : fieldFromText(description, 'Timestamp'),
  };
}

function numberFromDescription(text: string): number | undefined {
  const m = /AADSTS(\d+)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

function fieldFromText(text: string | undefined, label: string): string | undefined {
  if (!text) return undefined;
  const m = new RegExp(`${label}:\\s*([^\\r\\n]+?)(?:\\s+-\\s|\\s+(?:Trace ID|Correlation ID|Timestamp):|\\r|\\n|$)`).exec(text);
  const value = m?.[1]!.trim();
  // msal-node writes "Not Available" for a field the answer did not carry (managed-identity errors).
  return value && value !== 'Not Available' ? value : undefined;
}

/** The shape of msal-node's AuthError family, read structurally so msal need not be loaded. */
export interface MsalLikeError {
  name?: string;
  errorCode?: string;
  errorMessage?: string;
  subError?: string;
  errorNo?: string | number;
  correlationId?: string;
  timestamp?: string;
  message?: string;
}

/** Extracts what we can from an msal error when no response body was kept. */
export function failureFromMsalError(e: MsalLikeError): IdentityFailure {
  const text = e.errorMessage ?? '';
  const code = e.errorNo !== undefined && e.errorNo !== '' ? Number(e.errorNo) : numberFromDescription(text);
  return {
    code: Number.isFinite(code) ? code : undefined,
    error: e.errorCode || undefined,
    description: text || undefined,
    correlationId: fieldFromText(text, 'Correlation ID') ?? (e.correlationId || undefined),
    timestamp: e.timestamp || fieldFromText(text, 'Timestamp'),
  };
}
