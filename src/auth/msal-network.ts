// msal-node's INetworkModule on top of the shell's Network (reference §1.5). It lives with the sign-in
// code because it speaks msal: the network layer below knows nothing of msal.
//
// Rules msal imposes: 4xx/5xx must come back as { status, body: <parsed JSON> } (msal reads body.error);
// anything thrown that is not an msal AuthError loses its message (msal turns it into a bare
// network_error), so failures are thrown as AuthError with our own explanatory text.
//
// msal drops the AADSTS detail of some failures (device-code polling, for one), so each client keeps
// the last identity-platform error body it saw: the caller reads it from the client it made for its
// call, so one sign-in's evidence never leaks into another's.

import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { NetworkError, displayUrl, untrustedHeaders, untrustedJsonReviver, type Network, type NetObserver } from '../net/network.js';
import { loadMsal } from './msal-loader.js';

/** Error codes of the AuthErrors thrown here, for the callers that explain them. */
export const MSAL_NETWORK_ERROR = 'network_error';
export const MSAL_MALFORMED_RESPONSE = 'malformed_response';

/** An error answer of the identity platform: its HTTP status and JSON body. */
export interface IdentityErrorBody {
  status: number;
  body: Record<string, unknown>;
}

export interface MsalNetworkOptions {
  observer?: NetObserver;
  /** Cancels in-flight requests and retry waits (Ctrl+C). */
  signal?: AbortSignal;
}

/** msal's response, with how often the network retried a 429/503 before it. */
export type RetriedResponse<T> = NetworkResponse<T> & { retries: number };

/** The network client of one call, with the last identity-platform error body it received. */
export interface MsalNetworkClient extends INetworkModule {
  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<RetriedResponse<T>>;
  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<RetriedResponse<T>>;
  readonly lastIdentityError: IdentityErrorBody | undefined;
  /** The last request of this client that got no answer at all (msal keeps only its own summary of
   *  some, e.g. an unreachable OpenID configuration, and the cause would be lost). */
  readonly lastNetworkError: NetworkError | undefined;
}

async function authError(code: string, correlationId: string, message: string, cause: unknown): Promise<Error> {
  const { AuthError } = await loadMsal();
  const error = new AuthError(code, correlationId, message);
  // Kept for -Debug: the NetworkError (and through it the undici error).
  (error as Error & { cause?: unknown }).cause = cause;
  return error;
}

export function createMsalNetworkModule(network: Network, options: MsalNetworkOptions = {}): MsalNetworkClient {
  let lastIdentityError: IdentityErrorBody | undefined;
  let lastNetworkError: NetworkError | undefined;
  async function send<T>(
    method: 'GET' | 'POST',
    url: string,
    opts: NetworkRequestOptions = {},
    timeoutMs?: number,
  ): Promise<RetriedResponse<T>> {
    const correlationId = opts.correlationId ?? '';
    let res;
    try {
      res = await network.request(
        {
          method,
          url,
          headers: opts.headers,
          body: method === 'POST' ? (opts.body ?? '') : undefined,
          timeoutMs: timeoutMs && timeoutMs > 0 ? timeoutMs : undefined,
          signal: options.signal,
        },
        options.observer,
      );
    } catch (error) {
      if (error instanceof NetworkError) lastNetworkError = error;
      const message = error instanceof Error ? error.message : String(error);
      throw await authError(MSAL_NETWORK_ERROR, correlationId, message, error);
    }
    let body: unknown;
    try {
      // Every string the identity platform sends may end up on screen (error_description, the device
      // code's message): control sequences are removed here, once, for all of them.
      body = res.body.trim() === '' ? {} : JSON.parse(res.body, untrustedJsonReviver);
    } catch (error) {
      const shown = displayUrl(url);
      const type = res.headers['content-type'] ?? 'no content type';
      const cause = new NetworkError(
        'EBADRESPONSE',
        shown,
        `${method} ${shown} returned HTTP ${res.status} with a body that is not valid JSON (${type}).`,
        { cause: error },
      );
      throw await authError(MSAL_MALFORMED_RESPONSE, correlationId, cause.message, cause);
    }
    if (res.status >= 400 && isRecord(body) && typeof body.error === 'string') {
      lastIdentityError = { status: res.status, body };
    }
    return { status: res.status, headers: untrustedHeaders(res.headers), body: body as T, retries: res.retries ?? 0 };
  }

  return {
    get lastIdentityError() {
      return lastIdentityError;
    },
    get lastNetworkError() {
      return lastNetworkError;
    },
    sendGetRequestAsync: <T>(url: string, opts?: NetworkRequestOptions, timeout?: number) =>
      send<T>('GET', url, opts, timeout),
    sendPostRequestAsync: <T>(url: string, opts?: NetworkRequestOptions) => send<T>('POST', url, opts),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
