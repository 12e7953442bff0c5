// What Invoke-RestMethod and Invoke-WebRequest do once bound (pwsh 7.6.10's WebRequestPSCmdlet):
// build the request from the parameters, send it (net/web-request.ts), narrate it on -Verbose, and
// turn the answer into objects or the error pwsh shows. Loaded on the first web request only.
//
// Secrets: the -Verbose lines name the method, the address without its query (its length only) or
// user info, the media type and sizes; never a header value, a cookie or a body (a -Form's fields,
// an -InFile's content). The session's cookies are added by the transport, so no error's request
// text carries them. pwsh's -Debug "WebRequest
// Detail" records print every header (Authorization too) and the body, so spo writes none. Errors
// carry the status line and the response's body, never what was sent. A -ProxyCredential's password goes
// only into the Proxy-Authorization header the transport sends after the proxy's 407 (pwsh's error target
// lists that header; spo's never does).

import fs from 'node:fs';
import zlib from 'node:zlib';
import { basename } from 'node:path';
import type { CmdletContext } from '../engine/cmdlet.js';
import { toPSString, unwrap, TypedArray } from '../engine/convert.js';
import { EnumValue, PSCredential, PSHashtable, PSObject } from '../engine/values.js';
import { GenericDictionary } from '../engine/generic-types.js';
import { URI_TYPE, UriFormatError, absoluteUriFromText } from '../engine/uri.js';
import { defaultUserAgent, WebRequestSession } from '../engine/web-session.js';
import { expandPath, invalidPathArgument, isFolder, notFoundError, resolveLiteral } from '../engine/paths.js';
import { header, sendWebRequest, WebTransportError, type ExplicitProxy, type SentRequest, type WebExchangeResponse } from '../net/web-request.js';
import { displayUrl } from '../net/redact-url.js';
import { isLoopback } from '../net/web-proxy.js';
import { untrustedText } from '../net/untrusted-text.js';
import { fromJson, JsonConversionError, JsonReadError } from './json.js';
import { NOT_BUILT } from './web-params.js';
import { HTTP_STATUS_CODE, statusName } from './web-status.js';
import { reformatJson } from './web-json.js';
import { TimeSpanValue } from '../engine/timespan.js';
import { DateTimeValue } from '../engine/datetime.js';
import { formBody } from './web-form.js';
import { webXml } from '../engine/xml/xml-document.js';

type Kind = 'rest' | 'web';

const FORM = 'application/x-www-form-urlencoded';
/** .NET's content headers: HttpResponseMessage lists them after the response's own. */
const CONTENT_HEADERS = new Set(['allow', 'content-disposition', 'content-encoding', 'content-language', 'content-length', 'content-location', 'content-md5', 'content-range', 'content-type', 'expires', 'last-modified']);
/** Header names .NET spells its own way whatever the server sent. */
const KNOWN_HEADERS = [
  'Accept-Ranges', 'Access-Control-Allow-Origin', 'Age', 'Allow', 'Cache-Control', 'Connection', 'Content-Disposition', 'Content-Encoding',
  'Content-Language', 'Content-Length', 'Content-Location', 'Content-MD5', 'Content-Range', 'Content-Type', 'Date', 'ETag', 'Expires',
  'Keep-Alive', 'Last-Modified', 'Link', 'Location', 'Pragma', 'Proxy-Authenticate', 'Retry-After', 'Server', 'Set-Cookie',
  'Strict-Transport-Security', 'Transfer-Encoding', 'Vary', 'Via', 'WWW-Authenticate', 'X-Content-Type-Options', 'X-Frame-Options', 'X-Powered-By',
];
const KNOWN_BY_LOWER = new Map(KNOWN_HEADERS.map((name) => [name.toLowerCase(), name]));
/** Request headers whose values never leave this module (the error's request text shows *** for them). */
const SECRET_HEADER = /auth|token|cookie|secret|key|password|signature/i;

function commandType(ctx: CmdletContext): string {
  return ctx.invocation.commandName === 'Invoke-RestMethod' ? 'InvokeRestMethodCommand' : 'InvokeWebRequestCommand';
}

