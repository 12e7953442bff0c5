// Host routing for the sandbox and for tests: connections for the real Microsoft host names are sent to
// a server on 127.0.0.1 instead, keeping the TLS server name (SNI) and the Host header, so production
// code paths (cloud tables, msal's hard-coded authority metadata) run unchanged.
//
// This is switched on only by startSandbox() or by a test calling routeHostsTo(). Nothing in user
// configuration or the environment reaches it.

// undici is not imported here (it takes ~50 ms to load): the sandbox sets routing up at start-up, but the
// agent is only built by the network module, which has undici loaded already, on the first routed request.
import type { Dispatcher } from 'undici';

export interface RouteTarget {
  port: number;
  caPem: string;
  /** Host names (without port) whose connections go to 127.0.0.1:port. */
  hosts: RegExp;
  /** Some of those hosts checked against another certificate (the sandbox's `tls@login` fault). */
  untrusted?: { hosts: RegExp; caPem: string };
}

interface ActiveRoute extends RouteTarget {
  agent?: Dispatcher;
  /** The route for `untrusted.hosts`: the same port, the other certificate, its own agent. */
  untrustedRoute?: ActiveRoute;
}

let active: ActiveRoute | undefined;

export function routeHostsTo(target: RouteTarget): void {
  resetRouting();
  active = { ...target };
  if (target.untrusted) active.untrustedRoute = { port: target.port, caPem: target.untrusted.caPem, hosts: target.untrusted.hosts };
}

export function resetRouting(): void {
  const previous = active;
  active = undefined;
  // Closing lets idle keep-alive sockets go; requests still running finish first.
  for (const route of [previous, previous?.untrustedRoute]) if (route?.agent) void route.agent.close().catch(() => undefined);
}

/** The route that must carry a request to `url`, when routing claims it. */
export function routeFor(url: URL): ActiveRoute | undefined {
  if (!active || url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  if (active.hosts.test(host)) return active.untrustedRoute?.hosts.test(host) ? active.untrustedRoute : active;
  // Direct requests to the sandbox itself (an authority of https://127.0.0.1:PORT) need its certificate.
  if ((host === '127.0.0.1' || host === 'localhost') && Number(url.port) === active.port) return active;
  return undefined;
}

export function isRoutingActive(): boolean {
  return active !== undefined;
}

/** The port connections are routed to now, if any (a sandbox only undoes routing it set up itself). */
export function routedPort(): number | undefined {
  return active?.port;
}
