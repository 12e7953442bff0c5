// What a throttled sign-in says (issue 13, item 10): a Retry-After longer than the shell waits is not
// retried, and the message must not claim retries; one second is "1 second".

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../src/engine/shell.js';
import { Network } from '../src/net/network.js';
import { startSandbox, type SandboxHandle } from '../src/sandbox/index.js';
import { NETWORK_SERVICE_KEY } from '../src/auth/connect.js';
import { TestHost } from './helpers/test-host.js';

const root = mkdtempSync(join(tmpdir(), 'spo-auth-retry-'));
process.env.SPO_CONFIG_DIR = join(root, 'config');
delete process.env.SPO_CLIENT_ID;

let sandbox: SandboxHandle;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  sandbox.log.length = 0;
  sandbox.clearFaults();
});

async function connect(network: Network): Promise<TestHost> {
  const host = new TestHost();
  const sh = new Shell({ host });
  sh.session.services.set(NETWORK_SERVICE_KEY, network);
  await sh.run(
    "$c = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c",
  );
  return host;
}

test('a Retry-After beyond the cap is not waited for, and the message says so instead of "after several retries"', async () => {
  sandbox.setFault({ host: /^login\./, path: /\/token$/, kind: '429', retryAfterSeconds: 1 });
  const host = await connect(new Network({ maxRetryDelayMs: 500, maxRetries: 3 }));
  assert.equal(sandbox.log.length, 1, 'one request: nothing was retried');
  assert.match(
    host.errors,
    /^Connect-SPOService: The sign-in service at login\.microsoftonline\.com is busy \(HTTP 429\) and asks to wait 1 second, so the shell did not retry\. Try Connect-SPOService again after that\.\n/,
  );
});

test('after its retries the message says how long the service asks to wait, in the singular for one second', async () => {
  sandbox.setFault({ host: /^login\./, path: /\/token$/, kind: '503', retryAfterSeconds: 1 });
  const host = await connect(new Network({ maxRetries: 1 }));
  assert.equal(sandbox.log.length, 2, 'the first answer and one retry');
  assert.match(
    host.errors,
    /^Connect-SPOService: The sign-in service at login\.microsoftonline\.com is busy \(HTTP 503\) and did not answer after one retry\. It asks to wait 1 second\. Try Connect-SPOService again later\.\n/,
  );
});

test('SharePoint asking to wait one second says "1 second"', async () => {
  sandbox.setFault({ host: /sharepoint\.com$/, kind: '429', retryAfterSeconds: 1 });
  const host = await connect(new Network({ maxRetryDelayMs: 500 }));
  assert.match(host.errors, /^Connect-SPOService: SharePoint is busy and asked the shell to slow down \(HTTP 429\); it suggests waiting 1 second\. Try Connect-SPOService again later\.\n/);
});
