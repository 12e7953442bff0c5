// What the connect benchmarks share: a Network that times every request from the caller's side, and a
// minimal CmdletContext for Connect-SPOService in a given parameter set.

import type { BoundParameters, CmdletContext, ErrorSpec } from '../src/engine/cmdlet.js';
import type { Session } from '../src/engine/session.js';
import { CommandTable } from '../src/engine/command-table.js';
import { Network, type NetObserver, type NetRequest, type NetResponse } from '../src/net/network.js';

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
