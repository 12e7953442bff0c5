// System.Net.HttpStatusCode's names as Enum.ToString() gives them (pwsh 7.6.10 on .NET 10): what
// StatusDescription and RawContent's status line show. A code the enum does not define is its number.

import type { EnumType } from '../engine/values.js';

const NAMES: Record<number, string> = {
  100: 'Continue', 101: 'SwitchingProtocols', 102: 'Processing', 103: 'EarlyHints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'NonAuthoritativeInformation', 204: 'NoContent', 205: 'ResetContent',
  206: 'PartialContent', 207: 'MultiStatus', 208: 'AlreadyReported', 226: 'IMUsed',
  300: 'MultipleChoices', 301: 'MovedPermanently', 302: 'Found', 303: 'SeeOther', 304: 'NotModified', 305: 'UseProxy',
  306: 'Unused', 307: 'RedirectKeepVerb', 308: 'PermanentRedirect',
  400: 'BadRequest', 401: 'Unauthorized', 402: 'PaymentRequired', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed',
  406: 'NotAcceptable', 407: 'ProxyAuthenticationRequired', 408: 'RequestTimeout', 409: 'Conflict', 410: 'Gone',
  411: 'LengthRequired', 412: 'PreconditionFailed', 413: 'RequestEntityTooLarge', 414: 'RequestUriTooLong',
  415: 'UnsupportedMediaType', 416: 'RequestedRangeNotSatisfiable', 417: 'ExpectationFailed', 421: 'MisdirectedRequest',
  422: 'UnprocessableEntity', 423: 'Locked', 424: 'FailedDependency', 426: 'UpgradeRequired', 428: 'PreconditionRequired',
  429: 'TooManyRequests', 431: 'RequestHeaderFieldsTooLarge', 451: 'UnavailableForLegalReasons',
  500: 'InternalServerError', 501: 'NotImplemented', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
  505: 'HttpVersionNotSupported', 506: 'VariantAlsoNegotiates', 507: 'InsufficientStorage', 508: 'LoopDetected',
  510: 'NotExtended', 511: 'NetworkAuthenticationRequired',
};

/** System.Net.HttpStatusCode, what an HTTP error's `$_.Exception.StatusCode` and `.Response.StatusCode` are. */
export const HTTP_STATUS_CODE: EnumType = {
  fullName: 'System.Net.HttpStatusCode',
  names: Object.values(NAMES),
  values: Object.keys(NAMES).map(Number),
};

export function statusName(code: number): string {
  return NAMES[code] ?? String(code);
}
