// The sandbox tenant: an in-process emulation of the Microsoft identity platform and of the tenant's
// SharePoint admin endpoints, served over HTTPS on 127.0.0.1 with the sandbox-only certificate. The real
// host names (login.microsoftonline.com, login.sovcloud-identity.de, contoso-admin.sharepoint.com, …) reach
// it through the network module's host routing, so the shell's production code runs unchanged
// (`spo --sandbox`, and the tests).
//
// A second, plain-HTTP server on 127.0.0.1 serves what people and other programs open directly:
//   /devicelogin                     the device-code sign-in page
//   /browser/<host>/<tenant>/oauth2/v2.0/authorize   the system-browser sign-in page (browser-page.ts)
//   /msi/token                       the managed-identity endpoint, App Service style (managed-identity.ts)
// The app registration 00000000-0000-0000-0000-000000000000 signs in with a certificate the sandbox makes
// on first need (app-certificate.ts, app-only.ts); environment() lists what `spo --sandbox` sets.
//
// It never keeps the process alive: its listening sockets and every accepted connection are unref'd.

import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { rootCertificates } from 'node:tls';
import { routeHostsTo, resetRouting, routedPort } from '../net/routing.js';
import { aadstsError } from './aadsts.js';
import type { SandboxAppCertificate } from './app-certificate.js';
import { browserUrlFor, handleBrowserPage, isBrowserPagePath } from './browser-page.js';
import { handleDevicePage } from './device-page.js';
import { handleManagedIdentity, MANAGED_IDENTITY_PATH } from './managed-identity.js';
import { cloudForLoginHost, findUser, ROUTED_HOSTS } from './directory.js';
import { handleIdentity } from './identity.js';
import { logEntry } from './request-log.js';
import { handleSharePoint } from './sharepoint.js';
import { readBody, sendJson, sendText, SandboxState, type FaultSpec, type SandboxRequest } from './state.js';
import { SANDBOX_CERT_PEM, SANDBOX_KEY_PEM } from './test-certificate.js';

export type { FaultSpec, SandboxRequest } from './state.js';
export type { SandboxAppCertificate } from './app-certificate.js';
export { SANDBOX_PASSWORD, USERS, TENANT, OTHER_TENANT, CLIENTS, APP_REGISTRATIONS, MANAGED_IDENTITIES, ROUTED_HOSTS } from './directory.js';
export { REDACTED } from './request-log.js';

export interface SandboxHandle {
  /** HTTPS port on 127.0.0.1 serving every routed host. */
  port: number;
  /** The people's device-login page (plain HTTP on loopback). */
  devicePageUrl: string;
  /**
   * The managed-identity endpoint (App Service style, plain HTTP on loopback): IDENTITY_ENDPOINT. It wants
   * `identityHeader` in X-IDENTITY-HEADER (IDENTITY_HEADER).
   */
  managedIdentityEndpoint: string;
  identityHeader: string;
  /**
   * The address to give a real browser for an authorize URL msal made (https://login.microsoftonline.com/…):
   * the same request on the sandbox's local sign-in page. Any other address comes back unchanged.
   */
  browserUrl(authorizeUrl: string): string;
  /**
   * The app registration's certificate: made on first call (an RSA key, tens of milliseconds), then the
   * same promise. Writes the .pfx and installs it in the sandbox's own CurrentUser\My and LocalMachine\My.
   */
  appCertificate(): Promise<SandboxAppCertificate>;
  /**
   * Everything `spo --sandbox` sets in its environment: SPO_SANDBOX_PFX, SPO_SANDBOX_THUMBPRINT,
   * SPO_CERT_STORE (the sandbox's stores), IDENTITY_ENDPOINT and IDENTITY_HEADER (its managed identity).
   */
  environment(): Promise<Record<string, string>>;
  /** The sandbox-only certificate (PEM), to trust for direct connections to https://127.0.0.1:port. */
  caPem: string;
  /** Every request received, oldest first, secrets redacted. Tests may empty it with `log.length = 0`. */
  log: SandboxRequest[];
  approveDeviceCode(userCode: string, upn: string): boolean;
  declineDeviceCode(userCode: string): boolean;
  /** Makes a waiting device code expire now (the next poll gets AADSTS70020). */
  expireDeviceCode(userCode: string): boolean;
  /** User codes still waiting for someone to sign in. */
  pendingDeviceCodes(): string[];
  setFault(f: FaultSpec): void;
  clearFaults(): void;
  /** Forces an AADSTS error on this account's grants ("*": every account, and client-level checks); null clears. */
  setScenario(upn: string, code: number | null): void;
  close(): Promise<void>;
}

