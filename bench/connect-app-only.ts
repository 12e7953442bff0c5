// Benchmark: an app-only Connect-SPOService (certificate file + password) against the sandbox tenant,
// msal-node already loaded. Counts HTTP requests (exactly 2: the token POST with the signed assertion, one
// ProcessQuery), measures the time the shell adds beyond them (target: at most 50 ms) and the .pfx read.
//
//   node scripts/build.mjs && node dist/bench/connect-app-only.js [iterations]

import { SecureString } from '../src/engine/values.js';
import { readCertificateFile } from '../src/certificates/index.js';
import { benchSandbox, median, p90, printConnectFigures, timeConnects } from './connect-harness.js';

const iterations = Number(process.argv[2] ?? 30);
const bench = await benchSandbox();
const env = await bench.sandbox.environment();
process.env.SPO_CERT_STORE = env.SPO_CERT_STORE;
const pfx = env.SPO_SANDBOX_PFX!;

// The time to read the app's .pfx (PKCS#12 parse, key import), on its own.
const reads: number[] = [];
for (let i = 0; i < iterations + 3; i++) {
  const t = performance.now();
  await readCertificateFile(pfx, 'password');
  if (i >= 3) reads.push(performance.now() - t);
}

const rows = await timeConnects(bench.sandbox, iterations, 'AuthenticationCertificate', {
  url: 'https://contoso-admin.sharepoint.com',
  clientId: '00000000-0000-0000-0000-000000000000',
  tenantId: '11111111-1111-1111-1111-111111111111',
  certificatePath: pfx,
  certificatePassword: new SecureString('password'),
});
await bench.close();
printConnectFigures('app-only (certificate file) connect in the sandbox', rows, 'target 2: token, ProcessQuery', [
  `.pfx read:         median ${median(reads).toFixed(1)} ms, p90 ${p90(reads).toFixed(1)} ms (included in the overhead below)`,
]);
