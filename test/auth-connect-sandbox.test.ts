// Connect-SPOService / Disconnect-SPOService end to end against the sandbox tenant, through the real
// msal-node and the real network module (host routing to 127.0.0.1), calling the sign-in functions
// with a small CmdletContext built here.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BoundParameters, CmdletContext, ErrorSpec } from '../src/engine/cmdlet.js';
import { ErrorRecord, PipelineStoppedSignal } from '../src/engine/errors.js';
import { Session } from '../src/engine/session.js';
import { CommandTable } from '../src/engine/command-table.js';
import { PSCredential, SecureString } from '../src/engine/values.js';
import { Network } from '../src/net/network.js';
import { startSandbox, type SandboxHandle } from '../src/sandbox/index.js';
import { connectSpoServiceCommand, disconnectSpoServiceCommand, NETWORK_SERVICE_KEY, type ConnectArgs } from '../src/auth/connect.js';
import { TestHost } from './helpers/test-host.js';

const configDir = mkdtempSync(join(tmpdir(), 'spo-auth-e2e-'));
process.env.SPO_CONFIG_DIR = configDir;
delete process.env.SPO_CLIENT_ID;

// ---- a minimal CmdletContext (the language engine is not needed for these tests)
class TerminatingError extends Error {
  constructor(readonly spec: ErrorSpec) {
    super(spec.message);
  }
}

interface AuthContext {
  ctx: CmdletContext;
  host: TestHost;
  session: Session;
  verbose: string[];
  debug: string[];
  warnings: string[];
  abort: AbortController;
}

function authContext(
  o: { host?: TestHost; session?: Session; verbose?: boolean; debug?: boolean; abort?: AbortController } = {},
): AuthContext {
  const host = o.host ?? new TestHost();
  const session = o.session ?? new Session();
  const abort = o.abort ?? new AbortController();
  const verbose: string[] = [];
  const debug: string[] = [];
  const warnings: string[] = [];
  const params: BoundParameters = { has: () => false, get: () => undefined, names: () => [] };
  const ctx: CmdletContext = {
    host,
    session,
    commands: new CommandTable(),
    signal: abort.signal,
    params,
    invocation: { commandName: 'Connect-SPOService', invocationName: 'Connect-SPOService', parameterSetName: 'AuthenticationLocation', pipelinePosition: 1 },
    input: undefined,
    hasInput: false,
    writeObject: () => {},
    writeError: async () => {},
    recordError: () => {},
    throwTerminatingError(error: ErrorSpec | ErrorRecord): never {
      throw new TerminatingError(error instanceof ErrorRecord ? { message: error.message, errorId: error.errorId, category: error.category } : error);
    },
    writeWarning: async (m) => {
      warnings.push(m);
      host.write('warning', `WARNING: ${m}`);
    },
    writeVerbose: async (m) => {
      verbose.push(m);
      host.write('verbose', `VERBOSE: ${m}`);
    },
    writeDebug: async (m) => {
      debug.push(m);
      host.write('debug', `DEBUG: ${m}`);
    },
    writeInformation: async () => {},
    verboseEnabled: o.verbose ?? false,
    debugEnabled: o.debug ?? false,
    promptForCredential: async (): Promise<PSCredential | null> => null,
  };
  return { ctx, host, session, verbose, debug, warnings, abort };
}

let sandbox: SandboxHandle;
before(async () => {
  sandbox = await startSandbox({ deviceCodeIntervalSeconds: 0.05 });
});
after(async () => {
  await sandbox.close();
  rmSync(configDir, { recursive: true, force: true });
});
beforeEach(() => {
  sandbox.log.length = 0;
  sandbox.clearFaults();
  delete process.env.SPO_CLIENT_ID;
});

const ADMIN_URL = 'https://contoso-admin.sharepoint.com';
const cred = (user: string, password = 'password') => new PSCredential(user, new SecureString(password));

