// System.Uri as PowerShell makes it: `[uri]'text'` converts as LanguagePrimitives does (UriKind
// RelativeOrAbsolute: text that is not an absolute address is a relative Uri, whose other properties
// are empty), `[uri]::new('text')` as the constructor does (absolute only). Properties are .NET's, in
// reflection's order, for the addresses admin scripts use: http(s), ftp, ws(s), file paths (C:\, UNC),
// and other schemes as opaque text (`urn:isbn:1`).

import { domainToUnicode } from 'node:url';
import { EnumValue, PSObject, type EnumType } from './values.js';
import { ConversionError, exceptionValueText, toPSString, typeNameOf, unwrap } from './convert.js';
import { DotNetException, argumentConversionError, invocationFailed, noOverload } from './member-error.js';
import { enumArgumentOf } from './enum-arguments.js';
import { convertTypeArgument } from './generic-types.js';
import { registerEnumType } from './enum-types.js';

export const URI_TYPE = 'System.Uri';

/** System.UriHostNameType. */
const HOST_NAME_TYPE: EnumType = { fullName: 'System.UriHostNameType', names: ['Unknown', 'Basic', 'Dns', 'IPv4', 'IPv6'] };

/** .NET's text for an address it cannot read; the caller words the cast or constructor failure around it. */
export class UriFormatError extends Error {}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21, ws: 80, wss: 443, gopher: 70, nntp: 119, news: 119, telnet: 23, ldap: 389, mailto: 25 };

/** Unreserved characters .NET unescapes in a path (`%41` is `A`); the rest stay escaped as written. */
function unescapeUnreserved(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (m, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : m;
  });
}

/**
 * Runs of percent escapes decoded where they are valid UTF-8 and `keep` accepts what they decode to;
 * the others stay as written.
 */
function decodeEscapes(text: string, keep: (decoded: string) => boolean): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
    try {
      const decoded = decodeURIComponent(m);
      return keep(decoded) ? decoded : m;
    } catch {
      return m;
    }
  });
}

/** LocalPath: every escape that is valid UTF-8 decoded. */
function unescapeAll(text: string): string {
  return decodeEscapes(text, () => true);
}

/** ToString's text: the canonical address with spaces and non-ASCII characters unescaped. */
function displayText(absolute: string): string {
  return decodeEscapes(absolute, (text) => /^[ \u0080-\uffff]*$/.test(text));
}

interface AbsoluteParts {
  scheme: string;
  userInfo: string;
  host: string;
  hostType: string;
  port: number;
  defaultPort: boolean;
  path: string;
  query: string;
  fragment: string;
  localPath: string;
  isFile: boolean;
  isUnc: boolean;
  loopback: boolean;
  /** Whether the address has `//authority` (its AbsoluteUri shows it). */
  authority: boolean;
}

function hostTypeOf(host: string): string {
  if (host === '') return 'Basic';
  if (host.startsWith('[')) return 'IPv6';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return 'IPv4';
  return 'Dns';
}

function isLoopbackHost(host: string): boolean {
  return host === '' || host.toLowerCase() === 'localhost' || host === '[::1]' || /^127\./.test(host);
}

/** An address with `scheme://authority`, read by WHATWG's parser and described as .NET describes it. */
function fromAuthority(text: string, scheme: string): AbsoluteParts {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    const port = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:(\d+)/i.exec(text);
    throw new UriFormatError(port && Number(port[1]) > 65535 ? 'Invalid URI: Invalid port specified.' : 'Invalid URI: The hostname could not be parsed.');
  }
  if (u.hostname === '' && scheme !== 'file') throw new UriFormatError('Invalid URI: The hostname could not be parsed.');
  const host = u.hostname.startsWith('[') ? u.hostname : domainToUnicode(u.hostname) || u.hostname;
  const path = unescapeUnreserved(u.pathname);
  const known = DEFAULT_PORTS[scheme] ?? -1;
  return {
    scheme,
    userInfo: u.username + (u.password ? `:${u.password}` : ''),
    host,
    hostType: hostTypeOf(host),
    port: u.port ? Number(u.port) : known,
    defaultPort: !u.port,
    path,
    query: u.search,
    fragment: u.hash,
    localPath: unescapeAll(path),
    isFile: scheme === 'file',
    isUnc: scheme === 'file' && host !== '',
    loopback: isLoopbackHost(host),
    authority: true,
  };
}

