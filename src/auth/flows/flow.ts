// The contract every sign-in flow keeps, and the pieces they share.
//
// A flow is one way of getting a token for the connect attempt: from this session's cache, with a
// user name and password, with a device code, with the system browser (and, next, with a
// certificate or a managed identity). flows/index.ts picks them from the bound parameter set and
// the settings; connect.ts runs them in order until one gives a token.

import type { AuthenticationResult } from '@azure/msal-node';
import type { Host } from '../../host/host.js';
import type { AppEntry, AppKind } from '../msal.js';
import type { SignInProgress } from '../progress.js';

/** What a flow may do towards the user while it runs. */
export interface FlowUi {
  /** For sign-in panels (device code, browser URL). */
  readonly host: Host;
  /** A -Verbose line, written in order with the -Debug lines of the requests. */
  verbose(text: string): void;
  /** The console's progress line; a flow that opens a sign-in panel hides it (the panel says it all). */
  readonly progress: SignInProgress;
  /** The device code's lifetime, so the message for an expired code can name it. */
  deviceCodeLifetime(minutes: number): void;
}

export interface SignInFlow<K extends AppKind = AppKind> {
  /** The msal application the flow needs. */
  readonly appKind: K;
  /** Waits for a person (device code, browser): refused at once under -NonInteractive. */
  readonly needsPerson: boolean;
  /**
   * What -Verbose says about the flow. 'before': said when the flow starts. 'after': the flow may
   * have nothing to offer (the cache), so it is named only once it has given `result`.
   */
  readonly announce: 'before' | 'after';
  describe(result?: AuthenticationResult): string;
  /** A token, or undefined when the flow has nothing to offer and the next one should run. */
  acquire(entry: AppEntry<K>, scopes: string[], signal: AbortSignal, ui: FlowUi): Promise<AuthenticationResult | undefined>;
}

/** Rejected with this when the user cancels (Ctrl+C). */
export class SignInCancelled extends Error {
  constructor() {
    super('Sign-in cancelled.');
    this.name = 'SignInCancelled';
  }
}

export function nonNull(r: AuthenticationResult | null): AuthenticationResult {
  if (!r) throw new Error('The identity platform returned no token.');
  return r;
}

/** Settles with `p`, or rejects with SignInCancelled as soon as `signal` aborts (after `onAbort`). */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal, onAbort: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort();
    p.catch(() => {});
    return Promise.reject(new SignInCancelled());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(new SignInCancelled());
    };
    signal.addEventListener('abort', abort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', abort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(signal.aborted ? new SignInCancelled() : e);
      },
    );
  });
}
