// The network module against local HTTPS servers: timeouts, 429/503 retry with Retry-After, cancellation,
// error bodies, transport failures, trust (extra CA, NODE_EXTRA_CA_CERTS), proxies and host routing.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Network, NetworkError, routeHostsTo, resetRouting, displayUrl, PROXY_SETTING_ERROR } from '../src/net/network.js';
import { parseRetryAfter } from '../src/net/retry-after.js';
import { createMsalNetworkModule } from '../src/auth/msal-network.js';
import { SANDBOX_CERT_PEM, SANDBOX_KEY_PEM } from '../src/sandbox/test-certificate.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: HttpsServer;
let port = 0;
let handler: Handler = (_req, res) => res.end('ok');
const seen: Array<{ method: string; url: string; host: string }> = [];
const sockets = new Set<Socket>();

before(async () => {
  server = createHttpsServer({ cert: SANDBOX_CERT_PEM, key: SANDBOX_KEY_PEM }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '' });
      handler(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function reset(h: Handler): void {
  handler = h;
  seen.length = 0;
}

const url = (path: string) => `https://127.0.0.1:${port}${path}`;
const trusted = (extra: Partial<ConstructorParameters<typeof Network>[0]> = {}) =>
  new Network({ env: {}, extraCaPem: SANDBOX_CERT_PEM, ...extra });

describe('requests and responses', () => {
  test('returns status, lower-case headers and body; reports the response to the observer', async () => {
    reset((_req, res) => {
      res.writeHead(200, { 'X-Custom': 'a', 'content-type': 'text/plain' });
      res.end('hello');
    });
    const net = trusted();
    const responses: Array<{ method: string; url: string; status: number }> = [];
    const r = await net.request({ method: 'GET', url: url('/x?code=SECRETCODE&client-request-id=abc') }, {
      onResponse: ({ method, url: u, status }) => responses.push({ method, url: u, status }),
    });
    assert.equal(r.status, 200);
    assert.equal(r.body, 'hello');
    assert.equal(r.headers['x-custom'], 'a');
    assert.deepEqual(responses, [{ method: 'GET', url: url('/x?code=***&client-request-id=abc'), status: 200 }]);
    await net.close();
  });

  test('sends POST bodies and headers', async () => {
    let got = '';
    let type = '';
    reset((req, res, body) => {
      got = body;
      type = String(req.headers['content-type']);
      res.end('{}');
    });
    const net = trusted();
    await net.request({ method: 'POST', url: url('/p'), headers: { 'content-type': 'text/xml' }, body: '<Request/>' });
    assert.equal(got, '<Request/>');
    assert.equal(type, 'text/xml');
    await net.close();
  });

  test('a 500 is returned with its body, not thrown, and not retried', async () => {
    reset((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('500 INTERNAL SERVER ERROR');
    });
    const net = trusted();
    const r = await net.request({ method: 'GET', url: url('/e') });
    assert.equal(r.status, 500);
    assert.equal(r.body, '500 INTERNAL SERVER ERROR');
    assert.equal(seen.length, 1);
    await net.close();
  });

  test('a request with no answer times out with ETIMEDOUT and a plain message', async () => {
    reset(() => {
      /* never answers */
    });
    const net = trusted();
    const started = Date.now();
    await assert.rejects(net.request({ method: 'GET', url: url('/slow'), timeoutMs: 200 }), (e: unknown) => {
      assert.ok(e instanceof NetworkError);
      assert.equal(e.code, 'ETIMEDOUT');
      assert.equal(e.message, `GET ${url('/slow')} failed: no response within 0.2 seconds.`);
      return true;
    });
    assert.ok(Date.now() - started < 2000);
    await net.close();
  });

  test('a dropped connection is a NetworkError that says the connection closed, with the cause kept', async () => {
    reset((req) => req.socket.destroy());
    const net = trusted();
    await assert.rejects(net.request({ method: 'GET', url: url('/drop') }), (e: unknown) => {
      assert.ok(e instanceof NetworkError);
      assert.equal(e.code, 'UND_ERR_SOCKET');
      assert.match(e.message, /^GET https:\/\/127\.0\.0\.1:\d+\/drop failed: the connection to 127\.0\.0\.1:\d+ was closed before a complete response arrived \(UND_ERR_SOCKET\)\.$/);
      assert.ok(e.cause);
      return true;
    });
    await net.close();
  });

  test('a refused connection names the host and ECONNREFUSED', async () => {
    const net = trusted();
    await assert.rejects(net.request({ method: 'GET', url: 'https://127.0.0.1:1/x' }), (e: unknown) => {
      assert.ok(e instanceof NetworkError);
      assert.equal(e.code, 'ECONNREFUSED');
      assert.equal(e.message, 'GET https://127.0.0.1:1/x failed: the connection to 127.0.0.1:1 was refused (ECONNREFUSED).');
      return true;
    });
    await net.close();
  });
});

describe('retry on 429 and 503', () => {
  test('429 then success: waits as Retry-After says, tells the observer, returns the success', async () => {
    let n = 0;
    reset((_req, res) => {
      n += 1;
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '0.3' });
        res.end('slow down');
      } else res.end('done');
    });
    const net = trusted();
    const retries: unknown[] = [];
    const started = Date.now();
    const r = await net.request({ method: 'POST', url: url('/t'), body: 'x' }, { onRetry: (i) => retries.push(i) });
    const elapsed = Date.now() - started;
    assert.equal(r.status, 200);
    assert.equal(r.body, 'done');
    assert.equal(seen.length, 2);
    assert.deepEqual(retries, [{ status: 429, delayMs: 300, attempt: 1, url: url('/t') }]);
    assert.ok(elapsed >= 290, `waited ${elapsed} ms`);
    await net.close();
  });

  test('503 is retried a bounded number of times, then the 503 is returned', async () => {
    reset((_req, res) => {
      res.writeHead(503, { 'retry-after': '0.01' });
      res.end('busy');
    });
    const net = trusted({ maxRetries: 3 });
    const r = await net.request({ method: 'GET', url: url('/busy') });
    assert.equal(r.status, 503);
    assert.equal(r.body, 'busy');
    assert.equal(seen.length, 4);
    await net.close();
  });

  test('without Retry-After the default delay doubles per attempt', async () => {
    reset((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    const net = trusted({ maxRetries: 2, defaultRetryDelayMs: 20 });
    const delays: number[] = [];
    await net.request({ method: 'GET', url: url('/busy') }, { onRetry: (i) => delays.push(i.delayMs) });
    assert.deepEqual(delays, [20, 40]);
    await net.close();
  });

  test('a Retry-After longer than the maximum is not waited for', async () => {
    reset((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    });
    const net = trusted();
    const r = await net.request({ method: 'GET', url: url('/long') });
    assert.equal(r.status, 429);
    assert.equal(seen.length, 1);
    await net.close();
  });

  test('the wait for Retry-After is cancelled through the AbortSignal', async () => {
    reset((_req, res) => {
      res.writeHead(429, { 'retry-after': '30' });
      res.end();
    });
    const net = trusted();
    const controller = new AbortController();
    const started = Date.now();
    const pending = net.request({ method: 'GET', url: url('/wait'), signal: controller.signal }, {
      onRetry: () => setTimeout(() => controller.abort(), 50),
    });
    await assert.rejects(pending, (e: unknown) => {
      assert.ok(e instanceof NetworkError);
      assert.equal(e.code, 'ABORT_ERR');
      assert.equal(e.message, `GET ${url('/wait')} was cancelled.`);
      return true;
    });
    assert.ok(Date.now() - started < 2000);
    assert.equal(seen.length, 1);
    await net.close();
  });

  test('Retry-After as seconds, fractions and HTTP dates', () => {
    assert.equal(parseRetryAfter('2'), 2000);
    assert.equal(parseRetryAfter('0.25'), 250);
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(undefined), undefined);
  });
});

