// The one HTTP client of the shell, shared by the sign-in library (through auth/msal-network.ts) and by the SharePoint
// calls. It is built on undici 7 rather than Node's global fetch because Node 20's fetch honours neither
// HTTPS_PROXY nor a per-client CA (reference §1.5).
//
// Behaviour every caller gets:
// - an HTTP status is never an exception; the caller reads it;
// - every attempt has a timeout (default 30 s), reported as NetworkError code ETIMEDOUT;
// - 429 and 503 are retried a bounded number of times, waiting as Retry-After says (seconds or an HTTP date),
//   and the wait can be cancelled through the request's AbortSignal;
// - transport failures become a NetworkError whose message explains the cause and whose `cause` keeps the
//   original error.
// Request bodies and Authorization headers are never logged or reported.

import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { Agent, EnvHttpProxyAgent, buildConnector, request as undiciRequest, type Dispatcher } from 'undici';
import { NetworkError, toNetworkError } from './network-error.js';
import { parseRetryAfter } from './retry-after.js';
import { displayUrl } from './redact-url.js';
import { routeFor } from './routing.js';
import { proxySettingError, PROXY_SETTING_ERROR } from './proxy-setting.js';

export { NetworkError } from './network-error.js';
export { PROXY_SETTING_ERROR } from './proxy-setting.js';
export { routeHostsTo, resetRouting } from './routing.js';
export { displayUrl } from './redact-url.js';
export { untrustedText, untrustedHeaders, untrustedJsonReviver } from './untrusted-text.js';

export interface NetRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per attempt; default 30 000. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface NetResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
  /** How many times a 429/503 was retried before this answer (0 when it came first time, or when its
   *  Retry-After was longer than the network waits). */
  retries?: number;
}

/** How -Debug/-Verbose and the UI learn what happens on the wire. */
export interface NetObserver {
  /** One call per HTTP response received (including ones that are then retried). `url` has query values hidden. */
  onResponse?(info: { method: string; url: string; status: number; ms: number }): void;
  /** Before waiting to retry a 429/503. */
  onRetry?(info: { status: number; delayMs: number; attempt: number; url: string }): void;
  /** A setting of the network that cannot work as meant (said once per Network, on its first request). */
  onWarning?(text: string): void;
}

export interface NetworkOptions {
  /** Environment to read HTTPS_PROXY/HTTP_PROXY/NO_PROXY and NODE_EXTRA_CA_CERTS from; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Extra trusted CA certificates (PEM), added to Node's roots. */
  extraCaPem?: string;
  defaultTimeoutMs?: number;
  /** Retries after the first attempt for 429/503; default 3. */
  maxRetries?: number;
  /** Wait used when a 429/503 carries no readable Retry-After, doubled per attempt; default 1000. */
  defaultRetryDelayMs?: number;
  /** A Retry-After longer than this is not waited for; the 429/503 is returned instead. Default 60 000. */
  maxRetryDelayMs?: number;
}

const RETRIED_STATUSES = new Set([429, 503]);

export class Network {
  private dispatcherInstance: Dispatcher | undefined;
  /** Said once, to the observer of the request that builds the dispatcher. */
  private pendingWarning: string | undefined;
  private readonly env: NodeJS.ProcessEnv;
  private readonly extraCaPem: string | undefined;
  /** Configured proxies, only to name them in error messages (EnvHttpProxyAgent decides when they apply). */
  private readonly proxies: { http?: string; https?: string };
  /** Set when a proxy variable cannot be used; every non-routed request fails with it, before connecting. */
  private readonly proxyProblem: string | undefined;
  private readonly defaultTimeoutMs: number;
  private readonly maxRetries: number;
  private readonly defaultRetryDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(options: NetworkOptions = {}) {
    const env = options.env ?? process.env;
    this.env = env;
    this.extraCaPem = options.extraCaPem;
    // Lower case first, as EnvHttpProxyAgent and curl read them; the name is kept for error messages.
    const httpName = env.http_proxy ? 'http_proxy' : env.HTTP_PROXY ? 'HTTP_PROXY' : undefined;
    const httpsName = env.https_proxy ? 'https_proxy' : env.HTTPS_PROXY ? 'HTTPS_PROXY' : undefined;
    const httpProxy = httpName ? env[httpName] : undefined;
    const httpsProxy = httpsName ? env[httpsName] : httpProxy;
    this.proxies = { http: httpProxy, https: httpsProxy };
    this.proxyProblem =
      (httpsName && proxySettingError(httpsName, env[httpsName]!)) || (httpName && proxySettingError(httpName, env[httpName]!)) || undefined;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 3;
    this.defaultRetryDelayMs = options.defaultRetryDelayMs ?? 1000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
  }

  /** Built on first use, so constructing a Network (at shell start-up) costs nothing. */
  private get dispatcher(): Dispatcher {
    if (this.dispatcherInstance) return this.dispatcherInstance;
    // undici would fail with a bare "Invalid URL" (or load its experimental SOCKS client); say which variable is wrong.
    if (this.proxyProblem) throw new NetworkError(PROXY_SETTING_ERROR, '', this.proxyProblem);
    const extraFile = this.env.NODE_EXTRA_CA_CERTS;
    const filePem = readExtraCaFile(extraFile);
    // Node ignores such a file without a word; the user meant it to be trusted, so say it is not.
    if (filePem !== undefined && !PEM_CERTIFICATE.test(filePem)) this.pendingWarning = noCertificateWarning(extraFile!);
    const extra = [this.extraCaPem, filePem].filter(
      (pem): pem is string => typeof pem === 'string' && pem !== '',
    );
    // `ca` replaces Node's root store, so the roots stay in the list. The secure context is built once:
    // passing `ca` itself would rebuild it (about 20 ms) for every connection. connect: direct TLS (also
    // NO_PROXY hosts); requestTls: TLS to the origin inside a CONNECT tunnel; proxyTls: TLS to an https proxy.
    const secureContext = extra.length > 0 ? tls.createSecureContext({ ca: [...tls.rootCertificates, ...extra] }) : undefined;
    const tlsOptions = secureContext ? { connect: { secureContext }, requestTls: { secureContext }, proxyTls: { secureContext } } : {};
    this.dispatcherInstance = new EnvHttpProxyAgent({
      ...tlsOptions,
      httpProxy: this.proxies.http ?? '',
      httpsProxy: this.proxies.https ?? '',
      noProxy: this.env.no_proxy ?? this.env.NO_PROXY ?? '',
    });
    return this.dispatcherInstance;
  }

