// Where the system browser is sent for an authorize address msal made. Normally the address itself;
// `spo --sandbox` installs the sandbox's mapping (sandbox.browserUrl) so that a real browser reaches the
// sandbox's local sign-in page instead of a Microsoft host.

let mapper: ((authorizeUrl: string) => string) | undefined;

export function setBrowserAddressMapper(map: ((authorizeUrl: string) => string) | undefined): void {
  mapper = map;
}

export function browserAddress(authorizeUrl: string): string {
  return mapper ? mapper(authorizeUrl) : authorizeUrl;
}