/** A Windows path (`C:\temp\a.txt`, `\\server\share\x`) as the file: address .NET makes of it. */
function fromWindowsPath(text: string): AbsoluteParts {
  const unc = /^\\\\([^\\/]+)(.*)$/.exec(text);
  const host = unc ? unc[1]!.toLowerCase() : '';
  const rest = (unc ? unc[2]! : text).replace(/\\/g, '/');
  const path = encodeURI(unc ? rest || '/' : rest);
  return {
    scheme: 'file',
    userInfo: '',
    host,
    hostType: hostTypeOf(host),
    port: -1,
    defaultPort: true,
    path,
    query: '',
    fragment: '',
    localPath: text,
    isFile: true,
    isUnc: unc !== null,
    loopback: isLoopbackHost(host),
    authority: true,
  };
}

/** `mailto:user@host`: .NET reads the address's user and host as a UserInfo and a Host. */
function mailtoParts(user: string, host: string, after: string): AbsoluteParts {
  const f = after.indexOf('#');
  return {
    scheme: 'mailto', userInfo: user, host, hostType: hostTypeOf(host), port: 25, defaultPort: true, path: '',
    query: f < 0 ? after : after.slice(0, f), fragment: f < 0 ? '' : after.slice(f), localPath: '',
    isFile: false, isUnc: false, loopback: false, authority: true,
  };
}

function absoluteUri(p: AbsoluteParts): string {
  if (!p.authority) return `${p.scheme}:${p.path}${p.query}${p.fragment}`;
  if (p.scheme === 'mailto') return `mailto:${p.userInfo ? `${p.userInfo}@` : ''}${p.host}${p.query}${p.fragment}`;
  const auth = (p.userInfo ? `${p.userInfo}@` : '') + p.host + (p.defaultPort ? '' : `:${p.port}`);
  const path = p.scheme === 'file' && !p.host && !p.path.startsWith('/') ? `/${p.path}` : p.path;
  return `${p.scheme}://${auth}${path}${p.query}${p.fragment}`;
}

function absoluteValue(original: string, p: AbsoluteParts): UriValue {
  const abs = absoluteUri(p);
  const authority = p.host + (p.defaultPort ? '' : `:${p.port}`);
  const rooted = p.path.startsWith('/') || !p.authority ? p.path : `/${p.path}`;
  const segments = p.path === '' ? [] : p.authority ? rooted.split(/(?<=\/)/) : [p.path];
  const dnsSafe = p.hostType === 'IPv6' ? p.host.slice(1, -1) : p.host;
  const idn = p.hostType === 'Dns' ? new URL(`http://${p.host}`).hostname : dnsSafe;
  const display = displayText(abs);
  return uriObject(
    {
      AbsolutePath: p.path,
      AbsoluteUri: abs,
      LocalPath: p.localPath,
      Authority: authority,
      HostNameType: new EnumValue(HOST_NAME_TYPE, p.authority ? p.hostType : 'Unknown'),
      IsDefaultPort: p.defaultPort,
      IsFile: p.isFile,
      IsLoopback: p.authority ? p.loopback : false,
      PathAndQuery: p.path + p.query,
      Segments: segments,
      IsUnc: p.isUnc,
      Host: p.host,
      Port: p.port,
      Query: p.query,
      Fragment: p.fragment,
      Scheme: p.scheme,
      OriginalString: original,
      DnsSafeHost: dnsSafe,
      IdnHost: idn,
      IsAbsoluteUri: true,
      UserEscaped: false,
      UserInfo: p.userInfo,
    },
    display,
    p,
  );
}

/** A relative Uri: only OriginalString and the two flags have values (.NET throws for the rest; pwsh shows nothing). */
function relativeValue(text: string): UriValue {
  return uriObject(
    {
      AbsolutePath: null, AbsoluteUri: null, LocalPath: null, Authority: null, HostNameType: null, IsDefaultPort: null,
      IsFile: null, IsLoopback: null, PathAndQuery: null, Segments: null, IsUnc: null, Host: null, Port: null,
      Query: null, Fragment: null, Scheme: null, OriginalString: text, DnsSafeHost: null, IdnHost: null,
      IsAbsoluteUri: false, UserEscaped: false, UserInfo: null,
    },
    text,
  );
}

function uriObject(props: Record<string, unknown>, text: string, parts?: AbsoluteParts): UriValue {
  return new UriValue(props, text, parts);
}

const RELATIVE_NOT_SUPPORTED = 'This operation is not supported for a relative URI.';

