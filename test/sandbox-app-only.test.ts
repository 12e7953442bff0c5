// App-only sign-in against the sandbox with the real msal-node ConfidentialClientApplication: the
// sandbox's app registration 00000000-0000-0000-0000-000000000000 and the certificate it makes (read from
// its .pfx or from its own CurrentUser\My / LocalMachine\My), PS256 and RS256 assertions, the AADSTS
// answers for every way an assertion can be wrong, app-only tokens on SharePoint, Delos and France.

import { test, describe, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { constants, createHash, randomUUID, sign } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { findCertificateByThumbprint, msalClientCertificate, readCertificateFile, type LoadedCertificate, type MsalClientCertificate } from '../src/certificates/index.js';
import { startSandbox, type SandboxAppCertificate } from '../src/sandbox/index.js';
import { sweepAbandonedFolders } from '../src/sandbox/app-certificate.js';
import { claimsOf, failure, TENANT_QUERY, useSandbox } from './helpers/sandbox-session.js';
import { createMsalNetworkModule, type MsalNetworkClient } from '../src/auth/msal-network.js';

const APP = '00000000-0000-0000-0000-000000000000';
const UNCONSENTED_APP = 'c0c0c0c0-0000-4000-8000-000000065001';
const TENANT_ID = '11111111-1111-1111-1111-111111111111';
const ADMIN = 'https://contoso-admin.sharepoint.com';
const FIXTURES = new URL('../../test/fixtures/certificates/', import.meta.url).pathname;

const session = useSandbox();
let app: SandboxAppCertificate;
let cert: LoadedCertificate;

before(async () => {
  await session.ready();
  app = await session.sandbox.appCertificate();
  cert = await readCertificateFile(app.pfxPath, app.password);
});
beforeEach(() => {
  session.sandbox.log.length = 0;
});

/** The msal network client of the last app made: it keeps the last identity-platform error body. */
let lastClient: MsalNetworkClient;

function cca(o: { clientId?: string; tenant?: string; host?: string; clientCertificate?: MsalClientCertificate } = {}): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: o.clientId ?? APP,
      authority: `https://${o.host ?? 'login.microsoftonline.com'}/${o.tenant ?? TENANT_ID}`,
      clientCertificate: o.clientCertificate ?? msalClientCertificate(cert),
    },
    system: { networkClient: (lastClient = createMsalNetworkModule(session.net)) },
  });
}

async function token(client = cca(), scope = `${ADMIN}/.default`): Promise<string> {
  const r = await client.acquireTokenByClientCredential({ scopes: [scope] });
  assert.ok(r?.accessToken);
  return r.accessToken;
}


function processQuery(host: string, accessToken: string) {
  return session.net.request({
    method: 'POST',
    url: `https://${host}/_vti_bin/client.svc/ProcessQuery`,
    headers: { 'content-type': 'text/xml', authorization: `Bearer ${accessToken}` },
    body: TENANT_QUERY,
  });
}

