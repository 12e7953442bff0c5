// The transport of Invoke-RestMethod and Invoke-WebRequest: one HTTP(S) exchange with node:http(s),
// following redirects as .NET's HttpClient does (or as pwsh does when it follows them itself), with
// HttpClient's timeout up to the response headers and pwsh's per-read timeout for the body, the
// script's -Proxy (answering a 407 with -ProxyCredential) or the environment's, and -SkipCertificateCheck.
//
// It is not net/network.ts (the sign-in's client): a script's request goes where the script says,
// with its own headers and body, no retries of its own (the cmdlet runs pwsh's retry loop), and the raw
// header order and status line kept (the cmdlets show them in RawContent). Loaded only when a web
// cmdlet runs (a lazy chunk).
//
// Under the sandbox (and in tests that route hosts) a script's request never leaves the machine: the
// sandbox's hosts go to its server on 127.0.0.1, other loopback addresses are reached directly, and any
// other host is refused before a packet is sent (DESIGN: no sandbox run reaches beyond 127.0.0.0/8).
//
// Nothing here writes anywhere: the caller decides what the user sees, and it never sees a header
// value or a body through an error of this module (errors carry a code and .NET's text only).

import http from 'node:http';
import https from 'node:https';
import { isRoutingActive, routeFor } from './routing.js';
import { isLoopback, openTunnel, ProxySettingProblem, ProxyTunnelRefused, webProxyFor, type WebProxy } from './web-proxy.js';
import type { TLSSocket } from 'node:tls';
import type { CookieJar } from './cookie-jar.js';

export interface WebExchangeRequest {
  method: string;
  url: URL;
  /** Header names as given; sent in this order. */
  headers: Array<[string, string]>;
  body?: Buffer;
  /** Overall time for the exchange (HttpClient.Timeout); 0 = no limit. */
  timeoutMs: number;
  /** Redirects followed before a 3xx is returned as the answer. */
  maxRedirects: number;
  signal?: AbortSignal;
  /** The session's cookies: sent with each hop that they match, filled from each hop's Set-Cookie. */
  cookies?: CookieJar;
  /** Per read of the body once the headers are in (pwsh's -OperationTimeoutSeconds); 0 = no limit. */
  operationTimeoutMs?: number;
  /** Accept any server certificate (pwsh's -SkipCertificateCheck). */
  skipCertificateCheck?: boolean;
  /** Follow an https -> http redirect (pwsh's -AllowInsecureRedirect); by default it is returned as the answer. */
  allowInsecureRedirect?: boolean;
  /** Keep Authorization across redirects (pwsh's -PreserveAuthorizationOnRedirect); by default it is dropped. */
  keepAuthorization?: boolean;
  /** Send no body on a redirect, whatever its status (pwsh's own redirects build the next request without one). */
  dropBodyOnRedirect?: boolean;
  /**
   * The proxy the script names (-Proxy, -ProxyCredential), or 'none' (-NoProxy); by default the environment's
   * (HTTPS_PROXY ...). A named proxy carries loopback addresses too, as .NET's WebProxy with BypassProxyOnLocal off.
   */
  proxy?: ExplicitProxy | 'none';
  /**
   * Called before each hop after the first and after each hop's answer, when the caller follows redirects itself in
   * pwsh's sense (it narrates every hop on -Verbose); without it only the exchange as a whole is seen.
   */
  onHop?: {
    request(hop: { method: string; url: URL; body: Buffer | undefined }): Promise<void>;
    response(response: WebExchangeResponse): Promise<void>;
  };
}

/** A proxy named by the script: its address and the credential answered to its 407 challenge. */
export interface ExplicitProxy {
  url: URL;
  credential?: { user: string; password: string };
}

export interface WebExchangeResponse {
  status: number;
  /** The status line's reason phrase as the server sent it. */
  reason: string;
  httpVersion: string;
  /** Names as the server spelled them, in the order it sent them. */
  headers: Array<[string, string]>;
  body: Buffer;
  /** The address that answered (after redirects). */
  url: URL;
  /** The request that got this answer: after redirects, HttpClient's request message says what the last hop sent. */
  sent?: SentRequest;
}

