// The sandbox's SharePoint endpoints, its fault switches, its request log (redaction) and its lifecycle
// (start-up time, not keeping the process alive), all through the real network module with host routing.

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { PublicClientApplication } from '@azure/msal-node';
import { Network, NetworkError } from '../src/net/network.js';
import { createMsalNetworkModule } from '../src/auth/msal-network.js';
import { startSandbox, type SandboxHandle } from '../src/sandbox/index.js';

const SPO_SHELL = '9bc3ab49-b65d-410a-85ad-de819febfddc';
const TENANT_QUERY = `<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="spo-shell" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions><ObjectPath Id="2" ObjectPathId="1" /><Query Id="3" ObjectPathId="1"><Query SelectAllProperties="false"><Properties><Property Name="RootSiteUrl" ScalarProperty="true" /></Properties></Query></Query></Actions><ObjectPaths><Constructor Id="1" TypeId="{268004ae-ef6b-4e9b-8425-127220d84719}" /></ObjectPaths></Request>`;

let sandbox: SandboxHandle;
let net: Network;

before(async () => {
  sandbox = await startSandbox();
  net = new Network({ env: {}, maxRetries: 2 });
});
after(async () => {
  await sandbox.close();
  await net.close();
});
beforeEach(() => {
  sandbox.clearFaults();
  sandbox.log.length = 0;
});

async function tokenFor(upn: string, host = 'contoso-admin.sharepoint.com'): Promise<string> {
  const res = await net.request({
    method: 'POST',
    url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token?client-request-id=11111111-2222-3333-4444-555555555555',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams({ client_id: SPO_SHELL, grant_type: 'password', username: upn, password: 'password', scope: `https://${host}/.default openid profile offline_access` }).toString(),
  });
  assert.equal(res.status, 200, res.body);
  return (JSON.parse(res.body) as { access_token: string }).access_token;
}

function processQuery(host: string, token: string | undefined, clientTag = 'TAPS (16.0.0.0)-ClientTag', sitePath = '') {
  const headers: Record<string, string> = { 'content-type': 'text/xml', 'x-clientservice-clienttag': clientTag };
  if (token) headers.authorization = `Bearer ${token}`;
  return net.request({ method: 'POST', url: `https://${host}${sitePath}/_vti_bin/client.svc/ProcessQuery`, headers, body: TENANT_QUERY });
}

