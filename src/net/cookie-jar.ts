// The cookies of a web session (System.Net.CookieContainer as HttpClient uses it): kept from a
// response's Set-Cookie headers and sent back in a Cookie header on later requests whose host, path
// and scheme they match. Pure data: the engine wraps it as $session.Cookies, the transport reads
// and fills it on every hop (redirects too). A cookie's value is never part of an error or a log.

export interface Cookie {
  name: string;
  value: string;
  /** As .NET shows it: the request's host for a host-only cookie, `.example.com` for a Domain attribute. */
  domain: string;
  path: string;
  /** Whether the cookie was set with a Domain attribute (then it also matches the subdomains). */
  domainCookie: boolean;
  /** Epoch ms; undefined for a session cookie (.NET shows DateTime.MinValue). */
  expires?: number;
  secure: boolean;
  httpOnly: boolean;
  /** When it was stored (epoch ms): Cookie.TimeStamp. */
  timeStamp: number;
}

/** The default path of a cookie set by `url` without a Path attribute: the request path up to its last `/` (RFC 6265 5.1.4). */
function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/')) return '/';
  const last = path.lastIndexOf('/');
  return last <= 0 ? '/' : path.slice(0, last);
}

function domainMatches(cookie: Cookie, host: string): boolean {
  const h = host.toLowerCase();
  const d = cookie.domain.replace(/^\./, '').toLowerCase();
  if (h === d) return true;
  return cookie.domainCookie && h.endsWith(`.${d}`);
}

function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

export class CookieJar {
  readonly #cookies: Cookie[] = [];

  get count(): number {
    this.#dropExpired();
    return this.#cookies.length;
  }

  /** Every cookie, the more specific paths first (CookieContainer's order), then in the order they were set. */
  all(): Cookie[] {
    this.#dropExpired();
    return this.#ordered(this.#cookies);
  }

  /** The cookies a request to `url` carries. */
  matching(url: URL): Cookie[] {
    this.#dropExpired();
    const path = url.pathname || '/';
    return this.#ordered(this.#cookies.filter((c) => domainMatches(c, url.hostname) && pathMatches(c.path, path) && (!c.secure || url.protocol === 'https:')));
  }

  /** The Cookie header for a request to `url`, or undefined when no cookie matches. */
  header(url: URL): string | undefined {
    const cookies = this.matching(url);
    return cookies.length ? cookies.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  /** Adds a cookie, replacing one of the same name, domain and path. */
  add(cookie: Cookie): void {
    const i = this.#cookies.findIndex((c) => c.name === cookie.name && c.domain.toLowerCase() === cookie.domain.toLowerCase() && c.path === cookie.path);
    if (i >= 0) this.#cookies.splice(i, 1);
    if (cookie.expires !== undefined && cookie.expires <= Date.now()) return;
    this.#cookies.push(cookie);
  }

  /** Stores the cookies of a response's Set-Cookie headers (one cookie per header); a malformed one is skipped, as .NET skips it. */
  store(url: URL, setCookies: string[]): void {
    for (const text of setCookies) {
      const cookie = parseSetCookie(url, text);
      if (cookie) this.add(cookie);
    }
  }

  #dropExpired(): void {
    const now = Date.now();
    for (let i = this.#cookies.length - 1; i >= 0; i--) {
      const e = this.#cookies[i]!.expires;
      if (e !== undefined && e <= now) this.#cookies.splice(i, 1);
    }
  }

  #ordered(cookies: Cookie[]): Cookie[] {
    // A stable sort: paths in descending ordinal order (`/sub` before `/`), as .NET's PathList keeps them.
    return [...cookies].sort((a, b) => (a.path === b.path ? 0 : a.path < b.path ? 1 : -1));
  }
}

/** One Set-Cookie header as a cookie for `url`, or undefined when it is malformed or names another domain. */
export function parseSetCookie(url: URL, text: string): Cookie | undefined {
  const [pair, ...attributes] = text.split(';');
  const eq = pair!.indexOf('=');
  if (eq <= 0) return undefined;
  const name = pair!.slice(0, eq).trim();
  if (!name) return undefined;
  const cookie: Cookie = {
    name,
    value: pair!.slice(eq + 1).trim(),
    domain: url.hostname,
    path: defaultPath(url),
    domainCookie: false,
    secure: false,
    httpOnly: false,
    timeStamp: Date.now(),
  };
  let maxAge: number | undefined;
  for (const attribute of attributes) {
    const i = attribute.indexOf('=');
    const key = (i < 0 ? attribute : attribute.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : attribute.slice(i + 1).trim();
    if (key === 'path' && value.startsWith('/')) cookie.path = value;
    else if (key === 'domain' && value) {
      const domain = value.replace(/^\./, '').toLowerCase();
      const host = url.hostname.toLowerCase();
      // A response may not set a cookie for a domain it is not part of.
      if (host !== domain && !host.endsWith(`.${domain}`)) return undefined;
      // .NET shows a Domain attribute with its leading dot, except a single-label one (`localhost`).
      cookie.domain = domain.includes('.') ? `.${domain}` : domain;
      cookie.domainCookie = true;
    } else if (key === 'expires') {
      const t = Date.parse(value);
      if (!Number.isNaN(t)) cookie.expires = t;
    } else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
  }
  if (maxAge !== undefined) cookie.expires = Date.now() + maxAge * 1000;
  return cookie;
}
