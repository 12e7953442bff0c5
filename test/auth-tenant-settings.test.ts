// Issue 12 item 8: the sign-in settings do what they say. "tenantId" puts the tenant in the sign-in
// authority for a user (a single-tenant app registration gets AADSTS50194 at /organizations);
// "copyDeviceCodeToClipboard" sends the code to the terminal's clipboard (OSC 52) from a terminal
// host; "autoOpenLinksInBrowser" opens the device-login page with the platform opener ($BROWSER,
// stubbed here with a program that only records the address: nothing is opened beyond 127.0.0.1).

import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Network } from '../src/net/network.js';
import { settingsPath } from '../src/config/settings.js';
import { PlainHost } from '../src/host/plain-host.js';
import { LineReader } from '../src/host/line-reader.js';
import { InkHost, type ConsoleSurface } from '../src/host/ink-host.js';
import type { Host, SignInPanel } from '../src/host/host.js';
import { TestHost } from './helpers/test-host.js';
import { CONNECT_AS_ADMIN, shellOn, useSandbox } from './helpers/auth-sandbox.js';

const handle = useSandbox('spo-auth-tenant-', { deviceCodeIntervalSeconds: 0.05 });
/** The sandbox's single-tenant public client ("Accounts in this organizational directory only"). */
const SINGLE_TENANT_APP = 'c0ffee00-5019-4000-8000-000000050194';
const CONTOSO_ID = '11111111-1111-1111-1111-111111111111';
const ADMIN = 'https://contoso-admin.sharepoint.com';

function writeSettings(settings: object): void {
  mkdirSync(join(settingsPath(), '..'), { recursive: true });
  writeFileSync(settingsPath(), JSON.stringify(settings));
}

beforeEach(() => {
  rmSync(settingsPath(), { force: true });
  delete process.env.SPO_CLIENT_ID;
});

const tokenPaths = () => handle.current.log.filter((r) => r.path.endsWith('/token')).map((r) => r.path);

test('a single-tenant app at /organizations: AADSTS50194 explained, with the setting that fixes it', async () => {
  process.env.SPO_CLIENT_ID = SINGLE_TENANT_APP;
  const host = new TestHost();
  await shellOn(host, new Network()).run(CONNECT_AS_ADMIN);
  assert.deepEqual(tokenPaths(), ['/organizations/oauth2/v2.0/token']);
  assert.match(
    host.errors,
    new RegExp(
      `^Connect-SPOService: The application ${SINGLE_TENANT_APP} \\(from SPO_CLIENT_ID\\) is registered for a single tenant, so it cannot sign in at /organizations\\. Set "tenantId" in ${settingsPath().replace(/[.\\\\/]/g, '\\$&')} to your tenant's id or domain \\(for example contoso\\.onmicrosoft\\.com\\), or make the app registration multi-tenant\\.\\nAADSTS50194 \\| Correlation ID: `,
    ),
  );
});

test('tenantId (a domain or an id) goes into the authority, and the single-tenant app signs in', async () => {
  process.env.SPO_CLIENT_ID = SINGLE_TENANT_APP;
  for (const tenant of ['contoso.onmicrosoft.com', CONTOSO_ID]) {
    handle.current.log.length = 0;
    writeSettings({ tenantId: tenant });
    const host = new TestHost();
    const sh = shellOn(host, new Network());
    await sh.run(`${CONNECT_AS_ADMIN} -Verbose`);
    assert.equal(host.errors, '');
    assert.equal(sh.session.connection?.account, 'admin@contoso.com');
    assert.deepEqual(tokenPaths(), [`/${tenant}/oauth2/v2.0/token`]);
    assert.ok(host.text('verbose').includes(`VERBOSE: Authority: https://login.microsoftonline.com/${tenant} (the tenant from "tenantId" in ${settingsPath()})\n`));
  }
});

test('tenantId with -AuthenticationUrl: a bare sign-in host takes it, a tenant in the URL wins; app-only keeps -TenantId', async () => {
  writeSettings({ tenantId: 'contoso.onmicrosoft.com' });
  const host = new TestHost();
  const sh = shellOn(host, new Network());
  await sh.run(`${CONNECT_AS_ADMIN} -AuthenticationUrl https://login.microsoftonline.com`);
  await sh.run(`${CONNECT_AS_ADMIN} -AuthenticationUrl https://login.microsoftonline.com/organizations`);
  const app = await handle.current.appCertificate();
  await sh.run(
    `Connect-SPOService -Url ${ADMIN} -ClientId ${app.clientId} -TenantId ${CONTOSO_ID} -CertificatePath '${app.pfxPath}' -CertificatePassword (ConvertTo-SecureString ${app.password} -AsPlainText -Force)`,
  );
  assert.equal(host.errors, '');
  assert.deepEqual(tokenPaths(), [
    '/contoso.onmicrosoft.com/oauth2/v2.0/token',
    '/organizations/oauth2/v2.0/token',
    `/${CONTOSO_ID}/oauth2/v2.0/token`,
  ]);
});

