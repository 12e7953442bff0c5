// The parameters Invoke-RestMethod and Invoke-WebRequest share, declared as pwsh 7.6.10 declares them
// (WebRequestPSCmdlet: four parameter sets, declaration order, aliases, ranges). The parameters spo
// does not build are declared too, so that syntax, help and binding match pwsh, and the command stops
// with NOT_BUILT's error when one is used (docs/Invoke-WebRequest.md lists them).

import { ALL_SETS, type ParameterMetadata, type ParameterSetMembership } from '../engine/cmdlet.js';
import { BindingError } from '../engine/binder.js';
import { CannotConvertArgumentNoMessage } from '../engine/binder-strings.js';
import { InvalidCastException, InvalidCastExceptionWithInnerException } from '../engine/runtime-strings.js';
import { toPSString, typeNameOf, unwrap } from '../engine/convert.js';
import { PSObject, type EnumType } from '../engine/values.js';
import { URI_TYPE, UriFormatError, uriFromText } from '../engine/uri.js';
import { WEB_REQUEST_SESSION, WebRequestSession } from '../engine/web-session.js';
import { intParam, objectParam, stringParam, switchParam } from './param-builders.js';

export const STANDARD_METHOD = 'StandardMethod';
const STANDARD_NO_PROXY = 'StandardMethodNoProxy';
const CUSTOM_METHOD = 'CustomMethod';
const CUSTOM_NO_PROXY = 'CustomMethodNoProxy';

/** Microsoft.PowerShell.Commands.WebRequestMethod. */
export const WEB_REQUEST_METHOD: EnumType = {
  fullName: 'Microsoft.PowerShell.Commands.WebRequestMethod',
  names: ['Default', 'Get', 'Head', 'Post', 'Put', 'Delete', 'Trace', 'Options', 'Merge', 'Patch'],
};

/** Declared and bound as in pwsh, but not built: using one stops the command (see notBuiltParameter). */
export const NOT_BUILT = [
  'FollowRelLink', 'MaximumFollowRelLink', 'HttpVersion', 'AllowUnencryptedAuthentication',
  'Authentication', 'Credential', 'UseDefaultCredentials', 'CertificateThumbprint', 'Certificate',
  'SslProtocol', 'Token', 'PreserveHttpMethodOnRedirect', 'UnixSocket', 'TransferEncoding', 'Resume',
] as const;

const MAX = 2147483647;
const sets = (names: string[], extra: ParameterSetMembership = {}): Record<string, ParameterSetMembership> =>
  Object.fromEntries(names.map((name) => [name, { ...extra }]));
const NOT_BUILT_TEXT = 'Not built in spo-shell: using it stops the command.';

/** `-Uri`'s (and -Proxy's) [System.Uri] conversion: a Uri object stays one; text converts as `[uri]'text'` does (relative allowed). */
const toUri = (parameter: string) => (value: unknown): unknown => {
  const v = unwrap(value);
  if (v === null || v === undefined) return v;
  if (v instanceof PSObject && v.typeName === URI_TYPE) return v;
  const text = toPSString(value);
  try {
    return uriFromText(text);
  } catch (e) {
    if (!(e instanceof UriFormatError)) throw e;
    const entry = CannotConvertArgumentNoMessage(parameter, InvalidCastExceptionWithInnerException(text, URI_TYPE, e.message));
    throw new BindingError(entry.errorId, entry.message, undefined);
  }
};

/** `-WebSession`: a session or $null; anything else is the binder's conversion error. */
function toSession(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined || v instanceof WebRequestSession) return v;
  const entry = CannotConvertArgumentNoMessage('WebSession', InvalidCastException(toPSString(value), typeNameOf(value), WEB_REQUEST_SESSION));
  throw new BindingError(entry.errorId, entry.message, undefined);
}