  async request(req: NetRequest, observer?: NetObserver): Promise<NetResponse> {
    const shownUrl = displayUrl(req.url);
    for (let attempt = 1; ; attempt++) {
      const response = { ...(await this.attempt(req, shownUrl, observer)), retries: attempt - 1 };
      if (!RETRIED_STATUSES.has(response.status) || attempt > this.maxRetries) return response;
      const delayMs =
        parseRetryAfter(response.headers['retry-after']) ?? this.defaultRetryDelayMs * 2 ** (attempt - 1);
      if (delayMs > this.maxRetryDelayMs) return response;
      observer?.onRetry?.({ status: response.status, delayMs, attempt, url: shownUrl });
      await sleep(delayMs, req.signal, req.method, shownUrl);
    }
  }

  /** Lets idle connections go; for tests and orderly shutdown. */
  async close(): Promise<void> {
    await this.dispatcherInstance?.close();
  }

  private sayPendingWarning(observer: NetObserver | undefined): void {
    if (this.pendingWarning === undefined) return;
    observer?.onWarning?.(this.pendingWarning);
    this.pendingWarning = undefined;
  }

  private async attempt(req: NetRequest, shownUrl: string, observer?: NetObserver): Promise<NetResponse> {
    if (req.signal?.aborted) throw cancelled(req.method, shownUrl, req.signal.reason);
    let url: URL;
    try {
      url = new URL(req.url);
    } catch (error) {
      throw new NetworkError('ERR_INVALID_URL', shownUrl, `${req.method} ${shownUrl} failed: the URL is not valid.`, {
        cause: error,
      });
    }
    const timeoutMs = req.timeoutMs ?? this.defaultTimeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout.signal]) : timeout.signal;
    const started = performance.now();
    try {
      const res = await undiciRequest(url, {
        method: req.method,
        headers: req.headers,
        body: req.method === 'POST' ? (req.body ?? '') : undefined,
        dispatcher: routedDispatcherFor(url) ?? this.dispatcher,
        signal,
      });
      this.sayPendingWarning(observer);
      const body = await res.body.text();
      const ms = Math.round(performance.now() - started);
      observer?.onResponse?.({ method: req.method, url: shownUrl, status: res.statusCode, ms });
      return { status: res.statusCode, headers: flattenHeaders(res.headers), body };
    } catch (error) {
      if (timeout.signal.aborted && !req.signal?.aborted) {
        throw new NetworkError(
          'ETIMEDOUT',
          shownUrl,
          `${req.method} ${shownUrl} failed: no response within ${formatSeconds(timeoutMs)}.`,
          { cause: error },
        );
      }
      if (req.signal?.aborted) throw cancelled(req.method, shownUrl, req.signal.reason);
      this.sayPendingWarning(observer);
      const proxy = routeFor(url) ? undefined : url.protocol === 'https:' ? this.proxies.https : this.proxies.http;
      throw toNetworkError(error, req.method, req.url, proxy);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The agent for a routed host: TCP to 127.0.0.1:port, keeping the TLS server name, trusting only the
 *  route's certificate. Built once per route. */
function routedDispatcherFor(url: URL): Dispatcher | undefined {
  const route = routeFor(url);
  if (!route) return undefined;
  if (!route.agent) {
    // One secure context for all connections: passing `ca` instead would rebuild it on every connection.
    const connectTls = buildConnector({ secureContext: tls.createSecureContext({ ca: route.caPem }) });
    const port = String(route.port);
    route.agent = new Agent({
      connect(options, callback) {
        const name = options.servername ?? options.hostname;
        return connectTls({ ...options, hostname: '127.0.0.1', port, ...(isIP(name) ? {} : { servername: name }) }, callback);
      },
    });
  }
  return route.agent;
}

const PEM_CERTIFICATE = /-----BEGIN (TRUSTED )?CERTIFICATE-----/;

function noCertificateWarning(path: string): string {
  return `NODE_EXTRA_CA_CERTS names ${path}, which holds no certificate (no -----BEGIN CERTIFICATE----- block), so it was ignored and only the built-in root certificates are trusted. Put the PEM certificate of your proxy or firewall in that file.`;
}

function readExtraCaFile(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Node itself warns about an unreadable NODE_EXTRA_CA_CERTS at start-up; nothing to add here.
    return undefined;
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
}

function cancelled(method: string, shownUrl: string, reason: unknown): NetworkError {
  return new NetworkError('ABORT_ERR', shownUrl, `${method} ${shownUrl} was cancelled.`, { cause: reason });
}

function sleep(ms: number, signal: AbortSignal | undefined, method: string, shownUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled(method, shownUrl, signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled(method, shownUrl, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

let shared: Network | undefined;

/** The process-wide instance, configured from the environment on first use. */
export function getNetwork(): Network {
  shared ??= new Network();
  return shared;
}