describe('ProcessQuery', () => {
  test('an administrator on the admin site gets the Tenant object', async () => {
    const res = await processQuery('contoso-admin.sharepoint.com', await tokenFor('admin@contoso.com'));
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    assert.match(res.headers['microsoftsharepointteamservices'] ?? '', /^16\.0\.0\.\d+$/);
    const body = JSON.parse(res.body) as unknown[];
    assert.equal((body[0] as { ErrorInfo: unknown }).ErrorInfo, null);
    assert.deepEqual(body.slice(1, 3), [2, { IsNull: false }]);
    assert.equal(body[3], 3);
    const tenant = body[4] as Record<string, unknown>;
    assert.equal(tenant._ObjectType_, 'Microsoft.Online.SharePoint.TenantAdministration.Tenant');
    assert.equal(tenant.RootSiteUrl, 'https://contoso.sharepoint.com');
    assert.equal(sandbox.log.at(-1)!.headers['x-clientservice-clienttag'], 'TAPS (16.0.0.0)-ClientTag');
  });

  test('the root site answers 200 with "Current site is not a tenant administration site."', async () => {
    const res = await processQuery('contoso.sharepoint.com', await tokenFor('admin@contoso.com', 'contoso.sharepoint.com'));
    assert.equal(res.status, 200);
    const [header] = JSON.parse(res.body) as Array<{ ErrorInfo: Record<string, unknown> }>;
    assert.equal(header!.ErrorInfo.ErrorMessage, 'Current site is not a tenant administration site.');
    assert.equal(header!.ErrorInfo.ErrorCode, -1);
    assert.equal(header!.ErrorInfo.ErrorTypeName, 'Microsoft.Online.SharePoint.Common.SpoException');
  });

  test('a site under the admin host is not the tenant administration site; only its root is', async () => {
    const token = await tokenFor('admin@contoso.com');
    const res = await processQuery('contoso-admin.sharepoint.com', token, undefined, '/sites/foo');
    assert.equal(res.status, 200);
    const [header] = JSON.parse(res.body) as Array<{ ErrorInfo: Record<string, unknown> }>;
    assert.equal(header!.ErrorInfo.ErrorMessage, 'Current site is not a tenant administration site.');
    assert.equal(header!.ErrorInfo.ErrorTypeName, 'Microsoft.Online.SharePoint.Common.SpoException');
    const root = JSON.parse((await processQuery('contoso-admin.sharepoint.com', token)).body) as Array<{ ErrorInfo: unknown }>;
    assert.equal(root[0]!.ErrorInfo, null);
  });

  test('a signed-in account that is not a SharePoint administrator gets HTTP 200 with an Access denied ErrorInfo', async () => {
    // Reference §3.3/§6.3 S1: CSOM reports server-side errors with HTTP 200; the type name is what CSOM
    // maps to ServerUnauthorizedAccessException.
    const res = await processQuery('contoso-admin.sharepoint.com', await tokenFor('user@contoso.com'));
    assert.equal(res.status, 200);
    const [header] = JSON.parse(res.body) as Array<{ ErrorInfo: Record<string, unknown> }>;
    assert.equal(header!.ErrorInfo.ErrorTypeName, 'System.UnauthorizedAccessException');
    assert.equal(header!.ErrorInfo.ErrorCode, -2147024891);
    assert.equal(header!.ErrorInfo.ErrorMessage, 'Access denied. You do not have permission to perform this action or access this resource.');
  });

  test('a token for another site is 401 with the invalid-audience diagnostics', async () => {
    const res = await processQuery('contoso-admin.sharepoint.com', await tokenFor('admin@contoso.com', 'contoso.sharepoint.com'));
    assert.equal(res.status, 401);
    assert.equal(res.headers['x-ms-diagnostics'], `3000003;reason="Invalid audience Uri 'https://contoso.sharepoint.com'.";category="invalid_client"`);
    assert.match(res.headers['www-authenticate'] ?? '', /^Bearer realm="11111111-1111-1111-1111-111111111111",client_id="00000003-0000-0ff1-ce00-000000000000"/);
    assert.equal(JSON.parse(res.body).error_description, "Exception of type 'Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException' was thrown.");
  });

  test('no token, or a forged one, is 401', async () => {
    assert.equal((await processQuery('contoso-admin.sharepoint.com', undefined)).status, 401);
    const real = await tokenFor('admin@contoso.com');
    const [h, , s] = real.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ aud: 'https://contoso-admin.sharepoint.com', tid: '11111111-1111-1111-1111-111111111111', upn: 'admin@contoso.com', exp: 9999999999 })).toString('base64url');
    const forged = await processQuery('contoso-admin.sharepoint.com', `${h}.${forgedClaims}.${s}`);
    assert.equal(forged.status, 401);
    assert.match(forged.headers['x-ms-diagnostics'] ?? '', /^3000006;reason="Token contains invalid signature\."/);
  });

  test('other clouds have their own admin site', async () => {
    for (const host of ['contoso-admin.sharepoint.us', 'contoso-admin.sharepoint.de', 'contoso-admin.sharepoint.cn']) {
      const loginHost = host.endsWith('.us') ? 'login.microsoftonline.us' : host.endsWith('.de') ? 'login.microsoftonline.de' : 'login.partner.microsoftonline.cn';
      const t = await net.request({
        method: 'POST',
        url: `https://${loginHost}/organizations/oauth2/v2.0/token`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: SPO_SHELL, grant_type: 'password', username: 'admin@contoso.com', password: 'password', scope: `https://${host}/.default` }).toString(),
      });
      assert.equal(t.status, 200, `${host}: ${t.body}`);
      const res = await processQuery(host, (JSON.parse(t.body) as { access_token: string }).access_token);
      assert.equal(res.status, 200, host);
      assert.equal((JSON.parse(res.body) as Array<{ ErrorInfo: unknown }>)[0]!.ErrorInfo, null);
    }
  });

  test('an unknown SharePoint host is 404', async () => {
    const res = await net.request({ method: 'GET', url: 'https://fabrikam-admin.sharepoint.com/' });
    assert.equal(res.status, 404);
  });

  test('the anonymous probe answers 403 with the SharePoint build', async () => {
    const res = await net.request({ method: 'GET', url: 'https://contoso-admin.sharepoint.com/' });
    assert.equal(res.status, 403);
    assert.match(res.headers['microsoftsharepointteamservices'] ?? '', /^16\.0\.0\.\d+$/);
  });
});