/** The parameters in pwsh's order; Invoke-RestMethod's own four come first. */
export function webParameters(rest: boolean): ParameterMetadata[] {
  const own: ParameterMetadata[] = rest
    ? [
        switchParam('FollowRelLink', NOT_BUILT_TEXT, { aliases: ['FL'] }),
        intParam('MaximumFollowRelLink', NOT_BUILT_TEXT, { aliases: ['ML'], range: [1, MAX] }),
        stringParam('ResponseHeadersVariable', 'A variable to set to the response headers (a dictionary of string arrays).', { aliases: ['RHV'] }),
        stringParam('StatusCodeVariable', 'A variable to set to the response status code (an [int]).'),
      ]
    : [];
  return [
    ...own,
    switchParam('UseBasicParsing', 'Has no effect (as in PowerShell 7); accepted for scripts written for Windows PowerShell.'),
    {
      ...objectParam('Uri', 'The address to send the request to: http or https. Text without a scheme gets http://.', URI_TYPE),
      sets: { [ALL_SETS]: { mandatory: true, position: 0 } },
      validateNotNullOrEmpty: true,
      transform: toUri('Uri'),
    },
    objectParam('HttpVersion', NOT_BUILT_TEXT, 'System.Version'),
    objectParam('WebSession', 'A session (headers, cookies, user agent) from -SessionVariable or [Microsoft.PowerShell.Commands.WebRequestSession]::new().', WEB_REQUEST_SESSION, {
      transform: toSession,
    }),
    stringParam('SessionVariable', 'A variable to set to a new session that keeps this request\'s headers and cookies for the next (-WebSession).', { aliases: ['SV'] }),
    switchParam('AllowUnencryptedAuthentication', NOT_BUILT_TEXT),
    objectParam('Authentication', NOT_BUILT_TEXT, 'Microsoft.PowerShell.Commands.WebAuthenticationType'),
    objectParam('Credential', NOT_BUILT_TEXT, 'System.Management.Automation.PSCredential'),
    switchParam('UseDefaultCredentials', NOT_BUILT_TEXT),
    stringParam('CertificateThumbprint', NOT_BUILT_TEXT, { validateNotNullOrEmpty: true }),
    objectParam('Certificate', NOT_BUILT_TEXT, 'System.Security.Cryptography.X509Certificates.X509Certificate', { validateNotNull: true }),
    switchParam('SkipCertificateCheck', 'Accepts any server certificate (self-signed, expired, another name): for test servers only.'),
    objectParam('SslProtocol', NOT_BUILT_TEXT, 'Microsoft.PowerShell.Commands.WebSslProtocol'),
    objectParam('Token', NOT_BUILT_TEXT, 'System.Security.SecureString'),
    stringParam('UserAgent', 'The User-Agent header (by default the one pwsh sends).'),
    switchParam('DisableKeepAlive', 'Has no effect: spo opens a connection for each request and closes it.'),
    intParam('ConnectionTimeoutSeconds', 'How long the whole request may take, in seconds; 0 (the default) waits without limit.', { aliases: ['TimeoutSec'], range: [0, MAX] }),
    intParam('OperationTimeoutSeconds', 'How long each read of the response body may wait, in seconds; 0 (the default) waits without limit.', { range: [0, MAX] }),
    { name: 'Headers', kind: 'hashtable', typeName: 'System.Collections.IDictionary', sets: { [ALL_SETS]: {} }, description: 'Request headers, as a hashtable or dictionary.' },
    switchParam('SkipHeaderValidation', 'Sends -ContentType and -UserAgent as given, without checking them.'),
    switchParam('AllowInsecureRedirect', 'Follows a redirect from https to http (refused by default).'),
    intParam('MaximumRedirection', 'How many redirects to follow (5 by default); 0 returns the redirect itself.', { range: [0, MAX] }),
    intParam('MaximumRetryCount', 'How many times to send the request again after a 304, 4xx or 5xx answer (0 by default).', { range: [0, MAX] }),
    switchParam('PreserveAuthorizationOnRedirect', 'Sends the Authorization header again after a redirect (dropped by default).'),
    intParam('RetryIntervalSec', 'Seconds between retries (5 by default); a 429 answer\'s Retry-After in seconds wins.', { range: [1, MAX] }),
    {
      name: 'Method',
      kind: 'enum',
      typeName: WEB_REQUEST_METHOD.fullName,
      enumType: WEB_REQUEST_METHOD,
      sets: sets([STANDARD_METHOD, STANDARD_NO_PROXY]),
      description: 'The HTTP method: Default (GET), Get, Head, Post, Put, Delete, Trace, Options, Merge or Patch.',
    },
    stringParam('CustomMethod', 'Any other HTTP method, sent as written (for example PROPFIND).', {
      aliases: ['CM'],
      sets: sets([CUSTOM_METHOD, CUSTOM_NO_PROXY], { mandatory: true }),
      validateNotNullOrEmpty: true,
    }),
    switchParam('PreserveHttpMethodOnRedirect', NOT_BUILT_TEXT),
    objectParam('UnixSocket', NOT_BUILT_TEXT, 'System.Net.Sockets.UnixDomainSocketEndPoint'),
    switchParam('NoProxy', 'Goes direct, ignoring HTTPS_PROXY / HTTP_PROXY (and, from then on, the session\'s -Proxy).', { sets: sets([CUSTOM_NO_PROXY, STANDARD_NO_PROXY], { mandatory: true }) }),
    { ...objectParam('Proxy', 'The HTTP proxy to send the request through (instead of HTTPS_PROXY / HTTP_PROXY); loopback addresses go direct.', URI_TYPE, { sets: sets([STANDARD_METHOD, CUSTOM_METHOD]) }), transform: toUri('Proxy') },
    {
      name: 'ProxyCredential',
      kind: 'credential',
      typeName: 'System.Management.Automation.PSCredential',
      sets: sets([STANDARD_METHOD, CUSTOM_METHOD]),
      credentialAttribute: true,
      description: 'The user name and password the proxy asks for (Basic, sent only after its 407 answer); never shown.',
    },
    switchParam('ProxyUseDefaultCredentials', 'Answers the proxy with the default credentials: on Linux and macOS there are none, as in PowerShell.', { sets: sets([STANDARD_METHOD, CUSTOM_METHOD]) }),
    objectParam('Body', 'The request body: a string, a byte array, or a hashtable (form fields; for GET, the query string).', 'System.Object', {
      sets: { [ALL_SETS]: { valueFromPipeline: true } },
    }),
    { name: 'Form', kind: 'hashtable', typeName: 'System.Collections.IDictionary', sets: { [ALL_SETS]: {} }, description: 'A multipart/form-data body: one part per entry; a file (Get-Item) is sent as a file part.' },
    stringParam('ContentType', 'The Content-Type header of the body (POST defaults to application/x-www-form-urlencoded).'),
    stringParam('TransferEncoding', NOT_BUILT_TEXT, { validateSet: ['chunked', 'compress', 'deflate', 'gzip', 'identity'] }),
    stringParam('InFile', 'Sends the content of this file as the body.', { validateNotNullOrEmpty: true }),
    stringParam('OutFile', 'Saves the response body to this file instead of writing it to the pipeline.', { validateNotNullOrEmpty: true }),
    switchParam('PassThru', 'With -OutFile, also writes the result to the pipeline.'),
    switchParam('Resume', NOT_BUILT_TEXT),
    switchParam('SkipHttpErrorCheck', 'Treats an HTTP error status (4xx, 5xx) as a result instead of an error.'),
  ];
}
