// Export-Clixml: the objects as a CLIXML file (clixml.ts), written once all have arrived. Checked with
// pwsh 7.6.10: -NoClobber refuses a file that exists (NoClobber, non-terminating), a missing folder is
// FileOpenFailure (statement-terminating). A SecureString (a PSCredential's password) is encrypted for
// this user, never written as pwsh on Linux writes it (plain UTF-16 hex): docs/Export-Clixml.md.

import { existsSync, writeFileSync } from 'node:fs';
import type { CmdletDefinition } from '../engine/cmdlet.js';
import { resolveLiteral } from '../engine/paths.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { toClixml } from './clixml.js';
import { collectedInput, collectInput } from './collected-input.js';
import { fileAlreadyExists } from './file-text.js';
import { UTILITY } from './modules.js';
import { encodingParam, stringParam, switchParam } from './param-builders.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const exportClixml = lazyCmdlet('Export-Clixml', (): CmdletDefinition => ({
  name: 'Export-Clixml',
  implementingType: 'Microsoft.PowerShell.Commands.ExportClixmlCommand',
  module: UTILITY,
  synopsis: 'Saves objects in a CLIXML file.',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Depth', kind: 'int', typeName: 'System.Int32', sets: { ByPath: {}, ByLiteralPath: {} }, range: [1, 2147483647], description: 'How many levels of contained objects are saved (2 by default); deeper ones as text.' },
    stringParam('Path', 'The file to write.', { sets: { ByPath: { position: 0, mandatory: true } } }),
    stringParam('LiteralPath', 'The file to write, taken literally.', { aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true } } }),
    { name: 'InputObject', kind: 'object', typeName: 'System.Management.Automation.PSObject', sets: { ByPath: { mandatory: true, valueFromPipeline: true }, ByLiteralPath: { mandatory: true, valueFromPipeline: true } }, allowNull: true, description: 'The objects to save.' },
    switchParam('Force', 'Replaces a read-only file.', { sets: { ByPath: {}, ByLiteralPath: {} } }),
    switchParam('NoClobber', 'Refuses to replace a file that exists.', { aliases: ['NoOverwrite'], sets: { ByPath: {}, ByLiteralPath: {} } }),
    { ...encodingParam(), sets: { ByPath: {}, ByLiteralPath: {} } },
  ],
  process(ctx) {
    collectInput(ctx);
  },
  async end(ctx) {
    const typed = ctx.params.get<string>('LiteralPath') ?? ctx.params.get<string>('Path') ?? '';
    const file = resolveLiteral(ctx.session, typed);
    if (ctx.params.get('NoClobber') === true && existsSync(file)) return ctx.writeError(fileAlreadyExists(file));
    // pwsh names the file as it was typed (`./out.xml`).
    if (!(await cmdletShouldProcess(ctx, typed, 'Export-Clixml'))) return;
    const text = toClixml(collectedInput(ctx), ctx.params.get<number>('Depth') ?? 2);
    try {
      writeFileSync(file, text, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      ctx.throwTerminatingError({
        message: code === 'ENOENT' ? `Could not find a part of the path '${file}'.` : code === 'EACCES' || code === 'EISDIR' ? `Access to the path '${file}' is denied.` : (e as Error).message,
        errorId: 'FileOpenFailure',
        category: 'OpenError',
        exceptionType: code === 'ENOENT' ? 'DirectoryNotFoundException' : code === 'EACCES' || code === 'EISDIR' ? 'UnauthorizedAccessException' : 'IOException',
        exceptionFullName: code === 'ENOENT' ? 'System.IO.DirectoryNotFoundException' : code === 'EACCES' || code === 'EISDIR' ? 'System.UnauthorizedAccessException' : 'System.IO.IOException',
      });
    }
  },
}));