test('a tenantId the cloud does not know: one sentence naming the setting', async () => {
  writeSettings({ tenantId: 'fabrikam.onmicrosoft.com' });
  const host = new TestHost();
  await shellOn(host, new Network()).run(CONNECT_AS_ADMIN);
  assert.match(host.errors, /^Connect-SPOService: The tenant fabrikam\.onmicrosoft\.com was not found in the Default cloud: check "tenantId" in .*config\.json \(a tenant id or one of its domains\) and -Region\.\n/);
});

/** Runs an interactive device-code sign-in on `host`, approving the code as the sandbox's admin. */
async function deviceCodeSignIn(host: Host): Promise<void> {
  const sh = shellOn(host, new Network());
  const approve = setInterval(() => {
    const [code] = handle.current.pendingDeviceCodes();
    if (code) handle.current.approveDeviceCode(code, 'admin@contoso.com');
  }, 20);
  try {
    await sh.run(`Connect-SPOService -Url ${ADMIN} -Verbose`);
  } finally {
    clearInterval(approve);
  }
  assert.equal(sh.session.connection?.account, 'admin@contoso.com');
}

/** A console surface that records panels and what went to the terminal outside the frames. */
function inkHost(): { host: InkHost; terminal: string[]; panels: SignInPanel[] } {
  const terminal: string[] = [];
  const panels: SignInPanel[] = [];
  const surface: ConsoleSurface = {
    print: () => {},
    read: async () => null,
    openPanel: (panel) => {
      panels.push(panel);
      return () => {};
    },
    setProgress: () => {},
    clear: () => {},
    columns: 100,
  };
  return { host: new InkHost(surface, { color: false, terminal: (s) => terminal.push(s) }), terminal, panels };
}

const osc52 = (text: string) => `\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`;

test('copyDeviceCodeToClipboard: the console sends the code with OSC 52; off by default, nothing is sent', async () => {
  const off = inkHost();
  await deviceCodeSignIn(off.host);
  assert.deepEqual(off.terminal, []);
  assert.equal(off.panels[0]?.kind === 'deviceCode' && off.panels[0].copyCode, false);

  writeSettings({ copyDeviceCodeToClipboard: true });
  const on = inkHost();
  await deviceCodeSignIn(on.host);
  const panel = on.panels[0];
  assert.ok(panel?.kind === 'deviceCode' && panel.copyCode === true);
  assert.deepEqual(on.terminal, [osc52(panel.info.userCode)]);
});

test('copyDeviceCodeToClipboard with the plain host: only a terminal gets the sequence, never a pipe or file', async () => {
  writeSettings({ copyDeviceCodeToClipboard: true });
  for (const isTTY of [true, false]) {
    const out = Object.assign(new PassThrough(), { isTTY, columns: 100 }) as unknown as NodeJS.WriteStream;
    let written = '';
    out.on('data', (d: Buffer) => (written += d.toString()));
    const host = new PlainHost({ interactive: true, lines: new LineReader(new PassThrough()), stdout: out, stderr: out });
    await deviceCodeSignIn(host);
    const code = /enter the code (\S+) to authenticate/.exec(written)?.[1];
    assert.ok(code, written);
    assert.equal(written.includes(osc52(code)), isTTY, `OSC 52 ${isTTY ? 'on a terminal' : 'absent in a pipe'}`);
  }
});

test('autoOpenLinksInBrowser: the device-login page goes to the platform opener; off by default it does not', { skip: process.platform === 'win32' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-opener-'));
  const file = join(dir, 'opened.txt');
  const program = join(dir, 'opener.sh');
  writeFileSync(program, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${file}'\n`);
  chmodSync(program, 0o755);
  const saved = process.env.BROWSER;
  process.env.BROWSER = program;
  try {
    await deviceCodeSignIn(new TestHost());
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(existsSync(file), false, 'nothing opened by default');

    writeSettings({ autoOpenLinksInBrowser: true });
    const host = new TestHost();
    await deviceCodeSignIn(host);
    const deadline = Date.now() + 5000;
    while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(readFileSync(file, 'utf8'), `${handle.current.devicePageUrl}\n`);
    assert.match(host.text('verbose'), /VERBOSE: Opening http:\/\/127\.0\.0\.1:\d+\/devicelogin in the default browser \(autoOpenLinksInBrowser\)\./);
  } finally {
    if (saved === undefined) delete process.env.BROWSER;
    else process.env.BROWSER = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});
