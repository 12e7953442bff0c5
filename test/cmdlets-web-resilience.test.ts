// Invoke-RestMethod / Invoke-WebRequest against throttling and unusual networks: -MaximumRetryCount and
// -RetryIntervalSec, -TimeoutSec and -OperationTimeoutSeconds, -SkipCertificateCheck, -AllowInsecureRedirect,
// -PreserveAuthorizationOnRedirect, -Proxy / -ProxyCredential / -NoProxy. Every server here is on 127.0.0.1 (the
// proxy answers for other host names itself and forwards nothing).
//
// The expected outputs, -Verbose lines and error texts were recorded from pwsh 7.6.10 on 2026-12-07 against the
// same routes (a node server on 127.0.0.1, an https one with the sandbox's self-signed certificate, and a proxy
// asking for Basic credentials), with NO_COLOR=1; the few deliberate deviations are said where they are tested.
//
// Waits: a 429's `Retry-After: 0` and a session whose RetryIntervalInSeconds is 0 (its default when
// MaximumRetryCount is set on the session itself) retry at once in pwsh too; only one test waits a second.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { runInShell } from './helpers/spo-process.js';
import { SANDBOX_CERT_PEM, SANDBOX_KEY_PEM } from '../src/sandbox/test-certificate.js';

const SECRET = 'pr0xy-SECRET-pa55';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.RETRYTOKEN';
let plain: http.Server;
let secure: https.Server;
let proxy: http.Server;
let base = '';
let secureBase = '';
let proxyUrl = '';
let securePort = 0;
/** Requests per path and query (each test uses its own `k=`), and every request seen, in order. */
const counts = new Map<string, number>();
let seen: Array<{ scheme: string; method: string; url: string; headers: http.IncomingHttpHeaders; body: string }> = [];
/** What the proxy was asked: the request line and its Proxy-Authorization. */
let proxied: string[] = [];
const BASIC = `Basic ${Buffer.from(`alice:${SECRET}`).toString('base64')}`;

function handler(scheme: string): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ scheme, method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      const u = new URL(req.url ?? '/', 'http://x');
      const key = u.pathname + u.search;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      const fails = Number(u.searchParams.get('n') ?? 1e9);
      switch (u.pathname) {
        case '/fail': {
          if (n <= fails) {
            res.statusCode = Number(u.searchParams.get('s') ?? 500);
            const ra = u.searchParams.get('ra');
            if (ra !== null) res.setHeader('Retry-After', ra);
            if (res.statusCode === 302) res.setHeader('Location', '/text');
            res.setHeader('Content-Type', 'text/plain');
            return res.end(`failed ${n}`);
          }
          res.setHeader('Content-Type', 'application/json');
          return res.end(JSON.stringify({ ok: n }));
        }
        case '/text':
          res.setHeader('Content-Type', 'text/plain');
          return res.end('hello');
        case '/headers':
          res.setHeader('Content-Type', 'application/json');
          return res.end(JSON.stringify({ authorization: req.headers.authorization ?? null, method: req.method, body: Buffer.concat(chunks).toString() }));
        case '/slow':
          setTimeout(() => res.end('late'), Number(u.searchParams.get('ms') ?? 3000)).unref();
          return;
        case '/slowbody':
          res.setHeader('Content-Type', 'text/plain');
          res.write('part');
          setTimeout(() => res.end('late'), Number(u.searchParams.get('ms') ?? 3000)).unref();
          return;
        case '/redir':
          res.statusCode = Number(u.searchParams.get('code') ?? 302);
          res.setHeader('Location', u.searchParams.get('to') ?? '/text');
          return res.end();
        default:
          return res.end('ok');
      }
    });
  };
}

