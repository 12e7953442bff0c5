// Invoke-RestMethod and Invoke-WebRequest against a node:http server on 127.0.0.1 (nothing leaves
// the machine), with outputs, -Verbose lines and error texts recorded from pwsh 7.6.10 against the
// same routes (the server sends a fixed Date, so the recorded date is replaced by it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runInShell, runSpo } from './helpers/spo-process.js';
import { transportMessage } from '../src/net/web-request.js';

const DATE = 'Sun, 06 Dec 2026 18:59:42 GMT';
const SECRET = 'eyJ0eXAiOiJKV1QiSECRETTOKEN';
let server: http.Server;
let base = '';
/** What the server last received (method, url, headers, body). */
let last: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string } | undefined;
/** Every request the server received, with its raw headers (name: value lines, in order) and body bytes. */
let received: Array<{ method: string; url: string; rawHeaders: string[]; body: Buffer }> = [];

before(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      last = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      received.push({ method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders.flatMap((v, i, a) => (i % 2 ? [] : [`${v}: ${a[i + 1]}`])), body: Buffer.concat(chunks) });
      res.sendDate = false;
      res.setHeader('Date', DATE);
      const u = new URL(req.url ?? '/', 'http://x');
      switch (u.pathname) {
        case '/json':
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          return res.end('{"a":1,"b":"two","c":[1,2]}');
        case '/jsonarr':
          res.setHeader('Content-Type', 'application/json');
          return res.end('[{"a":1},{"a":2}]');
        case '/jsoncut':
          res.setHeader('Content-Type', 'application/json');
          return res.end('[1,2');
        case '/jsoncase':
          res.setHeader('Content-Type', 'application/json');
          return res.end('{"a":1,"A":2}');
        case '/jsonbad':
          res.setHeader('Content-Type', 'application/json');
          return res.end('{"a":[1');
        case '/text':
          res.setHeader('Content-Type', 'text/plain');
          return res.end('hello world');
        case '/number':
          res.setHeader('Content-Type', 'text/plain');
          return res.end('123');
        case '/echo':
          res.setHeader('Content-Type', 'application/json');
          return res.end(JSON.stringify({ method: req.method, url: req.url, body }));
        case '/404':
          res.statusCode = 404;
          return res.end();
        case '/404body':
          res.statusCode = 404;
          res.setHeader('Content-Type', 'application/json');
          return res.end('{"error":{"code":"itemNotFound","message":"The resource could not be found."}}');
        case '/500text':
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain');
          return res.end('boom happened');
        case '/500html':
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html');
          return res.end('<html><body><h1>Error</h1><p>bad  thing</p></body></html>');
        case '/escapes':
          res.statusCode = 400;
          res.setHeader('Content-Type', 'application/json');
          return res.end('["q\\"a\'p+x&y>z\\\\b/c\\td\\ne\u{1F600}",1e5,-0,true,false,12345678901234567890,{},[]]');
        case '/redirect':
          res.statusCode = 302;
          res.setHeader('Location', '/text');
          return res.end();
        case '/throttled':
          res.statusCode = 429;
          res.setHeader('Retry-After', '7');
          return res.end('slow down');
        case '/slow':
          setTimeout(() => res.end('late'), 3000).unref();
          return;
        case '/empty':
          res.statusCode = 204;
          return res.end();
        case '/setcookie':
          res.setHeader('Set-Cookie', [`FedAuth=${SECRET}; path=/; HttpOnly`, 'rtFa=abc; path=/sub', 'other=1']);
          res.setHeader('Content-Type', 'application/json');
          return res.end('{"ok":1}');
        case '/cookieredirect':
          res.statusCode = 302;
          res.setHeader('Set-Cookie', 'r=1; Path=/');
          res.setHeader('Location', '/text');
          return res.end();
        case '/html':
          res.setHeader('Content-Type', 'text/html');
          return res.end('<a href="x.html">l</a><img src="i.png"><input name="q" value="1">');
        default:
          res.statusCode = 200;
          return res.end('ok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** Runs a script with $u set to the server's address, at pwsh's 80-column width. */
const run = (script: string) => runInShell(`$u = '${base}'; ${script}`, { width: 80 });

test('Invoke-RestMethod converts JSON as ConvertFrom-Json and shows it as pwsh does', async () => {
  const r = await run('irm "$u/json"');
  assert.equal(r.err, '');
  assert.equal(r.out, '\na b   c\n- -   -\n1 two {1, 2}\n\n');
});

test('Invoke-RestMethod writes a JSON array as one object (pwsh 7.6), and text as a string or JSON value', async () => {
  const r = await run('irm "$u/jsonarr" | % { "item [$_]" }; (irm "$u/text").GetType().FullName; irm "$u/text"; (irm "$u/number") + 1');
  assert.equal(r.err, '');
  assert.equal(r.out, 'item [@{a=1} @{a=2}]\nSystem.String\nhello world\n124\n');
});

test('Invoke-RestMethod reads JSON as ConvertFrom-Json: an array cut short after a value reads, what it refuses is the text', async () => {
  const r = await run('$a = irm "$u/jsoncut"; $a.Count; $a[1].GetType().Name; irm "$u/jsoncase"; irm "$u/jsonbad"; (irm "$u/jsonbad").GetType().Name');
  assert.equal(r.err, '');
  assert.equal(r.out, '2\nInt64\n{"a":1,"A":2}\n{"a":[1\nString\n');
});

test('irm and iwr are the aliases pwsh has on Linux', async () => {
  const r = await run("Get-Alias irm, iwr | % DisplayName");
  assert.equal(r.out, 'irm -> Invoke-RestMethod\niwr -> Invoke-WebRequest\n');
});

test('Invoke-WebRequest shows the response in pwsh 7.6 list view', async () => {
  const r = await run('iwr "$u/json"');
  assert.equal(r.err, '');
  assert.equal(
    r.out,
    [
      '',
      'StatusCode        : 200',
      'StatusDescription : OK',
      'Content           : {"a":1,"b":"two","c":[1,2]}',
      'RawContent        : HTTP/1.1 200 OK',
      `                    Date: ${DATE}`,
      '                    Connection: keep-alive',
      '                    Keep-Alive: timeout=5',
      '                    Content-Type: application/json; charset=utf-8',
      '                    Content-Length: 27',
      '                    ',
      '                    {"a":1,"b":"two","c":[1,2]}',
      'Headers           : {[Date, System.String[]], [Connection, System.String[]], [K',
      '                    eep-Alive, System.String[]], [Content-Type, System.String[]',
      '                    ]…}',
      'Images            : {}',
      'InputFields       : {}',
      'Links             : {}',
      'RawContentLength  : 27',
      'RelationLink      : {}',
      '',
      '',
    ].join('\n'),
  );
});

test('Invoke-WebRequest: RawContent cut at 200 characters, links, images and input fields parsed', async () => {
  const r = await run('iwr "$u/html"');
  assert.equal(
    r.out,
    [
      '',
      'StatusCode        : 200',
      'StatusDescription : OK',
      'Content           : <a href="x.html">l</a><img src="i.png"><input name="q" valu',
      '                    e="1">',
      'RawContent        : HTTP/1.1 200 OK',
      `                    Date: ${DATE}`,
      '                    Connection: keep-alive',
      '                    Keep-Alive: timeout=5',
      '                    Content-Type: text/html',
      '                    Content-Length: 65',
      '                    ',
      '                    <a href="x.html">l</a><img src="i.png"><input name="q" valu',
      '                    …',
      'Headers           : {[Date, System.String[]], [Connection, System.String[]], [K',
      '                    eep-Alive, System.String[]], [Content-Type, System.String[]',
      '                    ]…}',
      'Images            : {@{outerHTML=<img src="i.png">; tagName=IMG; src=i.png}}',
      'InputFields       : {@{outerHTML=<input name="q" value="1">; tagName=INPUT; nam',
      '                    e=q; value=1}}',
      'Links             : {@{outerHTML=<a href="x.html">l</a>; tagName=A; href=x.html',
      '                    }}',
      'RawContentLength  : 65',
      'RelationLink      : {}',
      '',
      '',
    ].join('\n'),
  );
});

test('Invoke-WebRequest: a body that is not text is a WebResponseObject; 204 has NoContent', async () => {
  const r = await run('$r = iwr "$u/empty"; $r.GetType().FullName; $r.StatusDescription; $r.Content.Count; $r.Headers["keep-alive"]');
  assert.equal(r.err, '');
  assert.equal(r.out, 'Microsoft.PowerShell.Commands.WebResponseObject\nNoContent\n0\ntimeout=5\n');
});

test('HTTP errors: the status line, or the body as pwsh shows it (JSON re-indented, HTML without tags)', async () => {
  const cases: Array<[string, string]> = [
    ['irm "$u/404"', 'Invoke-RestMethod: Response status code does not indicate success: 404 (Not Found).\n'],
    [
      'irm "$u/404body"',
      'Invoke-RestMethod: \n{\n  "error": {\n    "code": "itemNotFound",\n    "message": "The resource could not be found."\n  }\n}\n',
    ],
    ['irm "$u/500text"', 'Invoke-RestMethod: boom happened\n'],
    ['iwr "$u/500html"', 'Invoke-WebRequest: Errorbad  thing\n'],
    [
      'irm "$u/escapes"',
      'Invoke-RestMethod: \n[\n  "q\\u0022a\\u0027p\\u002Bx\\u0026y\\u003Ez\\\\b/c\\td\\ne\\uD83D\\uDE00",\n  1e5,\n  -0,\n  true,\n  false,\n  12345678901234567890,\n  {},\n  []\n]\n',
    ],
    ['irm "$u/redirect" -MaximumRedirection 0', 'Invoke-RestMethod: Response status code does not indicate success: 302 (Found).\n'],
  ];
  for (const [script, err] of cases) {
    const r = await run(script);
    assert.equal(r.err, err, script);
    assert.equal(r.out, '', script);
  }
});

test('An HTTP error keeps the status line as the exception message and is terminating', async () => {
  const r = await run(
    'try { irm "$u/404body" -ErrorAction SilentlyContinue } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.ErrorDetails.Message.Length -gt 0 }',
  );
  assert.equal(r.err, '');
  assert.equal(
    r.out,
    'Response status code does not indicate success: 404 (Not Found).\nWebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\nInvalidOperation\nTrue\n',
  );
});

test('Bad addresses, refused connections, time-outs and -PassThru alone fail with pwsh texts', async () => {
  const cases: Array<[string, string]> = [
    ['irm "not a uri"', 'Invoke-RestMethod: Invalid URI: The hostname could not be parsed.\n'],
    ['irm "http://"', 'Invoke-RestMethod: Cannot bind parameter \'Uri\'. Cannot convert value "http://" to type "System.Uri". Error: "Invalid URI: The hostname could not be parsed."\n'],
    ['irm $null', "Invoke-RestMethod: Cannot validate argument on parameter 'Uri'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.\n"],
    ['irm "localhost:1/text"', "Invoke-RestMethod: The 'localhost' scheme is not supported.\n"],
    ['irm ftp://127.0.0.1/x', "Invoke-RestMethod: The 'ftp' scheme is not supported.\n"],
    ['irm http://127.0.0.1:1/', 'Invoke-RestMethod: Connection refused\n'],
    ['irm "$u/slow" -TimeoutSec 1', 'Invoke-RestMethod: The request was canceled due to the configured HttpClient.Timeout of 1 seconds elapsing.\n'],
    [
      'irm "$u/text" -PassThru',
      'Invoke-RestMethod: The cmdlet cannot run because the following parameter is missing: OutFile. Provide a valid OutFile parameter value when using the PassThru parameter, then retry.\n',
    ],
    [
      'irm "$u/text" -Method Bogus',
      'Invoke-RestMethod: Cannot bind parameter \'Method\'. Cannot convert value "Bogus" to type "Microsoft.PowerShell.Commands.WebRequestMethod". Error: "Unable to match the identifier name Bogus to a valid enumerator name. Specify one of the following enumerator names and try again:\nDefault, Get, Head, Post, Put, Delete, Trace, Options, Merge, Patch"\n',
    ],
  ];
  for (const [script, err] of cases) {
    const r = await run(`${script}; 'still running'`);
    assert.equal(r.err, err, script);
    assert.equal(r.out, 'still running\n', script);
  }
});

test('A host name that does not resolve says what .NET says (mapped without a DNS query)', () => {
  assert.equal(transportMessage('ENOTFOUND'), 'Name or service not known');
  assert.equal(transportMessage('ECONNREFUSED'), 'Connection refused');
});

test('-Verbose lines as pwsh writes them', async () => {
  const r = await run('irm "$u/json" -Verbose | Out-Null; irm "$u/echo" -Method Post -Body @{a=1;b="x y"} -Verbose | Out-Null; irm "$u/text?a=1&b=2" -Verbose | Out-Null; irm "$u/echo" -Method Put -Body ([byte[]](1,2,3)) -Verbose | Out-Null; irm "$u/empty" -Verbose');
  assert.equal(r.err, '');
  const verbose = r.all.split('\n').filter((l) => l.startsWith('VERBOSE: '));
  assert.deepEqual(verbose.filter((l) => l.includes('WebRequest:')), [
    `VERBOSE: WebRequest: v1.1 GET ${base}/json`,
    `VERBOSE: WebRequest: v1.1 POST ${base}/echo with application/x-www-form-urlencoded payload with body size 9 B (9 bytes)`,
    `VERBOSE: WebRequest: v1.1 GET ${base}/text with query length 7`,
    `VERBOSE: WebRequest: v1.1 PUT ${base}/echo with body size 3 B (3 bytes)`,
    `VERBOSE: WebRequest: v1.1 GET ${base}/empty`,
  ]);
  assert.equal(verbose[1], 'VERBOSE: WebResponse: 200 OK with application/json payload with body size 27 B (27 bytes)');
  assert.equal(verbose[verbose.length - 1], 'VERBOSE: WebResponse: 204 No Content');
});

test('Secrets never leak: an Authorization header or a token in the body is in no verbose, debug or error text', async () => {
  for (const target of ['$u/404body', '$u/500text', 'http://127.0.0.1:1/x', '$u/json']) {
    const r = await run(
      // A -ProxyCredential (a loopback address goes direct, so the proxy is never asked) and retries change nothing.
      `$c = [pscredential]::new("alice", (ConvertTo-SecureString "${SECRET}" -AsPlainText -Force)); $s = [Microsoft.PowerShell.Commands.WebRequestSession]::new(); $s.MaximumRetryCount = 1; ` +
        `irm "${target}?access_token=${SECRET}" -Method Post -Headers @{Authorization="Bearer ${SECRET}"} -Body "client_secret=${SECRET}" -Proxy "http://127.0.0.1:1" -ProxyCredential $c -WebSession $s -Verbose -Debug; $Error | % { $_.ToString(); $_.TargetObject; $_.CategoryInfo.ToString(); $_.ErrorDetails.Message } | Out-String; $s.Proxy | Out-String; $s.Proxy.Credentials | Out-String`,
    );
    assert.ok(!r.all.includes(SECRET), `${target}: ${r.all}`);
  }
  // The request did carry them.
  assert.equal(last?.headers.authorization, `Bearer ${SECRET}`);
});

test('Secrets never leak through a session: its Authorization header and cookies, a form field and -InFile content are in no verbose, debug or error text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-web-secret-'));
  writeFileSync(join(dir, 'secret.txt'), `password=${SECRET}`);
  for (const target of ['$u/404body', '$u/500text', 'http://127.0.0.1:1/x', '$u/redirect']) {
    received = [];
    const r = await run(
      `irm "$u/setcookie" -SessionVariable s -Headers @{Authorization="Bearer ${SECRET}"; "X-Api-Key"="${SECRET}"} -Verbose -Debug | Out-Null; ` +
        `irm "${target}" -WebSession $s -Method Post -Form @{ client_secret = "${SECRET}" } -Verbose -Debug; ` +
        `irm "${target}" -WebSession $s -Method Put -InFile '${dir}/secret.txt' -MaximumRedirection 0 -Verbose -Debug; ` +
        '$Error | % { $_.ToString(); $_.TargetObject; $_.CategoryInfo.ToString(); $_.ErrorDetails.Message; $_.Exception.Response } | Out-String',
    );
    assert.ok(!r.all.includes(SECRET), `${target}: ${r.all}`);
    assert.match(r.all, /VERBOSE: WebRequest: v1\.1 POST .* with multipart\/form-data payload/);
  }
  // The session did send them on.
  const later = received.find((q) => q.method === 'PUT' && q.url === '/redirect');
  assert.ok(later?.rawHeaders.includes(`Authorization: Bearer ${SECRET}`));
  assert.ok(later?.rawHeaders.some((h) => h.startsWith('Cookie: ') && h.includes(`FedAuth=${SECRET}`)));
  assert.equal(later?.body.toString(), `password=${SECRET}`);
});

