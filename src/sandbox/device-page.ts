// The sandbox's device-login page for people: http://127.0.0.1:PORT/devicelogin. A form takes the code the
// shell shows, an account and its password, and approves (or declines) the waiting device-code sign-in.
// Plain HTTP on loopback so any browser opens it without certificate warnings.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { findUser, SANDBOX_PASSWORD } from './directory.js';
import { readBody, type SandboxState } from './state.js';

/**
 * What a sandbox form says when it was sent with an action none of its buttons has (missing, empty or
 * made up): such a request changes nothing. Undefined for one of the buttons' `actions`.
 */
export function unknownActionMessage(action: string | null, actions: readonly string[], unchanged: string, buttons: string): string | undefined {
  if (action !== null && actions.includes(action)) return undefined;
  const named = action === null || action === '' ? 'no action' : `the unknown action '${action}'`;
  return `The form was sent with ${named}: ${unchanged}. Use ${buttons}.`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin-top:.8rem}input{width:100%;padding:.4rem;font-size:1rem}
button{margin-top:1rem;margin-right:.5rem;padding:.5rem 1rem;font-size:1rem}.note{color:#555;font-size:.9rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${content}</body></html>`;
}

function form(message = ''): string {
  return page(
    'Sandbox device sign-in',
    `${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
<p>Enter the code shown in spo-shell, then sign in to the sandbox tenant.</p>
<form method="post" action="/devicelogin">
<label>Code <input name="code" autocomplete="off" required></label>
<label>Account <input name="username" value="admin@contoso.com" required></label>
<label>Password <input name="password" type="password" required></label>
<button name="action" value="approve">Sign in</button><button name="action" value="decline" formnovalidate>Decline</button>
</form>
<p class="note">Sandbox accounts use the password <code>password</code>. This page belongs to the local sandbox tenant, not to Microsoft.</p>`,
  );
}

export async function handleDevicePage(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const send = (status: number, html: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store' });
    res.end(html);
  };
  if (path !== '/devicelogin' && path !== '/') return send(404, page('Not found', '<p>Open <a href="/devicelogin">/devicelogin</a>.</p>'));
  if (req.method !== 'POST') return send(200, form());

  const fields = new URLSearchParams(await readBody(req));
  // Only the form's two buttons act: anything else (a missing or made-up action) must not approve.
  const action = fields.get('action');
  const unknown = unknownActionMessage(action, ['approve', 'decline'], 'nothing was approved', 'Sign in or Decline');
  if (unknown) return send(400, form(unknown));
  const entry = state.findDeviceCodeByUserCode(fields.get('code') ?? '');
  if (!entry || entry.state !== 'pending' || Date.now() > entry.expiresAt) {
    return send(400, form('That code is not valid or has expired. Check the code shown in spo-shell and try again.'));
  }
  if (action === 'decline') {
    entry.state = 'declined';
    return send(200, page('Sign-in declined', '<p>You declined the sign-in. You can close this window.</p>'));
  }
  const user = findUser(fields.get('username') ?? '');
  if (!user) return send(400, form('That account does not exist in the sandbox tenant.'));
  if (user.passwordBehaviour === 'locked') return send(400, form('That account is locked.'));
  if (fields.get('password') !== SANDBOX_PASSWORD) return send(400, form('Your account or password is incorrect.'));
  if (user.passwordBehaviour === 'expired') return send(400, form('The password of that account has expired.'));
  entry.state = 'approved';
  entry.upn = user.upn;
  send(200, page('Signed in', `<p>You have signed in to the Microsoft SharePoint Online Management Shell application on your device as ${escapeHtml(user.upn)}. You may now close this window.</p>`));
}