/** The whole command for one input (Body may come from the pipeline). */
export async function invokeWeb(ctx: CmdletContext, kind: Kind): Promise<void> {
  const p = ctx.params;
  for (const name of NOT_BUILT) {
    if (!p.has(name)) continue;
    return ctx.throwTerminatingError({
      message: `The -${name} parameter is not supported by this shell. Get-Help ${ctx.invocation.commandName} lists the parameters it supports.`,
      errorId: 'WebCmdletParameterNotSupported',
      category: 'NotImplemented',
      exceptionType: 'NotSupportedException',
      exceptionFullName: 'System.NotSupportedException',
    });
  }
  // pwsh's parameter checks, in its order (ValidateParameters), before anything is sent.
  const invalid = (message: string, errorId: string): never =>
    ctx.throwTerminatingError({
      message,
      errorId,
      category: 'InvalidArgument',
      exceptionType: 'ValidationMetadataException',
      exceptionFullName: 'System.Management.Automation.ValidationMetadataException',
      targetObject: new PSObject(`Microsoft.PowerShell.Commands.${commandType(ctx)}`, {}),
      targetType: commandType(ctx),
    });
  const conflict = (a: string, b: string, errorId: string, bText = b): never =>
    invalid(`The cmdlet cannot run because the following conflicting parameters are specified: ${a} and ${b}. Specify either ${a} or ${bText}, then retry.  `, errorId);
  if (p.has('WebSession') && p.has('SessionVariable')) {
    invalid('The cmdlet cannot run because the following conflicting parameters are specified: Session and SessionVariable. Specify either Session or SessionVariable, then retry.', 'WebCmdletSessionConflictException');
  }
  const proxyCredential = unwrap(p.get('ProxyCredential'));
  if (p.get('ProxyUseDefaultCredentials') === true && proxyCredential instanceof PSCredential) {
    invalid('The cmdlet cannot run because the following conflicting parameters are specified: ProxyCredential and ProxyUseDefaultCredentials. Specify either ProxyCredential or ProxyUseDefaultCredentials, then retry.', 'WebCmdletProxyCredentialConflictException');
  } else if ((unwrap(p.get('Proxy')) ?? null) === null && (proxyCredential instanceof PSCredential || p.get('ProxyUseDefaultCredentials') === true)) {
    invalid('The cmdlet cannot run because the following parameter is missing: Proxy. Provide a valid proxy URI for the Proxy parameter when using the ProxyCredential or ProxyUseDefaultCredentials parameters, then retry.', 'WebCmdletProxyUriNotSuppliedException');
  }
  if (p.has('Body') && p.has('InFile')) conflict('Body', 'InFile', 'WebCmdletBodyConflictException', 'Infile');
  if (p.has('Body') && p.has('Form')) conflict('Body', 'Form', 'WebCmdletBodyFormConflictException');
  if (p.has('InFile') && p.has('Form')) conflict('InFile', 'Form', 'WebCmdletFormInFileConflictException');
  const inFile = p.has('InFile') ? inFilePath(ctx, p.get<string>('InFile')!, invalid) : undefined;
  const outFile = p.get<string>('OutFile');
  if (p.get('PassThru') === true && outFile === undefined) {
    invalid('The cmdlet cannot run because the following parameter is missing: OutFile. Provide a valid OutFile parameter value when using the PassThru parameter, then retry.', 'WebCmdletOutFileMissingException');
  }

  // The session: -WebSession's, or a new one (named by -SessionVariable, set before the request is sent).
  const given = unwrap(p.get('WebSession'));
  const session = given instanceof WebRequestSession ? given : new WebRequestSession();
  const sessionVariable = p.get<string>('SessionVariable');
  if (sessionVariable !== undefined) {
    if (sessionVariable === '') {
      // pwsh names the variable's argument `path` here too: the same PSArgumentException as a bad provider path.
      return ctx.throwTerminatingError(invalidPathArgument());
    }
    ctx.session.setVariable(sessionVariable, session);
  }
  // -UserAgent, -MaximumRedirection and -Headers are kept in the session, as pwsh keeps them (a later request with it sends them again).
  if (p.has('UserAgent')) session.assign('UserAgent', p.get<string>('UserAgent'));
  if (p.has('MaximumRedirection')) session.assign('MaximumRedirection', p.get<number>('MaximumRedirection'));
  // -MaximumRetryCount (above 0) and -RetryIntervalSec (5 by default) stay in the session too, as in pwsh.
  const maximumRetryCount = p.get<number>('MaximumRetryCount') ?? 0;
  if (maximumRetryCount > 0) {
    session.assign('MaximumRetryCount', maximumRetryCount);
    session.assign('RetryIntervalInSeconds', p.get<number>('RetryIntervalSec') ?? 5);
  }
  // -NoProxy keeps the session off every proxy from then on; -Proxy (with -ProxyCredential) replaces the session's.
  if (p.get('NoProxy') === true) {
    session.noProxy = true;
    session.properties.set('Proxy', null);
  } else {
    const proxyAddress = unwrap(p.get('Proxy'));
    if (proxyAddress instanceof PSObject) {
      const credential = proxyCredential instanceof PSCredential ? proxyCredential : undefined;
      session.proxySetting = { address: proxyAddress, credential };
      session.properties.set('Proxy', proxyObject(credential, p.get('ProxyUseDefaultCredentials') === true));
    }
  }
  const sessionHeaders = session.headers;
  const givenHeaders = p.get<PSHashtable>('Headers');
  if (givenHeaders && sessionHeaders) for (const [key, value] of givenHeaders.entries()) sessionHeaders.set(toPSString(key), toPSString(value));
  const sessionRedirection = Number(unwrap(session.get('MaximumRedirection')));
  const maxRedirects = sessionRedirection >= 0 ? sessionRedirection : 5;

  let url = requestUrl(ctx);
  const methodValue = p.get<EnumValue>('Method');
  const method = p.get<string>('CustomMethod')?.toUpperCase() ?? (methodValue && methodValue.name !== 'Default' ? methodValue.name.toUpperCase() : 'GET');

  // Headers: the session's (-Headers merged into them) in order (Content-Type among them is the body's), then User-Agent.
  const headers: Array<[string, string]> = [];
  let contentType = p.get<string>('ContentType');
  let userAgent = p.get<string>('UserAgent');
  for (const [key, value] of sessionHeaders?.entries() ?? []) {
    const name = toPSString(key);
    const text = toPSString(value);
    if (name.toLowerCase() === 'content-type') contentType ??= text;
    else if (name.toLowerCase() === 'user-agent') userAgent ??= text;
    else headers.push([name, text]);
  }
  const sessionAgent = unwrap(session.get('UserAgent'));
  headers.push(['User-Agent', userAgent ?? (typeof sessionAgent === 'string' ? sessionAgent : defaultUserAgent())]);
  headers.push(['Accept-Encoding', 'gzip, deflate, br']);

  // The body: a dictionary is form fields (for GET, the query string), bytes as they are, anything else its text in UTF-8.
  let body: Buffer | undefined;
  const rawBody = unwrap(p.get('Body'));
  if (rawBody !== undefined && rawBody !== null) {
    if (rawBody instanceof PSHashtable) {
      const form = rawBody.entries().map(([k, v]) => `${urlEncode(toPSString(k))}=${urlEncode(toPSString(v))}`).join('&');
      if (method === 'GET') {
        url = new URL(`${url.href}${url.search.length > 1 ? '&' : url.search === '?' ? '' : '?'}${form}`);
      } else body = Buffer.from(form, 'utf8');
    } else if (rawBody instanceof TypedArray && rawBody.elementType === 'System.Byte') {
      body = Buffer.from(rawBody.map((b) => Number(unwrap(b))));
    } else {
      body = Buffer.from(toPSString(rawBody), 'utf8');
    }
  }
  if (inFile !== undefined) body = await readInFile(ctx, inFile);
  const form = p.get<PSHashtable>('Form');
  if (form) {
    // The multipart content names its own type: -ContentType does not replace it.
    const built = await formBody(form);
    body = built.body;
    contentType = built.contentType;
  }
  if (body !== undefined && contentType === undefined && method === 'POST') contentType = FORM;
  if (body !== undefined && contentType !== undefined) headers.push(['Content-Type', contentType]);

  const outPath = outFile !== undefined ? resolveLiteral(ctx.session, outFile) : undefined;
  const requestLine = async (hopMethod: string, hopUrl: URL, hopBody: Buffer | undefined): Promise<void> => {
    if (!ctx.verboseEnabled) return;
    const query = hopUrl.search.length > 1 ? ` with query length ${hopUrl.search.length - 1}` : '';
    const output = outPath !== undefined ? ` output to ${outPath}` : '';
    const payload = hopBody === undefined ? '' : `${contentType !== undefined ? ` with ${mediaType(contentType)} payload` : ''} with body size ${friendlySize(hopBody.length)}`;
    await ctx.writeVerbose(`WebRequest: v1.1 ${hopMethod} ${untrustedText(`${hopUrl.protocol}//${hopUrl.host}${hopUrl.pathname}`)}${query}${output}${payload}`);
  };
  const responseLine = async (answer: WebExchangeResponse): Promise<void> => {
    if (!ctx.verboseEnabled) return;
    const answerHeaders = decodeContent(answer);
    const type = header(answerHeaders, 'content-type');
    const length = header(answerHeaders, 'content-length');
    const payload = type !== undefined ? ` with ${mediaType(type)} payload` : '';
    const size = length !== undefined && /^\d+$/.test(length.trim()) ? ` with body size ${friendlySize(Number(length))}` : '';
    await ctx.writeVerbose(`WebResponse: ${answer.status} ${untrustedText(answer.reason)}${payload}${size}`);
  };

  // pwsh follows redirects itself (narrating each hop) when it must keep Authorization or may go from https to http.
  const keepAuthorization = p.get('PreserveAuthorizationOnRedirect') === true && headers.some(([name]) => name.toLowerCase() === 'authorization');
  const allowInsecureRedirect = p.get('AllowInsecureRedirect') === true;
  const handleRedirect = keepAuthorization || allowInsecureRedirect;
  // pwsh's WebSession keeps one HttpClient while its settings stay the same; a change recreates it, said on -Verbose.
  const settings = JSON.stringify([
    Number(unwrap(session.get('MaximumRedirection'))),
    !(handleRedirect || sessionRedirection === 0),
    p.get('SkipCertificateCheck') === true,
    p.get<number>('ConnectionTimeoutSeconds') ?? 0,
    session.noProxy,
    session.proxySetting ? [toPSString(session.proxySetting.address), credentialId(session.proxySetting.credential)] : null,
  ]);
  if (session.clientSettings !== undefined && session.clientSettings !== settings && ctx.verboseEnabled) {
    await ctx.writeVerbose('The WebSession properties were changed between requests forcing all HTTP connections in the session to be recreated.');
  }
  session.clientSettings = settings;
  const retryCount = Number(unwrap(session.get('MaximumRetryCount'))) || 0;
  const retryInterval = Number(unwrap(session.get('RetryIntervalInSeconds'))) || 0;
  // The session's -Proxy is checked only when it is used: a loopback address goes direct whatever it is (pwsh).
  const setting = session.proxySetting;
  const proxy = session.noProxy ? 'none' : setting && !isLoopback(url.hostname) ? explicitProxy(ctx, setting.address, setting.credential) : undefined;

  // The error's request: after HttpClient's own redirects its message says what the last hop sent (address, headers
  // without Authorization); pwsh's own redirects leave the first request as it was.
  const sentMessage = (sent: SentRequest | undefined): PSObject =>
    handleRedirect || sent === undefined ? requestMessage(method, url, headers, body) : requestMessage(sent.method, sent.url, sent.headers, sent.body);
  let response: WebExchangeResponse | undefined;
  // GetResponse's loop: every attempt is narrated; 304 and 4xx/5xx are sent again after the interval (a 429's
  // Retry-After in whole seconds wins), while attempts remain.
  for (let remaining = retryCount + 1; ; ) {
    await requestLine(method, url, body);
    try {
      response = await sendWebRequest({
        method,
        url,
        headers,
        body,
        timeoutMs: (p.get<number>('ConnectionTimeoutSeconds') ?? 0) * 1000,
        operationTimeoutMs: (p.get<number>('OperationTimeoutSeconds') ?? 0) * 1000,
        maxRedirects,
        signal: ctx.signal,
        cookies: session.cookieJar,
        skipCertificateCheck: p.get('SkipCertificateCheck') === true,
        allowInsecureRedirect,
        keepAuthorization,
        dropBodyOnRedirect: handleRedirect,
        proxy,
        ...(handleRedirect ? { onHop: { request: (hop) => requestLine(hop.method, hop.url, hop.body), response: responseLine } } : {}),
      });
    } catch (e) {
      if (!(e instanceof WebTransportError)) throw e;
      return transportFailure(ctx, e, sentMessage(e.sent));
    }
    await responseLine(response);
    const success = response.status >= 200 && response.status <= 299;
    if (remaining > 1 && (response.status === 304 || (response.status >= 400 && response.status <= 599))) {
      const seconds = (response.status === 429 ? retryAfterSeconds(header(response, 'retry-after')) : undefined) ?? retryInterval;
      if (ctx.verboseEnabled) await ctx.writeVerbose(`Retrying after interval of ${seconds} seconds. Status code for previous attempt: ${statusName(response.status)}`);
      if (!(await retryWait(ctx, seconds))) return;
    } else if (remaining > 1 && !success) {
      // pwsh sends the same HttpRequestMessage again, which .NET refuses (a redirect not followed, with retries left).
      return ctx.throwTerminatingError({
        message: 'The request message was already sent. Cannot send the same request message multiple times.',
        errorId: 'System.InvalidOperationException',
        category: 'NotSpecified',
        exceptionType: 'InvalidOperationException',
        exceptionFullName: 'System.InvalidOperationException',
      });
    }
    remaining--;
    if (remaining <= 0 || success) break;
  }

  // An https answer redirecting to http is refused unless -AllowInsecureRedirect (before the status is checked).
  const location = header(response, 'location');
  if (!allowInsecureRedirect && response.url.protocol === 'https:' && location !== undefined && /^http:\/\//i.test(location.trim())) {
    return ctx.throwTerminatingError({
      message: 'Operation is not valid due to the current state of the object.',
      errorDetails: 'Cannot follow an insecure redirection by default. Reissue the command specifying the -AllowInsecureRedirect switch. ',
      errorId: 'InsecureRedirection',
      category: 'InvalidOperation',
      exceptionType: 'InvalidOperationException',
      exceptionFullName: 'System.InvalidOperationException',
      targetObject: sentMessage(response.sent),
      targetType: 'HttpRequestMessage',
    });
  }

  const decoded = decodeContent(response);
  const contentTypeHeader = header(decoded, 'content-type');
  const dictionary = headerDictionary(decoded.headers);
  const statusVariable = p.get<string>('StatusCodeVariable');
  if (statusVariable) ctx.session.setVariable(statusVariable, response.status);
  const headersVariable = p.get<string>('ResponseHeadersVariable');
  if (headersVariable) ctx.session.setVariable(headersVariable, dictionary);

  if ((response.status < 200 || response.status > 299) && p.get('SkipHttpErrorCheck') !== true) {
    const details = errorDetails(decoded.body, contentTypeHeader);
    return ctx.throwTerminatingError({
      message: `Response status code does not indicate success: ${response.status} (${untrustedText(response.reason)}).`,
      errorId: 'WebCmdletWebResponseException',
      category: 'InvalidOperation',
      exceptionType: 'HttpResponseException',
      exceptionFullName: 'Microsoft.PowerShell.Commands.HttpResponseException',
      targetObject: sentMessage(response.sent),
      targetType: 'HttpRequestMessage',
      exceptionProperties: {
        Response: responseMessage(response, decoded, sentMessage(response.sent)),
        StatusCode: EnumValue.of(HTTP_STATUS_CODE, response.status),
        HttpRequestError: 'Unknown',
      },
      ...(details ? { errorDetails: details } : {}),
    });
  }

  if (outPath !== undefined) {
    try {
      await fs.promises.writeFile(outPath, decoded.body);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return ctx.throwTerminatingError({
        message: code === 'ENOENT' ? `Could not find a part of the path '${outPath}'.` : code === 'EISDIR' || code === 'EACCES' ? `Access to the path '${outPath}' is denied.` : `The file '${outPath}' could not be written.`,
        errorId: code === 'ENOENT' ? 'System.IO.DirectoryNotFoundException' : 'System.UnauthorizedAccessException',
        category: code === 'ENOENT' ? 'ObjectNotFound' : 'PermissionDenied',
        exceptionType: code === 'ENOENT' ? 'DirectoryNotFoundException' : 'UnauthorizedAccessException',
      });
    }
    if (ctx.verboseEnabled) await ctx.writeVerbose(`File Name: ${basename(outPath)}`);
    if (p.get('PassThru') !== true) return;
  }

  const result = kind === 'rest' ? restResult(decoded.body, contentTypeHeader) : webResponseObject(response, decoded, dictionary, outPath);
  // pwsh: a redirect answered with -MaximumRedirection 0 (and -SkipHttpErrorCheck, else it was an error above)
  // is written, then reported as not followed (after the result: sent on at once).
  if (maxRedirects === 0 && response.status >= 300 && response.status <= 399) {
    if (ctx.sendObjects) await ctx.sendObjects([result]);
    else ctx.writeObject(result, false);
    await ctx.writeError({
      message: 'The maximum redirection count has been exceeded. To increase the number of redirections allowed, supply a higher value to the -MaximumRedirection parameter.',
      errorId: 'MaximumRedirectExceeded',
      category: 'InvalidOperation',
      exceptionType: 'InvalidOperationException',
      exceptionFullName: 'System.InvalidOperationException',
      targetObject: sentMessage(response.sent),
      targetType: 'HttpRequestMessage',
    });
    return;
  }
  ctx.writeObject(result, result instanceof FeedItems);
}

/**
 * -Proxy as the transport uses it: an absolute http(s) address (pwsh's errors for a relative one or another
 * scheme; spo has no SOCKS client), with -ProxyCredential's user and password. A user name and password in
 * the address itself are not used, as .NET's WebProxy ignores them.
 */
function explicitProxy(ctx: CmdletContext, given: PSObject, credential: PSCredential | undefined): ExplicitProxy {
  if (given.get('IsAbsoluteUri') !== true) {
    return ctx.throwTerminatingError({
      message: 'This operation is not supported for a relative URI.',
      errorId: 'System.InvalidOperationException',
      category: 'NotSpecified',
      exceptionType: 'InvalidOperationException',
      exceptionFullName: 'System.InvalidOperationException',
    });
  }
  const url = new URL(toPSString(given.get('AbsoluteUri')));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const socks = /^socks(4a?|5)?:$/.test(url.protocol);
    return ctx.throwTerminatingError({
      message: socks
        ? `A SOCKS proxy (${url.protocol}//) is not supported by this shell: use an HTTP proxy (http:// or https://).`
        : "Only the 'http', 'https', 'socks4', 'socks4a' and 'socks5' schemes are allowed for proxies.",
      errorId: 'WebCmdletIEDomNotSupportedException',
      category: 'NotImplemented',
      exceptionType: 'NotSupportedException',
      exceptionFullName: 'System.NotSupportedException',
    });
  }
  url.username = '';
  url.password = '';
  const network = credential?.GetNetworkCredential();
  return network ? { url, credential: { user: network.Domain ? `${network.Domain}\\${network.UserName}` : network.UserName, password: network.Password } } : { url };
}