test('-Body: a hashtable is the query string for GET and a form for POST; a string is sent as UTF-8', async () => {
  let r = await run('(irm "$u/echo" -Body @{a=1;b="x y&z"}).url');
  assert.equal(r.out, '/echo?a=1&b=x+y%26z\n');
  r = await run('irm "$u/echo" -Method Post -Body @{a=1;b="x y&z"} | % body');
  assert.equal(r.out, 'a=1&b=x+y%26z\n');
  assert.equal(last?.headers['content-type'], 'application/x-www-form-urlencoded');
  r = await run('irm "$u/echo" -Method Patch -Body "héllo" -ContentType "application/json" | % body');
  assert.equal(r.out, 'héllo\n');
  assert.equal(last?.method, 'PATCH');
  assert.equal(last?.headers['content-type'], 'application/json');
  assert.equal(last?.headers['content-length'], '6');
  r = await run('irm "$u/echo" -CustomMethod propfind -UserAgent "ua/1" | % method');
  assert.equal(r.out, 'PROPFIND\n');
  assert.equal(last?.headers['user-agent'], 'ua/1');
  r = await run('\'{"x":1}\' | irm "$u/echo" -Method Post -ContentType application/json | % body');
  assert.equal(r.out, '{"x":1}\n');
});

test('-SkipHttpErrorCheck, -StatusCodeVariable and -ResponseHeadersVariable', async () => {
  const r = await run('irm "$u/404body" -SkipHttpErrorCheck -StatusCodeVariable sc -ResponseHeadersVariable rh | % error | % code; $sc; $sc.GetType().FullName; $rh["content-type"]; $rh.Keys -join ","');
  assert.equal(r.err, '');
  assert.equal(r.out, 'itemNotFound\n404\nSystem.Int32\napplication/json\nDate,Connection,Keep-Alive,Content-Type,Content-Length\n');
});

