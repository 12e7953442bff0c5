// Certificate stores as directories of PKCS#12 files, in .NET's Linux layout, so certificates that .NET
// or PowerShell placed there are found and ones placed here are found by them:
//
//   CurrentUser\<Store>   ~/.dotnet/corefx/cryptography/x509stores/<store, lower case>/<THUMBPRINT>.pfx
//                         (.NET's OpenSslDirectoryBasedStoreProvider; a taken name becomes
//                         <THUMBPRINT>.1.pfx … <THUMBPRINT>.9.pfx)
//   LocalMachine\<Store>  a directory of the shell's own, same layout (.NET on Linux has no LocalMachine\My,
//                         facts §3): /etc/spo-shell/x509stores/<store> on Linux,
//                         /Library/Application Support/spo-shell/x509stores/<store> on macOS,
//                         %ProgramData%\spo-shell\x509stores\<store> on Windows.
//
// SPO_CERT_STORE=<dir> moves both: CurrentUser to <dir>/currentuser/<store>, LocalMachine to
// <dir>/localmachine/<store>. The sandbox and every test set it, so they never touch a real store.
// On macOS and Windows .NET itself keeps CurrentUser\My in the keychain / the system store, not in this
// directory; the shell uses the directory layout on every system (docs/certificate-stores.md).
//
// Store files hold no password (as .NET writes them); a file that needs one, or is not a certificate, is skipped.

import { mkdir, readdir, readFile, writeFile, rename } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { thumbprintNotFound } from './errors.js';
import type { LoadedCertificate } from './loaded-certificate.js';
import { readCertificateBytes } from './pkcs12.js';
import { writePfx } from './pkcs12-writer.js';

export type StoreLocation = 'CurrentUser' | 'LocalMachine';

export interface StoreEnvironment {
  /** Default process.env (SPO_CERT_STORE, ProgramData). */
  env?: NodeJS.ProcessEnv;
  /** Default os.homedir(). */
  home?: string;
  /** Default process.platform. */
  platform?: NodeJS.Platform;
}

/** The directory that holds one store's files. */
export function storeDirectory(location: StoreLocation, storeName = 'My', o: StoreEnvironment = {}): string {
  return join(locationRoot(location, o), storeName.toLowerCase());
}

/** The directory holding a location's stores (one sub-directory per store). */
export function locationRoot(location: StoreLocation, o: StoreEnvironment = {}): string {
  const env = o.env ?? process.env;
  const override = env.SPO_CERT_STORE;
  if (override) return join(override, location.toLowerCase());
  const platform = o.platform ?? process.platform;
  if (location === 'CurrentUser') return join(o.home ?? homedir(), '.dotnet', 'corefx', 'cryptography', 'x509stores');
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'spo-shell', 'x509stores');
  if (platform === 'darwin') return join('/Library', 'Application Support', 'spo-shell', 'x509stores');
  return join('/etc', 'spo-shell', 'x509stores');
}

/** Store names present at a location (directory names, as .NET lower-cases them), sorted. */
export async function storeNames(location: StoreLocation, o: StoreEnvironment = {}): Promise<string[]> {
  try {
    const entries = await readdir(locationRoot(location, o), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

export interface StoreEntry {
  /** The file it was read from. */
  path: string;
  certificate: LoadedCertificate;
}

/** Every readable certificate in a store, in file-name order (an absent store is empty). */
export async function listStore(location: StoreLocation, storeName = 'My', o: StoreEnvironment = {}): Promise<StoreEntry[]> {
  const dir = storeDirectory(location, storeName, o);
  const out: StoreEntry[] = [];
  for (const name of await pfxFiles(dir)) {
    const entry = await readStoreFile(join(dir, name));
    if (entry) out.push(entry);
  }
  return out;
}

/**
 * Thumbprints as people paste them: case-insensitive, with spaces, colons and the invisible marks that
 * Windows' certificate dialog copies along (.NET's lax hex decoding skips them too). Undefined if what
 * remains is not 40 hex digits.
 */
export function normalizeThumbprint(text: string): string | undefined {
  const hex = text.replace(/[\s:\u200e\u200f\u202a-\u202e\ufeff]/g, '').toUpperCase();
  return /^[0-9A-F]{40}$/.test(hex) ? hex : undefined;
}

/**
 * The certificate with this SHA-1 thumbprint in a store (CurrentUser\My by default). When several files
 * hold it, one with its private key wins. No match: CertificateError ThumbprintNotFound with the
 * module's own text.
 */
export async function findCertificateByThumbprint(
  thumbprint: string,
  options: StoreEnvironment & { location?: StoreLocation; storeName?: string } = {},
): Promise<LoadedCertificate> {
  const wanted = normalizeThumbprint(thumbprint);
  if (!wanted) throw thumbprintNotFound();
  const dir = storeDirectory(options.location ?? 'CurrentUser', options.storeName ?? 'My', options);
  const files = await pfxFiles(dir);
  // Files named after the thumbprint first (the usual case: no other file needs reading), then the rest,
  // because a file's name is only a convention and its content decides.
  const named = files.filter((f) => f.toUpperCase().startsWith(`${wanted}.`));
  let found: LoadedCertificate | undefined;
  for (const group of [named, files.filter((f) => !named.includes(f))]) {
    for (const name of group) {
      const entry = await readStoreFile(join(dir, name));
      if (entry?.certificate.thumbprint !== wanted) continue;
      if (entry.certificate.hasPrivateKey) return entry.certificate;
      found ??= entry.certificate;
    }
    if (found) return found;
  }
  throw thumbprintNotFound();
}

/**
 * Adds a certificate (with its private key, if any) to a store as .NET does: `<THUMBPRINT>.pfx`, no
 * password. If the store already holds it, the file is kept unless the new one brings a private key the
 * old one lacks; a name taken by another file moves on to `<THUMBPRINT>.1.pfx` … `.9.pfx`. Returns the path.
 */
export async function addToStore(
  certificate: LoadedCertificate,
  options: StoreEnvironment & { location?: StoreLocation; storeName?: string } = {},
): Promise<string> {
  const dir = storeDirectory(options.location ?? 'CurrentUser', options.storeName ?? 'My', options);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const names = [`${certificate.thumbprint}.pfx`, ...Array.from({ length: 9 }, (_, i) => `${certificate.thumbprint}.${i + 1}.pfx`)];
  const existing = new Set(await pfxFiles(dir));
  let free: string | undefined;
  for (const name of names) {
    if (!existing.has(name)) {
      free ??= name;
      continue;
    }
    const entry = await readStoreFile(join(dir, name));
    if (entry?.certificate.thumbprint !== certificate.thumbprint) continue;
    if (entry.certificate.hasPrivateKey || !certificate.hasPrivateKey) return entry.path;
    await writeAtomically(entry.path, await writePfx(certificate, { password: null }));
    return entry.path;
  }
  if (!free) throw new Error(`The store ${dir} already has ten files named after ${certificate.thumbprint}.`);
  const path = join(dir, free);
  await writeAtomically(path, await writePfx(certificate, { password: null }));
  return path;
}

async function pfxFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.pfx')).sort();
  } catch {
    return [];
  }
}

async function readStoreFile(path: string): Promise<StoreEntry | undefined> {
  try {
    return { path, certificate: await readCertificateBytes(await readFile(path), null, path) };
  } catch {
    return undefined;
  }
}

async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { mode: 0o600 });
  await rename(temporary, path);
}

