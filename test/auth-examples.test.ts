// The examples of the current Connect-SPOService page (shared/reference/connect-sposervice-2026-page.md) that
// no other end-to-end test runs as printed, run the way users run them: `spo --sandbox -c '<example>'`, with
// prompts answered on stdin and the device code approved on the sandbox's own device-login page over HTTP.
// Where the page's own file or thumbprint cannot exist, the sandbox's certificate stands in for it
// ($env:SPO_SANDBOX_PFX, $env:SPO_SANDBOX_THUMBPRINT). The other examples: 1 (pty-spo), 2 and 7 (pty-connect:
// their Read-Host -AsSecureString needs a terminal), 6 (auth-browser, pty-connect), 8, 10, 11 (auth-app-only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSpo, spoBin } from './helpers/spo-process.js';

const sandbox = (script: string) => runSpo(['--sandbox', '-c', script], { timeoutMs: 30_000 });

test('Example 3 verbatim: the device code is entered on the sandbox device-login page and the shell connects', async () => {
  const home = mkdtempSync(join(tmpdir(), 'spo-example3-'));
  const child = spawn(process.execPath, [spoBin, '--sandbox', '-c', "Connect-SPOService -Url https://contoso-admin.sharepoint.com; 'connected'"], {
    cwd: home,
    env: { PATH: process.env.PATH ?? '', HOME: home, SPO_CONFIG_DIR: join(home, 'config'), SPO_DATA_DIR: join(home, 'data'), TERM: 'dumb', NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    const until = Date.now() + 20_000;
    let found: RegExpExecArray | null = null;
    while (!(found = /open the page (http:\/\/127\.0\.0\.1:\d+\/devicelogin) and enter the code (\S+)/.exec(stdout))) {
      if (Date.now() > until) throw new Error(`no device code shown: ${stdout}${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [, page, code] = found;
    const form = await (await fetch(page!)).text();
    assert.match(form, /<form method="post" action="\/devicelogin">/);
    const answer = await fetch(page!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code: code!, username: 'mfa@contoso.com', password: 'password', action: 'approve' }),
    });
    assert.equal(answer.status, 200);
    assert.equal(await exited, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /connected\n$/);
  } finally {
    child.kill();
  }
});

test('Example 4 verbatim is refused in one sentence (an ITAR tenant lives on .sharepoint.us); with its own cloud the region connects', async () => {
  const printed = await sandbox('Connect-SPOService -Url https://contoso-admin.sharepoint.com -Region ITAR');
  assert.equal(
    printed.stderr,
    'Connect-SPOService: -Region ITAR does not match the Url https://contoso-admin.sharepoint.com: .sharepoint.com sites belong to the Default cloud (the worldwide Microsoft 365 cloud, including GCC). Use -Region Default, or leave -Region out to let the Url decide.\n',
  );
  assert.equal(printed.code, 1);
  const itar = await sandbox(
    "$c = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.us -Region ITAR -Credential $c; 'connected'",
  );
  assert.equal(itar.stderr, '');
  assert.equal(itar.stdout, 'connected\n');
});

test('Example 5 verbatim after $creds is set: tenant-admin is no site of the sandbox tenant (AADSTS500011); the contoso site connects', async () => {
  const creds = "$creds = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force)\n";
  const printed = await sandbox(
    `${creds}Connect-SPOService -Credential $creds -Url https://tenant-admin.sharepoint.com -ModernAuth $true -AuthenticationUrl https://login.microsoftonline.com/organizations`,
  );
  assert.match(printed.stderr, /^Connect-SPOService: \nLine \|\n {3}2 \| {2}Connect-SPOService -Credential \$creds -Url https:\/\/tenant-admin\.share …\n/);
  assert.match(printed.stderr, /AADSTS500011/);
  assert.equal(printed.code, 1);
  const contoso = await sandbox(
    `${creds}Connect-SPOService -Credential $creds -Url https://contoso-admin.sharepoint.com -ModernAuth $true -AuthenticationUrl https://login.microsoftonline.com/organizations; 'connected'`,
  );
  assert.equal(contoso.stderr, '');
  assert.equal(contoso.stdout, 'connected\n');
});

test('Example 9 with the sandbox thumbprint: the certificate object from Cert:\\LocalMachine\\My signs the app in', async () => {
  const r = await sandbox(
    `$thumbprint = $env:SPO_SANDBOX_THUMBPRINT
$cert = Get-ChildItem Cert:\\LocalMachine\\My\\$thumbprint
Connect-SPOService -Url https://contoso-admin.sharepoint.com -ClientId 00000000-0000-0000-0000-000000000000 -TenantId 11111111-1111-1111-1111-111111111111 -Certificate $cert
'connected with ' + $cert.Thumbprint.Length + '-digit thumbprint'`,
  );
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'connected with 40-digit thumbprint\n');
});

test('-Certificate with a .pfx path string: converted while binding, so a password-protected file fails as .NET does', async () => {
  const r = await sandbox(
    'Connect-SPOService -Url https://contoso-admin.sharepoint.com -ClientId 00000000-0000-0000-0000-000000000000 -TenantId 11111111-1111-1111-1111-111111111111 -Certificate $env:SPO_SANDBOX_PFX',
  );
  assert.match(
    r.stderr,
    /^Connect-SPOService: Cannot bind parameter 'Certificate'\. Cannot convert value ".+\.pfx" to type "System\.Security\.Cryptography\.X509Certificates\.X509Certificate2"\. Error: "The certificate data cannot be read with the provided password, the password may be incorrect\."\n$/,
  );
  assert.equal(r.code, 1);
});
