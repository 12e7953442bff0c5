// What a throttled sign-in says (issue 13, item 10): a Retry-After longer than the shell waits is not
// retried, and the message must not claim retries; one second is "1 second".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Network } from '../src/net/network.js';
import { TestHost } from './helpers/test-host.js';
import { CONNECT_AS_ADMIN, shellOn, useSandbox } from './helpers/auth-sandbox.js';

const handle = useSandbox('spo-auth-retry-');

async function connect(network: Network): Promise<TestHost> {
  const host = new TestHost();
  await shellOn(host, network).run(CONNECT_AS_ADMIN);
  return host;
}

test('a Retry-After beyond the cap is not waited for, and the message says so instead of "after several retries"', async () => {
  handle.current.setFault({ host: /^login\./, path: /\/token$/, kind: '429', retryAfterSeconds: 1 });
  const host = await connect(new Network({ maxRetryDelayMs: 500, maxRetries: 3 }));
  assert.equal(handle.current.log.length, 1, 'one request: nothing was retried');
  assert.match(
    host.errors,
    /^Connect-SPOService: The sign-in service at login\.microsoftonline\.com is busy \(HTTP 429\) and asks to wait 1 second, so the shell did not retry\. Try Connect-SPOService again after that\.\n/,
  );
});

test('after its retries the message says how long the service asks to wait, in the singular for one second', async () => {
  handle.current.setFault({ host: /^login\./, path: /\/token$/, kind: '503', retryAfterSeconds: 1 });
  const host = await connect(new Network({ maxRetries: 1 }));
  assert.equal(handle.current.log.length, 2, 'the first answer and one retry');
  assert.match(
    host.errors,
    /^Connect-SPOService: The sign-in service at login\.microsoftonline\.com is busy \(HTTP 503\) and did not answer after one retry\. It asks to wait 1 second\. Try Connect-SPOService again later\.\n/,
  );
});

test('SharePoint asking to wait one second says "1 second"', async () => {
  handle.current.setFault({ host: /sharepoint\.com$/, kind: '429', retryAfterSeconds: 1 });
  const host = await connect(new Network({ maxRetryDelayMs: 500 }));
  assert.match(host.errors, /^Connect-SPOService: SharePoint is busy and asked the shell to slow down \(HTTP 429\); it suggests waiting 1 second\. Try Connect-SPOService again later\.\n/);
});
