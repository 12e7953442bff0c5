// Connect-SPOService through the language engine (`new Shell({ host, commands })`) against the sandbox tenant:
// the three documentation examples verbatim, error rendering, Disconnect, and a secret-leak sweep over
// every flow with -Verbose -Debug.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { Network, type NetRequest, type NetObserver, type NetResponse } from '../src/net/network.js';
import { startSandbox, type SandboxHandle } from '../src/sandbox/index.js';
import { NETWORK_SERVICE_KEY } from '../src/auth/connect.js';
import { TestHost, type TestHostOptions } from './helpers/test-host.js';

const root = mkdtempSync(join(tmpdir(), 'spo-auth-shell-'));
const configDir = join(root, 'config');
const home = join(root, 'home');
process.env.SPO_CONFIG_DIR = configDir;
process.env.HOME = home;
delete process.env.SPO_CLIENT_ID;

let sandbox: SandboxHandle;
before(async () => {
  sandbox = await startSandbox({ deviceCodeIntervalSeconds: 0.05 });
});
after(async () => {
  await sandbox.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  sandbox.log.length = 0;
  sandbox.clearFaults();
});

/** Network that also remembers every secret the identity platform handed out, for the leak sweep. */
class RecordingNetwork extends Network {
  readonly secrets = new Set<string>();
  override async request(req: NetRequest, observer?: NetObserver): Promise<NetResponse> {
    const res = await super.request(req, observer);
    try {
      const body = JSON.parse(res.body) as Record<string, unknown>;
      for (const key of ['access_token', 'refresh_token', 'id_token', 'device_code']) {
        if (typeof body[key] === 'string' && (body[key] as string).length > 8) this.secrets.add(body[key] as string);
      }
    } catch {
      /* not JSON: nothing to record */
    }
    return res;
  }
}

function shell(options: TestHostOptions = {}, network?: Network): { sh: Shell; host: TestHost } {
  const host = new TestHost(options);
  const sh = new Shell({ host, commands: builtinCommandTable() });
  if (network) sh.session.services.set(NETWORK_SERVICE_KEY, network);
  return { sh, host };
}

const approveAs = (upn: string): TestHostOptions['onSignIn'] => (panel) => {
  if (panel.kind === 'deviceCode') sandbox.approveDeviceCode(panel.info.userCode, upn);
};

const requests = () => sandbox.log.map((r) => `${r.method} ${r.host}${r.path} ${r.status}`);

test('Example 1: the password is prompted, masked, and the connection is made', async () => {
  const { sh, host } = shell({ answers: ['password'] });
  const r = await sh.run('Connect-SPOService -Url https://contoso-admin.sharepoint.com -credential admin@contoso.com');
  assert.equal(host.errors, '');
  assert.equal(r.success, true);
  assert.ok(host.prompts.includes('Password for user admin@contoso.com: '));
  assert.ok(host.text('readSecret').includes('Password for user admin@contoso.com: ********'));
  assert.equal(sh.session.connection?.account, 'admin@contoso.com');
  assert.deepEqual(requests(), [
    'POST login.microsoftonline.com/organizations/oauth2/v2.0/token 200',
    'POST contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery 200',
  ]);
});

test('Example 2: the four lines verbatim connect with two requests and print nothing', async () => {
  const { sh, host } = shell();
  const r = await sh.run(`$username = "admin@contoso.sharepoint.com"
$password = "password"
$cred = New-Object -TypeName System.Management.Automation.PSCredential -argumentlist $userName, $(convertto-securestring $Password -asplaintext -force)
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred`);
  assert.equal(host.text(), '');
  assert.equal(r.success, true);
  assert.equal(sh.session.connection?.url, 'https://contoso-admin.sharepoint.com');
  assert.equal(sh.session.connection?.account, 'admin@contoso.sharepoint.com');
  assert.equal(sandbox.log.length, 2);
});

test('Example 3: device code approved from the sign-in panel', async () => {
  const { sh, host } = shell({ onSignIn: approveAs('mfa@contoso.com') });
  const r = await sh.run('Connect-SPOService -Url https://contoso-admin.sharepoint.com');
  assert.equal(host.errors, '');
  assert.equal(r.success, true);
  assert.equal(host.panels[0]?.kind, 'deviceCode');
  assert.equal(sh.session.connection?.account, 'mfa@contoso.com');
});

test('errors render as PowerShell ConciseView and the next statement runs', async () => {
  const { sh, host } = shell();
  const r = await sh.run(
    '$c = New-Object System.Management.Automation.PSCredential mfa@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c; Write-Output next',
  );
  assert.equal(r.success, true);
  assert.match(
    host.errors,
    /^Connect-SPOService: This account must use multi-factor authentication, which a user name and password cannot provide\. Run Connect-SPOService -Url https:\/\/contoso-admin\.sharepoint\.com without -Credential to sign in interactively\.\nAADSTS50076 \| Correlation ID: [0-9a-f-]{36} \| Timestamp: [\d-]+ [\d:]+Z\n$/,
  );
  assert.equal(host.output, 'next\n');
  await sh.run('$Error[0].FullyQualifiedErrorId');
  assert.match(host.output, /MultiFactorAuthenticationRequired,Microsoft\.Online\.SharePoint\.PowerShell\.ConnectSPOService\n$/);
});