test('Redirects are followed; -OutFile saves the body and -PassThru also writes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-web-'));
  const file = join(dir, 'out.txt');
  const r = await run(`irm "$u/redirect"; irm "$u/text" -OutFile '${file}'; irm "$u/json" -OutFile '${file}.json' -PassThru | % b`);
  assert.equal(r.err, '');
  assert.equal(r.out, 'hello world\ntwo\n');
  assert.equal(readFileSync(file, 'utf8'), 'hello world');
  assert.equal(readFileSync(`${file}.json`, 'utf8'), '{"a":1,"b":"two","c":[1,2]}');
});

test('A parameter spo does not build stops the command with a clear error', async () => {
  const r = await run('irm "$u/text" -HttpVersion 2.0; iwr "$u/text" -UseBasicParsing | % StatusCode');
  assert.equal(r.err, 'Invoke-RestMethod: The -HttpVersion parameter is not supported by this shell. Get-Help Invoke-RestMethod lists the parameters it supports.\n');
  assert.equal(r.out, '200\n');
});

test("An HTTP error's exception carries the response: StatusCode (an HttpStatusCode), headers, reason", async () => {
  const r = await run(
    'try { irm "$u/throttled" } catch { $x = $_.Exception; $x.StatusCode; [int]$x.Response.StatusCode; $x.Response.StatusCode -eq 429; $x.Response.StatusCode.GetType().FullName; $x.Response.ReasonPhrase; $x.Response.IsSuccessStatusCode; $x.Response.Headers["retry-after"] }',
  );
  assert.equal(r.err, '');
  assert.equal(r.out, 'TooManyRequests\n429\nTrue\nSystem.Net.HttpStatusCode\nToo Many Requests\nFalse\n7\n');
  // .Headers.RetryAfter as .NET's HttpResponseHeaders has it (recorded from pwsh 7.6.10); a plain header dictionary has no such property.
  const retry = await run(
    'try { irm "$u/throttled" } catch { $h = $_.Exception.Response.Headers; $h.RetryAfter; $h.RetryAfter.Delta.TotalSeconds; $h.RetryAfter.ToString(); $h.RetryAfter.GetType().FullName; $null -eq $h.RetryAfter.Date }; ' +
      '$r = iwr "$u/throttled" -SkipHttpErrorCheck; $r.BaseResponse.Headers.RetryAfter.Delta.TotalSeconds; "[$($r.Headers.RetryAfter)]"; iwr "$u/text" | % { $null -eq $_.BaseResponse.Headers.RetryAfter }',
  );
  assert.equal(retry.err, '');
  assert.equal(retry.out, '\nDate Delta\n---- -----\n     00:00:07\n7\n7\nSystem.Net.Http.Headers.RetryConditionHeaderValue\nTrue\n7\n[]\nTrue\n\n');
  const refused = await run('try { irm http://127.0.0.1:1/ } catch { $null -eq $_.Exception.StatusCode; $_.Exception.HttpRequestError }');
  assert.equal(refused.out, 'True\nConnectionError\n');
});

