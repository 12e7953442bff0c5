// node-forge, loaded on first use only (it is ~1.8 MB of JavaScript and costs tens of milliseconds to
// load; the shell needs it only when a certificate is read or written).

import { pbkdf2Sync } from 'node:crypto';
import type forgeNamespace from 'node-forge';

export type Forge = typeof forgeNamespace;

let loading: Promise<Forge> | undefined;

export function loadForge(): Promise<Forge> {
  loading ??= import('node-forge').then((m) => useNativePbkdf2((m as { default?: Forge }).default ?? (m as unknown as Forge)));
  return loading;
}

type Pbkdf2 = (password: string, salt: string, iterations: number, length: number, md?: unknown) => string;

/**
 * OpenSSL 3's default PFX runs PBKDF2-HMAC-SHA256 twice (certificates, key); forge does that in
 * JavaScript, several times slower than node:crypto. Same inputs, same bytes: the password as UTF-8
 * (as OpenSSL and .NET encode it), the salt as the bytes forge holds.
 */
function useNativePbkdf2(forge: Forge): Forge {
  const pkcs5 = (forge as unknown as { pkcs5: { pbkdf2: Pbkdf2 } }).pkcs5;
  const javascript = pkcs5.pbkdf2;
  pkcs5.pbkdf2 = (password, salt, iterations, length, md) => {
    const digest = typeof md === 'object' && md !== null ? (md as { algorithm?: unknown }).algorithm : undefined;
    if (typeof digest !== 'string' || typeof password !== 'string' || typeof salt !== 'string') return javascript(password, salt, iterations, length, md);
    try {
      return pbkdf2Sync(Buffer.from(password, 'utf8'), Buffer.from(salt, 'binary'), iterations, length, digest).toString('binary');
    } catch {
      return javascript(password, salt, iterations, length, md); // a digest name node:crypto does not know
    }
  };
  return forge;
}

/** Node bytes → forge's one-character-per-byte string. */
export function toBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('binary');
}

export function fromBinary(text: string): Buffer {
  return Buffer.from(text, 'binary');
}