/**
 * A System.Uri: its properties (reflection's order) and the methods scripts call on one, as pwsh 7.6.10
 * answers them: GetLeftPart(UriPartial) (a name converts: 'Authority'), MakeRelativeUri, IsBaseOf and
 * Equals (a string argument converts to a Uri; Equals ignores the fragment). A relative Uri's GetLeftPart
 * and MakeRelativeUri fail with .NET's InvalidOperationException.
 */
export class UriValue extends PSObject {
  constructor(
    props: Record<string, unknown>,
    text: string,
    /** The absolute address's parts; undefined for a relative Uri. */
    readonly parts: AbsoluteParts | undefined,
  ) {
    super(URI_TYPE, props, undefined, text);
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    const method = URI_METHODS.find((m) => m.toLowerCase() === name.toLowerCase());
    if (!method) return undefined;
    if (args.length !== 1) throw noOverload(method, args.length);
    const relativeFails = () => invocationFailed(method, 1, new DotNetException(RELATIVE_NOT_SUPPORTED, 'InvalidOperationException'));
    switch (method) {
      case 'GetLeftPart': {
        const part = enumArgumentOf(method, 'part', args[0], URI_PARTIAL);
        if (!this.parts) throw relativeFails();
        return { value: leftPart(this.parts, part.name) };
      }
      case 'MakeRelativeUri': {
        const other = uriArgument(method, 'uri', args[0]);
        if (!this.parts || !other.parts) throw relativeFails();
        return { value: makeRelative(this.parts, other) };
      }
      case 'IsBaseOf': {
        const other = uriArgument(method, 'uri', args[0]);
        if (!this.parts) return { value: false };
        const target = other.parts ? other : combineUri(this, toPSString(other));
        return { value: target.parts !== undefined && isBaseOf(this.parts, target.parts) };
      }
      case 'Equals': {
        let other: UriValue;
        try {
          other = uriArgument(method, 'comparand', args[0]);
        } catch {
          return { value: false };
        }
        return { value: uriEquals(this, other) };
      }
    }
    return undefined;
  }
}

const URI_METHODS = ['GetLeftPart', 'MakeRelativeUri', 'IsBaseOf', 'Equals'];

/** System.UriPartial: what GetLeftPart keeps. */
export const URI_PARTIAL: EnumType = { fullName: 'System.UriPartial', names: ['Scheme', 'Authority', 'Path', 'Query'] };
registerEnumType(URI_PARTIAL);


/** A Uri parameter's argument: a Uri, or text converted as `[uri]` converts it. */
function uriArgument(method: string, parameter: string, value: unknown): UriValue {
  const v = unwrap(value);
  if (v instanceof UriValue) return v;
  try {
    const converted = convertTypeArgument(URI_TYPE, v);
    if (converted instanceof UriValue) return converted;
  } catch (e) {
    if (e instanceof ConversionError) throw argumentConversionError(method, parameter, exceptionValueText(value), URI_TYPE, e.message);
    throw e;
  }
  throw argumentConversionError(method, parameter, exceptionValueText(value), URI_TYPE, `Cannot convert the "${exceptionValueText(value)}" value of type "${typeNameOf(value)}" to type "${URI_TYPE}".`);
}

/** `scheme://user@host:port` (the port where it is not the scheme's own). */
function authorityPart(p: AbsoluteParts): string {
  if (!p.authority || p.scheme === 'mailto') return '';
  return `${p.scheme}://${p.userInfo ? `${p.userInfo}@` : ''}${p.host}${p.defaultPort ? '' : `:${p.port}`}`;
}

function leftPart(p: AbsoluteParts, part: string): string {
  const opaque = !p.authority || p.scheme === 'mailto';
  if (part === 'Scheme') return opaque ? `${p.scheme}:` : `${p.scheme}://`;
  if (part === 'Authority') return authorityPart(p);
  const path = opaque ? `${p.scheme}:${p.path}` : authorityPart(p) + p.path;
  return part === 'Path' ? path : path + p.query;
}

/** Uri.PathDifference: `../` for each folder of `from` past the common part, then the rest of `to`. */
function pathDifference(from: string, to: string): string {
  let i = 0;
  let lastSlash = -1;
  for (; i < from.length && i < to.length; i++) {
    if (from[i] !== to[i]) break;
    if (from[i] === '/') lastSlash = i;
  }
  if (i === 0) return to;
  if (i === from.length && i === to.length) return '';
  let up = '';
  for (; i < from.length; i++) if (from[i] === '/') up += '../';
  if (up === '' && to.length - 1 === lastSlash) return './';
  return up + to.slice(lastSlash + 1);
}