describe('faults', () => {
  test('429 with Retry-After, then success (the network module waits and retries)', async () => {
    const token = await tokenFor('admin@contoso.com');
    sandbox.log.length = 0;
    sandbox.setFault({ host: /sharepoint/, kind: '429', times: 1, retryAfterSeconds: 0.2 });
    const started = Date.now();
    const res = await processQuery('contoso-admin.sharepoint.com', token);
    assert.equal(res.status, 200);
    assert.ok(Date.now() - started >= 190);
    assert.deepEqual(sandbox.log.map((r) => [r.status, r.fault]), [[429, '429'], [200, undefined]]);
  });

  test('503 on the token endpoint comes back as an Entra error body after the bounded retries', async () => {
    sandbox.setFault({ host: /^login\./, path: /\/token$/, kind: '503', retryAfterSeconds: 0.01 });
    const res = await net.request({ method: 'POST', url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token', body: '' });
    assert.equal(res.status, 503);
    assert.equal(res.headers['retry-after'], '0.01');
    assert.match(JSON.parse(res.body).error_description, /^AADSTS90033: A transient error has occurred\. Please try again\.\r\n/);
    assert.equal(sandbox.log.length, 3);
  });

  test('500 is returned with its body', async () => {
    sandbox.setFault({ host: /sharepoint/, kind: '500', times: 1 });
    const res = await processQuery('contoso-admin.sharepoint.com', 'x');
    assert.equal(res.status, 500);
    assert.equal(res.body, '500 INTERNAL SERVER ERROR');
  });

  test('a dropped connection is a NetworkError', async () => {
    sandbox.setFault({ path: /ProcessQuery/, kind: 'drop', times: 1 });
    await assert.rejects(processQuery('contoso-admin.sharepoint.com', 'x'), (e: unknown) => e instanceof NetworkError && e.code === 'UND_ERR_SOCKET');
  });

  test('a malformed token response makes msal fail with malformed_response', async () => {
    sandbox.setFault({ host: /^login\./, kind: 'malformed', times: 1 });
    const pca = new PublicClientApplication({ auth: { clientId: SPO_SHELL, authority: 'https://login.microsoftonline.com/organizations' }, system: { networkClient: createMsalNetworkModule(net) } });
    await assert.rejects(pca.acquireTokenByUsernamePassword({ scopes: ['https://contoso-admin.sharepoint.com/.default'], username: 'admin@contoso.com', password: 'password' }), (e: unknown) => {
      const err = e as { errorCode: string; errorMessage: string };
      assert.equal(err.errorCode, 'malformed_response');
      assert.match(err.errorMessage, /^POST https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/token\?client-request-id=[0-9a-f-]{36} returned HTTP 200 with a body that is not valid JSON \(application\/json; charset=utf-8\)\.$/);
      return true;
    });
  });

  test('latency delays the answer; a timeout shorter than it fires', async () => {
    sandbox.setFault({ kind: 'latency', latencyMs: 300, times: 1 });
    await assert.rejects(net.request({ method: 'GET', url: 'https://contoso-admin.sharepoint.com/', timeoutMs: 100 }), (e: unknown) => e instanceof NetworkError && e.code === 'ETIMEDOUT');
    sandbox.setFault({ kind: 'latency', latencyMs: 150, times: 1 });
    const started = Date.now();
    const res = await net.request({ method: 'GET', url: 'https://contoso-admin.sharepoint.com/' });
    assert.equal(res.status, 403);
    assert.ok(Date.now() - started >= 140);
  });

  test('faults match by host and path, count down, and clearFaults removes them', async () => {
    sandbox.setFault({ host: /^contoso\.sharepoint\.com$/, kind: '500', times: 2 });
    assert.equal((await net.request({ method: 'GET', url: 'https://contoso-admin.sharepoint.com/' })).status, 403);
    assert.equal((await net.request({ method: 'GET', url: 'https://contoso.sharepoint.com/' })).status, 500);
    assert.equal((await net.request({ method: 'GET', url: 'https://contoso.sharepoint.com/' })).status, 500);
    assert.equal((await net.request({ method: 'GET', url: 'https://contoso.sharepoint.com/' })).status, 403);
    sandbox.setFault({ kind: '500' });
    sandbox.clearFaults();
    assert.equal((await net.request({ method: 'GET', url: 'https://contoso.sharepoint.com/' })).status, 403);
  });
});

describe('request log', () => {
  test('passwords, tokens and codes never reach the log', async () => {
    const pca = new PublicClientApplication({ auth: { clientId: SPO_SHELL, authority: 'https://login.microsoftonline.com/organizations' }, system: { networkClient: createMsalNetworkModule(net) } });
    const scopes = ['https://contoso-admin.sharepoint.com/.default'];
    const r = await pca.acquireTokenByUsernamePassword({ scopes, username: 'admin@contoso.com', password: 'password' });
    await pca.acquireTokenSilent({ scopes, account: r!.account!, forceRefresh: true });
    let deviceCode = '';
    const fast = await startSandbox({ deviceCodeIntervalSeconds: 0.02 });
    try {
      const d = await pca.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (resp) => {
          deviceCode = resp.deviceCode;
          setTimeout(() => fast.approveDeviceCode(resp.userCode, 'admin@contoso.com'), 30);
        },
      });
      await processQuery('contoso-admin.sharepoint.com', d!.accessToken);
      const text = JSON.stringify([sandbox.log, fast.log]);
      assert.ok(deviceCode.length > 20);
      for (const secret of ['"password":"password"', r!.accessToken, d!.accessToken, deviceCode]) {
        assert.equal(text.includes(secret), false, `log leaks ${secret.slice(0, 12)}…`);
      }
      const grants = fast.log.concat(sandbox.log).filter((e) => e.form?.grant_type).map((e) => e.form!);
      assert.ok(grants.some((f) => f.grant_type === 'password' && f.password === '[redacted]'));
      assert.ok(grants.some((f) => f.grant_type === 'refresh_token' && f.refresh_token === '[redacted]'));
      assert.ok(grants.some((f) => f.grant_type === 'device_code' && f.device_code === '[redacted]'));
      assert.equal(fast.log.at(-1)!.authorization, true);
    } finally {
      await fast.close();
    }
  });
});

describe('lifecycle', () => {
  test('starts in well under 100 ms and does not keep the process alive', async () => {
    const moduleUrl = new URL('../src/sandbox/index.js', import.meta.url).href;
    const netUrl = new URL('../src/net/network.js', import.meta.url).href;
    // The child starts the sandbox, makes one routed request, and then simply ends its script: it must exit.
    const script = `const { startSandbox } = await import(${JSON.stringify(moduleUrl)});
      const { getNetwork } = await import(${JSON.stringify(netUrl)});
      const t = performance.now(); await startSandbox(); const ms = performance.now() - t;
      const r = await getNetwork().request({ method: 'GET', url: 'https://contoso-admin.sharepoint.com/' });
      process.stdout.write(ms.toFixed(1) + ' ' + r.status);`;
    const started = Date.now();
    const out = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--input-type=module', '-e', script], { timeout: 10_000, env: { ...process.env, HTTPS_PROXY: '', https_proxy: '' } }, (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(stdout),
      );
    });
    const [ms, status] = out.split(' ');
    assert.equal(status, '403');
    assert.ok(Number(ms) < 100, `start-up took ${ms} ms`);
    assert.ok(Date.now() - started < 5000);
  });
});
