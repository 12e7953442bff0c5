// SPO_SANDBOX_FAULTS (issue 13, item 12): the sandbox's faults switched on by hand for `spo --sandbox`,
// parsed strictly, and what a user then sees.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFaultSwitches } from '../src/sandbox/fault-switches.js';
import { CLOUDS } from '../src/auth/clouds.js';
import { runSpo } from './helpers/spo-process.js';

const USAGE =
  'Each fault is kind[:value][@target][*times], separated by commas: kind is 429, 503, 500, latency, drop, malformed, escapes, tls; target is login, token, devicecode, sharepoint; for example 429:5@token*2.';

test('the documented forms', () => {
  assert.deepEqual(parseFaultSwitches(undefined), { faults: [], tls: false });
  assert.deepEqual(parseFaultSwitches('  '), { faults: [], tls: false });
  assert.deepEqual(parseFaultSwitches('429:5@token*2, latency:3000@sharepoint,tls, 500, drop@login*1, malformed@devicecode, escapes, 503:0.5'), {
    faults: [
      { kind: '429', retryAfterSeconds: 5, host: /^login\./, path: /\/token$/, times: 2 },
      { kind: 'latency', latencyMs: 3000, host: /\.(?:sharepoint(?:-mil)?|sovcloud-sharepoint)\.[a-z]+$/ },
      { kind: '500' },
      { kind: 'drop', host: /^login\./, times: 1 },
      { kind: 'malformed', host: /^login\./, path: /\/devicecode$/ },
      { kind: 'escapes' },
      { kind: '503', retryAfterSeconds: 0.5 },
    ],
    tls: true,
  });
});

test('anything else is refused with a sentence naming the wrong part', () => {
  const cases: Array<[string, string]> = [
    ['404', "'404' in '404' is not a kind of fault."],
    ['429:soon', "'soon' in '429:soon' is not a number of seconds for Retry-After."],
    ['latency:1.5', "'1.5' in 'latency:1.5' is not a whole number of milliseconds."],
    ['500:3', "'500:3': 500 takes no value."],
    ['429@graph', "'graph' in '429@graph' is not a target."],
    ['429*0', "'0' in '429*0' is not a count (a whole number from 1)."],
    ['tls:1', "'tls:1': tls takes no value or count (it affects every connection to its target)."],
    ['tls*2', "'tls*2': tls takes no value or count (it affects every connection to its target)."],
    ['tls@token', "'token' in 'tls@token' is not a target for tls: use login or sharepoint."],
    ['429,,500', "'429,,500' has an empty entry."],
  ];
  for (const [value, why] of cases) assert.throws(() => parseFaultSwitches(value), { message: `SPO_SANDBOX_FAULTS: ${why} ${USAGE}` }, value);
});

test('tls with a target affects only that target\'s hosts; tls alone, every host', () => {
  assert.deepEqual(parseFaultSwitches('tls@login'), { faults: [], tls: true, tlsHosts: /^login\./ });
  assert.deepEqual(parseFaultSwitches('tls@SharePoint'), { faults: [], tls: true, tlsHosts: /\.(?:sharepoint(?:-mil)?|sovcloud-sharepoint)\.[a-z]+$/ });
  const both = parseFaultSwitches('tls@login, tls@sharepoint').tlsHosts!;
  assert.ok(both.test('login.microsoftonline.com') && both.test('contoso-admin.sharepoint.com'));
  assert.deepEqual(parseFaultSwitches('tls@login, tls'), { faults: [], tls: true });
});

const CONNECT =
  "$c = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c";

test('spo --sandbox with SPO_SANDBOX_FAULTS=500@token reports the sign-in service error', async () => {
  const r = await runSpo(['--sandbox', '-c', CONNECT], { timeoutMs: 15_000, env: { SPO_SANDBOX_FAULTS: '500@token' } });
  assert.match(r.stdout + r.stderr, /The sign-in service at login\.microsoftonline\.com answered HTTP 500 \(a server error\)\./);
});

