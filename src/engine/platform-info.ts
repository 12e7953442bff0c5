// The PowerShell version spo-shell follows and the OS description pwsh shows: a leaf module, so that
// what needs them ($PSVersionTable, the web cmdlets' User-Agent) imports nothing else of the engine.

import { readFileSync } from 'node:fs';
import { release, type } from 'node:os';

/** The PowerShell version whose behaviour spo-shell follows. */
export const PS_VERSION = { major: 7, minor: 6, patch: 10 } as const;

/** RuntimeInformation.OSDescription as pwsh shows it: the distribution's name on Linux, else the kernel's. */
export function osName(): string {
  if (process.platform === 'linux') {
    try {
      const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
      if (pretty) return pretty;
    } catch {
      // no os-release: the kernel's name below
    }
  }
  return `${type()} ${release()}`;
}