const sameServer = (a: AbsoluteParts, b: AbsoluteParts) => a.scheme === b.scheme && a.host.toLowerCase() === b.host.toLowerCase() && a.port === b.port;

function makeRelative(from: AbsoluteParts, to: UriValue): UriValue {
  const p = to.parts!;
  if (!sameServer(from, p)) return to;
  let relative = pathDifference(from.path, p.path) + p.query + p.fragment;
  // A first segment with a colon would read as a scheme.
  if (/^[^/]*:/.test(relative)) relative = `./${relative}`;
  return relativeValue(relative);
}

function isBaseOf(base: AbsoluteParts, p: AbsoluteParts): boolean {
  if (!sameServer(base, p)) return false;
  return p.path.startsWith(base.path.slice(0, base.path.lastIndexOf('/') + 1));
}

/** Uri.Equals: the same address, its fragment aside (the host and scheme ignore case, the path does not). */
function uriEquals(a: UriValue, b: UriValue): boolean {
  if (!a.parts || !b.parts) return !a.parts && !b.parts && a.get('OriginalString') === b.get('OriginalString');
  const withoutFragment = (p: AbsoluteParts) => absoluteUri({ ...p, fragment: '' });
  return withoutFragment(a.parts) === withoutFragment(b.parts);
}

/** `[uri]::new($base, 'relative')`: the relative address resolved against an absolute base (an empty one is the base). */
export function combineUri(base: UriValue, relative: string): UriValue {
  if (relative === '') return base;
  const absolute = absoluteParts(relative.trim()) ? relative : displayText(new URL(relative, toPSString(base.get('AbsoluteUri'))).href);
  return absoluteUriFromText(absolute);
}

/** `[uri]::new('text', [UriKind]::Relative)`: a relative Uri; text that is an address fails as .NET's does. */
export function relativeUriFromText(text: string): UriValue {
  if (absoluteParts(text)) throw new UriFormatError("A relative URI cannot be created because the 'uriString' parameter represents an absolute URI.");
  return relativeValue(text);
}

/** The absolute address in `text`, undefined when it is not one; throws UriFormatError for a malformed one. */
function absoluteParts(text: string): AbsoluteParts | undefined {
  const t = text.trim();
  if (/^[a-z]:[\\/]/i.test(t) || /^\\\\[^\\/]/.test(t)) return fromWindowsPath(t);
  const m = /^([a-z][a-z0-9+.-]*):(.*)$/is.exec(t);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const rest = m[2]!;
  if (scheme.length === 1) {
    if (rest === '') return undefined;
    throw new UriFormatError("Invalid URI: A Dos path must be rooted, for example, 'c:\\\\'.");
  }
  if (rest.startsWith('//')) return fromAuthority(t, scheme);
  const mail = scheme === 'mailto' ? /^([^@?#]*)@([^?#]+)(.*)$/s.exec(rest) : null;
  if (mail) return mailtoParts(mail[1]!, mail[2]!.toLowerCase(), mail[3]!);
  if (rest === '' || scheme in DEFAULT_PORTS) return undefined;
  const q = rest.search(/[?#]/);
  const path = q < 0 ? rest : rest.slice(0, q);
  const after = q < 0 ? '' : rest.slice(q);
  const f = after.indexOf('#');
  return {
    scheme, userInfo: '', host: '', hostType: 'Unknown', port: -1, defaultPort: true, path,
    query: f < 0 ? after : after.slice(0, f), fragment: f < 0 ? '' : after.slice(f),
    localPath: unescapeAll(path), isFile: false, isUnc: false, loopback: false, authority: false,
  };
}

/** `[uri]'text'`: an absolute Uri, or a relative one when the text is not an address. Throws UriFormatError. */
export function uriFromText(text: string): UriValue {
  const p = absoluteParts(text);
  return p ? absoluteValue(text, p) : relativeValue(text);
}

/** `[uri]::new('text')`: only an absolute address. Throws UriFormatError. */
export function absoluteUriFromText(text: string): UriValue {
  const p = absoluteParts(text);
  if (!p) throw new UriFormatError('Invalid URI: The format of the URI could not be determined.');
  return absoluteValue(text, p);
}
