// The sandbox identity platform driven by the real @azure/msal-node over the real network module, with
// the production host names routed to the sandbox: ROPC for every directory account, each cloud, the
// switchable AADSTS scenarios, device code (API and people's page) and silent refresh.

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { PublicClientApplication, type AuthenticationResult } from '@azure/msal-node';
import { Network } from '../src/net/network.js';
import { createMsalNetworkModule, type MsalNetworkClient } from '../src/auth/msal-network.js';
import { startSandbox, type SandboxHandle } from '../src/sandbox/index.js';
import { claimsOf, failure } from './helpers/sandbox-session.js';

const SPO_SHELL = '9bc3ab49-b65d-410a-85ad-de819febfddc';
const ADMIN_SCOPE = ['https://contoso-admin.sharepoint.com/.default'];

let sandbox: SandboxHandle;
let net: Network;
/** The network client of the app made last: it keeps the last identity error body it received. */
let client: MsalNetworkClient;

before(async () => {
  sandbox = await startSandbox({ deviceCodeIntervalSeconds: 0.02 });
  net = new Network({ env: {} });
});
after(async () => {
  await sandbox.close();
  await net.close();
});
beforeEach(() => {
  sandbox.log.length = 0;
  sandbox.clearFaults();
  for (const upn of ['*', 'admin@contoso.com', 'user@contoso.com', 'mfa@contoso.com']) sandbox.setScenario(upn, null);
});

function app(authority = 'https://login.microsoftonline.com/organizations', clientId = SPO_SHELL): PublicClientApplication {
  client = createMsalNetworkModule(net);
  return new PublicClientApplication({ auth: { clientId, authority }, system: { networkClient: client } });
}

async function ropc(username: string, password = 'password', pca = app(), scopes = ADMIN_SCOPE): Promise<AuthenticationResult> {
  const r = await pca.acquireTokenByUsernamePassword({ scopes, username, password });
  assert.ok(r, 'msal returned a result');
  return r;
}


const requests = () => sandbox.log.map((r) => `${r.method} ${r.host}${r.path}`);

