// Checking HTTPS_PROXY / HTTP_PROXY before undici sees them.
//
// undici reports a malformed value as a bare "Invalid URL", and accepts socks5:// through an experimental
// client that prints Node's ExperimentalWarning on stderr. The shell supports HTTP(S) proxies (DESIGN:
// "honouring HTTPS_PROXY"), so anything else is refused with a sentence naming the variable. The value
// itself is never repeated: proxy URLs often carry a user name and password.

/** NetworkError code for a proxy variable that cannot be used. */
export const PROXY_SETTING_ERROR = 'ERR_PROXY_SETTING';

const EXAMPLE = 'http://proxy.example.com:8080';

/** Why the proxy variable `name` with `value` cannot be used, or undefined when it can. */
export function proxySettingError(name: string, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `The ${name} environment variable is not a valid URL. Set it to the proxy's address, for example ${EXAMPLE}, or clear it.`;
  }
  const scheme = url.protocol.toLowerCase();
  if (scheme === 'socks:' || scheme === 'socks4:' || scheme === 'socks5:' || scheme === 'socks5h:') {
    return `The ${name} environment variable names a SOCKS proxy (${scheme}//), which spo does not support. Use an HTTP proxy (http:// or https://), for example ${EXAMPLE}, or clear it.`;
  }
  if ((scheme !== 'http:' && scheme !== 'https:') || url.hostname === '') {
    // e.g. "proxy.example.com:8080" parses as the scheme "proxy.example.com:".
    return `The ${name} environment variable is not an http:// or https:// URL. Set it to the proxy's address, for example ${EXAMPLE}, or clear it.`;
  }
  return undefined;
}
