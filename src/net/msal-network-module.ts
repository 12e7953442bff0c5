// msal-node's INetworkModule on top of Network (reference §1.5).
//
// Rules msal imposes: 4xx/5xx must come back as { status, body: <parsed JSON> } (msal reads body.error);
// anything thrown that is not an msal AuthError loses its message (msal turns it into a bare
// network_error), so failures are thrown as AuthError with our own explanatory text.
//
// msal-node is imported lazily: this file is loaded with the network module at start-up, but msal is only
// needed once a connection is made, and by then the caller has loaded it already.

import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { Network, NetObserver } from './network.js';
import { NetworkError } from './network-error.js';
import { displayUrl } from './redact-url.js';

/** Error codes of the AuthErrors thrown here, for the callers that explain them. */
export const MSAL_NETWORK_ERROR = 'network_error';
export const MSAL_MALFORMED_RESPONSE = 'malformed_response';

export interface MsalNetworkOptions {
  /** Cancels in-flight requests and retry waits (Ctrl+C). */
  signal?: AbortSignal;
}

let msalModule: Promise<typeof import('@azure/msal-node')> | undefined;

async function authError(code: string, correlationId: string, message: string, cause: unknown): Promise<Error> {
  msalModule ??= import('@azure/msal-node');
  const { AuthError } = await msalModule;
  const error = new AuthError(code, correlationId, message);
  // Kept for -Debug: the NetworkError (and through it the undici error).
  (error as Error & { cause?: unknown }).cause = cause;
  return error;
}

export function createMsalNetworkModule(
  network: Network,
  observer?: NetObserver,
  options: MsalNetworkOptions = {},
): INetworkModule {
  async function send<T>(
    method: 'GET' | 'POST',
    url: string,
    opts: NetworkRequestOptions = {},
    timeoutMs?: number,
  ): Promise<NetworkResponse<T>> {
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
        observer,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw await authError(MSAL_NETWORK_ERROR, correlationId, message, error);
    }
    let body: unknown;
    try {
      body = res.body.trim() === '' ? {} : JSON.parse(res.body);
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
      network.lastIdentityError = { status: res.status, body };
    }
    return { status: res.status, headers: res.headers, body: body as T };
  }

  return {
    sendGetRequestAsync: <T>(url: string, opts?: NetworkRequestOptions, timeout?: number) =>
      send<T>('GET', url, opts, timeout),
    sendPostRequestAsync: <T>(url: string, opts?: NetworkRequestOptions) => send<T>('POST', url, opts),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
