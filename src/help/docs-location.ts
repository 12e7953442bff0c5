// Finds the docs/ folder at run time: it sits next to package.json, which is found by walking up
// from this module (works from src/, dist/src/ and dist/bundle/ alike).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null | undefined;

export function docsFolder(): string | null {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (cached = join(dir, 'docs'));
    const parent = dirname(dir);
    if (parent === dir) return (cached = null);
    dir = parent;
  }
}
