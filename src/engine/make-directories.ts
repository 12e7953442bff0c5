// Directory.CreateDirectory as .NET does it: a folder and its missing parents, one at a time. Node's own
// recursive mkdirSync never returns for some paths it cannot make (`/proc/x` spins at full CPU), the
// same trap bin/code-cache.js steps around for its cache folder.

import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes `dir` and its missing parents (each with `mode` when given, as mkdir's own option does); a
 * parent that cannot be made throws Node's error for it (its `path`).
 */
export function makeDirectories(dir: string, mode?: number): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeDirectories(parent, mode);
  mkdirSync(dir, mode === undefined ? undefined : { mode });
}