export interface SandboxStartOptions {
  /** Seconds between device-code polls; fractions allowed for fast tests. Default 1. */
  deviceCodeIntervalSeconds?: number;
  /** Lifetime of a device code. Default 900. */
  deviceCodeExpiresInSeconds?: number;
  /** Lifetime of access tokens. Default 3600 (msal renews 300 s early, so keep it above 300 unless testing that). */
  accessTokenLifetimeSeconds?: number;
  /** Account the authorize endpoint signs in when there is no login_hint. Default admin@contoso.com. */
  browserUser?: string;
  /** Default true: route the real host names to this sandbox through the network module. */
  routeNetwork?: boolean;
  /** Faults switched on from the start (SPO_SANDBOX_FAULTS, fault-switches.ts). */
  faults?: FaultSpec[];
  /** Route with a certificate other than the sandbox's, so every connection fails its TLS check. */
  tlsFailure?: boolean;
  /** With tlsFailure: only connections to these hosts fail (SPO_SANDBOX_FAULTS=tls@login). */
  tlsFailureHosts?: RegExp;
}

export async function startSandbox(options: SandboxStartOptions = {}): Promise<SandboxHandle> {
  const state = new SandboxState({
    deviceCodeIntervalSeconds: options.deviceCodeIntervalSeconds ?? 1,
    deviceCodeExpiresInSeconds: options.deviceCodeExpiresInSeconds ?? 900,
    accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 3600,
    browserUser: options.browserUser ?? 'admin@contoso.com',
  });

  const https = createHttpsServer({ cert: SANDBOX_CERT_PEM, key: SANDBOX_KEY_PEM }, (req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Sandbox error: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });
  const pages = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === MANAGED_IDENTITY_PATH) {
      const entry = logEntry(req.method ?? 'GET', '127.0.0.1', url.pathname, url.searchParams, req.headers, '');
      state.log.push(entry);
      entry.status = handleManagedIdentity(state, req.method ?? 'GET', url.searchParams, req.headers, res);
      return;
    }
    const handler = isBrowserPagePath(url.pathname) ? handleBrowserPage : handleDevicePage;
    handler(state, req, res).catch(() => res.destroy());
  });
  const sockets = new Set<Socket>();
  for (const server of [https, pages] as Server[]) {
    server.on('connection', (socket: Socket) => {
      socket.unref();
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }
  const [port, pagePort] = await Promise.all([listen(https), listen(pages)]);
  state.pageOrigin = `http://127.0.0.1:${pagePort}`;
  state.devicePageUrl = `${state.pageOrigin}/devicelogin`;
  const managedIdentityEndpoint = `${state.pageOrigin}${MANAGED_IDENTITY_PATH}`;

  for (const f of options.faults ?? []) state.faults.push({ ...f, remaining: f.times ?? Number.POSITIVE_INFINITY });
  const routed = options.routeNetwork ?? true;
  // For a TLS failure the shell trusts a public root instead of the sandbox's own certificate.
  const untrustedCa = rootCertificates[0]!;
  if (routed && options.tlsFailure && options.tlsFailureHosts) {
    routeHostsTo({ port, caPem: SANDBOX_CERT_PEM, hosts: ROUTED_HOSTS, untrusted: { hosts: options.tlsFailureHosts, caPem: untrustedCa } });
  } else if (routed) routeHostsTo({ port, caPem: options.tlsFailure ? untrustedCa : SANDBOX_CERT_PEM, hosts: ROUTED_HOSTS });

  let closed = false;
  return {
    port,
    devicePageUrl: state.devicePageUrl,
    managedIdentityEndpoint,
    identityHeader: state.identityHeader,
    browserUrl: (authorizeUrl) => browserUrlFor(state.pageOrigin, authorizeUrl),
    appCertificate: () => state.appCertificates.get(),
    async environment() {
      const app = await state.appCertificates.get();
      return {
        SPO_SANDBOX_PFX: app.pfxPath,
        SPO_SANDBOX_THUMBPRINT: app.thumbprint,
        SPO_CERT_STORE: app.certStoreRoot,
        IDENTITY_ENDPOINT: managedIdentityEndpoint,
        IDENTITY_HEADER: state.identityHeader,
      };
    },
    caPem: SANDBOX_CERT_PEM,
    log: state.log,
    approveDeviceCode(userCode, upn) {
      const entry = state.findDeviceCodeByUserCode(userCode);
      const user = findUser(upn);
      if (!entry || entry.state !== 'pending' || !user) return false;
      entry.state = 'approved';
      entry.upn = user.upn;
      return true;
    },
    declineDeviceCode(userCode) {
      const entry = state.findDeviceCodeByUserCode(userCode);
      if (!entry || entry.state !== 'pending') return false;
      entry.state = 'declined';
      return true;
    },
    expireDeviceCode(userCode) {
      const entry = state.findDeviceCodeByUserCode(userCode);
      if (!entry || entry.state !== 'pending') return false;
      entry.state = 'expired';
      return true;
    },
    pendingDeviceCodes() {
      const now = Date.now();
      return [...state.deviceCodes.values()].filter((e) => e.state === 'pending' && e.expiresAt > now).map((e) => e.userCode);
    },
    setFault(f) {
      state.faults.push({ ...f, remaining: f.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      state.faults.length = 0;
    },
    setScenario(upn, code) {
      const key = upn === '*' ? '*' : upn.trim().toLowerCase();
      if (code === null) state.scenarios.delete(key);
      else state.scenarios.set(key, code);
    },
    async close() {
      if (closed) return;
      closed = true;
      // A later sandbox may have taken the routing over; leave that one's routing alone.
      if (routed && routedPort() === port) resetRouting();
      for (const socket of sockets) socket.destroy();
      await Promise.all([https, pages].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      await state.appCertificates.dispose();
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function handle(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const hostHeader = (req.headers.host ?? '127.0.0.1').toLowerCase();
  const hostname = hostHeader.replace(/:\d+$/, '');
  const url = new URL(req.url ?? '/', `https://${hostHeader}`);
  const body = await readBody(req);
  const entry = logEntry(req.method ?? 'GET', hostname, url.pathname, url.searchParams, req.headers, body);
  state.log.push(entry);
  const identity = cloudForLoginHost(hostname) !== undefined;

  const fault = state.takeFault(hostname, url.pathname);
  if (fault) {
    entry.fault = fault.kind;
    if (fault.kind === 'latency') {
      await delay(fault.latencyMs ?? 1000);
    } else {
      entry.status = answerFault(fault, identity, hostHeader, url.searchParams.get('client-request-id') ?? undefined, req, res);
      return;
    }
  }

  if (identity) {
    entry.status = await handleIdentity(
      state,
      { method: req.method ?? 'GET', hostHeader, hostname, path: url.pathname, query: url.searchParams, form: new URLSearchParams(body) },
      res,
    );
  } else {
    entry.status = handleSharePoint(state, { method: req.method ?? 'GET', hostname, path: url.pathname, headers: req.headers, body }, res);
  }
}

/** Sets the window title, writes the clipboard, colours and clears the screen: none of it may reach a terminal. */
const HOSTILE_TEXT = 'The request was refused\x1b]0;owned\x07 by\x1b]52;c;c2VjcmV0\x07 the \x1b[31mserver\x1b[0m\x07.';

function answerFault(fault: FaultSpec, identity: boolean, hostHeader: string, correlationId: string | undefined, req: IncomingMessage, res: ServerResponse): number | undefined {
  switch (fault.kind) {
    case 'drop':
      // Close the connection without any response.
      req.socket.destroy();
      return undefined;
    case 'malformed': {
      const text = identity ? '{"token_type":"Bearer","scope":"https://contoso-admin.sharepoint.com/.default","access_tok' : '[{"SchemaVersion":"15.0.0.0","LibraryVersion":"16.0.26417.12000","ErrorInfo":nu';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return 200;
    }
    case 'escapes': {
      if (identity) {
        // An AADSTS code the shell has no sentence for, so the server's own text is what is shown.
        const err = aadstsError(7000112, { host: hostHeader, correlationId }, { text: HOSTILE_TEXT });
        sendJson(res, err.status, err.body);
        return err.status;
      }
      const body = [{ SchemaVersion: '15.0.0.0', LibraryVersion: '16.0.26417.12000', ErrorInfo: { ErrorMessage: HOSTILE_TEXT, ErrorValue: null, TraceCorrelationId: correlationId ?? '', ErrorCode: -1, ErrorTypeName: 'Microsoft.SharePoint.Client.ServerException\x1b[2J' } }];
      sendJson(res, 200, body);
      return 200;
    }
    default: {
      const status = Number(fault.kind);
      const headers: Record<string, string> = status === 500 ? {} : { 'retry-after': String(fault.retryAfterSeconds ?? 1) };
      if (identity) {
        const code = status === 429 ? 90055 : status === 503 ? 90033 : 50000;
        const err = aadstsError(code, { host: hostHeader, correlationId }, { status });
        sendJson(res, status, err.body, headers);
      } else {
        const text = status === 429 ? '429 TOO MANY REQUESTS' : status === 503 ? '503 SERVICE UNAVAILABLE' : '500 INTERNAL SERVER ERROR';
        sendText(res, status, text, headers);
      }
      return status;
    }
  }
}
