// @azure/msal-node, loaded once per process and only when a connection is made (it costs ~100 ms).

export type MsalModule = typeof import('@azure/msal-node');

let msalModule: Promise<MsalModule> | undefined;

export function loadMsal(): Promise<MsalModule> {
  msalModule ??= import('@azure/msal-node');
  return msalModule;
}