/** A context with a Network of short timeouts and quick retries, so fault tests stay fast. */
function fastContext(o: Parameters<typeof authContext>[0] = {}): AuthContext {
  const c = authContext(o);
  if (!c.session.services.has(NETWORK_SERVICE_KEY)) {
    c.session.services.set(NETWORK_SERVICE_KEY, new Network({ defaultTimeoutMs: 1500, defaultRetryDelayMs: 20, maxRetries: 2 }));
  }
  return c;
}

async function connect(c: AuthContext, args: Partial<ConnectArgs> = {}): Promise<void> {
  await connectSpoServiceCommand(c.ctx, { url: ADMIN_URL, ...args });
}

async function connectFails(c: AuthContext, args: Partial<ConnectArgs>): Promise<ErrorSpec> {
  try {
    await connect(c, args);
  } catch (e) {
    if (e instanceof TerminatingError) return e.spec;
    throw e;
  }
  assert.fail('Connect-SPOService should have failed');
}

const tokenPosts = () => sandbox.log.filter((r) => r.method === 'POST' && r.path.endsWith('/oauth2/v2.0/token'));
const processQueries = () => sandbox.log.filter((r) => r.path === '/_vti_bin/client.svc/ProcessQuery');

test('user name + password: exactly one token POST and one ProcessQuery, then connected', async () => {
  const c = fastContext();
  await connect(c, { credential: cred('admin@contoso.sharepoint.com') });
  assert.deepEqual(
    sandbox.log.map((r) => `${r.method} ${r.host}${r.path} ${r.status}`),
    [
      'POST login.microsoftonline.com/organizations/oauth2/v2.0/token 200',
      'POST contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery 200',
    ],
  );
  assert.equal(tokenPosts()[0]!.form!.grant_type, 'password');
  assert.equal(tokenPosts()[0]!.form!.scope, 'https://contoso-admin.sharepoint.com/.default openid profile offline_access');
  assert.equal(tokenPosts()[0]!.form!.client_id, '9bc3ab49-b65d-410a-85ad-de819febfddc');
  const conn = c.session.connection!;
  assert.equal(conn.url, ADMIN_URL);
  assert.equal(conn.account, 'admin@contoso.sharepoint.com');
  assert.equal(conn.cloud, 'Default');
});

