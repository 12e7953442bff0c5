// Test-Path on the drives of pwsh's other providers (Variable:, Env:, Function:, Alias:): spo's file
// cmdlets do not read them (paths.ts refuses them), but whether such an item exists is a question the
// session can answer, and scripts ask it (`if (Test-Path env:SPO_URL)`, `Test-Path variable:cred`).

import type { CmdletContext } from '../engine/cmdlet.js';
import { driveOf } from '../engine/paths.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';

/** The names on each drive, and whether they compare case-sensitively (environment names on Unix do). */
const DRIVES: Record<string, { names(ctx: CmdletContext): string[]; caseSensitive: boolean }> = {
  variable: { names: (ctx) => ctx.session.variables().map((v) => v.name), caseSensitive: false },
  env: { names: () => Object.keys(process.env), caseSensitive: process.platform !== 'win32' },
  function: {
    names: (ctx) => ctx.commands.all().filter((c) => ctx.commands.commandTypeOf(c) === 'Function').map((c) => c.name),
    caseSensitive: false,
  },
  alias: { names: (ctx) => ctx.commands.aliases().map((a) => a.name), caseSensitive: false },
};

/**
 * Whether `path` names an existing item (or the root) of one of those drives; undefined when the path
 * is not on one. Every such item is a leaf and the drive's root a container, as in pwsh.
 */
export function providerItemExists(ctx: CmdletContext, path: string, literal: boolean, type: string): boolean | undefined {
  const drive = driveOf(path);
  const provider = drive === undefined ? undefined : DRIVES[drive.toLowerCase()];
  if (!provider) return undefined;
  const name = path.slice(drive!.length + 1).replace(/^[\\/]+/, '');
  if (name === '') return type !== 'Leaf';
  if (type === 'Container') return false;
  const names = provider.names(ctx);
  if (!literal && hasWildcard(name)) return names.some((n) => wildcardMatch(name, n, provider.caseSensitive));
  return provider.caseSensitive ? names.includes(name) : names.some((n) => n.toLowerCase() === name.toLowerCase());
}