test('-MaximumRedirection 0 with -SkipHttpErrorCheck writes the redirect, then says it was not followed (pwsh)', async () => {
  const r = await run('iwr "$u/redirect" -MaximumRedirection 0 -SkipHttpErrorCheck | % StatusCode; "after"; $Error[0].FullyQualifiedErrorId');
  assert.equal(
    r.err,
    'Invoke-WebRequest: The maximum redirection count has been exceeded. To increase the number of redirections allowed, supply a higher value to the -MaximumRedirection parameter.\n',
  );
  assert.equal(r.out, '302\nafter\nMaximumRedirectExceeded,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n');
  assert.ok(r.all.indexOf('302') < r.all.indexOf('The maximum redirection'), r.all);
});

test('CategoryInfo as pwsh shows it: the request as target (first and last 19 characters), its type HttpRequestMessage', async () => {
  const r = await run('irm "$u/404"; $Error[0].CategoryInfo.ToString(); irm "$u/text" -PassThru; $Error[0].CategoryInfo.ToString(); Write-Error x -TargetObject ("abcdefghij" * 5) -ErrorAction SilentlyContinue; $Error[0].CategoryInfo.ToString()');
  assert.equal(
    r.out,
    'InvalidOperation: (Method: GET, Reques…gzip, deflate, br\n}:HttpRequestMessage) [Invoke-RestMethod], HttpResponseException\n' +
      'InvalidArgument: (Microsoft.PowerShel…keRestMethodCommand:InvokeRestMethodCommand) [Invoke-RestMethod], ValidationMetadataException\n' +
      'NotSpecified: (abcdefghijabcdefghi…bcdefghijabcdefghij:String) [Write-Error], WriteErrorException\n',
  );
});

