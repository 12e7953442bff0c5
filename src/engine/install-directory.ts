// Where spo-shell is installed: the folder holding its package.json. $PSHOME names it (pwsh's is its own
// installation folder), and the module cmdlets name it as the built-in SharePoint module's directory.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let installDirectory: string | undefined;

/** The spo-shell installation folder (found once, on first use: a script that never asks pays nothing). */
export function spoInstallDirectory(): string {
  if (installDirectory !== undefined) return installDirectory;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (installDirectory = dir);
    const parent = dirname(dir);
    if (parent === dir) return (installDirectory = dirname(fileURLToPath(import.meta.url)));
    dir = parent;
  }
}
