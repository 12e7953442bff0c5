// System.Net.WebUtility, System.Web.HttpUtility and System.Uri's escaping statics, which SharePoint
// REST scripts use to put file and folder names into URLs and to read HTML answers
// (`[uri]::EscapeDataString($name)`, `[System.Web.HttpUtility]::UrlEncode($query)`). Each follows what
// .NET 9 does under pwsh 7.6.10 (measured): which characters are safe, the case of the hex digits,
// what an invalid escape or a lone surrogate becomes.

/** UTF-8 bytes of a string; Node's encoder writes a lone surrogate as U+FFFD, as .NET's does. */
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

const hex = (byte: number, upper: boolean) => {
  const h = byte.toString(16).padStart(2, '0');
  return upper ? h.toUpperCase() : h;
};

/** Every byte of `text`'s UTF-8 outside `safe` as %XX. */
function percentEncode(text: string, safe: (code: number) => boolean, upper: boolean, space = '%20'): string {
  let out = '';
  for (const byte of utf8(text)) {
    if (byte === 0x20 && space !== '%20') out += space;
    else if (byte < 0x80 && safe(byte)) out += String.fromCharCode(byte);
    else out += '%' + hex(byte, upper);
  }
  return out;
}

const isAlphanumeric = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** HttpUtility's and WebUtility's IsUrlSafeChar: letters, digits and `-_.!*()`. */
const urlSafe = (c: number) => isAlphanumeric(c) || '-_.!*()'.includes(String.fromCharCode(c));
/** RFC 3986's unreserved characters (Uri.EscapeDataString). */
const unreserved = (c: number) => isAlphanumeric(c) || '-._~'.includes(String.fromCharCode(c));
/** Unreserved and reserved characters (Uri.EscapeUriString leaves both). */
const uriCharacter = (c: number) => unreserved(c) || ":/?#[]@!$&'()*+,;=".includes(String.fromCharCode(c));

const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/**
 * %XX escapes back to bytes, read as UTF-8. `invalidUtf8` says what a byte sequence that is not UTF-8
 * becomes: U+FFFD (UrlDecode) or its escapes as written (Uri.UnescapeDataString). `unicodeEscapes` also
 * reads HttpUtility's `%uXXXX`; `plusIsSpace` turns `+` into a space (the form encodings).
 */
function percentDecode(text: string, options: { plusIsSpace: boolean; unicodeEscapes: boolean; keepInvalidUtf8: boolean }): string {
  let out = '';
  let bytes: number[] = [];
  let raw = '';
  const flush = () => {
    if (bytes.length === 0) return;
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(bytes));
    out += options.keepInvalidUtf8 && decoded.includes('\uFFFD') ? keepValidSequences(bytes, raw) : decoded;
    bytes = [];
    raw = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '%' && isHex(text[i + 1]) && isHex(text[i + 2])) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      raw += text.slice(i, i + 3);
      i += 2;
      continue;
    }
    flush();
    if (c === '%' && options.unicodeEscapes && text[i + 1] === 'u' && [2, 3, 4, 5].every((k) => isHex(text[i + k]))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 5;
    } else out += c === '+' && options.plusIsSpace ? ' ' : c;
  }
  flush();
  return out;
}

/** Uri.UnescapeDataString's rule: each well-formed UTF-8 sequence is decoded, every other byte keeps its escape. */
function keepValidSequences(bytes: number[], raw: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    const sequence = length > 0 ? bytes.slice(i, i + length) : [];
    const text = sequence.length === length && length > 0 ? new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(sequence)) : '\uFFFD';
    if (length > 0 && !text.includes('\uFFFD')) {
      out += text;
      i += length;
    } else {
      out += raw.slice(i * 3, i * 3 + 3);
      i += 1;
    }
  }
  return out;
}

/** WebUtility.HtmlEncode: the five markup characters, Latin-1's upper half and astral characters as references. */
export function htmlEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '&') out += '&amp;';
    else if (ch === "'") out += '&#39;';
    else if ((code >= 0xa0 && code <= 0xff) || code > 0xffff) out += `&#${code};`;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else out += ch;
  }
  return out;
}