describe('msal network module', () => {
  test('an identity error body is returned parsed with its status and kept as lastIdentityError', async () => {
    const errorBody = { error: 'authorization_declined', error_description: 'AADSTS70000: declined', error_codes: [70000] };
    reset((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify(errorBody));
    });
    const net = trusted();
    const mod = createMsalNetworkModule(net);
    const r = await mod.sendPostRequestAsync<Record<string, unknown>>(url('/token'), { body: 'a=b', headers: {} });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, errorBody);
    assert.deepEqual(mod.lastIdentityError, { status: 400, body: errorBody });
    await net.close();
  });

  test('an empty body becomes {}', async () => {
    reset((_req, res) => res.end(''));
    const net = trusted();
    const r = await createMsalNetworkModule(net).sendGetRequestAsync(url('/empty'));
    assert.deepEqual(r.body, {});
    await net.close();
  });

  test('malformed JSON is an msal AuthError that says so', async () => {
    reset((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>proxy login</html>');
    });
    const net = trusted();
    await assert.rejects(createMsalNetworkModule(net).sendPostRequestAsync(url('/token'), { body: '' }), (e: unknown) => {
      const err = e as { name: string; errorCode: string; errorMessage: string };
      assert.equal(err.name, 'AuthError');
      assert.equal(err.errorCode, 'malformed_response');
      assert.equal(err.errorMessage, `POST ${url('/token')} returned HTTP 200 with a body that is not valid JSON (text/html).`);
      return true;
    });
    await net.close();
  });

  test('a transport failure is an msal AuthError network_error carrying the explanation', async () => {
    const net = trusted();
    await assert.rejects(createMsalNetworkModule(net).sendPostRequestAsync('https://127.0.0.1:1/token', { body: '' }), (e: unknown) => {
      const err = e as { errorCode: string; errorMessage: string; cause: unknown };
      assert.equal(err.errorCode, 'network_error');
      assert.equal(err.errorMessage, 'POST https://127.0.0.1:1/token failed: the connection to 127.0.0.1:1 was refused (ECONNREFUSED).');
      assert.ok(err.cause instanceof NetworkError);
      return true;
    });
    await net.close();
  });
});

