// The certificate of the sandbox's app registration (00000000-0000-0000-0000-000000000000 in contoso):
// an RSA-2048 key and a self-signed certificate, made when first needed (generating costs tens of
// milliseconds, more on a busy machine, so `startSandbox()` stays fast) and shared by every sandbox of
// the process. Each sandbox writes its own copy: `<dir>/contoso-app.pfx` (password `password`, the
// file `$env:SPO_SANDBOX_PFX` names) and the password-less store files of its CurrentUser\My and
// LocalMachine\My, under `<dir>/stores`, the SPO_CERT_STORE of `spo --sandbox` (never the user's stores).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Loaded with the certificate, not with the sandbox: startSandbox() stays as fast as before.
import type { LoadedCertificate } from '../certificates/index.js';
import { SANDBOX_PASSWORD } from './directory.js';

export interface SandboxAppCertificate {
  /** The app registration it belongs to. */
  clientId: string;
  /** Path of the .pfx (password `password`): $env:SPO_SANDBOX_PFX. */
  pfxPath: string;
  password: string;
  /** SHA-1, upper-case hex: $env:SPO_SANDBOX_THUMBPRINT. */
  thumbprint: string;
  thumbprintSha256: string;
  /** The sandbox's certificate-store root (SPO_CERT_STORE) holding it in CurrentUser\My and LocalMachine\My. */
  certStoreRoot: string;
  /** The certificate itself (public facts; the key stays inside). */
  certificate: LoadedCertificate;
}

let material: Promise<{ certificate: LoadedCertificate; pfx: Buffer }> | undefined;

function sharedMaterial(): Promise<{ certificate: LoadedCertificate; pfx: Buffer }> {
  material ??= (async () => {
    const { createSelfSignedCertificate, writePfx } = await import('../certificates/index.js');
    const certificate = await createSelfSignedCertificate({ commonName: 'Contoso SharePoint administration (sandbox)', organization: 'Contoso', days: 365 });
    return { certificate, pfx: await writePfx(certificate, { password: SANDBOX_PASSWORD }) };
  })();
  material.catch(() => {
    material = undefined; // a failure is not remembered: the next call tries again
  });
  return material;
}

/** One sandbox's files: made on first use, removed by dispose(). */
export class AppCertificateFiles {
  private made: Promise<SandboxAppCertificate> | undefined;
  private dir: string | undefined;

  constructor(private readonly clientId: string) {}

  get(): Promise<SandboxAppCertificate> {
    this.made ??= this.make();
    return this.made;
  }

  /** The public certificate, for verifying assertions (no files needed). */
  async certificate(): Promise<LoadedCertificate> {
    return (await sharedMaterial()).certificate;
  }

  private async make(): Promise<SandboxAppCertificate> {
    const { certificate, pfx } = await sharedMaterial();
    const { addToStore } = await import('../certificates/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'spo-sandbox-'));
    this.dir = dir;
    const pfxPath = join(dir, 'contoso-app.pfx');
    const certStoreRoot = join(dir, 'stores');
    await writeFile(pfxPath, pfx, { mode: 0o600 });
    const env = { SPO_CERT_STORE: certStoreRoot };
    await addToStore(certificate, { env, location: 'CurrentUser' });
    await addToStore(certificate, { env, location: 'LocalMachine' });
    return {
      clientId: this.clientId,
      pfxPath,
      password: SANDBOX_PASSWORD,
      thumbprint: certificate.thumbprint,
      thumbprintSha256: certificate.thumbprintSha256,
      certStoreRoot,
      certificate,
    };
  }

  async dispose(): Promise<void> {
    if (this.made) await this.made.catch(() => undefined);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
