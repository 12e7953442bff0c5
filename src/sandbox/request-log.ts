// Building the sandbox's request log entries. Secrets in form bodies and query strings are replaced before
// anything is stored, so a test (or a person) reading the log never sees a password, token or code.

import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxRequest } from './state.js';

const SECRET_FIELDS = new Set(['password', 'refresh_token', 'code', 'device_code', 'code_verifier', 'client_assertion', 'client_secret', 'assertion', 'access_token', 'id_token']);
const LOGGED_HEADERS = ['x-clientservice-clienttag', 'x-anchormailbox', 'user-agent', 'content-type', 'accept', 'client-request-id', 'x-requestforceauthentication', 'x-forms_based_auth_accepted', 'proxy-authorization'];

export const REDACTED = '[redacted]';

function redactParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) out[key] = SECRET_FIELDS.has(key.toLowerCase()) ? REDACTED : value;
  return out;
}

export function logEntry(method: string, host: string, path: string, query: URLSearchParams, headers: IncomingHttpHeaders, body: string): SandboxRequest {
  const selected: Record<string, string> = {};
  for (const name of LOGGED_HEADERS) {
    const value = headers[name];
    if (value === undefined) continue;
    selected[name] = name === 'proxy-authorization' ? REDACTED : Array.isArray(value) ? value.join(', ') : value;
  }
  const entry: SandboxRequest = {
    time: new Date().toISOString(),
    method,
    host,
    path,
    query: redactParams(query),
    headers: selected,
    authorization: headers.authorization !== undefined,
  };
  if (String(headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    entry.form = redactParams(new URLSearchParams(body));
  }
  return entry;
}
