// TLS failures of a custom -AuthenticationUrl (issue 13, item 6): reported as the default authority's
// are (TlsFailure, the certificate problem, the NODE_EXTRA_CA_CERTS hint), not as an unreachable
// authority without its cause; and a NODE_EXTRA_CA_CERTS file holding no certificate is named.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:https';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Network } from '../src/net/network.js';
import { SANDBOX_CERT_PEM, SANDBOX_KEY_PEM } from '../src/sandbox/test-certificate.js';
import { TestHost } from './helpers/test-host.js';
import { shellOn, useConfigDir } from './helpers/auth-sandbox.js';

const root = useConfigDir('spo-auth-tls-');

/** An HTTPS server on loopback whose certificate nobody trusts (the sandbox's, without routing). */
let server: Server;
let port = 0;
before(async () => {
  server = createServer({ cert: SANDBOX_CERT_PEM, key: SANDBOX_KEY_PEM }, (_req, res) => res.end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function connectTo(env: NodeJS.ProcessEnv): Promise<TestHost> {
  const host = new TestHost();
  const sh = shellOn(host, new Network({ env, defaultTimeoutMs: 3000, maxRetries: 0 }));
  await sh.run(
    "$c = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); " +
      `Connect-SPOService -Url https://contoso-admin.sharepoint.com -AuthenticationUrl https://127.0.0.1:${port}/organizations -Credential $c`,
  );
  await sh.run('$Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category');
  return host;
}

test('an untrusted certificate on a custom -AuthenticationUrl is TlsFailure with its cause and the NODE_EXTRA_CA_CERTS hint', async () => {
  const host = await connectTo({});
  assert.match(
    host.errors,
    new RegExp(
      `^Connect-SPOService: Could not reach the sign-in service: GET https://127\\.0\\.0\\.1:${port}/organizations/v2\\.0/\\.well-known/openid-configuration failed: ` +
        `the certificate presented for 127\\.0\\.0\\.1:${port} is not trusted \\(DEPTH_ZERO_SELF_SIGNED_CERT\\)\\. ` +
        'If a proxy or firewall inspects HTTPS traffic, put its root certificate in a PEM file and set NODE_EXTRA_CA_CERTS to that file\\.',
    ),
  );
  assert.match(host.output, /^TlsFailure,Microsoft\.Online\.SharePoint\.PowerShell\.ConnectSPOService\nSecurityError\n$/);
});

test('a NODE_EXTRA_CA_CERTS file that holds no certificate is named in a warning', async () => {
  const file = join(root, 'proxy-ca.pem');
  writeFileSync(file, 'this is not a certificate\n');
  const host = await connectTo({ NODE_EXTRA_CA_CERTS: file });
  assert.ok(
    host.text('warning').includes(
      `WARNING: NODE_EXTRA_CA_CERTS names ${file}, which holds no certificate (no -----BEGIN CERTIFICATE----- block), so it was ignored and only the built-in root certificates are trusted.`,
    ),
    host.text(),
  );
  assert.match(host.errors, /is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
});

test('a NODE_EXTRA_CA_CERTS file with the certificate is trusted, without a warning', async () => {
  const file = join(root, 'good-ca.pem');
  writeFileSync(file, SANDBOX_CERT_PEM);
  const host = await connectTo({ NODE_EXTRA_CA_CERTS: file });
  assert.equal(host.text('warning'), '');
  assert.doesNotMatch(host.errors, /not trusted/);
});
