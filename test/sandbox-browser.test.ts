// The system-browser sign-in on the sandbox's local page, exercised with plain HTTP requests playing the
// browser (a real-chromium test comes later): the real msal-node acquireTokenInteractive opens the
// address, the page shows the account/password form, and the answer is Entra's auto-submitting
// form_post to msal's loopback redirect; the token endpoint checks the PKCE code_verifier (S256).

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { PublicClientApplication } from '@azure/msal-node';
import { useSandbox } from './helpers/sandbox-session.js';
import { createMsalNetworkModule } from '../src/auth/msal-network.js';

const SPO_SHELL = '9bc3ab49-b65d-410a-85ad-de819febfddc';
const ADMIN_SCOPE = 'https://contoso-admin.sharepoint.com/.default';

const session = useSandbox();

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

/** The hidden and named inputs of the page's first form, and where it posts. */
function formOf(html: string, base: string): { action: string; fields: Record<string, string> } {
  const form = /<form\b[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  assert.ok(form, `no form in ${html.slice(0, 200)}`);
  const fields: Record<string, string> = {};
  for (const m of form[2]!.matchAll(/<input\b[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)) fields[unescapeHtml(m[1]!)] = unescapeHtml(m[2]!);
  return { action: new URL(unescapeHtml(form[1]!), base).href, fields };
}

interface Browser {
  /** Pages seen, in order (status and title). */
  pages: string[];
  /** The form_post the sandbox asked the browser to make. */
  posted?: Record<string, string>;
}

/** Plays a browser that opens the address, fills in the sign-in form and follows the auto-submitting form. */
async function browse(url: string, account: { username: string; password: string; action?: 'signin' | 'cancel' }, browser: Browser): Promise<void> {
  const get = await session.net.request({ method: 'GET', url });
  browser.pages.push(`${get.status} ${/<title>([^<]*)/.exec(get.body)?.[1]}`);
  const signIn = formOf(get.body, url);
  assert.match(get.body, /<input name="password" type="password"/);
  const post = await session.net.request({
    method: 'POST',
    url: signIn.action,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...signIn.fields, username: account.username, password: account.password, action: account.action ?? 'signin' }).toString(),
  });
  browser.pages.push(`${post.status} ${/<title>([^<]*)/.exec(post.body)?.[1]}`);
  if (post.status !== 200) return;
  assert.match(post.body, /<script>document\.forms\[0\]\.submit\(\);<\/script>/);
  const auto = formOf(post.body, signIn.action);
  browser.posted = auto.fields;
  await session.net.request({ method: 'POST', url: auto.action, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(auto.fields).toString() });
}

function pca(): PublicClientApplication {
  return new PublicClientApplication({
    auth: { clientId: SPO_SHELL, authority: 'https://login.microsoftonline.com/organizations' },
    system: { networkClient: createMsalNetworkModule(session.net) },
  });
}

describe('system browser sign-in with msal-node acquireTokenInteractive', () => {
  test('the address moves to the local page; form, then form_post to the loopback; the token request carries the PKCE verifier', async () => {
    session.sandbox.log.length = 0;
    const browser: Browser = { pages: [] };
    let opened = '';
    const result = await pca().acquireTokenInteractive({
      scopes: [ADMIN_SCOPE],
      openBrowser: async (url) => {
        opened = session.sandbox.browserUrl(url);
        void browse(opened, { username: 'admin@contoso.com', password: 'password' }, browser);
      },
    });
    assert.match(opened, /^http:\/\/127\.0\.0\.1:\d+\/browser\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/authorize\?/);
    const q = new URL(opened).searchParams;
    assert.equal(q.get('response_mode'), 'form_post');
    assert.equal(q.get('code_challenge_method'), 'S256');
    assert.deepEqual(browser.pages, ['200 Sandbox sign-in', '200 Working...']);
    assert.deepEqual(Object.keys(browser.posted!).sort(), ['client_info', 'code', 'state']);
    assert.equal(browser.posted!.state, q.get('state'));
    assert.equal(result.account?.username, 'admin@contoso.com');
    assert.deepEqual(session.sandbox.log.map((r) => `${r.method} ${r.path}`), ['POST /organizations/oauth2/v2.0/token']);
    const form = session.sandbox.log[0]!.form!;
    assert.equal(form.grant_type, 'authorization_code');
    assert.equal(form.code_verifier, '[redacted]');
  });

  test('MFA accounts sign in in the browser', async () => {
    const browser: Browser = { pages: [] };
    const result = await pca().acquireTokenInteractive({
      scopes: [ADMIN_SCOPE],
      openBrowser: async (url) => void browse(session.sandbox.browserUrl(url), { username: 'mfa@contoso.com', password: 'password' }, browser),
    });
    assert.equal(result.account?.username, 'mfa@contoso.com');
  });

  test('Cancel: the loopback gets access_denied (AADSTS65004) and msal fails with it', async () => {
    const browser: Browser = { pages: [] };
    const error = await pca()
      .acquireTokenInteractive({
        scopes: [ADMIN_SCOPE],
        openBrowser: async (url) => void browse(session.sandbox.browserUrl(url), { username: 'admin@contoso.com', password: 'x', action: 'cancel' }, browser),
      })
      .then(
        () => undefined,
        (e: unknown) => e as { errorCode: string; errorMessage: string },
      );
    assert.equal(browser.posted?.error, 'access_denied');
    assert.match(browser.posted!.error_description!, /^AADSTS65004: User declined to consent to access the app\.\r\n/);
    assert.equal(error?.errorCode, 'access_denied');
  });
});