test('spo --sandbox with SPO_SANDBOX_FAULTS=tls reports a TLS failure with the NODE_EXTRA_CA_CERTS hint', async () => {
  const r = await runSpo(['--sandbox', '-c', CONNECT], { timeoutMs: 15_000, env: { SPO_SANDBOX_FAULTS: 'tls' } });
  assert.match(r.stdout + r.stderr, /Could not reach the sign-in service: POST https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/token\?client-request-id=[0-9a-f-]+ failed: the certificate presented for login\.microsoftonline\.com is not trusted \([A-Z_]+\)\. .*NODE_EXTRA_CA_CERTS/);
});

test('spo --sandbox with SPO_SANDBOX_FAULTS=tls@sharepoint signs in, then fails the SharePoint check on its certificate', async () => {
  const r = await runSpo(['--sandbox', '-c', CONNECT], { timeoutMs: 15_000, env: { SPO_SANDBOX_FAULTS: 'tls@sharepoint' } });
  assert.match(r.stdout + r.stderr, /Could not check the connection with SharePoint: POST https:\/\/contoso-admin\.sharepoint\.com\/_vti_bin\/client\.svc\/ProcessQuery failed: the certificate presented for contoso-admin\.sharepoint\.com is not trusted/);
  assert.doesNotMatch(r.stdout + r.stderr, /sign-in service/);
});

test('a bad SPO_SANDBOX_FAULTS stops spo --sandbox before it starts, with exit code 64', async () => {
  const r = await runSpo(['--sandbox', '-c', 'Write-Output started'], { timeoutMs: 15_000, env: { SPO_SANDBOX_FAULTS: '429@graph' } });
  assert.equal(r.code, 64);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `spo: SPO_SANDBOX_FAULTS: 'graph' in '429@graph' is not a target. ${USAGE}\n`);
});

test('the sharepoint target takes every cloud\'s SharePoint hosts (sovereign ones included) and no sign-in host', () => {
  const host = parseFaultSwitches('500@sharepoint').faults[0]!.host!;
  const tlsHosts = parseFaultSwitches('tls@sharepoint').tlsHosts!;
  for (const cloud of Object.values(CLOUDS)) {
    for (const suffix of cloud.sharePointSuffixes) {
      for (const name of [`contoso-admin.${suffix}`, `contoso.${suffix}`, `contoso-my.${suffix}`]) {
        assert.ok(host.test(name), `${cloud.name}: ${name}`);
        assert.ok(tlsHosts.test(name), `tls ${cloud.name}: ${name}`);
      }
    }
    assert.ok(!host.test(cloud.loginHost), `${cloud.name}: ${cloud.loginHost} is not a SharePoint host`);
  }
  assert.ok(!host.test('contoso-admin.sharepoint.com.example.net'));
});

test('spo -c: a throttled sign-in that is retried says so only as a verbose record on stdout (as pwsh reports its web cmdlets\' retries), never as a line of output of its own', async () => {
  // pwsh -c sends verbose records to stdout ("VERBOSE: ..."), and its Invoke-RestMethod -MaximumRetryCount
  // reports a retry as one: `Retrying after interval of 1 seconds. Status code for previous attempt: TooManyRequests`.
  const env = { SPO_SANDBOX_FAULTS: '429:0.1@token*1' };
  const quiet = await runSpo(['--sandbox', '-c', `${CONNECT}; 'connected'`], { timeoutMs: 15_000, env });
  assert.deepEqual({ stdout: quiet.stdout, stderr: quiet.stderr }, { stdout: 'connected\n', stderr: '' });
  const verbose = await runSpo(['--sandbox', '-c', `${CONNECT} -Verbose; 'connected'`], { timeoutMs: 15_000, env });
  assert.equal(verbose.stderr, '');
  const notices = verbose.stdout.split('\n').filter((line) => /answered HTTP 429/.test(line));
  assert.deepEqual(notices, ['VERBOSE: login.microsoftonline.com answered HTTP 429 (too many requests); retrying in 1 s (retry 1).']);
  assert.match(verbose.stdout, /\nconnected\n$/);
});
