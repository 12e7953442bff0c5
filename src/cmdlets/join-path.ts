// Join-Path: joins a parent path and child paths with the platform's separator, as the FileSystem
// provider does (one separator between parts; `\` read as a separator on Linux/macOS too).

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { expandOrReport, pathNotFound, resolveLiteral } from '../engine/paths.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

const SEP = process.platform === 'win32' ? '\\' : '/';

export function joinPaths(parent: string, child: string): string {
  const norm = (p: string) => (SEP === '/' ? p.replace(/\\/g, '/') : p.replace(/\//g, '\\'));
  const a = norm(parent);
  const b = norm(child);
  if (a === '') return b;
  if (b === '') return a;
  return a.replace(/[\\/]+$/, '') + SEP + b.replace(/^[\\/]+/, '');
}

export const joinPath = lazyCmdlet('Join-Path', (): CmdletDefinition => ({
  name: 'Join-Path',
  implementingType: 'Microsoft.PowerShell.Commands.JoinPathCommand',
  module: MANAGEMENT,
  synopsis: 'Combines a path and a child path into a single path.',
  parameters: [
    stringsParam('Path', 'The parent paths.', { aliases: ['PSPath'], sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, allowEmptyString: true }),
    stringParam('ChildPath', 'The child path joined to each parent.', { sets: { __AllParameterSets: { position: 1, valueFromPipelineByPropertyName: true } }, allowNull: true, allowEmptyString: true }),
    stringsParam('AdditionalChildPath', 'More child paths, joined in order.', { sets: { __AllParameterSets: { position: 2, valueFromRemainingArguments: true } } }),
    switchParam('Resolve', 'Returns the existing items the joined path names (wildcards expanded).'),
  ],
  async process(ctx) {
    const children = [ctx.params.get<string>('ChildPath') ?? '', ...(ctx.params.get<string[]>('AdditionalChildPath') ?? [])];
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