/** What one hop sent (the session's cookies aside, which the transport adds). */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Array<[string, string]>;
  body: Buffer | undefined;
}

/** A request that got no HTTP answer. `message` is .NET's text for it (what pwsh shows). */
export class WebTransportError extends Error {
  constructor(
    /**
     * 'timeout' (no answer within the configured time), 'operation-timeout' (a read of the body waited longer than
     * the operation timeout), 'cancelled' (Ctrl+C), or 'transport' (anything else).
     */
    readonly kind: 'timeout' | 'operation-timeout' | 'cancelled' | 'transport',
    message: string,
    readonly code: string,
    /** .NET's inner exception message (pwsh shows it as the error's details), when it has one. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'WebTransportError';
  }
  /** The status a proxy refused a CONNECT tunnel with. */
  proxyStatus?: number;
  /** The hop that failed. */
  sent?: SentRequest;
}

/** The code of a request the sandbox refuses because it would leave the machine. */
export const SANDBOX_OUTSIDE = 'ERR_SANDBOX_OUTSIDE';

/** What .NET's HttpRequestException says (from the socket's errno text on Linux) for Node's codes. */
const SOCKET_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'Connection refused',
  ENOTFOUND: 'Name or service not known',
  EAI_NONAME: 'Name or service not known',
  EAI_AGAIN: 'Resource temporarily unavailable',
  ECONNRESET: 'Connection reset by peer',
  EHOSTUNREACH: 'No route to host',
  ENETUNREACH: 'Network is unreachable',
  ETIMEDOUT: 'Connection timed out',
  EPIPE: 'Broken pipe',
  EADDRNOTAVAIL: 'Cannot assign requested address',
};

/** The text pwsh shows for a failed exchange with Node's error `code`. */
export function transportMessage(code: string): string {
  if (code in SOCKET_MESSAGES) return SOCKET_MESSAGES[code]!;
  if (code === SANDBOX_OUTSIDE) return 'The sandbox sends nothing outside this machine: only its own hosts (contoso\'s sites and sign-in hosts) and 127.0.0.1 can be reached.';
  if (/CERT|SSL|TLS|ERR_SSL/.test(code)) return 'The SSL connection could not be established, see inner exception.';
  if (code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_')) return 'The response ended prematurely.';
  return 'An error occurred while sending the request.';
}

const UNTRUSTED_CHAIN = 'The remote certificate is invalid because of errors in the certificate chain: ';
/**
 * .NET's AuthenticationException text for Node's certificate codes: what pwsh 7.6.10 shows as the error's
 * details, recorded against a self-signed certificate (UntrustedRoot), a chain ending in an unknown
 * self-signed root (UntrustedRoot) and a leaf whose issuer was not sent (PartialChain). Other certificate
 * failures keep the exception's own text.
 */
const CERTIFICATE_DETAILS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: `${UNTRUSTED_CHAIN}UntrustedRoot`,
  SELF_SIGNED_CERT_IN_CHAIN: `${UNTRUSTED_CHAIN}UntrustedRoot`,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: `${UNTRUSTED_CHAIN}PartialChain`,
};

/** The error of a failed exchange with Node's `code`: .NET's text, and its inner exception's for a certificate. */
function transportError(code: string): WebTransportError {
  return new WebTransportError('transport', transportMessage(code), code, CERTIFICATE_DETAILS[code]);
}

/**
 * A refused connection to `target` (the proxy's address, through one): .NET's HttpRequestException names the
 * address, its inner SocketException's bare text is what pwsh shows (recorded: `Connection refused (127.0.0.1:1)`).
 */
function refused(target: URL): WebTransportError {
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return new WebTransportError('transport', `${SOCKET_MESSAGES.ECONNREFUSED} (${target.hostname}:${port})`, 'ECONNREFUSED', SOCKET_MESSAGES.ECONNREFUSED);
}

/** A response header's first value, by its lower-case name (servers spell names as they like). */
export function header(response: { headers: Array<[string, string]> }, lowerName: string): string | undefined {
  return response.headers.find(([name]) => name.toLowerCase() === lowerName)?.[1];
}

