// Shared by the sandbox tests: one sandbox and one network module per test file, and the small readers
// every test of sign-in needs (token claims, msal's failure fields, the CSOM Tenant query).

import { before, after } from 'node:test';
import { Network } from '../../src/net/network.js';
import { startSandbox, type SandboxHandle, type SandboxStartOptions } from '../../src/sandbox/index.js';

/**
 * Starts a sandbox (routing the real host names to it) and a Network before the file's tests; stops both
 * after. A file's own `before` that needs them awaits `ready()` (root-level hooks are not ordered).
 */
export function useSandbox(options: SandboxStartOptions = {}): { readonly sandbox: SandboxHandle; readonly net: Network; ready(): Promise<void> } {
  let starting: Promise<void> | undefined;
  const session = {
    ready: () =>
      (starting ??= (async () => {
        session.sandbox = await startSandbox(options);
        session.net = new Network({ env: {} });
      })()),
  } as { sandbox: SandboxHandle; net: Network; ready(): Promise<void> };
  before(() => session.ready());
  after(async () => {
    await session.sandbox?.close();
    await session.net?.close();
  });
  return session;
}

export function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The fields of an msal-node error that the tests look at. */
export interface MsalFailure {
  name: string;
  errorCode: string;
  errorNo?: unknown;
  subError?: string;
  errorMessage: string;
}

export async function failure(p: Promise<unknown>): Promise<MsalFailure> {
  try {
    await p;
  } catch (e) {
    return e as MsalFailure;
  }
  throw new Error('expected the sign-in to fail');
}

/** CSOM for `new Tenant(ctx)` with RootSiteUrl, as Connect-SPOService's check sends it. */
export const TENANT_QUERY = `<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="spo-shell" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions><ObjectPath Id="2" ObjectPathId="1" /><Query Id="3" ObjectPathId="1"><Query SelectAllProperties="false"><Properties><Property Name="RootSiteUrl" ScalarProperty="true" /></Properties></Query></Query></Actions><ObjectPaths><Constructor Id="1" TypeId="{268004ae-ef6b-4e9b-8425-127220d84719}" /></ObjectPaths></Request>`;
