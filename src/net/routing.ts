// Host routing for the sandbox and for tests: connections for the real Microsoft host names are sent to
// a server on 127.0.0.1 instead, keeping the TLS server name (SNI) and the Host header, so production
// code paths (cloud tables, msal's hard-coded authority metadata) run unchanged.
//
// This is switched on only by startSandbox() or by a test calling routeHostsTo(). Nothing in user
// configuration or the environment reaches it.

import tls from 'node:tls';
import { isIP } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';

export interface RouteTarget {
  port: number;
  caPem: string;
  /** Host names (without port) whose connections go to 127.0.0.1:port. */
  hosts: RegExp;
}

interface ActiveRoute extends RouteTarget {
  agent: Agent;
}

let active: ActiveRoute | undefined;

export function routeHostsTo(target: RouteTarget): void {
  resetRouting();
  // `ca` replaces Node's root store, so the roots are kept alongside the sandbox certificate.
  const connectTls = buildConnector({ ca: [...tls.rootCertificates, target.caPem] });
  const agent = new Agent({
    connect(options, callback) {
      const name = options.servername ?? options.hostname;
      return connectTls(
        {
          ...options,
          hostname: '127.0.0.1',
          port: String(target.port),
          ...(isIP(name) ? {} : { servername: name }),
        },
        callback,
      );
    },
  });
  active = { ...target, agent };
}

export function resetRouting(): void {
  const previous = active;
  active = undefined;
  // Closing lets idle keep-alive sockets go; requests still running finish first.
  if (previous) void previous.agent.close().catch(() => undefined);
}

/** The dispatcher that must carry a request to `url`, when routing claims it. */
export function routedDispatcherFor(url: URL): Dispatcher | undefined {
  if (!active || url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  if (active.hosts.test(host)) return active.agent;
  // Direct requests to the sandbox itself (an authority of https://127.0.0.1:PORT) need its certificate.
  if ((host === '127.0.0.1' || host === 'localhost') && Number(url.port) === active.port) return active.agent;
  return undefined;
}

export function isRoutingActive(): boolean {
  return active !== undefined;
}

/** The port connections are routed to now, if any (a sandbox only undoes routing it set up itself). */
export function routedPort(): number | undefined {
  return active?.port;
}
