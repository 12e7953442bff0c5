// What went wrong in a connect attempt, as the terminating error the user sees: one sentence from
// the sign-in tables (sign-in-strings.ts, messages.ts) and the copyable AADSTS line when there is one.

import type { ErrorSpec } from '../engine/cmdlet.js';
import { NetworkError, PROXY_SETTING_ERROR } from '../net/network.js';
import type { AuthorityChoice } from './clouds.js';
import { CsomValidationError } from './csom.js';
import { detailLine, failureFromBody, failureFromMsalError, identityErrorSpec, type MessageContext, type MsalLikeError } from './messages.js';
import { MSAL_MALFORMED_RESPONSE, MSAL_NETWORK_ERROR } from './msal-network.js';
import type { CallRoute, MsalModule } from './msal.js';
import { hostOf, retryAfterWords, SignInStrings as S } from './sign-in-strings.js';

const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|ALTNAME/;

function networkErrorId(code: string | undefined): { errorId: string; category: string } {
  if (!code) return { errorId: 'NetworkFailure', category: 'ConnectionError' };
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return { errorId: 'NetworkTimeout', category: 'OperationTimeout' };
  if (code === 'ECONNREFUSED') return { errorId: 'ConnectionRefused', category: 'ConnectionError' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { errorId: 'HostNotFound', category: 'ConnectionError' };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return { errorId: 'ConnectionDropped', category: 'ConnectionError' };
  if (code === 'EBADRESPONSE') return { errorId: 'MalformedResponse', category: 'InvalidResult' };
  if (TLS_CODE.test(code)) return { errorId: 'TlsFailure', category: 'SecurityError' };
  return { errorId: 'NetworkFailure', category: 'ConnectionError' };
}

function fromNetworkError(e: NetworkError, what: string): ErrorSpec {
  if (e.code === PROXY_SETTING_ERROR) {
    // Not a failure to reach anything: the proxy setting itself is unusable, and the message says which.
    return { message: e.message, errorId: 'InvalidProxySetting', category: 'InvalidArgument', exceptionType: 'UriFormatException' };
  }
  const { errorId, category } = networkErrorId(e.code);
  return { message: `${what}: ${e.message}`, errorId, category, exceptionType: 'HttpRequestException' };
}

/** Turns any failure of a connect attempt into the error the user sees, or undefined to rethrow. */
export function explainFailure(
  e: unknown,
  msal: MsalModule | undefined,
  call: CallRoute | undefined,
  m: MessageContext,
  choice: AuthorityChoice,
): ErrorSpec | undefined {
  if (e instanceof CsomValidationError) return { ...e.spec };
  if (e instanceof NetworkError) return fromNetworkError(e, S.SharePointTransportPrefix);
  if (!msal || !(e instanceof msal.AuthError)) return undefined;

  const err = e as InstanceType<MsalModule['AuthError']> & MsalLikeError & {
    cause?: unknown;
    httpStatus?: number;
    retryAfter?: string;
    retries?: number;
  };
  // The last error body is only evidence for this failure when it is not a leftover
  // "authorization_pending" from device-code polling.
  const kept = failureFromBody(call?.lastIdentityError?.body);
  const bodyFailure = kept && kept.error !== 'authorization_pending' ? kept : undefined;
  switch (err.errorCode) {
    case 'identity_server_unavailable': {
      const status = err.httpStatus ?? 0;
      const host = hostOf(choice.authority);
      const wait = retryAfterWords(err.retryAfter);
      // The network gives up on a 429/503 when its retries run out, or at once when the Retry-After is
      // longer than it waits: only the first has retried.
      const spec =
        status === 429 || status === 503
          ? (err.retries ?? 0) > 0
            ? S.SignInServiceBusy(host, status, wait, err.retries!)
            : S.SignInServiceBusyTooLong(host, status, wait)
          : S.SignInServiceError(host, status);
      const detail = bodyFailure ? detailLine(bodyFailure) : '';
      return detail ? { ...spec, message: `${spec.message}\n${detail}` } : { ...spec };
    }
    case MSAL_NETWORK_ERROR: {
      if (err.cause instanceof NetworkError) return fromNetworkError(err.cause, S.SignInTransportPrefix);
      return { ...S.SignInServiceNotReached(err.errorMessage || 'the request failed') };
    }
    case MSAL_MALFORMED_RESPONSE:
    case 'token_parsing_error':
      return { ...S.SignInAnswerUnreadable(err.errorMessage || 'it is not valid JSON') };
    case 'endpoints_resolution_error': {
      if (bodyFailure) return identityErrorSpec(bodyFailure, m);
      // msal reports an authority whose OpenID configuration it could not fetch without the cause.
      // A certificate problem is the one the user must see as it is (a custom -AuthenticationUrl
      // behind an inspecting proxy): reported as the default authority's TLS failure is.
      const transport = call?.lastNetworkError;
      if (transport && networkErrorId(transport.code).errorId === 'TlsFailure') return fromNetworkError(transport, S.SignInTransportPrefix);
      return {
        ...S.AuthorityNotReachable(
          choice.authority,
          choice.cloudName === 'Custom'
            ? S.AuthorityNextStepCustom
            : choice.cloudName === 'Germany'
              ? S.AuthorityNextStepGermany
              : S.AuthorityNextStepNetwork,
        ),
      };
    }
    case 'device_code_expired':
      return identityErrorSpec(bodyFailure ?? { error: 'device_code_expired' }, m);
    case 'device_code_polling_cancelled':
      // We cancel ourselves when /devicecode answered with an error body instead of a code.
      return identityErrorSpec(bodyFailure ?? { error: 'device_code_unavailable', description: 'The sign-in service did not issue a sign-in code.' }, m);
    case 'post_request_failed':
      return identityErrorSpec(bodyFailure ?? { error: err.errorMessage || 'post_request_failed' }, m);
    case 'user_timeout_reached':
      return identityErrorSpec({ error: 'user_timeout_reached' }, m);
    default:
      return identityErrorSpec(bodyFailure ?? failureFromMsalError(err), m);
  }
}
