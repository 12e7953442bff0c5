// The proxy of a script's web request (Invoke-RestMethod, Invoke-WebRequest), read from the environment
// as .NET's HttpClient reads it on Linux and macOS (HttpEnvironmentProxy): https_proxy / HTTPS_PROXY for
// https addresses, http_proxy / HTTP_PROXY for http ones, all_proxy / ALL_PROXY for either when the
// scheme's own is not set, and no_proxy / NO_PROXY for the hosts that go direct.
//
// An https address goes through a CONNECT tunnel (TLS to the origin inside it); an http one is sent to
// the proxy with its absolute address. A loopback address always goes direct (a proxy elsewhere cannot
// reach this machine's own servers, and tests and the sandbox rely on it). Credentials in the proxy's URL become Proxy-Authorization: Basic
// and are never shown: a message names the proxy without them.

import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { proxySettingError } from './proxy-setting.js';

export interface WebProxy {
  url: URL;
  /** The Proxy-Authorization header's value, when the proxy's URL carries a user name. */
  authorization?: string;
  /** A credential given only once the proxy asks for one (407), as .NET answers -ProxyCredential's proxy. */
  challengeCredential?: { user: string; password: string };
}

/** A loopback address (127.0.0.0/8, ::1, localhost). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

type Env = Readonly<Record<string, string | undefined>>;

/** The first of `names` that is set (and not empty), with its name. */
function firstSet(env: Env, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name];
    if (value) return { name, value };
  }
  return undefined;
}

/**
 * Whether NO_PROXY's `list` sends `host` direct: `*` for every host; otherwise entries separated by commas
 * (or spaces), each a host name that also covers its subdomains (a leading `.` or `*.` says the same),
 * with an optional `:port`.
 */
export function bypassesProxy(url: URL, list: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of list.split(/[,\s]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const portMatch = /^(.*[^:]):(\d+)$/.exec(entry);
    if (portMatch && !entry.startsWith('[')) {
      if (portMatch[2] !== port) continue;
      entry = portMatch[1]!;
    }
    entry = entry.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    if (host === entry || host.endsWith('.' + entry)) return true;
  }
  return false;
}

/**
 * The proxy for `url`, undefined when it goes direct; throws the sentence naming the variable (never its
 * value) when the variable that applies is not a usable HTTP proxy address.
 */
export function webProxyFor(url: URL, env: Env = process.env): WebProxy | undefined {
  const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
  const setting = firstSet(env, [...names, 'all_proxy', 'ALL_PROXY']);
  if (!setting || isLoopback(url.hostname)) return undefined;
  const noProxy = firstSet(env, ['no_proxy', 'NO_PROXY']);
  if (noProxy && bypassesProxy(url, noProxy.value)) return undefined;
  const problem = proxySettingError(setting.name, setting.value);
  if (problem) throw new ProxySettingProblem(problem);
  const proxy = new URL(setting.value);
  const user = decodeURIComponent(proxy.username);
  const authorization = user ? `Basic ${Buffer.from(`${user}:${decodeURIComponent(proxy.password)}`).toString('base64')}` : undefined;
  return { url: proxy, authorization };
}

/** A proxy variable that cannot be used; its message names the variable only. */
export class ProxySettingProblem extends Error {}

/** The proxy as messages show it: scheme, host and port, with no credentials (.NET's Uri with a `/` path). */
export function proxyDisplay(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}/`;
}

/** A tunnel the proxy refused (.NET's HttpRequestException text). */
export class ProxyTunnelRefused extends Error {
  constructor(proxy: URL, readonly status: number) {
    super(`The proxy tunnel request to proxy '${proxyDisplay(proxy)}' failed with status code '${status}'."`);
  }
}

/**
 * A TLS connection to `url`'s host through `proxy`'s CONNECT tunnel. Rejects with the socket's error
 * (its `code` kept), a ProxyTunnelRefused, or `abort`'s reason when the caller gives up first.
 */
export function openTunnel(proxy: WebProxy, url: URL, onCancel: (cancel: (reason: Error) => void) => void, skipCertificateCheck = false): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    // WHATWG keeps an IPv6 host in brackets, as CONNECT's authority needs it.
    const target = `${url.hostname}:${url.port || 443}`;
    const headers: Record<string, string> = { Host: target };
    if (proxy.authorization) headers['Proxy-Authorization'] = proxy.authorization;
    const client = proxy.url.protocol === 'https:' ? https : http;
    const request = client.request({ host: proxy.url.hostname, port: proxy.url.port || (proxy.url.protocol === 'https:' ? 443 : 80), method: 'CONNECT', path: target, headers, agent: false });
    let done = false;
    onCancel((reason) => {
      if (done) return;
      done = true;
      request.destroy();
      reject(reason);
    });
    request.on('error', (e) => {
      if (done) return;
      done = true;
      reject(e);
    });
    request.on('connect', (response, socket) => {
      if (done) return socket.destroy();
      if (response.statusCode !== 200) {
        done = true;
        socket.destroy();
        return reject(new ProxyTunnelRefused(proxy.url, response.statusCode ?? 0));
      }
      // SNI carries host names only (RFC 6066): an address is checked against the certificate without it.
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const secure = tls.connect({ socket, servername: isIP(host) ? undefined : host, host, ...(skipCertificateCheck ? { rejectUnauthorized: false } : {}) });
      secure.once('secureConnect', () => {
        done = true;
        resolve(secure);
      });
      secure.once('error', (e) => {
        if (done) return;
        done = true;
        reject(e);
      });
    });
    request.end();
  });
}
