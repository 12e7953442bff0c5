// Convert-Path (`cvpa`): the provider paths (file-system paths as text) that -Path (wildcards) or
// -LiteralPath names, resolved as Resolve-Path resolves them (its PathInfo's ProviderPath: `~` is the
// home folder, `Temp:` the temp folder, `FileSystem::/tmp` is `/tmp`); a path that names nothing is
// PathNotFound, a wildcard that matches nothing is silent.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { PSObject } from '../engine/values.js';
import { MANAGEMENT } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { writeResolvedPaths } from './resolve-path.js';

export const convertPath = lazyCmdlet('Convert-Path', (): CmdletDefinition => ({
  name: 'Convert-Path',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertPathCommand',
  module: MANAGEMENT,
  synopsis: 'Converts a path from a PowerShell path to a PowerShell provider path.',
  defaultParameterSet: 'Path',
  parameters: [
    stringsParam('Path', 'The paths to convert; wildcards allowed.', { sets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The paths to convert, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    switchParam('Force', 'Also converts hidden items (accepted).'),
  ],
  async process(ctx) {
    await writeResolvedPaths(ctx, ctx.session.location, false, (value) => ctx.writeObject(value instanceof PSObject ? value.get('ProviderPath') : value));
  },
}));