describe('the sign-in page', () => {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  let loopback = '';
  let received: URLSearchParams[] = [];
  let stop: () => Promise<void>;

  before(async () => {
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push(new URLSearchParams(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    loopback = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    stop = () => new Promise((resolve) => server.close(() => resolve()));
  });
  after(() => stop());

  function authorizeUrl(extra: Record<string, string> = {}): string {
    const q = new URLSearchParams({
      client_id: SPO_SHELL,
      scope: `${ADMIN_SCOPE} openid profile offline_access`,
      redirect_uri: loopback,
      response_type: 'code',
      response_mode: 'form_post',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'state-1',
      ...extra,
    });
    return session.sandbox.browserUrl(`https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?${q}`);
  }

  async function codeFor(username = 'admin@contoso.com'): Promise<string> {
    received = [];
    const browser: Browser = { pages: [] };
    await browse(authorizeUrl(), { username, password: 'password' }, browser);
    assert.equal(received.length, 1);
    return received[0]!.get('code')!;
  }

  function redeem(code: string, codeVerifier: string) {
    return session.net.request({
      method: 'POST',
      url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: SPO_SHELL, grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: loopback, scope: ADMIN_SCOPE }).toString(),
    });
  }

  test('PKCE: a wrong code_verifier is refused (and uses the code up); the right one gets tokens, once', async () => {
    const wrong = await redeem(await codeFor(), randomBytes(32).toString('base64url'));
    assert.equal(wrong.status, 400);
    assert.equal(JSON.parse(wrong.body).error, 'invalid_grant');
    const code = await codeFor();
    const right = await redeem(code, verifier);
    assert.equal(right.status, 200);
    assert.ok(JSON.parse(right.body).access_token);
    assert.equal((await redeem(code, verifier)).status, 400, 'a code is good for one redemption');
  });

  test('a wrong password, an unknown or a locked account: the form again, with the reason', async () => {
    for (const [username, password, reason] of [
      ['admin@contoso.com', 'wrong', 'Your account or password is incorrect.'],
      ['nobody@contoso.com', 'password', 'That account does not exist in the sandbox tenant.'],
      ['locked@contoso.com', 'password', 'That account is locked.'],
    ] as const) {
      received = [];
      const page = await session.net.request({ method: 'GET', url: authorizeUrl() });
      const form = formOf(page.body, authorizeUrl());
      const res = await session.net.request({ method: 'POST', url: form.action, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form.fields, username, password, action: 'signin' }).toString() });
      assert.equal(res.status, 400);
      assert.ok(res.body.includes(`<p role="alert">${reason.replace("'", '&#39;')}</p>`), reason);
      assert.match(res.body, /<input name="password" type="password"/);
      assert.equal(received.length, 0);
    }
  });

  test('only the Sign in and Cancel buttons act: a missing or unknown action is refused (HTTP 400) and signs nobody in', async () => {
    for (const [action, named] of [
      ['approve', "the unknown action &#39;approve&#39;"],
      ['', 'no action'],
      [null, 'no action'],
    ] as const) {
      received = [];
      const page = await session.net.request({ method: 'GET', url: authorizeUrl() });
      const form = formOf(page.body, authorizeUrl());
      const fields = new URLSearchParams({ ...form.fields, username: 'admin@contoso.com', password: 'password' });
      if (action !== null) fields.set('action', action);
      const res = await session.net.request({ method: 'POST', url: form.action, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: fields.toString() });
      assert.equal(res.status, 400, String(action));
      assert.ok(res.body.includes(`<p role="alert">The form was sent with ${named}: nobody was signed in. Use Sign in or Cancel.</p>`), res.body);
      assert.match(res.body, /<input name="password" type="password"/, 'the form again');
      assert.equal(received.length, 0, 'nothing reached the loopback');
    }
    // The same request then signs in from the form's own button.
    assert.ok(await codeFor());
  });

  test('requests the sandbox cannot serve are explained on the page', async () => {
    const plain = await session.net.request({ method: 'GET', url: authorizeUrl({ response_mode: 'query' }) });
    assert.equal(plain.status, 400);
    assert.match(plain.body, /needs response_mode=form_post/);
    const tenant = await session.net.request({ method: 'GET', url: authorizeUrl().replace('/organizations/', '/fabrikam.com/') });
    assert.equal(tenant.status, 400);
    assert.match(tenant.body, /AADSTS90002: Tenant &#39;fabrikam\.com&#39; not found\./);
  });

  test('browserUrl maps only the sandbox\'s sign-in hosts', () => {
    const delos = session.sandbox.browserUrl('https://login.sovcloud-identity.de/contoso.onmicrosoft.com/oauth2/v2.0/authorize?a=1');
    assert.match(delos, /^http:\/\/127\.0\.0\.1:\d+\/browser\/login\.sovcloud-identity\.de\/contoso\.onmicrosoft\.com\/oauth2\/v2\.0\/authorize\?a=1$/);
    assert.equal(session.sandbox.browserUrl('https://example.com/x'), 'https://example.com/x');
  });
});
