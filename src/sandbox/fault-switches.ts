// SPO_SANDBOX_FAULTS: the sandbox's fault switches, reachable by hand for `spo --sandbox`, so support
// staff and testers can reproduce a throttled, failing, slow or broken service without a patch.
//
//   SPO_SANDBOX_FAULTS='429:5@token*2, latency:3000@sharepoint, tls'
//
// A comma-separated list of `kind[:value][@target][*times]`:
//   kind    429 | 503 (value: Retry-After seconds, default 1), 500, latency (value: milliseconds,
//           default 1000), drop (close the connection), malformed (a cut-off body), escapes (server text
//           carrying terminal control sequences), tls (the sandbox's certificate is not trusted, so
//           connections fail their TLS check: every one, or with @login or @sharepoint only those to
//           that target's hosts; no value or count);
//   target  login (every sign-in request), token, devicecode, sharepoint; default: every request;
//   times   how many matching requests it affects; default: all of them.
// Parsed strictly: anything else is refused with a sentence naming the part that is wrong (docs/sign-in.md).
// This file is loaded before the sandbox itself, so it imports nothing heavy.

import type { FaultKind, FaultSpec } from './state.js';

export const FAULTS_VARIABLE = 'SPO_SANDBOX_FAULTS';

export interface FaultSwitches {
  faults: FaultSpec[];
  /** The shell is not given the sandbox's certificate: connections fail their TLS check. */
  tls: boolean;
  /** With a target (tls@login), only connections to these hosts fail; without one, all of them. */
  tlsHosts?: RegExp;
}

export class FaultSwitchError extends Error {}

const KINDS: ReadonlyArray<FaultKind | 'tls'> = ['429', '503', '500', 'latency', 'drop', 'malformed', 'escapes', 'tls'];

const TARGETS: Readonly<Record<string, Pick<FaultSpec, 'host' | 'path'>>> = {
  login: { host: /^login\./ },
  token: { host: /^login\./, path: /\/token$/ },
  devicecode: { host: /^login\./, path: /\/devicecode$/ },
  // Every cloud's SharePoint hosts (auth/clouds.ts: .sharepoint.com/.us/.de/.cn, .sharepoint-mil.us,
  // and the sovereign .sovcloud-sharepoint.de/.fr); a test holds this against the clouds' suffixes.
  sharepoint: { host: /\.(?:sharepoint(?:-mil)?|sovcloud-sharepoint)\.[a-z]+$/ },
};

const USAGE =
  `Each fault is kind[:value][@target][*times], separated by commas: kind is ${KINDS.join(', ')}; target is ${Object.keys(TARGETS).join(', ')}; for example 429:5@token*2.`;

function fail(text: string): never {
  throw new FaultSwitchError(`${FAULTS_VARIABLE}: ${text} ${USAGE}`);
}

/** Reads the variable's value; an absent or blank value switches nothing on. */
export function parseFaultSwitches(value: string | undefined): FaultSwitches {
  const switches: FaultSwitches = { faults: [], tls: false };
  if (value === undefined || value.trim() === '') return switches;
  let everyHost = false;
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (item === '') fail(`'${value}' has an empty entry.`);
    const m = /^([^:@*]+)(?::([^@*]*))?(?:@([^*]*))?(?:\*(.*))?$/.exec(item);
    if (!m) fail(`'${item}' is not a fault.`);
    const [, kindText, valueText, targetText, timesText] = m;
    const kind = KINDS.find((k) => k === kindText!.toLowerCase());
    if (!kind) fail(`'${kindText}' in '${item}' is not a kind of fault.`);
    if (kind === 'tls') {
      if (valueText !== undefined || timesText !== undefined) {
        fail(`'${item}': tls takes no value or count (it affects every connection to its target).`);
      }
      if (targetText === undefined) everyHost = true;
      else {
        // A certificate belongs to a host, so only the host targets make sense for it.
        const target = targetText.toLowerCase();
        if (target !== 'login' && target !== 'sharepoint') fail(`'${targetText}' in '${item}' is not a target for tls: use login or sharepoint.`);
        const hosts = TARGETS[target]!.host!;
        switches.tlsHosts = switches.tlsHosts ? new RegExp(`${switches.tlsHosts.source}|${hosts.source}`) : hosts;
      }
      switches.tls = true;
      continue;
    }
    const fault: FaultSpec = { kind };
    if (valueText !== undefined) {
      const number = /^\d+(\.\d+)?$/.test(valueText) ? Number(valueText) : NaN;
      if (kind === '429' || kind === '503') {
        if (Number.isNaN(number)) fail(`'${valueText}' in '${item}' is not a number of seconds for Retry-After.`);
        fault.retryAfterSeconds = number;
      } else if (kind === 'latency') {
        if (!Number.isInteger(number)) fail(`'${valueText}' in '${item}' is not a whole number of milliseconds.`);
        fault.latencyMs = number;
      } else {
        fail(`'${item}': ${kind} takes no value.`);
      }
    }
    if (targetText !== undefined) {
      const target = TARGETS[targetText.toLowerCase()];
      if (!target) fail(`'${targetText}' in '${item}' is not a target.`);
      Object.assign(fault, target);
    }
    if (timesText !== undefined) {
      if (!/^[1-9]\d*$/.test(timesText)) fail(`'${timesText}' in '${item}' is not a count (a whole number from 1).`);
      fault.times = Number(timesText);
    }
    switches.faults.push(fault);
  }
  if (everyHost) delete switches.tlsHosts;
  return switches;
}
