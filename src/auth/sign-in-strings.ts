// Connect-SPOService's own sentences, one named entry each, paired with the error id, category and
// exception type they are reported with (the AADSTS translations live in messages.ts).
//
// Read it like a .resx file: every sentence the sign-in code can show is here, so a reviewer can
// check wording and ids in one place. Entries take only what the sentence names; text that came
// from the network is cleaned by the caller before it gets here (net/untrusted-text.ts).

import { parseRetryAfter } from '../net/retry-after.js';

/** One sentence and how it is reported. */
export interface SignInMessage {
  message: string;
  errorId: string;
  category: string;
  exceptionType: string;
}

const EXAMPLE_SITE = 'https://contoso-admin.sharepoint.com';
const EXAMPLE_AUTHORITY = 'https://login.microsoftonline.com/organizations';
const GIVE_ADMIN_SITE = `Give the SharePoint admin site, for example ${EXAMPLE_SITE}.`;
const TRY_LATER = 'This is usually temporary; try Connect-SPOService again in a moment.';
const PROXY_MAY_HAVE_REPLACED = 'A proxy or firewall may have replaced it; try again, or check your proxy settings.';

function argument(message: string, errorId: string, exceptionType = 'ArgumentException'): SignInMessage {
  return { message, errorId, category: 'InvalidArgument', exceptionType };
}

function sharePoint(message: string, errorId: string, category: string, exceptionType = 'ServerException'): SignInMessage {
  return { message, errorId, category, exceptionType };
}