/** HttpUtility.HtmlAttributeEncode: `&`, `<`, `"` and `'` only. */
export function htmlAttributeEncode(text: string): string {
  return text.replace(/[&<"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

let entities: Map<string, number> | undefined;

/** HTML 4's 253 named character references, the table WebUtility.HtmlDecode reads (names are case-sensitive). */
function entityTable(): Map<string, number> {
  if (entities) return entities;
  const list =
    'quot:22,amp:26,apos:27,lt:3c,gt:3e,nbsp:a0,iexcl:a1,cent:a2,pound:a3,curren:a4,yen:a5,brvbar:a6,' +
    'sect:a7,uml:a8,copy:a9,ordf:aa,laquo:ab,not:ac,shy:ad,reg:ae,macr:af,deg:b0,plusmn:b1,sup2:b2,' +
    'sup3:b3,acute:b4,micro:b5,para:b6,middot:b7,cedil:b8,sup1:b9,ordm:ba,raquo:bb,frac14:bc,' +
    'frac12:bd,frac34:be,iquest:bf,Agrave:c0,Aacute:c1,Acirc:c2,Atilde:c3,Auml:c4,Aring:c5,AElig:c6,' +
    'Ccedil:c7,Egrave:c8,Eacute:c9,Ecirc:ca,Euml:cb,Igrave:cc,Iacute:cd,Icirc:ce,Iuml:cf,ETH:d0,' +
    'Ntilde:d1,Ograve:d2,Oacute:d3,Ocirc:d4,Otilde:d5,Ouml:d6,times:d7,Oslash:d8,Ugrave:d9,Uacute:da,' +
    'Ucirc:db,Uuml:dc,Yacute:dd,THORN:de,szlig:df,agrave:e0,aacute:e1,acirc:e2,atilde:e3,auml:e4,' +
    'aring:e5,aelig:e6,ccedil:e7,egrave:e8,eacute:e9,ecirc:ea,euml:eb,igrave:ec,iacute:ed,icirc:ee,' +
    'iuml:ef,eth:f0,ntilde:f1,ograve:f2,oacute:f3,ocirc:f4,otilde:f5,ouml:f6,divide:f7,oslash:f8,' +
    'ugrave:f9,uacute:fa,ucirc:fb,uuml:fc,yacute:fd,thorn:fe,yuml:ff,OElig:152,oelig:153,Scaron:160,' +
    'scaron:161,Yuml:178,fnof:192,circ:2c6,tilde:2dc,Alpha:391,Beta:392,Gamma:393,Delta:394,' +
    'Epsilon:395,Zeta:396,Eta:397,Theta:398,Iota:399,Kappa:39a,Lambda:39b,Mu:39c,Nu:39d,Xi:39e,' +
    'Omicron:39f,Pi:3a0,Rho:3a1,Sigma:3a3,Tau:3a4,Upsilon:3a5,Phi:3a6,Chi:3a7,Psi:3a8,Omega:3a9,' +
    'alpha:3b1,beta:3b2,gamma:3b3,delta:3b4,epsilon:3b5,zeta:3b6,eta:3b7,theta:3b8,iota:3b9,kappa:3ba,' +
    'lambda:3bb,mu:3bc,nu:3bd,xi:3be,omicron:3bf,pi:3c0,rho:3c1,sigmaf:3c2,sigma:3c3,tau:3c4,' +
    'upsilon:3c5,phi:3c6,chi:3c7,psi:3c8,omega:3c9,thetasym:3d1,upsih:3d2,piv:3d6,ensp:2002,emsp:2003,' +
    'thinsp:2009,zwnj:200c,zwj:200d,lrm:200e,rlm:200f,ndash:2013,mdash:2014,lsquo:2018,rsquo:2019,' +
    'sbquo:201a,ldquo:201c,rdquo:201d,bdquo:201e,dagger:2020,Dagger:2021,bull:2022,hellip:2026,' +
    'permil:2030,prime:2032,Prime:2033,lsaquo:2039,rsaquo:203a,oline:203e,frasl:2044,euro:20ac,' +
    'image:2111,weierp:2118,real:211c,trade:2122,alefsym:2135,larr:2190,uarr:2191,rarr:2192,darr:2193,' +
    'harr:2194,crarr:21b5,lArr:21d0,uArr:21d1,rArr:21d2,dArr:21d3,hArr:21d4,forall:2200,part:2202,' +
    'exist:2203,empty:2205,nabla:2207,isin:2208,notin:2209,ni:220b,prod:220f,sum:2211,minus:2212,' +
    'lowast:2217,radic:221a,prop:221d,infin:221e,ang:2220,and:2227,or:2228,cap:2229,cup:222a,int:222b,' +
    'there4:2234,sim:223c,cong:2245,asymp:2248,ne:2260,equiv:2261,le:2264,ge:2265,sub:2282,sup:2283,' +
    'nsub:2284,sube:2286,supe:2287,oplus:2295,otimes:2297,perp:22a5,sdot:22c5,lceil:2308,rceil:2309,' +
    'lfloor:230a,rfloor:230b,lang:2329,rang:232a,loz:25ca,spades:2660,clubs:2663,hearts:2665,' +
    'diams:2666';
  entities = new Map(list.split(',').map((pair) => {
    const [name, code] = pair.split(':') as [string, string];
    return [name, parseInt(code, 16)] as const;
  }));
  return entities;
}

/** WebUtility.HtmlDecode: named, decimal and hex references ended by `;`; anything else stays as written. */
export function htmlDecode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = /^#[xX]/.test(body) ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    const code = entityTable().get(body);
    return code === undefined ? whole : String.fromCodePoint(code);
  });
}