test('under --sandbox a web request reaches the sandbox for its hosts and is refused, unsent, for any other host', async () => {
  const r = await runSpo([
    '--sandbox',
    '-c',
    [
      'try { irm https://contoso-admin.sharepoint.com/_api/web } catch { $_.Exception.Response.StatusCode }',
      '(iwr https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration).StatusCode',
      'irm https://www.example.com/x',
      "'after'",
    ].join('; '),
  ]);
  assert.equal(r.stdout, 'Unauthorized\n200\nafter\n');
  assert.match(r.stderr, /^Invoke-RestMethod: The sandbox sends nothing outside this machine: only its own hosts \(contoso's sites and sign-in hosts\) and 127\.0\.0\.1 can be reached\.\n/);
});

test('HTTP_PROXY / HTTPS_PROXY carry a request: http in absolute form, https through CONNECT, loopback direct; a refused tunnel names the proxy without its password', async () => {
  const { createServer: createHttpsServer } = await import('node:https');
  const { connect } = await import('node:net');
  const { SANDBOX_CERT_PEM, SANDBOX_KEY_PEM } = await import('../src/sandbox/test-certificate.js');
  // The origin behind the tunnel: the sandbox's certificate names contoso-admin.sharepoint.com, and the
  // proxy connects that name to this server, so no name is ever resolved and nothing leaves the machine.
  const origin = createHttpsServer({ cert: SANDBOX_CERT_PEM, key: SANDBOX_KEY_PEM }, (req, res) => res.end(`tunnelled ${req.headers.host} ${req.url}`));
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  const seen: string[] = [];
  const proxy = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers['proxy-authorization'] ?? '-'}`);
    res.setHeader('Content-Type', 'text/plain');
    res.end(`proxied ${req.headers.host}`);
  });
  proxy.on('connect', (req: http.IncomingMessage, client: import('node:net').Socket) => {
    seen.push(`CONNECT ${req.url} ${req.headers['proxy-authorization'] ?? '-'}`);
    if (req.url !== 'contoso-admin.sharepoint.com:443') return client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
    const upstream = connect((origin.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;
  const dir = mkdtempSync(join(tmpdir(), 'spo-web-proxy-'));
  const ca = join(dir, 'ca.pem');
  writeFileSync(ca, SANDBOX_CERT_PEM);
  try {
    const proxyUrl = `http://alice:s3cret@127.0.0.1:${proxyPort}`;
    const r = await runSpo(
      [
        '-c',
        [
          'irm http://intranet.example/page',
          'irm https://contoso-admin.sharepoint.com/_api/web',
          `irm ${base}/text`,
          'irm https://elsewhere.example/',
        ].join('; '),
      ],
      { env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '', NODE_EXTRA_CA_CERTS: ca } },
    );
    assert.equal(r.stdout, 'proxied intranet.example\ntunnelled contoso-admin.sharepoint.com /_api/web\nhello world\n');
    const basic = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;
    assert.deepEqual(seen, [
      `GET http://intranet.example/page ${basic}`,
      `CONNECT contoso-admin.sharepoint.com:443 ${basic}`,
      `CONNECT elsewhere.example:443 ${basic}`,
    ]);
    assert.match(r.stderr, new RegExp(`^Invoke-RestMethod: The proxy tunnel request to proxy 'http://127\\.0\\.0\\.1:${proxyPort}/' failed with status code '407'\\."\\n`));
    assert.doesNotMatch(r.stdout + r.stderr, /s3cret|alice/);
  } finally {
    proxy.closeAllConnections();
    proxy.close();
    origin.closeAllConnections();
    origin.close();
  }
});

