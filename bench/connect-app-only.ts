// Benchmark: an app-only Connect-SPOService (certificate file + password) against the sandbox tenant,
// msal-node already loaded. Counts HTTP requests (exactly 2: the token POST with the signed assertion, one
// ProcessQuery), measures the time the shell adds beyond them (target: at most 50 ms) and the .pfx read.
//
//   node scripts/build.mjs && node dist/bench/connect-app-only.js [iterations]

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../src/engine/session.js';
import { SecureString } from '../src/engine/values.js';
import { startSandbox } from '../src/sandbox/index.js';
import { context, median, p90, TimedNetwork } from './connect-harness.js';
import { connectSpoServiceCommand, NETWORK_SERVICE_KEY } from '../src/auth/connect.js';
import { readCertificateFile } from '../src/certificates/index.js';
import { loadMsal } from '../src/auth/msal.js';

const configDir = mkdtempSync(join(tmpdir(), 'spo-bench-'));
process.env.SPO_CONFIG_DIR = configDir;

const iterations = Number(process.argv[2] ?? 30);
const sandbox = await startSandbox();
await loadMsal();
const env = await sandbox.environment();
process.env.SPO_CERT_STORE = env.SPO_CERT_STORE;
const pfx = env.SPO_SANDBOX_PFX!;

// The time to read the app's .pfx (PKCS#12 parse, key import), on its own.
const reads: number[] = [];
for (let i = 0; i < iterations + 3; i++) {
  const t = performance.now();
  await readCertificateFile(pfx, 'password');
  if (i >= 3) reads.push(performance.now() - t);
}

const rows: Array<{ total: number; http: number; overhead: number; requests: number }> = [];
for (let i = 0; i < iterations + 3; i++) {
  // A new session each time: a first connection (a new ConfidentialClientApplication, no cached token).
  const session = new Session();
  const network = new TimedNetwork();
  session.services.set(NETWORK_SERVICE_KEY, network);
  sandbox.log.length = 0;
  const t = performance.now();
  await connectSpoServiceCommand(context(session, 'AuthenticationCertificate'), {
    url: 'https://contoso-admin.sharepoint.com',
    clientId: '00000000-0000-0000-0000-000000000000',
    tenantId: '11111111-1111-1111-1111-111111111111',
    certificatePath: pfx,
    certificatePassword: new SecureString('password'),
  });
  const total = performance.now() - t;
  if (!session.connection) throw new Error('not connected');
  if (i >= 3) rows.push({ total, http: network.ms, overhead: total - network.ms, requests: sandbox.log.length });
  await network.close();
}
await sandbox.close();
rmSync(configDir, { recursive: true, force: true });

const requestCounts = [...new Set(rows.map((r) => r.requests))];
console.log(`app-only (certificate file) connect in the sandbox, msal loaded, ${rows.length} runs (3 warm-up runs dropped)`);
console.log(`HTTP requests per connect: ${requestCounts.join(', ')} (target 2: token, ProcessQuery)`);
console.log(`.pfx read:         median ${median(reads).toFixed(1)} ms, p90 ${p90(reads).toFixed(1)} ms (included in the overhead below)`);
console.log(`total:             median ${median(rows.map((r) => r.total)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.total)).toFixed(1)} ms`);
console.log(`in the 2 requests: median ${median(rows.map((r) => r.http)).toFixed(1)} ms`);
console.log(`shell overhead:    median ${median(rows.map((r) => r.overhead)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.overhead)).toFixed(1)} ms (target <= 50 ms)`);
