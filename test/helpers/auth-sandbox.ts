// Shared set-up of the sign-in tests that run the shell against the sandbox: a fresh settings folder,
// one sandbox for the file (its log and faults emptied before each test), and a shell on a Network.

import { before, after, beforeEach } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../../src/engine/shell.js';
import { builtinCommandTable } from '../../src/cmdlets/registry.js';
import type { Host } from '../../src/host/host.js';
import type { Network } from '../../src/net/network.js';
import { startSandbox, type SandboxHandle, type SandboxStartOptions } from '../../src/sandbox/index.js';
import { NETWORK_SERVICE_KEY } from '../../src/auth/connect.js';

/** Signs in as the sandbox's administrator with -Credential (the password is the sandbox's). */
export const CONNECT_AS_ADMIN =
  "$c = New-Object System.Management.Automation.PSCredential admin@contoso.com, (ConvertTo-SecureString password -AsPlainText -Force); Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c";

/** A fresh SPO_CONFIG_DIR for this test file, removed at the end; returns its parent folder. */
export function useConfigDir(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  process.env.SPO_CONFIG_DIR = join(root, 'config');
  delete process.env.SPO_CLIENT_ID;
  after(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** One sandbox for the test file; read `.current` inside tests. */
export function useSandbox(prefix: string, options: SandboxStartOptions = {}): { current: SandboxHandle } {
  useConfigDir(prefix);
  const holder = {} as { current: SandboxHandle };
  before(async () => {
    holder.current = await startSandbox(options);
  });
  after(async () => {
    await holder.current.close();
  });
  beforeEach(() => {
    holder.current.log.length = 0;
    holder.current.clearFaults();
  });
  return holder;
}

/** A shell whose Connect-SPOService uses `network`. */
export function shellOn(host: Host, network: Network): Shell {
  const sh = new Shell({ host, commands: builtinCommandTable() });
  sh.session.services.set(NETWORK_SERVICE_KEY, network);
  return sh;
}