test('NO_PROXY: `*`, a host and its subdomains (a leading dot or `*.` alike), an optional port', async () => {
  const { bypassesProxy } = await import('../src/net/web-proxy.js');
  const u = (s: string) => new URL(s);
  assert.equal(bypassesProxy(u('https://a.example.com/'), 'example.com'), true);
  assert.equal(bypassesProxy(u('https://example.com/'), '.example.com'), true);
  assert.equal(bypassesProxy(u('https://notexample.com/'), 'example.com'), false);
  assert.equal(bypassesProxy(u('https://x.corp.local/'), 'foo, *.corp.local'), true);
  assert.equal(bypassesProxy(u('https://api.test:8443/'), 'api.test:8443'), true);
  assert.equal(bypassesProxy(u('https://api.test/'), 'api.test:8443'), false);
  assert.equal(bypassesProxy(u('http://anything/'), '*'), true);
});

/** The requests the server received while `script` ran: method, path, and the headers spo chose (not Host, Node's Connection). */
async function requests(script: string): Promise<{ out: string; err: string; sent: Array<{ line: string; headers: string[]; body: Buffer }> }> {
  received = [];
  const r = await run(script);
  const sent = received.map((q) => ({ line: `${q.method} ${q.url}`, headers: q.rawHeaders.filter((h) => !/^(Host|Connection):/i.test(h)), body: q.body }));
  return { out: r.out, err: r.err, sent };
}

const UA = (ua: string) => `User-Agent: ${ua}`;

test('-SessionVariable: a WebRequestSession (pwsh list view) keeps Set-Cookie cookies and sends them back by host and path', async () => {
  const r = await requests(
    'irm "$u/setcookie" -SessionVariable s | Out-Null; $s.GetType().FullName; $s.Cookies.GetType().FullName; $s.Cookies.Count; $s.Cookies.GetAllCookies() | % Name; irm "$u/sub/x" -WebSession $s | Out-Null; irm "$u/other" -WebSession $s | Out-Null',
  );
  assert.equal(r.err, '');
  assert.equal(r.out, 'Microsoft.PowerShell.Commands.WebRequestSession\nSystem.Net.CookieContainer\n3\nrtFa\nFedAuth\nother\n');
  // Recorded from pwsh 7.6.10: the more specific path first, a cookie only where its path matches.
  assert.deepEqual(
    r.sent.map((q) => [q.line, q.headers.find((h) => h.startsWith('Cookie:')) ?? '-']),
    [
      ['GET /setcookie', '-'],
      ['GET /sub/x', `Cookie: rtFa=abc; FedAuth=${SECRET}; other=1`],
      ['GET /other', `Cookie: FedAuth=${SECRET}; other=1`],
    ],
  );
  // Cookies set on a redirect go with the next hop, with or without a session (.NET's handler keeps them).
  const hop = await requests('irm "$u/cookieredirect"');
  assert.equal(hop.out, 'hello world\n');
  assert.deepEqual(hop.sent.map((q) => q.headers.find((h) => h.startsWith('Cookie:')) ?? '-'), ['-', 'Cookie: r=1']);
});