test('Disconnect-SPOService without a connection, and after one', async () => {
  const { sh, host } = shell();
  await sh.run('Disconnect-SPOService');
  assert.equal(host.errors, 'Disconnect-SPOService: No connection available. Use Connect-SPOService before running this CmdLet.\n');
  await sh.run('$Error[0].FullyQualifiedErrorId');
  assert.equal(host.output, 'System.InvalidOperationException,Microsoft.Online.SharePoint.PowerShell.DisconnectSPOService\n');
  host.answer('password');
  await sh.run('Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential admin@contoso.com; Disconnect-SPOService');
  assert.equal(sh.session.connection, null);
  assert.equal(host.errors.split('\n').filter(Boolean).length, 1);
});

test('an http:// -AuthenticationUrl is refused before any request', async () => {
  const { sh, host } = shell();
  await sh.run(
    '$c = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -AuthenticationUrl http://login.microsoftonline.com/organizations -Credential $c',
  );
  assert.match(host.errors, /^Connect-SPOService: -AuthenticationUrl must use https: /);
  assert.equal(sandbox.log.length, 0);
});

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(filesUnder(p));
    else out.push(p);
  }
  return out;
}

test('no password, token or device code appears in any output or file, in any flow with -Verbose -Debug', async () => {
  const network = new RecordingNetwork({ defaultTimeoutMs: 1500, defaultRetryDelayMs: 20, maxRetries: 1 });
  const { sh, host } = shell({ onSignIn: approveAs('admin@contoso.com') }, network);
  const PASSWORD = 'password';
  const cred = (u: string, p = PASSWORD) =>
    `(New-Object System.Management.Automation.PSCredential ${u}, (ConvertTo-SecureString ${p} -AsPlainText -Force))`;
  const url = 'https://contoso-admin.sharepoint.com';
  const flows = [
    `Connect-SPOService -Url ${url} -Credential admin@contoso.com -Verbose -Debug`, // prompted password
    `Connect-SPOService -Url ${url} -Credential ${cred('admin@contoso.com')} -Verbose -Debug`, // the password is checked again
    `Connect-SPOService -Url https://contoso.sharepoint.com -Credential ${cred('admin@contoso.com')} -Verbose -Debug`, // refresh + non-admin site
    `Connect-SPOService -Url ${url} -Credential ${cred('admin@contoso.com', 'wrong')} -Verbose -Debug`,
    `Connect-SPOService -Url ${url} -Credential ${cred('mfa@contoso.com')} -Verbose -Debug`,
    `Connect-SPOService -Url ${url} -Credential ${cred('admin@contoso.com')} -Verbose -Debug`,
    `Disconnect-SPOService -Verbose -Debug`, // forgets admin@contoso.com's tokens: the next connect needs a sign-in
    `Connect-SPOService -Url ${url} -Verbose -Debug`, // device code
    `Connect-SPOService -Url https://contoso-admin.sharepoint.us -Region ITAR -Credential ${cred('admin@contoso.onmicrosoft.com')} -Verbose -Debug`,
    `Disconnect-SPOService -Verbose -Debug`,
  ];
  host.answer(PASSWORD);
  for (const line of flows) await sh.run(line);
  sandbox.setFault({ host: /^login\./, kind: 'malformed', times: 1 });
  await sh.run(`Connect-SPOService -Url ${url} -Credential ${cred('user@contoso.com')} -Verbose -Debug`);
  await sh.run(`Connect-SPOService -Url ${url} -Credential ${cred('user@contoso.com')} -Verbose -Debug`);
  await sh.run('$Error | ForEach-Object { $_ }'); // prints the error records again, if the engine supports it

  assert.ok(network.secrets.size >= 8, `tokens seen on the wire: ${network.secrets.size}`);
  assert.ok(host.text('verbose').includes('Sign-in flow: device code'));
  assert.ok(host.text('debug').includes('/oauth2/v2.0/devicecode'));

  const texts: Array<[string, string]> = [['host output', host.text()]];
  for (const file of [...filesUnder(configDir), ...filesUnder(home)]) texts.push([file, readFileSync(file, 'utf8')]);
  for (const [where, text] of texts) {
    for (const secret of network.secrets) {
      assert.ok(!text.includes(secret), `a token or device code leaked into ${where}`);
      // A JWT's signature or payload alone would also be a leak.
      for (const part of secret.split('.').filter((p) => p.length > 16)) assert.ok(!text.includes(part), `part of a secret leaked into ${where}`);
    }
    // The password is the word "password"; strip the shell's own sentences that contain the word.
    const stripped = text
      .toLowerCase()
      .replace(/user name and password|user name or password|password for user|password has expired|a new password|wrong password/g, '');
    assert.ok(!stripped.includes(PASSWORD), `the password leaked into ${where}: ${stripped.slice(Math.max(0, stripped.indexOf(PASSWORD) - 80), stripped.indexOf(PASSWORD) + 20)}`);
  }
});
