// Connect-SPOService through the `spo` command line (built bundle) with the in-process sandbox tenant.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSpo } from './helpers/spo-process.js';

const EXAMPLE_2 = `$username = "admin@contoso.sharepoint.com"
$password = "password"
$cred = New-Object -TypeName System.Management.Automation.PSCredential -argumentlist $userName, $(convertto-securestring $Password -asplaintext -force)
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred`;

test('spo --sandbox -c: Example 2 connects silently and exits 0; -Verbose narrates without secrets', async () => {
  const r = await runSpo(['--sandbox', '-c', `${EXAMPLE_2} -Verbose -Debug; Disconnect-SPOService`]);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout + r.stderr;
  assert.match(out, /VERBOSE: Connected to https:\/\/contoso-admin\.sharepoint\.com as admin@contoso\.sharepoint\.com in \d+ ms\./);
  assert.match(out, /DEBUG: POST https:\/\/contoso-admin\.sharepoint\.com\/_vti_bin\/client\.svc\/ProcessQuery -> HTTP 200 \(\d+ ms\)/);
  assert.doesNotMatch(out, /eyJ[\w-]{10,}/, 'no JWT in the output');
});

test('spo --sandbox -c: a failed connect prints one ConciseView error on stderr and exits 1', async () => {
  const r = await runSpo([
    '--sandbox',
    '-c',
    '$c = New-Object System.Management.Automation.PSCredential locked@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c',
  ]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^Connect-SPOService: The account is locked after too many failed sign-ins, or the sign-in came from a blocked address\. Wait a few minutes or ask an administrator to unlock it, then try again\.\nAADSTS50053 \| Correlation ID: [0-9a-f-]{36} \| Timestamp: [\d-]+ [\d:]+Z\n$/,
  );
});

test('spo -NonInteractive --sandbox: Connect-SPOService without -Credential fails at once instead of waiting for a device code', async () => {
  const r = await runSpo(['-NonInteractive', '--sandbox', '-c', 'Connect-SPOService -Url https://contoso-admin.sharepoint.com; Write-Output "next"']);
  assert.equal(
    r.stderr,
    'Connect-SPOService: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available. Use -Credential to sign in with a user name and password, or run spo without -NonInteractive to sign in with a device code or the browser.\n',
  );
  assert.match(r.stdout, /^next$/m);
  assert.doesNotMatch(r.stdout, /enter the code/);
  // It ended by itself (a shell waiting for a device code would be killed at runSpo's limit, code
  // null); no clock is read, so a loaded machine cannot fail it.
  assert.equal(r.code, 0);
});

test('piped script without -NonInteractive still shows the device code (it needs no input)', async () => {
  const codeLine = /To sign in, use a web browser to open the page https?:\/\/\S+ and enter the code \S+ to authenticate\./;
  // The shell then waits for the sign-in: stop it once the code is shown (the 20 s limit fails the test otherwise).
  const r = await runSpo(['--sandbox'], { stdin: 'Connect-SPOService -Url https://contoso-admin.sharepoint.com\n', stopWhen: codeLine });
  assert.match(r.stdout, codeLine);
  assert.doesNotMatch(r.stdout + r.stderr, /NonInteractive/);
});

const ONE_LINE_CONNECT =
  '$c = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c';

test('a malformed HTTPS_PROXY names the variable, not its value', async () => {
  for (const value of ['notaurl', 'http://alice:s3cret@[::1']) {
    const r = await runSpo(['-c', ONE_LINE_CONNECT], { env: { HTTPS_PROXY: value, NO_PROXY: '' } });
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      "Connect-SPOService: The HTTPS_PROXY environment variable is not a valid URL. Set it to the proxy's address, for example http://proxy.example.com:8080, or clear it.\n",
    );
  }
  const socks = await runSpo(['-c', ONE_LINE_CONNECT], { env: { HTTPS_PROXY: 'socks5://127.0.0.1:1', NO_PROXY: '' } });
  assert.equal(
    socks.stderr,
    'Connect-SPOService: The HTTPS_PROXY environment variable names a SOCKS proxy (socks5://), which spo does not support. Use an HTTP proxy (http:// or https://), for example http://proxy.example.com:8080, or clear it.\n',
  );
});