test('[WebRequestSession]::new(): its list view, headers merged with -Headers and -UserAgent kept in the session as pwsh does', async () => {
  const shown = await run(
    '$s=[Microsoft.PowerShell.Commands.WebRequestSession]::new(); $s.Headers["Accept"]="application/json;odata=nometadata"; $s.Headers["X-Two"]="2"; $s.UserAgent="ua/1"; $s.MaximumRedirection="3"; $s; $s.Cookies',
  );
  assert.equal(shown.err, '');
  assert.equal(
    shown.out,
    [
      '',
      'Headers                : {[Accept, application/json;odata=nometadata], [X-Two, ',
      '                         2]}',
      'Cookies                : System.Net.CookieContainer',
      'UseDefaultCredentials  : False',
      'Credentials            : ',
      'Certificates           : ',
      'UserAgent              : ua/1',
      'Proxy                  : ',
      'MaximumRedirection     : 3',
      'MaximumRetryCount      : 0',
      'RetryIntervalInSeconds : 0',
      '',
      'Capacity          : 300',
      'Count             : 0',
      'MaxCookieSize     : 4096',
      'PerDomainCapacity : 20',
      '',
      '',
    ].join('\n'),
  );
  const r = await requests(
    '$s=[Microsoft.PowerShell.Commands.WebRequestSession]::new(); $s.Headers["X-A"]="sess"; $s.Headers["X-B"]="sessb"; $s.UserAgent="sessUA"; ' +
      'irm "$u/a" -WebSession $s -Headers ([ordered]@{"X-A"="param";"X-C"="c"}) | Out-Null; ($s.Headers.Keys | % { "$_=$($s.Headers[$_])" }) -join ","; ' +
      'irm "$u/b" -WebSession $s -UserAgent paramUA | Out-Null; $s.UserAgent; ' +
      '$s.Cookies.Add([System.Net.Cookie]::new("k","v","/","127.0.0.1")); irm "$u/d" -WebSession $s -MaximumRedirection 3 | Out-Null; $s.MaximumRedirection; (New-Object Microsoft.PowerShell.Commands.WebRequestSession).MaximumRedirection',
  );
  assert.equal(r.err, '');
  assert.equal(r.out, 'X-A=param,X-B=sessb,X-C=c\nparamUA\n3\n-1\n');
  const common = ['X-A: param', 'X-B: sessb', 'X-C: c'];
  assert.deepEqual(r.sent.map((q) => [q.line, ...q.headers]), [
    ['GET /a', ...common, UA('sessUA'), 'Accept-Encoding: gzip, deflate, br'],
    ['GET /b', ...common, UA('paramUA'), 'Accept-Encoding: gzip, deflate, br'],
    ['GET /d', ...common, UA('paramUA'), 'Accept-Encoding: gzip, deflate, br', 'Cookie: k=v'],
  ]);
});

test('-WebSession with -SessionVariable, a -WebSession that is no session, an empty -SessionVariable: pwsh errors, nothing sent', async () => {
  const r = await requests(
    '$s=[Microsoft.PowerShell.Commands.WebRequestSession]::new(); irm "$u/x" -WebSession $s -SessionVariable t; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.ToString(); irm "$u/x" -WebSession "x"; irm "$u/x" -SessionVariable ""; $Error[0].FullyQualifiedErrorId; irm http://127.0.0.1:1/ -SessionVariable z; $z.GetType().Name',
  );
  assert.equal(
    r.err,
    'Invoke-RestMethod: The cmdlet cannot run because the following conflicting parameters are specified: Session and SessionVariable. Specify either Session or SessionVariable, then retry.\n' +
      'Invoke-RestMethod: Cannot bind parameter \'WebSession\'. Cannot convert the "x" value of type "System.String" to type "Microsoft.PowerShell.Commands.WebRequestSession".\n' +
      'Invoke-RestMethod: Cannot process argument because the value of argument "path" is not valid. Change the value of the "path" argument and run the operation again.\n' +
      'Invoke-RestMethod: Connection refused\n',
  );
  assert.equal(
    r.out,
    'WebCmdletSessionConflictException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\nInvalidArgument: (Microsoft.PowerShel…keRestMethodCommand:InvokeRestMethodCommand) [Invoke-RestMethod], ValidationMetadataException\nArgument,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\nWebRequestSession\n',
  );
  assert.deepEqual(r.sent, []);
});

test('-InFile sends the file as the body (POST as a form by default, as pwsh); its errors are pwsh texts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-web-infile-'));
  writeFileSync(join(dir, 'in.txt'), 'hello\nfile');
  writeFileSync(join(dir, 'b.bin'), Buffer.from([0, 1, 0xff]));
  writeFileSync(join(dir, 'in2.txt'), '');
  const r = await requests(
    `cd '${dir}'; irm "$u/in" -Method Post -InFile in.txt -Verbose | Out-Null; irm "$u/in2" -Method Put -InFile b.bin -ContentType application/octet-stream | Out-Null; irm "$u/in3" -InFile '${dir}/b*' | Out-Null`,
  );
  assert.equal(r.err, '');
  assert.equal(r.out, '');
  assert.deepEqual(r.sent.map((q) => [q.line, ...q.headers.filter((h) => /^Content-/.test(h)), q.body.toString('hex')]), [
    ['POST /in', 'Content-Type: application/x-www-form-urlencoded', 'Content-Length: 10', Buffer.from('hello\nfile').toString('hex')],
    ['PUT /in2', 'Content-Type: application/octet-stream', 'Content-Length: 3', '0001ff'],
    ['GET /in3', 'Content-Length: 3', '0001ff'],
  ]);
  const errors = await requests(
    `cd '${dir}'; irm "$u/x" -InFile nope.txt; $Error[0].CategoryInfo.ToString(); irm "$u/x" -InFile '${dir}'; irm "$u/x" -InFile 'i*.txt'; irm "$u/x" -InFile 'zz*.txt'; irm "$u/x" -Method Post -InFile in.txt -Body x; $Error[0].FullyQualifiedErrorId`,
  );
  assert.equal(
    errors.err,
    [
      `Invoke-RestMethod: Cannot find path '${dir}/nope.txt' because it does not exist.`,
      `Invoke-RestMethod: Path '${dir}' resolves to a directory. Specify a path including a file name, and then retry the command.`,
      "Invoke-RestMethod: Path 'i*.txt' can be resolved to multiple paths.",
      "Invoke-RestMethod: Path 'zz*.txt' cannot be resolved to a file.",
      'Invoke-RestMethod: The cmdlet cannot run because the following conflicting parameters are specified: Body and InFile. Specify either Body or Infile, then retry.  ',
      '',
    ].join('\n'),
  );
  assert.equal(errors.out, `ObjectNotFound: (${dir}/nope.txt:String) [Invoke-RestMethod], ItemNotFoundException\nWebCmdletBodyConflictException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\n`);
  assert.deepEqual(errors.sent, []);
});

