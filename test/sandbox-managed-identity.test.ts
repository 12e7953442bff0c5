// The sandbox's managed-identity endpoint with the real msal-node ManagedIdentityApplication. msal keeps
// the identity source and its token cache in static fields, decided on first use from the environment, so
// each scenario runs in a child process whose environment is complete before msal loads. The child also
// refuses, before msal sees it, any request that is not for 127.0.0.1: nothing ever goes to IMDS
// (169.254.169.254) or anywhere else.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { claimsOf, TENANT_QUERY, useSandbox } from './helpers/sandbox-session.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const NETWORK_URL = new URL('../src/net/network.js', import.meta.url).href;
const MSAL_NETWORK_URL = new URL('../src/auth/msal-network.js', import.meta.url).href;
const ADMIN = 'https://contoso-admin.sharepoint.com';
const USER_ASSIGNED = '00000000-0000-0000-0000-000000000000';

const session = useSandbox();

/** Every variable msal-node reads to choose a managed-identity source, so none leaks in from the machine. */
const SOURCE_VARIABLES = ['IDENTITY_ENDPOINT', 'IDENTITY_HEADER', 'IDENTITY_SERVER_THUMBPRINT', 'IMDS_ENDPOINT', 'MSI_ENDPOINT', 'MSI_SECRET', 'AZURE_POD_IDENTITY_AUTHORITY_HOST', 'DEFAULT_IDENTITY_CLIENT_ID'];

interface ChildResult {
  ok: boolean;
  accessToken?: string;
  expiresOn?: string;
  name?: string;
  errorCode?: string;
  errorMessage?: string;
  urls: string[];
}

/** Runs msal's ManagedIdentityApplication in a fresh process with the sandbox's IDENTITY_* set. */
function runChild(identity: { userAssignedClientId?: string }, envOverrides: Record<string, string> = {}): Promise<ChildResult> {
  const script = `
    const endpoint = process.env.IDENTITY_ENDPOINT ?? '';
    if (!/^http:\\/\\/127\\.0\\.0\\.1:\\d+\\//.test(endpoint) || !process.env.IDENTITY_HEADER) throw new Error('IDENTITY_ENDPOINT/IDENTITY_HEADER must point at the sandbox before msal loads');
    const { ManagedIdentityApplication } = await import('@azure/msal-node');
    const { Network } = await import(${JSON.stringify(NETWORK_URL)});
    const net = new Network({ env: {} });
    const { createMsalNetworkModule } = await import(${JSON.stringify(MSAL_NETWORK_URL)});
    const inner = createMsalNetworkModule(net);
    const urls = [];
    const guard = (url) => {
      urls.push(url);
      if (new URL(url).hostname !== '127.0.0.1') throw new Error('refused a request outside 127.0.0.1: ' + url);
    };
    const networkClient = {
      sendGetRequestAsync: (url, options, timeout) => (guard(url), inner.sendGetRequestAsync(url, options, timeout)),
      sendPostRequestAsync: (url, options) => (guard(url), inner.sendPostRequestAsync(url, options)),
    };
    const id = ${JSON.stringify(identity.userAssignedClientId ?? null)};
    const app = new ManagedIdentityApplication({
      ...(id ? { managedIdentityIdParams: { userAssignedClientId: id } } : {}),
      system: { networkClient, disableInternalRetries: true },
    });
    let out;
    try {
      const r = await app.acquireToken({ resource: ${JSON.stringify(ADMIN)} });
      out = { ok: true, accessToken: r.accessToken, expiresOn: r.expiresOn?.toISOString(), urls };
    } catch (e) {
      out = { ok: false, name: e.name, errorCode: e.errorCode, errorMessage: e.errorMessage ?? e.message, urls };
    }
    await net.close();
    process.stdout.write(JSON.stringify(out));`;
  const env: NodeJS.ProcessEnv = { ...process.env, HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '', NO_PROXY: '127.0.0.1,localhost' };
  for (const name of SOURCE_VARIABLES) delete env[name];
  Object.assign(env, { IDENTITY_ENDPOINT: session.sandbox.managedIdentityEndpoint, IDENTITY_HEADER: session.sandbox.identityHeader }, envOverrides);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env, timeout: 20_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr || error.message));
      else resolve(JSON.parse(stdout) as ChildResult);
    });
  });
}

