// The system-browser sign-in on the sandbox's local page server, for people and real browsers:
// `spo --sandbox` hands the browser http://127.0.0.1:PORT/browser/<sign-in host>/<tenant>/oauth2/v2.0/authorize?…
// (the address msal made, moved onto the sandbox; see browserUrlFor) instead of a Microsoft host. The
// page asks for an account and its password, as the device-login page does, and on success answers as
// Entra ID does with response_mode=form_post: an auto-submitting form that posts code, state and
// client_info to the loopback redirect_uri. The token endpoint then checks the PKCE code_verifier (S256).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { aadstsError, type ErrorContext } from './aadsts.js';
import { escapeHtml, page, unknownActionMessage } from './device-page.js';
import { cloudForLoginHost, findUser, isKnownTenantSegment, SANDBOX_PASSWORD } from './directory.js';
import { checkAuthorizeRequest, completeAuthorization } from './identity.js';
import { readBody, type SandboxState } from './state.js';

const PREFIX = '/browser/';

/** The local page for an authorize address on a sign-in host the sandbox serves; other addresses unchanged. */
export function browserUrlFor(pageOrigin: string, authorizeUrl: string): string {
  try {
    const url = new URL(authorizeUrl);
    if (url.protocol !== 'https:' || !cloudForLoginHost(url.hostname) || !url.pathname.endsWith('/oauth2/v2.0/authorize')) return authorizeUrl;
    return `${pageOrigin}${PREFIX}${url.host}${url.pathname}${url.search}`;
  } catch {
    return authorizeUrl;
  }
}

export function isBrowserPagePath(path: string): boolean {
  return path.startsWith(PREFIX);
}

export async function handleBrowserPage(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const send = (status: number, html: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store' });
    res.end(html);
  };
  const [loginHost = '', tenantSegment = '', ...rest] = url.pathname.slice(PREFIX.length).split('/');
  const cloud = cloudForLoginHost(loginHost.replace(/:\d+$/, ''));
  if (!cloud || rest.join('/') !== 'oauth2/v2.0/authorize') return send(404, page('Not found', '<p>This is not a sign-in address of the sandbox.</p>'));

  // GET carries the authorize request in the query; the form posts it back in a hidden field.
  const fields = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : new URLSearchParams();
  const query = req.method === 'POST' ? new URLSearchParams(fields.get('request') ?? '') : url.searchParams;
  const ctx: ErrorContext = { host: loginHost, tenantSegment: decodeURIComponent(tenantSegment), clientId: query.get('client_id') ?? undefined };
  if (!isKnownTenantSegment(ctx.tenantSegment!)) {
    const e = aadstsError(90002, ctx);
    return send(400, page('Sign-in failed', `<p role="alert">${escapeHtml(String(e.body.error_description).split('\r\n')[0]!)}</p>`));
  }
  const invalid = checkAuthorizeRequest(query);
  if (invalid) return send(400, page('Sign-in failed', `<p role="alert">${escapeHtml(invalid)}</p>`));
  const redirectUri = query.get('redirect_uri')!;

  if (req.method !== 'POST') return send(200, signInForm(url.pathname, query, query.get('login_hint') ?? ''));
  // Only the form's two buttons act: anything else (a missing or made-up action) must not sign in.
  const action = fields.get('action');
  const unknown = unknownActionMessage(action, ['signin', 'cancel'], 'nobody was signed in', 'Sign in or Cancel');
  if (unknown) return send(400, signInForm(url.pathname, query, fields.get('username') ?? '', unknown));
  if (action === 'cancel') {
    const e = aadstsError(65004, ctx);
    return send(200, formPost(redirectUri, { error: String(e.body.error), error_description: String(e.body.error_description), state: query.get('state') ?? '' }));
  }
  const username = fields.get('username') ?? '';
  const user = findUser(username);
  const again = (message: string) => send(400, signInForm(url.pathname, query, username, message));
  if (!user) return again('That account does not exist in the sandbox tenant.');
  if (user.passwordBehaviour === 'locked') return again('That account is locked.');
  if (fields.get('password') !== SANDBOX_PASSWORD) return again('Your account or password is incorrect.');
  if (user.passwordBehaviour === 'expired') return again('The password of that account has expired.');
  // mfa@contoso.com signs in here: the browser is where multi-factor authentication happens.
  send(200, formPost(redirectUri, completeAuthorization(state, query, ctx, cloud, loginHost, user.upn)));
}

function signInForm(action: string, query: URLSearchParams, username: string, message = ''): string {
  return page(
    'Sandbox sign-in',
    `${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<p>Sign in to the sandbox tenant to continue to spo-shell.</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="request" value="${escapeHtml(query.toString())}">
<label>Account <input name="username" type="email" value="${escapeHtml(username || 'admin@contoso.com')}" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button name="action" value="signin">Sign in</button><button name="action" value="cancel" formnovalidate>Cancel</button>
</form>
<p class="note">Sandbox accounts use the password <code>password</code>. This page belongs to the local sandbox tenant, not to Microsoft.</p>`,
  );
}

/** Entra ID's form_post answer: the browser posts the fields to the redirect by itself. */
function formPost(redirectUri: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Working...</title></head>
<body><form method="POST" name="hiddenform" action="${escapeHtml(redirectUri)}">${inputs}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript></form>
<script>document.forms[0].submit();</script></body></html>`;
}
