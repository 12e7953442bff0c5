// Benchmark: a user name + password Connect-SPOService against the sandbox tenant, msal-node already
// loaded. Counts HTTP requests (the minimum is 2: one token POST, one ProcessQuery) and measures the
// time the shell adds beyond those two requests (target: at most 50 ms).
//
//   node scripts/build.mjs && node dist/bench/connect-sandbox.js [iterations]

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../src/engine/session.js';
import { PSCredential, SecureString } from '../src/engine/values.js';
import { startSandbox } from '../src/sandbox/index.js';
import { context, median, p90, TimedNetwork } from './connect-harness.js';
import { connectSpoServiceCommand, NETWORK_SERVICE_KEY } from '../src/auth/connect.js';
import { loadMsal } from '../src/auth/msal.js';

const configDir = mkdtempSync(join(tmpdir(), 'spo-bench-'));
process.env.SPO_CONFIG_DIR = configDir;

const iterations = Number(process.argv[2] ?? 30);
const sandbox = await startSandbox();
await loadMsal();
const credential = new PSCredential('admin@contoso.com', new SecureString('password'));

const rows: Array<{ total: number; http: number; overhead: number; requests: number }> = [];
for (let i = 0; i < iterations + 3; i++) {
  // A new session each time: a first connection (no cached token), with msal already in memory.
  const session = new Session();
  const network = new TimedNetwork();
  session.services.set(NETWORK_SERVICE_KEY, network);
  sandbox.log.length = 0;
  const t = performance.now();
  await connectSpoServiceCommand(context(session), { url: 'https://contoso-admin.sharepoint.com', credential });
  const total = performance.now() - t;
  if (!session.connection) throw new Error('not connected');
  if (i >= 3) rows.push({ total, http: network.ms, overhead: total - network.ms, requests: sandbox.log.length });
  await network.close();
}
await sandbox.close();
rmSync(configDir, { recursive: true, force: true });

const requestCounts = [...new Set(rows.map((r) => r.requests))];
console.log(`username/password connect in the sandbox, msal loaded, ${rows.length} runs (3 warm-up runs dropped)`);
console.log(`HTTP requests per connect: ${requestCounts.join(', ')} (target 2)`);
console.log(`total:            median ${median(rows.map((r) => r.total)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.total)).toFixed(1)} ms`);
console.log(`in the 2 requests: median ${median(rows.map((r) => r.http)).toFixed(1)} ms`);
console.log(`shell overhead:   median ${median(rows.map((r) => r.overhead)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.overhead)).toFixed(1)} ms (target <= 50 ms)`);