async function administers(accessToken: string): Promise<boolean> {
  const res = await session.net.request({
    method: 'POST',
    url: `${ADMIN}/_vti_bin/client.svc/ProcessQuery`,
    headers: { 'content-type': 'text/xml', authorization: `Bearer ${accessToken}` },
    body: TENANT_QUERY,
  });
  return res.status === 200 && (JSON.parse(res.body) as Array<{ ErrorInfo?: unknown }>)[0]!.ErrorInfo === null;
}

describe('managed identity (App Service style endpoint)', () => {
  test('system-assigned: one GET with api-version 2019-08-01, the resource and the identity header; a SharePoint administrator', async () => {
    session.sandbox.log.length = 0;
    const r = await runChild({});
    assert.equal(r.ok, true, r.errorMessage);
    assert.deepEqual(r.urls.map((u) => new URL(u).origin), [new URL(session.sandbox.managedIdentityEndpoint).origin]);
    assert.equal(session.sandbox.log.length, 1);
    const logged = session.sandbox.log[0]!;
    assert.equal(`${logged.method} ${logged.path}`, 'GET /msi/token');
    assert.deepEqual(logged.query, { 'api-version': '2019-08-01', resource: ADMIN });
    const claims = claimsOf(r.accessToken!);
    assert.equal(claims.aud, ADMIN);
    assert.equal(claims.idtyp, 'app');
    assert.deepEqual(claims.roles, ['Sites.FullControl.All']);
    assert.equal(claims.upn, undefined);
    assert.match(String(claims.xms_mirid), /\/providers\/Microsoft\.Web\/sites\//);
    assert.ok(new Date(r.expiresOn!).getTime() > Date.now() + 3000_000);
    assert.equal(await administers(r.accessToken!), true);
  });

  test(`user-assigned ${USER_ASSIGNED}: client_id in the query; a SharePoint administrator`, async () => {
    session.sandbox.log.length = 0;
    const r = await runChild({ userAssignedClientId: USER_ASSIGNED });
    assert.equal(r.ok, true, r.errorMessage);
    assert.equal(session.sandbox.log[0]!.query.client_id, USER_ASSIGNED);
    const claims = claimsOf(r.accessToken!);
    assert.equal(claims.appid, USER_ASSIGNED);
    assert.match(String(claims.xms_mirid), /userAssignedIdentities\/contoso-spo-admin$/);
    assert.equal(await administers(r.accessToken!), true);
  });

  test('an unknown user-assigned client id: the endpoint says none was found (one request, no retries)', async () => {
    session.sandbox.log.length = 0;
    const r = await runChild({ userAssignedClientId: '99999999-9999-9999-9999-999999999999' });
    assert.equal(r.ok, false);
    assert.match(r.errorMessage!, /No User Assigned or Delegated Managed Identity found for specified ClientId\/ResourceId\/PrincipalId\./);
    assert.equal(session.sandbox.log.length, 1);
    assert.equal(session.sandbox.log[0]!.status, 400);
  });

  test('a wrong IDENTITY_HEADER is refused', async () => {
    const r = await runChild({}, { IDENTITY_HEADER: 'not-the-secret' });
    assert.equal(r.ok, false);
    assert.match(r.errorMessage!, /X-IDENTITY-HEADER/);
  });

  test('the endpoint checks api-version and resource, and never logs the identity header', async () => {
    const base = session.sandbox.managedIdentityEndpoint;
    const headers = { 'x-identity-header': session.sandbox.identityHeader };
    const old = await session.net.request({ method: 'GET', url: `${base}?api-version=2017-09-01&resource=${encodeURIComponent(ADMIN)}`, headers });
    assert.equal(old.status, 400);
    const graph = await session.net.request({ method: 'GET', url: `${base}?api-version=2019-08-01&resource=${encodeURIComponent('https://graph.microsoft.com')}`, headers });
    assert.equal(graph.status, 400);
    assert.match(JSON.parse(graph.body).message, /^AADSTS500011: /);
    assert.equal(JSON.stringify(session.sandbox.log).includes(session.sandbox.identityHeader), false);
  });
});
