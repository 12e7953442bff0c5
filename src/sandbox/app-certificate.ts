// The certificate of the sandbox's app registration (00000000-0000-0000-0000-000000000000 in contoso):
// an RSA-2048 key and a self-signed certificate, made when first needed (generating costs tens of
// milliseconds, more on a busy machine, so `startSandbox()` stays fast) and shared by every sandbox of
// the process. Each sandbox writes its own copy: `<dir>/contoso-app.pfx` (password `password`, the
// file `$env:SPO_SANDBOX_PFX` names) and the password-less store files of its CurrentUser\My and
// LocalMachine\My, under `<dir>/stores`, the SPO_CERT_STORE of `spo --sandbox` (never the user's stores).
//
// `<dir>` is `<tmp>/spo-sandbox-<pid>-XXXXXX`. close() removes it; so does the process's end by `exit`,
// Ctrl+C, SIGTERM or SIGHUP (removeAtExit). A process killed outright (SIGKILL, a crash, a test runner's
// timeout) cannot, so each new folder first removes the folders of processes that no longer exist
// (sweepAbandonedFolders).

import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
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

const FOLDER_PREFIX = 'spo-sandbox-';
const OWNED_FOLDER = /^spo-sandbox-(\d+)-[A-Za-z0-9]{6}$/;
/** A folder younger than this is left alone even when its process seems gone: a /tmp shared across PID
 * namespaces (containers) can hold a live sandbox whose pid this process cannot see. */
const ABANDONED_AFTER_MS = 10 * 60_000;

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `spo-sandbox-<pid>-*` folders whose process has ended. Best effort: a folder that cannot be
 * read or removed (another user's, a race with its owner) is left. */
export async function sweepAbandonedFolders(root: string, now = Date.now()): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = OWNED_FOLDER.exec(name)?.[1];
      if (pid === undefined || Number(pid) === process.pid || processExists(Number(pid))) return;
      const path = join(root, name);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isDirectory() || now - info.mtimeMs < ABANDONED_AFTER_MS) return;
      await rm(path, { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

/**
 * Removes the folder (it holds the app's private key) however the process ends short of SIGKILL: at
 * `exit`, and on SIGTERM and SIGHUP, which end a Node process without its exit handlers. The console
 * handles those signals itself (it exits, and the exit handler runs); a script run does not, so the
 * signal is raised again once the folder is gone and ends the process as it would have. Returns the
 * function that takes the handlers off (dispose()).
 */
function removeAtExit(dir: string): () => void {
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const signals = ['SIGTERM', 'SIGHUP'] as const;
  const handlers = signals.map((signal) => {
    const onSignal = () => {
      remove();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.once(signal, onSignal);
    return [signal, onSignal] as const;
  });
  process.once('exit', remove);
  return () => {
    process.off('exit', remove);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/** One sandbox's files: made on first use, removed by dispose(). */
export class AppCertificateFiles {
  private made: Promise<SandboxAppCertificate> | undefined;
  private dir: string | undefined;
  private forget: (() => void) | undefined;

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
    await sweepAbandonedFolders(tmpdir());
    const dir = await mkdtemp(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`)).catch((e: NodeJS.ErrnoException) => {
      const reason = e.code === 'ENOENT' ? 'there is no such folder' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message;
      throw new Error(`The sandbox cannot make its folder in ${tmpdir()} (${reason}); set TMPDIR to a folder you can write to.`);
    });
    this.dir = dir;
    this.forget = removeAtExit(dir);
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
    this.forget?.();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