describe('username/password for every directory account', () => {
  for (const upn of ['admin@contoso.com', 'admin@contoso.sharepoint.com', 'admin@contoso.onmicrosoft.com', 'user@contoso.com']) {
    test(`${upn} signs in with one token request and no discovery`, async () => {
      const r = await ropc(upn);
      assert.equal(r.account?.username, upn);
      assert.ok(r.scopes.includes('https://contoso-admin.sharepoint.com/.default'));
      const at = claimsOf(r.accessToken);
      assert.equal(at.aud, 'https://contoso-admin.sharepoint.com');
      assert.equal(at.upn, upn);
      assert.equal(typeof at.exp, 'number');
      assert.deepEqual(requests(), ['POST login.microsoftonline.com/organizations/oauth2/v2.0/token']);
      const form = sandbox.log[0]!.form!;
      assert.equal(form.grant_type, 'password');
      assert.equal(form.scope, 'https://contoso-admin.sharepoint.com/.default openid profile offline_access');
      assert.equal(sandbox.log[0]!.headers['x-anchormailbox'], `UPN: ${upn}`);
    });
  }

  test('user names are matched without regard to case', async () => {
    const r = await ropc('Admin@Contoso.com');
    assert.equal(r.account?.username, 'admin@contoso.com');
  });

  const cases: Array<[string, string, string, number, string | undefined, RegExp]> = [
    ['mfa@contoso.com', 'password', 'InteractionRequiredAuthError', 50076, 'basic_action', /^AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access 'https:\/\/contoso-admin\.sharepoint\.com'\.\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/],
    ['locked@contoso.com', 'password', 'ServerError', 50053, undefined, /AADSTS50053: The account is locked, you've tried to sign in too many times with an incorrect user ID or password\./],
    ['expired@contoso.com', 'password', 'InteractionRequiredAuthError', 50055, 'user_password_expired', /^AADSTS50055: The password is expired\.\r\n/],
    ['admin@contoso.com', 'wrong', 'ServerError', 50126, undefined, /AADSTS50126: Error validating credentials due to invalid username or password\./],
    ['nobody@contoso.com', 'password', 'ServerError', 50034, undefined, /AADSTS50034: The user account \{EUII Hidden\} does not exist in the organizations directory\./],
  ];
  for (const [upn, password, name, code, suberror, text] of cases) {
    test(`${upn} with ${password === 'password' ? 'the right' : 'a wrong'} password gives AADSTS${code}`, async () => {
      const e = await failure(ropc(upn, password));
      assert.equal(e.name, name);
      assert.equal(e.errorNo, code);
      assert.equal(e.subError || undefined, suberror);
      assert.match(e.errorMessage, text);
      assert.equal(sandbox.log.length, 1);
      assert.equal(client.lastIdentityError?.status, 400);
      assert.deepEqual(client.lastIdentityError?.body.error_codes, [code]);
      assert.equal(client.lastIdentityError?.body.correlation_id, sandbox.log[0]!.query['client-request-id']);
    });
  }
});

describe('clouds', () => {
  test('ITAR: login.microsoftonline.us for a .sharepoint.us admin site, one request', async () => {
    const r = await ropc('admin@contoso.com', 'password', app('https://login.microsoftonline.us/organizations'), ['https://contoso-admin.sharepoint.us/.default']);
    assert.equal(claimsOf(r.accessToken).aud, 'https://contoso-admin.sharepoint.us');
    assert.deepEqual(requests(), ['POST login.microsoftonline.us/organizations/oauth2/v2.0/token']);
  });

  test('China: login.chinacloudapi.cn is sent to login.partner.microsoftonline.cn', async () => {
    await ropc('admin@contoso.com', 'password', app('https://login.chinacloudapi.cn/organizations'), ['https://contoso-admin.sharepoint.cn/.default']);
    assert.deepEqual(requests(), ['POST login.partner.microsoftonline.cn/organizations/oauth2/v2.0/token']);
  });

  test('Germany: msal reads the OpenID configuration first, then posts the token request', async () => {
    await ropc('admin@contoso.com', 'password', app('https://login.microsoftonline.de/organizations'), ['https://contoso-admin.sharepoint.de/.default']);
    assert.deepEqual(requests(), [
      'GET login.microsoftonline.de/organizations/v2.0/.well-known/openid-configuration',
      'POST login.microsoftonline.de/organizations/oauth2/v2.0/token',
    ]);
  });

  for (const [cloud, login, sharePoint, region] of [
    ['Delos', 'login.sovcloud-identity.de', 'contoso-admin.sovcloud-sharepoint.de', 'GG2'],
    ['France', 'login.sovcloud-identity.fr', 'contoso-admin.sovcloud-sharepoint.fr', 'FG'],
  ] as const) {
    test(`${cloud}: ${login} for a ${sharePoint} admin site, one request (msal knows the host)`, async () => {
      const r = await ropc('admin@contoso.com', 'password', app(`https://${login}/organizations`), [`https://${sharePoint}/.default`]);
      assert.equal(claimsOf(r.accessToken).aud, `https://${sharePoint}`);
      assert.deepEqual(requests(), [`POST ${login}/organizations/oauth2/v2.0/token`]);
      const oidc = await net.request({ method: 'GET', url: `https://${login}/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration` });
      assert.equal(JSON.parse(oidc.body).tenant_region_scope, region);
    });
  }

  test('another tenant of the directory has none of contoso\'s sites: AADSTS500011 naming it', async () => {
    const e = await failure(ropc('admin@contoso.com', 'password', app('https://login.microsoftonline.com/woodgrove.onmicrosoft.com')));
    assert.equal(e.errorNo, 500011);
    assert.match(e.errorMessage, /AADSTS500011: The resource principal named https:\/\/contoso-admin\.sharepoint\.com was not found in the tenant named Woodgrove\./);
  });

  test('a SharePoint host of another cloud is AADSTS500011', async () => {
    const e = await failure(ropc('admin@contoso.com', 'password', app(), ['https://contoso-admin.sharepoint.us/.default']));
    assert.equal(e.errorNo, 500011);
    assert.match(e.errorMessage, /AADSTS500011: The resource principal named https:\/\/contoso-admin\.sharepoint\.us was not found in the tenant named Contoso\./);
  });

  test('an unknown tenant in the authority is AADSTS90002 from the token endpoint', async () => {
    const e = await failure(ropc('admin@contoso.com', 'password', app('https://login.microsoftonline.com/fabrikam.com')));
    assert.equal(e.errorNo, 90002);
    assert.match(e.errorMessage, /AADSTS90002: Tenant 'fabrikam\.com' not found\./);
  });

  test('the tenant may be named by domain or GUID', async () => {
    await ropc('admin@contoso.com', 'password', app('https://login.microsoftonline.com/contoso.onmicrosoft.com'));
    await ropc('admin@contoso.com', 'password', app('https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111'));
    assert.equal(sandbox.log.length, 2);
  });
});

describe('client applications and scenarios', () => {
  test('an unknown client id is AADSTS700016', async () => {
    const e = await failure(ropc('admin@contoso.com', 'password', app(undefined, '31359c7f-bd7e-475c-86db-fdb8c937548e')));
    assert.equal(e.errorNo, 700016);
    assert.match(e.errorMessage, /AADSTS700016: Application with identifier '31359c7f-bd7e-475c-86db-fdb8c937548e' was not found in the directory 'organizations'\./);
  });

  test('an app without public client flows is AADSTS7000218 with HTTP 401', async () => {
    const e = await failure(ropc('admin@contoso.com', 'password', app(undefined, 'b5d1f0c2-7000-4218-8000-000007000218')));
    assert.equal(e.errorNo, 7000218);
    assert.equal(e.errorCode, 'invalid_client');
    assert.equal(client.lastIdentityError?.status, 401);
  });

  const switched: Array<[number, string, string | undefined]> = [
    [53003, 'InteractionRequiredAuthError', 'message_only'],
    [65001, 'InteractionRequiredAuthError', 'consent_required'],
    [50079, 'InteractionRequiredAuthError', 'basic_action'],
    [50126, 'ServerError', undefined],
    [700016, 'ServerError', undefined],
    [7000218, 'ServerError', undefined],
    [90002, 'ServerError', undefined],
    [500011, 'ServerError', undefined],
  ];
  for (const [code, name, suberror] of switched) {
    test(`setScenario(upn, ${code}) makes that account's sign-in fail with AADSTS${code}`, async () => {
      sandbox.setScenario('admin@contoso.com', code);
      const e = await failure(ropc('admin@contoso.com'));
      assert.equal(e.name, name);
      assert.equal(e.errorNo, code);
      assert.equal(e.subError || undefined, suberror);
      // Other accounts are not affected.
      await ropc('admin@contoso.onmicrosoft.com');
      sandbox.setScenario('admin@contoso.com', null);
      await ropc('admin@contoso.com');
    });
  }

  test('setScenario("*", code) affects every account', async () => {
    sandbox.setScenario('*', 53003);
    assert.equal((await failure(ropc('user@contoso.com'))).errorNo, 53003);
    assert.equal((await failure(ropc('admin@contoso.onmicrosoft.com'))).errorNo, 53003);
  });
});

/** Resolves once the sandbox has answered a device-code poll with 400 (authorization_pending). */
async function firstPendingPoll(): Promise<void> {
  while (!sandbox.log.some((r) => r.form?.grant_type === 'device_code' && r.status === 400)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('device code', () => {
  function deviceCode(pca: PublicClientApplication, act: (userCode: string, message: string) => void): Promise<AuthenticationResult | null> {
    return pca.acquireTokenByDeviceCode({
      scopes: ADMIN_SCOPE,
      deviceCodeCallback: (r) => setTimeout(() => act(r.userCode, r.message), 60),
    });
  }

  test('pending until approved, then success for the approving account (MFA account included)', async () => {
    let shown = '';
    const r = await deviceCode(app(), (code, message) => {
      shown = message;
      assert.deepEqual(sandbox.pendingDeviceCodes(), [code]);
      // Approve only after msal's first poll was answered "pending", however slow the machine is.
      void firstPendingPoll().then(() => assert.equal(sandbox.approveDeviceCode(code, 'mfa@contoso.com'), true));
    });
    assert.equal(r?.account?.username, 'mfa@contoso.com');
    assert.match(shown, new RegExp(`^To sign in, use a web browser to open the page ${sandbox.devicePageUrl.replace(/[.:/]/g, '\\$&')} and enter the code [A-Z2-9]{9} to authenticate\\.$`));
    const paths = requests();
    assert.equal(paths[0], 'POST login.microsoftonline.com/organizations/oauth2/v2.0/devicecode');
    assert.ok(paths.length >= 3, 'polled at least twice');
    assert.ok(sandbox.log.slice(1, -1).every((r) => r.status === 400));
    assert.equal(sandbox.log.at(-1)!.status, 200);
    assert.equal(sandbox.log.at(-1)!.form!.grant_type, 'device_code');
    assert.deepEqual(sandbox.pendingDeviceCodes(), []);
  });

  test('declined: msal fails with post_request_failed and the AADSTS detail stays in lastIdentityError', async () => {
    const e = await failure(deviceCode(app(), (code) => assert.equal(sandbox.declineDeviceCode(code), true)));
    assert.equal(e.errorCode, 'post_request_failed');
    assert.equal(e.errorMessage, 'authorization_declined');
    assert.equal(client.lastIdentityError?.body.error, 'authorization_declined');
    assert.match(String(client.lastIdentityError?.body.error_description), /^AADSTS70000: The user declined to authorize this request\.\r\n/);
  });

  test('expired: expired_token with AADSTS70020', async () => {
    const e = await failure(deviceCode(app(), (code) => assert.equal(sandbox.expireDeviceCode(code), true)));
    assert.equal(e.errorMessage, 'expired_token');
    assert.match(String(client.lastIdentityError?.body.error_description), /^AADSTS70020: The provided value for the input parameter 'device_code' is not valid\. This device code has expired\./);
  });

  test('a scenario for the approving account applies to the device-code grant', async () => {
    sandbox.setScenario('admin@contoso.com', 53003);
    const e = await failure(deviceCode(app(), (code) => sandbox.approveDeviceCode(code, 'admin@contoso.com')));
    assert.equal(e.errorCode, 'post_request_failed');
    assert.deepEqual(client.lastIdentityError?.body.error_codes, [53003]);
  });

  test('approving an unknown code or account returns false', () => {
    assert.equal(sandbox.approveDeviceCode('NOPE', 'admin@contoso.com'), false);
    assert.equal(sandbox.declineDeviceCode('NOPE'), false);
  });

  test('a person approves on the device-login page', async () => {
    const r = await deviceCode(app(), (code) => {
      void (async () => {
        const page = await fetch(sandbox.devicePageUrl);
        assert.match(await page.text(), /<form method="post" action="\/devicelogin">/);
        const wrong = await fetch(sandbox.devicePageUrl, {
          method: 'POST',
          body: new URLSearchParams({ code, username: 'admin@contoso.com', password: 'nope', action: 'approve' }),
        });
        assert.equal(wrong.status, 400);
        assert.match(await wrong.text(), /Your account or password is incorrect\./);
        const ok = await fetch(sandbox.devicePageUrl, {
          method: 'POST',
          body: new URLSearchParams({ code: code.toLowerCase(), username: 'user@contoso.com', password: 'password', action: 'approve' }),
        });
        assert.equal(ok.status, 200);
        assert.match(await ok.text(), /You have signed in to the Microsoft SharePoint Online Management Shell application on your device as user@contoso\.com\./);
      })();
    });
    assert.equal(r?.account?.username, 'user@contoso.com');
  });

  test('the device-login page approves only on its Sign in button: a missing or unknown action is refused (HTTP 400) and the code stays pending', async () => {
    let checks: Promise<void> | undefined;
    const result = deviceCode(app(), (code) => {
      checks = (async () => {
        for (const [action, named] of [
          ['frobnicate', "the unknown action &#39;frobnicate&#39;"],
          ['', 'no action'],
          [null, 'no action'],
        ] as const) {
          const fields = new URLSearchParams({ code, username: 'admin@contoso.com', password: 'password' });
          if (action !== null) fields.set('action', action);
          const refused = await fetch(sandbox.devicePageUrl, { method: 'POST', body: fields });
          assert.equal(refused.status, 400, String(action));
          const html = await refused.text();
          assert.ok(html.includes(`<p role="alert">The form was sent with ${named}: nothing was approved. Use Sign in or Decline.</p>`), html);
          assert.match(html, /<form method="post" action="\/devicelogin">/, 'the form again');
          assert.deepEqual(sandbox.pendingDeviceCodes(), [code], 'still pending');
        }
        const ok = await fetch(sandbox.devicePageUrl, {
          method: 'POST',
          body: new URLSearchParams({ code, username: 'user@contoso.com', password: 'password', action: 'approve' }),
        });
        assert.equal(ok.status, 200);
      })();
      // A failed check declines the code, so that msal stops polling and the test ends at once.
      checks.catch(() => sandbox.declineDeviceCode(code));
    });
    const r = await result.catch((e: unknown) => e);
    await checks;
    assert.equal((r as AuthenticationResult | null)?.account?.username, 'user@contoso.com');
  });
});

describe('silent sign-in', () => {
  test('a cache hit makes no request; a forced refresh makes one refresh_token request', async () => {
    const pca = app();
    const first = await ropc('admin@contoso.com', 'password', pca);
    sandbox.log.length = 0;
    const again = await pca.acquireTokenSilent({ scopes: ADMIN_SCOPE, account: first.account! });
    assert.equal(again.fromCache, true);
    assert.equal(sandbox.log.length, 0);
    const refreshed = await pca.acquireTokenSilent({ scopes: ADMIN_SCOPE, account: first.account!, forceRefresh: true });
    assert.equal(refreshed.fromCache, false);
    assert.deepEqual(requests(), ['POST login.microsoftonline.com/organizations/oauth2/v2.0/token']);
    assert.equal(sandbox.log[0]!.form!.grant_type, 'refresh_token');
    assert.notEqual(refreshed.accessToken, first.accessToken);
  });

  test('another site of the tenant gets its own token through the refresh token', async () => {
    const pca = app();
    const first = await ropc('admin@contoso.com', 'password', pca);
    const root = await pca.acquireTokenSilent({ scopes: ['https://contoso.sharepoint.com/.default'], account: first.account! });
    assert.equal(claimsOf(root.accessToken).aud, 'https://contoso.sharepoint.com');
  });

  test('a refresh refused with AADSTS700082 is an InteractionRequiredAuthError bad_token', async () => {
    const pca = app();
    const first = await ropc('admin@contoso.com', 'password', pca);
    sandbox.setScenario('admin@contoso.com', 700082);
    const e = await failure(pca.acquireTokenSilent({ scopes: ADMIN_SCOPE, account: first.account!, forceRefresh: true }));
    assert.equal(e.name, 'InteractionRequiredAuthError');
    assert.equal(e.errorNo, 700082);
    assert.equal(e.subError, 'bad_token');
  });
});