export const SignInStrings = {
  // ---- the arguments (clouds.ts), before any request
  GiveAdminSite: GIVE_ADMIN_SITE,
  UrlEmpty: () => argument(`The Url is empty. ${GIVE_ADMIN_SITE}`, 'InvalidUrl', 'UriFormatException'),
  UrlNotAbsolute: (text: string, hint: string) =>
    argument(`'${text}' is not an absolute URL.${hint} ${GIVE_ADMIN_SITE}`, 'InvalidUrl', 'UriFormatException'),
  UrlNotHttps: (text: string, next: string) =>
    argument(`The Url '${text}' must start with https:// because SharePoint Online only accepts https.${next}`, 'InsecureUrl'),
  /** Never echoes what was typed: it may be a password. */
  UrlHasUserInfo: () =>
    argument(
      `The Url must not contain a user name or password. Give the site address only, for example ${EXAMPLE_SITE}, and the account with -Credential.`,
      'InvalidUrl',
    ),
  /** `suffixes`: every cloud's SharePoint suffixes (clouds.ts), the sovereign ones included. */
  NotSharePointHost: (host: string, suffixes: readonly string[]) =>
    argument(
      `'${host}' is not a SharePoint Online host name (${suffixes.slice(0, -1).map((x) => `*.${x}`).join(', ')} or *.${suffixes[suffixes.length - 1]}). ${GIVE_ADMIN_SITE}`,
      'NotSharePointUrl',
    ),
  RegionDoesNotMatchUrl: (region: string, url: string, suffix: string, cloud: string, description: string) =>
    argument(
      `-Region ${region} does not match the Url ${url}: .${suffix} sites belong to the ${cloud} cloud (${description}). Use -Region ${cloud}, or leave -Region out to let the Url decide.`,
      'RegionDoesNotMatchUrl',
    ),
  InvalidRegion: (region: string) => argument(`'${region}' is not a region. Use one of: Default, ITAR, Germany, China, Delos, France.`, 'InvalidRegion'),
  AuthenticationUrlNotAbsolute: (text: string) =>
    argument(
      `-AuthenticationUrl '${text}' is not an absolute URL. Give the sign-in authority, for example ${EXAMPLE_AUTHORITY}.`,
      'InvalidAuthenticationUrl',
      'UriFormatException',
    ),
  AuthenticationUrlNotHttps: (text: string, https: string) =>
    argument(
      `-AuthenticationUrl must use https: '${text}' would send your sign-in over an unencrypted connection, so nothing was sent. Use ${https}.`,
      'InsecureAuthenticationUrl',
    ),
  AuthenticationUrlNotPlain: () =>
    argument(
      `-AuthenticationUrl must be a plain authority such as ${EXAMPLE_AUTHORITY}, without a user name, password, query or fragment.`,
      'InvalidAuthenticationUrl',
    ),
  AuthenticationUrlDoesNotMatchUrl: (host: string, known: string, url: string, cloud: string, description: string, loginHost: string) =>
    argument(
      `-AuthenticationUrl ${host} signs in to the ${known} cloud, but ${url} is in the ${cloud} cloud (${description}). Use https://${loginHost}/organizations or leave -AuthenticationUrl out.`,
      'AuthenticationUrlDoesNotMatchUrl',
    ),
  ManagedIdentityClientIdMissing: () =>
    argument(
      '-ManagedIdentityType UserAssigned needs -ManagedIdentityClientId: give the client id of the user-assigned managed identity.',
      'ManagedIdentityClientIdMissing',
    ),
  ManagedIdentityTypeConflict: () =>
    argument(
      '-ManagedIdentityClientId names a user-assigned managed identity, but -ManagedIdentityType is SystemAssigned: use -ManagedIdentityType UserAssigned, or leave out -ManagedIdentityClientId to sign in as the system-assigned identity.',
      'ManagedIdentityTypeConflict',
    ),
  ClientTagNotSendable: (position: number, hex: string, kind: string): SignInMessage => ({
    message: `Cannot validate argument on parameter 'ClientTag'. Character ${position} (U+${hex}) ${kind} and cannot be sent in the X-ClientService-ClientTag HTTP header. Use printable ASCII or Latin-1 characters only.`,
    errorId: 'ParameterArgumentValidationError',
    category: 'InvalidData',
    exceptionType: 'ParameterBindingValidationException',
  }),
  /** A warning, not an error. */
  ClientTagShortened: (sent: string) =>
    `-ClientTag was shortened: the X-ClientService-ClientTag header holds at most 32 characters, so '${sent}' is sent.`,

  // ---- signing in (connect.ts, failures.ts)
  /** -Verbose and the retry panel, while the network waits to retry a 429/503. */
  RetryNotice: (host: string, status: number, seconds: number, retry: number) =>
    `${host} answered HTTP ${status} (${status === 429 ? 'too many requests' : 'service unavailable'}); retrying in ${seconds} s (retry ${retry}).`,
  NonInteractiveSignIn: (nonInteractive: string): SignInMessage => ({
    message: `${nonInteractive} Use -Credential to sign in with a user name and password, or run spo without -NonInteractive to sign in with a device code or the browser.`,
    errorId: 'NonInteractive',
    category: 'InvalidOperation',
    exceptionType: 'PSInvalidOperationException',
  }),
  /** After the network's retries ran out. */
  SignInServiceBusy: (host: string, status: number, wait: string | undefined, retries: number): SignInMessage => ({
    message: `The sign-in service at ${host} is busy (HTTP ${status}) and did not answer after ${retries === 1 ? 'one retry' : 'several retries'}.${wait ? ` It asks to wait ${wait}.` : ''} Try Connect-SPOService again later.`,
    errorId: 'SignInServiceThrottled',
    category: 'LimitsExceeded',
    exceptionType: 'MsalServiceException',
  }),
  /** Its Retry-After was longer than the shell waits, so nothing was retried. */
  SignInServiceBusyTooLong: (host: string, status: number, wait: string | undefined): SignInMessage => ({
    message: `The sign-in service at ${host} is busy (HTTP ${status}) and asks to wait ${wait ?? 'longer than the shell waits'}, so the shell did not retry. Try Connect-SPOService again after that.`,
    errorId: 'SignInServiceThrottled',
    category: 'LimitsExceeded',
    exceptionType: 'MsalServiceException',
  }),
  SignInServiceError: (host: string, status: number): SignInMessage => ({
    message: `The sign-in service at ${host} answered HTTP ${status} (a server error). ${TRY_LATER}`,
    errorId: 'SignInServiceError',
    category: 'ConnectionError',
    exceptionType: 'MsalServiceException',
  }),
  SignInServiceNotReached: (why: string): SignInMessage => ({
    message: `Could not reach the sign-in service: ${why}`,
    errorId: 'NetworkFailure',
    category: 'ConnectionError',
    exceptionType: 'HttpRequestException',
  }),
  SignInAnswerUnreadable: (why: string): SignInMessage => ({
    message: `The sign-in service's answer could not be read: ${why} ${PROXY_MAY_HAVE_REPLACED}`,
    errorId: 'MalformedResponse',
    category: 'InvalidResult',
    exceptionType: 'MsalServiceException',
  }),
  AuthorityNotReachable: (authority: string, next: string): SignInMessage => ({
    message: `Could not read the sign-in endpoints of ${authority} (its OpenID configuration). ${next}`,
    errorId: 'AuthorityNotReachable',
    category: 'ConnectionError',
    exceptionType: 'MsalClientException',
  }),
  AuthorityNextStepCustom: 'Check -AuthenticationUrl, or leave it out to use the cloud of the Url.',
  AuthorityNextStepGermany: 'Microsoft Cloud Deutschland closed in October 2021; tenants moved to the worldwide cloud (-Region Default).',
  AuthorityNextStepNetwork: 'Check your network and proxy settings.',
  /** What a transport failure is reported as, before the network's own explanation. */
  SignInTransportPrefix: 'Could not reach the sign-in service',
  SharePointTransportPrefix: 'Could not check the connection with SharePoint',

  // ---- proving the connection (csom.ts)
  SharePointAccessDenied: (url: string, account: string, host: string) =>
    sharePoint(
      `SharePoint refused access to ${url} (HTTP 403): ${account} is not a SharePoint administrator of this tenant, or the account belongs to another tenant. Sign in with a SharePoint or Global Administrator of the tenant that owns ${host}.`,
      'AccessDenied',
      'PermissionDenied',
      'ServerUnauthorizedAccessException',
    ),
  SharePointThrottled: (status: number, wait: string | undefined) =>
    sharePoint(
      `SharePoint is busy and asked the shell to slow down (HTTP ${status})${wait ? `; it suggests waiting ${wait}` : ''}. Try Connect-SPOService again later.`,
      'SharePointThrottled',
      'LimitsExceeded',
    ),
  SharePointServerError: (status: number, url: string) =>
    sharePoint(`SharePoint answered HTTP ${status} (a server error) while checking ${url}. ${TRY_LATER}`, 'SharePointServerError', 'ConnectionError'),
  UnexpectedSharePointResponse: (status: number, url: string) =>
    sharePoint(`SharePoint answered HTTP ${status} while checking ${url}; expected 200.`, 'UnexpectedSharePointResponse', 'ProtocolError'),
  MalformedSharePointResponse: (url: string) =>
    sharePoint(
      `SharePoint's answer from ${url} could not be read: the body is not a CSOM response (expected a JSON array). ${PROXY_MAY_HAVE_REPLACED}`,
      'MalformedSharePointResponse',
      'InvalidResult',
      'InvalidDataException',
    ),
  NotTenantAdministrationSite: (sharePointSays: string, adminUrl: string | undefined) =>
    sharePoint(
      `${sharePointSays}${
        adminUrl
          ? ` Connect to the admin site instead: Connect-SPOService -Url ${adminUrl}`
          : ' Connect to the tenant admin site, whose host name ends in -admin (for example https://contoso-admin.sharepoint.com).'
      }`,
      'NotTenantAdministrationSite',
      'InvalidOperation',
    ),
  NotSharePointAdministrator: (account: string, sharePointSays: string) =>
    sharePoint(
      `${account} signed in, but is not a SharePoint administrator of this tenant (SharePoint: ${sharePointSays}) Sign in with a SharePoint Administrator or Global Administrator account.`,
      'NotSharePointAdministrator',
      'PermissionDenied',
      'ServerUnauthorizedAccessException',
    ),
  SharePointError: (sharePointSays: string, typeName: string) =>
    sharePoint(`SharePoint refused the connection check: ${sharePointSays}${typeName ? ` (${typeName})` : ''}`, 'SharePointError', 'InvalidOperation'),
  SharePointUnauthorized: (url: string, reason: string | undefined, host: string) =>
    sharePoint(
      `SharePoint did not accept the sign-in for ${url} (HTTP 401).${reason ? ` SharePoint says: ${reason}` : ''} The account may belong to a different tenant than ${host}, or the sign-in was for another site or has expired; check the Url and sign in with an account of that tenant.`,
      'SharePointUnauthorized',
      'AuthenticationError',
      'WebException',
    ),
} as const;

/** A Retry-After header as words ("1 second", "30 seconds"), or undefined when it cannot be read. */
export function retryAfterWords(header: string | undefined): string | undefined {
  const ms = parseRetryAfter(header);
  if (ms === undefined) return undefined;
  const seconds = ms / 1000;
  const shown = Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
  return `${shown} second${shown === '1' ? '' : 's'}`;
}

/** The host (and port) of a URL, or the text itself when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
