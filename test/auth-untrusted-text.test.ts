// Text from servers never reaches the terminal with its control sequences (issue 13, item 4): an
// error_description, a SharePoint ErrorInfo message or a header could set the window title (OSC 0),
// write the clipboard (OSC 52) or clear the screen. What a script writes itself still passes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Shell } from '../src/engine/shell.js';
import { Network, untrustedText, untrustedHeaders, displayUrl } from '../src/net/network.js';
import { toNetworkError } from '../src/net/network-error.js';
import { TestHost } from './helpers/test-host.js';
import { CONNECT_AS_ADMIN, shellOn, useSandbox } from './helpers/auth-sandbox.js';

const sandbox = useSandbox('spo-auth-untrusted-');
const CONNECT = `${CONNECT_AS_ADMIN} -Verbose -Debug`;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

function shell(): { sh: Shell; host: TestHost } {
  const host = new TestHost();
  return { sh: shellOn(host, new Network({ defaultTimeoutMs: 1500, defaultRetryDelayMs: 20, maxRetries: 1 })), host };
}

test('untrustedText removes whole OSC/CSI sequences and control characters, keeping tab, line feed and CR LF', () => {
  assert.equal(
    untrustedText('a\x1b]0;title\x07b\x1b]52;c;ZXZpbA==\x1b\\c\x1b[31mred\x1b[0m\r\nx\ty\rz\x00\x7f\x9b2J\x9d0;t\x9cé😀'),
    'abcred\r\nx\tyzé😀',
  );
  assert.equal(untrustedText('plain text, unchanged.'), 'plain text, unchanged.');
  assert.deepEqual(untrustedHeaders({ 'retry-after': '5\x1b]0;x\x07' }), { 'retry-after': '5' });
  assert.equal(displayUrl('https://h/p?client-request-id=%1B%5D0%3Bx%07'), 'https://h/p?client-request-id=');
  assert.equal(toNetworkError(new Error('boom\x1b]52;c;eA==\x07'), 'GET', 'https://h/').message, 'GET https://h/ failed: boom.');
});

test("an identity platform's error_description with escape sequences is shown as plain text", async () => {
  const { sh, host } = shell();
  sandbox.current.setFault({ host: /^login\./, kind: 'escapes', times: 1 });
  await sh.run(CONNECT);
  assert.match(host.text(), /Sign-in failed: The request was refused by the server\./);
  assert.doesNotMatch(host.text(), CONTROL);
});

test('a SharePoint ErrorInfo message with escape sequences is shown as plain text', async () => {
  const { sh, host } = shell();
  sandbox.current.setFault({ host: /sharepoint\.com$/, kind: 'escapes', times: 1 });
  await sh.run(CONNECT);
  assert.match(host.text(), /SharePoint refused the connection check: The request was refused by the server\. \(Microsoft\.SharePoint\.Client\.ServerException\)/);
  assert.doesNotMatch(host.text(), CONTROL);
});

test('what a script writes itself keeps its escape sequences, as in PowerShell', async () => {
  const { sh, host } = shell();
  await sh.run('Write-Output "`e[31mred`e[0m"');
  assert.ok(host.text().includes('\x1b[31mred\x1b[0m'));
});
