// What the connect benchmarks share: a sandbox with msal-node loaded, a Network that times every
// request from the caller's side, a minimal CmdletContext for Connect-SPOService in a given
// parameter set, the timed connect loop and its figures.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BoundParameters, CmdletContext, ErrorSpec } from '../src/engine/cmdlet.js';
import { Session } from '../src/engine/session.js';
import { CommandTable } from '../src/engine/command-table.js';
import { Network, type NetObserver, type NetRequest, type NetResponse } from '../src/net/network.js';
import { startSandbox, type SandboxHandle } from '../src/sandbox/index.js';
import { connectSpoServiceCommand, NETWORK_SERVICE_KEY } from '../src/auth/connect.js';
import { loadMsal } from '../src/auth/msal.js';

const WARM_UP_RUNS = 3;

/** The sandbox tenant in a fresh config folder, msal-node already in memory; `close` removes both. */
export async function benchSandbox(): Promise<{ sandbox: SandboxHandle; close(): Promise<void> }> {
  const configDir = mkdtempSync(join(tmpdir(), 'spo-bench-'));
  process.env.SPO_CONFIG_DIR = configDir;
  const sandbox = await startSandbox();
  await loadMsal();
  return {
    sandbox,
    async close() {
      await sandbox.close();
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

export interface ConnectRun {
  total: number;
  /** Time inside the HTTP requests. */
  http: number;
  /** The shell's own time: total minus the requests. */
  overhead: number;
  requests: number;
}

/**
 * Connects `iterations` times after WARM_UP_RUNS dropped ones, each a first connection: a new
 * session (no cached token, a new msal application) with msal-node already loaded.
 */
export async function timeConnects(
  sandbox: SandboxHandle,
  iterations: number,
  parameterSetName: string,
  args: Parameters<typeof connectSpoServiceCommand>[1],
): Promise<ConnectRun[]> {
  const rows: ConnectRun[] = [];
  for (let i = 0; i < iterations + WARM_UP_RUNS; i++) {
    const session = new Session();
    const network = new TimedNetwork();
    session.services.set(NETWORK_SERVICE_KEY, network);
    sandbox.log.length = 0;
    const t = performance.now();
    await connectSpoServiceCommand(context(session, parameterSetName), args);
    const total = performance.now() - t;
    if (!session.connection) throw new Error('not connected');
    if (i >= WARM_UP_RUNS) rows.push({ total, http: network.ms, overhead: total - network.ms, requests: sandbox.log.length });
    await network.close();
  }
  return rows;
}

/** The figures run-all reads: requests per connect, total, time in the requests, the shell's own time. */
export function printConnectFigures(title: string, rows: ConnectRun[], requestsNote: string, extraLines: string[] = []): void {
  const requestCounts = [...new Set(rows.map((r) => r.requests))];
  console.log(`${title}, msal loaded, ${rows.length} runs (${WARM_UP_RUNS} warm-up runs dropped)`);
  console.log(`HTTP requests per connect: ${requestCounts.join(', ')} (${requestsNote})`);
  for (const line of extraLines) console.log(line);
  console.log(`total:             median ${median(rows.map((r) => r.total)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.total)).toFixed(1)} ms`);
  console.log(`in the 2 requests: median ${median(rows.map((r) => r.http)).toFixed(1)} ms`);
  console.log(`shell overhead:    median ${median(rows.map((r) => r.overhead)).toFixed(1)} ms, p90 ${p90(rows.map((r) => r.overhead)).toFixed(1)} ms (target <= 50 ms)`);
}

/** Times every request from the caller's side (connection, TLS, server, body). */
export class TimedNetwork extends Network {
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

export function context(session: Session, parameterSetName = 'AuthenticationLocation'): CmdletContext {
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
    invocation: { commandName: 'Connect-SPOService', invocationName: 'Connect-SPOService', parameterSetName, pipelinePosition: 1 },
    input: undefined,
    hasInput: false,
    writeObject: () => {},
    writeError: async () => {},
    recordError: () => {},
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


export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