describe('trust', () => {
  test('an untrusted certificate is refused with advice about NODE_EXTRA_CA_CERTS', async () => {
    reset((_req, res) => res.end('ok'));
    const net = new Network({ env: {} });
    await assert.rejects(net.request({ method: 'GET', url: url('/') }), (e: unknown) => {
      assert.ok(e instanceof NetworkError);
      assert.equal(e.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
      assert.match(e.message, /the certificate presented for 127\.0\.0\.1:\d+ is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)\. If a proxy or firewall inspects HTTPS traffic, put its root certificate in a PEM file and set NODE_EXTRA_CA_CERTS to that file\.$/);
      return true;
    });
    await net.close();
  });

  test('the NODE_EXTRA_CA_CERTS file is read and trusted', async () => {
    reset((_req, res) => res.end('trusted'));
    const dir = mkdtempSync(join(tmpdir(), 'spo-net-'));
    const file = join(dir, 'ca.pem');
    writeFileSync(file, SANDBOX_CERT_PEM);
    try {
      const net = new Network({ env: { NODE_EXTRA_CA_CERTS: file } });
      const r = await net.request({ method: 'GET', url: url('/') });
      assert.equal(r.body, 'trusted');
      await net.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('getNetwork() in a process started with NODE_EXTRA_CA_CERTS trusts that file', async () => {
    reset((_req, res) => res.end('child ok'));
    const dir = mkdtempSync(join(tmpdir(), 'spo-net-'));
    const file = join(dir, 'ca.pem');
    writeFileSync(file, SANDBOX_CERT_PEM);
    const moduleUrl = new URL('../src/net/network.js', import.meta.url).href;
    const script = `const { getNetwork } = await import(${JSON.stringify(moduleUrl)});
      const r = await getNetwork().request({ method: 'GET', url: ${JSON.stringify(url('/child'))} });
      process.stdout.write(r.status + ' ' + r.body);`;
    try {
      const out = await new Promise<string>((resolve, reject) => {
        execFile(process.execPath, ['--input-type=module', '-e', script], {
          env: { ...process.env, NODE_EXTRA_CA_CERTS: file, HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '' },
          cwd: fileURLToPath(new URL('.', import.meta.url)),
        }, (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)));
      });
      assert.equal(out, '200 child ok');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('proxy', () => {
  let proxy: Server;
  let proxyPort = 0;
  const connects: Array<{ target: string; auth: string | undefined }> = [];
  const tunnels = new Set<Socket>();

  before(async () => {
    proxy = createHttpServer((_req, res) => {
      res.writeHead(405);
      res.end();
    });
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      connects.push({ target: req.url ?? '', auth: req.headers['proxy-authorization'] });
      const [host, p] = (req.url ?? '').split(':');
      const upstream = connect(Number(p), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      tunnels.add(upstream).add(client);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyPort = (proxy.address() as { port: number }).port;
  });

  after(async () => {
    for (const s of tunnels) s.destroy();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  test('with HTTPS_PROXY set, the request goes through a CONNECT tunnel (credentials passed on)', async () => {
    reset((_req, res) => res.end('via proxy'));
    connects.length = 0;
    const net = new Network({ env: { HTTPS_PROXY: `http://alice:s3cret@127.0.0.1:${proxyPort}`, NO_PROXY: '' }, extraCaPem: SANDBOX_CERT_PEM });
    const r = await net.request({ method: 'GET', url: url('/proxied') });
    assert.equal(r.body, 'via proxy');
    assert.equal(connects.length, 1);
    assert.equal(connects[0]!.target, `127.0.0.1:${port}`);
    assert.equal(connects[0]!.auth, `Basic ${Buffer.from('alice:s3cret').toString('base64')}`);
    await net.close();
  });

  test('NO_PROXY bypasses the proxy', async () => {
    reset((_req, res) => res.end('direct'));
    connects.length = 0;
    const net = new Network({ env: { HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: '127.0.0.1,localhost' }, extraCaPem: SANDBOX_CERT_PEM });
    const r = await net.request({ method: 'GET', url: url('/direct') });
    assert.equal(r.body, 'direct');
    assert.equal(connects.length, 0);
    await net.close();
  });

  test('a proxy variable that is not a usable URL is named (its value never shown), before any connection', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ HTTPS_PROXY: 'notaurl' }, "The HTTPS_PROXY environment variable is not a valid URL. Set it to the proxy's address, for example http://proxy.example.com:8080, or clear it."],
      [{ HTTPS_PROXY: 'http://alice:s3cret@[::1' }, "The HTTPS_PROXY environment variable is not a valid URL. Set it to the proxy's address, for example http://proxy.example.com:8080, or clear it."],
      [{ https_proxy: 'proxy.example.com:8080' }, "The https_proxy environment variable is not an http:// or https:// URL. Set it to the proxy's address, for example http://proxy.example.com:8080, or clear it."],
      [{ HTTPS_PROXY: 'socks5://alice:s3cret@127.0.0.1:1080' }, 'The HTTPS_PROXY environment variable names a SOCKS proxy (socks5://), which spo does not support. Use an HTTP proxy (http:// or https://), for example http://proxy.example.com:8080, or clear it.'],
      // HTTP_PROXY is the fallback for https URLs, and undici builds its agent as well.
      [{ HTTP_PROXY: 'http://[::1' }, "The HTTP_PROXY environment variable is not a valid URL. Set it to the proxy's address, for example http://proxy.example.com:8080, or clear it."],
    ];
    for (const [env, message] of cases) {
      seen.length = 0;
      const net = new Network({ env: { ...env, NO_PROXY: '' }, extraCaPem: SANDBOX_CERT_PEM });
      await assert.rejects(net.request({ method: 'GET', url: url('/x') }), (e: unknown) => {
        assert.ok(e instanceof NetworkError);
        assert.equal(e.code, PROXY_SETTING_ERROR);
        assert.equal(e.message, message);
        assert.doesNotMatch(e.message, /s3cret|alice/);
        return true;
      });
      assert.equal(seen.length, 0, 'nothing reached the server');
      await net.close();
    }
  });

  test('a proxy that cannot be reached is reported as a transport failure', async () => {
    const net = new Network({ env: { HTTPS_PROXY: 'http://127.0.0.1:1', NO_PROXY: '' }, extraCaPem: SANDBOX_CERT_PEM });
    await assert.rejects(net.request({ method: 'GET', url: url('/x') }), (e: unknown) => {
      assert.ok(e instanceof NetworkError);
      assert.equal(e.code, 'ECONNREFUSED');
      assert.equal(e.message, `GET ${url('/x')} failed: the connection to the proxy 127.0.0.1:1 was refused (ECONNREFUSED).`);
      return true;
    });
    await net.close();
  });
});

describe('host routing', () => {
  test('a routed host name reaches 127.0.0.1:port with its own Host header and SNI, trusting the given CA', async () => {
    reset((req, res) => res.end(`host=${req.headers.host}`));
    routeHostsTo({ port, caPem: SANDBOX_CERT_PEM, hosts: /^login\.microsoftonline\.com$/ });
    try {
      const net = new Network({ env: {} });
      const r = await net.request({ method: 'GET', url: 'https://login.microsoftonline.com/organizations/x' });
      assert.equal(r.body, 'host=login.microsoftonline.com');
      assert.equal(seen[0]!.url, '/organizations/x');
      await net.close();
    } finally {
      resetRouting();
    }
  });

  test('displayUrl hides query values other than harmless ones, and user info', () => {
    assert.equal(
      displayUrl('https://login.microsoftonline.com/common/discovery/instance?api-version=1.1&state=abc&code=xyz'),
      'https://login.microsoftonline.com/common/discovery/instance?api-version=1.1&state=***&code=***',
    );
    assert.equal(displayUrl('https://u:p@host.example/a'), 'https://host.example/a');
  });
});
