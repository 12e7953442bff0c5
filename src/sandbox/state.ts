// Mutable state of one running sandbox, shared by its identity and SharePoint endpoints and exposed to
// tests through the handle's control surface.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppCertificateFiles } from './app-certificate.js';
import { APP_REGISTRATIONS } from './directory.js';
import { TokenSigner } from './tokens.js';

/** What a fault does to a matching request. 'escapes': an error whose server text carries terminal
 *  control sequences (window title, clipboard, colours), as a hostile server or proxy could send. */
export const FAULT_KINDS = ['latency', '429', '503', '500', 'drop', 'malformed', 'escapes'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  /** Matches the request's host name (no port); absent: every host. */
  host?: RegExp;
  /** Matches the request path (no query); absent: every path. */
  path?: RegExp;
  kind: FaultKind;
  /** How many matching requests it affects; absent: until clearFaults(). */
  times?: number;
  /** For 429/503: the Retry-After header in seconds (fractions allowed for fast tests); default 1. */
  retryAfterSeconds?: number;
  /** For latency: the delay before the request is handled normally; default 1000. */
  latencyMs?: number;
}

export interface SandboxRequest {
  time: string;
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  /** Selected request headers (lower-case names); Authorization is never stored. */
  headers: Record<string, string>;
  /** Whether an Authorization header was present. */
  authorization: boolean;
  /** Form fields of a urlencoded body, with secrets replaced by "[redacted]". */
  form?: Record<string, string>;
  status?: number;
  fault?: FaultSpec['kind'];
}

export interface DeviceCodeEntry {
  userCode: string;
  deviceCode: string;
  clientId: string;
  resource: string;
  scope: string;
  loginHost: string;
  expiresAt: number;
  state: 'pending' | 'approved' | 'declined' | 'expired' | 'redeemed';
  upn?: string;
}

export interface RefreshTokenEntry {
  upn: string;
  clientId: string;
  loginHost: string;
}

export interface SandboxOptions {
  deviceCodeIntervalSeconds: number;
  deviceCodeExpiresInSeconds: number;
  accessTokenLifetimeSeconds: number;
  /** Account used when the authorize endpoint acts as the browser and no login_hint is given. */
  browserUser: string;
}

export class SandboxState {
  readonly signer = new TokenSigner();
  readonly log: SandboxRequest[] = [];
  readonly faults: Array<FaultSpec & { remaining: number }> = [];
  /** upn (lower case) or "*" → AADSTS code forced on that account's grants. */
  readonly scenarios = new Map<string, number>();
  readonly deviceCodes = new Map<string, DeviceCodeEntry>(); // by device_code
  readonly refreshTokens = new Map<string, RefreshTokenEntry>();
  readonly authCodes = new Map<string, { upn: string; clientId: string; redirectUri: string; challenge: string; scope: string; loginHost: string }>();
  devicePageUrl = '';
  /** http://127.0.0.1:PORT of the people's pages (device login, browser sign-in, managed identity). */
  pageOrigin = '';
  /** The app registration's certificate and its files, made on first use. */
  readonly appCertificates = new AppCertificateFiles(Object.keys(APP_REGISTRATIONS)[0]!);
  /** jti of every client assertion accepted: each may be used once. */
  readonly usedAssertionIds = new Set<string>();
  /** The secret the managed-identity endpoint expects in X-IDENTITY-HEADER (IDENTITY_HEADER). */
  readonly identityHeader = randomBytes(16).toString('hex');

  constructor(readonly options: SandboxOptions) {}

  scenarioFor(upn: string | undefined): number | undefined {
    return (upn ? this.scenarios.get(upn.toLowerCase()) : undefined) ?? this.scenarios.get('*');
  }

  takeFault(host: string, path: string): FaultSpec | undefined {
    const index = this.faults.findIndex((f) => (!f.host || f.host.test(host)) && (!f.path || f.path.test(path)));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }

  findDeviceCodeByUserCode(code: string): DeviceCodeEntry | undefined {
    const wanted = code.replace(/[\s-]/g, '').toUpperCase();
    for (const entry of this.deviceCodes.values()) if (entry.userCode === wanted) return entry;
    return undefined;
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store, no-cache',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