describe('the app registration and its certificate', () => {
  test('a .pfx with password "password", its SHA-1 thumbprint in upper-case hex, in the sandbox\'s own stores', async () => {
    assert.match(app.pfxPath, /contoso-app\.pfx$/);
    assert.equal(app.password, 'password');
    assert.match(app.thumbprint, /^[0-9A-F]{40}$/);
    assert.equal(cert.thumbprint, app.thumbprint);
    assert.equal(cert.hasPrivateKey, true);
    assert.equal(cert.subject, 'CN=Contoso SharePoint administration (sandbox), O=Contoso');
    assert.equal(app.clientId, APP);
    const env = { SPO_CERT_STORE: app.certStoreRoot };
    for (const location of ['CurrentUser', 'LocalMachine'] as const) {
      const found = await findCertificateByThumbprint(app.thumbprint, { env, location });
      assert.equal(found.hasPrivateKey, true, location);
    }
    assert.deepEqual(readdirSync(`${app.certStoreRoot}/currentuser/my`), [`${app.thumbprint}.pfx`]);
    assert.equal(await session.sandbox.appCertificate(), app, 'made once');
  });

  test('environment(): what spo --sandbox sets', async () => {
    const env = await session.sandbox.environment();
    assert.deepEqual(Object.keys(env).sort(), ['IDENTITY_ENDPOINT', 'IDENTITY_HEADER', 'SPO_CERT_STORE', 'SPO_SANDBOX_PFX', 'SPO_SANDBOX_THUMBPRINT']);
    assert.equal(env.SPO_SANDBOX_PFX, app.pfxPath);
    assert.equal(env.SPO_SANDBOX_THUMBPRINT, app.thumbprint);
    assert.equal(env.SPO_CERT_STORE, app.certStoreRoot);
    assert.match(env.IDENTITY_ENDPOINT!, /^http:\/\/127\.0\.0\.1:\d+\/msi\/token$/);
    assert.equal(env.IDENTITY_HEADER, session.sandbox.identityHeader);
  });

  test('a second sandbox has its own files; closing removes them', async () => {
    const other = await startSandbox({ routeNetwork: false });
    const files = await other.appCertificate();
    assert.notEqual(files.pfxPath, app.pfxPath);
    assert.equal(files.thumbprint, app.thumbprint, 'one app registration, one certificate');
    await other.close();
    assert.equal(existsSync(files.pfxPath), false);
    assert.equal(existsSync(files.certStoreRoot), false);
  });

  test("a killed process's folder is removed by the next sandbox; live and recent ones stay", async () => {
    assert.match(basename(dirname(app.pfxPath)), new RegExp(`^spo-sandbox-${process.pid}-[A-Za-z0-9]{6}$`));
    const root = mkdtempSync(join(tmpdir(), 'spo-sweep-'));
    try {
      const ended = spawnSync(process.execPath, ['-e', '0']).pid!; // a process that has exited
      const hourAgo = new Date(Date.now() - 3_600_000);
      const make = (name: string, old = true) => {
        mkdirSync(join(root, name, 'stores'), { recursive: true });
        writeFileSync(join(root, name, 'contoso-app.pfx'), 'x');
        if (old) utimesSync(join(root, name), hourAgo, hourAgo);
      };
      make(`spo-sandbox-${ended}-AbC123`);
      make(`spo-sandbox-${ended}-Young1`, false);
      make(`spo-sandbox-${process.pid}-Mine12`);
      make(`spo-sandbox-${process.ppid}-Parent`);
      make('spo-sandbox-Legacy');
      make('unrelated');
      await sweepAbandonedFolders(root);
      assert.deepEqual(readdirSync(root).sort(), [`spo-sandbox-${ended}-Young1`, `spo-sandbox-${process.pid}-Mine12`, `spo-sandbox-${process.ppid}-Parent`, 'spo-sandbox-Legacy', 'unrelated'].sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('client credentials with msal-node', () => {
  test('PS256 with x5t#S256 and x5c: one token request; an app-only token that administers SharePoint', async () => {
    const accessToken = await token();
    assert.deepEqual(session.sandbox.log.map((r) => `${r.method} ${r.host}${r.path}`), [`POST login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/token`]);
    const form = session.sandbox.log[0]!.form!;
    assert.equal(form.grant_type, 'client_credentials');
    assert.equal(form.client_assertion_type, 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    assert.equal(form.client_assertion, '[redacted]');
    const claims = claimsOf(accessToken);
    assert.equal(claims.aud, ADMIN);
    assert.equal(claims.appid, APP);
    assert.equal(claims.tid, TENANT_ID);
    assert.equal(claims.idtyp, 'app');
    assert.deepEqual(claims.roles, ['Sites.FullControl.All']);
    assert.equal(claims.upn, undefined);
    assert.equal(claims.scp, undefined);
    const res = await processQuery('contoso-admin.sharepoint.com', accessToken);
    assert.equal(res.status, 200);
    const body = JSON.parse(res.body) as Array<Record<string, unknown>>;
    assert.equal(body[0]!.ErrorInfo, null);
    assert.equal(body[4]!.RootSiteUrl, 'https://contoso.sharepoint.com');
  });

  test('RS256 with the SHA-1 thumbprint (x5t), tenant given by domain, certificate from CurrentUser\\My', async () => {
    const fromStore = await findCertificateByThumbprint(app.thumbprint, { env: { SPO_CERT_STORE: app.certStoreRoot } });
    const accessToken = await token(cca({ tenant: 'contoso.onmicrosoft.com', clientCertificate: msalClientCertificate(fromStore, { sha1: true }) }));
    assert.equal(claimsOf(accessToken).appid, APP);
    assert.equal(session.sandbox.log[0]!.path, '/contoso.onmicrosoft.com/oauth2/v2.0/token');
  });

  for (const [cloud, host, sharePoint] of [
    ['Delos', 'login.sovcloud-identity.de', 'contoso-admin.sovcloud-sharepoint.de'],
    ['France', 'login.sovcloud-identity.fr', 'contoso-admin.sovcloud-sharepoint.fr'],
  ] as const) {
    test(`${cloud}: ${host} issues the token for ${sharePoint}, one request each`, async () => {
      const accessToken = await token(cca({ host }), `https://${sharePoint}/.default`);
      assert.deepEqual(session.sandbox.log.map((r) => `${r.method} ${r.host}`), [`POST ${host}`]);
      const res = await processQuery(sharePoint, accessToken);
      assert.equal(res.status, 200);
      assert.equal((JSON.parse(res.body) as Array<Record<string, unknown>>)[4]!.RootSiteUrl, `https://${sharePoint.replace('-admin', '')}`);
    });
  }

  test('an app without admin consent gets a token without roles, which SharePoint refuses', async () => {
    const accessToken = await token(cca({ clientId: UNCONSENTED_APP }));
    assert.equal(claimsOf(accessToken).roles, undefined);
    const res = await processQuery('contoso-admin.sharepoint.com', accessToken);
    assert.equal(res.status, 401);
    assert.match(res.headers['x-ms-diagnostics'] ?? '', /^3001000;/);
  });
});

describe('AADSTS answers', () => {
  const cases: Array<[string, () => ConfidentialClientApplication, number, RegExp]> = [
    ['an unknown app', () => cca({ clientId: '99999999-9999-9999-9999-999999999999' }), 700016, /^AADSTS700016: Application with identifier '99999999-9999-9999-9999-999999999999' was not found in the directory/],
    ['an unknown tenant', () => cca({ tenant: 'fabrikam.onmicrosoft.com' }), 90002, /^AADSTS90002: Tenant 'fabrikam\.onmicrosoft\.com' not found\./],
    ['the app in another tenant', () => cca({ tenant: 'woodgrove.onmicrosoft.com' }), 700016, /^AADSTS700016: Application with identifier '00000000-0000-0000-0000-000000000000' was not found in the directory 'woodgrove\.onmicrosoft\.com'\./],
  ];
  for (const [what, client, code, text] of cases) {
    test(`${what}: AADSTS${code}`, async () => {
      const e = await failure(token(client()));
      assert.equal(e.errorNo, code);
      assert.match(String(lastClient.lastIdentityError?.body.error_description), text);
    });
  }

  test('organizations instead of a tenant: msal refuses before any request; the endpoint itself answers AADSTS50059', async () => {
    const e = await failure(token(cca({ tenant: 'organizations' })));
    assert.equal(e.errorCode, 'missing_tenant_id_error');
    assert.equal(session.sandbox.log.length, 0);
    const res = await session.net.request({
      method: 'POST',
      url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: APP, scope: `${ADMIN}/.default` }).toString(),
    });
    assert.equal(res.status, 400);
    assert.match(JSON.parse(res.body).error_description, /^AADSTS50059: No tenant-identifying information found in either the request or implied by any provided credentials\.\r\n/);
  });

  test('a certificate the app does not have: AADSTS700027, the key was not found', async () => {
    const stranger = await readCertificateFile(`${FIXTURES}openssl3-default.pfx`, 'fixture-password');
    const e = await failure(token(cca({ clientCertificate: msalClientCertificate(stranger) })));
    assert.equal(e.errorNo, 700027);
    assert.equal(lastClient.lastIdentityError?.status, 401);
    assert.equal(lastClient.lastIdentityError?.body.error, 'invalid_client');
    assert.match(String(lastClient.lastIdentityError?.body.error_description), /^AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application\. \[Reason - The key was not found\., Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '00000000-0000-0000-0000-000000000000'\./);
  });

  test("the app's thumbprint signed with another key: AADSTS700027, invalid signature", async () => {
    const stranger = await readCertificateFile(`${FIXTURES}openssl3-default.pfx`, 'fixture-password');
    const forged = { ...msalClientCertificate(cert), privateKey: msalClientCertificate(stranger).privateKey };
    const e = await failure(token(cca({ clientCertificate: forged })));
    assert.equal(e.errorNo, 700027);
    assert.match(String(lastClient.lastIdentityError?.body.error_description), /^AADSTS700027: Client assertion contains an invalid signature\. \[Reason - Key was found, but use of the key to verify the signature failed\., Thumbprint of key used by client: '[0-9A-F]{40}', Found key 'Start=\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d, End=/);
  });

  test('a scope without /.default: AADSTS1002012', async () => {
    const e = await failure(token(cca(), `${ADMIN}/AllSites.FullControl`));
    assert.equal(e.errorNo, 1002012);
  });

  test('a SharePoint host of another cloud: AADSTS500011', async () => {
    const e = await failure(token(cca(), 'https://contoso-admin.sharepoint.us/.default'));
    assert.equal(e.errorNo, 500011);
  });

  test('the confidential app with a public-client grant: AADSTS7000218', async () => {
    const res = await session.net.request({
      method: 'POST',
      url: `https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/token`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: APP, scope: `${ADMIN}/.default` }).toString(),
    });
    assert.equal(res.status, 401);
    assert.match(JSON.parse(res.body).error_description, /^AADSTS7000218: /);
  });
});

describe('assertion claims, checked one by one (hand-made assertions)', () => {
  const endpoint = `https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/token`;

  function assertion(overrides: Record<string, unknown> = {}, alg: 'PS256' | 'RS256' = 'PS256'): string {
    const now = Math.floor(Date.now() / 1000);
    const header = alg === 'PS256' ? { alg, typ: 'JWT', 'x5t#S256': createHash('sha256').update(cert.rawData).digest('base64url') } : { alg, typ: 'JWT', x5t: createHash('sha1').update(cert.rawData).digest('base64url') };
    const payload = { aud: endpoint, iss: APP, sub: APP, nbf: now, exp: now + 600, jti: randomUUID(), ...overrides };
    const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    const key = msalClientCertificate(cert).privateKey;
    const signature = alg === 'PS256' ? sign('sha256', Buffer.from(input), { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }) : sign('sha256', Buffer.from(input), key);
    return `${input}.${signature.toString('base64url')}`;
  }

  async function post(clientAssertion: string) {
    const res = await session.net.request({
      method: 'POST',
      url: endpoint,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: APP,
        scope: `${ADMIN}/.default`,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: clientAssertion,
      }).toString(),
    });
    const body = JSON.parse(res.body) as Record<string, unknown>;
    return { status: res.status, code: (body.error_codes as number[] | undefined)?.[0], body };
  }

  test('a good one is accepted once; the same jti again is refused', async () => {
    const a = assertion();
    assert.equal((await post(a)).status, 200);
    assert.deepEqual([(await post(a)).code], [50027]);
    assert.equal((await post(assertion({}, 'RS256'))).status, 200);
  });

  const bad: Array<[string, () => string, number]> = [
    ['aud of another endpoint', () => assertion({ aud: 'https://login.microsoftonline.com/common/oauth2/v2.0/token' }), 700023],
    ['iss not the client id', () => assertion({ iss: '99999999-9999-9999-9999-999999999999' }), 700021],
    ['sub not the client id', () => assertion({ sub: 'someone' }), 700021],
    ['expired', () => assertion({ nbf: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 1200 }), 700024],
    ['not yet valid', () => assertion({ nbf: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 4200 }), 700024],
    ['no jti', () => assertion({ jti: undefined }), 50027],
    ['not a JWT', () => 'not-a-jwt', 50027],
    ['a tampered payload', () => assertion().replace(/\.([^.]+)\./, (_m, p: string) => `.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: APP, extra: 1 })).toString('base64url')}.`), 700027],
  ];
  for (const [what, make, code] of bad) {
    test(`${what}: AADSTS${code}`, async () => {
      const r = await post(make());
      assert.equal(r.code, code);
      assert.equal(r.status, 401);
      assert.equal(r.body.error, 'invalid_client');
    });
  }
});
