// Benchmark: a user name + password Connect-SPOService against the sandbox tenant, msal-node already
// loaded. Counts HTTP requests (the minimum is 2: one token POST, one ProcessQuery) and measures the
// time the shell adds beyond those two requests (target: at most 50 ms).
//
//   node scripts/build.mjs && node dist/bench/connect-sandbox.js [iterations]

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BoundParameters, CmdletContext, ErrorSpec } from '../src/engine/cmdlet.js';
import { Session } from '../src/engine/session.js';
import { CommandTable } from '../src/engine/command-table.js';
import { PSCredential, SecureString } from '../src/engine/values.js';
import { Network, type NetObserver, type NetRequest, type NetResponse } from '../src/net/network.js';
import { startSandbox } from '../src/sandbox/index.js';
import { connectSpoServiceCommand, NETWORK_SERVICE_KEY } from '../src/auth/connect.js';
import { loadMsal } from '../src/auth/msal.js';

const configDir = mkdtempSync(join(tmpdir(), 'spo-bench-'));
process.env.SPO_CONFIG_DIR = configDir;

/** Times every request from the caller's side (connection, TLS, server, body). */
class TimedNetwork extends Network {
  requests = 0;
  ms = 0;
  override async request(req: NetRequest, observer?: NetObserver): Promise<NetResponse> {
    const t = performance.now();
    try {
      return await super.request(req, observer);
    } finally {
      this.requests++;
      this.ms += performance.now() - t;
    }
  }
}

function context(session: Session): CmdletContext {
  const params: BoundParameters = { has: () => false, get: () => undefined, names: () => [] };
  return {
    host: {
      name: 'BenchHost', interactive: false, width: 120, color: false,
      write: () => {}, readLine: async () => null, readSecret: async () => null,
      showSignIn: () => ({ close: () => {} }), progress: () => {}, clearScreen: () => {},
    },
    session,
    commands: new CommandTable(),
    signal: new AbortController().signal,
    params,
    invocation: { commandName: 'Connect-SPOService', invocationName: 'Connect-SPOService', parameterSetName: 'AuthenticationLocation', pipelinePosition: 1 },
    input: undefined,
    hasInput: false,
    writeObject: () => {},
    writeError: async () => {},
    throwTerminatingError(e: ErrorSpec | { message: string }): never {
      throw new Error(e.message);
    },
    writeWarning: async () => {},
    writeVerbose: async () => {},
    writeDebug: async () => {},
    writeInformation: async () => {},
    verboseEnabled: false,
    debugEnabled: false,
    promptForCredential: async () => null,
  };
}

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
const requestCounts = [...new Set(rows.map((r) => r.requests))];
console.log(`username/password connect in the sandbox, msal loaded, ${rows.length} runs (3 warm-up runs dropped)`);
console.log(`HTTP requests per connect: ${requestCounts.join(', ')} (target 2)`);
console.log(`total:            median ${median(rows.map((r) => r.total)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.total)).toFixed(1)} ms`);
console.log(`in the 2 requests: median ${median(rows.map((r) => r.http)).toFixed(1)} ms`);
console.log(`shell overhead:   median ${median(rows.map((r) => r.overhead)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.overhead)).toFixed(1)} ms (target <= 50 ms)`);
