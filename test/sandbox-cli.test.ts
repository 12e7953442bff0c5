// `spo --sandbox` end to end as a process: the sandbox starts in-process, the real host names are routed
// to it (also when a proxy is configured: routed traffic never goes to a proxy), and the process exits
// by itself when the script ends.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSpo } from './helpers/spo-process.js';

const EXAMPLE_2 = [
  '$password = ConvertTo-SecureString "password" -AsPlainText -Force',
  '$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList "admin@contoso.com", $password',
  'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred -Debug',
  'Write-Output "connected"',
].join('\n');

test('spo --sandbox -c signs in over the routed host names and exits on its own', async () => {
  // Exiting on its own: a shell that kept running would be killed at the limit and fail on its exit code.
  const r = await runSpo(['--sandbox', '-c', EXAMPLE_2], { timeoutMs: 15_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /DEBUG: POST https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/token\?client-request-id=[0-9a-f-]{36} -> HTTP 200 \(\d+ ms\)/);
  assert.match(r.stdout, /DEBUG: POST https:\/\/contoso-admin\.sharepoint\.com\/_vti_bin\/client\.svc\/ProcessQuery -> HTTP 200 \(\d+ ms\)/);
  assert.match(r.stdout, /^connected$/m);
  assert.equal((r.stdout + r.stderr).includes('"password"'), false);
});

test('a configured proxy does not capture sandbox traffic', async () => {
  const r = await runSpo(['--sandbox', '-c', EXAMPLE_2], {
    timeoutMs: 15_000,
    env: { HTTPS_PROXY: 'http://127.0.0.1:1', HTTP_PROXY: 'http://127.0.0.1:1', NO_PROXY: '' },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^connected$/m);
});