const REDIRECTS = new Set([300, 301, 302, 303, 307, 308]);

export async function sendWebRequest(request: WebExchangeRequest): Promise<WebExchangeResponse> {
  const started = Date.now();
  let { method, url, body } = request;
  let headers = request.headers;
  for (let redirects = 0; ; redirects++) {
    const remaining = request.timeoutMs > 0 ? request.timeoutMs - (Date.now() - started) : 0;
    if (request.timeoutMs > 0 && remaining <= 0) throw timeoutError(request.timeoutMs);
    if (redirects > 0) await request.onHop?.request({ method, url, body });
    let response: WebExchangeResponse;
    try {
      response = await exchange({
        method,
        url,
        headers: withCookies(headers, url, request.cookies),
        body,
        timeoutMs: request.timeoutMs > 0 ? remaining : 0,
        configuredTimeoutMs: request.timeoutMs,
        operationTimeoutMs: request.operationTimeoutMs ?? 0,
        signal: request.signal,
        skipCertificateCheck: request.skipCertificateCheck === true,
        proxy: request.proxy,
      });
    } catch (e) {
      if (e instanceof WebTransportError) e.sent = { method, url, headers, body };
      throw e;
    }
    response.sent = { method, url, headers, body };
    request.cookies?.store(url, response.headers.filter(([name]) => name.toLowerCase() === 'set-cookie').map(([, value]) => value));
    const location = header(response, 'location');
    if (!REDIRECTS.has(response.status) || location === undefined || redirects >= request.maxRedirects) return response;
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return response;
    }
    // .NET does not follow https -> http unless asked (-AllowInsecureRedirect), nor other schemes.
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return response;
    if (url.protocol === 'https:' && next.protocol === 'http:' && request.allowInsecureRedirect !== true) return response;
    await request.onHop?.response(response);
    // 301/302 turn a POST into a GET, 303 anything but HEAD; the body goes with the method.
    if ((response.status === 303 && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      headers = headers.filter(([name]) => !/^content-/i.test(name));
    }
    // HttpClient never carries Authorization across a redirect; pwsh does with -PreserveAuthorizationOnRedirect.
    if (request.keepAuthorization !== true) headers = headers.filter(([name]) => name.toLowerCase() !== 'authorization');
    if (request.dropBodyOnRedirect === true && body !== undefined) {
      body = undefined;
      headers = headers.filter(([name]) => !/^content-/i.test(name));
    }
    url = next;
  }
}

/** The headers with the jar's Cookie header for `url` (after the request's own headers, before the content's, as HttpClient sends it). */
function withCookies(headers: Array<[string, string]>, url: URL, jar: CookieJar | undefined): Array<[string, string]> {
  const cookie = jar?.header(url);
  if (cookie === undefined) return headers;
  const at = headers.findIndex(([name]) => /^content-/i.test(name));
  const out = [...headers];
  out.splice(at < 0 ? out.length : at, 0, ['Cookie', cookie]);
  return out;
}

function timeoutError(timeoutMs: number): WebTransportError {
  return new WebTransportError('timeout', `The request was canceled due to the configured HttpClient.Timeout of ${Math.round(timeoutMs / 1000)} seconds elapsing.`, 'ETIMEDOUT');
}

/** A read of the body that waited longer than -OperationTimeoutSeconds (.NET's TimeoutException text, without a full stop). */
function operationTimeoutError(timeoutMs: number): WebTransportError {
  return new WebTransportError('operation-timeout', `The request was canceled due to the configured OperationTimeout of ${Math.round(timeoutMs / 1000)} seconds elapsing`, 'ETIMEDOUT');
}

/**
 * How the exchange reaches `url`: the sandbox's server for a routed host, the script's -Proxy, a proxy from the
 * environment (never while hosts are routed: a sandbox run or a test leaves the machine through no environment
 * proxy), or direct. Under routing a named proxy must be on this machine too.
 */
