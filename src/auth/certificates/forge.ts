// node-forge, loaded on first use only (it is ~1.8 MB of JavaScript and costs tens of milliseconds to
// load; the shell needs it only when a certificate is read or written).

import type forgeNamespace from 'node-forge';

export type Forge = typeof forgeNamespace;

let loading: Promise<Forge> | undefined;

export function loadForge(): Promise<Forge> {
  loading ??= import('node-forge').then((m) => ((m as { default?: Forge }).default ?? (m as unknown as Forge)));
  return loading;
}

/** Node bytes → forge's one-character-per-byte string. */
export function toBinary(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('binary');
}

export function fromBinary(text: string): Buffer {
  return Buffer.from(text, 'binary');
}