/** WebUtility.UrlEncode (upper-case hex) and HttpUtility.UrlEncode (lower-case): a space is `+`. */
export const urlEncode = (text: string, upperHex: boolean): string => percentEncode(text, urlSafe, upperHex, '+');

/** WebUtility.UrlDecode, and HttpUtility.UrlDecode which also reads `%uXXXX`. */
export const urlDecode = (text: string, unicodeEscapes: boolean): string => percentDecode(text, { plusIsSpace: true, unicodeEscapes, keepInvalidUtf8: false });

/** HttpUtility.UrlPathEncode: spaces and non-ASCII characters of the part before `?`, lower-case hex. */
export function urlPathEncode(text: string): string {
  const query = text.indexOf('?');
  const path = query < 0 ? text : text.slice(0, query);
  return percentEncode(path, (c) => c > 0x20 && c < 0x7f, false) + (query < 0 ? '' : text.slice(query));
}

/** HttpUtility.JavaScriptStringEncode: the text as a JavaScript string's body (or whole literal). */
export function javaScriptStringEncode(text: string, addDoubleQuotes = false): string {
  const SHORT: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (SHORT[ch] !== undefined) out += SHORT[ch];
    else if (code < 0x20 || "'<>&".includes(ch) || code === 0x85 || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return addDoubleQuotes ? `"${out}"` : out;
}

/** Uri.EscapeDataString: everything but RFC 3986's unreserved characters, upper-case hex. */
export const escapeDataString = (text: string): string => percentEncode(text, unreserved, true);

/** Uri.EscapeUriString: what is neither unreserved nor reserved (a `%` too), upper-case hex. */
export const escapeUriString = (text: string): string => percentEncode(text, uriCharacter, true);

/** Uri.UnescapeDataString: %XX escapes of well-formed UTF-8; the rest as written. */
export const unescapeDataString = (text: string): string => percentDecode(text, { plusIsSpace: false, unicodeEscapes: false, keepInvalidUtf8: true });

/** Characters no well-formed URI holds unescaped (Uri.IsWellFormedUriString). */
const NOT_IN_URI = /[\s\\{}|^"<>`\x00-\x1f\x7f]/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** The schemes whose URIs have an authority (`scheme://host`), which must then be there and valid. */
const HIERARCHICAL = /^(https?|ftp|file|wss?|net\.tcp|net\.pipe|gopher|nntp|ldap|telnet)$/i;

/** Uri.IsWellFormedUriString: `kind` is UriKind's name (Absolute, Relative, RelativeOrAbsolute). */
export function isWellFormedUriString(text: string, kind: string): boolean {
  if (NOT_IN_URI.test(text) || /%(?![0-9A-Fa-f]{2})/.test(text) || text.indexOf('#') !== text.lastIndexOf('#')) return false;
  const scheme = SCHEME.exec(text)?.[1];
  // Text that starts with a scheme is never relative; a one-letter "scheme" is a Windows drive (a path, not a URI).
  if (scheme !== undefined) return kind !== 'Relative' && scheme.length > 1 && wellFormedAbsolute(text, scheme);
  return kind !== 'Absolute';
}

function wellFormedAbsolute(text: string, scheme: string): boolean {
  const rest = text.slice(scheme.length + 1);
  if (!HIERARCHICAL.test(scheme)) return rest !== '';
  const authority = /^\/\/([^/?#]*)/.exec(rest)?.[1];
  if (!authority) return false;
  const port = /:(\d*)$/.exec(authority.replace(/^.*@/, '').replace(/^\[[^\]]*\]/, ''))?.[1];
  if (port !== undefined && (port === '' || Number(port) > 65535)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** Uri.CheckHostName's answer, a UriHostNameType name (it never answers Basic). */
export function checkHostName(name: string): 'Unknown' | 'Dns' | 'IPv4' | 'IPv6' {
  if (name === '') return 'Unknown';
  if (isIPv4(name)) return 'IPv4';
  if (isIPv6(name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name)) return 'IPv6';
  // Labels of letters, digits, `_` and `-` (not first), any non-ASCII letter (IDN); no empty label but the last.
  const labels = name.replace(/\.$/, '').split('.');
  return labels.every((label) => /^[\p{L}\p{N}_][\p{L}\p{N}_-]*$/u.test(label)) ? 'Dns' : 'Unknown';
}

/** .NET's IPv4 text: one to four decimal parts, the last filling the remaining bytes ("1.2.3" is 1.2.0.3). */
function isIPv4(text: string): boolean {
  if (!/^\d+(\.\d+){0,3}$/.test(text)) return false;
  const parts = text.split('.').map(Number);
  const last = parts.pop()!;
  return parts.every((p) => p <= 255) && last < 2 ** (8 * (4 - parts.length));
}

function isIPv6(text: string): boolean {
  const address = text.replace(/%[^%]+$/, ''); // a zone (fe80::1%eth0)
  try {
    return new URL(`http://[${address}]/`).hostname !== '';
  } catch {
    return false;
  }
}
