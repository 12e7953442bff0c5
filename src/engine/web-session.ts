// Microsoft.PowerShell.Commands.WebRequestSession (what Invoke-RestMethod's -SessionVariable makes and
// -WebSession takes), System.Net.CookieContainer (its Cookies) and System.Net.Cookie, as pwsh 7.6.10
// shows them. In the engine because `[Microsoft.PowerShell.Commands.WebRequestSession]::new()` and
// `[System.Net.Cookie]::new(...)` are constructed here; the web cmdlets read and fill them.
//
// Secrets: a cookie's value is shown only when a script asks for the cookie itself
// (`$s.Cookies.GetAllCookies()`); the session's own display names the container's type, never a value.

import { CookieJar, type Cookie } from '../net/cookie-jar.js';
import { DateTimeValue } from './datetime.js';
import { GenericDictionary } from './generic-types.js';
import { PSObject, PSObjectCollection, type PSCredential } from './values.js';
import { osName, PS_VERSION } from './platform-info.js';
import { toPSString, unwrap, toNumber } from './convert.js';
import { DotNetException } from './member-error.js';

export const WEB_REQUEST_SESSION = 'Microsoft.PowerShell.Commands.WebRequestSession';
export const COOKIE_CONTAINER = 'System.Net.CookieContainer';
export const COOKIE = 'System.Net.Cookie';

function platformName(): string {
  if (process.platform === 'win32') return 'Windows NT 10.0';
  if (process.platform === 'darwin') return 'Macintosh';
  return 'Linux';
}

/** The User-Agent pwsh sends by default (the culture is spo's, en-US). */
export function defaultUserAgent(): string {
  return `Mozilla/5.0 (${platformName()}; ${osName()}; en-US) PowerShell/${PS_VERSION.major}.${PS_VERSION.minor}.${PS_VERSION.patch}`;
}

const MIN_DATE = (): DateTimeValue => DateTimeValue.fromTicks(0n);

/** A System.Net.Cookie object; the jar's own cookie stays behind it (`cookie`). */
export class CookieObject extends PSObject {
  constructor(readonly cookie: Cookie | undefined, props: Partial<Record<string, unknown>> = {}) {
    super(COOKIE, {
      Comment: '',
      CommentUri: null,
      HttpOnly: cookie?.httpOnly ?? false,
      Discard: false,
      Domain: cookie?.domain ?? '',
      Expired: false,
      Expires: cookie?.expires !== undefined ? new DateTimeValue(cookie.expires) : MIN_DATE(),
      Name: cookie?.name ?? '',
      Path: cookie?.path ?? '',
      Port: '',
      Secure: cookie?.secure ?? false,
      TimeStamp: new DateTimeValue(cookie?.timeStamp ?? Date.now()),
      Value: cookie?.value ?? '',
      Version: 0,
      ...props,
    }, undefined, cookie ? `${cookie.name}=${cookie.value}` : undefined);
  }
  override toString(): string {
    return `${toPSString(this.get('Name'))}=${toPSString(this.get('Value'))}`;
  }
}

/** `[System.Net.Cookie]::new(name, value[, path[, domain]])`; undefined for an overload it does not have. */
export function newCookie(args: unknown[]): CookieObject | undefined {
  if (args.length !== 0 && (args.length < 2 || args.length > 4)) return undefined;
  const [name, value, path, domain] = args.map((a) => (unwrap(a) === null || unwrap(a) === undefined ? '' : toPSString(a)));
  return new CookieObject(undefined, { Name: name ?? '', Value: value ?? '', Path: path ?? '', Domain: domain ?? '' });
}

