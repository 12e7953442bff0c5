// Import-Clixml: the objects of CLIXML files (clixml.ts), as pwsh 7.6.10 reads them back: arrays as
// ArrayList, custom objects as Deserialized.* PSCustomObjects, PSCredential and SecureString whole. A
// missing file and a file that is not CLIXML stop the command with .NET's messages; a wildcard that
// names no file is pwsh's "did not resolve to a file" error.

import { readFileSync } from 'node:fs';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { expandPath, resolveLiteral } from '../engine/paths.js';
import { clixmlObjectsOrError } from './clixml.js';
import { FILE_SYSTEM_PROVIDER } from './file-items.js';
import { UTILITY } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const importClixml = lazyCmdlet('Import-Clixml', (): CmdletDefinition => ({
  name: 'Import-Clixml',
  implementingType: 'Microsoft.PowerShell.Commands.ImportClixmlCommand',
  module: UTILITY,
  synopsis: 'Reads the objects of a CLIXML file.',
  defaultParameterSet: 'ByPath',
  parameters: [
    stringsParam('Path', 'The files to read; wildcards allowed.', { sets: { ByPath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    stringsParam('LiteralPath', 'The files to read, taken literally.', { aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
    { ...switchParam('IncludeTotalCount', 'Accepted; writes no count.'), paging: true },
    { name: 'Skip', kind: 'int', typeName: 'System.UInt64', sets: { ByPath: {}, ByLiteralPath: {} }, range: [0, Number.MAX_SAFE_INTEGER], paging: true, description: 'Leaves out this many objects first.' },
    { name: 'First', kind: 'int', typeName: 'System.UInt64', sets: { ByPath: {}, ByLiteralPath: {} }, range: [0, Number.MAX_SAFE_INTEGER], paging: true, description: 'Reads only this many objects.' },
  ],
  process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralPath');
    const files: string[] = [];
    for (const typed of literal ?? ctx.params.get<string[]>('Path') ?? []) {
      const bare = typed.startsWith(FILE_SYSTEM_PROVIDER) ? typed.slice(FILE_SYSTEM_PROVIDER.length) : typed;
      if (literal) {
        files.push(resolveLiteral(ctx.session, bare));
        continue;
      }
      const { paths, wildcard } = expandPath(ctx.session, bare);
      if (wildcard && paths.length === 0) {
        ctx.throwTerminatingError({
          message: `Cannot perform operation because the wildcard path ${typed} did not resolve to a file.`,
          errorId: 'FileOpenFailure',
          category: 'OpenError',
          exceptionType: 'FileNotFoundException',
          exceptionFullName: 'System.IO.FileNotFoundException',
        });
      }
      files.push(...paths);
    }
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return ctx.throwTerminatingError({
          message: code === 'ENOENT' ? `Could not find file '${file}'.` : `Access to the path '${file}' is denied.`,
          errorId: 'FileOpenFailure',
          category: 'OpenError',
          exceptionType: code === 'ENOENT' ? 'FileNotFoundException' : 'UnauthorizedAccessException',
          exceptionFullName: code === 'ENOENT' ? 'System.IO.FileNotFoundException' : 'System.UnauthorizedAccessException',
        });
      }
      const objects = clixmlObjectsOrError(text, (error) => ctx.throwTerminatingError(error));
      const skip = ctx.params.get<number>('Skip') ?? 0;
      const first = ctx.params.get<number>('First');
      const chosen = objects.slice(skip, first === undefined ? undefined : skip + first);
      for (const o of chosen) ctx.writeObject(o, false);
    }
  },
}));