function pathTo(url: URL, explicit: ExplicitProxy | 'none' | undefined): { route?: ReturnType<typeof routeFor>; proxy?: WebProxy } {
  const route = routeFor(url);
  if (route) return { route };
  if (explicit === 'none') {
    if (isRoutingActive() && !isLoopback(url.hostname)) throw transportError(SANDBOX_OUTSIDE);
    return {};
  }
  if (explicit) {
    // .NET's HttpClient sends a loopback address direct whatever the proxy (recorded from pwsh 7.6.10).
    if (isLoopback(url.hostname)) return {};
    if (isRoutingActive() && !isLoopback(explicit.url.hostname)) throw transportError(SANDBOX_OUTSIDE);
    return { proxy: { url: explicit.url, challengeCredential: explicit.credential } };
  }
  if (isRoutingActive()) {
    if (!isLoopback(url.hostname)) throw transportError(SANDBOX_OUTSIDE);
    return {};
  }
  try {
    return { proxy: webProxyFor(url) };
  } catch (e) {
    if (e instanceof ProxySettingProblem) throw new WebTransportError('transport', e.message, 'ERR_PROXY_SETTING');
    throw e;
  }
}

/** One request of an exchange (a redirect makes another): `timeoutMs` is what is left of the configured time. */
interface ExchangeStep {
  method: string;
  url: URL;
  headers: Array<[string, string]>;
  body: Buffer | undefined;
  timeoutMs: number;
  configuredTimeoutMs: number;
  operationTimeoutMs: number;
  signal: AbortSignal | undefined;
  skipCertificateCheck: boolean;
  proxy: ExplicitProxy | 'none' | undefined;
}

/**
 * One hop. A proxy that answers 407 to a request without Proxy-Authorization gets it again with the script's
 * credential (Basic), as .NET answers the challenge: nothing is sent to a proxy before it asks.
 */