before(async () => {
  plain = http.createServer(handler('http'));
  secure = https.createServer({ cert: SANDBOX_CERT_PEM, key: SANDBOX_KEY_PEM }, handler('https'));
  // A proxy that asks for Basic credentials, answers plain requests for other hosts itself, and tunnels CONNECT
  // to the https server above whatever host is named: nothing goes beyond 127.0.0.1.
  proxy = http.createServer((req, res) => {
    proxied.push(`${req.method} ${req.url} ${req.headers['proxy-authorization'] ?? '-'}`);
    if (req.headers['proxy-authorization'] !== BASIC) {
      res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="proxy"', 'Content-Length': '0' });
      return res.end();
    }
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ via: 'proxy', line: `${req.method} ${req.url}`, host: req.headers.host, authorization: req.headers.authorization ?? null }));
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
    proxied.push(`CONNECT ${req.url} ${req.headers['proxy-authorization'] ?? '-'}`);
    if (req.headers['proxy-authorization'] !== BASIC) {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(securePort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  for (const server of [plain, secure, proxy]) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  securePort = (secure.address() as AddressInfo).port;
  secureBase = `https://127.0.0.1:${securePort}`;
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

after(() => {
  for (const server of [plain, secure, proxy]) {
    server.closeAllConnections();
    server.close();
  }
});

/** Runs a script with $u, $h and $p set to the http server, the https server and the proxy, at 80 columns. */
const run = (script: string) => runInShell(`$u = '${base}'; $h = '${secureBase}'; $p = '${proxyUrl}'; ${script}`, { width: 80 });
const verboseOf = (all: string) => all.split('\n').filter((l) => l.startsWith('VERBOSE: ')).map((l) => l.slice('VERBOSE: '.length));
const hits = (key: string) => seen.filter((q) => q.url.includes(`k=${key}`)).length;

test('-MaximumRetryCount retries a 429 after its Retry-After, narrating each attempt as pwsh does', async () => {
  const r = await run('irm "$u/fail?n=2&s=429&ra=0&k=a" -MaximumRetryCount 3 -Verbose | % ok');
  assert.equal(r.err, '');
  assert.equal(r.out, '3\n');
  assert.deepEqual(verboseOf(r.all), [
    `WebRequest: v1.1 GET ${base}/fail with query length 18`,
    'WebResponse: 429 Too Many Requests with text/plain payload with body size 8 B (8 bytes)',
    'Retrying after interval of 0 seconds. Status code for previous attempt: TooManyRequests',
    `WebRequest: v1.1 GET ${base}/fail with query length 18`,
    'WebResponse: 429 Too Many Requests with text/plain payload with body size 8 B (8 bytes)',
    'Retrying after interval of 0 seconds. Status code for previous attempt: TooManyRequests',
    `WebRequest: v1.1 GET ${base}/fail with query length 18`,
    'WebResponse: 200 OK with application/json payload with body size 8 B (8 bytes)',
  ]);
  assert.equal(hits('a'), 3);
});

test('Retries: 304 and 4xx/5xx are retried (the session keeps the count and interval); a request without -MaximumRetryCount is sent once', async () => {
  // A session's own MaximumRetryCount with RetryIntervalInSeconds left at 0 retries at once (pwsh too).
  const r = await run(
    '$s = [Microsoft.PowerShell.Commands.WebRequestSession]::new(); $s.MaximumRetryCount = 3; ' +
      'foreach ($c in 500, 503, 404, 304) { irm "$u/fail?n=1&s=$c&k=b$c" -WebSession $s -Verbose | % ok }; ' +
      'try { irm "$u/fail?n=1&s=500&k=g" -RetryIntervalSec 1 } catch { "error: $($_.Exception.Message)" }; ' +
      'try { irm "$u/fail?n=1&s=500&k=h" -MaximumRetryCount 0 } catch { "error: $($_.Exception.Message)" }; ' +
      'irm "$u/text" -MaximumRetryCount 3 -SessionVariable t | Out-Null; $t.MaximumRetryCount, $t.RetryIntervalInSeconds; ' +
      'irm "$u/text" -MaximumRetryCount 2 -RetryIntervalSec 7 -WebSession $t | Out-Null; $t.MaximumRetryCount, $t.RetryIntervalInSeconds',
  );
  assert.equal(r.err, '');
  assert.equal(
    r.out,
    '2\n2\n2\n2\nerror: Response status code does not indicate success: 500 (Internal Server Error).\nerror: Response status code does not indicate success: 500 (Internal Server Error).\n3\n5\n2\n7\n',
  );
  assert.deepEqual(
    verboseOf(r.all).filter((l) => l.startsWith('Retrying')),
    ['InternalServerError', 'ServiceUnavailable', 'NotFound', 'NotModified'].map((s) => `Retrying after interval of 0 seconds. Status code for previous attempt: ${s}`),
  );
  assert.deepEqual([hits('g'), hits('h')], [1, 1]);
});

test('Retries run out: the last answer is the error (or, with -SkipHttpErrorCheck, the result); a POST body is sent again', async () => {
  const r = await run(
    'irm "$u/fail?s=429&ra=0&k=c" -MaximumRetryCount 2; ' +
      'irm "$u/fail?s=429&ra=0&k=o" -MaximumRetryCount 1 -SkipHttpErrorCheck -StatusCodeVariable sc; "sc=$sc"; ' +
      '$s = [Microsoft.PowerShell.Commands.WebRequestSession]::new(); $s.MaximumRetryCount = 1; (iwr "$u/fail?n=1&s=404&k=n" -WebSession $s -Method Post -Body "abc").StatusCode',
  );
  assert.equal(r.err, 'Invoke-RestMethod: failed 3\n');
  assert.equal(r.out, 'failed 2\nsc=429\n200\n');
  assert.equal(hits('c'), 3);
  assert.deepEqual(
    seen.filter((q) => q.url.includes('k=n')).map((q) => [q.method, q.body, q.headers['content-type']]),
    [
      ['POST', 'abc', 'application/x-www-form-urlencoded'],
      ['POST', 'abc', 'application/x-www-form-urlencoded'],
    ],
  );
});

test('-RetryIntervalSec is waited (a 429 whose Retry-After is not whole seconds uses it)', async () => {
  const started = Date.now();
  const r = await run('irm "$u/fail?n=1&s=429&ra=0.5&k=e" -MaximumRetryCount 1 -RetryIntervalSec 1 -Verbose | % ok');
  assert.equal(r.out, '2\n');
  assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
  assert.equal(verboseOf(r.all)[2], 'Retrying after interval of 1 seconds. Status code for previous attempt: TooManyRequests');
});

test("pwsh's retry quirks: an unfollowed redirect with retries left, a negative Retry-After", async () => {
  const r = await run(
    'irm "$u/fail?n=1&s=302&k=d" -MaximumRedirection 0 -MaximumRetryCount 2 -SkipHttpErrorCheck; ' +
      'try { irm "$u/fail?n=1&s=429&ra=-1&k=m" -MaximumRetryCount 1 } catch { $_.FullyQualifiedErrorId }',
  );
  assert.equal(r.err, 'Invoke-RestMethod: The request message was already sent. Cannot send the same request message multiple times.\n');
  assert.equal(r.out, 'System.ArgumentOutOfRangeException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\n');
  assert.equal(hits('d'), 1);
});

test('-TimeoutSec ends at the response headers; -OperationTimeoutSeconds limits each read of the body', async () => {
  const [headersIn, bodyStalls] = await Promise.all([
    run('irm "$u/slowbody?ms=1300" -TimeoutSec 1'),
    run('irm "$u/slowbody?ms=3000" -OperationTimeoutSeconds 1; iwr "$u/slowbody?ms=3000" -OperationTimeoutSeconds 1; try { irm "$u/slowbody?ms=3000" -OperationTimeoutSeconds 1 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }'),
  ]);
  assert.equal(headersIn.err, '');
  assert.equal(headersIn.out, 'partlate\n');
  assert.equal(
    bodyStalls.err,
    'Invoke-RestMethod: The request was canceled due to the configured OperationTimeout of 1 seconds elapsing\n' +
      'Invoke-WebRequest: The request was canceled due to the configured OperationTimeout of 1 seconds elapsing\n',
  );
  assert.equal(bodyStalls.out, 'OperationTimeoutReached,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\nOperationTimeout\nSystem.TimeoutException\n');
});

test('An untrusted certificate fails with .NET\'s chain status; -SkipCertificateCheck accepts it', async () => {
  const r = await run('irm "$h/text"; try { irm "$h/text" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }; irm "$h/text" -SkipCertificateCheck -Verbose');
  assert.equal(r.err, 'Invoke-RestMethod: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot\n');
  assert.equal(r.out, 'The SSL connection could not be established, see inner exception.\nWebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\nhello\n');
  assert.deepEqual(verboseOf(r.all), [`WebRequest: v1.1 GET ${secureBase}/text`, 'WebResponse: 200 OK with text/plain payload with body size 5 B (5 bytes)']);
});

test('https -> http redirects are refused unless -AllowInsecureRedirect (pwsh then follows them itself, narrating each hop)', async () => {
  const r = await run(
    'irm "$h/redir?to=$u/text" -SkipCertificateCheck; ' +
      'try { irm "$h/redir?to=$u/text" -SkipCertificateCheck -SkipHttpErrorCheck -MaximumRedirection 0 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }; ' +
      'irm "$h/redir?to=$u/text" -SkipCertificateCheck -AllowInsecureRedirect -Verbose; irm "$u/redir?to=$h/text" -SkipCertificateCheck',
  );
  assert.equal(r.err, 'Invoke-RestMethod: Cannot follow an insecure redirection by default. Reissue the command specifying the -AllowInsecureRedirect switch. \n');
  assert.equal(r.out, 'InsecureRedirection,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\nOperation is not valid due to the current state of the object.\nhello\nhello\n');
  const port = base.split(':')[2];
  assert.deepEqual(verboseOf(r.all), [
    `WebRequest: v1.1 GET ${secureBase}/redir with query length ${`to=${base}/text`.length}`,
    'WebResponse: 302 Found with body size 0 b (0 bytes)',
    `WebRequest: v1.1 GET http://127.0.0.1:${port}/text`,
    'WebResponse: 200 OK with text/plain payload with body size 5 B (5 bytes)',
  ]);
});

test('Authorization is dropped on a redirect unless -PreserveAuthorizationOnRedirect; pwsh then follows redirects itself (no body after one)', async () => {
  const r = await run(
    '$a = @{Authorization = "Bearer x"}; "[$((irm "$u/redir?to=/headers" -Headers $a).authorization)]"; ' +
      '"[$((irm "$u/redir?to=/headers" -Headers $a -PreserveAuthorizationOnRedirect -Verbose).authorization)]"; ' +
      '"[$((irm "$u/redir?to=/headers" -PreserveAuthorizationOnRedirect -Verbose).authorization)]"; ' +
      'irm "$u/redir?to=%2Fredir%3Fto%3D%2Fheaders&code=307" -Headers $a -PreserveAuthorizationOnRedirect -Method Post -Body "x" -Verbose | % { "$($_.method) [$($_.body)] $($_.authorization)" }',
  );
  assert.equal(r.err, '');
  assert.equal(r.out, '[]\n[Bearer x]\n[]\nGET [] Bearer x\n');
  assert.deepEqual(verboseOf(r.all), [
    `WebRequest: v1.1 GET ${base}/redir with query length 11`,
    'WebResponse: 302 Found with body size 0 b (0 bytes)',
    `WebRequest: v1.1 GET ${base}/headers`,
    'WebResponse: 200 OK with application/json payload with body size 53 B (53 bytes)',
    // Without an Authorization header the switch changes nothing: HttpClient follows, one request line.
    `WebRequest: v1.1 GET ${base}/redir with query length 11`,
    'WebResponse: 200 OK with application/json payload with body size 47 B (47 bytes)',
    `WebRequest: v1.1 POST ${base}/redir with query length 38 with application/x-www-form-urlencoded payload with body size 1 B (1 bytes)`,
    'WebResponse: 307 Temporary Redirect with body size 0 b (0 bytes)',
    `WebRequest: v1.1 POST ${base}/redir with query length 11`,
    'WebResponse: 302 Found with body size 0 b (0 bytes)',
    `WebRequest: v1.1 GET ${base}/headers`,
    'WebResponse: 200 OK with application/json payload with body size 53 B (53 bytes)',
  ]);
});

test("After HttpClient's own redirects the error's request is the last hop's (no Authorization); after pwsh's it is the first", async () => {
  const r = await run(
    '$a = @{Authorization = "Bearer x"}; ' +
      'try { irm "$u/redir?to=%2Fredir%3Fto%3D%2Fheaders" -Headers $a -MaximumRedirection 1 } catch { "[" + $_.TargetObject.ToString() + "]" }; ' +
      'try { irm "$u/redir?to=%2Fredir%3Fto%3D%2Fheaders" -Headers $a -MaximumRedirection 1 -PreserveAuthorizationOnRedirect } catch { "[" + $_.TargetObject.ToString() + "]" }',
  );
  const [auto, own] = r.out.split(']\n[');
  assert.doesNotMatch(auto!, /Authorization/);
  // pwsh prints the header's value here; spo never shows it.
  assert.match(own!, /\n {2}Authorization: \*\*\*\n/);
});

test('-Proxy carries a request for another host (a loopback address goes direct); -ProxyCredential answers its 407 with Basic', async () => {
  proxied = [];
  const r = await run(
    '$c = [pscredential]::new("alice", (ConvertTo-SecureString "' + SECRET + '" -AsPlainText -Force)); ' +
      'irm "http://contoso.example/sites/a?x=1" -Proxy $p; ' +
      'irm "http://contoso.example/sites/a?x=1" -Proxy $p -ProxyCredential $c -Headers @{Authorization = "Bearer z"} | % { $_.line, $_.host, $_.authorization }; ' +
      'irm "https://contoso.example/headers" -Proxy $p -SkipCertificateCheck; ' +
      'irm "https://contoso.example/headers" -Proxy $p -ProxyCredential $c -SkipCertificateCheck | % method; ' +
      'irm "$u/text" -Proxy "http://127.0.0.1:1" -ProxyCredential $c; ' +
      'irm "$u/text" -Proxy "proxyhost"; irm "http://contoso.example/" -Proxy "ftp://127.0.0.1:1"; irm "http://contoso.example/" -Proxy "proxyhost"',
  );
  const port = proxyUrl.split(':')[2];
  assert.equal(
    r.err,
    'Invoke-RestMethod: Response status code does not indicate success: 407 (Proxy Authentication Required).\n' +
      `Invoke-RestMethod: The proxy tunnel request to proxy 'http://127.0.0.1:${port}/' failed with status code '407'."\n` +
      "Invoke-RestMethod: Only the 'http', 'https', 'socks4', 'socks4a' and 'socks5' schemes are allowed for proxies.\n" +
      'Invoke-RestMethod: This operation is not supported for a relative URI.\n',
  );
  assert.equal(r.out, 'GET http://contoso.example/sites/a?x=1\ncontoso.example\nBearer z\nGET\nhello\nhello\n');
  assert.deepEqual(proxied, [
    'GET http://contoso.example/sites/a?x=1 -',
    'GET http://contoso.example/sites/a?x=1 -',
    `GET http://contoso.example/sites/a?x=1 ${BASIC}`,
    'CONNECT contoso.example:443 -',
    'CONNECT contoso.example:443 -',
    `CONNECT contoso.example:443 ${BASIC}`,
  ]);
});

test('-ProxyCredential needs -Proxy, conflicts with -ProxyUseDefaultCredentials; -NoProxy and the session keep pwsh\'s rules', async () => {
  const r = await run(
    '$c = [pscredential]::new("alice", (ConvertTo-SecureString "x" -AsPlainText -Force)); ' +
      'irm "$u/text" -ProxyCredential $c; irm "$u/text" -Proxy $p -ProxyCredential $c -ProxyUseDefaultCredentials; irm "$u/text" -ProxyUseDefaultCredentials; ' +
      'irm "$u/text" -NoProxy; irm "$u/text" -Proxy $p -NoProxy; ' +
      'irm "$u/text" -Proxy $p -ProxyCredential $c -SessionVariable s | Out-Null; $s.Proxy.GetType().FullName; $s.Proxy.Credentials.UserName; ' +
      'irm "$u/text" -WebSession $s -NoProxy | Out-Null; $null -eq $s.Proxy',
  );
  assert.equal(
    r.err,
    'Invoke-RestMethod: The cmdlet cannot run because the following parameter is missing: Proxy. Provide a valid proxy URI for the Proxy parameter when using the ProxyCredential or ProxyUseDefaultCredentials parameters, then retry.\n' +
      'Invoke-RestMethod: The cmdlet cannot run because the following conflicting parameters are specified: ProxyCredential and ProxyUseDefaultCredentials. Specify either ProxyCredential or ProxyUseDefaultCredentials, then retry.\n' +
      'Invoke-RestMethod: The cmdlet cannot run because the following parameter is missing: Proxy. Provide a valid proxy URI for the Proxy parameter when using the ProxyCredential or ProxyUseDefaultCredentials parameters, then retry.\n' +
      'Invoke-RestMethod: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n',
  );
  assert.equal(r.out, 'hello\nMicrosoft.PowerShell.Commands.WebProxy\nalice\nTrue\n');
});

test('Secrets never leak: a -ProxyCredential password and an Authorization header across retries, redirects and proxy refusals', async () => {
  const script =
    '$c = [pscredential]::new("alice", (ConvertTo-SecureString "' + SECRET + '" -AsPlainText -Force)); ' +
    '$w = [pscredential]::new("alice", (ConvertTo-SecureString "wrong-' + SECRET + '" -AsPlainText -Force)); ' +
    `$a = @{Authorization = "Bearer ${TOKEN}"}; ` +
    'irm "http://contoso.example/x" -Proxy $p -ProxyCredential $w -Headers $a -Verbose -Debug; ' +
    'irm "https://contoso.example/x" -Proxy $p -ProxyCredential $w -SkipCertificateCheck -Headers $a -Verbose -Debug; ' +
    'irm "$u/fail?s=429&ra=0&k=secret" -MaximumRetryCount 1 -Headers $a -Verbose -Debug; ' +
    'irm "$u/redir?to=%2Ffail%3Fs%3D500" -Headers $a -PreserveAuthorizationOnRedirect -Verbose -Debug; ' +
    '$Error | % { $_.ToString(); $_.TargetObject; $_.CategoryInfo.ToString(); $_.ErrorDetails.Message; $_.Exception.Response.RequestMessage } | Out-String';
  const r = await run(script);
  const shown = r.all;
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  for (const secret of [SECRET, TOKEN, base64(`alice:${SECRET}`), base64(`alice:wrong-${SECRET}`)]) assert.ok(!shown.includes(secret), `${secret}: ${shown}`);
  // The proxy was answered (with the wrong password) and the token was sent: the secrets were used, not shown.
  assert.ok(proxied.includes(`GET http://contoso.example/x Basic ${base64(`alice:wrong-${SECRET}`)}`));
  assert.equal(seen.filter((q) => q.url.includes('k=secret') && q.headers.authorization === `Bearer ${TOKEN}`).length, 2);
});

test("A session's connection settings changed between requests: pwsh's -Verbose line before the request's", async () => {
  const r = await run(
    '$c = [pscredential]::new("alice", (ConvertTo-SecureString "x" -AsPlainText -Force)); ' +
      '"1"; irm "$u/text" -SessionVariable s -Verbose | Out-Null; "2"; irm "$u/text" -WebSession $s -Verbose | Out-Null; ' +
      '"3"; irm "$u/text" -WebSession $s -TimeoutSec 5 -Verbose | Out-Null; "4"; irm "$u/text" -WebSession $s -TimeoutSec 5 -Verbose | Out-Null; ' +
      '"5"; irm "$u/text" -WebSession $s -SkipCertificateCheck -TimeoutSec 5 -Verbose | Out-Null; "6"; $s.MaximumRedirection = 2; irm "$u/text" -WebSession $s -SkipCertificateCheck -TimeoutSec 5 -Verbose | Out-Null; ' +
      '"7"; irm "$u/text" -WebSession $s -SkipCertificateCheck -TimeoutSec 5 -Proxy $p -ProxyCredential $c -Verbose | Out-Null; "8"; irm "$u/text" -WebSession $s -SkipCertificateCheck -TimeoutSec 5 -Proxy $p -ProxyCredential $c -Verbose | Out-Null; ' +
      '"9"; irm "$u/text" -WebSession $s -SkipCertificateCheck -TimeoutSec 5 -NoProxy -Verbose | Out-Null; "10"; $t = [Microsoft.PowerShell.Commands.WebRequestSession]::new(); irm "$u/text" -WebSession $t -TimeoutSec 3 -Verbose | Out-Null',
  );
  assert.equal(r.err, '');
  const recreated = 'VERBOSE: The WebSession properties were changed between requests forcing all HTTP connections in the session to be recreated.';
  const said = r.all.split('\n').filter((l) => /^\d+$/.test(l) || l === recreated);
  // Recorded from pwsh 7.6.10: said before requests 3, 5, 6, 7 and 9 (the same credential object again is no change).
  assert.deepEqual(said, ['1', '2', '3', recreated, '4', '5', recreated, '6', recreated, '7', recreated, '8', '9', recreated, '10']);
  assert.equal(r.all.indexOf(recreated) < r.all.indexOf(`VERBOSE: WebRequest`, r.all.indexOf('\n3\n')), true);
});

test("A refused connection: the exception names the address (the proxy's, through one), the view shows pwsh's details", async () => {
  const r = await run(
    'irm "http://127.0.0.1:1/x"; ' +
      'foreach ($a in "http://127.0.0.1:1/x", "http://contoso.example/x", "https://contoso.example/x") { try { irm $a -Proxy "http://127.0.0.1:1" } catch { $_.Exception.Message; $_.ErrorDetails.Message } }',
  );
  assert.equal(r.err, 'Invoke-RestMethod: Connection refused\n');
  assert.equal(r.out, 'Connection refused (127.0.0.1:1)\nConnection refused\n'.repeat(3));
});

test('Get-Command -Syntax spells [uri] and [version] parameters as pwsh 7.6.10 does', async () => {
  const r = await run('(Get-Command Invoke-RestMethod -Syntax).Trim().Split("`n")[0]');
  assert.match(r.out, /^Invoke-RestMethod \[-Uri\] <uri> .*\[-HttpVersion <version>\] .*\[-Proxy <uri>\] \[-ProxyCredential <pscredential>\] \[-ProxyUseDefaultCredentials\] /);
});