/** The session's Proxy property: pwsh's own WebProxy, whose one public property is Credentials (the NetworkCredential). */
function proxyObject(credential: PSCredential | undefined, useDefault: boolean): PSObject {
  const credentials = credential?.GetNetworkCredential() ?? (useDefault ? new PSObject('System.Net.SystemNetworkCredential', {}) : null);
  return new PSObject('Microsoft.PowerShell.Commands.WebProxy', { Credentials: credentials });
}

/** A credential's identity: pwsh's session compares a proxy's credentials by reference (the same PSCredential is the same). */
const credentialIds = new WeakMap<PSCredential, number>();
let lastCredentialId = 0;
function credentialId(credential: PSCredential | undefined): number {
  if (!credential) return 0;
  const known = credentialIds.get(credential);
  if (known !== undefined) return known;
  credentialIds.set(credential, ++lastCredentialId);
  return lastCredentialId;
}

/** A request that got no HTTP answer, as pwsh reports it (HttpClient's time-out, a body read's, or the transport's error). */
function transportFailure(ctx: CmdletContext, e: WebTransportError, request: PSObject): void {
  if (e.kind === 'cancelled') return;
  if (e.kind === 'timeout' || e.kind === 'operation-timeout') {
    const operation = e.kind === 'operation-timeout';
    return ctx.throwTerminatingError({
      message: e.message,
      errorId: operation ? 'OperationTimeoutReached' : 'ConnectionTimeoutReached',
      category: 'OperationTimeout',
      exceptionType: operation ? 'TimeoutException' : 'TaskCanceledException',
      exceptionFullName: operation ? 'System.TimeoutException' : 'System.Threading.Tasks.TaskCanceledException',
    });
  }
  return ctx.throwTerminatingError({
    message: e.message,
    ...(e.detail !== undefined ? { errorDetails: e.detail } : {}),
    errorId: 'WebCmdletWebResponseException',
    category: 'InvalidOperation',
    exceptionType: 'HttpRequestException',
    exceptionFullName: 'System.Net.Http.HttpRequestException',
    targetObject: request,
    targetType: 'HttpRequestMessage',
    exceptionProperties: { StatusCode: null, HttpRequestError: e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' ? 'NameResolutionError' : e.code === 'ECONNREFUSED' ? 'ConnectionError' : 'Unknown' },
  });
}

/** A 429's Retry-After as pwsh reads it (Convert.ToInt32: an Int32 in digits, a sign allowed); anything else is ignored. */
export function retryAfterSeconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  const n = Number(value.trim());
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/**
 * Waits between attempts (Task.Delay of seconds * 1000 in Int32 arithmetic, so a negative Retry-After is .NET's
 * argument error). False when Ctrl+C ended the wait.
 */
async function retryWait(ctx: CmdletContext, seconds: number): Promise<boolean> {
  const ms = (seconds * 1000) | 0;
  if (ms < -1) {
    return ctx.throwTerminatingError({
      message: "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer. (Parameter 'millisecondsDelay')",
      errorId: 'System.ArgumentOutOfRangeException',
      category: 'NotSpecified',
      exceptionType: 'ArgumentOutOfRangeException',
      exceptionFullName: 'System.ArgumentOutOfRangeException',
    });
  }
  const signal = ctx.signal;
  if (signal?.aborted) return false;
  return new Promise((resolve) => {
    const onAbort = () => {
      if (timer) clearTimeout(timer);
      resolve(false);
    };
    // -1 is Task.Delay's infinite wait: only Ctrl+C ends it.
    const timer = ms >= 0 ? setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms) : undefined;
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A feed's items: pwsh writes each on its own, where a JSON array is written as one object. */
class FeedItems extends Array<unknown> {}

/** -Uri as pwsh takes it: text that is not an absolute address gets http:// in front; only http(s) is sent. */
function requestUrl(ctx: CmdletContext): URL {
  const uri = ctx.params.get<PSObject>('Uri')!;
  let text = uri.typeName === URI_TYPE && uri.get('IsAbsoluteUri') === true ? toPSString(uri.get('AbsoluteUri')) : `http://${toPSString(uri.get('OriginalString') ?? uri)}`;
  try {
    if (uri.get('IsAbsoluteUri') !== true) text = toPSString(absoluteUriFromText(text).get('AbsoluteUri'));
  } catch (e) {
    if (!(e instanceof UriFormatError)) throw e;
    ctx.throwTerminatingError({ message: e.message, errorId: 'System.UriFormatException', category: 'NotSpecified', exceptionType: 'UriFormatException', exceptionFullName: 'System.UriFormatException' });
  }
  const scheme = /^([^:]*):/.exec(text)?.[1] ?? '';
  if (scheme.toLowerCase() !== 'http' && scheme.toLowerCase() !== 'https') {
    ctx.throwTerminatingError({
      message: `The '${scheme}' scheme is not supported.`,
      errorId: 'WebCmdletIEDomNotSupportedException',
      category: 'NotImplemented',
      exceptionType: 'NotSupportedException',
      exceptionFullName: 'System.NotSupportedException',
    });
  }
  try {
    return new URL(text);
  } catch {
    return ctx.throwTerminatingError({
      message: 'Invalid URI: The hostname could not be parsed.',
      errorId: 'System.UriFormatException',
      category: 'NotSpecified',
      exceptionType: 'UriFormatException',
      exceptionFullName: 'System.UriFormatException',
    });
  }
}

/**
 * -InFile's file, resolved as pwsh resolves it (wildcards too: one file, or pwsh's error for none,
 * several or a folder). A path without wildcards that does not exist is PathNotFound.
 */
function inFilePath(ctx: CmdletContext, given: string, invalid: (message: string, errorId: string) => never): string {
  const { paths, wildcard } = expandPath(ctx.session, given);
  if (!wildcard && paths.length === 1 && !fs.existsSync(paths[0]!)) return ctx.throwTerminatingError(notFoundError(ctx.session, given, paths[0]!));
  if (paths.length > 1) invalid(`Path '${given}' can be resolved to multiple paths.`, 'WebCmdletInFileMultiplePathsResolvedException');
  if (paths.length === 0) invalid(`Path '${given}' cannot be resolved to a file.`, 'WebCmdletInFileNoPathResolvedException');
  if (isFolder(paths[0]!)) invalid(`Path '${given}' resolves to a directory. Specify a path including a file name, and then retry the command.`, 'WebCmdletInFileNotFilePathException');
  return paths[0]!;
}

async function readInFile(ctx: CmdletContext, path: string): Promise<Buffer> {
  try {
    return await fs.promises.readFile(path);
  } catch {
    return ctx.throwTerminatingError({
      message: `Access to the path '${path}' is denied.`,
      errorId: 'System.UnauthorizedAccessException',
      category: 'PermissionDenied',
      exceptionType: 'UnauthorizedAccessException',
      exceptionFullName: 'System.UnauthorizedAccessException',
    });
  }
}

/** WebUtility.UrlEncode: space as +, unreserved characters -_.!*() kept, the rest %XX (upper case) of UTF-8. */
export function urlEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.!*()]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `application/json; charset=utf-8` -> `application/json`. */
function mediaType(contentType: string): string {
  return untrustedText(contentType.split(';')[0]!.trim());
}

/** pwsh's size text: `0 b`, `1023 B`, `1.32 KB`, `1024 KB`, `1 MB` ..., then the byte count with thousands separators. */
export function friendlySize(bytes: number): string {
  const units = ['KB', 'MB', 'GB', 'TB', 'PB'];
  let text = bytes === 0 ? '0 b' : `${bytes} B`;
  if (bytes >= 1024) {
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    // .NET's "0.##": at most two decimals (1.32 KB, 9.77 KB, 1024 KB just below a megabyte).
    const rounded = Math.round(value * 100) / 100;
    text = `${rounded} ${units[unit]}`;
  }
  return `${text} (${bytes.toLocaleString('en-US')} bytes)`;
}

interface Decoded {
  headers: Array<[string, string]>;
  body: Buffer;
}

/** HttpClient's automatic decompression: the body decoded, Content-Encoding and Content-Length gone with it. */
function decodeContent(response: WebExchangeResponse): Decoded {
  const encoding = header(response, 'content-encoding')?.trim().toLowerCase();
  if (encoding !== 'gzip' && encoding !== 'deflate' && encoding !== 'br') return { headers: response.headers, body: response.body };
  let body: Buffer;
  try {
    body = encoding === 'gzip' ? zlib.gunzipSync(response.body) : encoding === 'br' ? zlib.brotliDecompressSync(response.body) : zlib.inflateSync(response.body);
  } catch {
    return { headers: response.headers, body: response.body };
  }
  return { headers: response.headers.filter(([name]) => !/^content-(encoding|length)$/i.test(name)), body };
}

function canonicalName(name: string): string {
  return KNOWN_BY_LOWER.get(name.toLowerCase()) ?? name;
}

/** Response headers, then content headers, each name once with its values in order (.NET's HttpHeaders). */
function orderedHeaders(headers: Array<[string, string]>): Array<[string, string[]]> {
  const own = new Map<string, [string, string[]]>();
  const content = new Map<string, [string, string[]]>();
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    const target = CONTENT_HEADERS.has(lower) ? content : own;
    const entry = target.get(lower);
    if (entry) entry[1].push(untrustedText(value));
    else target.set(lower, [canonicalName(name), [untrustedText(value)]]);
  }
  return [...own.values(), ...content.values()];
}

/** Dictionary[string, IEnumerable[string]] (keys ignore case), what -ResponseHeadersVariable and .Headers hold. */
function headerDictionary(headers: Array<[string, string]>): GenericDictionary {
  const d = new GenericDictionary('System.String', 'System.String[]', true);
  for (const [name, values] of orderedHeaders(headers)) d.set(name, TypedArray.of2('System.String', values));
  return d;
}

/**
 * HttpResponseMessage.Headers: the same dictionary (indexing works, a deviation: .NET's HttpResponseHeaders
 * has no indexer) with .NET's typed RetryAfter, what throttling code reads (`.Headers.RetryAfter.Delta`).
 */
class ResponseHeaders extends GenericDictionary {
  override ownProperty(name: string): unknown {
    if (name.toLowerCase() !== 'retryafter') return undefined;
    const values = this.get('Retry-After');
    const text = values instanceof TypedArray && values.length === 1 ? toPSString(values[0]).trim() : undefined;
    if (text === undefined) return null;
    let delta: TimeSpanValue | null = null;
    let date: DateTimeValue | null = null;
    if (/^\d+$/.test(text)) delta = TimeSpanValue.fromParts(0, 0, 0, Number(text));
    else if (!Number.isNaN(Date.parse(text)) && /GMT$/.test(text)) date = new DateTimeValue(Date.parse(text), 'Utc');
    else return null;
    return new PSObject('System.Net.Http.Headers.RetryConditionHeaderValue', { Date: date, Delta: delta }, undefined, text);
  }
}

function responseHeaders(headers: Array<[string, string]>): ResponseHeaders {
  const d = new ResponseHeaders('System.String', 'System.String[]', true);
  for (const [name, values] of orderedHeaders(headers)) d.set(name, TypedArray.of2('System.String', values));
  return d;
}

/** The charset of a text body (UTF-8 unless the server names Latin-1). */
function textOf(body: Buffer, contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";]+)/i.exec(contentType ?? '')?.[1]?.trim().toLowerCase();
  const text = charset === 'iso-8859-1' || charset === 'latin1' || charset === 'us-ascii' ? body.toString('latin1') : body.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return ['application/json', 'application/x-javascript', 'text/x-javascript', 'application/javascript', 'text/javascript', 'text/json'].includes(type);
}

function isXml(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/xml' || type === 'application/xml-external-parsed-entity' || type === 'application/xml-dtd' || type === 'text/xml' || type.endsWith('+xml');
}

function isText(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type.startsWith('text/') || isJson(contentType) || isXml(contentType);
}

/** ErrorDetails of a failed response: JSON re-indented (after a line break), HTML without its tags, other text as sent. */
function errorDetails(body: Buffer, contentType: string | undefined): string | undefined {
  if (body.length === 0) return undefined;
  const text = untrustedText(textOf(body, contentType));
  if (isJson(contentType)) {
    const formatted = reformatJson(text);
    return formatted === undefined ? text : `\n${formatted}`;
  }
  if ((contentType ?? '').toLowerCase().includes('html')) return text.replace(/<[^>]*>/g, '');
  return text;
}

/**
 * Invoke-RestMethod's result: JSON as ConvertFrom-Json makes it (an array is written as one object), XML
 * as an XmlDocument (an RSS or Atom feed as its items, a FeedItems array: written one by one), other
 * text as a string.
 */
function restResult(body: Buffer, contentType: string | undefined): unknown {
  const text = untrustedText(textOf(body, contentType));
  if (text.trim() === '') return text;
  if (isXml(contentType) || text.trimStart().startsWith('<')) {
    const xml = webXml(text);
    return xml === undefined ? text : xml.items ? FeedItems.from(xml.items) : xml.document;
  }
  try {
    return fromJson(text, false) ?? null;
  } catch (e) {
    // Text that is not JSON, or JSON pwsh will not make objects of (an empty or case-differing name), is the string.
    if (!(e instanceof JsonReadError) && !(e instanceof JsonConversionError)) throw e;
    return text;
  }
}

/** Invoke-WebRequest's result: BasicHtmlWebResponseObject for text, WebResponseObject for anything else. */
function webResponseObject(response: WebExchangeResponse, decoded: Decoded, headers: GenericDictionary, outPath: string | undefined): PSObject {
  const contentType = header(decoded, 'content-type');
  const status = statusName(response.status);
  const text = isText(contentType);
  const content = text ? untrustedText(textOf(decoded.body, contentType)) : TypedArray.of2('System.Byte', [...decoded.body]);
  const headerLines = orderedHeaders(decoded.headers).map(([name, values]) => `${name}: ${values.join(', ')}\n`).join('');
  const rawBody = text ? (content as string) : untrustedText(decoded.body.toString('utf8'));
  const rawContent = `HTTP/${response.httpVersion} ${response.status} ${status}\n${headerLines}\n${rawBody}`;
  const baseResponse = responseMessage(response, decoded, null);
  const stream = new PSObject('Microsoft.PowerShell.Commands.WebResponseContentMemoryStream', { Length: decoded.body.length, Position: 0 });
  const relationLink = new GenericDictionary('System.String', 'System.String', true);
  const common = {
    BaseResponse: baseResponse,
    Headers: headers,
    RawContent: rawContent,
    RawContentLength: decoded.body.length,
    RawContentStream: stream,
    RelationLink: relationLink,
    StatusCode: response.status,
    StatusDescription: status,
    OutFile: outPath ?? null,
  };
  if (!text) {
    return new PSObject('Microsoft.PowerShell.Commands.WebResponseObject', { Content: content, ...common });
  }
  const utf8 = !/;\s*charset\s*=\s*"?(iso-8859-1|latin1|us-ascii)/i.test(contentType ?? '');
  const encoding = new PSObject(
    utf8 ? 'System.Text.UTF8Encoding+UTF8EncodingSealed' : 'System.Text.Latin1Encoding+Latin1EncodingSealed',
    utf8 ? { BodyName: 'utf-8', EncodingName: 'Unicode (UTF-8)', WebName: 'utf-8', CodePage: 65001 } : { BodyName: 'iso-8859-1', EncodingName: 'Western European (ISO)', WebName: 'iso-8859-1', CodePage: 28591 },
  );
  return new PSObject('Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject', {
    Content: content,
    Encoding: encoding,
    InputFields: elements(content as string, INPUT, 'INPUT'),
    Links: elements(content as string, LINK, 'A'),
    Images: elements(content as string, IMAGE, 'IMG'),
    ...common,
  });
}

/**
 * The HttpResponseMessage: an error's `$_.Exception.Response` (scripts read its StatusCode, `[int]` or
 * by name) and Invoke-WebRequest's BaseResponse. Its Headers are ResponseHeaders.
 */
function responseMessage(response: WebExchangeResponse, decoded: Decoded, request: PSObject | null): PSObject {
  const reason = untrustedText(response.reason);
  const lines = orderedHeaders(decoded.headers).map(([name, values]) => `  ${name}: ${values.join(', ')}\n`).join('');
  return new PSObject(
    'System.Net.Http.HttpResponseMessage',
    {
      Version: response.httpVersion,
      Content: new PSObject('System.Net.Http.HttpConnectionResponseContent', {}),
      StatusCode: EnumValue.of(HTTP_STATUS_CODE, response.status),
      ReasonPhrase: reason,
      Headers: responseHeaders(decoded.headers),
      TrailingHeaders: new GenericDictionary('System.String', 'System.String[]', true),
      RequestMessage: request,
      IsSuccessStatusCode: response.status >= 200 && response.status <= 299,
    },
    undefined,
    `StatusCode: ${response.status}, ReasonPhrase: '${reason}', Version: ${response.httpVersion}, Content: System.Net.Http.HttpConnectionResponseContent, Headers:\n{\n${lines}}`,
  );
}

/** HttpRequestMessage.ToString() as the error's target object; secret header values and query values hidden. */
function requestMessage(method: string, url: URL, headers: Array<[string, string]>, body: Buffer | undefined): PSObject {
  const shown = headers.filter(([name]) => name.toLowerCase() !== 'content-type').map(([name, value]) => `  ${name}: ${SECRET_HEADER.test(name) ? '***' : untrustedText(value)}\n`).join('');
  const contentType = headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const content = body === undefined ? '<null>' : 'System.Net.Http.ByteArrayContent';
  const contentHeaders = body === undefined ? '' : `${contentType !== undefined ? `  Content-Type: ${untrustedText(contentType)}\n` : ''}  Content-Length: ${body.length}\n`;
  const text = `Method: ${method}, RequestUri: '${displayUrl(url.href)}', Version: 1.1, Content: ${content}, Headers:\n{\n${shown}${contentHeaders}}`;
  return new PSObject('System.Net.Http.HttpRequestMessage', { Method: method, RequestUri: displayUrl(url.href), Version: '1.1' }, undefined, text);
}

// BasicHtmlWebResponseObject's parsing (no DOM): each element's outerHTML, tagName and attributes.
const LINK = /<a\s[^>]*>.*?<\/a>/gis;
const IMAGE = /<img\s[^>]*?>/gi;
const INPUT = /<input\s+[^>]*(?:\/>|>)/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^'">\s]+)))?/g;

function elements(html: string, pattern: RegExp, tagName: string): PSObject[] {
  return [...html.matchAll(pattern)].map((m) => {
    const outer = m[0];
    const props: Record<string, unknown> = { outerHTML: outer, tagName };
    const open = /^<\w+\s([^>]*)/s.exec(outer)?.[1] ?? '';
    for (const a of open.replace(/\/$/, '').matchAll(ATTRIBUTE)) {
      if (!(a[1]! in props)) props[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    return new PSObject('System.Management.Automation.PSCustomObject', props);
  });
}