test('-Form: multipart/form-data laid out as pwsh 7.6.10 sends it (text parts, file parts, collections, quoted and encoded names)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spo-web-form-'));
  writeFileSync(join(dir, 'in.txt'), 'hello\nfile');
  writeFileSync(join(dir, 'my file é.txt'), 'x');
  const r = await requests(
    `irm "$u/form" -Method Post -Form ([ordered]@{ name = "Contoso"; file = (Get-Item '${dir}/in.txt'); "my field" = "v"; "é" = "w"; q = $null; arr = @((Get-Item '${dir}/my file é.txt'), 7); e = @(); f = @(1, @(2, 3)) }) -Verbose | Out-Null; irm "$u/empty" -Method Put -Form @{} -ContentType text/plain | Out-Null`,
  );
  assert.equal(r.err, '');
  const [form, empty] = r.sent;
  const type = form!.headers.find((h) => h.startsWith('Content-Type:'))!;
  const boundary = /boundary="([0-9a-f-]{36})"$/.exec(type)?.[1];
  assert.ok(boundary, type);
  const body = form!.body.toString('utf8').split(boundary!).join('B');
  const text = (name: string, value: string) => `--B\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=${name}\r\n\r\n${value}\r\n`;
  assert.equal(
    body,
    text('name', 'Contoso') +
      "--B\r\nContent-Disposition: form-data; name=file; filename=in.txt; filename*=utf-8''in.txt\r\nContent-Type: application/octet-stream\r\n\r\nhello\nfile\r\n" +
      text('"my field"', 'v') +
      text('"=?utf-8?B?w6k=?="', 'w') +
      text('q', '') +
      "--B\r\nContent-Disposition: form-data; name=arr; filename=\"=?utf-8?B?bXkgZmlsZSDDqS50eHQ=?=\"; filename*=utf-8''my%20file%20%C3%A9.txt\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n" +
      text('arr', '7') +
      text('f', '1') +
      text('f', '2 3') +
      '--B--\r\n',
  );
  // The same size pwsh sent for this form (its boundary is a GUID too).
  assert.ok(form!.headers.includes('Content-Length: 1354'), form!.headers.join('|'));
  assert.equal(r.out, '');
  // An empty form, and -ContentType does not replace the multipart type.
  assert.match(empty!.headers.find((h) => h.startsWith('Content-Type:'))!, /^Content-Type: multipart\/form-data; boundary="[0-9a-f-]{36}"$/);
  assert.equal(empty!.body.toString().replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'B'), '--B\r\n\r\n--B--\r\n');
  const errors = await requests('irm "$u/x" -Method Post -Form @{a="x"} -Body y; $Error[0].FullyQualifiedErrorId; irm "$u/x" -Form @{a="x"} -InFile x.txt; $Error[0].FullyQualifiedErrorId');
  assert.equal(
    errors.err,
    'Invoke-RestMethod: The cmdlet cannot run because the following conflicting parameters are specified: Body and Form. Specify either Body or Form, then retry.  \n' +
      'Invoke-RestMethod: The cmdlet cannot run because the following conflicting parameters are specified: InFile and Form. Specify either InFile or Form, then retry.  \n',
  );
  assert.equal(errors.out, 'WebCmdletBodyFormConflictException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\nWebCmdletFormInFileConflictException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\n');
  assert.deepEqual(errors.sent, []);
});

test("-Verbose's sizes as pwsh 7.6.10 writes them: at most two decimals", async () => {
  const { friendlySize } = await import('../src/cmdlets/web-invoke.js');
  const sizes: Array<[number, string]> = [
    [1030, '1.01 KB (1,030 bytes)'],
    [1354, '1.32 KB (1,354 bytes)'],
    [1536, '1.5 KB (1,536 bytes)'],
    [10000, '9.77 KB (10,000 bytes)'],
    [1048575, '1024 KB (1,048,575 bytes)'],
    [1048576, '1 MB (1,048,576 bytes)'],
    [2000000, '1.91 MB (2,000,000 bytes)'],
  ];
  for (const [bytes, text] of sizes) assert.equal(friendlySize(bytes), text);
});
