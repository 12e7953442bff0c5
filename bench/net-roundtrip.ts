// Round-trip cost of a username/password connect against the in-process sandbox, msal already loaded:
// one token POST (raw, and through msal-node) plus one CSOM ProcessQuery, median of 50 after a warm-up.
// Run: node scripts/build.mjs && node dist/bench/net-roundtrip.js

import { PublicClientApplication } from '@azure/msal-node';
import { Network } from '../src/net/network.js';
import { createMsalNetworkModule } from '../src/auth/msal-network.js';
import { startSandbox } from '../src/sandbox/index.js';

const RUNS = 50;
const WARMUP = 5;
const CLIENT_ID = '9bc3ab49-b65d-410a-85ad-de819febfddc';
const SCOPE = 'https://contoso-admin.sharepoint.com/.default';
const TENANT_QUERY = `<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="spo-shell" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions><ObjectPath Id="2" ObjectPathId="1" /><Query Id="3" ObjectPathId="1"><Query SelectAllProperties="false"><Properties><Property Name="RootSiteUrl" ScalarProperty="true" /></Properties></Query></Query></Actions><ObjectPaths><Constructor Id="1" TypeId="{268004ae-ef6b-4e9b-8425-127220d84719}" /></ObjectPaths></Request>`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(label: string, fn: () => Promise<void>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const m = median(times);
  console.log(`${label.padEnd(52)} median ${m.toFixed(2)} ms  (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`);
  return m;
}

const startT = performance.now();
const sandbox = await startSandbox();
const startMs = performance.now() - startT;
const net = new Network({ env: {} });
let token = '';

// The very first request: new TLS connection, undici and the handlers not yet warmed up.
const coldT = performance.now();
await net.request({ method: 'GET', url: 'https://contoso-admin.sharepoint.com/' });
const coldMs = performance.now() - coldT;

const raw = await measure('token POST, raw (network module only)', async () => {
  const r = await net.request({
    method: 'POST',
    url: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams({ client_id: CLIENT_ID, grant_type: 'password', username: 'admin@contoso.com', password: 'password', scope: `${SCOPE} openid profile offline_access` }).toString(),
  });
  if (r.status !== 200) throw new Error(`token ${r.status}`);
  token = (JSON.parse(r.body) as { access_token: string }).access_token;
});

const viaMsal = await measure('token POST through msal-node ROPC (new app each time)', async () => {
  const pca = new PublicClientApplication({ auth: { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/organizations' }, system: { networkClient: createMsalNetworkModule(net) } });
  const r = await pca.acquireTokenByUsernamePassword({ scopes: [SCOPE], username: 'admin@contoso.com', password: 'password' });
  token = r!.accessToken;
});

const pq = await measure('ProcessQuery (Tenant) through the network module', async () => {
  const r = await net.request({
    method: 'POST',
    url: 'https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/xml', 'x-clientservice-clienttag': 'TAPS (16.0.0.0)' },
    body: TENANT_QUERY,
  });
  if (r.status !== 200) throw new Error(`ProcessQuery ${r.status}`);
});

const connect = await measure('msal ROPC + ProcessQuery (a whole connect, 2 requests)', async () => {
  sandbox.log.length = 0;
  const pca = new PublicClientApplication({ auth: { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/organizations' }, system: { networkClient: createMsalNetworkModule(net) } });
  const r = await pca.acquireTokenByUsernamePassword({ scopes: [SCOPE], username: 'admin@contoso.com', password: 'password' });
  const q = await net.request({
    method: 'POST',
    url: 'https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery',
    headers: { authorization: `Bearer ${r!.accessToken}`, 'content-type': 'text/xml' },
    body: TENANT_QUERY,
  });
  if (q.status !== 200 || sandbox.log.length !== 2) throw new Error('unexpected request count');
});

console.log(`sandbox start-up                                     ${startMs.toFixed(2)} ms`);
console.log(`first request (cold: new TLS connection, cold code)  ${coldMs.toFixed(2)} ms`);
console.log(`msal's own cost per token request (msal - raw)       ${(viaMsal - raw).toFixed(2)} ms`);
console.log(`raw token + ProcessQuery                             ${(raw + pq).toFixed(2)} ms; whole connect ${connect.toFixed(2)} ms`);

await sandbox.close();
await net.close();
