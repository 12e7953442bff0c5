// URLs as they may be shown to the user (-Debug, -Verbose, error messages).
//
// Query strings can carry secrets (an authorization code, a state, a code challenge), so every query
// value is hidden except those known to be harmless and useful when diagnosing a problem.

import { untrustedText } from './untrusted-text.js';

const SHOWN_QUERY_KEYS = new Set(['client-request-id', 'api-version', 'authorization_endpoint', '$select']);

export function displayUrl(url: string): string {
  // Parts of it may have come from a server (endpoints from an OpenID configuration, redirects).
  return untrustedText(shownForm(url));
}

function shownForm(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL: show nothing of what might follow a '?'.
    return url.split('?')[0] ?? '';
  }
  // origin + pathname also drops any user:password@ part.
  if (parsed.search === '') return `${parsed.origin}${parsed.pathname}`;
  const parts: string[] = [];
  for (const [key, value] of parsed.searchParams) {
    parts.push(SHOWN_QUERY_KEYS.has(key.toLowerCase()) ? `${key}=${value}` : `${key}=***`);
  }
  return `${parsed.origin}${parsed.pathname}?${parts.join('&')}`;
}