test('every directory account gets its own outcome', async () => {
  const ok = ['admin@contoso.com', 'admin@contoso.sharepoint.com', 'admin@contoso.onmicrosoft.com'];
  for (const user of ok) {
    const c = fastContext();
    await connect(c, { credential: cred(user) });
    assert.equal(c.session.connection?.account, user);
  }
  const failures: Array<[string, string, string, RegExp]> = [
    ['user@contoso.com', 'password', 'NotSharePointAdministrator', /^user@contoso\.com signed in, but is not a SharePoint administrator of this tenant/],
    ['mfa@contoso.com', 'password', 'MultiFactorAuthenticationRequired', /^This account must use multi-factor authentication, which a user name and password cannot provide\. Run Connect-SPOService -Url https:\/\/contoso-admin\.sharepoint\.com without -Credential to sign in interactively\.\nAADSTS50076 \| Correlation ID: [0-9a-f-]{36} \| Timestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/],
    ['locked@contoso.com', 'password', 'AccountLocked', /^The account is locked .*\nAADSTS50053 \| Correlation ID: /],
    ['expired@contoso.com', 'password', 'PasswordExpired', /^The account's password has expired\..*\nAADSTS50055 \| /],
    ['admin@contoso.com', 'wrong', 'InvalidUserNameOrPassword', /^The user name or password is incorrect\. Check both and try again\.\nAADSTS50126 \| /],
    ['nobody@contoso.com', 'password', 'UserNotFound', /^The account does not exist in this directory\..*\nAADSTS50034 \| /],
  ];
  for (const [user, password, id, message] of failures) {
    const c = fastContext();
    const spec = await connectFails(c, { credential: cred(user, password) });
    assert.equal(spec.errorId, id, `${user}: ${spec.message}`);
    assert.match(spec.message, message);
    assert.equal(c.session.connection, null);
  }
});

test('device code: the panel shows the code, approval connects, mfa@contoso.com included', async () => {
  for (const user of ['admin@contoso.com', 'mfa@contoso.com']) {
    const host = new TestHost({
      onSignIn: (panel) => {
        assert.equal(panel.kind, 'deviceCode');
        if (panel.kind === 'deviceCode') {
          assert.match(panel.info.message, /enter the code/);
          assert.ok(panel.info.expiresAt > Date.now());
          assert.equal(sandbox.approveDeviceCode(panel.info.userCode, user), true);
        }
      },
    });
    const c = fastContext({ host });
    await connect(c);
    assert.equal(host.panels.length, 1);
    assert.equal(c.session.connection?.account, user);
    assert.ok(sandbox.log.some((r) => r.path.endsWith('/oauth2/v2.0/devicecode')));
    sandbox.log.length = 0;
  }
});

test('after a -Credential connection, a Connect without -Credential shows its own device code (documentation Example 3)', async () => {
  const host = new TestHost({
    onSignIn: (panel) => {
      if (panel.kind === 'deviceCode') assert.equal(sandbox.approveDeviceCode(panel.info.userCode, 'mfa@contoso.com'), true);
    },
  });
  const c = fastContext({ host });
  await connect(c, { credential: cred('admin@contoso.com') });
  sandbox.log.length = 0;
  await connect(c);
  assert.equal(host.panels.length, 1, 'a device-code panel, not the cached password sign-in');
  assert.equal(c.session.connection?.account, 'mfa@contoso.com');
  // An interactive sign-in, by contrast, is reused when connecting back to the same site.
  sandbox.log.length = 0;
  await connect(c);
  assert.equal(host.panels.length, 1);
  assert.ok(!sandbox.log.some((r) => r.path.endsWith('/oauth2/v2.0/devicecode')));
});

test('device code declined, expired, and Ctrl+C each end cleanly', async () => {
  const declined = fastContext({
    host: new TestHost({ onSignIn: (p) => p.kind === 'deviceCode' && void sandbox.declineDeviceCode(p.info.userCode) }),
  });
  const d = await connectFails(declined, {});
  assert.equal(d.errorId, 'SignInDeclined');
  assert.match(d.message, /^The sign-in was declined on the sign-in page\./);

  const expired = fastContext({
    // Expire after a few "authorization_pending" polls, as a real user who walks away would.
    host: new TestHost({ onSignIn: (p) => void (p.kind === 'deviceCode' && setTimeout(() => sandbox.expireDeviceCode(p.info.userCode), 200)) }),
  });
  const x = await connectFails(expired, {});
  assert.equal(x.errorId, 'DeviceCodeExpired');
  assert.match(x.message, /^The sign-in code expired before the sign-in was completed\. Run Connect-SPOService again and enter the new code within 15 minutes\.\nAADSTS70020/);

  const abort = new AbortController();
  const cancelled = fastContext({ abort, host: new TestHost({ onSignIn: () => setTimeout(() => abort.abort(), 30) }) });
  const started = Date.now();
  await assert.rejects(connect(cancelled), (e: unknown) => e instanceof PipelineStoppedSignal);
  assert.ok(Date.now() - started < 1000, 'Ctrl+C ends the wait at once');
  assert.equal(cancelled.session.connection, null);
});

test('each Region reaches its own sign-in host; inference and contradiction', async () => {
  const cases: Array<[string, string | undefined, string, string]> = [
    ['https://contoso-admin.sharepoint.us', 'ITAR', 'login.microsoftonline.us', 'ITAR'],
    ['https://contoso-admin.sharepoint.cn', 'China', 'login.partner.microsoftonline.cn', 'China'],
    ['https://contoso-admin.sharepoint.de', 'Germany', 'login.microsoftonline.de', 'Germany'],
    ['https://contoso-admin.sharepoint.us', undefined, 'login.microsoftonline.us', 'ITAR'],
    [ADMIN_URL, 'Default', 'login.microsoftonline.com', 'Default'],
  ];
  for (const [url, region, loginHost, cloud] of cases) {
    sandbox.log.length = 0;
    const c = fastContext({ verbose: true });
    await connect(c, { url, region, credential: cred('admin@contoso.com') });
    assert.equal(c.session.connection?.cloud, cloud);
    // Only this connect's password grant: a device-code poll that an earlier test cancelled while it
    // was in flight may still land in the log.
    assert.equal(tokenPosts().find((r) => r.form?.grant_type === 'password')?.host, loginHost, `${url} ${region}`);
    assert.equal(processQueries()[0]?.host, new URL(url).host);
    if (!region) assert.ok(c.verbose.some((l) => /inferred from the Url's suffix \.sharepoint\.us because -Region was not given/.test(l)));
  }
  sandbox.log.length = 0;
  const spec = await connectFails(fastContext(), { url: 'https://contoso-admin.sharepoint.us', region: 'China', credential: cred('admin@contoso.com') });
  assert.equal(spec.errorId, 'RegionDoesNotMatchUrl');
  assert.equal(spec.category, 'InvalidArgument');
  assert.equal(sandbox.log.length, 0);
});

test('custom -AuthenticationUrl is discovered; an http:// one is refused with nothing sent', async () => {
  const c = fastContext({ verbose: true });
  await connect(c, { authenticationUrl: `https://127.0.0.1:${sandbox.port}/contoso.onmicrosoft.com`, credential: cred('admin@contoso.com') });
  assert.equal(c.session.connection?.cloud, 'Custom');
  assert.deepEqual(
    sandbox.log.map((r) => `${r.method} ${r.path}`),
    [
      'GET /contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
      'POST /contoso.onmicrosoft.com/oauth2/v2.0/token',
      'POST /_vti_bin/client.svc/ProcessQuery',
    ],
  );
  sandbox.log.length = 0;
  const http = await connectFails(fastContext(), { authenticationUrl: `http://127.0.0.1:${sandbox.port}/organizations`, credential: cred('admin@contoso.com') });
  assert.equal(http.errorId, 'InsecureAuthenticationUrl');
  assert.match(http.message, /^-AuthenticationUrl must use https: .* so nothing was sent\./);
  assert.equal(sandbox.log.length, 0);
});

test('X-ClientService-ClientTag carries -ClientTag and is capped at 32 characters', async () => {
  const c = fastContext();
  await connect(c, { credential: cred('admin@contoso.com'), clientTag: 'Nightly' });
  const tag = processQueries()[0]!.headers['x-clientservice-clienttag']!;
  assert.match(tag, /^spo-shell\/\d+\.\d+\.\d+ Nightly$/);
  sandbox.log.length = 0;
  const long = fastContext();
  await connect(long, { credential: cred('admin@contoso.com'), clientTag: 'AVeryLongScriptNameThatGoesOnAndOn' });
  const capped = processQueries()[0]!.headers['x-clientservice-clienttag']!;
  assert.equal(capped.length, 32);
  assert.ok(capped.startsWith('spo-shell/'));
  assert.equal(long.warnings.length, 1);
  assert.equal(long.warnings[0], `-ClientTag was shortened: the X-ClientService-ClientTag header holds at most 32 characters, so '${capped}' is sent.`);
});

test('a non-admin Url gives SharePoint\'s own text and the admin URL', async () => {
  const spec = await connectFails(fastContext(), { url: 'https://contoso.sharepoint.com', credential: cred('admin@contoso.com') });
  assert.equal(spec.errorId, 'NotTenantAdministrationSite');
  assert.equal(spec.message, 'Current site is not a tenant administration site. Connect to the admin site instead: Connect-SPOService -Url https://contoso-admin.sharepoint.com');
});

test('reconnect replaces the connection; a -Credential is checked again (a wrong password fails); Disconnect forgets tokens', async () => {
  const c = fastContext({ verbose: true });
  await connect(c, { credential: cred('admin@contoso.com') });
  const first = c.session.connection;
  sandbox.log.length = 0;
  await connect(c, { credential: cred('admin@contoso.com') });
  assert.notEqual(c.session.connection, first);
  assert.equal(tokenPosts().length, 1, 'the password is checked again');
  assert.equal(processQueries().length, 1);
  assert.ok(c.verbose.some((l) => l.startsWith('Disconnecting from https://contoso-admin.sharepoint.com')));
  const wrong = await connectFails(c, { credential: cred('admin@contoso.com', 'not-the-password') });
  assert.match(wrong.message, /AADSTS50126/);
  assert.equal(c.session.connection, null, 'the failed reconnect leaves no connection (the old one was ended first)');
  await connect(c, { credential: cred('admin@contoso.com') });

  await disconnectSpoServiceCommand(c.ctx);
  assert.equal(c.session.connection, null);
  await assert.rejects(disconnectSpoServiceCommand(c.ctx), (e: unknown) => {
    assert.ok(e instanceof TerminatingError);
    assert.equal(e.spec.message, 'No connection available. Use Connect-SPOService before running this CmdLet.');
    assert.equal(e.spec.errorId, 'System.InvalidOperationException');
    return true;
  });
  sandbox.log.length = 0;
  await connect(c, { credential: cred('admin@contoso.com') });
  assert.equal(tokenPosts().length, 1, 'after Disconnect a new sign-in is needed');
});

test('429 then success after Retry-After', async () => {
  sandbox.setFault({ host: /^login\./, path: /\/token$/, kind: '429', times: 1, retryAfterSeconds: 0.1 });
  const c = fastContext({ verbose: true });
  await connect(c, { credential: cred('admin@contoso.com') });
  assert.deepEqual(tokenPosts().map((r) => r.status), [429, 200]);
  assert.ok(c.verbose.some((l) => /answered HTTP 429 \(too many requests\); retrying in 1 s \(retry 1\)\./.test(l)));
  assert.ok(c.host.panels.some((p) => p.kind === 'retry'));
  assert.ok(c.session.connection);
});

test('500, timeout, dropped connection and malformed JSON: clear errors, and the session still works', async () => {
  const c = fastContext();
  const cases: Array<[Parameters<SandboxHandle['setFault']>[0], string, RegExp]> = [
    [{ host: /^login\./, kind: '500', times: 1 }, 'SignInServiceError', /^The sign-in service at login\.microsoftonline\.com answered HTTP 500 \(a server error\)\. This is usually temporary; try Connect-SPOService again in a moment\.\nAADSTS50000/],
    [{ host: /^login\./, kind: 'latency', latencyMs: 2500, times: 1 }, 'NetworkTimeout', /^Could not reach the sign-in service: POST https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/token\?client-request-id=[0-9a-f-]+ failed: no response within 1\.5 seconds\.$/],
    [{ host: /^login\./, kind: 'drop', times: 1 }, 'ConnectionDropped', /^Could not reach the sign-in service: POST https:\/\/login\.microsoftonline\.com\/.* failed: the connection to login\.microsoftonline\.com was closed before a complete response arrived \(\w+\)\.$/],
    [{ host: /^login\./, kind: 'malformed', times: 1 }, 'MalformedResponse', /^The sign-in service's answer could not be read: POST .* returned HTTP 200 with a body that is not valid JSON/],
    [{ host: /sharepoint/, kind: '500', times: 1 }, 'SharePointServerError', /^SharePoint answered HTTP 500 \(a server error\) while checking https:\/\/contoso-admin\.sharepoint\.com\./],
    [{ host: /sharepoint/, kind: 'malformed', times: 1 }, 'MalformedSharePointResponse', /^SharePoint's answer from https:\/\/contoso-admin\.sharepoint\.com could not be read/],
    [{ host: /sharepoint/, kind: 'drop', times: 1 }, 'ConnectionDropped', /^Could not check the connection with SharePoint: POST https:\/\/contoso-admin\.sharepoint\.com\/_vti_bin\/client\.svc\/ProcessQuery failed: the connection .* was closed/],
  ];
  for (const [fault, id, message] of cases) {
    sandbox.clearFaults();
    sandbox.setFault(fault);
    // A fresh account each time so a cached token does not hide the sign-in request.
    await disconnectIfConnected(c);
    const spec = await connectFails(c, { credential: cred('admin@contoso.com') });
    assert.equal(spec.errorId, id, spec.message);
    assert.match(spec.message, message);
    assert.equal(c.session.connection, null);
    // The same session connects at once afterwards (no msal throttling left behind).
    sandbox.clearFaults();
    await connect(c, { credential: cred('admin@contoso.com') });
    assert.ok(c.session.connection, `usable after ${id}`);
  }
});

async function disconnectIfConnected(c: AuthContext): Promise<void> {
  if (c.session.connection) await disconnectSpoServiceCommand(c.ctx);
}

test('client id from SPO_CLIENT_ID: unknown app and public client flows disabled', async () => {
  process.env.SPO_CLIENT_ID = '31359c7f-bd7e-475c-86db-fdb8c937548e';
  const unknown = await connectFails(fastContext(), { credential: cred('admin@contoso.com') });
  assert.equal(unknown.errorId, 'ApplicationNotFound');
  assert.match(unknown.message, /^The application 31359c7f-bd7e-475c-86db-fdb8c937548e \(from SPO_CLIENT_ID\) was not found in this tenant\./);
  process.env.SPO_CLIENT_ID = 'b5d1f0c2-7000-4218-8000-000007000218';
  const disabled = await connectFails(fastContext(), { credential: cred('admin@contoso.com') });
  assert.equal(disabled.errorId, 'PublicClientFlowsDisabled');
  const viaDeviceCode = await connectFails(fastContext(), {});
  assert.equal(viaDeviceCode.errorId, 'PublicClientFlowsDisabled', viaDeviceCode.message);
  delete process.env.SPO_CLIENT_ID;
});

test('-Verbose narrates each step and -Debug lists each request', async () => {
  const c = fastContext({ verbose: true, debug: true });
  await connect(c, { credential: cred('admin@contoso.com') });
  const v = c.verbose.join('\n');
  for (const expected of [
    /Cloud Default \(the worldwide Microsoft 365 cloud, including GCC\), inferred from the Url's suffix \.sharepoint\.com because -Region was not given\./,
    /Authority: https:\/\/login\.microsoftonline\.com\/organizations/,
    /Client id: 9bc3ab49-b65d-410a-85ad-de819febfddc \(the SharePoint Online Management Shell app, the default\)/,
    /Scope: https:\/\/contoso-admin\.sharepoint\.com\/\.default/,
    /Sign-in flow: user name and password for admin@contoso\.com\./,
    /Signed in as admin@contoso\.com \(tenant [0-9a-f-]+\) in \d+ ms\./,
    /Validating: CSOM ProcessQuery for the Tenant object/,
    /Validated in \d+ ms: https:\/\/contoso-admin\.sharepoint\.com is the tenant administration site/,
    /Connected to https:\/\/contoso-admin\.sharepoint\.com as admin@contoso\.com in \d+ ms\./,
  ]) {
    assert.match(v, expected);
  }
  assert.equal(c.debug.length, 2);
  assert.match(c.debug[0]!, /^POST https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/token\?client-request-id=[0-9a-f-]+ -> HTTP 200 \(\d+ ms\)$/);
  assert.match(c.debug[1]!, /^POST https:\/\/contoso-admin\.sharepoint\.com\/_vti_bin\/client\.svc\/ProcessQuery -> HTTP 200 \(\d+ ms\)$/);
});

test('signIn "browser": the browser panel shows the sign-in page; its loopback answer connects', async () => {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(configDir, 'config.json'), JSON.stringify({ signIn: 'browser' }));
  const savedBrowser = process.env.BROWSER;
  process.env.BROWSER = 'true'; // a program that does nothing: the test plays the browser below
  try {
    const opener = new Network();
    const host = new TestHost({
      onSignIn: (panel) => {
        assert.equal(panel.kind, 'browser');
        // The sandbox's authorize endpoint acts as the browser and posts the code to the loopback.
        if (panel.kind === 'browser') void opener.request({ method: 'GET', url: panel.url });
      },
    });
    const c = fastContext({ host, verbose: true });
    await connect(c);
    assert.equal(c.session.connection?.account, 'admin@contoso.com');
    assert.ok(c.verbose.some((l) => l.startsWith('Sign-in flow: the system browser')));
    assert.deepEqual(
      sandbox.log.map((r) => `${r.method} ${r.path}`),
      ['GET /organizations/oauth2/v2.0/authorize', 'POST /organizations/oauth2/v2.0/token', 'POST /_vti_bin/client.svc/ProcessQuery'],
    );
    assert.equal(tokenPosts()[0]!.form!.grant_type, 'authorization_code');
    await opener.close();
  } finally {
    rmSync(join(configDir, 'config.json'), { force: true });
    if (savedBrowser === undefined) delete process.env.BROWSER;
    else process.env.BROWSER = savedBrowser;
  }
});

test('signIn "browser": Ctrl+C stops the wait and closes the loopback listener', async () => {
  const { writeFileSync } = await import('node:fs');
  const { connect: tcpConnect } = await import('node:net');
  writeFileSync(join(configDir, 'config.json'), JSON.stringify({ signIn: 'browser' }));
  const savedBrowser = process.env.BROWSER;
  process.env.BROWSER = 'true';
  try {
    const abort = new AbortController();
    let redirect = '';
    const host = new TestHost({
      onSignIn: (panel) => {
        if (panel.kind === 'browser') redirect = new URL(panel.url).searchParams.get('redirect_uri') ?? '';
        setTimeout(() => abort.abort(), 20);
      },
    });
    const c = fastContext({ host, abort });
    await assert.rejects(connect(c), (e: unknown) => e instanceof PipelineStoppedSignal);
    assert.match(redirect, /^http:\/\/localhost:\d+/);
    const port = Number(new URL(redirect).port);
    let refused = false;
    for (let i = 0; i < 50 && !refused; i++) {
      refused = await new Promise<boolean>((resolve) => {
        const socket = tcpConnect(port, '127.0.0.1');
        socket.on('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.on('error', () => resolve(true));
      });
      if (!refused) await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(refused, 'the loopback port is closed after Ctrl+C');
  } finally {
    rmSync(join(configDir, 'config.json'), { force: true });
    if (savedBrowser === undefined) delete process.env.BROWSER;
    else process.env.BROWSER = savedBrowser;
  }
});

const NON_INTERACTIVE_SIGN_IN =
  'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available. Use -Credential to sign in with a user name and password, or run spo without -NonInteractive to sign in with a device code or the browser.';

test('-NonInteractive: device code and browser sign-in fail at once, sending nothing; -Credential still works', async () => {
  const { writeFileSync } = await import('node:fs');
  for (const method of ['deviceCode', 'browser']) {
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ signIn: method }));
    try {
      sandbox.log.length = 0;
      const host = new TestHost({ interactive: false });
      const started = Date.now();
      const spec = await connectFails(fastContext({ host }), {});
      assert.equal(spec.message, NON_INTERACTIVE_SIGN_IN, method);
      assert.equal(spec.errorId, 'NonInteractive');
      assert.equal(spec.category, 'InvalidOperation');
      assert.equal(host.panels.length, 0, `${method}: no sign-in panel`);
      assert.deepEqual(sandbox.log, [], `${method}: no request`);
      assert.ok(Date.now() - started < 2000);
    } finally {
      rmSync(join(configDir, 'config.json'), { force: true });
    }
  }
  const c = fastContext({ host: new TestHost({ interactive: false }) });
  await connect(c, { credential: cred('admin@contoso.com') });
  assert.equal(c.session.connection?.account, 'admin@contoso.com');
});

test('-ClientTag that an HTTP header cannot carry is refused before any request; Latin-1 is sent', async () => {
  const previous = fastContext();
  await connect(previous, { credential: cred('admin@contoso.com') });
  sandbox.log.length = 0;
  const cases: Array<[string, string]> = [
    ['Nightly\u2603', "Cannot validate argument on parameter 'ClientTag'. Character 8 (U+2603) is not a Latin-1 character and cannot be sent in the X-ClientService-ClientTag HTTP header. Use printable ASCII or Latin-1 characters only."],
    ['a\r\nX-Evil: 1', "Cannot validate argument on parameter 'ClientTag'. Character 2 (U+000D) is a control character and cannot be sent in the X-ClientService-ClientTag HTTP header. Use printable ASCII or Latin-1 characters only."],
    ['tab\there', "Cannot validate argument on parameter 'ClientTag'. Character 4 (U+0009) is a control character and cannot be sent in the X-ClientService-ClientTag HTTP header. Use printable ASCII or Latin-1 characters only."],
    ['\u{1F600}x', "Cannot validate argument on parameter 'ClientTag'. Character 1 (U+1F600) is not a Latin-1 character and cannot be sent in the X-ClientService-ClientTag HTTP header. Use printable ASCII or Latin-1 characters only."],
  ];
  for (const [clientTag, message] of cases) {
    const spec = await connectFails(previous, { credential: cred('admin@contoso.com'), clientTag });
    assert.equal(spec.message, message);
    assert.equal(spec.errorId, 'ParameterArgumentValidationError');
    assert.equal(spec.category, 'InvalidData');
  }
  assert.deepEqual(sandbox.log, [], 'nothing was sent');
  assert.equal(previous.session.connection?.account, 'admin@contoso.com', 'a refused argument keeps the connection');

  await connect(fastContext(), { credential: cred('admin@contoso.com'), clientTag: 'Café' });
  assert.match(processQueries()[0]!.headers['x-clientservice-clienttag']!, /^spo-shell\/\d+\.\d+\.\d+ Café$/);
});

test('a Url with a path: ProcessQuery goes to that site, and a path on the admin host is not the admin site', async () => {
  const spec = await connectFails(fastContext(), { url: `${ADMIN_URL}/sites/foo/`, credential: cred('admin@contoso.com') });
  assert.equal(spec.errorId, 'NotTenantAdministrationSite');
  assert.equal(spec.message, 'Current site is not a tenant administration site. Connect to the admin site instead: Connect-SPOService -Url https://contoso-admin.sharepoint.com');
  assert.deepEqual(
    sandbox.log.filter((r) => r.host === 'contoso-admin.sharepoint.com').map((r) => `${r.method} ${r.path} ${r.status}`),
    ['POST /sites/foo/_vti_bin/client.svc/ProcessQuery 200'],
  );
  sandbox.log.length = 0;
  const team = await connectFails(fastContext(), { url: 'https://contoso.sharepoint.com/sites/team', credential: cred('admin@contoso.com') });
  assert.equal(team.message, 'Current site is not a tenant administration site. Connect to the admin site instead: Connect-SPOService -Url https://contoso-admin.sharepoint.com');
  assert.deepEqual(processQueries(), []);
  assert.equal(sandbox.log.at(-1)!.path, '/sites/team/_vti_bin/client.svc/ProcessQuery');

  const c = fastContext();
  await connect(c, { url: `${ADMIN_URL}/`, credential: cred('admin@contoso.com') });
  assert.equal(c.session.connection?.url, ADMIN_URL);
});

test('a signed-in user who is not a SharePoint administrator: HTTP 200 with ErrorInfo, explained', async () => {
  const spec = await connectFails(fastContext(), { credential: cred('user@contoso.com') });
  assert.equal(processQueries()[0]!.status, 200);
  assert.equal(spec.errorId, 'NotSharePointAdministrator');
  assert.equal(
    spec.message,
    'user@contoso.com signed in, but is not a SharePoint administrator of this tenant (SharePoint: Access denied. You do not have permission to perform this action or access this resource.) Sign in with a SharePoint Administrator or Global Administrator account.',
  );
});
