// What the console shows while Connect-SPOService waits on the network: one line, animated by the
// console, saying what is happening ("Signing in to login.microsoftonline.com…", "Checking the admin
// site…"). A username/password or app-only sign-in plus the check can take seconds on a real
// network, and a silent console looks hung.
//
// It goes through the host's progress interface like any cmdlet's progress record: the console
// draws it in its live region and removes it when the record completes; the plain host (`spo -c`,
// `-f`, piped input, output that is not a terminal) shows no progress at all, so scripts' output
// never carries it. $ProgressPreference (or -ProgressAction) SilentlyContinue or Ignore switch it
// off, as they switch off Write-Progress.

import type { CmdletContext } from '../engine/cmdlet.js';
import { EnumValue } from '../engine/values.js';
import type { Host } from '../host/host.js';

const ACTIVITY = 'Connect-SPOService';

/** The texts, in the order a sign-in goes through them. */
export const ProgressText = {
  ReadingCertificate: 'Reading the certificate…',
  SigningIn: (loginHost: string) => `Signing in to ${loginHost}…`,
  ManagedIdentity: (endpointHost: string | undefined) =>
    endpointHost ? `Getting a token from the managed identity endpoint ${endpointHost}…` : 'Getting a token for the managed identity…',
  CheckingAdminSite: (siteHost: string) => `Checking the admin site ${siteHost}…`,
} as const;

export class SignInProgress {
  readonly #host: Host;
  readonly #enabled: boolean;
  #shown = false;

  constructor(host: Host, enabled: boolean) {
    this.#host = host;
    this.#enabled = enabled;
  }

  /** Progress for this command, unless $ProgressPreference / -ProgressAction silence it. */
  static for(ctx: CmdletContext): SignInProgress {
    const explicit = ctx.params.get('ProgressAction');
    const preference =
      explicit instanceof EnumValue ? explicit.name : (ctx.session.getVariable('ProgressPreference')?.value as EnumValue | undefined)?.name;
    return new SignInProgress(ctx.host, preference !== 'SilentlyContinue' && preference !== 'Ignore');
  }

  /** Shows `status` (replacing what was shown). */
  show(status: string): void {
    if (!this.#enabled) return;
    this.#shown = true;
    this.#host.progress({ activity: ACTIVITY, status, percentComplete: -1, busy: true });
  }

  /** Removes the line (a sign-in panel takes its place, or the command ends). */
  hide(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.#host.progress({ activity: ACTIVITY, status: 'Completed', percentComplete: 100, completed: true, busy: true });
  }
}

/** The host of the managed identity endpoint the environment names, for the progress line. */
export function managedIdentityEndpointHost(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ['IDENTITY_ENDPOINT', 'MSI_ENDPOINT', 'IMDS_ENDPOINT']) {
    const value = env[name];
    if (!value) continue;
    try {
      return new URL(value).host;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
