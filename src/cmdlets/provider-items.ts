// Test-Path on the items of pwsh's other providers (Variable, Environment, Function, Alias, by drive or
// by provider name): spo's file cmdlets do not read them (paths.ts refuses them), but whether such an
// item exists is a question the session can answer, and scripts ask it (`if (Test-Path env:SPO_URL)`).

import type { CmdletContext } from '../engine/cmdlet.js';
import { otherProviderItem } from '../engine/paths.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';

/** Each provider's item names, and whether they compare case-sensitively (environment names on Unix do). */
const PROVIDERS: Record<string, { names(ctx: CmdletContext): string[]; caseSensitive: boolean }> = {
  Variable: { names: (ctx) => ctx.session.variables().map((v) => v.name), caseSensitive: false },
  Environment: { names: () => Object.keys(process.env), caseSensitive: process.platform !== 'win32' },
  Function: {
    names: (ctx) => ctx.commands.all().filter((c) => ctx.commands.commandTypeOf(c) === 'Function').map((c) => c.name),
    caseSensitive: false,
  },
  Alias: { names: (ctx) => ctx.commands.aliases().map((a) => a.name), caseSensitive: false },
};

/**
 * Whether `path` names an existing item (or the root) of one of those providers; undefined when the
 * path is not theirs. Every such item is a leaf and the root a container, as in pwsh.
 */
export function providerItemExists(ctx: CmdletContext, path: string, literal: boolean, type: string): boolean | undefined {
  const item = otherProviderItem(path);
  if (!item) return undefined;
  if (item.name === '') return type !== 'Leaf';
  if (type === 'Container') return false;
  const provider = PROVIDERS[item.provider]!;
  const names = provider.names(ctx);
  if (!literal && hasWildcard(item.name)) return names.some((n) => wildcardMatch(item.name, n, provider.caseSensitive));
  return provider.caseSensitive ? names.includes(item.name) : names.some((n) => n.toLowerCase() === item.name.toLowerCase());
}
