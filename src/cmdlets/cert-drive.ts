// The Cert: drive over the shell's certificate stores (src/certificates: .NET's directory layout,
// SPO_CERT_STORE moves the root). pwsh on Linux and macOS has no Cert: drive; the shell gives it the
// shape Windows PowerShell's certificate provider has: Cert:\ lists the store locations,
// Cert:\CurrentUser the stores, Cert:\CurrentUser\My the certificates, Cert:\CurrentUser\My\<thumbprint>
// one certificate (docs/Get-ChildItem.md).

import type { StoreLocation } from '../certificates/index.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { PSObject } from '../engine/values.js';
import { X509Certificate2 } from '../engine/certificate-value.js';

export const CERTIFICATE_PROVIDER = 'Microsoft.PowerShell.Security\\Certificate::';
const LOCATIONS: readonly StoreLocation[] = ['CurrentUser', 'LocalMachine'];

/** Store names as Windows spells them (the directories are lower case, as .NET writes them). */
const STORE_NAMES: Record<string, string> = {
  my: 'My',
  root: 'Root',
  ca: 'CA',
  trust: 'Trust',
  disallowed: 'Disallowed',
  authroot: 'AuthRoot',
  trustedpeople: 'TrustedPeople',
  trustedpublisher: 'TrustedPublisher',
  addressbook: 'AddressBook',
  clientauthissuer: 'ClientAuthIssuer',
};

/** `Cert:`, `cert:\…`, `Cert:/…`: the path's parts after the drive, or undefined for another drive. */
export function certPathParts(path: string): string[] | undefined {
  const m = /^cert:(?:[\\/](.*))?$/i.exec(path.trim());
  if (!m) return undefined;
  return (m[1] ?? '').split(/[\\/]+/).filter((p) => p !== '');
}

/** The items a Cert: path names, or undefined when it names nothing (PathNotFound). */
export async function certItems(parts: readonly string[]): Promise<unknown[] | undefined> {
  const stores = await import('../certificates/index.js');
  if (parts.length === 0) {
    const out: PSObject[] = [];
    for (const location of LOCATIONS) out.push(locationObject(location, await storesOf(location, stores.storeNames)));
    return out;
  }
  const location = LOCATIONS.find((l) => l.toLowerCase() === parts[0]!.toLowerCase());
  if (!location) return undefined;
  const names = await storesOf(location, stores.storeNames);
  if (parts.length === 1) return names.map((n) => new PSObject('System.Security.Cryptography.X509Certificates.X509Store', { Name: n, Location: location }, ['Name'], n));
  const storePattern = parts[1]!;
  const matched = names.filter((n) => (hasWildcard(storePattern) ? wildcardMatch(storePattern, n) : n.toLowerCase() === storePattern.toLowerCase()));
  if (matched.length === 0 || parts.length > 3) return undefined;
  const out: X509Certificate2[] = [];
  for (const store of matched) {
    const parent = `${CERTIFICATE_PROVIDER}${location}\\${store}`;
    const entries = await stores.listStore(location, store);
    const wanted = parts[2];
    for (const { certificate } of entries) {
      if (wanted !== undefined && !(hasWildcard(wanted) ? wildcardMatch(wanted, certificate.thumbprint) : stores.normalizeThumbprint(wanted) === certificate.thumbprint)) continue;
      if (out.some((c) => c.certificate.thumbprint === certificate.thumbprint && (c.get('PSParentPath') as string) === parent)) continue;
      out.push(new X509Certificate2(certificate, parent));
    }
  }
  if (parts.length === 3 && out.length === 0 && !hasWildcard(parts[2]!)) return undefined;
  return out;
}

/** A location's stores: My always (as on Windows), then whatever directories exist. */
async function storesOf(location: StoreLocation, storeNames: (l: StoreLocation) => Promise<string[]>): Promise<string[]> {
  const found = (await storeNames(location)).map((n) => STORE_NAMES[n] ?? n);
  return found.some((n) => n === 'My') ? found : ['My', ...found];
}

function locationObject(location: StoreLocation, stores: readonly string[]): PSObject {
  return new PSObject('Microsoft.PowerShell.Commands.X509StoreLocation', { Location: location, StoreNames: [...stores] }, ['Location', 'StoreNames'], location);
}

/**
 * What a Cert: path itself names, for Get-Item and Test-Path: the root, a store location or a store
 * (containers), or the certificates a thumbprint or a pattern names (leaves); undefined for nothing.
 */
export async function certItem(parts: readonly string[]): Promise<{ items: unknown[]; container: boolean } | undefined> {
  if (parts.length === 0) return { items: [], container: true };
  if (parts.length <= 2) {
    const name = parts[parts.length - 1]!;
    const siblings = (await certItems(parts.slice(0, -1))) ?? [];
    const key = (o: unknown) => String((o as PSObject).get(parts.length === 1 ? 'Location' : 'Name') ?? '');
    const items = siblings.filter((o) => (hasWildcard(name) ? wildcardMatch(name, key(o)) : key(o).toLowerCase() === name.toLowerCase()));
    return items.length ? { items, container: true } : undefined;
  }
  const items = await certItems(parts);
  return items?.length ? { items, container: false } : undefined;
}
