// Benchmark: a user name + password Connect-SPOService against the sandbox tenant, msal-node already
// loaded. Counts HTTP requests (the minimum is 2: one token POST, one ProcessQuery) and measures the
// time the shell adds beyond those two requests (target: at most 50 ms).
//
//   node scripts/build.mjs && node dist/bench/connect-sandbox.js [iterations]

import { PSCredential, SecureString } from '../src/engine/values.js';
import { benchSandbox, printConnectFigures, timeConnects } from './connect-harness.js';

const iterations = Number(process.argv[2] ?? 30);
const bench = await benchSandbox();
const credential = new PSCredential('admin@contoso.com', new SecureString('password'));
const rows = await timeConnects(bench.sandbox, iterations, 'AuthenticationLocation', { url: 'https://contoso-admin.sharepoint.com', credential });
await bench.close();
printConnectFigures('username/password connect in the sandbox', rows, 'target 2');