/** System.Net.CookieContainer over a CookieJar. */
export class CookieContainer extends PSObject {
  readonly jar = new CookieJar();
  constructor() {
    super(COOKIE_CONTAINER, { Capacity: 300, Count: 0, MaxCookieSize: 4096, PerDomainCapacity: 20 });
  }
  override get(name: string): unknown {
    if (name.toLowerCase() === 'count') return this.jar.count;
    return super.get(name);
  }
  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const n = name.toLowerCase();
    const collection = (cookies: Cookie[]) => {
      const list = new PSObjectCollection<unknown>();
      list.push(...cookies.map((c) => new CookieObject(c)));
      return list;
    };
    if (n === 'getallcookies' && args.length === 0) return { value: collection(this.jar.all()) };
    if (n === 'getcookies' && args.length === 1) return { value: collection(this.jar.matching(urlOf(args[0]))) };
    if (n === 'getcookieheader' && args.length === 1) return { value: this.jar.header(urlOf(args[0])) ?? '' };
    if (n === 'setcookies' && args.length === 2) {
      const url = urlOf(args[0]);
      // SetCookies takes the header's comma-separated list; a comma inside an Expires date is not a separator.
      this.jar.store(url, toPSString(args[1]).split(/,(?=\s*[^;,=\s]+=)/));
      return { value: undefined };
    }
    if (n === 'add' && (args.length === 1 || args.length === 2)) {
      const given = unwrap(args[args.length - 1]);
      if (!(given instanceof CookieObject)) return undefined;
      const url = args.length === 2 ? urlOf(args[0]) : undefined;
      const domain = toPSString(given.get('Domain')) || url?.hostname || '';
      if (!domain) throw new DotNetException("The parameter 'cookie.Domain' cannot be an empty string. (Parameter 'cookie')", 'ArgumentException');
      const expires = unwrap(given.get('Expires'));
      this.jar.add({
        name: toPSString(given.get('Name')),
        value: toPSString(given.get('Value')),
        domain,
        path: toPSString(given.get('Path')) || '/',
        domainCookie: domain.startsWith('.'),
        expires: expires instanceof DateTimeValue && expires.ticks > 0n ? expires.epochMs : undefined,
        secure: given.get('Secure') === true,
        httpOnly: given.get('HttpOnly') === true,
        timeStamp: Date.now(),
      });
      return { value: undefined };
    }
    return undefined;
  }
}

function urlOf(value: unknown): URL {
  const v = unwrap(value);
  const text = v instanceof PSObject && v.get('AbsoluteUri') !== undefined ? toPSString(v.get('AbsoluteUri')) : toPSString(v);
  try {
    return new URL(text);
  } catch {
    throw new DotNetException('Invalid URI: The format of the URI could not be determined.', 'UriFormatException');
  }
}

/** Microsoft.PowerShell.Commands.WebRequestSession: shown in pwsh's list view (its properties in this order). */
export class WebRequestSession extends PSObject {
  constructor() {
    super(WEB_REQUEST_SESSION, {
      // Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), as pwsh makes it.
      Headers: new GenericDictionary('System.String', 'System.String', true),
      Cookies: new CookieContainer(),
      UseDefaultCredentials: false,
      Credentials: null,
      Certificates: null,
      UserAgent: defaultUserAgent(),
      Proxy: null,
      MaximumRedirection: -1,
      MaximumRetryCount: 0,
      RetryIntervalInSeconds: 0,
    });
  }
  /** Int32 and String properties convert what a script assigns, as .NET's setters do. */
  override assign(name: string, value: unknown): boolean {
    const n = name.toLowerCase();
    if (n === 'maximumredirection' || n === 'maximumretrycount' || n === 'retryintervalinseconds') {
      const key = [...this.properties.keys()].find((k) => k.toLowerCase() === n)!;
      this.properties.set(key, Math.trunc(toNumber(unwrap(value))));
      return true;
    }
    if (n === 'useragent') {
      const v = unwrap(value);
      this.properties.set('UserAgent', v === null || v === undefined ? null : toPSString(v));
      return true;
    }
    return false;
  }
  /**
   * -Proxy (with -ProxyCredential's user and password, kept here only) for this session's later requests, and
   * -NoProxy, which once given keeps the session off every proxy, as pwsh's session does.
   */
  proxySetting: { address: PSObject; credential: PSCredential | undefined } | undefined;
  noProxy = false;
  /**
   * The settings of the session's last request that .NET builds its HttpClient from (redirects, time-out,
   * certificate check, proxy): when they change, pwsh says on -Verbose that the connections were recreated.
   */
  clientSettings: string | undefined;
  get headers(): GenericDictionary | undefined {
    const h = unwrap(this.get('Headers'));
    return h instanceof GenericDictionary ? h : undefined;
  }
  get cookieJar(): CookieJar | undefined {
    const c = unwrap(this.get('Cookies'));
    return c instanceof CookieContainer ? c.jar : undefined;
  }
}
