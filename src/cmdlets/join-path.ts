// Join-Path: joins a parent path and child paths with the platform's separator, as the FileSystem
// provider does (one separator between parts; `\` read as a separator on Linux/macOS too).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { expandOrReport, pathNotFound, resolveLiteral } from '../engine/paths.js';
import { MANAGEMENT } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { credentialParameter, refuseCredential } from './provider-parameters.js';

const SEP = process.platform === 'win32' ? '\\' : '/';

/** One separator between the two; an empty child leaves the parent ending in one (`Join-Path a ''` is `a/`, pwsh 7.6.10). */
function joinPaths(parent: string, child: string): string {
  const norm = (p: string) => (SEP === '/' ? p.replace(/\\/g, '/') : p.replace(/\//g, '\\'));
  const a = norm(parent);
  const b = norm(child);
  if (a === '') return b;
  if (b === '') return /[\\/]$/.test(a) ? a : a + SEP;
  return a.replace(/[\\/]+$/, '') + SEP + b.replace(/^[\\/]+/, '');
}

export const joinPath = lazyCmdlet('Join-Path', (): CmdletDefinition => ({
  name: 'Join-Path',
  implementingType: 'Microsoft.PowerShell.Commands.JoinPathCommand',
  module: MANAGEMENT,
  synopsis: 'Combines a path and a child path into a single path.',
  parameters: [
    stringsParam('Path', 'The parent paths.', { aliases: ['PSPath'], sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('ChildPath', 'The child paths joined to each parent, in order (pwsh 7.6 takes several).', {
      sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true } },
      allowNull: true,
      allowEmptyString: true,
      allowEmptyCollection: true,
    }),
    stringsParam('AdditionalChildPath', 'More child paths, joined in order.', { sets: { __AllParameterSets: { position: 2, valueFromRemainingArguments: true } } }),
    switchParam('Resolve', 'Returns the existing items the joined path names (wildcards expanded).'),
    credentialParameter(),
  ],
  async process(ctx) {
    refuseCredential(ctx, true);
    const given = ctx.params.get<string[] | null>('ChildPath');
    // No child at all ($null, @()) joins as an empty one.
    const children = [...(given?.length ? given.map((c) => c ?? '') : ['']), ...(ctx.params.get<string[]>('AdditionalChildPath') ?? [])];
    for (const parent of ctx.params.get<string[]>('Path') ?? []) {
      const joined = children.reduce((acc, c) => joinPaths(acc, c), parent);
      if (ctx.params.get('Resolve') !== true) {
        ctx.writeObject(joined);
        continue;
      }
      const expanded = await expandOrReport(ctx, joined);
      if (!expanded) continue;
      const { paths } = expanded;
      const existing = paths.filter((p) => p !== undefined);
      if (existing.length === 0 || !(await import('node:fs')).existsSync(existing[0]!)) {
        await ctx.writeError(pathNotFound(resolveLiteral(ctx.session, joined)));
        continue;
      }
      for (const p of existing) ctx.writeObject(p);
    }
  },
}));