async function exchange(step: ExchangeStep): Promise<WebExchangeResponse> {
  const { route, proxy } = pathTo(step.url, step.proxy);
  if (!proxy?.challengeCredential) return exchangeVia(route, proxy, step);
  try {
    const first = await exchangeVia(route, proxy, step);
    if (first.status !== 407 || !offersBasic(first)) return first;
  } catch (e) {
    if (!(e instanceof WebTransportError && e.code === 'ERR_PROXY_TUNNEL' && e.proxyStatus === 407)) throw e;
  }
  const { user, password } = proxy.challengeCredential;
  return exchangeVia(route, { url: proxy.url, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` }, step);
}

/** Whether a 407 offers Basic authentication (the scheme spo answers). */
function offersBasic(response: WebExchangeResponse): boolean {
  return response.headers.some(([name, value]) => name.toLowerCase() === 'proxy-authenticate' && /^\s*basic\b/i.test(value));
}

async function exchangeVia(route: ReturnType<typeof routeFor>, proxy: WebProxy | undefined, step: ExchangeStep): Promise<WebExchangeResponse> {
  const { url, timeoutMs, configuredTimeoutMs, signal } = step;
  let tunnel: TLSSocket | undefined;
  if (proxy && url.protocol === 'https:') {
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    try {
      tunnel = await openTunnel(proxy, url, (cancel) => {
        if (timeoutMs > 0) timer = setTimeout(() => cancel(timeoutError(configuredTimeoutMs)), timeoutMs);
        onAbort = () => cancel(new WebTransportError('cancelled', 'The operation was canceled.', 'ABORT_ERR'));
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      }, step.skipCertificateCheck);
    } catch (e) {
      if (e instanceof WebTransportError) throw e;
      if (e instanceof ProxyTunnelRefused) {
        const error = new WebTransportError('transport', e.message, 'ERR_PROXY_TUNNEL');
        error.proxyStatus = e.status;
        throw error;
      }
      const code = typeof (e as NodeJS.ErrnoException).code === 'string' ? (e as NodeJS.ErrnoException).code! : 'UNKNOWN';
      throw code === 'ECONNREFUSED' ? refused(proxy.url) : transportError(code);
    } finally {
      if (timer) clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }
  return exchangeOver({ route, proxy, tunnel }, step);
}

function exchangeOver(path: { route?: ReturnType<typeof routeFor>; proxy?: WebProxy; tunnel?: TLSSocket }, step: ExchangeStep): Promise<WebExchangeResponse> {
  const { route, proxy, tunnel } = path;
  const { method, url, headers, body, timeoutMs, configuredTimeoutMs, operationTimeoutMs, signal } = step;
  // -SkipCertificateCheck: any certificate of the origin is accepted (a routed host keeps the sandbox's check).
  const trust = step.skipCertificateCheck ? { rejectUnauthorized: false } : {};
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    // Raw headers keep the caller's order and spelling; Node then adds no Host of its own.
    const flat: string[] = ['Host', url.host];
    for (const [name, value] of headers) flat.push(name, value);
    if (body !== undefined && !headers.some(([name]) => name.toLowerCase() === 'content-length')) flat.push('Content-Length', String(body.length));
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    // A keep-alive agent of its own, as HttpClient's pool (the request then says nothing of Connection and the
    // server answers with keep-alive); it is destroyed once the answer is read, so nothing stays open.
    const agent = new client.Agent({ keepAlive: true, maxSockets: 1 });
    const finish = (error: Error | undefined, response?: WebExchangeResponse) => {
      if (settled) return;
      settled = true;
      agent.destroy();
      tunnel?.destroy();
      if (timer) clearTimeout(timer);
      if (signal) signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(response!);
    };
    let req: http.ClientRequest;
    try {
      // A routed host keeps its name for TLS (SNI) and in Host, and is checked against the sandbox's certificate.
      if (route) {
        req = https.request({ host: '127.0.0.1', port: route.port, path: url.pathname + url.search, servername: url.hostname, ca: route.caPem, method, headers: flat, agent });
      } else if (tunnel) {
        // The tunnel is this request's connection (no agent: it is closed with the answer).
        req = https.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: flat, createConnection: () => tunnel });
      } else if (proxy) {
        // An http address goes to the proxy whole (absolute form), its Host header unchanged.
        if (proxy.authorization) flat.push('Proxy-Authorization', proxy.authorization);
        const viaClient = proxy.url.protocol === 'https:' ? https : http;
        req = viaClient.request({ host: proxy.url.hostname, port: proxy.url.port || (proxy.url.protocol === 'https:' ? 443 : 80), path: url.href, method, headers: flat, agent: false });
      } else {
        req = client.request(url, { method, headers: flat, agent, ...trust });
      }
    } catch (e) {
      // A header name or value Node refuses (ERR_INVALID_HTTP_TOKEN, ERR_INVALID_CHAR): its message quotes the value, so only the code goes on.
      const code = typeof (e as NodeJS.ErrnoException).code === 'string' ? (e as NodeJS.ErrnoException).code! : 'UNKNOWN';
      return finish(transportError(code));
    }
    // HttpClient.Timeout runs until the response's headers are in (pwsh reads with ResponseHeadersRead); the body's
    // reads are limited by the operation timeout instead, each read on its own.
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        finish(timeoutError(configuredTimeoutMs));
        req.destroy();
      }, timeoutMs);
    }
    function onAbort(): void {
      finish(new WebTransportError('cancelled', 'The operation was canceled.', 'ABORT_ERR'));
      req.destroy();
    }
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e: NodeJS.ErrnoException) => {
      const code = typeof e.code === 'string' ? e.code : 'UNKNOWN';
      if (code === 'ECONNREFUSED') {
        return finish(refused(proxy && !tunnel ? proxy.url : url));
      }
      finish(transportError(code));
    });
    req.on('response', (res) => {
      if (timer) clearTimeout(timer);
      const idle = () => {
        if (operationTimeoutMs <= 0 || settled) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          finish(operationTimeoutError(operationTimeoutMs));
          req.destroy();
        }, operationTimeoutMs);
      };
      idle();
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        idle();
      });
      res.on('error', (e: NodeJS.ErrnoException) => finish(transportError(e.code ?? 'UNKNOWN')));
      res.on('end', () => {
        const pairs: Array<[string, string]> = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        finish(undefined, { status: res.statusCode ?? 0, reason: res.statusMessage ?? '', httpVersion: res.httpVersion, headers: pairs, body: Buffer.concat(chunks), url });
      });
    });
    req.end(body);
  });
}
