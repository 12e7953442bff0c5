// NetworkError: a request that produced no usable HTTP response.
//
// HTTP statuses are never errors at this layer (callers read the status). A NetworkError means the
// transport failed (refused, reset, timed out, untrusted certificate, proxy refused the tunnel), the
// request was cancelled, or the body could not be read as the caller expected. The message is one
// plain sentence a user can act on; the original error is kept as `cause` for -Debug.

import { displayUrl } from './redact-url.js';
import { untrustedText } from './untrusted-text.js';

export class NetworkError extends Error {
  /** Node/undici error code: ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ABORT_ERR, UND_ERR_SOCKET, a TLS code such as
   *  DEPTH_ZERO_SELF_SIGNED_CERT, or EBADRESPONSE for a body that is not what the caller expected. */
  readonly code: string;
  /** The request URL as it may be shown (query values hidden). */
  readonly url: string;

  constructor(code: string, url: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
    this.code = code;
    this.url = url;
  }
}

const TLS_TRUST_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
]);

function reasonFor(code: string, host: string, detail: string): string {
  if (TLS_TRUST_CODES.has(code)) {
    return `the certificate presented for ${host} is not trusted (${code}). If a proxy or firewall inspects HTTPS traffic, put its root certificate in a PEM file and set NODE_EXTRA_CA_CERTS to that file`;
  }
  if (code === 'CERT_HAS_EXPIRED') return `the certificate presented for ${host} has expired (${code})`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `the certificate presented is not valid for ${host} (${code})`;
  switch (code) {
    case 'ECONNREFUSED':
      return `the connection to ${host} was refused (${code})`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name ${host} could not be resolved (${code}); check the URL and your DNS or proxy settings`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return `the connection to ${host} was closed before a complete response arrived (${code})`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host} cannot be reached from this network (${code})`;
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `the connection to ${host} could not be established in time (${code})`;
    case 'UND_ERR_ABORTED':
      return `the request to ${host} was aborted (${code})`;
    default:
      return detail ? `${detail} (${code})` : `an unexpected transport error occurred (${code})`;
  }
}

/** Converts whatever undici threw into a NetworkError with an explanatory message. */
export function toNetworkError(error: unknown, method: string, url: string, proxy?: string): NetworkError {
  if (error instanceof NetworkError) return error;
  const shown = displayUrl(url);
  let host = shown;
  try {
    host = new URL(url).host;
  } catch {
    /* keep the display form */
  }
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown }; address?: unknown; port?: unknown } | undefined;
  // A socket error names the address it failed to reach; when that is the proxy, say so rather than
  // blaming the site.
  if (proxy && typeof e?.address === 'string' && typeof e.port === 'number') {
    try {
      const p = new URL(proxy);
      const proxyPort = Number(p.port || (p.protocol === 'https:' ? 443 : 80));
      if (e.port === proxyPort) host = `the proxy ${p.host}`;
    } catch {
      /* an unreadable proxy URL fails earlier, in undici */
    }
  }
  // undici puts the interesting code either on the error itself or on its cause (for example a proxy
  // tunnel failure wraps the socket error).
  const code =
    (typeof e?.code === 'string' && e.code) ||
    (typeof e?.cause?.code === 'string' && e.cause.code) ||
    'UND_ERR';
  // undici's text may quote what a server or proxy sent.
  const detail = untrustedText(typeof e?.message === 'string' ? e.message : String(error));
  const reason =
    code === 'UND_ERR' || code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL'
      ? detail
      : /proxy/i.test(detail) && !TLS_TRUST_CODES.has(code)
        ? `the proxy refused or failed to open a tunnel to ${host}: ${detail} (${code})`
        : reasonFor(code, host, detail);
  return new NetworkError(code, shown, `${method} ${shown} failed: ${reason}.`, { cause: error });
}
